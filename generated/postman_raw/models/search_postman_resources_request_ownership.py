from typing import Literal

SearchPostmanResourcesRequestOwnership = Literal["all", "external", "organization"]

SEARCH_POSTMAN_RESOURCES_REQUEST_OWNERSHIP_VALUES: set[SearchPostmanResourcesRequestOwnership] = {
    "all",
    "external",
    "organization",
}


def check_search_postman_resources_request_ownership(value: str) -> SearchPostmanResourcesRequestOwnership:
    if value in SEARCH_POSTMAN_RESOURCES_REQUEST_OWNERSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTMAN_RESOURCES_REQUEST_OWNERSHIP_VALUES!r}"
    )
