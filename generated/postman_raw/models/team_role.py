from typing import Literal

TeamRole = Literal[
    "TEAM_COMMUNITY_MANAGER",
    "TEAM_DEVELOPER",
    "TEAM_GUEST",
    "TEAM_GUEST_DEVELOPER",
    "TEAM_GUEST_VIEWER",
    "TEAM_MANAGER",
    "TEAM_PARTNER",
    "TEAM_PARTNER_LEAD",
    "TEAM_PARTNER_MANAGER",
]

TEAM_ROLE_VALUES: set[TeamRole] = {
    "TEAM_COMMUNITY_MANAGER",
    "TEAM_DEVELOPER",
    "TEAM_GUEST",
    "TEAM_GUEST_DEVELOPER",
    "TEAM_GUEST_VIEWER",
    "TEAM_MANAGER",
    "TEAM_PARTNER",
    "TEAM_PARTNER_LEAD",
    "TEAM_PARTNER_MANAGER",
}


def check_team_role(value: str) -> TeamRole:
    if value in TEAM_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAM_ROLE_VALUES!r}")
