from typing import Literal

GetAnalyticsDataUserType = Literal["new", "returning"]

GET_ANALYTICS_DATA_USER_TYPE_VALUES: set[GetAnalyticsDataUserType] = {
    "new",
    "returning",
}


def check_get_analytics_data_user_type(value: str) -> GetAnalyticsDataUserType:
    if value in GET_ANALYTICS_DATA_USER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_DATA_USER_TYPE_VALUES!r}")
