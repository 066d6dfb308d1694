from typing import Literal

CollectionItemHttpMethod = Literal[
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PURGE",
    "PUT",
    "UNLINK",
    "UNLOCK",
    "VIEW",
]

COLLECTION_ITEM_HTTP_METHOD_VALUES: set[CollectionItemHttpMethod] = {
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PURGE",
    "PUT",
    "UNLINK",
    "UNLOCK",
    "VIEW",
}


def check_collection_item_http_method(value: str) -> CollectionItemHttpMethod:
    if value in COLLECTION_ITEM_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ITEM_HTTP_METHOD_VALUES!r}")
