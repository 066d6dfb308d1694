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
    from ..models.create_collection_request_request import CreateCollectionRequestRequest


T = TypeVar("T", bound="CreateCollectionFolderRequest")


@_attrs_define
class CreateCollectionFolderRequest(Model):
    """The new folder. Other folder fields of the item-level format are accepted too."""

    name: str | Unset = UNSET
    """ The folder's name (empty when left out). """
    description: str | Unset = UNSET
    folder: str | Unset = UNSET
    """ Id of the folder to create this one in; left out, the folder goes to the collection's top level. """
    requests: list[CreateCollectionRequestRequest] | Unset = UNSET
    """ Requests to create inside the new folder in the same call, each in the form of the body of POST
    /collections/{collectionId}/requests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("requests",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "folder" in flaws:
            keep_raw(field_dict, flaws["folder"])
        else:
            folder = self.folder
            if folder is not UNSET:
                field_dict["folder"] = folder

        if flaws is not None and "requests" in flaws:
            keep_raw(field_dict, flaws["requests"])
        else:
            requests: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.requests, Unset):
                requests = []
                for requests_item_data in self.requests:
                    requests_item = requests_item_data.to_dict()
                    requests.append(requests_item)

            if requests is not UNSET:
                field_dict["requests"] = requests

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateCollectionFolderRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.create_collection_request_request import CreateCollectionRequestRequest  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("folder", UNSET)
        try:
            folder = _value
            if folder is not UNSET and not (isinstance(folder, str)):
                raise wrong_type("str", folder)
            _set(self, "folder", folder)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folder", "folder", _value, error)

        _value = d.pop("requests", UNSET)
        try:
            _requests = _value
            requests: list[CreateCollectionRequestRequest] | Unset = UNSET
            if _requests is not UNSET:
                if not isinstance(_requests, list):
                    raise wrong_type("an array", _requests)
                requests = []
                for requests_item_data in _requests:
                    requests_item = CreateCollectionRequestRequest.from_dict(requests_item_data)

                    requests.append(requests_item)

            _set(self, "requests", requests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "requests", "requests", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("requests", UNSET)
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
