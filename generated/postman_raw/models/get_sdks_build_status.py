from typing import Literal

GetSdksBuildStatus = Literal["failed", "in_progress", "queued", "succeeded"]

GET_SDKS_BUILD_STATUS_VALUES: set[GetSdksBuildStatus] = {
    "failed",
    "in_progress",
    "queued",
    "succeeded",
}


def check_get_sdks_build_status(value: str) -> GetSdksBuildStatus:
    if value in GET_SDKS_BUILD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SDKS_BUILD_STATUS_VALUES!r}")
