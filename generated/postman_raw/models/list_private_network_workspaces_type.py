from typing import Literal

ListPrivateNetworkWorkspacesType = Literal["workspace"]

LIST_PRIVATE_NETWORK_WORKSPACES_TYPE_VALUES: set[ListPrivateNetworkWorkspacesType] = {
    "workspace",
}


def check_list_private_network_workspaces_type(value: str) -> ListPrivateNetworkWorkspacesType:
    if value in LIST_PRIVATE_NETWORK_WORKSPACES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRIVATE_NETWORK_WORKSPACES_TYPE_VALUES!r}")
