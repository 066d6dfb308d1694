from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="CreateCollectionPullRequestRequest")


@_attrs_define
class CreateCollectionPullRequestRequest(Model):
    """Body of POST /collections/{collectionId}/pull-requests."""

    title: str
    reviewers: list[str]
    """ Numeric ids of the users asked to review, as strings. """
    destination_id: str
    """ Uid of the collection to merge into (the fork's parent). """
    description: str | Unset = UNSET
    """ What the pull request changes and why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        reviewers = self.reviewers

        destination_id = self.destination_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "reviewers": reviewers,
                "destinationId": destination_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateCollectionPullRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        title = d.pop("title")
        _set(self, "title", title)

        reviewers = cast("list[str]", d.pop("reviewers"))

        _set(self, "reviewers", reviewers)

        destination_id = d.pop("destinationId")
        _set(self, "destination_id", destination_id)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("title", UNSET)
        if value is UNSET:
            return False
        value = data.get("reviewers", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("destinationId", UNSET)
        if value is UNSET:
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
