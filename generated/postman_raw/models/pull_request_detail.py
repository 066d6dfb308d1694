from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.pull_request_detail_destination import PullRequestDetailDestination
    from ..models.pull_request_detail_merge import PullRequestDetailMerge
    from ..models.pull_request_detail_reviewer import PullRequestDetailReviewer
    from ..models.pull_request_detail_source import PullRequestDetailSource


T = TypeVar("T", bound="PullRequestDetail")


@_attrs_define
class PullRequestDetail(Model):
    """Body of GET /pull-requests/{pullRequestId}."""

    id: str | Unset = UNSET
    """ The pull request's id. """
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    fork_type: str | Unset = UNSET
    """ Kind of element the pull request is about, such as `collection`. """
    status: str | Unset = UNSET
    """ Review state. Known values: `open`, `approved` (by its reviewers), `declined`, `merged`. """
    comment: str | Unset = UNSET
    """ The reason given when the pull request was declined. """
    source: PullRequestDetailSource | Unset = UNSET
    """ The fork whose changes are proposed. """
    destination: PullRequestDetailDestination | Unset = UNSET
    """ The element the changes would be merged into. """
    merge: PullRequestDetailMerge | Unset = UNSET
    """ Progress of merging the pull request. """
    reviewers: list[PullRequestDetailReviewer] | Unset = UNSET
    """ The assigned reviewers and their verdicts. """
    created_by: str | Unset = UNSET
    """ Numeric id of the user who opened the pull request, as a string. """
    updated_by: str | Unset = UNSET
    """ Numeric id of the user who last changed the pull request, as a string. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "source",
        "destination",
        "merge",
        "reviewers",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        fork_type = self.fork_type

        status = self.status

        comment = self.comment

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        merge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merge, Unset):
            merge = self.merge.to_dict()

        reviewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reviewers, Unset):
            reviewers = []
            for reviewers_item_data in self.reviewers:
                reviewers_item = reviewers_item_data.to_dict()
                reviewers.append(reviewers_item)

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if fork_type is not UNSET:
            field_dict["forkType"] = fork_type
        if status is not UNSET:
            field_dict["status"] = status
        if comment is not UNSET:
            field_dict["comment"] = comment
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if merge is not UNSET:
            field_dict["merge"] = merge
        if reviewers is not UNSET:
            field_dict["reviewers"] = reviewers
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PullRequestDetail that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.pull_request_detail_destination import PullRequestDetailDestination  # noqa: PLC0415
        from postman_raw.models.pull_request_detail_merge import PullRequestDetailMerge  # noqa: PLC0415
        from postman_raw.models.pull_request_detail_reviewer import PullRequestDetailReviewer  # noqa: PLC0415
        from postman_raw.models.pull_request_detail_source import PullRequestDetailSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        title = d.pop("title", UNSET)
        _set(self, "title", title)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        fork_type = d.pop("forkType", UNSET)
        _set(self, "fork_type", fork_type)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        comment = d.pop("comment", UNSET)
        _set(self, "comment", comment)

        _source = d.pop("source", UNSET)
        source: PullRequestDetailSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PullRequestDetailSource.from_dict(_source)

        _set(self, "source", source)

        _destination = d.pop("destination", UNSET)
        destination: PullRequestDetailDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = PullRequestDetailDestination.from_dict(_destination)

        _set(self, "destination", destination)

        _merge = d.pop("merge", UNSET)
        merge: PullRequestDetailMerge | Unset
        if isinstance(_merge, Unset):
            merge = UNSET
        else:
            merge = PullRequestDetailMerge.from_dict(_merge)

        _set(self, "merge", merge)

        _reviewers = d.pop("reviewers", UNSET)
        reviewers: list[PullRequestDetailReviewer] | Unset = UNSET
        if _reviewers is not UNSET:
            reviewers = []
            for reviewers_item_data in _reviewers:
                reviewers_item = PullRequestDetailReviewer.from_dict(reviewers_item_data)

                reviewers.append(reviewers_item)

        _set(self, "reviewers", reviewers)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        updated_by = d.pop("updatedBy", UNSET)
        _set(self, "updated_by", updated_by)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

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
        value = data.get("source", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("destination", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("merge", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("reviewers", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
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
