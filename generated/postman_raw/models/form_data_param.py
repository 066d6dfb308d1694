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


T = TypeVar("T", bound="FormDataParam")


@_attrs_define
class FormDataParam(Model):
    """One part of a multipart body: text (`type: text`, `value`) or a file (`type: file`, `src`)."""

    key: str
    value: str | Unset = UNSET
    src: list[Any] | None | str | Unset = UNSET
    """ Path or paths of the file to send, or null. """
    disabled: bool | Unset = UNSET
    type_: str | Unset = UNSET
    """ `text` or `file`. """
    content_type: str | Unset = UNSET
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("description",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "key" in flaws:
            keep_raw(field_dict, flaws["key"])
        else:
            key = self.key
            field_dict["key"] = key

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None and "src" in flaws:
            keep_raw(field_dict, flaws["src"])
        else:
            src: list[Any] | None | str | Unset
            if isinstance(self.src, Unset):
                src = UNSET
            elif isinstance(self.src, list):
                src = self.src

            else:
                src = self.src
            if src is not UNSET:
                field_dict["src"] = src

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "content_type" in flaws:
            keep_raw(field_dict, flaws["content_type"])
        else:
            content_type = self.content_type
            if content_type is not UNSET:
                field_dict["contentType"] = content_type

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

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A FormDataParam that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("key", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("key")
            key = _value
            if not (isinstance(key, str)):
                raise wrong_type("str", key)
            _set(self, "key", key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "key", "key", _value, error)

        _value = d.pop("value", UNSET)
        try:
            value = _value
            if value is not UNSET and not (isinstance(value, str)):
                raise wrong_type("str", value)
            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _value = d.pop("src", UNSET)
        try:

            def _parse_src(data: object) -> list[Any] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    src_type_0 = cast("list[Any]", data)
                    if not isinstance(src_type_0, list):
                        raise wrong_type("an array of Any", src_type_0)

                    return src_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("list[Any] | None | str", data)
                return cast("list[Any] | None | str | Unset", data)

            src = _parse_src(_value)

            _set(self, "src", src)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "src", "src", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("contentType", UNSET)
        try:
            content_type = _value
            if content_type is not UNSET and not (isinstance(content_type, str)):
                raise wrong_type("str", content_type)
            _set(self, "content_type", content_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "content_type", "contentType", _value, error)

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

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("key", UNSET)
        if value is UNSET:
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
