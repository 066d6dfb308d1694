from typing import Literal

PartnerWorkspaceRemovalTargetEntity = Literal["workspace"]

PARTNER_WORKSPACE_REMOVAL_TARGET_ENTITY_VALUES: set[PartnerWorkspaceRemovalTargetEntity] = {
    "workspace",
}


def check_partner_workspace_removal_target_entity(value: str) -> PartnerWorkspaceRemovalTargetEntity:
    if value in PARTNER_WORKSPACE_REMOVAL_TARGET_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_WORKSPACE_REMOVAL_TARGET_ENTITY_VALUES!r}")
