from typing import Literal

GetWorkspaceRolesInclude = Literal["scim"]

GET_WORKSPACE_ROLES_INCLUDE_VALUES: set[GetWorkspaceRolesInclude] = {
    "scim",
}


def check_get_workspace_roles_include(value: str) -> GetWorkspaceRolesInclude:
    if value in GET_WORKSPACE_ROLES_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKSPACE_ROLES_INCLUDE_VALUES!r}")
