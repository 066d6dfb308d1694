from typing import Literal

GetCollectionsForkedByUserDirection = Literal["asc", "desc"]

GET_COLLECTIONS_FORKED_BY_USER_DIRECTION_VALUES: set[GetCollectionsForkedByUserDirection] = {
    "asc",
    "desc",
}


def check_get_collections_forked_by_user_direction(value: str) -> GetCollectionsForkedByUserDirection:
    if value in GET_COLLECTIONS_FORKED_BY_USER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COLLECTIONS_FORKED_BY_USER_DIRECTION_VALUES!r}")
