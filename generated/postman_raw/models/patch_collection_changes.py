from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define

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
    from ..models.patch_collection_event import PatchCollectionEvent
    from ..models.patch_collection_info import PatchCollectionInfo
    from ..models.patch_collection_variable import PatchCollectionVariable


T = TypeVar("T", bound="PatchCollectionChanges")


@_attrs_define
class PatchCollectionChanges(Model):
    """The parts to change. At least one of `info`, `variable`, `auth` and `events` must be
    given; Postman rejects any other property.

    """

    info: PatchCollectionInfo | Unset = UNSET
    """ New name and/or description. """
    variable: list[PatchCollectionVariable] | Unset = UNSET
    """ Collection variables to add or change. Secret (vault or cloud) variables cannot be
    set here.
     """
    auth: AuthDefinition | Unset = UNSET
    """ An authentication setup. `type` names the method (`apikey`, `awsv4`, `basic`, `bearer`, `digest`,
    `edgegrid`, `hawk`, `noauth`, `oauth1`, `oauth2`, `ntlm`, `jwt`, `asap`, or a newer one, whose settings are then
    kept as they came); the property of the same name holds its settings: a list of key/value entries in Collection
    Format v2.1, an object keyed by setting name in v2.0. """
    events: list[PatchCollectionEvent] | Unset = UNSET
    """ Collection-level scripts. Each needs a `script.id` chosen by the caller. """
    _model_fields: ClassVar[tuple[str, ...]] = (
        "info",
        "variable",
        "auth",
        "events",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}

        if flaws is not None and "info" in flaws:
            keep_raw(field_dict, flaws["info"])
        else:
            info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.info, Unset):
                info = self.info.to_dict()
            if info is not UNSET:
                field_dict["info"] = info

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
            auth: dict[str, Any] | Unset = UNSET
            if not isinstance(self.auth, Unset):
                auth = self.auth.to_dict()
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "events" in flaws:
            keep_raw(field_dict, flaws["events"])
        else:
            events: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.events, Unset):
                events = []
                for events_item_data in self.events:
                    events_item = events_item_data.to_dict()
                    events.append(events_item)

            if events is not UNSET:
                field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionChanges that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.patch_collection_event import PatchCollectionEvent  # noqa: PLC0415
        from postman_raw.models.patch_collection_info import PatchCollectionInfo  # noqa: PLC0415
        from postman_raw.models.patch_collection_variable import PatchCollectionVariable  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("info", UNSET)
        try:
            _info = _value
            info: PatchCollectionInfo | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = PatchCollectionInfo.from_dict(_info)

            _set(self, "info", info)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "info", "info", _value, error)

        _value = d.pop("variable", UNSET)
        try:
            _variable = _value
            variable: list[PatchCollectionVariable] | Unset = UNSET
            if _variable is not UNSET:
                if not isinstance(_variable, list):
                    raise wrong_type("an array", _variable)
                variable = []
                for variable_item_data in _variable:
                    variable_item = PatchCollectionVariable.from_dict(variable_item_data)

                    variable.append(variable_item)

            _set(self, "variable", variable)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variable", "variable", _value, error)

        _value = d.pop("auth", UNSET)
        try:
            _auth = _value
            auth: AuthDefinition | Unset
            if isinstance(_auth, Unset):
                auth = UNSET
            else:
                auth = AuthDefinition.from_dict(_auth)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("events", UNSET)
        try:
            _events = _value
            events: list[PatchCollectionEvent] | Unset = UNSET
            if _events is not UNSET:
                if not isinstance(_events, list):
                    raise wrong_type("an array", _events)
                events = []
                for events_item_data in _events:
                    events_item = PatchCollectionEvent.from_dict(events_item_data)

                    events.append(events_item)

            _set(self, "events", events)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "events", "events", _value, error)

        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("info", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("auth", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("events", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        return True
