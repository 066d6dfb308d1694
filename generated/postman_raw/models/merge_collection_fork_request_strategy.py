from typing import Literal

MergeCollectionForkRequestStrategy = Literal["deleteSource", "updateSourceWithDestination"]

MERGE_COLLECTION_FORK_REQUEST_STRATEGY_VALUES: set[MergeCollectionForkRequestStrategy] = {
    "deleteSource",
    "updateSourceWithDestination",
}


def check_merge_collection_fork_request_strategy(value: str) -> MergeCollectionForkRequestStrategy:
    if value in MERGE_COLLECTION_FORK_REQUEST_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_COLLECTION_FORK_REQUEST_STRATEGY_VALUES!r}")
