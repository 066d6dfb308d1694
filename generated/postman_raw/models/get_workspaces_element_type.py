from typing import Literal

GetWorkspacesElementType = Literal["collection", "specification"]

GET_WORKSPACES_ELEMENT_TYPE_VALUES: set[GetWorkspacesElementType] = {
    "collection",
    "specification",
}


def check_get_workspaces_element_type(value: str) -> GetWorkspacesElementType:
    if value in GET_WORKSPACES_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKSPACES_ELEMENT_TYPE_VALUES!r}")
