from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="ComponentVersion")


@_attrs_define
class ComponentVersion(Model):
    """A published, immutable version of a component."""

    id: str | Unset = UNSET
    """ The version's id. """
    label: str | Unset = UNSET
    """ The label it was published under, for example `2.1.0`. """
    url: str | Unset = UNSET
    """ Where the published version can be fetched. """
    format_: str | Unset = UNSET
    """ Format of the content: `JSON` or `YAML`. """
    published_at: str | Unset = UNSET
    """ When the version was published, as ISO 8601 text. Kept a plain string: the bare
    form of GET /components/{componentId} is documented without this field.
     """
    content: str | Unset = UNSET
    """ The version's text. Sent only when asked for with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        url = self.url

        format_ = self.format_

        published_at = self.published_at

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if url is not UNSET:
            field_dict["url"] = url
        if format_ is not UNSET:
            field_dict["format"] = format_
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ComponentVersion that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        label = d.pop("label", UNSET)
        _set(self, "label", label)

        url = d.pop("url", UNSET)
        _set(self, "url", url)

        format_ = d.pop("format", UNSET)
        _set(self, "format_", format_)

        published_at = d.pop("publishedAt", UNSET)
        _set(self, "published_at", published_at)

        content = d.pop("content", UNSET)
        _set(self, "content", content)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
