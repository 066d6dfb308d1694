from typing import Literal

GetEnvironmentForksDirection = Literal["asc", "desc"]

GET_ENVIRONMENT_FORKS_DIRECTION_VALUES: set[GetEnvironmentForksDirection] = {
    "asc",
    "desc",
}


def check_get_environment_forks_direction(value: str) -> GetEnvironmentForksDirection:
    if value in GET_ENVIRONMENT_FORKS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ENVIRONMENT_FORKS_DIRECTION_VALUES!r}")
