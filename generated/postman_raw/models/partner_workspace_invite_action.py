from typing import Literal

PartnerWorkspaceInviteAction = Literal["invite_partner"]

PARTNER_WORKSPACE_INVITE_ACTION_VALUES: set[PartnerWorkspaceInviteAction] = {
    "invite_partner",
}


def check_partner_workspace_invite_action(value: str) -> PartnerWorkspaceInviteAction:
    if value in PARTNER_WORKSPACE_INVITE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_WORKSPACE_INVITE_ACTION_VALUES!r}")
