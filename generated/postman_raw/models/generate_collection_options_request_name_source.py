from typing import Literal

GenerateCollectionOptionsRequestNameSource = Literal["Fallback", "URL"]

GENERATE_COLLECTION_OPTIONS_REQUEST_NAME_SOURCE_VALUES: set[GenerateCollectionOptionsRequestNameSource] = {
    "Fallback",
    "URL",
}


def check_generate_collection_options_request_name_source(value: str) -> GenerateCollectionOptionsRequestNameSource:
    if value in GENERATE_COLLECTION_OPTIONS_REQUEST_NAME_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_COLLECTION_OPTIONS_REQUEST_NAME_SOURCE_VALUES!r}"
    )
