from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        item = []
        for item_item_data in self.item:
            item_item: dict[str, Any]
            if isinstance(item_item_data, CollectionFolder):
                item_item = item_item_data.to_dict()
            else:
                item_item = item_item_data.to_dict()

            item.append(item_item)

        id = self.id

        uid = self.uid

        name = self.name

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, FormatDescriptionBlock):
            description = self.description.to_dict()
        else:
            description = self.description

        variable: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variable, Unset):
            variable = []
            for variable_item_data in self.variable:
                variable_item = variable_item_data.to_dict()
                variable.append(variable_item)

        event: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = []
            for event_item_data in self.event:
                event_item = event_item_data.to_dict()
                event.append(event_item)

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
                "item": item,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if variable is not UNSET:
            field_dict["variable"] = variable
        if event is not UNSET:
            field_dict["event"] = event
        if auth is not UNSET:
            field_dict["auth"] = auth
        if protocol_profile_behavior is not UNSET:
            field_dict["protocolProfileBehavior"] = protocol_profile_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionFolder that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_request_item import CollectionRequestItem  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        item = []
        _item = d.pop("item")
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

        id = d.pop("id", UNSET)
        _set(self, "id", id)

        uid = d.pop("uid", UNSET)
        _set(self, "uid", uid)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

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
            return cast("FormatDescriptionBlock | None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        _variable = d.pop("variable", UNSET)
        variable: list[CollectionVariable] | Unset = UNSET
        if _variable is not UNSET:
            variable = []
            for variable_item_data in _variable:
                variable_item = CollectionVariable.from_dict(variable_item_data)

                variable.append(variable_item)

        _set(self, "variable", variable)

        _event = d.pop("event", UNSET)
        event: list[ScriptEvent] | Unset = UNSET
        if _event is not UNSET:
            event = []
            for event_item_data in _event:
                event_item = ScriptEvent.from_dict(event_item_data)

                event.append(event_item)

        _set(self, "event", event)

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
        value = data.get("item", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("event", UNSET)
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
