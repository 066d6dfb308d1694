from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        id = self.id

        language = self.language

        source = self.source.to_dict()

        workspace_id = self.workspace_id

        build_status = self.build_status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        pull_request: dict[str, Any] | None | Unset
        if isinstance(self.pull_request, Unset):
            pull_request = UNSET
        elif isinstance(self.pull_request, SdkGitConnectionPullRequestSummary):
            pull_request = self.pull_request.to_dict()
        else:
            pull_request = self.pull_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "language": language,
                "source": source,
                "workspaceId": workspace_id,
                "buildStatus": build_status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if error is not UNSET:
            field_dict["error"] = error
        if pull_request is not UNSET:
            field_dict["pullRequest"] = pull_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Sdk that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.sdk_build_error import SdkBuildError  # noqa: PLC0415
        from postman_raw.models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary  # noqa: PLC0415
        from postman_raw.models.sdk_source import SdkSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id")
        _set(self, "id", id)

        language = d.pop("language")
        _set(self, "language", language)

        source = SdkSource.from_dict(d.pop("source"))

        _set(self, "source", source)

        workspace_id = d.pop("workspaceId")
        _set(self, "workspace_id", workspace_id)

        build_status = d.pop("buildStatus")
        _set(self, "build_status", build_status)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _set(self, "created_at", created_at)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _set(self, "updated_at", updated_at)

        version = d.pop("version", UNSET)
        _set(self, "version", version)

        _error = d.pop("error", UNSET)
        error: SdkBuildError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = SdkBuildError.from_dict(_error)

        _set(self, "error", error)

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
            return cast("None | SdkGitConnectionPullRequestSummary | Unset", data)

        pull_request = _parse_pull_request(d.pop("pullRequest", UNSET))

        _set(self, "pull_request", pull_request)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
        if value is not UNSET and not (isinstance(value, dict)):
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
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("error", UNSET)
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
