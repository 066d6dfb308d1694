from typing import Literal

ComponentVersionSourceType = Literal["draft"]

COMPONENT_VERSION_SOURCE_TYPE_VALUES: set[ComponentVersionSourceType] = {
    "draft",
}


def check_component_version_source_type(value: str) -> ComponentVersionSourceType:
    if value in COMPONENT_VERSION_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPONENT_VERSION_SOURCE_TYPE_VALUES!r}")
