from typing import Literal

GetTaggedEntitiesEntityType = Literal["api", "collection", "workspace"]

GET_TAGGED_ENTITIES_ENTITY_TYPE_VALUES: set[GetTaggedEntitiesEntityType] = {
    "api",
    "collection",
    "workspace",
}


def check_get_tagged_entities_entity_type(value: str) -> GetTaggedEntitiesEntityType:
    if value in GET_TAGGED_ENTITIES_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TAGGED_ENTITIES_ENTITY_TYPE_VALUES!r}")
