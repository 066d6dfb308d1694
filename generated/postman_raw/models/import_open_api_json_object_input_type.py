from typing import Literal

ImportOpenApiJsonObjectInputType = Literal["json"]

IMPORT_OPEN_API_JSON_OBJECT_INPUT_TYPE_VALUES: set[ImportOpenApiJsonObjectInputType] = {
    "json",
}


def check_import_open_api_json_object_input_type(value: str) -> ImportOpenApiJsonObjectInputType:
    if value in IMPORT_OPEN_API_JSON_OBJECT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_JSON_OBJECT_INPUT_TYPE_VALUES!r}")
