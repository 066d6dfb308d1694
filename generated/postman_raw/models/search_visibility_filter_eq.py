from typing import Literal

SearchVisibilityFilterEq = Literal["internal", "partner", "public"]

SEARCH_VISIBILITY_FILTER_EQ_VALUES: set[SearchVisibilityFilterEq] = {
    "internal",
    "partner",
    "public",
}


def check_search_visibility_filter_eq(value: str) -> SearchVisibilityFilterEq:
    if value in SEARCH_VISIBILITY_FILTER_EQ_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_VISIBILITY_FILTER_EQ_VALUES!r}")
