from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        assertions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assertions, Unset):
            assertions = self.assertions.to_dict()

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        run_count = self.run_count

        error_count = self.error_count

        aborted_count = self.aborted_count

        response_latency = self.response_latency

        response_size = self.response_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assertions is not UNSET:
            field_dict["assertions"] = assertions
        if requests is not UNSET:
            field_dict["requests"] = requests
        if run_count is not UNSET:
            field_dict["runCount"] = run_count
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if aborted_count is not UNSET:
            field_dict["abortedCount"] = aborted_count
        if response_latency is not UNSET:
            field_dict["responseLatency"] = response_latency
        if response_size is not UNSET:
            field_dict["responseSize"] = response_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunStats that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_counts import MonitorRunCounts  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _assertions = d.pop("assertions", UNSET)
        assertions: MonitorRunCounts | Unset
        if isinstance(_assertions, Unset):
            assertions = UNSET
        else:
            assertions = MonitorRunCounts.from_dict(_assertions)

        _set(self, "assertions", assertions)

        _requests = d.pop("requests", UNSET)
        requests: MonitorRunCounts | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = MonitorRunCounts.from_dict(_requests)

        _set(self, "requests", requests)

        run_count = d.pop("runCount", UNSET)
        _set(self, "run_count", run_count)

        error_count = d.pop("errorCount", UNSET)
        _set(self, "error_count", error_count)

        aborted_count = d.pop("abortedCount", UNSET)
        _set(self, "aborted_count", aborted_count)

        response_latency = d.pop("responseLatency", UNSET)
        _set(self, "response_latency", response_latency)

        response_size = d.pop("responseSize", UNSET)
        _set(self, "response_size", response_size)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("assertions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("requests", UNSET)
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
