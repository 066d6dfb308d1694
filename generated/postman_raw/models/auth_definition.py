from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        type_ = self.type_

        noauth = self.noauth

        apikey: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apikey, Unset):
            apikey = []
            for componentsschemas_auth_attribute_list_item_data in self.apikey:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                apikey.append(componentsschemas_auth_attribute_list_item)

        awsv4: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.awsv4, Unset):
            awsv4 = []
            for componentsschemas_auth_attribute_list_item_data in self.awsv4:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                awsv4.append(componentsschemas_auth_attribute_list_item)

        basic: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.basic, Unset):
            basic = []
            for componentsschemas_auth_attribute_list_item_data in self.basic:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                basic.append(componentsschemas_auth_attribute_list_item)

        bearer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bearer, Unset):
            bearer = []
            for componentsschemas_auth_attribute_list_item_data in self.bearer:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                bearer.append(componentsschemas_auth_attribute_list_item)

        digest: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.digest, Unset):
            digest = []
            for componentsschemas_auth_attribute_list_item_data in self.digest:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                digest.append(componentsschemas_auth_attribute_list_item)

        edgegrid: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edgegrid, Unset):
            edgegrid = []
            for componentsschemas_auth_attribute_list_item_data in self.edgegrid:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                edgegrid.append(componentsschemas_auth_attribute_list_item)

        hawk: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hawk, Unset):
            hawk = []
            for componentsschemas_auth_attribute_list_item_data in self.hawk:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                hawk.append(componentsschemas_auth_attribute_list_item)

        ntlm: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ntlm, Unset):
            ntlm = []
            for componentsschemas_auth_attribute_list_item_data in self.ntlm:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                ntlm.append(componentsschemas_auth_attribute_list_item)

        oauth1: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth1, Unset):
            oauth1 = []
            for componentsschemas_auth_attribute_list_item_data in self.oauth1:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                oauth1.append(componentsschemas_auth_attribute_list_item)

        oauth2: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth2, Unset):
            oauth2 = []
            for componentsschemas_auth_attribute_list_item_data in self.oauth2:
                componentsschemas_auth_attribute_list_item = componentsschemas_auth_attribute_list_item_data.to_dict()
                oauth2.append(componentsschemas_auth_attribute_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if noauth is not UNSET:
            field_dict["noauth"] = noauth
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
        if awsv4 is not UNSET:
            field_dict["awsv4"] = awsv4
        if basic is not UNSET:
            field_dict["basic"] = basic
        if bearer is not UNSET:
            field_dict["bearer"] = bearer
        if digest is not UNSET:
            field_dict["digest"] = digest
        if edgegrid is not UNSET:
            field_dict["edgegrid"] = edgegrid
        if hawk is not UNSET:
            field_dict["hawk"] = hawk
        if ntlm is not UNSET:
            field_dict["ntlm"] = ntlm
        if oauth1 is not UNSET:
            field_dict["oauth1"] = oauth1
        if oauth2 is not UNSET:
            field_dict["oauth2"] = oauth2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_attribute import AuthAttribute  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        type_ = d.pop("type")
        _set(self, "type_", type_)

        noauth = d.pop("noauth", UNSET)
        _set(self, "noauth", noauth)

        _apikey = d.pop("apikey", UNSET)
        apikey: list[AuthAttribute] | Unset = UNSET
        if _apikey is not UNSET:
            apikey = []
            for componentsschemas_auth_attribute_list_item_data in _apikey:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                apikey.append(componentsschemas_auth_attribute_list_item)

        _set(self, "apikey", apikey)

        _awsv4 = d.pop("awsv4", UNSET)
        awsv4: list[AuthAttribute] | Unset = UNSET
        if _awsv4 is not UNSET:
            awsv4 = []
            for componentsschemas_auth_attribute_list_item_data in _awsv4:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                awsv4.append(componentsschemas_auth_attribute_list_item)

        _set(self, "awsv4", awsv4)

        _basic = d.pop("basic", UNSET)
        basic: list[AuthAttribute] | Unset = UNSET
        if _basic is not UNSET:
            basic = []
            for componentsschemas_auth_attribute_list_item_data in _basic:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                basic.append(componentsschemas_auth_attribute_list_item)

        _set(self, "basic", basic)

        _bearer = d.pop("bearer", UNSET)
        bearer: list[AuthAttribute] | Unset = UNSET
        if _bearer is not UNSET:
            bearer = []
            for componentsschemas_auth_attribute_list_item_data in _bearer:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                bearer.append(componentsschemas_auth_attribute_list_item)

        _set(self, "bearer", bearer)

        _digest = d.pop("digest", UNSET)
        digest: list[AuthAttribute] | Unset = UNSET
        if _digest is not UNSET:
            digest = []
            for componentsschemas_auth_attribute_list_item_data in _digest:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                digest.append(componentsschemas_auth_attribute_list_item)

        _set(self, "digest", digest)

        _edgegrid = d.pop("edgegrid", UNSET)
        edgegrid: list[AuthAttribute] | Unset = UNSET
        if _edgegrid is not UNSET:
            edgegrid = []
            for componentsschemas_auth_attribute_list_item_data in _edgegrid:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                edgegrid.append(componentsschemas_auth_attribute_list_item)

        _set(self, "edgegrid", edgegrid)

        _hawk = d.pop("hawk", UNSET)
        hawk: list[AuthAttribute] | Unset = UNSET
        if _hawk is not UNSET:
            hawk = []
            for componentsschemas_auth_attribute_list_item_data in _hawk:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                hawk.append(componentsschemas_auth_attribute_list_item)

        _set(self, "hawk", hawk)

        _ntlm = d.pop("ntlm", UNSET)
        ntlm: list[AuthAttribute] | Unset = UNSET
        if _ntlm is not UNSET:
            ntlm = []
            for componentsschemas_auth_attribute_list_item_data in _ntlm:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                ntlm.append(componentsschemas_auth_attribute_list_item)

        _set(self, "ntlm", ntlm)

        _oauth1 = d.pop("oauth1", UNSET)
        oauth1: list[AuthAttribute] | Unset = UNSET
        if _oauth1 is not UNSET:
            oauth1 = []
            for componentsschemas_auth_attribute_list_item_data in _oauth1:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                oauth1.append(componentsschemas_auth_attribute_list_item)

        _set(self, "oauth1", oauth1)

        _oauth2 = d.pop("oauth2", UNSET)
        oauth2: list[AuthAttribute] | Unset = UNSET
        if _oauth2 is not UNSET:
            oauth2 = []
            for componentsschemas_auth_attribute_list_item_data in _oauth2:
                componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                    componentsschemas_auth_attribute_list_item_data
                )

                oauth2.append(componentsschemas_auth_attribute_list_item)

        _set(self, "oauth2", oauth2)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        value = data.get("apikey", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("awsv4", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("basic", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("bearer", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("digest", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("edgegrid", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("hawk", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("ntlm", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("oauth1", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("oauth2", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
