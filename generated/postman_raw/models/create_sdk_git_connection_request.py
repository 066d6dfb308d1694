from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_language_input import SdkLanguageInput, check_sdk_language_input
from ..types import UNSET, Model, Unset, accepts, read_lazily

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
        source = self.source.to_dict()

        language: str = self.language

        repository_url = self.repository_url

        target_branch = self.target_branch

        auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "language": language,
                "repositoryUrl": repository_url,
            }
        )
        if target_branch is not UNSET:
            field_dict["targetBranch"] = target_branch
        if auto_update_pull_requests_enabled is not UNSET:
            field_dict["autoUpdatePullRequestsEnabled"] = auto_update_pull_requests_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSdkGitConnectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.sdk_source_input import SdkSourceInput  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        source = SdkSourceInput.from_dict(d.pop("source"))

        _set(self, "source", source)

        language = check_sdk_language_input(d.pop("language"))

        _set(self, "language", language)

        repository_url = d.pop("repositoryUrl")
        _set(self, "repository_url", repository_url)

        target_branch = d.pop("targetBranch", UNSET)
        _set(self, "target_branch", target_branch)

        auto_update_pull_requests_enabled = d.pop("autoUpdatePullRequestsEnabled", UNSET)
        _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_sdk_language_input, value)):
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
