from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_language_input import SdkLanguageInput, check_sdk_language_input
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.sdk_source_input import SdkSourceInput


T = TypeVar("T", bound="CreateSdkGitConnectionRequest")


@_attrs_define
class CreateSdkGitConnectionRequest(Model):
    """Body of POST /sdk-git-connections."""

    source: SdkSourceInput
    """ The collection or spec to generate from, as sent in a request. """
    language: SdkLanguageInput
    """ An SDK target language, as sent in a request or filter. """
    repository_url: str
    """ Canonical URL of the repository to deliver to. """
    target_branch: str | Unset = UNSET
    """ Branch to deliver to; `main` when omitted. """
    auto_update_pull_requests_enabled: bool | Unset = UNSET
    """ Open a pull request on every source change or generator release (true), or only for
    SDKs generated on request (false). When omitted: true on Enterprise plans, false on
    Team plans (where it is always false).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("source",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "source" in flaws:
            keep_raw(field_dict, flaws["source"])
        else:
            source = self.source.to_dict()
            field_dict["source"] = source

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language: str = self.language
            field_dict["language"] = language

        if flaws is not None and "repository_url" in flaws:
            keep_raw(field_dict, flaws["repository_url"])
        else:
            repository_url = self.repository_url
            field_dict["repositoryUrl"] = repository_url

        if flaws is not None and "target_branch" in flaws:
            keep_raw(field_dict, flaws["target_branch"])
        else:
            target_branch = self.target_branch
            if target_branch is not UNSET:
                field_dict["targetBranch"] = target_branch

        if flaws is not None and "auto_update_pull_requests_enabled" in flaws:
            keep_raw(field_dict, flaws["auto_update_pull_requests_enabled"])
        else:
            auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled
            if auto_update_pull_requests_enabled is not UNSET:
                field_dict["autoUpdatePullRequestsEnabled"] = auto_update_pull_requests_enabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSdkGitConnectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.sdk_source_input import SdkSourceInput  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("source", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("source")
            source = SdkSourceInput.from_dict(_value)

            _set(self, "source", source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source", "source", _value, error)

        _value = d.pop("language", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("language")
            language = enum_value(check_sdk_language_input, _value)

            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

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
            target_branch = _value
            if target_branch is not UNSET and not (isinstance(target_branch, str)):
                raise wrong_type("str", target_branch)
            _set(self, "target_branch", target_branch)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_branch", "targetBranch", _value, error)

        _value = d.pop("autoUpdatePullRequestsEnabled", UNSET)
        try:
            auto_update_pull_requests_enabled = _value
            if auto_update_pull_requests_enabled is not UNSET and not (type(auto_update_pull_requests_enabled) is bool):
                raise wrong_type("bool", auto_update_pull_requests_enabled)
            _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(
                self, flaws, "auto_update_pull_requests_enabled", "autoUpdatePullRequestsEnabled", _value, error
            )

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_sdk_language_input, value)):
            return False
        value = data.get("repositoryUrl", UNSET)
        if value is UNSET:
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
