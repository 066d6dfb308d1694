from typing import Literal

GetCollectionModel = Literal["minimal"]

GET_COLLECTION_MODEL_VALUES: set[GetCollectionModel] = {
    "minimal",
}


def check_get_collection_model(value: str) -> GetCollectionModel:
    if value in GET_COLLECTION_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COLLECTION_MODEL_VALUES!r}")
