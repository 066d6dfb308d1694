from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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
    from ..models.comment_mentions import CommentMentions


T = TypeVar("T", bound="CommentUpdateBody")


@_attrs_define
class CommentUpdateBody(Model):
    """The new content of an existing comment."""

    body: str
    """ The comment's new text, at most 10,000 characters. Write mentions as `@username`. """
    tags: CommentMentions | Unset = UNSET
    """ The users mentioned in `body`. Each key is the mention exactly as written in the text,
    such as `@riya-desai`; each value says who it is.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("tags",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body = self.body
            field_dict["body"] = body

        if flaws is not None and "tags" in flaws:
            keep_raw(field_dict, flaws["tags"])
        else:
            tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags.to_dict()
            if tags is not UNSET:
                field_dict["tags"] = tags

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CommentUpdateBody that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.comment_mentions import CommentMentions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("body", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("body")
            body = _value
            if not (isinstance(body, str)):
                raise wrong_type("str", body)
            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _value = d.pop("tags", UNSET)
        try:
            _tags = _value
            tags: CommentMentions | Unset
            if isinstance(_tags, Unset):
                tags = UNSET
            else:
                tags = CommentMentions.from_dict(_tags)

            _set(self, "tags", tags)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tags", "tags", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("body", UNSET)
        if value is UNSET:
            return False
        value = data.get("tags", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
