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
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.monitor_run_counts import MonitorRunCounts


T = TypeVar("T", bound="MonitorRunStats")


@_attrs_define
class MonitorRunStats(Model):
    """Totals of a run across all of the monitor's regions."""

    assertions: MonitorRunCounts | Unset = UNSET
    """ A total and how many of it failed (tests or requests). """
    requests: MonitorRunCounts | Unset = UNSET
    """ A total and how many of it failed (tests or requests). """
    run_count: int | Unset = UNSET
    """ Number of runs (one per region). """
    error_count: int | Unset = UNSET
    """ Number of errors met during the run. """
    aborted_count: int | Unset = UNSET
    """ Number of runs that were stopped before the end. """
    response_latency: int | Unset = UNSET
    """ Total time the run took, in milliseconds. """
    response_size: int | Unset = UNSET
    """ Total size of the responses received in all regions, in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "assertions",
        "requests",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "assertions" in flaws:
            keep_raw(field_dict, flaws["assertions"])
        else:
            assertions: dict[str, Any] | Unset = UNSET
            if not isinstance(self.assertions, Unset):
                assertions = self.assertions.to_dict()
            if assertions is not UNSET:
                field_dict["assertions"] = assertions

        if flaws is not None and "requests" in flaws:
            keep_raw(field_dict, flaws["requests"])
        else:
            requests: dict[str, Any] | Unset = UNSET
            if not isinstance(self.requests, Unset):
                requests = self.requests.to_dict()
            if requests is not UNSET:
                field_dict["requests"] = requests

        if flaws is not None and "run_count" in flaws:
            keep_raw(field_dict, flaws["run_count"])
        else:
            run_count = self.run_count
            if run_count is not UNSET:
                field_dict["runCount"] = run_count

        if flaws is not None and "error_count" in flaws:
            keep_raw(field_dict, flaws["error_count"])
        else:
            error_count = self.error_count
            if error_count is not UNSET:
                field_dict["errorCount"] = error_count

        if flaws is not None and "aborted_count" in flaws:
            keep_raw(field_dict, flaws["aborted_count"])
        else:
            aborted_count = self.aborted_count
            if aborted_count is not UNSET:
                field_dict["abortedCount"] = aborted_count

        if flaws is not None and "response_latency" in flaws:
            keep_raw(field_dict, flaws["response_latency"])
        else:
            response_latency = self.response_latency
            if response_latency is not UNSET:
                field_dict["responseLatency"] = response_latency

        if flaws is not None and "response_size" in flaws:
            keep_raw(field_dict, flaws["response_size"])
        else:
            response_size = self.response_size
            if response_size is not UNSET:
                field_dict["responseSize"] = response_size

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunStats that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_counts import MonitorRunCounts  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("assertions", UNSET)
        try:
            _assertions = _value
            assertions: MonitorRunCounts | Unset
            if isinstance(_assertions, Unset):
                assertions = UNSET
            else:
                assertions = MonitorRunCounts.from_dict(_assertions)

            _set(self, "assertions", assertions)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "assertions", "assertions", _value, error)

        _value = d.pop("requests", UNSET)
        try:
            _requests = _value
            requests: MonitorRunCounts | Unset
            if isinstance(_requests, Unset):
                requests = UNSET
            else:
                requests = MonitorRunCounts.from_dict(_requests)

            _set(self, "requests", requests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "requests", "requests", _value, error)

        _value = d.pop("runCount", UNSET)
        try:
            run_count = _value
            if run_count is not UNSET and not (type(run_count) is int):
                raise wrong_type("int", run_count)
            _set(self, "run_count", run_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "run_count", "runCount", _value, error)

        _value = d.pop("errorCount", UNSET)
        try:
            error_count = _value
            if error_count is not UNSET and not (type(error_count) is int):
                raise wrong_type("int", error_count)
            _set(self, "error_count", error_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "error_count", "errorCount", _value, error)

        _value = d.pop("abortedCount", UNSET)
        try:
            aborted_count = _value
            if aborted_count is not UNSET and not (type(aborted_count) is int):
                raise wrong_type("int", aborted_count)
            _set(self, "aborted_count", aborted_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "aborted_count", "abortedCount", _value, error)

        _value = d.pop("responseLatency", UNSET)
        try:
            response_latency = _value
            if response_latency is not UNSET and not (type(response_latency) is int):
                raise wrong_type("int", response_latency)
            _set(self, "response_latency", response_latency)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_latency", "responseLatency", _value, error)

        _value = d.pop("responseSize", UNSET)
        try:
            response_size = _value
            if response_size is not UNSET and not (type(response_size) is int):
                raise wrong_type("int", response_size)
            _set(self, "response_size", response_size)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_size", "responseSize", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("assertions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("requests", UNSET)
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
