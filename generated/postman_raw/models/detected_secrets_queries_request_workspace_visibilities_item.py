from typing import Literal

DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem = Literal["public", "team"]

DETECTED_SECRETS_QUERIES_REQUEST_WORKSPACE_VISIBILITIES_ITEM_VALUES: set[
    DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem
] = {
    "public",
    "team",
}


def check_detected_secrets_queries_request_workspace_visibilities_item(
    value: str,
) -> DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem:
    if value in DETECTED_SECRETS_QUERIES_REQUEST_WORKSPACE_VISIBILITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DETECTED_SECRETS_QUERIES_REQUEST_WORKSPACE_VISIBILITIES_ITEM_VALUES!r}"
    )
