from typing import Literal

GetCollectionForksDirection = Literal["asc", "desc"]

GET_COLLECTION_FORKS_DIRECTION_VALUES: set[GetCollectionForksDirection] = {
    "asc",
    "desc",
}


def check_get_collection_forks_direction(value: str) -> GetCollectionForksDirection:
    if value in GET_COLLECTION_FORKS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COLLECTION_FORKS_DIRECTION_VALUES!r}")
