from typing import Literal

GetSpecCollectionsElementType = Literal["collection"]

GET_SPEC_COLLECTIONS_ELEMENT_TYPE_VALUES: set[GetSpecCollectionsElementType] = {
    "collection",
}


def check_get_spec_collections_element_type(value: str) -> GetSpecCollectionsElementType:
    if value in GET_SPEC_COLLECTIONS_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SPEC_COLLECTIONS_ELEMENT_TYPE_VALUES!r}")
