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
    from ..models.collection_folder import CollectionFolder
    from ..models.collection_info import CollectionInfo
    from ..models.collection_request_item import CollectionRequestItem
    from ..models.collection_variable import CollectionVariable
    from ..models.protocol_profile_behavior import ProtocolProfileBehavior
    from ..models.script_event import ScriptEvent


T = TypeVar("T", bound="CollectionDocument")


@_attrs_define
class CollectionDocument(Model):
    """A whole collection in Collection Format v2.1."""

    info: CollectionInfo
    """ The collection's name, ids and schema URL. """
    item: list[CollectionFolder | CollectionRequestItem] | Unset = UNSET
    """ The collection's top-level requests and folders. """
    event: list[ScriptEvent] | Unset = UNSET
    """ Scripts that run before or after every request of the collection. """
    variable: list[CollectionVariable] | Unset = UNSET
    """ Collection variables. """
    auth: AuthDefinition | None | Unset = UNSET
    """ Authentication inherited by every request that does not set its own. """
    protocol_profile_behavior: ProtocolProfileBehavior | Unset = UNSET
    """ Settings that change how the request is sent, such as `disableBodyPruning`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "info",
        "item",
        "event",
        "variable",
        "auth",
        "protocol_profile_behavior",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_folder import CollectionFolder  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "info" in flaws:
            keep_raw(field_dict, flaws["info"])
        else:
            info = self.info.to_dict()
            field_dict["info"] = info

        if flaws is not None and "item" in flaws:
            keep_raw(field_dict, flaws["item"])
        else:
            item: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.item, Unset):
                item = []
                for item_item_data in self.item:
                    item_item: dict[str, Any]
                    if isinstance(item_item_data, CollectionFolder):
                        item_item = item_item_data.to_dict()
                    else:
                        item_item = item_item_data.to_dict()

                    item.append(item_item)

            if item is not UNSET:
                field_dict["item"] = item

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
        """A CollectionDocument that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_folder import CollectionFolder  # noqa: PLC0415
        from postman_raw.models.collection_info import CollectionInfo  # noqa: PLC0415
        from postman_raw.models.collection_request_item import CollectionRequestItem  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("info", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("info")
            info = CollectionInfo.from_dict(_value)

            _set(self, "info", info)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "info", "info", _value, error)

        _value = d.pop("item", UNSET)
        try:
            _item = _value
            item: list[CollectionFolder | CollectionRequestItem] | Unset = UNSET
            if _item is not UNSET:
                if not isinstance(_item, list):
                    raise wrong_type("an array", _item)
                item = []
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
        value = data.get("info", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("item", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("event", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("variable", UNSET)
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
