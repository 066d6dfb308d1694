from typing import Literal

WorkspaceChangesType = Literal["personal", "private", "public", "team"]

WORKSPACE_CHANGES_TYPE_VALUES: set[WorkspaceChangesType] = {
    "personal",
    "private",
    "public",
    "team",
}


def check_workspace_changes_type(value: str) -> WorkspaceChangesType:
    if value in WORKSPACE_CHANGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_CHANGES_TYPE_VALUES!r}")
