from typing import Literal

GetAllComponentsType = Literal["OAS2", "OAS3", "OAS3_1"]

GET_ALL_COMPONENTS_TYPE_VALUES: set[GetAllComponentsType] = {
    "OAS2",
    "OAS3",
    "OAS3_1",
}


def check_get_all_components_type(value: str) -> GetAllComponentsType:
    if value in GET_ALL_COMPONENTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ALL_COMPONENTS_TYPE_VALUES!r}")
