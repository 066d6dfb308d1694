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
    from ..models.authenticated_user import AuthenticatedUser
    from ..models.usage_counter import UsageCounter


T = TypeVar("T", bound="AuthenticatedUserResponse")


@_attrs_define
class AuthenticatedUserResponse(Model):
    """Body of GET /me."""

    user: AuthenticatedUser | Unset = UNSET
    """ The key owner's profile. """
    operations: list[UsageCounter] | Unset = UNSET
    """ Usage of each metered allowance this month. Absent for Guest and Partner users. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "user",
        "operations",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = self.user.to_dict()
            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "operations" in flaws:
            keep_raw(field_dict, flaws["operations"])
        else:
            operations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.operations, Unset):
                operations = []
                for operations_item_data in self.operations:
                    operations_item = operations_item_data.to_dict()
                    operations.append(operations_item)

            if operations is not UNSET:
                field_dict["operations"] = operations

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthenticatedUserResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.authenticated_user import AuthenticatedUser  # noqa: PLC0415
        from postman_raw.models.usage_counter import UsageCounter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("user", UNSET)
        try:
            _user = _value
            user: AuthenticatedUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = AuthenticatedUser.from_dict(_user)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("operations", UNSET)
        try:
            _operations = _value
            operations: list[UsageCounter] | Unset = UNSET
            if _operations is not UNSET:
                if not isinstance(_operations, list):
                    raise wrong_type("an array", _operations)
                operations = []
                for operations_item_data in _operations:
                    operations_item = UsageCounter.from_dict(operations_item_data)

                    operations.append(operations_item)

            _set(self, "operations", operations)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "operations", "operations", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("operations", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
