from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        all_partners: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_partners, Unset):
            all_partners = self.all_partners.to_dict()

        workspace_visited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_visited, Unset):
            workspace_visited = self.workspace_visited.to_dict()

        viewed_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viewed_collection, Unset):
            viewed_collection = self.viewed_collection.to_dict()

        request_sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_sent, Unset):
            request_sent = self.request_sent.to_dict()

        successful_requests_200ok: dict[str, Any] | Unset = UNSET
        if not isinstance(self.successful_requests_200ok, Unset):
            successful_requests_200ok = self.successful_requests_200ok.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if all_partners is not UNSET:
            field_dict["all_partners"] = all_partners
        if workspace_visited is not UNSET:
            field_dict["workspace_visited"] = workspace_visited
        if viewed_collection is not UNSET:
            field_dict["viewed_collection"] = viewed_collection
        if request_sent is not UNSET:
            field_dict["request_sent"] = request_sent
        if successful_requests_200ok is not UNSET:
            field_dict["successful_requests_200OK"] = successful_requests_200ok

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.analytics_table import AnalyticsTable  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: AnalyticsTable | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = AnalyticsTable.from_dict(_summary)

        _set(self, "summary", summary)

        _all_partners = d.pop("all_partners", UNSET)
        all_partners: AnalyticsTable | Unset
        if isinstance(_all_partners, Unset):
            all_partners = UNSET
        else:
            all_partners = AnalyticsTable.from_dict(_all_partners)

        _set(self, "all_partners", all_partners)

        _workspace_visited = d.pop("workspace_visited", UNSET)
        workspace_visited: AnalyticsTable | Unset
        if isinstance(_workspace_visited, Unset):
            workspace_visited = UNSET
        else:
            workspace_visited = AnalyticsTable.from_dict(_workspace_visited)

        _set(self, "workspace_visited", workspace_visited)

        _viewed_collection = d.pop("viewed_collection", UNSET)
        viewed_collection: AnalyticsTable | Unset
        if isinstance(_viewed_collection, Unset):
            viewed_collection = UNSET
        else:
            viewed_collection = AnalyticsTable.from_dict(_viewed_collection)

        _set(self, "viewed_collection", viewed_collection)

        _request_sent = d.pop("request_sent", UNSET)
        request_sent: AnalyticsTable | Unset
        if isinstance(_request_sent, Unset):
            request_sent = UNSET
        else:
            request_sent = AnalyticsTable.from_dict(_request_sent)

        _set(self, "request_sent", request_sent)

        _successful_requests_200ok = d.pop("successful_requests_200OK", UNSET)
        successful_requests_200ok: AnalyticsTable | Unset
        if isinstance(_successful_requests_200ok, Unset):
            successful_requests_200ok = UNSET
        else:
            successful_requests_200ok = AnalyticsTable.from_dict(_successful_requests_200ok)

        _set(self, "successful_requests_200ok", successful_requests_200ok)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("summary", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("all_partners", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("workspace_visited", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("viewed_collection", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("request_sent", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("successful_requests_200OK", UNSET)
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
