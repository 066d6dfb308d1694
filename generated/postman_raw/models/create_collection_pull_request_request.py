from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "title" in flaws:
            keep_raw(field_dict, flaws["title"])
        else:
            title = self.title
            field_dict["title"] = title

        if flaws is not None and "reviewers" in flaws:
            keep_raw(field_dict, flaws["reviewers"])
        else:
            reviewers = self.reviewers

            field_dict["reviewers"] = reviewers

        if flaws is not None and "destination_id" in flaws:
            keep_raw(field_dict, flaws["destination_id"])
        else:
            destination_id = self.destination_id
            field_dict["destinationId"] = destination_id

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateCollectionPullRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("title", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("title")
            title = _value
            if not (isinstance(title, str)):
                raise wrong_type("str", title)
            _set(self, "title", title)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "title", "title", _value, error)

        _value = d.pop("reviewers", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("reviewers")
            reviewers = cast("list[str]", _value)
            if not isinstance(reviewers, list) or not all(isinstance(item, str) for item in reviewers):
                raise wrong_type("an array of str", reviewers)

            _set(self, "reviewers", reviewers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "reviewers", "reviewers", _value, error)

        _value = d.pop("destinationId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("destinationId")
            destination_id = _value
            if not (isinstance(destination_id, str)):
                raise wrong_type("str", destination_id)
            _set(self, "destination_id", destination_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "destination_id", "destinationId", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

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
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
