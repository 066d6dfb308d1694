from typing import Literal

PutCollectionPrefer = Literal["respond-async"]

PUT_COLLECTION_PREFER_VALUES: set[PutCollectionPrefer] = {
    "respond-async",
}


def check_put_collection_prefer(value: str) -> PutCollectionPrefer:
    if value in PUT_COLLECTION_PREFER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUT_COLLECTION_PREFER_VALUES!r}")
