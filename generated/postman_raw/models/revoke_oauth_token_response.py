from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeOauthTokenResponse")


@_attrs_define
class RevokeOauthTokenResponse:
    """Body of POST /oauth2/token/revoke."""

    success: bool | str | Unset = UNSET
    """ `true` once the token is revoked; Postman documents it as the string `"true"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | str | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_success(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("bool | str | Unset", data)

        success = _parse_success(d.pop("success", UNSET))

        revoke_oauth_token_response = cls(
            success=success,
        )

        revoke_oauth_token_response.additional_properties = d
        return revoke_oauth_token_response

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
