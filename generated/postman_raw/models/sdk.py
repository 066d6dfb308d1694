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
    from ..models.sdk_build_error import SdkBuildError
    from ..models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary
    from ..models.sdk_source import SdkSource


T = TypeVar("T", bound="Sdk")


@_attrs_define
class Sdk(Model):
    """A generated SDK and the state of its build."""

    id: str
    """ The SDK's id. """
    language: str
    """ Target language: `typescript`, `python`, `go`, `java`, `csharp`, `ruby`, `php`, `kotlin`, `rust` or `cli`.
    """
    source: SdkSource
    """ The collection or spec an SDK is generated from. """
    workspace_id: str
    """ The workspace that owns the SDK (the source's workspace). """
    build_status: str
    """ Build state: `queued` (accepted, not started), `in_progress` (generating),
    `succeeded` (the archive can be downloaded) or `failed` (see `error`).
     """
    created_at: datetime.datetime
    """ When the SDK was created. """
    updated_at: datetime.datetime
    """ When the SDK last changed. """
    version: str | Unset = UNSET
    """ Semantic version of the generated SDK, assigned by Postman's release pipeline; absent until known. """
    error: SdkBuildError | Unset = UNSET
    """ Why a build failed; sent only when `buildStatus` is `failed`. """
    pull_request: None | SdkGitConnectionPullRequestSummary | Unset = UNSET
    """ The pull request that shipped (or proposes) this SDK through a Git connection; null when there is none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "source",
        "error",
        "pull_request",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            field_dict["id"] = id

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language = self.language
            field_dict["language"] = language

        if flaws is not None and "source" in flaws:
            keep_raw(field_dict, flaws["source"])
        else:
            source = self.source.to_dict()
            field_dict["source"] = source

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            field_dict["workspaceId"] = workspace_id

        if flaws is not None and "build_status" in flaws:
            keep_raw(field_dict, flaws["build_status"])
        else:
            build_status = self.build_status
            field_dict["buildStatus"] = build_status

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = datetime_text(self.created_at)
            field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at = datetime_text(self.updated_at)
            field_dict["updatedAt"] = updated_at

        if flaws is not None and "version" in flaws:
            keep_raw(field_dict, flaws["version"])
        else:
            version = self.version
            if version is not UNSET:
                field_dict["version"] = version

        if flaws is not None and "error" in flaws:
            keep_raw(field_dict, flaws["error"])
        else:
            error: dict[str, Any] | Unset = UNSET
            if not isinstance(self.error, Unset):
                error = self.error.to_dict()
            if error is not UNSET:
                field_dict["error"] = error

        if flaws is not None and "pull_request" in flaws:
            keep_raw(field_dict, flaws["pull_request"])
        else:
            pull_request: dict[str, Any] | None | Unset
            if isinstance(self.pull_request, Unset):
                pull_request = UNSET
            elif isinstance(self.pull_request, SdkGitConnectionPullRequestSummary):
                pull_request = self.pull_request.to_dict()
            else:
                pull_request = self.pull_request
            if pull_request is not UNSET:
                field_dict["pullRequest"] = pull_request

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Sdk that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.sdk_build_error import SdkBuildError  # noqa: PLC0415
        from postman_raw.models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary  # noqa: PLC0415
        from postman_raw.models.sdk_source import SdkSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("id")
            id = _value
            if not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("language", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("language")
            language = _value
            if not (isinstance(language, str)):
                raise wrong_type("str", language)
            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("source", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("source")
            source = SdkSource.from_dict(_value)

            _set(self, "source", source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source", "source", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("workspaceId")
            workspace_id = _value
            if not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _value = d.pop("buildStatus", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("buildStatus")
            build_status = _value
            if not (isinstance(build_status, str)):
                raise wrong_type("str", build_status)
            _set(self, "build_status", build_status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "build_status", "buildStatus", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("createdAt")
            created_at = parse_datetime(_value)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("updatedAt")
            updated_at = parse_datetime(_value)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _value = d.pop("version", UNSET)
        try:
            version = _value
            if version is not UNSET and not (isinstance(version, str)):
                raise wrong_type("str", version)
            _set(self, "version", version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "version", "version", _value, error)

        _value = d.pop("error", UNSET)
        try:
            _error = _value
            error: SdkBuildError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = SdkBuildError.from_dict(_error)

            _set(self, "error", error)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "error", "error", _value, error)

        _value = d.pop("pullRequest", UNSET)
        try:

            def _parse_pull_request(data: object) -> None | SdkGitConnectionPullRequestSummary | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not SdkGitConnectionPullRequestSummary._matches(data):
                        raise TypeError()
                    pull_request_type_0 = SdkGitConnectionPullRequestSummary.from_dict(data)

                    return pull_request_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | SdkGitConnectionPullRequestSummary", data)
                return cast("None | SdkGitConnectionPullRequestSummary | Unset", data)

            pull_request = _parse_pull_request(_value)

            _set(self, "pull_request", pull_request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "pull_request", "pullRequest", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("workspaceId", UNSET)
        if value is UNSET:
            return False
        value = data.get("buildStatus", UNSET)
        if value is UNSET:
            return False
        value = data.get("createdAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("error", UNSET)
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
