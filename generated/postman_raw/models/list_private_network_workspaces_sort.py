from typing import Literal

ListPrivateNetworkWorkspacesSort = Literal["createdAt", "updatedAt"]

LIST_PRIVATE_NETWORK_WORKSPACES_SORT_VALUES: set[ListPrivateNetworkWorkspacesSort] = {
    "createdAt",
    "updatedAt",
}


def check_list_private_network_workspaces_sort(value: str) -> ListPrivateNetworkWorkspacesSort:
    if value in LIST_PRIVATE_NETWORK_WORKSPACES_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_WORKSPACES_SORT_VALUES!r}")
