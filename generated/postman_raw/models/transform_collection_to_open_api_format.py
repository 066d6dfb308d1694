from typing import Literal

TransformCollectionToOpenApiFormat = Literal["json", "yaml"]

TRANSFORM_COLLECTION_TO_OPEN_API_FORMAT_VALUES: set[TransformCollectionToOpenApiFormat] = {
    "json",
    "yaml",
}


def check_transform_collection_to_open_api_format(value: str) -> TransformCollectionToOpenApiFormat:
    if value in TRANSFORM_COLLECTION_TO_OPEN_API_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFORM_COLLECTION_TO_OPEN_API_FORMAT_VALUES!r}")
