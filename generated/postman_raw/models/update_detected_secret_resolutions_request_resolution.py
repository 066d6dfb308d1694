from typing import Literal

UpdateDetectedSecretResolutionsRequestResolution = Literal["ACCEPTED_RISK", "FALSE_POSITIVE", "REVOKED"]

UPDATE_DETECTED_SECRET_RESOLUTIONS_REQUEST_RESOLUTION_VALUES: set[UpdateDetectedSecretResolutionsRequestResolution] = {
    "ACCEPTED_RISK",
    "FALSE_POSITIVE",
    "REVOKED",
}


def check_update_detected_secret_resolutions_request_resolution(
    value: str,
) -> UpdateDetectedSecretResolutionsRequestResolution:
    if value in UPDATE_DETECTED_SECRET_RESOLUTIONS_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DETECTED_SECRET_RESOLUTIONS_REQUEST_RESOLUTION_VALUES!r}"
    )
