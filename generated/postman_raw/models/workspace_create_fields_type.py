from typing import Literal

WorkspaceCreateFieldsType = Literal["partner", "personal", "private", "public", "team"]

WORKSPACE_CREATE_FIELDS_TYPE_VALUES: set[WorkspaceCreateFieldsType] = {
    "partner",
    "personal",
    "private",
    "public",
    "team",
}


def check_workspace_create_fields_type(value: str) -> WorkspaceCreateFieldsType:
    if value in WORKSPACE_CREATE_FIELDS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_CREATE_FIELDS_TYPE_VALUES!r}")
