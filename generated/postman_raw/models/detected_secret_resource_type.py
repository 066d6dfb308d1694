from typing import Literal

DetectedSecretResourceType = Literal[
    "collection",
    "environment",
    "example",
    "extensible-collection",
    "extensible-collection-meta",
    "extensible-example",
    "extensible-folder",
    "extensible-message",
    "extensible-request",
    "folder",
    "globals",
    "request",
]

DETECTED_SECRET_RESOURCE_TYPE_VALUES: set[DetectedSecretResourceType] = {
    "collection",
    "environment",
    "example",
    "extensible-collection",
    "extensible-collection-meta",
    "extensible-example",
    "extensible-folder",
    "extensible-message",
    "extensible-request",
    "folder",
    "globals",
    "request",
}


def check_detected_secret_resource_type(value: str) -> DetectedSecretResourceType:
    if value in DETECTED_SECRET_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETECTED_SECRET_RESOURCE_TYPE_VALUES!r}")
