from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postbot_tool_config_agent_framework import (
    PostbotToolConfigAgentFramework,
    check_postbot_tool_config_agent_framework,
)
from ..models.postbot_tool_config_language import PostbotToolConfigLanguage, check_postbot_tool_config_language
from ..types import UNSET, Model, accepts, read_lazily

T = TypeVar("T", bound="PostbotToolConfig")


@_attrs_define
class PostbotToolConfig(Model):
    """What kind of tool code to write."""

    language: PostbotToolConfigLanguage
    """ Programming language of the generated code. """
    agent_framework: PostbotToolConfigAgentFramework
    """ Agent framework the tool is written for; `autogen` works with `python` only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        language: str = self.language

        agent_framework: str = self.agent_framework

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "agentFramework": agent_framework,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PostbotToolConfig that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        language = check_postbot_tool_config_language(d.pop("language"))

        _set(self, "language", language)

        agent_framework = check_postbot_tool_config_agent_framework(d.pop("agentFramework"))

        _set(self, "agent_framework", agent_framework)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_postbot_tool_config_language, value)):
            return False
        value = data.get("agentFramework", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_postbot_tool_config_agent_framework, value)):
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
