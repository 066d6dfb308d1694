from typing import Literal

CollectionItemTransferTargetModel = Literal["collection", "folder", "request"]

COLLECTION_ITEM_TRANSFER_TARGET_MODEL_VALUES: set[CollectionItemTransferTargetModel] = {
    "collection",
    "folder",
    "request",
}


def check_collection_item_transfer_target_model(value: str) -> CollectionItemTransferTargetModel:
    if value in COLLECTION_ITEM_TRANSFER_TARGET_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ITEM_TRANSFER_TARGET_MODEL_VALUES!r}")
