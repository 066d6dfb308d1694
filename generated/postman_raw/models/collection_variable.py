from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.format_description_block import FormatDescriptionBlock


T = TypeVar("T", bound="CollectionVariable")


@_attrs_define
class CollectionVariable(Model):
    """A variable of a collection, folder, request or URL."""

    id: str | Unset = UNSET
    key: str | Unset = UNSET
    value: Any | Unset = UNSET
    """ The value (any JSON type). """
    type_: str | Unset = UNSET
    """ `string`, `boolean`, `any`, `number` or `secret`. """
    name: str | Unset = UNSET
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    system: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("description",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "key" in flaws:
            keep_raw(field_dict, flaws["key"])
        else:
            key = self.key
            if key is not UNSET:
                field_dict["key"] = key

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: dict[str, Any] | None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            elif isinstance(self.description, FormatDescriptionBlock):
                description = self.description.to_dict()
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "system" in flaws:
            keep_raw(field_dict, flaws["system"])
        else:
            system = self.system
            if system is not UNSET:
                field_dict["system"] = system

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionVariable that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("key", UNSET)
        try:
            key = _value
            if key is not UNSET and not (isinstance(key, str)):
                raise wrong_type("str", key)
            _set(self, "key", key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "key", "key", _value, error)

        _value = d.pop("value", UNSET)
        try:
            value = _value
            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> FormatDescriptionBlock | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not FormatDescriptionBlock._matches(data):
                        raise TypeError()
                    componentsschemas_format_description_type_0 = FormatDescriptionBlock.from_dict(data)

                    return componentsschemas_format_description_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("FormatDescriptionBlock | None | str", data)
                return cast("FormatDescriptionBlock | None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("system", UNSET)
        try:
            system = _value
            if system is not UNSET and not (type(system) is bool):
                raise wrong_type("bool", system)
            _set(self, "system", system)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "system", "system", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
