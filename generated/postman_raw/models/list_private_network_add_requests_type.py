from typing import Literal

ListPrivateNetworkAddRequestsType = Literal["workspace"]

LIST_PRIVATE_NETWORK_ADD_REQUESTS_TYPE_VALUES: set[ListPrivateNetworkAddRequestsType] = {
    "workspace",
}


def check_list_private_network_add_requests_type(value: str) -> ListPrivateNetworkAddRequestsType:
    if value in LIST_PRIVATE_NETWORK_ADD_REQUESTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_ADD_REQUESTS_TYPE_VALUES!r}")
