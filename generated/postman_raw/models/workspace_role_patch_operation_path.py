from typing import Literal

WorkspaceRolePatchOperationPath = Literal["/partner", "/user", "/usergroup"]

WORKSPACE_ROLE_PATCH_OPERATION_PATH_VALUES: set[WorkspaceRolePatchOperationPath] = {
    "/partner",
    "/user",
    "/usergroup",
}


def check_workspace_role_patch_operation_path(value: str) -> WorkspaceRolePatchOperationPath:
    if value in WORKSPACE_ROLE_PATCH_OPERATION_PATH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_ROLE_PATCH_OPERATION_PATH_VALUES!r}")
