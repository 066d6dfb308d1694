from typing import Literal

GenerateSpecFromCollectionRequestFormat = Literal["JSON", "YAML"]

GENERATE_SPEC_FROM_COLLECTION_REQUEST_FORMAT_VALUES: set[GenerateSpecFromCollectionRequestFormat] = {
    "JSON",
    "YAML",
}


def check_generate_spec_from_collection_request_format(value: str) -> GenerateSpecFromCollectionRequestFormat:
    if value in GENERATE_SPEC_FROM_COLLECTION_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_SPEC_FROM_COLLECTION_REQUEST_FORMAT_VALUES!r}"
    )
