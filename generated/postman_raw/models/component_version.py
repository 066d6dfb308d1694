from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "label" in flaws:
            keep_raw(field_dict, flaws["label"])
        else:
            label = self.label
            if label is not UNSET:
                field_dict["label"] = label

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None and "format_" in flaws:
            keep_raw(field_dict, flaws["format_"])
        else:
            format_ = self.format_
            if format_ is not UNSET:
                field_dict["format"] = format_

        if flaws is not None and "published_at" in flaws:
            keep_raw(field_dict, flaws["published_at"])
        else:
            published_at = self.published_at
            if published_at is not UNSET:
                field_dict["publishedAt"] = published_at

        if flaws is not None and "content" in flaws:
            keep_raw(field_dict, flaws["content"])
        else:
            content = self.content
            if content is not UNSET:
                field_dict["content"] = content

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ComponentVersion that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
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

        _value = d.pop("label", UNSET)
        try:
            label = _value
            if label is not UNSET and not (isinstance(label, str)):
                raise wrong_type("str", label)
            _set(self, "label", label)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "label", "label", _value, error)

        _value = d.pop("url", UNSET)
        try:
            url = _value
            if url is not UNSET and not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("format", UNSET)
        try:
            format_ = _value
            if format_ is not UNSET and not (isinstance(format_, str)):
                raise wrong_type("str", format_)
            _set(self, "format_", format_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "format_", "format", _value, error)

        _value = d.pop("publishedAt", UNSET)
        try:
            published_at = _value
            if published_at is not UNSET and not (isinstance(published_at, str)):
                raise wrong_type("str", published_at)
            _set(self, "published_at", published_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "published_at", "publishedAt", _value, error)

        _value = d.pop("content", UNSET)
        try:
            content = _value
            if content is not UNSET and not (isinstance(content, str)):
                raise wrong_type("str", content)
            _set(self, "content", content)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "content", "content", _value, error)

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
