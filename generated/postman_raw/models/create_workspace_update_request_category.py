from typing import Literal

CreateWorkspaceUpdateRequestCategory = Literal[
    "announcement", "breaking_change", "bug_fix", "improvement", "new_feature"
]

CREATE_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES: set[CreateWorkspaceUpdateRequestCategory] = {
    "announcement",
    "breaking_change",
    "bug_fix",
    "improvement",
    "new_feature",
}


def check_create_workspace_update_request_category(value: str) -> CreateWorkspaceUpdateRequestCategory:
    if value in CREATE_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES!r}")
