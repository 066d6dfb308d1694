from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        name = self.name

        description = self.description

        folder = self.folder

        requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if folder is not UNSET:
            field_dict["folder"] = folder
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateCollectionFolderRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.create_collection_request_request import CreateCollectionRequestRequest  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        folder = d.pop("folder", UNSET)
        _set(self, "folder", folder)

        _requests = d.pop("requests", UNSET)
        requests: list[CreateCollectionRequestRequest] | Unset = UNSET
        if _requests is not UNSET:
            requests = []
            for requests_item_data in _requests:
                requests_item = CreateCollectionRequestRequest.from_dict(requests_item_data)

                requests.append(requests_item)

        _set(self, "requests", requests)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("requests", UNSET)
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
