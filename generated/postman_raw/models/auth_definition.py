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
    from ..models.auth_attribute import AuthAttribute


T = TypeVar("T", bound="AuthDefinition")


@_attrs_define
class AuthDefinition(Model):
    """An authentication setup. `type` names the method (`apikey`, `awsv4`, `basic`, `bearer`, `digest`, `edgegrid`,
    `hawk`, `noauth`, `oauth1`, `oauth2`, `ntlm`, and newer ones such as `jwt`); the property of the same name lists its
    settings.

    """

    type_: str
    noauth: Any | Unset = UNSET
    apikey: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    awsv4: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    basic: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    bearer: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    digest: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    edgegrid: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    hawk: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    ntlm: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    oauth1: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    oauth2: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "apikey",
        "awsv4",
        "basic",
        "bearer",
        "digest",
        "edgegrid",
        "hawk",
        "ntlm",
        "oauth1",
        "oauth2",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            field_dict["type"] = type_

        if flaws is not None and "noauth" in flaws:
            keep_raw(field_dict, flaws["noauth"])
        else:
            noauth = self.noauth
            if noauth is not UNSET:
                field_dict["noauth"] = noauth

        if flaws is not None and "apikey" in flaws:
            keep_raw(field_dict, flaws["apikey"])
        else:
            apikey: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.apikey, Unset):
                apikey = []
                for componentsschemas_auth_attribute_list_item_data in self.apikey:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    apikey.append(componentsschemas_auth_attribute_list_item)

            if apikey is not UNSET:
                field_dict["apikey"] = apikey

        if flaws is not None and "awsv4" in flaws:
            keep_raw(field_dict, flaws["awsv4"])
        else:
            awsv4: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.awsv4, Unset):
                awsv4 = []
                for componentsschemas_auth_attribute_list_item_data in self.awsv4:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    awsv4.append(componentsschemas_auth_attribute_list_item)

            if awsv4 is not UNSET:
                field_dict["awsv4"] = awsv4

        if flaws is not None and "basic" in flaws:
            keep_raw(field_dict, flaws["basic"])
        else:
            basic: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.basic, Unset):
                basic = []
                for componentsschemas_auth_attribute_list_item_data in self.basic:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    basic.append(componentsschemas_auth_attribute_list_item)

            if basic is not UNSET:
                field_dict["basic"] = basic

        if flaws is not None and "bearer" in flaws:
            keep_raw(field_dict, flaws["bearer"])
        else:
            bearer: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.bearer, Unset):
                bearer = []
                for componentsschemas_auth_attribute_list_item_data in self.bearer:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    bearer.append(componentsschemas_auth_attribute_list_item)

            if bearer is not UNSET:
                field_dict["bearer"] = bearer

        if flaws is not None and "digest" in flaws:
            keep_raw(field_dict, flaws["digest"])
        else:
            digest: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.digest, Unset):
                digest = []
                for componentsschemas_auth_attribute_list_item_data in self.digest:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    digest.append(componentsschemas_auth_attribute_list_item)

            if digest is not UNSET:
                field_dict["digest"] = digest

        if flaws is not None and "edgegrid" in flaws:
            keep_raw(field_dict, flaws["edgegrid"])
        else:
            edgegrid: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.edgegrid, Unset):
                edgegrid = []
                for componentsschemas_auth_attribute_list_item_data in self.edgegrid:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    edgegrid.append(componentsschemas_auth_attribute_list_item)

            if edgegrid is not UNSET:
                field_dict["edgegrid"] = edgegrid

        if flaws is not None and "hawk" in flaws:
            keep_raw(field_dict, flaws["hawk"])
        else:
            hawk: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.hawk, Unset):
                hawk = []
                for componentsschemas_auth_attribute_list_item_data in self.hawk:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    hawk.append(componentsschemas_auth_attribute_list_item)

            if hawk is not UNSET:
                field_dict["hawk"] = hawk

        if flaws is not None and "ntlm" in flaws:
            keep_raw(field_dict, flaws["ntlm"])
        else:
            ntlm: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.ntlm, Unset):
                ntlm = []
                for componentsschemas_auth_attribute_list_item_data in self.ntlm:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    ntlm.append(componentsschemas_auth_attribute_list_item)

            if ntlm is not UNSET:
                field_dict["ntlm"] = ntlm

        if flaws is not None and "oauth1" in flaws:
            keep_raw(field_dict, flaws["oauth1"])
        else:
            oauth1: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.oauth1, Unset):
                oauth1 = []
                for componentsschemas_auth_attribute_list_item_data in self.oauth1:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    oauth1.append(componentsschemas_auth_attribute_list_item)

            if oauth1 is not UNSET:
                field_dict["oauth1"] = oauth1

        if flaws is not None and "oauth2" in flaws:
            keep_raw(field_dict, flaws["oauth2"])
        else:
            oauth2: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.oauth2, Unset):
                oauth2 = []
                for componentsschemas_auth_attribute_list_item_data in self.oauth2:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    oauth2.append(componentsschemas_auth_attribute_list_item)

            if oauth2 is not UNSET:
                field_dict["oauth2"] = oauth2

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_attribute import AuthAttribute  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("type")
            type_ = _value
            if not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("noauth", UNSET)
        try:
            noauth = _value
            _set(self, "noauth", noauth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "noauth", "noauth", _value, error)

        _value = d.pop("apikey", UNSET)
        try:
            _apikey = _value
            apikey: list[AuthAttribute] | Unset = UNSET
            if _apikey is not UNSET:
                if not isinstance(_apikey, list):
                    raise wrong_type("an array", _apikey)
                apikey = []
                for componentsschemas_auth_attribute_list_item_data in _apikey:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    apikey.append(componentsschemas_auth_attribute_list_item)

            _set(self, "apikey", apikey)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "apikey", "apikey", _value, error)

        _value = d.pop("awsv4", UNSET)
        try:
            _awsv4 = _value
            awsv4: list[AuthAttribute] | Unset = UNSET
            if _awsv4 is not UNSET:
                if not isinstance(_awsv4, list):
                    raise wrong_type("an array", _awsv4)
                awsv4 = []
                for componentsschemas_auth_attribute_list_item_data in _awsv4:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    awsv4.append(componentsschemas_auth_attribute_list_item)

            _set(self, "awsv4", awsv4)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "awsv4", "awsv4", _value, error)

        _value = d.pop("basic", UNSET)
        try:
            _basic = _value
            basic: list[AuthAttribute] | Unset = UNSET
            if _basic is not UNSET:
                if not isinstance(_basic, list):
                    raise wrong_type("an array", _basic)
                basic = []
                for componentsschemas_auth_attribute_list_item_data in _basic:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    basic.append(componentsschemas_auth_attribute_list_item)

            _set(self, "basic", basic)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "basic", "basic", _value, error)

        _value = d.pop("bearer", UNSET)
        try:
            _bearer = _value
            bearer: list[AuthAttribute] | Unset = UNSET
            if _bearer is not UNSET:
                if not isinstance(_bearer, list):
                    raise wrong_type("an array", _bearer)
                bearer = []
                for componentsschemas_auth_attribute_list_item_data in _bearer:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    bearer.append(componentsschemas_auth_attribute_list_item)

            _set(self, "bearer", bearer)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "bearer", "bearer", _value, error)

        _value = d.pop("digest", UNSET)
        try:
            _digest = _value
            digest: list[AuthAttribute] | Unset = UNSET
            if _digest is not UNSET:
                if not isinstance(_digest, list):
                    raise wrong_type("an array", _digest)
                digest = []
                for componentsschemas_auth_attribute_list_item_data in _digest:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    digest.append(componentsschemas_auth_attribute_list_item)

            _set(self, "digest", digest)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "digest", "digest", _value, error)

        _value = d.pop("edgegrid", UNSET)
        try:
            _edgegrid = _value
            edgegrid: list[AuthAttribute] | Unset = UNSET
            if _edgegrid is not UNSET:
                if not isinstance(_edgegrid, list):
                    raise wrong_type("an array", _edgegrid)
                edgegrid = []
                for componentsschemas_auth_attribute_list_item_data in _edgegrid:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    edgegrid.append(componentsschemas_auth_attribute_list_item)

            _set(self, "edgegrid", edgegrid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "edgegrid", "edgegrid", _value, error)

        _value = d.pop("hawk", UNSET)
        try:
            _hawk = _value
            hawk: list[AuthAttribute] | Unset = UNSET
            if _hawk is not UNSET:
                if not isinstance(_hawk, list):
                    raise wrong_type("an array", _hawk)
                hawk = []
                for componentsschemas_auth_attribute_list_item_data in _hawk:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    hawk.append(componentsschemas_auth_attribute_list_item)

            _set(self, "hawk", hawk)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "hawk", "hawk", _value, error)

        _value = d.pop("ntlm", UNSET)
        try:
            _ntlm = _value
            ntlm: list[AuthAttribute] | Unset = UNSET
            if _ntlm is not UNSET:
                if not isinstance(_ntlm, list):
                    raise wrong_type("an array", _ntlm)
                ntlm = []
                for componentsschemas_auth_attribute_list_item_data in _ntlm:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    ntlm.append(componentsschemas_auth_attribute_list_item)

            _set(self, "ntlm", ntlm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ntlm", "ntlm", _value, error)

        _value = d.pop("oauth1", UNSET)
        try:
            _oauth1 = _value
            oauth1: list[AuthAttribute] | Unset = UNSET
            if _oauth1 is not UNSET:
                if not isinstance(_oauth1, list):
                    raise wrong_type("an array", _oauth1)
                oauth1 = []
                for componentsschemas_auth_attribute_list_item_data in _oauth1:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    oauth1.append(componentsschemas_auth_attribute_list_item)

            _set(self, "oauth1", oauth1)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "oauth1", "oauth1", _value, error)

        _value = d.pop("oauth2", UNSET)
        try:
            _oauth2 = _value
            oauth2: list[AuthAttribute] | Unset = UNSET
            if _oauth2 is not UNSET:
                if not isinstance(_oauth2, list):
                    raise wrong_type("an array", _oauth2)
                oauth2 = []
                for componentsschemas_auth_attribute_list_item_data in _oauth2:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    oauth2.append(componentsschemas_auth_attribute_list_item)

            _set(self, "oauth2", oauth2)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "oauth2", "oauth2", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        value = data.get("apikey", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("awsv4", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("basic", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("bearer", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("digest", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("edgegrid", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("hawk", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("ntlm", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("oauth1", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("oauth2", UNSET)
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
