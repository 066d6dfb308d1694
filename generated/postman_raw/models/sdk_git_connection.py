from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.sdk import Sdk
    from ..models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary
    from ..models.sdk_source import SdkSource


T = TypeVar("T", bound="SdkGitConnection")


@_attrs_define
class SdkGitConnection(Model):
    """A link from one collection or spec, in one SDK language, to a Git repository."""

    sdk_git_connection_id: str
    """ The connection's id. """
    source: SdkSource
    """ The collection or spec an SDK is generated from. """
    language: str
    """ SDK language of the connection (see `Sdk.language` for the known values). """
    status: str
    """ Connection state: `active` (pull requests are opened in the repository),
    `disconnected` (turned off by its owner; history kept) or `inaccessible`
    (Postman can no longer reach the repository or lost access to it).
     """
    repository_url: str
    """ Canonical URL of the repository. """
    target_branch: str
    """ Branch the SDK is delivered to (`main` unless chosen otherwise). """
    auto_update_pull_requests_enabled: bool
    """ True: a pull request is opened whenever the source changes or a new generator
    version comes out. False: pull requests are opened only for SDKs generated on
    request.
     """
    pull_requests: list[SdkGitConnectionPullRequestSummary]
    """ The connection's SDK-update pull requests, most recently updated first; empty until
    one is opened. GET /sdk-git-connections/{sdkGitConnectionId}/pull-requests has the
    details.
     """
    created_at: datetime.datetime
    """ When the connection was created. """
    updated_at: datetime.datetime
    """ When the connection last changed. """
    sdk: None | Sdk | Unset = UNSET
    """ The SDK currently on the target branch; absent or null while none has been delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "source",
        "pull_requests",
        "sdk",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415

        sdk_git_connection_id = self.sdk_git_connection_id

        source = self.source.to_dict()

        language = self.language

        status = self.status

        repository_url = self.repository_url

        target_branch = self.target_branch

        auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled

        pull_requests = []
        for pull_requests_item_data in self.pull_requests:
            pull_requests_item = pull_requests_item_data.to_dict()
            pull_requests.append(pull_requests_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        sdk: dict[str, Any] | None | Unset
        if isinstance(self.sdk, Unset):
            sdk = UNSET
        elif isinstance(self.sdk, Sdk):
            sdk = self.sdk.to_dict()
        else:
            sdk = self.sdk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdkGitConnectionId": sdk_git_connection_id,
                "source": source,
                "language": language,
                "status": status,
                "repositoryUrl": repository_url,
                "targetBranch": target_branch,
                "autoUpdatePullRequestsEnabled": auto_update_pull_requests_enabled,
                "pullRequests": pull_requests,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if sdk is not UNSET:
            field_dict["sdk"] = sdk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkGitConnection that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415
        from postman_raw.models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary  # noqa: PLC0415
        from postman_raw.models.sdk_source import SdkSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        sdk_git_connection_id = d.pop("sdkGitConnectionId")
        _set(self, "sdk_git_connection_id", sdk_git_connection_id)

        source = SdkSource.from_dict(d.pop("source"))

        _set(self, "source", source)

        language = d.pop("language")
        _set(self, "language", language)

        status = d.pop("status")
        _set(self, "status", status)

        repository_url = d.pop("repositoryUrl")
        _set(self, "repository_url", repository_url)

        target_branch = d.pop("targetBranch")
        _set(self, "target_branch", target_branch)

        auto_update_pull_requests_enabled = d.pop("autoUpdatePullRequestsEnabled")
        _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)

        pull_requests = []
        _pull_requests = d.pop("pullRequests")
        for pull_requests_item_data in _pull_requests:
            pull_requests_item = SdkGitConnectionPullRequestSummary.from_dict(pull_requests_item_data)

            pull_requests.append(pull_requests_item)

        _set(self, "pull_requests", pull_requests)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _set(self, "created_at", created_at)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _set(self, "updated_at", updated_at)

        def _parse_sdk(data: object) -> None | Sdk | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not Sdk._matches(data):
                    raise TypeError()
                sdk_type_0 = Sdk.from_dict(data)

                return sdk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Sdk | Unset", data)

        sdk = _parse_sdk(d.pop("sdk", UNSET))

        _set(self, "sdk", sdk)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("sdkGitConnectionId", UNSET)
        if value is UNSET:
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        value = data.get("repositoryUrl", UNSET)
        if value is UNSET:
            return False
        value = data.get("targetBranch", UNSET)
        if value is UNSET:
            return False
        value = data.get("autoUpdatePullRequestsEnabled", UNSET)
        if value is UNSET:
            return False
        value = data.get("pullRequests", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, list)):
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
