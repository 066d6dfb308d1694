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
    from ..models.list_private_network_workspaces_response_folders_item import (
        ListPrivateNetworkWorkspacesResponseFoldersItem,
    )
    from ..models.private_network_element import PrivateNetworkElement
    from ..models.private_network_page_meta import PrivateNetworkPageMeta


T = TypeVar("T", bound="ListPrivateNetworkWorkspacesResponse")


@_attrs_define
class ListPrivateNetworkWorkspacesResponse(Model):
    """Body of GET /network/private."""

    elements: list[PrivateNetworkElement] | Unset = UNSET
    """ The published workspaces on this page. """
    folders: list[ListPrivateNetworkWorkspacesResponseFoldersItem] | Unset = UNSET
    """ Left over from when the network had folders; always an empty list. """
    meta: PrivateNetworkPageMeta | Unset = UNSET
    """ Offset paging information of a Private API Network list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "elements",
        "folders",
        "meta",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "elements" in flaws:
            keep_raw(field_dict, flaws["elements"])
        else:
            elements: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.elements, Unset):
                elements = []
                for elements_item_data in self.elements:
                    elements_item = elements_item_data.to_dict()
                    elements.append(elements_item)

            if elements is not UNSET:
                field_dict["elements"] = elements

        if flaws is not None and "folders" in flaws:
            keep_raw(field_dict, flaws["folders"])
        else:
            folders: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.folders, Unset):
                folders = []
                for folders_item_data in self.folders:
                    folders_item = folders_item_data.to_dict()
                    folders.append(folders_item)

            if folders is not UNSET:
                field_dict["folders"] = folders

        if flaws is not None and "meta" in flaws:
            keep_raw(field_dict, flaws["meta"])
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
            if meta is not UNSET:
                field_dict["meta"] = meta

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ListPrivateNetworkWorkspacesResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.list_private_network_workspaces_response_folders_item import (
            ListPrivateNetworkWorkspacesResponseFoldersItem,  # noqa: PLC0415
        )
        from postman_raw.models.private_network_element import PrivateNetworkElement  # noqa: PLC0415
        from postman_raw.models.private_network_page_meta import PrivateNetworkPageMeta  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("elements", UNSET)
        try:
            _elements = _value
            elements: list[PrivateNetworkElement] | Unset = UNSET
            if _elements is not UNSET:
                if not isinstance(_elements, list):
                    raise wrong_type("an array", _elements)
                elements = []
                for elements_item_data in _elements:
                    elements_item = PrivateNetworkElement.from_dict(elements_item_data)

                    elements.append(elements_item)

            _set(self, "elements", elements)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "elements", "elements", _value, error)

        _value = d.pop("folders", UNSET)
        try:
            _folders = _value
            folders: list[ListPrivateNetworkWorkspacesResponseFoldersItem] | Unset = UNSET
            if _folders is not UNSET:
                if not isinstance(_folders, list):
                    raise wrong_type("an array", _folders)
                folders = []
                for folders_item_data in _folders:
                    folders_item = ListPrivateNetworkWorkspacesResponseFoldersItem.from_dict(folders_item_data)

                    folders.append(folders_item)

            _set(self, "folders", folders)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folders", "folders", _value, error)

        _value = d.pop("meta", UNSET)
        try:
            _meta = _value
            meta: PrivateNetworkPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PrivateNetworkPageMeta.from_dict(_meta)

            _set(self, "meta", meta)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta", "meta", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("elements", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("folders", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("meta", UNSET)
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
