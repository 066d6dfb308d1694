from typing import Literal

ImportOpenApiJsonStringInputType = Literal["string"]

IMPORT_OPEN_API_JSON_STRING_INPUT_TYPE_VALUES: set[ImportOpenApiJsonStringInputType] = {
    "string",
}


def check_import_open_api_json_string_input_type(value: str) -> ImportOpenApiJsonStringInputType:
    if value in IMPORT_OPEN_API_JSON_STRING_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_JSON_STRING_INPUT_TYPE_VALUES!r}")
