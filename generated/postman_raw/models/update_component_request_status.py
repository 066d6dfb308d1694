from typing import Literal

UpdateComponentRequestStatus = Literal["active", "archived"]

UPDATE_COMPONENT_REQUEST_STATUS_VALUES: set[UpdateComponentRequestStatus] = {
    "active",
    "archived",
}


def check_update_component_request_status(value: str) -> UpdateComponentRequestStatus:
    if value in UPDATE_COMPONENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_COMPONENT_REQUEST_STATUS_VALUES!r}")
