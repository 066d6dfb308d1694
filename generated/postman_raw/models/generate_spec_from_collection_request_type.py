from typing import Literal

GenerateSpecFromCollectionRequestType = Literal["OPENAPI:2.0", "OPENAPI:3.0", "OPENAPI:3.1"]

GENERATE_SPEC_FROM_COLLECTION_REQUEST_TYPE_VALUES: set[GenerateSpecFromCollectionRequestType] = {
    "OPENAPI:2.0",
    "OPENAPI:3.0",
    "OPENAPI:3.1",
}


def check_generate_spec_from_collection_request_type(value: str) -> GenerateSpecFromCollectionRequestType:
    if value in GENERATE_SPEC_FROM_COLLECTION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_SPEC_FROM_COLLECTION_REQUEST_TYPE_VALUES!r}"
    )
