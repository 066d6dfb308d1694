from typing import Literal

GetAnalyticsDataView = Literal["detailed", "summary", "trend"]

GET_ANALYTICS_DATA_VIEW_VALUES: set[GetAnalyticsDataView] = {
    "detailed",
    "summary",
    "trend",
}


def check_get_analytics_data_view(value: str) -> GetAnalyticsDataView:
    if value in GET_ANALYTICS_DATA_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_DATA_VIEW_VALUES!r}")
