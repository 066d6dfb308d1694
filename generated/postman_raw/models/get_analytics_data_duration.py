from typing import Literal

GetAnalyticsDataDuration = Literal[
    "last_180_days", "last_1_year", "last_30_days", "last_6_months", "last_7_days", "last_month"
]

GET_ANALYTICS_DATA_DURATION_VALUES: set[GetAnalyticsDataDuration] = {
    "last_180_days",
    "last_1_year",
    "last_30_days",
    "last_6_months",
    "last_7_days",
    "last_month",
}


def check_get_analytics_data_duration(value: str) -> GetAnalyticsDataDuration:
    if value in GET_ANALYTICS_DATA_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_DATA_DURATION_VALUES!r}")
