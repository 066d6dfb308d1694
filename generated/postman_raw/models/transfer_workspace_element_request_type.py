from typing import Literal

TransferWorkspaceElementRequestType = Literal["api", "collection", "environment", "flow", "mock", "monitor"]

TRANSFER_WORKSPACE_ELEMENT_REQUEST_TYPE_VALUES: set[TransferWorkspaceElementRequestType] = {
    "api",
    "collection",
    "environment",
    "flow",
    "mock",
    "monitor",
}


def check_transfer_workspace_element_request_type(value: str) -> TransferWorkspaceElementRequestType:
    if value in TRANSFER_WORKSPACE_ELEMENT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_WORKSPACE_ELEMENT_REQUEST_TYPE_VALUES!r}")
