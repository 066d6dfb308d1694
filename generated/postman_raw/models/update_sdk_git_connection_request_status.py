from typing import Literal

UpdateSdkGitConnectionRequestStatus = Literal["active", "disconnected"]

UPDATE_SDK_GIT_CONNECTION_REQUEST_STATUS_VALUES: set[UpdateSdkGitConnectionRequestStatus] = {
    "active",
    "disconnected",
}


def check_update_sdk_git_connection_request_status(value: str) -> UpdateSdkGitConnectionRequestStatus:
    if value in UPDATE_SDK_GIT_CONNECTION_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SDK_GIT_CONNECTION_REQUEST_STATUS_VALUES!r}")
