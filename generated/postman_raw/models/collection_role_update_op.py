from typing import Literal

CollectionRoleUpdateOp = Literal["update"]

COLLECTION_ROLE_UPDATE_OP_VALUES: set[CollectionRoleUpdateOp] = {
    "update",
}


def check_collection_role_update_op(value: str) -> CollectionRoleUpdateOp:
    if value in COLLECTION_ROLE_UPDATE_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ROLE_UPDATE_OP_VALUES!r}")
