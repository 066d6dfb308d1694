from typing import Literal

GetAnalyticsDataEntityType = Literal[
    "collection", "flow", "mock", "sdk-collection", "sdk-specification", "specification"
]

GET_ANALYTICS_DATA_ENTITY_TYPE_VALUES: set[GetAnalyticsDataEntityType] = {
    "collection",
    "flow",
    "mock",
    "sdk-collection",
    "sdk-specification",
    "specification",
}


def check_get_analytics_data_entity_type(value: str) -> GetAnalyticsDataEntityType:
    if value in GET_ANALYTICS_DATA_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_DATA_ENTITY_TYPE_VALUES!r}")
