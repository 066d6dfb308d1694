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
)

if TYPE_CHECKING:
    from ..models.analytics_table import AnalyticsTable


T = TypeVar("T", bound="AnalyticsData")


@_attrs_define
class AnalyticsData(Model):
    """The figures, as one or more tables. The summary view fills `summary`; the detailed view
    of the partner engagement funnel fills one table per stage.

    """

    summary: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    all_partners: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    workspace_visited: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    viewed_collection: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    request_sent: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    successful_requests_200ok: AnalyticsTable | Unset = UNSET
    """ A table of figures with its column descriptions and paging state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "summary",
        "all_partners",
        "workspace_visited",
        "viewed_collection",
        "request_sent",
        "successful_requests_200ok",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "summary" in flaws:
            keep_raw(field_dict, flaws["summary"])
        else:
            summary: dict[str, Any] | Unset = UNSET
            if not isinstance(self.summary, Unset):
                summary = self.summary.to_dict()
            if summary is not UNSET:
                field_dict["summary"] = summary

        if flaws is not None and "all_partners" in flaws:
            keep_raw(field_dict, flaws["all_partners"])
        else:
            all_partners: dict[str, Any] | Unset = UNSET
            if not isinstance(self.all_partners, Unset):
                all_partners = self.all_partners.to_dict()
            if all_partners is not UNSET:
                field_dict["all_partners"] = all_partners

        if flaws is not None and "workspace_visited" in flaws:
            keep_raw(field_dict, flaws["workspace_visited"])
        else:
            workspace_visited: dict[str, Any] | Unset = UNSET
            if not isinstance(self.workspace_visited, Unset):
                workspace_visited = self.workspace_visited.to_dict()
            if workspace_visited is not UNSET:
                field_dict["workspace_visited"] = workspace_visited

        if flaws is not None and "viewed_collection" in flaws:
            keep_raw(field_dict, flaws["viewed_collection"])
        else:
            viewed_collection: dict[str, Any] | Unset = UNSET
            if not isinstance(self.viewed_collection, Unset):
                viewed_collection = self.viewed_collection.to_dict()
            if viewed_collection is not UNSET:
                field_dict["viewed_collection"] = viewed_collection

        if flaws is not None and "request_sent" in flaws:
            keep_raw(field_dict, flaws["request_sent"])
        else:
            request_sent: dict[str, Any] | Unset = UNSET
            if not isinstance(self.request_sent, Unset):
                request_sent = self.request_sent.to_dict()
            if request_sent is not UNSET:
                field_dict["request_sent"] = request_sent

        if flaws is not None and "successful_requests_200ok" in flaws:
            keep_raw(field_dict, flaws["successful_requests_200ok"])
        else:
            successful_requests_200ok: dict[str, Any] | Unset = UNSET
            if not isinstance(self.successful_requests_200ok, Unset):
                successful_requests_200ok = self.successful_requests_200ok.to_dict()
            if successful_requests_200ok is not UNSET:
                field_dict["successful_requests_200OK"] = successful_requests_200ok

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.analytics_table import AnalyticsTable  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("summary", UNSET)
        try:
            _summary = _value
            summary: AnalyticsTable | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = AnalyticsTable.from_dict(_summary)

            _set(self, "summary", summary)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "summary", "summary", _value, error)

        _value = d.pop("all_partners", UNSET)
        try:
            _all_partners = _value
            all_partners: AnalyticsTable | Unset
            if isinstance(_all_partners, Unset):
                all_partners = UNSET
            else:
                all_partners = AnalyticsTable.from_dict(_all_partners)

            _set(self, "all_partners", all_partners)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "all_partners", "all_partners", _value, error)

        _value = d.pop("workspace_visited", UNSET)
        try:
            _workspace_visited = _value
            workspace_visited: AnalyticsTable | Unset
            if isinstance(_workspace_visited, Unset):
                workspace_visited = UNSET
            else:
                workspace_visited = AnalyticsTable.from_dict(_workspace_visited)

            _set(self, "workspace_visited", workspace_visited)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_visited", "workspace_visited", _value, error)

        _value = d.pop("viewed_collection", UNSET)
        try:
            _viewed_collection = _value
            viewed_collection: AnalyticsTable | Unset
            if isinstance(_viewed_collection, Unset):
                viewed_collection = UNSET
            else:
                viewed_collection = AnalyticsTable.from_dict(_viewed_collection)

            _set(self, "viewed_collection", viewed_collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "viewed_collection", "viewed_collection", _value, error)

        _value = d.pop("request_sent", UNSET)
        try:
            _request_sent = _value
            request_sent: AnalyticsTable | Unset
            if isinstance(_request_sent, Unset):
                request_sent = UNSET
            else:
                request_sent = AnalyticsTable.from_dict(_request_sent)

            _set(self, "request_sent", request_sent)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_sent", "request_sent", _value, error)

        _value = d.pop("successful_requests_200OK", UNSET)
        try:
            _successful_requests_200ok = _value
            successful_requests_200ok: AnalyticsTable | Unset
            if isinstance(_successful_requests_200ok, Unset):
                successful_requests_200ok = UNSET
            else:
                successful_requests_200ok = AnalyticsTable.from_dict(_successful_requests_200ok)

            _set(self, "successful_requests_200ok", successful_requests_200ok)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "successful_requests_200ok", "successful_requests_200OK", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("summary", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("all_partners", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("workspace_visited", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("viewed_collection", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("request_sent", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("successful_requests_200OK", UNSET)
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
