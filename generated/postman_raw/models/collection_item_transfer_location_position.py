from typing import Literal

CollectionItemTransferLocationPosition = Literal["after", "before", "end", "start"]

COLLECTION_ITEM_TRANSFER_LOCATION_POSITION_VALUES: set[CollectionItemTransferLocationPosition] = {
    "after",
    "before",
    "end",
    "start",
}


def check_collection_item_transfer_location_position(value: str) -> CollectionItemTransferLocationPosition:
    if value in COLLECTION_ITEM_TRANSFER_LOCATION_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_ITEM_TRANSFER_LOCATION_POSITION_VALUES!r}"
    )
