from typing import Literal

CollectionRoleAssignmentRole = Literal["EDITOR", "VIEWER"]

COLLECTION_ROLE_ASSIGNMENT_ROLE_VALUES: set[CollectionRoleAssignmentRole] = {
    "EDITOR",
    "VIEWER",
}


def check_collection_role_assignment_role(value: str) -> CollectionRoleAssignmentRole:
    if value in COLLECTION_ROLE_ASSIGNMENT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_ROLE_ASSIGNMENT_ROLE_VALUES!r}")
