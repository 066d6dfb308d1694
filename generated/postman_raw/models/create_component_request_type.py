from typing import Literal

CreateComponentRequestType = Literal["OAS2", "OAS3", "OAS3_1"]

CREATE_COMPONENT_REQUEST_TYPE_VALUES: set[CreateComponentRequestType] = {
    "OAS2",
    "OAS3",
    "OAS3_1",
}


def check_create_component_request_type(value: str) -> CreateComponentRequestType:
    if value in CREATE_COMPONENT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_COMPONENT_REQUEST_TYPE_VALUES!r}")
