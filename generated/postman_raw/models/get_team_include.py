from typing import Literal

GetTeamInclude = Literal["members", "userRoles"]

GET_TEAM_INCLUDE_VALUES: set[GetTeamInclude] = {
    "members",
    "userRoles",
}


def check_get_team_include(value: str) -> GetTeamInclude:
    if value in GET_TEAM_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TEAM_INCLUDE_VALUES!r}")
