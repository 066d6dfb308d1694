from typing import Literal

ImportOpenApiOptionsRequestNameSource = Literal["Fallback", "URL"]

IMPORT_OPEN_API_OPTIONS_REQUEST_NAME_SOURCE_VALUES: set[ImportOpenApiOptionsRequestNameSource] = {
    "Fallback",
    "URL",
}


def check_import_open_api_options_request_name_source(value: str) -> ImportOpenApiOptionsRequestNameSource:
    if value in IMPORT_OPEN_API_OPTIONS_REQUEST_NAME_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_OPTIONS_REQUEST_NAME_SOURCE_VALUES!r}"
    )
