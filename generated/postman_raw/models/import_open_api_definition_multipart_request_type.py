from typing import Literal

ImportOpenApiDefinitionMultipartRequestType = Literal["file"]

IMPORT_OPEN_API_DEFINITION_MULTIPART_REQUEST_TYPE_VALUES: set[ImportOpenApiDefinitionMultipartRequestType] = {
    "file",
}


def check_import_open_api_definition_multipart_request_type(value: str) -> ImportOpenApiDefinitionMultipartRequestType:
    if value in IMPORT_OPEN_API_DEFINITION_MULTIPART_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_DEFINITION_MULTIPART_REQUEST_TYPE_VALUES!r}"
    )
