from typing import Literal

GetSdkGitConnectionsStatus = Literal["active", "disconnected", "inaccessible"]

GET_SDK_GIT_CONNECTIONS_STATUS_VALUES: set[GetSdkGitConnectionsStatus] = {
    "active",
    "disconnected",
    "inaccessible",
}


def check_get_sdk_git_connections_status(value: str) -> GetSdkGitConnectionsStatus:
    if value in GET_SDK_GIT_CONNECTIONS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SDK_GIT_CONNECTIONS_STATUS_VALUES!r}")
