from typing import Literal

PartnerTeamRemovalAction = Literal["remove_partner"]

PARTNER_TEAM_REMOVAL_ACTION_VALUES: set[PartnerTeamRemovalAction] = {
    "remove_partner",
}


def check_partner_team_removal_action(value: str) -> PartnerTeamRemovalAction:
    if value in PARTNER_TEAM_REMOVAL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTNER_TEAM_REMOVAL_ACTION_VALUES!r}")
