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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.postbot_tool_config import PostbotToolConfig


T = TypeVar("T", bound="GenerateToolRequest")


@_attrs_define
class GenerateToolRequest(Model):
    """Body of POST /postbot/generations/tool."""

    collection_id: str
    """ Uid of a public collection on the Public API Network. """
    request_id: str
    """ Id of the request in that collection to turn into a tool. """
    config: PostbotToolConfig
    """ What kind of tool code to write. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("config",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "collection_id" in flaws:
            keep_raw(field_dict, flaws["collection_id"])
        else:
            collection_id = self.collection_id
            field_dict["collectionId"] = collection_id

        if flaws is not None and "request_id" in flaws:
            keep_raw(field_dict, flaws["request_id"])
        else:
            request_id = self.request_id
            field_dict["requestId"] = request_id

        if flaws is not None and "config" in flaws:
            keep_raw(field_dict, flaws["config"])
        else:
            config = self.config.to_dict()
            field_dict["config"] = config

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateToolRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.postbot_tool_config import PostbotToolConfig  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("collectionId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("collectionId")
            collection_id = _value
            if not (isinstance(collection_id, str)):
                raise wrong_type("str", collection_id)
            _set(self, "collection_id", collection_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection_id", "collectionId", _value, error)

        _value = d.pop("requestId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("requestId")
            request_id = _value
            if not (isinstance(request_id, str)):
                raise wrong_type("str", request_id)
            _set(self, "request_id", request_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_id", "requestId", _value, error)

        _value = d.pop("config", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("config")
            config = PostbotToolConfig.from_dict(_value)

            _set(self, "config", config)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "config", "config", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("collectionId", UNSET)
        if value is UNSET:
            return False
        value = data.get("requestId", UNSET)
        if value is UNSET:
            return False
        value = data.get("config", UNSET)
        if value is UNSET:
            return False
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
