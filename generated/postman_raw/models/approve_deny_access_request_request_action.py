from typing import Literal

ApproveDenyAccessRequestRequestAction = Literal["approve", "deny"]

APPROVE_DENY_ACCESS_REQUEST_REQUEST_ACTION_VALUES: set[ApproveDenyAccessRequestRequestAction] = {
    "approve",
    "deny",
}


def check_approve_deny_access_request_request_action(value: str) -> ApproveDenyAccessRequestRequestAction:
    if value in APPROVE_DENY_ACCESS_REQUEST_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_DENY_ACCESS_REQUEST_REQUEST_ACTION_VALUES!r}"
    )
