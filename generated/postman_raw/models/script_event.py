from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.event_script import EventScript


T = TypeVar("T", bound="ScriptEvent")


@_attrs_define
class ScriptEvent(Model):
    """A script bound to an event, such as `prerequest` or `test`."""

    listen: str
    """ `prerequest` or `test`. """
    id: str | Unset = UNSET
    script: EventScript | list[None | str] | str | Unset = UNSET
    """ The script, as an object, or as its source alone (a list of lines or one string), which Postman's tools also
    read. """
    disabled: bool | Unset = UNSET
    """ When true the script does not run. Absent means false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("script",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.event_script import EventScript  # noqa: PLC0415

        listen = self.listen

        id = self.id

        script: dict[str, Any] | list[None | str] | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        elif isinstance(self.script, EventScript):
            script = self.script.to_dict()
        elif isinstance(self.script, list):
            script = []
            for script_type_1_item_data in self.script:
                script_type_1_item: None | str
                script_type_1_item = script_type_1_item_data
                script.append(script_type_1_item)

        else:
            script = self.script

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
        """A ScriptEvent that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.event_script import EventScript  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        listen = d.pop("listen")
        _set(self, "listen", listen)

        id = d.pop("id", UNSET)
        _set(self, "id", id)

        def _parse_script(data: object) -> EventScript | list[None | str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not EventScript._matches(data):
                    raise TypeError()
                script_type_0 = EventScript.from_dict(data)

                return script_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                script_type_1 = []
                _script_type_1 = data
                for script_type_1_item_data in _script_type_1:

                    def _parse_script_type_1_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast("None | str", data)

                    script_type_1_item = _parse_script_type_1_item(script_type_1_item_data)

                    script_type_1.append(script_type_1_item)

                return script_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EventScript | list[None | str] | str | Unset", data)

        script = _parse_script(d.pop("script", UNSET))

        _set(self, "script", script)

        disabled = d.pop("disabled", UNSET)
        _set(self, "disabled", disabled)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("listen", UNSET)
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
