from typing import Literal

CreateAccessRequestRequestRequestType = Literal["REQUEST_TO_ADD_MEMBERS", "REQUEST_TO_JOIN", "UPGRADE_ROLE"]

CREATE_ACCESS_REQUEST_REQUEST_REQUEST_TYPE_VALUES: set[CreateAccessRequestRequestRequestType] = {
    "REQUEST_TO_ADD_MEMBERS",
    "REQUEST_TO_JOIN",
    "UPGRADE_ROLE",
}


def check_create_access_request_request_request_type(value: str) -> CreateAccessRequestRequestRequestType:
    if value in CREATE_ACCESS_REQUEST_REQUEST_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ACCESS_REQUEST_REQUEST_REQUEST_TYPE_VALUES!r}"
    )
