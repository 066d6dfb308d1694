from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "reviewed_by" in flaws:
            keep_raw(field_dict, flaws["reviewed_by"])
        else:
            reviewed_by: dict[str, Any] | Unset = UNSET
            if not isinstance(self.reviewed_by, Unset):
                reviewed_by = self.reviewed_by.to_dict()
            if reviewed_by is not UNSET:
                field_dict["reviewedBy"] = reviewed_by

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = datetime_text(self.updated_at)
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ReviewPullRequestResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.pull_request_review_actor import PullRequestReviewActor  # noqa: PLC0415

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

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("reviewedBy", UNSET)
        try:
            _reviewed_by = _value
            reviewed_by: PullRequestReviewActor | Unset
            if isinstance(_reviewed_by, Unset):
                reviewed_by = UNSET
            else:
                reviewed_by = PullRequestReviewActor.from_dict(_reviewed_by)

            _set(self, "reviewed_by", reviewed_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "reviewed_by", "reviewedBy", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            _updated_at = _value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("reviewedBy", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("updatedAt", UNSET)
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
