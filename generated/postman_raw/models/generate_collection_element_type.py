from typing import Literal

GenerateCollectionElementType = Literal["collection"]

GENERATE_COLLECTION_ELEMENT_TYPE_VALUES: set[GenerateCollectionElementType] = {
    "collection",
}


def check_generate_collection_element_type(value: str) -> GenerateCollectionElementType:
    if value in GENERATE_COLLECTION_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATE_COLLECTION_ELEMENT_TYPE_VALUES!r}")
