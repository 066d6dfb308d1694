from typing import Literal

GetSdkGitConnectionPullRequestsStatus = Literal["closed", "merged", "open"]

GET_SDK_GIT_CONNECTION_PULL_REQUESTS_STATUS_VALUES: set[GetSdkGitConnectionPullRequestsStatus] = {
    "closed",
    "merged",
    "open",
}


def check_get_sdk_git_connection_pull_requests_status(value: str) -> GetSdkGitConnectionPullRequestsStatus:
    if value in GET_SDK_GIT_CONNECTION_PULL_REQUESTS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SDK_GIT_CONNECTION_PULL_REQUESTS_STATUS_VALUES!r}"
    )
