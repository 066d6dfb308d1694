from typing import Literal

UpdateComponentDraftRequestFormat = Literal["JSON", "YAML"]

UPDATE_COMPONENT_DRAFT_REQUEST_FORMAT_VALUES: set[UpdateComponentDraftRequestFormat] = {
    "JSON",
    "YAML",
}


def check_update_component_draft_request_format(value: str) -> UpdateComponentDraftRequestFormat:
    if value in UPDATE_COMPONENT_DRAFT_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_COMPONENT_DRAFT_REQUEST_FORMAT_VALUES!r}")
