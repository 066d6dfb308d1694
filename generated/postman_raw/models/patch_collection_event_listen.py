from typing import Literal

PatchCollectionEventListen = Literal["prerequest", "test"]

PATCH_COLLECTION_EVENT_LISTEN_VALUES: set[PatchCollectionEventListen] = {
    "prerequest",
    "test",
}


def check_patch_collection_event_listen(value: str) -> PatchCollectionEventListen:
    if value in PATCH_COLLECTION_EVENT_LISTEN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_COLLECTION_EVENT_LISTEN_VALUES!r}")
