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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "info" in flaws:
            keep_raw(field_dict, flaws["info"])
        else:
            info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.info, Unset):
                info = self.info.to_dict()
            if info is not UNSET:
                field_dict["info"] = info

        if flaws is not None and "stats" in flaws:
            keep_raw(field_dict, flaws["stats"])
        else:
            stats: dict[str, Any] | Unset = UNSET
            if not isinstance(self.stats, Unset):
                stats = self.stats.to_dict()
            if stats is not UNSET:
                field_dict["stats"] = stats

        if flaws is not None and "executions" in flaws:
            keep_raw(field_dict, flaws["executions"])
        else:
            executions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.executions, Unset):
                executions = []
                for executions_item_data in self.executions:
                    executions_item = executions_item_data.to_dict()
                    executions.append(executions_item)

            if executions is not UNSET:
                field_dict["executions"] = executions

        if flaws is not None and "failures" in flaws:
            keep_raw(field_dict, flaws["failures"])
        else:
            failures: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.failures, Unset):
                failures = []
                for failures_item_data in self.failures:
                    failures_item = failures_item_data.to_dict()
                    failures.append(failures_item)

            if failures is not UNSET:
                field_dict["failures"] = failures

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunResult that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_execution import MonitorRunExecution  # noqa: PLC0415
        from postman_raw.models.monitor_run_info import MonitorRunInfo  # noqa: PLC0415
        from postman_raw.models.monitor_run_result_failures_item import MonitorRunResultFailuresItem  # noqa: PLC0415
        from postman_raw.models.monitor_run_stats import MonitorRunStats  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("info", UNSET)
        try:
            _info = _value
            info: MonitorRunInfo | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = MonitorRunInfo.from_dict(_info)

            _set(self, "info", info)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "info", "info", _value, error)

        _value = d.pop("stats", UNSET)
        try:
            _stats = _value
            stats: MonitorRunStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = MonitorRunStats.from_dict(_stats)

            _set(self, "stats", stats)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "stats", "stats", _value, error)

        _value = d.pop("executions", UNSET)
        try:
            _executions = _value
            executions: list[MonitorRunExecution] | Unset = UNSET
            if _executions is not UNSET:
                if not isinstance(_executions, list):
                    raise wrong_type("an array", _executions)
                executions = []
                for executions_item_data in _executions:
                    executions_item = MonitorRunExecution.from_dict(executions_item_data)

                    executions.append(executions_item)

            _set(self, "executions", executions)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "executions", "executions", _value, error)

        _value = d.pop("failures", UNSET)
        try:
            _failures = _value
            failures: list[MonitorRunResultFailuresItem] | Unset = UNSET
            if _failures is not UNSET:
                if not isinstance(_failures, list):
                    raise wrong_type("an array", _failures)
                failures = []
                for failures_item_data in _failures:
                    failures_item = MonitorRunResultFailuresItem.from_dict(failures_item_data)

                    failures.append(failures_item)

            _set(self, "failures", failures)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "failures", "failures", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("info", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("stats", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("executions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("failures", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
