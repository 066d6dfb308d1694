from typing import Literal

ListPrivateNetworkAddRequestsStatus = Literal["denied", "pending"]

LIST_PRIVATE_NETWORK_ADD_REQUESTS_STATUS_VALUES: set[ListPrivateNetworkAddRequestsStatus] = {
    "denied",
    "pending",
}


def check_list_private_network_add_requests_status(value: str) -> ListPrivateNetworkAddRequestsStatus:
    if value in LIST_PRIVATE_NETWORK_ADD_REQUESTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_ADD_REQUESTS_STATUS_VALUES!r}")
