from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        workspace_id = self.workspace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        action = self.action

        element_type = self.element_type

        trigger = self.trigger

        element_id = self.element_id

        element_name = self.element_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if user is not UNSET:
            field_dict["user"] = user
        if action is not UNSET:
            field_dict["action"] = action
        if element_type is not UNSET:
            field_dict["elementType"] = element_type
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if element_id is not UNSET:
            field_dict["elementId"] = element_id
        if element_name is not UNSET:
            field_dict["elementName"] = element_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceActivity that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.workspace_activity_user import WorkspaceActivityUser  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        workspace_id = d.pop("workspaceId", UNSET)
        _set(self, "workspace_id", workspace_id)

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

        _user = d.pop("user", UNSET)
        user: WorkspaceActivityUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = WorkspaceActivityUser.from_dict(_user)

        _set(self, "user", user)

        action = d.pop("action", UNSET)
        _set(self, "action", action)

        element_type = d.pop("elementType", UNSET)
        _set(self, "element_type", element_type)

        trigger = d.pop("trigger", UNSET)
        _set(self, "trigger", trigger)

        element_id = d.pop("elementId", UNSET)
        _set(self, "element_id", element_id)

        element_name = d.pop("elementName", UNSET)
        _set(self, "element_name", element_name)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("user", UNSET)
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
