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

T = TypeVar("T", bound="AuthBasicSettings")


@_attrs_define
class AuthBasicSettings(Model):
    """The Basic settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they came."""

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    show_password: bool | Unset = UNSET
    """ Whether the app shows the password. """
    save_helper_data: bool | Unset = UNSET
    """ Whether the app keeps the helper's values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "username" in flaws:
            keep_raw(field_dict, flaws["username"])
        else:
            username = self.username
            if username is not UNSET:
                field_dict["username"] = username

        if flaws is not None and "password" in flaws:
            keep_raw(field_dict, flaws["password"])
        else:
            password = self.password
            if password is not UNSET:
                field_dict["password"] = password

        if flaws is not None and "show_password" in flaws:
            keep_raw(field_dict, flaws["show_password"])
        else:
            show_password = self.show_password
            if show_password is not UNSET:
                field_dict["showPassword"] = show_password

        if flaws is not None and "save_helper_data" in flaws:
            keep_raw(field_dict, flaws["save_helper_data"])
        else:
            save_helper_data = self.save_helper_data
            if save_helper_data is not UNSET:
                field_dict["saveHelperData"] = save_helper_data

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthBasicSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("username", UNSET)
        try:
            username = _value
            if username is not UNSET and not (isinstance(username, str)):
                raise wrong_type("str", username)
            _set(self, "username", username)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "username", "username", _value, error)

        _value = d.pop("password", UNSET)
        try:
            password = _value
            if password is not UNSET and not (isinstance(password, str)):
                raise wrong_type("str", password)
            _set(self, "password", password)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "password", "password", _value, error)

        _value = d.pop("showPassword", UNSET)
        try:
            show_password = _value
            if show_password is not UNSET and not (type(show_password) is bool):
                raise wrong_type("bool", show_password)
            _set(self, "show_password", show_password)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "show_password", "showPassword", _value, error)

        _value = d.pop("saveHelperData", UNSET)
        try:
            save_helper_data = _value
            if save_helper_data is not UNSET and not (type(save_helper_data) is bool):
                raise wrong_type("bool", save_helper_data)
            _set(self, "save_helper_data", save_helper_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "save_helper_data", "saveHelperData", _value, error)

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
