from typing import Literal

PartnerWorkspaceRemovalAction = Literal["remove_partner"]

PARTNER_WORKSPACE_REMOVAL_ACTION_VALUES: set[PartnerWorkspaceRemovalAction] = {
    "remove_partner",
}


def check_partner_workspace_removal_action(value: str) -> PartnerWorkspaceRemovalAction:
    if value in PARTNER_WORKSPACE_REMOVAL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_WORKSPACE_REMOVAL_ACTION_VALUES!r}")
