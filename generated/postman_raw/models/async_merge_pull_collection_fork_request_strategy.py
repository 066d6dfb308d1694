from typing import Literal

AsyncMergePullCollectionForkRequestStrategy = Literal["default", "deleteSource", "updateSourceWithDestination"]

ASYNC_MERGE_PULL_COLLECTION_FORK_REQUEST_STRATEGY_VALUES: set[AsyncMergePullCollectionForkRequestStrategy] = {
    "default",
    "deleteSource",
    "updateSourceWithDestination",
}


def check_async_merge_pull_collection_fork_request_strategy(value: str) -> AsyncMergePullCollectionForkRequestStrategy:
    if value in ASYNC_MERGE_PULL_COLLECTION_FORK_REQUEST_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_MERGE_PULL_COLLECTION_FORK_REQUEST_STRATEGY_VALUES!r}"
    )
