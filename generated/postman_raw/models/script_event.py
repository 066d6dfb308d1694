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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "listen" in flaws:
            keep_raw(field_dict, flaws["listen"])
        else:
            listen = self.listen
            field_dict["listen"] = listen

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "script" in flaws:
            keep_raw(field_dict, flaws["script"])
        else:
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
            if script is not UNSET:
                field_dict["script"] = script

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ScriptEvent that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.event_script import EventScript  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("listen", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("listen")
            listen = _value
            if not (isinstance(listen, str)):
                raise wrong_type("str", listen)
            _set(self, "listen", listen)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "listen", "listen", _value, error)

        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("script", UNSET)
        try:

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
                    if not isinstance(_script_type_1, list):
                        raise wrong_type("an array", _script_type_1)
                    for script_type_1_item_data in _script_type_1:

                        def _parse_script_type_1_item(data: object) -> None | str:
                            if data is None:
                                return data
                            if not (isinstance(data, str) or data is None):
                                raise wrong_type("None | str", data)
                            return cast("None | str", data)

                        script_type_1_item = _parse_script_type_1_item(script_type_1_item_data)

                        script_type_1.append(script_type_1_item)

                    return script_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("EventScript | list[None | str] | str", data)
                return cast("EventScript | list[None | str] | str | Unset", data)

            script = _parse_script(_value)

            _set(self, "script", script)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "script", "script", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

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
