from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.pull_request_review_actor import PullRequestReviewActor


T = TypeVar("T", bound="ReviewPullRequestResponse")


@_attrs_define
class ReviewPullRequestResponse(Model):
    """Body of POST /pull-requests/{pullRequestId}/tasks."""

    id: str | Unset = UNSET
    """ The pull request's id. """
    status: str | Unset = UNSET
    """ Review state after the action. Known values: `open` (also after `unapprove`), `approved`, `declined`,
    `merged`. """
    reviewed_by: PullRequestReviewActor | Unset = UNSET
    """ The user who performed the review action. """
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("reviewed_by",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        reviewed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewed_by, Unset):
            reviewed_by = self.reviewed_by.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if reviewed_by is not UNSET:
            field_dict["reviewedBy"] = reviewed_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ReviewPullRequestResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.pull_request_review_actor import PullRequestReviewActor  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _reviewed_by = d.pop("reviewedBy", UNSET)
        reviewed_by: PullRequestReviewActor | Unset
        if isinstance(_reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = PullRequestReviewActor.from_dict(_reviewed_by)

        _set(self, "reviewed_by", reviewed_by)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("reviewedBy", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("updatedAt", UNSET)
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
