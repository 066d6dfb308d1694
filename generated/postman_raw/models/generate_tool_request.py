from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, read_lazily

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
        collection_id = self.collection_id

        request_id = self.request_id

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
                "requestId": request_id,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateToolRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.postbot_tool_config import PostbotToolConfig  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        collection_id = d.pop("collectionId")
        _set(self, "collection_id", collection_id)

        request_id = d.pop("requestId")
        _set(self, "request_id", request_id)

        config = PostbotToolConfig.from_dict(d.pop("config"))

        _set(self, "config", config)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
