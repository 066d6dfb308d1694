from typing import Literal

DetectedSecretsQueriesRequestStatusesItem = Literal["ACCEPTED_RISK", "FALSE_POSITIVE", "REVOKED"]

DETECTED_SECRETS_QUERIES_REQUEST_STATUSES_ITEM_VALUES: set[DetectedSecretsQueriesRequestStatusesItem] = {
    "ACCEPTED_RISK",
    "FALSE_POSITIVE",
    "REVOKED",
}


def check_detected_secrets_queries_request_statuses_item(value: str) -> DetectedSecretsQueriesRequestStatusesItem:
    if value in DETECTED_SECRETS_QUERIES_REQUEST_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DETECTED_SECRETS_QUERIES_REQUEST_STATUSES_ITEM_VALUES!r}"
    )
