from typing import Literal

CollectionItemTransferMode = Literal["copy", "move"]

COLLECTION_ITEM_TRANSFER_MODE_VALUES: set[CollectionItemTransferMode] = {
    "copy",
    "move",
}


def check_collection_item_transfer_mode(value: str) -> CollectionItemTransferMode:
    if value in COLLECTION_ITEM_TRANSFER_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ITEM_TRANSFER_MODE_VALUES!r}")
