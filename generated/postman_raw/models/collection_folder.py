from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.auth_definition import AuthDefinition
    from ..models.collection_request_item import CollectionRequestItem
    from ..models.collection_variable import CollectionVariable
    from ..models.format_description_block import FormatDescriptionBlock
    from ..models.protocol_profile_behavior import ProtocolProfileBehavior
    from ..models.script_event import ScriptEvent


T = TypeVar("T", bound="CollectionFolder")


@_attrs_define
class CollectionFolder(Model):
    """A folder. Its `item` list holds requests and further folders."""

    item: list[CollectionFolder | CollectionRequestItem]
    """ Requests and sub-folders, in order. """
    id: str | Unset = UNSET
    """ The folder's id. """
    uid: str | Unset = UNSET
    """ The folder's uid. Sent by the API. """
    name: str | Unset = UNSET
    """ The folder's name. """
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    variable: list[CollectionVariable] | Unset = UNSET
    event: list[ScriptEvent] | Unset = UNSET
    auth: AuthDefinition | None | Unset = UNSET
    """ Authentication for the folder's requests; null means inherit. """
    protocol_profile_behavior: ProtocolProfileBehavior | Unset = UNSET
    """ Settings that change how the request is sent, such as `disableBodyPruning`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "item",
        "description",
        "variable",
        "event",
        "auth",
        "protocol_profile_behavior",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "item" in flaws:
            keep_raw(field_dict, flaws["item"])
        else:
            item = []
            for item_item_data in self.item:
                item_item: dict[str, Any]
                if isinstance(item_item_data, CollectionFolder):
                    item_item = item_item_data.to_dict()
                else:
                    item_item = item_item_data.to_dict()

                item.append(item_item)

            field_dict["item"] = item

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "uid" in flaws:
            keep_raw(field_dict, flaws["uid"])
        else:
            uid = self.uid
            if uid is not UNSET:
                field_dict["uid"] = uid

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: dict[str, Any] | None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            elif isinstance(self.description, FormatDescriptionBlock):
                description = self.description.to_dict()
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "variable" in flaws:
            keep_raw(field_dict, flaws["variable"])
        else:
            variable: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.variable, Unset):
                variable = []
                for variable_item_data in self.variable:
                    variable_item = variable_item_data.to_dict()
                    variable.append(variable_item)

            if variable is not UNSET:
                field_dict["variable"] = variable

        if flaws is not None and "event" in flaws:
            keep_raw(field_dict, flaws["event"])
        else:
            event: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.event, Unset):
                event = []
                for event_item_data in self.event:
                    event_item = event_item_data.to_dict()
                    event.append(event_item)

            if event is not UNSET:
                field_dict["event"] = event

        if flaws is not None and "auth" in flaws:
            keep_raw(field_dict, flaws["auth"])
        else:
            auth: dict[str, Any] | None | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, AuthDefinition):
                auth = self.auth.to_dict()
            else:
                auth = self.auth
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "protocol_profile_behavior" in flaws:
            keep_raw(field_dict, flaws["protocol_profile_behavior"])
        else:
            protocol_profile_behavior: dict[str, Any] | Unset = UNSET
            if not isinstance(self.protocol_profile_behavior, Unset):
                protocol_profile_behavior = self.protocol_profile_behavior.to_dict()
            if protocol_profile_behavior is not UNSET:
                field_dict["protocolProfileBehavior"] = protocol_profile_behavior

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionFolder that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_request_item import CollectionRequestItem  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("item", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("item")
            item = []
            _item = _value
            if not isinstance(_item, list):
                raise wrong_type("an array", _item)
            for item_item_data in _item:

                def _parse_item_item(data: object) -> CollectionFolder | CollectionRequestItem:
                    try:
                        if not CollectionFolder._matches(data):
                            raise TypeError()
                        item_item_type_0 = CollectionFolder.from_dict(data)

                        return item_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    item_item_type_1 = CollectionRequestItem.from_dict(data)

                    return item_item_type_1

                item_item = _parse_item_item(item_item_data)

                item.append(item_item)

            _set(self, "item", item)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "item", "item", _value, error)

        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("uid", UNSET)
        try:
            uid = _value
            if uid is not UNSET and not (isinstance(uid, str)):
                raise wrong_type("str", uid)
            _set(self, "uid", uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "uid", "uid", _value, error)

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

            def _parse_description(data: object) -> FormatDescriptionBlock | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not FormatDescriptionBlock._matches(data):
                        raise TypeError()
                    componentsschemas_format_description_type_0 = FormatDescriptionBlock.from_dict(data)

                    return componentsschemas_format_description_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("FormatDescriptionBlock | None | str", data)
                return cast("FormatDescriptionBlock | None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("variable", UNSET)
        try:
            _variable = _value
            variable: list[CollectionVariable] | Unset = UNSET
            if _variable is not UNSET:
                if not isinstance(_variable, list):
                    raise wrong_type("an array", _variable)
                variable = []
                for variable_item_data in _variable:
                    variable_item = CollectionVariable.from_dict(variable_item_data)

                    variable.append(variable_item)

            _set(self, "variable", variable)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variable", "variable", _value, error)

        _value = d.pop("event", UNSET)
        try:
            _event = _value
            event: list[ScriptEvent] | Unset = UNSET
            if _event is not UNSET:
                if not isinstance(_event, list):
                    raise wrong_type("an array", _event)
                event = []
                for event_item_data in _event:
                    event_item = ScriptEvent.from_dict(event_item_data)

                    event.append(event_item)

            _set(self, "event", event)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "event", "event", _value, error)

        _value = d.pop("auth", UNSET)
        try:

            def _parse_auth(data: object) -> AuthDefinition | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not AuthDefinition._matches(data):
                        raise TypeError()
                    auth_type_0 = AuthDefinition.from_dict(data)

                    return auth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("AuthDefinition | None", data)
                return cast("AuthDefinition | None | Unset", data)

            auth = _parse_auth(_value)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("protocolProfileBehavior", UNSET)
        try:
            _protocol_profile_behavior = _value
            protocol_profile_behavior: ProtocolProfileBehavior | Unset
            if isinstance(_protocol_profile_behavior, Unset):
                protocol_profile_behavior = UNSET
            else:
                protocol_profile_behavior = ProtocolProfileBehavior.from_dict(_protocol_profile_behavior)

            _set(self, "protocol_profile_behavior", protocol_profile_behavior)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "protocol_profile_behavior", "protocolProfileBehavior", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("item", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("event", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("protocolProfileBehavior", UNSET)
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
