from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_call_log_header_description import MockCallLogHeaderDescription


T = TypeVar("T", bound="MockCallLogHeader")


@_attrs_define
class MockCallLogHeader(Model):
    """One header of a logged request or response."""

    key: str | Unset = UNSET
    """ The header name. """
    value: str | Unset = UNSET
    """ The header value. """
    description: MockCallLogHeaderDescription | Unset = UNSET
    """ Documentation attached to a response header in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("description",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockCallLogHeader that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_call_log_header_description import MockCallLogHeaderDescription  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        _set(self, "key", key)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        _description = d.pop("description", UNSET)
        description: MockCallLogHeaderDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = MockCallLogHeaderDescription.from_dict(_description)

        _set(self, "description", description)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("description", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
