from typing import Literal

ListPrivateNetworkAddRequestsSort = Literal["createdAt", "updatedAt"]

LIST_PRIVATE_NETWORK_ADD_REQUESTS_SORT_VALUES: set[ListPrivateNetworkAddRequestsSort] = {
    "createdAt",
    "updatedAt",
}


def check_list_private_network_add_requests_sort(value: str) -> ListPrivateNetworkAddRequestsSort:
    if value in LIST_PRIVATE_NETWORK_ADD_REQUESTS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_ADD_REQUESTS_SORT_VALUES!r}")
