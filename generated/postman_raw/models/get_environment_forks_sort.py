from typing import Literal

GetEnvironmentForksSort = Literal["createdAt"]

GET_ENVIRONMENT_FORKS_SORT_VALUES: set[GetEnvironmentForksSort] = {
    "createdAt",
}


def check_get_environment_forks_sort(value: str) -> GetEnvironmentForksSort:
    if value in GET_ENVIRONMENT_FORKS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ENVIRONMENT_FORKS_SORT_VALUES!r}")
