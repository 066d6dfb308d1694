from typing import Literal

GetWorkspacesType = Literal["partner", "personal", "private", "public", "team"]

GET_WORKSPACES_TYPE_VALUES: set[GetWorkspacesType] = {
    "partner",
    "personal",
    "private",
    "public",
    "team",
}


def check_get_workspaces_type(value: str) -> GetWorkspacesType:
    if value in GET_WORKSPACES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKSPACES_TYPE_VALUES!r}")
