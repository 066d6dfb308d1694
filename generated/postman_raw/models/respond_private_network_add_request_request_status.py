from typing import Literal

RespondPrivateNetworkAddRequestRequestStatus = Literal["approved", "denied"]

RESPOND_PRIVATE_NETWORK_ADD_REQUEST_REQUEST_STATUS_VALUES: set[RespondPrivateNetworkAddRequestRequestStatus] = {
    "approved",
    "denied",
}


def check_respond_private_network_add_request_request_status(
    value: str,
) -> RespondPrivateNetworkAddRequestRequestStatus:
    if value in RESPOND_PRIVATE_NETWORK_ADD_REQUEST_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPOND_PRIVATE_NETWORK_ADD_REQUEST_REQUEST_STATUS_VALUES!r}"
    )
