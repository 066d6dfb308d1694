from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_script import EventScript


T = TypeVar("T", bound="ScriptEvent")


@_attrs_define
class ScriptEvent:
    """A script bound to an event, such as `prerequest` or `test`."""

    listen: str
    """ `prerequest` or `test`. """
    id: str | Unset = UNSET
    script: EventScript | Unset = UNSET
    """ Script source. """
    disabled: bool | Unset = UNSET
    """ When true the script does not run. Absent means false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        listen = self.listen

        id = self.id

        script: dict[str, Any] | Unset = UNSET
        if not isinstance(self.script, Unset):
            script = self.script.to_dict()

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listen": listen,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if script is not UNSET:
            field_dict["script"] = script
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.event_script import EventScript  # noqa: PLC0415

        d = dict(src_dict)
        listen = d.pop("listen")

        id = d.pop("id", UNSET)

        _script = d.pop("script", UNSET)
        script: EventScript | Unset
        if isinstance(_script, Unset):
            script = UNSET
        else:
            script = EventScript.from_dict(_script)

        disabled = d.pop("disabled", UNSET)

        script_event = cls(
            listen=listen,
            id=id,
            script=script,
            disabled=disabled,
        )

        script_event.additional_properties = d
        return script_event

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
