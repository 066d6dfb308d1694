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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "sdk_git_connection_id" in flaws:
            keep_raw(field_dict, flaws["sdk_git_connection_id"])
        else:
            sdk_git_connection_id = self.sdk_git_connection_id
            field_dict["sdkGitConnectionId"] = sdk_git_connection_id

        if flaws is not None and "source" in flaws:
            keep_raw(field_dict, flaws["source"])
        else:
            source = self.source.to_dict()
            field_dict["source"] = source

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language = self.language
            field_dict["language"] = language

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            field_dict["status"] = status

        if flaws is not None and "repository_url" in flaws:
            keep_raw(field_dict, flaws["repository_url"])
        else:
            repository_url = self.repository_url
            field_dict["repositoryUrl"] = repository_url

        if flaws is not None and "target_branch" in flaws:
            keep_raw(field_dict, flaws["target_branch"])
        else:
            target_branch = self.target_branch
            field_dict["targetBranch"] = target_branch

        if flaws is not None and "auto_update_pull_requests_enabled" in flaws:
            keep_raw(field_dict, flaws["auto_update_pull_requests_enabled"])
        else:
            auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled
            field_dict["autoUpdatePullRequestsEnabled"] = auto_update_pull_requests_enabled

        if flaws is not None and "pull_requests" in flaws:
            keep_raw(field_dict, flaws["pull_requests"])
        else:
            pull_requests = []
            for pull_requests_item_data in self.pull_requests:
                pull_requests_item = pull_requests_item_data.to_dict()
                pull_requests.append(pull_requests_item)

            field_dict["pullRequests"] = pull_requests

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

        if flaws is not None and "sdk" in flaws:
            keep_raw(field_dict, flaws["sdk"])
        else:
            sdk: dict[str, Any] | None | Unset
            if isinstance(self.sdk, Unset):
                sdk = UNSET
            elif isinstance(self.sdk, Sdk):
                sdk = self.sdk.to_dict()
            else:
                sdk = self.sdk
            if sdk is not UNSET:
                field_dict["sdk"] = sdk

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkGitConnection that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415
        from postman_raw.models.sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary  # noqa: PLC0415
        from postman_raw.models.sdk_source import SdkSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("sdkGitConnectionId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("sdkGitConnectionId")
            sdk_git_connection_id = _value
            if not (isinstance(sdk_git_connection_id, str)):
                raise wrong_type("str", sdk_git_connection_id)
            _set(self, "sdk_git_connection_id", sdk_git_connection_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sdk_git_connection_id", "sdkGitConnectionId", _value, error)

        _value = d.pop("source", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("source")
            source = SdkSource.from_dict(_value)

            _set(self, "source", source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source", "source", _value, error)

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

        _value = d.pop("status", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("status")
            status = _value
            if not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("repositoryUrl", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("repositoryUrl")
            repository_url = _value
            if not (isinstance(repository_url, str)):
                raise wrong_type("str", repository_url)
            _set(self, "repository_url", repository_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "repository_url", "repositoryUrl", _value, error)

        _value = d.pop("targetBranch", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("targetBranch")
            target_branch = _value
            if not (isinstance(target_branch, str)):
                raise wrong_type("str", target_branch)
            _set(self, "target_branch", target_branch)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_branch", "targetBranch", _value, error)

        _value = d.pop("autoUpdatePullRequestsEnabled", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("autoUpdatePullRequestsEnabled")
            auto_update_pull_requests_enabled = _value
            if not (type(auto_update_pull_requests_enabled) is bool):
                raise wrong_type("bool", auto_update_pull_requests_enabled)
            _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(
                self, flaws, "auto_update_pull_requests_enabled", "autoUpdatePullRequestsEnabled", _value, error
            )

        _value = d.pop("pullRequests", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("pullRequests")
            pull_requests = []
            _pull_requests = _value
            if not isinstance(_pull_requests, list):
                raise wrong_type("an array", _pull_requests)
            for pull_requests_item_data in _pull_requests:
                pull_requests_item = SdkGitConnectionPullRequestSummary.from_dict(pull_requests_item_data)

                pull_requests.append(pull_requests_item)

            _set(self, "pull_requests", pull_requests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "pull_requests", "pullRequests", _value, error)

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

        _value = d.pop("sdk", UNSET)
        try:

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
                if not (data is None):
                    raise wrong_type("None | Sdk", data)
                return cast("None | Sdk | Unset", data)

            sdk = _parse_sdk(_value)

            _set(self, "sdk", sdk)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sdk", "sdk", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

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
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
