from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment(Model):
    """A whole environment, with its variables."""

    id: str | Unset = UNSET
    """ The environment's id. """
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    """ Numeric id of the owning user, sent as a string. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    values: list[EnvironmentVariable] | Unset = UNSET
    """ The environment's variables, in order (paths such as `/values/0` count from 0). """
    is_public: bool | Unset = UNSET
    """ Whether everyone can see the environment. """
    uid: str | Unset = UNSET
    """ The environment's uid (sent after a PATCH). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("values",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        owner = self.owner

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        is_public = self.is_public

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if values is not UNSET:
            field_dict["values"] = values
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Environment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.environment_variable import EnvironmentVariable  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        owner = d.pop("owner", UNSET)
        _set(self, "owner", owner)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        _values = d.pop("values", UNSET)
        values: list[EnvironmentVariable] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = EnvironmentVariable.from_dict(values_item_data)

                values.append(values_item)

        _set(self, "values", values)

        is_public = d.pop("isPublic", UNSET)
        _set(self, "is_public", is_public)

        uid = d.pop("uid", UNSET)
        _set(self, "uid", uid)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("values", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        return True

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
