from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection = self.collection
            if collection is not UNSET:
                field_dict["collection"] = collection

        if flaws is not None and "folder" in flaws:
            keep_raw(field_dict, flaws["folder"])
        else:
            folder: None | str | Unset
            if isinstance(self.folder, Unset):
                folder = UNSET
            else:
                folder = self.folder
            if folder is not UNSET:
                field_dict["folder"] = folder

        if flaws is not None and "owner" in flaws:
            keep_raw(field_dict, flaws["owner"])
        else:
            owner = self.owner
            if owner is not UNSET:
                field_dict["owner"] = owner

        if flaws is not None and "last_updated_by" in flaws:
            keep_raw(field_dict, flaws["last_updated_by"])
        else:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["lastUpdatedBy"] = last_updated_by

        if flaws is not None and "last_revision" in flaws:
            keep_raw(field_dict, flaws["last_revision"])
        else:
            last_revision = self.last_revision
            if last_revision is not UNSET:
                field_dict["lastRevision"] = last_revision

        if flaws is not None and "order" in flaws:
            keep_raw(field_dict, flaws["order"])
        else:
            order: list[str] | Unset = UNSET
            if not isinstance(self.order, Unset):
                order = self.order

            if order is not UNSET:
                field_dict["order"] = order

        if flaws is not None and "folders_order" in flaws:
            keep_raw(field_dict, flaws["folders_order"])
        else:
            folders_order: list[str] | Unset = UNSET
            if not isinstance(self.folders_order, Unset):
                folders_order = self.folders_order

            if folders_order is not UNSET:
                field_dict["folders_order"] = folders_order

        if flaws is not None and "folders" in flaws:
            keep_raw(field_dict, flaws["folders"])
        else:
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

            if folders is not UNSET:
                field_dict["folders"] = folders

        if flaws is not None and "requests" in flaws:
            keep_raw(field_dict, flaws["requests"])
        else:
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

            if requests is not UNSET:
                field_dict["requests"] = requests

        if flaws is not None and "auth" in flaws:
            keep_raw(field_dict, flaws["auth"])
        else:
            auth: dict[str, Any] | None | str | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, AuthDefinition):
                auth = self.auth.to_dict()
            else:
                auth = self.auth
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "events" in flaws:
            keep_raw(field_dict, flaws["events"])
        else:
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
            if events is not UNSET:
                field_dict["events"] = events

        if flaws is not None and "variables" in flaws:
            keep_raw(field_dict, flaws["variables"])
        else:
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
            if variables is not UNSET:
                field_dict["variables"] = variables

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

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
        """A CollectionFolderRecord that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_request_record import CollectionRequestRecord  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

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

        _value = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            name = _parse_name(_value)

            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            collection = _value
            if collection is not UNSET and not (isinstance(collection, str)):
                raise wrong_type("str", collection)
            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("folder", UNSET)
        try:

            def _parse_folder(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            folder = _parse_folder(_value)

            _set(self, "folder", folder)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folder", "folder", _value, error)

        _value = d.pop("owner", UNSET)
        try:
            owner = _value
            if owner is not UNSET and not (isinstance(owner, str)):
                raise wrong_type("str", owner)
            _set(self, "owner", owner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "owner", "owner", _value, error)

        _value = d.pop("lastUpdatedBy", UNSET)
        try:
            last_updated_by = _value
            if last_updated_by is not UNSET and not (isinstance(last_updated_by, str)):
                raise wrong_type("str", last_updated_by)
            _set(self, "last_updated_by", last_updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_updated_by", "lastUpdatedBy", _value, error)

        _value = d.pop("lastRevision", UNSET)
        try:
            last_revision = _value
            if last_revision is not UNSET and not (type(last_revision) is int):
                raise wrong_type("int", last_revision)
            _set(self, "last_revision", last_revision)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_revision", "lastRevision", _value, error)

        _value = d.pop("order", UNSET)
        try:
            order = cast("list[str]", _value)
            if order is not UNSET and (not isinstance(order, list) or not all(isinstance(item, str) for item in order)):
                raise wrong_type("an array of str", order)

            _set(self, "order", order)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "order", "order", _value, error)

        _value = d.pop("folders_order", UNSET)
        try:
            folders_order = cast("list[str]", _value)
            if folders_order is not UNSET and (
                not isinstance(folders_order, list) or not all(isinstance(item, str) for item in folders_order)
            ):
                raise wrong_type("an array of str", folders_order)

            _set(self, "folders_order", folders_order)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folders_order", "folders_order", _value, error)

        _value = d.pop("folders", UNSET)
        try:
            _folders = _value
            folders: list[CollectionFolderRecord | str] | Unset = UNSET
            if _folders is not UNSET:
                if not isinstance(_folders, list):
                    raise wrong_type("an array", _folders)
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
                        if not (isinstance(data, str)):
                            raise wrong_type("CollectionFolderRecord | str", data)
                        return cast("CollectionFolderRecord | str", data)

                    folders_item = _parse_folders_item(folders_item_data)

                    folders.append(folders_item)

            _set(self, "folders", folders)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folders", "folders", _value, error)

        _value = d.pop("requests", UNSET)
        try:
            _requests = _value
            requests: list[CollectionRequestRecord | str] | Unset = UNSET
            if _requests is not UNSET:
                if not isinstance(_requests, list):
                    raise wrong_type("an array", _requests)
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
                        if not (isinstance(data, str)):
                            raise wrong_type("CollectionRequestRecord | str", data)
                        return cast("CollectionRequestRecord | str", data)

                    requests_item = _parse_requests_item(requests_item_data)

                    requests.append(requests_item)

            _set(self, "requests", requests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "requests", "requests", _value, error)

        _value = d.pop("auth", UNSET)
        try:

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
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("AuthDefinition | None | str", data)
                return cast("AuthDefinition | None | str | Unset", data)

            auth = _parse_auth(_value)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("events", UNSET)
        try:

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
                    if not isinstance(_events_type_0, list):
                        raise wrong_type("an array", _events_type_0)
                    for events_type_0_item_data in _events_type_0:
                        events_type_0_item = ScriptEvent.from_dict(events_type_0_item_data)

                        events_type_0.append(events_type_0_item)

                    return events_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[ScriptEvent] | None", data)
                return cast("list[ScriptEvent] | None | Unset", data)

            events = _parse_events(_value)

            _set(self, "events", events)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "events", "events", _value, error)

        _value = d.pop("variables", UNSET)
        try:

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
                    if not isinstance(_variables_type_0, list):
                        raise wrong_type("an array", _variables_type_0)
                    for variables_type_0_item_data in _variables_type_0:
                        variables_type_0_item = CollectionVariable.from_dict(variables_type_0_item_data)

                        variables_type_0.append(variables_type_0_item)

                    return variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[CollectionVariable] | None", data)
                return cast("list[CollectionVariable] | None | Unset", data)

            variables = _parse_variables(_value)

            _set(self, "variables", variables)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variables", "variables", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

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
        value = data.get("order", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("folders_order", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("folders", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("requests", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
