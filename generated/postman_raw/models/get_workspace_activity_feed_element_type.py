from typing import Literal

GetWorkspaceActivityFeedElementType = Literal["collection", "environment", "mock", "monitor", "workspace"]

GET_WORKSPACE_ACTIVITY_FEED_ELEMENT_TYPE_VALUES: set[GetWorkspaceActivityFeedElementType] = {
    "collection",
    "environment",
    "mock",
    "monitor",
    "workspace",
}


def check_get_workspace_activity_feed_element_type(value: str) -> GetWorkspaceActivityFeedElementType:
    if value in GET_WORKSPACE_ACTIVITY_FEED_ELEMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WORKSPACE_ACTIVITY_FEED_ELEMENT_TYPE_VALUES!r}")
