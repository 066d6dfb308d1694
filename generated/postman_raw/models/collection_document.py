from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        info = self.info.to_dict()

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

        event: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = []
            for event_item_data in self.event:
                event_item = event_item_data.to_dict()
                event.append(event_item)

        variable: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variable, Unset):
            variable = []
            for variable_item_data in self.variable:
                variable_item = variable_item_data.to_dict()
                variable.append(variable_item)

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthDefinition):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        protocol_profile_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocol_profile_behavior, Unset):
            protocol_profile_behavior = self.protocol_profile_behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
            }
        )
        if item is not UNSET:
            field_dict["item"] = item
        if event is not UNSET:
            field_dict["event"] = event
        if variable is not UNSET:
            field_dict["variable"] = variable
        if auth is not UNSET:
            field_dict["auth"] = auth
        if protocol_profile_behavior is not UNSET:
            field_dict["protocolProfileBehavior"] = protocol_profile_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionDocument that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_folder import CollectionFolder  # noqa: PLC0415
        from postman_raw.models.collection_info import CollectionInfo  # noqa: PLC0415
        from postman_raw.models.collection_request_item import CollectionRequestItem  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        info = CollectionInfo.from_dict(d.pop("info"))

        _set(self, "info", info)

        _item = d.pop("item", UNSET)
        item: list[CollectionFolder | CollectionRequestItem] | Unset = UNSET
        if _item is not UNSET:
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

        _event = d.pop("event", UNSET)
        event: list[ScriptEvent] | Unset = UNSET
        if _event is not UNSET:
            event = []
            for event_item_data in _event:
                event_item = ScriptEvent.from_dict(event_item_data)

                event.append(event_item)

        _set(self, "event", event)

        _variable = d.pop("variable", UNSET)
        variable: list[CollectionVariable] | Unset = UNSET
        if _variable is not UNSET:
            variable = []
            for variable_item_data in _variable:
                variable_item = CollectionVariable.from_dict(variable_item_data)

                variable.append(variable_item)

        _set(self, "variable", variable)

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
            return cast("AuthDefinition | None | Unset", data)

        auth = _parse_auth(d.pop("auth", UNSET))

        _set(self, "auth", auth)

        _protocol_profile_behavior = d.pop("protocolProfileBehavior", UNSET)
        protocol_profile_behavior: ProtocolProfileBehavior | Unset
        if isinstance(_protocol_profile_behavior, Unset):
            protocol_profile_behavior = UNSET
        else:
            protocol_profile_behavior = ProtocolProfileBehavior.from_dict(_protocol_profile_behavior)

        _set(self, "protocol_profile_behavior", protocol_profile_behavior)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("info", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("item", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("event", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("protocolProfileBehavior", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
