from typing import Literal

CreateComponentRequestFormat = Literal["JSON", "YAML"]

CREATE_COMPONENT_REQUEST_FORMAT_VALUES: set[CreateComponentRequestFormat] = {
    "JSON",
    "YAML",
}


def check_create_component_request_format(value: str) -> CreateComponentRequestFormat:
    if value in CREATE_COMPONENT_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_COMPONENT_REQUEST_FORMAT_VALUES!r}")
