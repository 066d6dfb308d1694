from typing import Literal

UpdateTeamSettingsRequestSettingsRfaForAddCollaborator = Literal["disabled", "enabled"]

UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_COLLABORATOR_VALUES: set[
    UpdateTeamSettingsRequestSettingsRfaForAddCollaborator
] = {
    "disabled",
    "enabled",
}


def check_update_team_settings_request_settings_rfa_for_add_collaborator(
    value: str,
) -> UpdateTeamSettingsRequestSettingsRfaForAddCollaborator:
    if value in UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_COLLABORATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TEAM_SETTINGS_REQUEST_SETTINGS_RFA_FOR_ADD_COLLABORATOR_VALUES!r}"
    )
