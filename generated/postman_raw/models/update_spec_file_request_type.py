from typing import Literal

UpdateSpecFileRequestType = Literal["DEFAULT", "ROOT"]

UPDATE_SPEC_FILE_REQUEST_TYPE_VALUES: set[UpdateSpecFileRequestType] = {
    "DEFAULT",
    "ROOT",
}


def check_update_spec_file_request_type(value: str) -> UpdateSpecFileRequestType:
    if value in UPDATE_SPEC_FILE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SPEC_FILE_REQUEST_TYPE_VALUES!r}")
