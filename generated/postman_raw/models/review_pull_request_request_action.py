from typing import Literal

ReviewPullRequestRequestAction = Literal["approve", "decline", "merge", "unapprove"]

REVIEW_PULL_REQUEST_REQUEST_ACTION_VALUES: set[ReviewPullRequestRequestAction] = {
    "approve",
    "decline",
    "merge",
    "unapprove",
}


def check_review_pull_request_request_action(value: str) -> ReviewPullRequestRequestAction:
    if value in REVIEW_PULL_REQUEST_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEW_PULL_REQUEST_REQUEST_ACTION_VALUES!r}")
