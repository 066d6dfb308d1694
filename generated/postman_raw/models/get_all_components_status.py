from typing import Literal

GetAllComponentsStatus = Literal["active", "archived"]

GET_ALL_COMPONENTS_STATUS_VALUES: set[GetAllComponentsStatus] = {
    "active",
    "archived",
}


def check_get_all_components_status(value: str) -> GetAllComponentsStatus:
    if value in GET_ALL_COMPONENTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ALL_COMPONENTS_STATUS_VALUES!r}")
