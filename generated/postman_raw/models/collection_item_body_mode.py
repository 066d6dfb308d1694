from typing import Literal

CollectionItemBodyMode = Literal["binary", "formdata", "graphql", "raw", "urlencoded"]

COLLECTION_ITEM_BODY_MODE_VALUES: set[CollectionItemBodyMode] = {
    "binary",
    "formdata",
    "graphql",
    "raw",
    "urlencoded",
}


def check_collection_item_body_mode(value: str) -> CollectionItemBodyMode:
    if value in COLLECTION_ITEM_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ITEM_BODY_MODE_VALUES!r}")
