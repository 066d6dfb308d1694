from typing import Literal

PartnerTeamRemovalTargetEntity = Literal["team"]

PARTNER_TEAM_REMOVAL_TARGET_ENTITY_VALUES: set[PartnerTeamRemovalTargetEntity] = {
    "team",
}


def check_partner_team_removal_target_entity(value: str) -> PartnerTeamRemovalTargetEntity:
    if value in PARTNER_TEAM_REMOVAL_TARGET_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_TEAM_REMOVAL_TARGET_ENTITY_VALUES!r}")
