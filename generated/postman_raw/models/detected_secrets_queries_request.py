from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detected_secrets_queries_request_statuses_item import (
    DetectedSecretsQueriesRequestStatusesItem,
    check_detected_secrets_queries_request_statuses_item,
)
from ..models.detected_secrets_queries_request_workspace_visibilities_item import (
    DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem,
    check_detected_secrets_queries_request_workspace_visibilities_item,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.detected_secrets_resource_filter import DetectedSecretsResourceFilter


T = TypeVar("T", bound="DetectedSecretsQueriesRequest")


@_attrs_define
class DetectedSecretsQueriesRequest(Model):
    """Body of POST /detected-secrets-queries. Every field narrows the search; `resources` and
    `workspaceIds` cannot be combined.

    """

    resolved: bool | Unset = UNSET
    """ True for resolved secrets only, false for unresolved ones only. """
    secret_types: list[str] | Unset = UNSET
    """ Secret type ids to match (see GET /secret-types). """
    statuses: list[DetectedSecretsQueriesRequestStatusesItem] | Unset = UNSET
    """ Resolutions to match. """
    resources: list[DetectedSecretsResourceFilter] | Unset = UNSET
    """ Resources to search in; not together with `workspaceIds`. """
    workspace_ids: list[str] | Unset = UNSET
    """ Workspaces to search in; not together with `resources`. """
    workspace_visibilities: list[DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem] | Unset = UNSET
    """ Workspace visibilities to match (`team` and `public` are supported). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("resources",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "resolved" in flaws:
            keep_raw(field_dict, flaws["resolved"])
        else:
            resolved = self.resolved
            if resolved is not UNSET:
                field_dict["resolved"] = resolved

        if flaws is not None and "secret_types" in flaws:
            keep_raw(field_dict, flaws["secret_types"])
        else:
            secret_types: list[str] | Unset = UNSET
            if not isinstance(self.secret_types, Unset):
                secret_types = self.secret_types

            if secret_types is not UNSET:
                field_dict["secretTypes"] = secret_types

        if flaws is not None and "statuses" in flaws:
            keep_raw(field_dict, flaws["statuses"])
        else:
            statuses: list[str] | Unset = UNSET
            if not isinstance(self.statuses, Unset):
                statuses = []
                for statuses_item_data in self.statuses:
                    statuses_item: str = statuses_item_data
                    statuses.append(statuses_item)

            if statuses is not UNSET:
                field_dict["statuses"] = statuses

        if flaws is not None and "resources" in flaws:
            keep_raw(field_dict, flaws["resources"])
        else:
            resources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.resources, Unset):
                resources = []
                for resources_item_data in self.resources:
                    resources_item = resources_item_data.to_dict()
                    resources.append(resources_item)

            if resources is not UNSET:
                field_dict["resources"] = resources

        if flaws is not None and "workspace_ids" in flaws:
            keep_raw(field_dict, flaws["workspace_ids"])
        else:
            workspace_ids: list[str] | Unset = UNSET
            if not isinstance(self.workspace_ids, Unset):
                workspace_ids = self.workspace_ids

            if workspace_ids is not UNSET:
                field_dict["workspaceIds"] = workspace_ids

        if flaws is not None and "workspace_visibilities" in flaws:
            keep_raw(field_dict, flaws["workspace_visibilities"])
        else:
            workspace_visibilities: list[str] | Unset = UNSET
            if not isinstance(self.workspace_visibilities, Unset):
                workspace_visibilities = []
                for workspace_visibilities_item_data in self.workspace_visibilities:
                    workspace_visibilities_item: str = workspace_visibilities_item_data
                    workspace_visibilities.append(workspace_visibilities_item)

            if workspace_visibilities is not UNSET:
                field_dict["workspaceVisibilities"] = workspace_visibilities

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretsQueriesRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.detected_secrets_resource_filter import DetectedSecretsResourceFilter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("resolved", UNSET)
        try:
            resolved = _value
            if resolved is not UNSET and not (type(resolved) is bool):
                raise wrong_type("bool", resolved)
            _set(self, "resolved", resolved)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolved", "resolved", _value, error)

        _value = d.pop("secretTypes", UNSET)
        try:
            secret_types = cast("list[str]", _value)
            if secret_types is not UNSET and (
                not isinstance(secret_types, list) or not all(isinstance(item, str) for item in secret_types)
            ):
                raise wrong_type("an array of str", secret_types)

            _set(self, "secret_types", secret_types)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_types", "secretTypes", _value, error)

        _value = d.pop("statuses", UNSET)
        try:
            _statuses = _value
            statuses: list[DetectedSecretsQueriesRequestStatusesItem] | Unset = UNSET
            if _statuses is not UNSET:
                if not isinstance(_statuses, list):
                    raise wrong_type("an array", _statuses)
                statuses = []
                for statuses_item_data in _statuses:
                    statuses_item = enum_value(check_detected_secrets_queries_request_statuses_item, statuses_item_data)

                    statuses.append(statuses_item)

            _set(self, "statuses", statuses)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "statuses", "statuses", _value, error)

        _value = d.pop("resources", UNSET)
        try:
            _resources = _value
            resources: list[DetectedSecretsResourceFilter] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise wrong_type("an array", _resources)
                resources = []
                for resources_item_data in _resources:
                    resources_item = DetectedSecretsResourceFilter.from_dict(resources_item_data)

                    resources.append(resources_item)

            _set(self, "resources", resources)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resources", "resources", _value, error)

        _value = d.pop("workspaceIds", UNSET)
        try:
            workspace_ids = cast("list[str]", _value)
            if workspace_ids is not UNSET and (
                not isinstance(workspace_ids, list) or not all(isinstance(item, str) for item in workspace_ids)
            ):
                raise wrong_type("an array of str", workspace_ids)

            _set(self, "workspace_ids", workspace_ids)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_ids", "workspaceIds", _value, error)

        _value = d.pop("workspaceVisibilities", UNSET)
        try:
            _workspace_visibilities = _value
            workspace_visibilities: list[DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem] | Unset = UNSET
            if _workspace_visibilities is not UNSET:
                if not isinstance(_workspace_visibilities, list):
                    raise wrong_type("an array", _workspace_visibilities)
                workspace_visibilities = []
                for workspace_visibilities_item_data in _workspace_visibilities:
                    workspace_visibilities_item = enum_value(
                        check_detected_secrets_queries_request_workspace_visibilities_item,
                        workspace_visibilities_item_data,
                    )

                    workspace_visibilities.append(workspace_visibilities_item)

            _set(self, "workspace_visibilities", workspace_visibilities)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_visibilities", "workspaceVisibilities", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("secretTypes", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("statuses", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("resources", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("workspaceIds", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("workspaceVisibilities", UNSET)
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
