from typing import Literal

GetAnalyticsDataResource = Literal[
    "ai",
    "api_development",
    "api_distribution",
    "api_management",
    "api_production",
    "api_testing",
    "team",
    "user",
    "workspace",
]

GET_ANALYTICS_DATA_RESOURCE_VALUES: set[GetAnalyticsDataResource] = {
    "ai",
    "api_development",
    "api_distribution",
    "api_management",
    "api_production",
    "api_testing",
    "team",
    "user",
    "workspace",
}


def check_get_analytics_data_resource(value: str) -> GetAnalyticsDataResource:
    if value in GET_ANALYTICS_DATA_RESOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_DATA_RESOURCE_VALUES!r}")
