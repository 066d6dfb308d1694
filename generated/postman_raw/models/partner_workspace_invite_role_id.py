from typing import Literal

PartnerWorkspaceInviteRoleId = Literal["4", "5", "6", "7"]

PARTNER_WORKSPACE_INVITE_ROLE_ID_VALUES: set[PartnerWorkspaceInviteRoleId] = {
    "4",
    "5",
    "6",
    "7",
}


def check_partner_workspace_invite_role_id(value: str) -> PartnerWorkspaceInviteRoleId:
    if value in PARTNER_WORKSPACE_INVITE_ROLE_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_WORKSPACE_INVITE_ROLE_ID_VALUES!r}")
