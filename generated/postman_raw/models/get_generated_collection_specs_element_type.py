from typing import Literal

GetGeneratedCollectionSpecsElementType = Literal["spec"]

GET_GENERATED_COLLECTION_SPECS_ELEMENT_TYPE_VALUES: set[GetGeneratedCollectionSpecsElementType] = {
    "spec",
}


def check_get_generated_collection_specs_element_type(value: str) -> GetGeneratedCollectionSpecsElementType:
    if value in GET_GENERATED_COLLECTION_SPECS_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GENERATED_COLLECTION_SPECS_ELEMENT_TYPE_VALUES!r}"
    )
