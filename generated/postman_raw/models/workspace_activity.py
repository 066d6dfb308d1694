from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.workspace_activity_user import WorkspaceActivityUser


T = TypeVar("T", bound="WorkspaceActivity")


@_attrs_define
class WorkspaceActivity(Model):
    """One entry of a workspace's activity feed."""

    id: int | Unset = UNSET
    """ The entry's id. """
    workspace_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user: WorkspaceActivityUser | Unset = UNSET
    """ Who did it. """
    action: str | Unset = UNSET
    """ `create`, `update` or `destroy`. """
    element_type: str | Unset = UNSET
    """ The kind of element acted on, such as `collection`, `environment` or `workspace`. """
    trigger: str | Unset = UNSET
    """ What caused the entry, such as `update`, `update_visibility` or `add_user_role`. """
    element_id: str | Unset = UNSET
    element_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("user",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id

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

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = self.user.to_dict()
            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "action" in flaws:
            keep_raw(field_dict, flaws["action"])
        else:
            action = self.action
            if action is not UNSET:
                field_dict["action"] = action

        if flaws is not None and "element_type" in flaws:
            keep_raw(field_dict, flaws["element_type"])
        else:
            element_type = self.element_type
            if element_type is not UNSET:
                field_dict["elementType"] = element_type

        if flaws is not None and "trigger" in flaws:
            keep_raw(field_dict, flaws["trigger"])
        else:
            trigger = self.trigger
            if trigger is not UNSET:
                field_dict["trigger"] = trigger

        if flaws is not None and "element_id" in flaws:
            keep_raw(field_dict, flaws["element_id"])
        else:
            element_id = self.element_id
            if element_id is not UNSET:
                field_dict["elementId"] = element_id

        if flaws is not None and "element_name" in flaws:
            keep_raw(field_dict, flaws["element_name"])
        else:
            element_name = self.element_name
            if element_name is not UNSET:
                field_dict["elementName"] = element_name

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceActivity that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.workspace_activity_user import WorkspaceActivityUser  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) is int):
                raise wrong_type("int", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            workspace_id = _value
            if workspace_id is not UNSET and not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

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

        _value = d.pop("user", UNSET)
        try:
            _user = _value
            user: WorkspaceActivityUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = WorkspaceActivityUser.from_dict(_user)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("action", UNSET)
        try:
            action = _value
            if action is not UNSET and not (isinstance(action, str)):
                raise wrong_type("str", action)
            _set(self, "action", action)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "action", "action", _value, error)

        _value = d.pop("elementType", UNSET)
        try:
            element_type = _value
            if element_type is not UNSET and not (isinstance(element_type, str)):
                raise wrong_type("str", element_type)
            _set(self, "element_type", element_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "element_type", "elementType", _value, error)

        _value = d.pop("trigger", UNSET)
        try:
            trigger = _value
            if trigger is not UNSET and not (isinstance(trigger, str)):
                raise wrong_type("str", trigger)
            _set(self, "trigger", trigger)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "trigger", "trigger", _value, error)

        _value = d.pop("elementId", UNSET)
        try:
            element_id = _value
            if element_id is not UNSET and not (isinstance(element_id, str)):
                raise wrong_type("str", element_id)
            _set(self, "element_id", element_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "element_id", "elementId", _value, error)

        _value = d.pop("elementName", UNSET)
        try:
            element_name = _value
            if element_name is not UNSET and not (isinstance(element_name, str)):
                raise wrong_type("str", element_name)
            _set(self, "element_name", element_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "element_name", "elementName", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("user", UNSET)
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
