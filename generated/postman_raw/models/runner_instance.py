from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="RunnerInstance")


@_attrs_define
class RunnerInstance(Model):
    """One running instance of a self-hosted runner."""

    id: str | Unset = UNSET
    """ The instance's id. """
    hostname: str | Unset = UNSET
    """ Host name of the machine the instance runs on. """
    unique_id: str | Unset = UNSET
    """ A short id that tells the instance apart. """
    cli_version: str | Unset = UNSET
    """ Version of the Postman CLI that started the instance. """
    os_type: str | Unset = UNSET
    """ Operating system of the machine, such as `Linux`. """
    runner_id: str | Unset = UNSET
    """ The runner the instance belongs to. """
    last_pinged_at: datetime.datetime | Unset = UNSET
    """ When the instance last reported to Postman. """
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

        if flaws is not None and "hostname" in flaws:
            keep_raw(field_dict, flaws["hostname"])
        else:
            hostname = self.hostname
            if hostname is not UNSET:
                field_dict["hostname"] = hostname

        if flaws is not None and "unique_id" in flaws:
            keep_raw(field_dict, flaws["unique_id"])
        else:
            unique_id = self.unique_id
            if unique_id is not UNSET:
                field_dict["uniqueId"] = unique_id

        if flaws is not None and "cli_version" in flaws:
            keep_raw(field_dict, flaws["cli_version"])
        else:
            cli_version = self.cli_version
            if cli_version is not UNSET:
                field_dict["cliVersion"] = cli_version

        if flaws is not None and "os_type" in flaws:
            keep_raw(field_dict, flaws["os_type"])
        else:
            os_type = self.os_type
            if os_type is not UNSET:
                field_dict["osType"] = os_type

        if flaws is not None and "runner_id" in flaws:
            keep_raw(field_dict, flaws["runner_id"])
        else:
            runner_id = self.runner_id
            if runner_id is not UNSET:
                field_dict["runnerId"] = runner_id

        if flaws is not None and "last_pinged_at" in flaws:
            keep_raw(field_dict, flaws["last_pinged_at"])
        else:
            last_pinged_at: str | Unset = UNSET
            if not isinstance(self.last_pinged_at, Unset):
                last_pinged_at = datetime_text(self.last_pinged_at)
            if last_pinged_at is not UNSET:
                field_dict["lastPingedAt"] = last_pinged_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RunnerInstance that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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

        _value = d.pop("hostname", UNSET)
        try:
            hostname = _value
            if hostname is not UNSET and not (isinstance(hostname, str)):
                raise wrong_type("str", hostname)
            _set(self, "hostname", hostname)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "hostname", "hostname", _value, error)

        _value = d.pop("uniqueId", UNSET)
        try:
            unique_id = _value
            if unique_id is not UNSET and not (isinstance(unique_id, str)):
                raise wrong_type("str", unique_id)
            _set(self, "unique_id", unique_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "unique_id", "uniqueId", _value, error)

        _value = d.pop("cliVersion", UNSET)
        try:
            cli_version = _value
            if cli_version is not UNSET and not (isinstance(cli_version, str)):
                raise wrong_type("str", cli_version)
            _set(self, "cli_version", cli_version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cli_version", "cliVersion", _value, error)

        _value = d.pop("osType", UNSET)
        try:
            os_type = _value
            if os_type is not UNSET and not (isinstance(os_type, str)):
                raise wrong_type("str", os_type)
            _set(self, "os_type", os_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "os_type", "osType", _value, error)

        _value = d.pop("runnerId", UNSET)
        try:
            runner_id = _value
            if runner_id is not UNSET and not (isinstance(runner_id, str)):
                raise wrong_type("str", runner_id)
            _set(self, "runner_id", runner_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "runner_id", "runnerId", _value, error)

        _value = d.pop("lastPingedAt", UNSET)
        try:
            _last_pinged_at = _value
            last_pinged_at: datetime.datetime | Unset
            if isinstance(_last_pinged_at, Unset):
                last_pinged_at = UNSET
            else:
                last_pinged_at = parse_datetime(_last_pinged_at)

            _set(self, "last_pinged_at", last_pinged_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_pinged_at", "lastPingedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("lastPingedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
