from typing import Literal

SearchPostmanResourcesRequestElementType = Literal[
    "collections", "documents", "environments", "flows", "requests", "specs", "workspaces"
]

SEARCH_POSTMAN_RESOURCES_REQUEST_ELEMENT_TYPE_VALUES: set[SearchPostmanResourcesRequestElementType] = {
    "collections",
    "documents",
    "environments",
    "flows",
    "requests",
    "specs",
    "workspaces",
}


def check_search_postman_resources_request_element_type(value: str) -> SearchPostmanResourcesRequestElementType:
    if value in SEARCH_POSTMAN_RESOURCES_REQUEST_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTMAN_RESOURCES_REQUEST_ELEMENT_TYPE_VALUES!r}"
    )
