from typing import Literal

PatchWorkspaceUpdateRequestCategory = Literal[
    "announcement", "breaking_change", "bug_fix", "improvement", "new_feature"
]

PATCH_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES: set[PatchWorkspaceUpdateRequestCategory] = {
    "announcement",
    "breaking_change",
    "bug_fix",
    "improvement",
    "new_feature",
}


def check_patch_workspace_update_request_category(value: str) -> PatchWorkspaceUpdateRequestCategory:
    if value in PATCH_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_WORKSPACE_UPDATE_REQUEST_CATEGORY_VALUES!r}")
