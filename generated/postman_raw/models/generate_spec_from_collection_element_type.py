from typing import Literal

GenerateSpecFromCollectionElementType = Literal["spec"]

GENERATE_SPEC_FROM_COLLECTION_ELEMENT_TYPE_VALUES: set[GenerateSpecFromCollectionElementType] = {
    "spec",
}


def check_generate_spec_from_collection_element_type(value: str) -> GenerateSpecFromCollectionElementType:
    if value in GENERATE_SPEC_FROM_COLLECTION_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_SPEC_FROM_COLLECTION_ELEMENT_TYPE_VALUES!r}"
    )
