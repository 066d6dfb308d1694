from typing import Literal

PartnerWorkspaceInviteTargetEntity = Literal["workspace"]

PARTNER_WORKSPACE_INVITE_TARGET_ENTITY_VALUES: set[PartnerWorkspaceInviteTargetEntity] = {
    "workspace",
}


def check_partner_workspace_invite_target_entity(value: str) -> PartnerWorkspaceInviteTargetEntity:
    if value in PARTNER_WORKSPACE_INVITE_TARGET_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_WORKSPACE_INVITE_TARGET_ENTITY_VALUES!r}")
