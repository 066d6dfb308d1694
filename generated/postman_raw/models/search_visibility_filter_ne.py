from typing import Literal

SearchVisibilityFilterNe = Literal["internal", "partner", "public"]

SEARCH_VISIBILITY_FILTER_NE_VALUES: set[SearchVisibilityFilterNe] = {
    "internal",
    "partner",
    "public",
}


def check_search_visibility_filter_ne(value: str) -> SearchVisibilityFilterNe:
    if value in SEARCH_VISIBILITY_FILTER_NE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_VISIBILITY_FILTER_NE_VALUES!r}")
