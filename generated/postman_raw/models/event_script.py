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
    from ..models.event_script_packages import EventScriptPackages
    from ..models.request_url import RequestUrl


T = TypeVar("T", bound="EventScript")


@_attrs_define
class EventScript(Model):
    """Script source."""

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Media type of the source, such as `text/javascript`. """
    exec_: list[None | str] | str | Unset = UNSET
    """ The source, as a list of lines (Postman sometimes sends a null line) or as one string. """
    src: RequestUrl | str | Unset = UNSET
    """ Where to load the script from instead. """
    name: str | Unset = UNSET
    packages: EventScriptPackages | Unset = UNSET
    """ Package libraries the script imports, by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "src",
        "packages",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.request_url import RequestUrl  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "exec_" in flaws:
            keep_raw(field_dict, flaws["exec_"])
        else:
            exec_: list[None | str] | str | Unset
            if isinstance(self.exec_, Unset):
                exec_ = UNSET
            elif isinstance(self.exec_, list):
                exec_ = []
                for exec_type_0_item_data in self.exec_:
                    exec_type_0_item: None | str
                    exec_type_0_item = exec_type_0_item_data
                    exec_.append(exec_type_0_item)

            else:
                exec_ = self.exec_
            if exec_ is not UNSET:
                field_dict["exec"] = exec_

        if flaws is not None and "src" in flaws:
            keep_raw(field_dict, flaws["src"])
        else:
            src: dict[str, Any] | str | Unset
            if isinstance(self.src, Unset):
                src = UNSET
            elif isinstance(self.src, RequestUrl):
                src = self.src.to_dict()
            else:
                src = self.src
            if src is not UNSET:
                field_dict["src"] = src

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "packages" in flaws:
            keep_raw(field_dict, flaws["packages"])
        else:
            packages: dict[str, Any] | Unset = UNSET
            if not isinstance(self.packages, Unset):
                packages = self.packages.to_dict()
            if packages is not UNSET:
                field_dict["packages"] = packages

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A EventScript that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.event_script_packages import EventScriptPackages  # noqa: PLC0415
        from postman_raw.models.request_url import RequestUrl  # noqa: PLC0415

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

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("exec", UNSET)
        try:

            def _parse_exec_(data: object) -> list[None | str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    exec_type_0 = []
                    _exec_type_0 = data
                    if not isinstance(_exec_type_0, list):
                        raise wrong_type("an array", _exec_type_0)
                    for exec_type_0_item_data in _exec_type_0:

                        def _parse_exec_type_0_item(data: object) -> None | str:
                            if data is None:
                                return data
                            if not (isinstance(data, str) or data is None):
                                raise wrong_type("None | str", data)
                            return cast("None | str", data)

                        exec_type_0_item = _parse_exec_type_0_item(exec_type_0_item_data)

                        exec_type_0.append(exec_type_0_item)

                    return exec_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[None | str] | str", data)
                return cast("list[None | str] | str | Unset", data)

            exec_ = _parse_exec_(_value)

            _set(self, "exec_", exec_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "exec_", "exec", _value, error)

        _value = d.pop("src", UNSET)
        try:

            def _parse_src(data: object) -> RequestUrl | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not RequestUrl._matches(data):
                        raise TypeError()
                    src_type_0 = RequestUrl.from_dict(data)

                    return src_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("RequestUrl | str", data)
                return cast("RequestUrl | str | Unset", data)

            src = _parse_src(_value)

            _set(self, "src", src)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "src", "src", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("packages", UNSET)
        try:
            _packages = _value
            packages: EventScriptPackages | Unset
            if isinstance(_packages, Unset):
                packages = UNSET
            else:
                packages = EventScriptPackages.from_dict(_packages)

            _set(self, "packages", packages)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "packages", "packages", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("packages", UNSET)
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
