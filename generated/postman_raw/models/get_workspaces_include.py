from typing import Literal

GetWorkspacesInclude = Literal["mocks:deactivated", "scim"]

GET_WORKSPACES_INCLUDE_VALUES: set[GetWorkspacesInclude] = {
    "mocks:deactivated",
    "scim",
}


def check_get_workspaces_include(value: str) -> GetWorkspacesInclude:
    if value in GET_WORKSPACES_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKSPACES_INCLUDE_VALUES!r}")
