from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.format_description_block import FormatDescriptionBlock


T = TypeVar("T", bound="HeaderEntry")


@_attrs_define
class HeaderEntry(Model):
    """One HTTP header."""

    key: str
    value: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    """ When true the header is kept but not sent. Absent means false. """
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("description",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        key = self.key

        value = self.value

        disabled = self.disabled

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, FormatDescriptionBlock):
            description = self.description.to_dict()
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A HeaderEntry that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        key = d.pop("key")
        _set(self, "key", key)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        disabled = d.pop("disabled", UNSET)
        _set(self, "disabled", disabled)

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
            return cast("FormatDescriptionBlock | None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
