from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        hostname = self.hostname

        unique_id = self.unique_id

        cli_version = self.cli_version

        os_type = self.os_type

        runner_id = self.runner_id

        last_pinged_at: str | Unset = UNSET
        if not isinstance(self.last_pinged_at, Unset):
            last_pinged_at = self.last_pinged_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if cli_version is not UNSET:
            field_dict["cliVersion"] = cli_version
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if runner_id is not UNSET:
            field_dict["runnerId"] = runner_id
        if last_pinged_at is not UNSET:
            field_dict["lastPingedAt"] = last_pinged_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RunnerInstance that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        hostname = d.pop("hostname", UNSET)
        _set(self, "hostname", hostname)

        unique_id = d.pop("uniqueId", UNSET)
        _set(self, "unique_id", unique_id)

        cli_version = d.pop("cliVersion", UNSET)
        _set(self, "cli_version", cli_version)

        os_type = d.pop("osType", UNSET)
        _set(self, "os_type", os_type)

        runner_id = d.pop("runnerId", UNSET)
        _set(self, "runner_id", runner_id)

        _last_pinged_at = d.pop("lastPingedAt", UNSET)
        last_pinged_at: datetime.datetime | Unset
        if isinstance(_last_pinged_at, Unset):
            last_pinged_at = UNSET
        else:
            last_pinged_at = datetime.datetime.fromisoformat(_last_pinged_at)

        _set(self, "last_pinged_at", last_pinged_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("lastPingedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
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
