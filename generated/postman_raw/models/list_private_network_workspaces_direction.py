from typing import Literal

ListPrivateNetworkWorkspacesDirection = Literal["asc", "desc"]

LIST_PRIVATE_NETWORK_WORKSPACES_DIRECTION_VALUES: set[ListPrivateNetworkWorkspacesDirection] = {
    "asc",
    "desc",
}


def check_list_private_network_workspaces_direction(value: str) -> ListPrivateNetworkWorkspacesDirection:
    if value in LIST_PRIVATE_NETWORK_WORKSPACES_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_WORKSPACES_DIRECTION_VALUES!r}")
