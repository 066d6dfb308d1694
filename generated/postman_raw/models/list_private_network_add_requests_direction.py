from typing import Literal

ListPrivateNetworkAddRequestsDirection = Literal["asc", "desc"]

LIST_PRIVATE_NETWORK_ADD_REQUESTS_DIRECTION_VALUES: set[ListPrivateNetworkAddRequestsDirection] = {
    "asc",
    "desc",
}


def check_list_private_network_add_requests_direction(value: str) -> ListPrivateNetworkAddRequestsDirection:
    if value in LIST_PRIVATE_NETWORK_ADD_REQUESTS_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_ADD_REQUESTS_DIRECTION_VALUES!r}"
    )
