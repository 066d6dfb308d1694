from typing import Literal

CollectionRoleUpdatePath = Literal["/group", "/team", "/user"]

COLLECTION_ROLE_UPDATE_PATH_VALUES: set[CollectionRoleUpdatePath] = {
    "/group",
    "/team",
    "/user",
}


def check_collection_role_update_path(value: str) -> CollectionRoleUpdatePath:
    if value in COLLECTION_ROLE_UPDATE_PATH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ROLE_UPDATE_PATH_VALUES!r}")
