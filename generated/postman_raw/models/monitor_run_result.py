from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.monitor_run_execution import MonitorRunExecution
    from ..models.monitor_run_info import MonitorRunInfo
    from ..models.monitor_run_result_failures_item import MonitorRunResultFailuresItem
    from ..models.monitor_run_stats import MonitorRunStats


T = TypeVar("T", bound="MonitorRunResult")


@_attrs_define
class MonitorRunResult(Model):
    """A finished run. With `async=true` only `info` is sent."""

    info: MonitorRunInfo | Unset = UNSET
    """ Which monitor ran, and how it ended. """
    stats: MonitorRunStats | Unset = UNSET
    """ Totals of a run across all of the monitor's regions. """
    executions: list[MonitorRunExecution] | Unset = UNSET
    failures: list[MonitorRunResultFailuresItem] | Unset = UNSET
    """ What failed, when the run failed; the shape of each entry is not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "info",
        "stats",
        "executions",
        "failures",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.executions, Unset):
            executions = []
            for executions_item_data in self.executions:
                executions_item = executions_item_data.to_dict()
                executions.append(executions_item)

        failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = []
            for failures_item_data in self.failures:
                failures_item = failures_item_data.to_dict()
                failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if stats is not UNSET:
            field_dict["stats"] = stats
        if executions is not UNSET:
            field_dict["executions"] = executions
        if failures is not UNSET:
            field_dict["failures"] = failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunResult that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_execution import MonitorRunExecution  # noqa: PLC0415
        from postman_raw.models.monitor_run_info import MonitorRunInfo  # noqa: PLC0415
        from postman_raw.models.monitor_run_result_failures_item import MonitorRunResultFailuresItem  # noqa: PLC0415
        from postman_raw.models.monitor_run_stats import MonitorRunStats  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _info = d.pop("info", UNSET)
        info: MonitorRunInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = MonitorRunInfo.from_dict(_info)

        _set(self, "info", info)

        _stats = d.pop("stats", UNSET)
        stats: MonitorRunStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = MonitorRunStats.from_dict(_stats)

        _set(self, "stats", stats)

        _executions = d.pop("executions", UNSET)
        executions: list[MonitorRunExecution] | Unset = UNSET
        if _executions is not UNSET:
            executions = []
            for executions_item_data in _executions:
                executions_item = MonitorRunExecution.from_dict(executions_item_data)

                executions.append(executions_item)

        _set(self, "executions", executions)

        _failures = d.pop("failures", UNSET)
        failures: list[MonitorRunResultFailuresItem] | Unset = UNSET
        if _failures is not UNSET:
            failures = []
            for failures_item_data in _failures:
                failures_item = MonitorRunResultFailuresItem.from_dict(failures_item_data)

                failures.append(failures_item)

        _set(self, "failures", failures)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("info", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("stats", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("executions", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("failures", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
