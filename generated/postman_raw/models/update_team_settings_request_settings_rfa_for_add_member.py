from typing import Literal

UpdateTeamSettingsRequestSettingsRfaForAddMember = Literal["disabled", "enabled"]

UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_MEMBER_VALUES: set[
    UpdateTeamSettingsRequestSettingsRfaForAddMember
] = {
    "disabled",
    "enabled",
}


def check_update_team_settings_request_settings_rfa_for_add_member(
    value: str,
) -> UpdateTeamSettingsRequestSettingsRfaForAddMember:
    if value in UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_MEMBER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_MEMBER_VALUES!r}"
    )
