from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.auth_definition import AuthDefinition
    from ..models.collection_request_record import CollectionRequestRecord
    from ..models.collection_variable import CollectionVariable
    from ..models.script_event import ScriptEvent


T = TypeVar("T", bound="CollectionFolderRecord")


@_attrs_define
class CollectionFolderRecord(Model):
    """A folder in the item-level format. Its children are listed by id: requests in `order`,
    sub-folders in `folders_order`. Which fields appear depends on the operation (a create
    answer also lists `folders` and `requests`; `ids=true` keeps only id-valued fields).

    """

    id: str | Unset = UNSET
    """ The folder's id. """
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    collection: str | Unset = UNSET
    """ Id of the collection the folder is in. """
    folder: None | str | Unset = UNSET
    """ Id of the parent folder; null for a folder at the collection's top level. """
    owner: str | Unset = UNSET
    """ Id of the user who owns the folder. """
    last_updated_by: str | Unset = UNSET
    """ Id of the user who changed the folder last. """
    last_revision: int | Unset = UNSET
    """ Revision number of the folder's last change. """
    order: list[str] | Unset = UNSET
    """ Ids of the folder's requests, in order. """
    folders_order: list[str] | Unset = UNSET
    """ Ids of the folder's sub-folders, in order. """
    folders: list[CollectionFolderRecord | str] | Unset = UNSET
    """ The sub-folders, as ids (or as folders when contents are populated). """
    requests: list[CollectionRequestRecord | str] | Unset = UNSET
    """ The folder's requests, as ids (or as requests when contents are populated). """
    auth: AuthDefinition | None | str | Unset = UNSET
    """ The item's authentication: a setup object, the bare name of a method (such as `noauth`), or null to inherit
    from the parent. """
    events: list[ScriptEvent] | None | Unset = UNSET
    """ Scripts run before or after each request of the folder; null when there are none. """
    variables: list[CollectionVariable] | None | Unset = UNSET
    """ The folder's variables; null when there are none. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "folders",
        "requests",
        "auth",
        "events",
        "variables",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_request_record import CollectionRequestRecord  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        collection = self.collection

        folder: None | str | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        owner = self.owner

        last_updated_by = self.last_updated_by

        last_revision = self.last_revision

        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        folders_order: list[str] | Unset = UNSET
        if not isinstance(self.folders_order, Unset):
            folders_order = self.folders_order

        folders: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = []
            for folders_item_data in self.folders:
                folders_item: dict[str, Any] | str
                if isinstance(folders_item_data, CollectionFolderRecord):
                    folders_item = folders_item_data.to_dict()
                else:
                    folders_item = folders_item_data
                folders.append(folders_item)

        requests: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item: dict[str, Any] | str
                if isinstance(requests_item_data, CollectionRequestRecord):
                    requests_item = requests_item_data.to_dict()
                else:
                    requests_item = requests_item_data
                requests.append(requests_item)

        auth: dict[str, Any] | None | str | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthDefinition):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if collection is not UNSET:
            field_dict["collection"] = collection
        if folder is not UNSET:
            field_dict["folder"] = folder
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if last_revision is not UNSET:
            field_dict["lastRevision"] = last_revision
        if order is not UNSET:
            field_dict["order"] = order
        if folders_order is not UNSET:
            field_dict["folders_order"] = folders_order
        if folders is not UNSET:
            field_dict["folders"] = folders
        if requests is not UNSET:
            field_dict["requests"] = requests
        if auth is not UNSET:
            field_dict["auth"] = auth
        if events is not UNSET:
            field_dict["events"] = events
        if variables is not UNSET:
            field_dict["variables"] = variables
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionFolderRecord that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_request_record import CollectionRequestRecord  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        _set(self, "name", name)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        collection = d.pop("collection", UNSET)
        _set(self, "collection", collection)

        def _parse_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        folder = _parse_folder(d.pop("folder", UNSET))

        _set(self, "folder", folder)

        owner = d.pop("owner", UNSET)
        _set(self, "owner", owner)

        last_updated_by = d.pop("lastUpdatedBy", UNSET)
        _set(self, "last_updated_by", last_updated_by)

        last_revision = d.pop("lastRevision", UNSET)
        _set(self, "last_revision", last_revision)

        order = cast("list[str]", d.pop("order", UNSET))

        _set(self, "order", order)

        folders_order = cast("list[str]", d.pop("folders_order", UNSET))

        _set(self, "folders_order", folders_order)

        _folders = d.pop("folders", UNSET)
        folders: list[CollectionFolderRecord | str] | Unset = UNSET
        if _folders is not UNSET:
            folders = []
            for folders_item_data in _folders:

                def _parse_folders_item(data: object) -> CollectionFolderRecord | str:
                    try:
                        if not CollectionFolderRecord._matches(data):
                            raise TypeError()
                        folders_item_type_0 = CollectionFolderRecord.from_dict(data)

                        return folders_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("CollectionFolderRecord | str", data)

                folders_item = _parse_folders_item(folders_item_data)

                folders.append(folders_item)

        _set(self, "folders", folders)

        _requests = d.pop("requests", UNSET)
        requests: list[CollectionRequestRecord | str] | Unset = UNSET
        if _requests is not UNSET:
            requests = []
            for requests_item_data in _requests:

                def _parse_requests_item(data: object) -> CollectionRequestRecord | str:
                    try:
                        if not CollectionRequestRecord._matches(data):
                            raise TypeError()
                        requests_item_type_0 = CollectionRequestRecord.from_dict(data)

                        return requests_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("CollectionRequestRecord | str", data)

                requests_item = _parse_requests_item(requests_item_data)

                requests.append(requests_item)

        _set(self, "requests", requests)

        def _parse_auth(data: object) -> AuthDefinition | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not AuthDefinition._matches(data):
                    raise TypeError()
                componentsschemas_collection_item_auth_setting_type_0 = AuthDefinition.from_dict(data)

                return componentsschemas_collection_item_auth_setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AuthDefinition | None | str | Unset", data)

        auth = _parse_auth(d.pop("auth", UNSET))

        _set(self, "auth", auth)

        def _parse_events(data: object) -> list[ScriptEvent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = ScriptEvent.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ScriptEvent] | None | Unset", data)

        events = _parse_events(d.pop("events", UNSET))

        _set(self, "events", events)

        def _parse_variables(data: object) -> list[CollectionVariable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_type_0 = []
                _variables_type_0 = data
                for variables_type_0_item_data in _variables_type_0:
                    variables_type_0_item = CollectionVariable.from_dict(variables_type_0_item_data)

                    variables_type_0.append(variables_type_0_item)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CollectionVariable] | None | Unset", data)

        variables = _parse_variables(d.pop("variables", UNSET))

        _set(self, "variables", variables)

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
        value = data.get("order", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("folders_order", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("folders", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("requests", UNSET)
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
