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
    from ..models.auth_apikey_settings import AuthApikeySettings
    from ..models.auth_attribute import AuthAttribute
    from ..models.auth_awsv_4_settings import AuthAwsv4Settings
    from ..models.auth_basic_settings import AuthBasicSettings
    from ..models.auth_bearer_settings import AuthBearerSettings
    from ..models.auth_digest_settings import AuthDigestSettings
    from ..models.auth_edgegrid_settings import AuthEdgegridSettings
    from ..models.auth_hawk_settings import AuthHawkSettings
    from ..models.auth_ntlm_settings import AuthNtlmSettings
    from ..models.auth_oauth_1_settings import AuthOauth1Settings
    from ..models.auth_oauth_2_settings import AuthOauth2Settings


T = TypeVar("T", bound="AuthDefinition")


@_attrs_define
class AuthDefinition(Model):
    """An authentication setup. `type` names the method (`apikey`, `awsv4`, `basic`, `bearer`, `digest`, `edgegrid`,
    `hawk`, `noauth`, `oauth1`, `oauth2`, `ntlm`, `jwt`, `asap`, or a newer one, whose settings are then kept as they
    came); the property of the same name holds its settings: a list of key/value entries in Collection Format v2.1, an
    object keyed by setting name in v2.0.

    """

    type_: str
    noauth: Any | Unset = UNSET
    apikey: AuthApikeySettings | list[AuthAttribute] | Unset = UNSET
    """ The API key settings, as a v2.1 list or as a v2.0 object. """
    awsv4: AuthAwsv4Settings | list[AuthAttribute] | Unset = UNSET
    """ The AWS Signature v4 settings, as a v2.1 list or as a v2.0 object. """
    basic: AuthBasicSettings | list[AuthAttribute] | Unset = UNSET
    """ The Basic settings, as a v2.1 list or as a v2.0 object. """
    bearer: AuthBearerSettings | list[AuthAttribute] | Unset = UNSET
    """ The Bearer token settings, as a v2.1 list or as a v2.0 object. """
    digest: AuthDigestSettings | list[AuthAttribute] | Unset = UNSET
    """ The Digest settings, as a v2.1 list or as a v2.0 object. """
    edgegrid: AuthEdgegridSettings | list[AuthAttribute] | Unset = UNSET
    """ The Akamai EdgeGrid settings, as a v2.1 list or as a v2.0 object. """
    hawk: AuthHawkSettings | list[AuthAttribute] | Unset = UNSET
    """ The Hawk settings, as a v2.1 list or as a v2.0 object. """
    ntlm: AuthNtlmSettings | list[AuthAttribute] | Unset = UNSET
    """ The NTLM settings, as a v2.1 list or as a v2.0 object. """
    oauth1: AuthOauth1Settings | list[AuthAttribute] | Unset = UNSET
    """ The OAuth 1.0 settings, as a v2.1 list or as a v2.0 object. """
    oauth2: AuthOauth2Settings | list[AuthAttribute] | Unset = UNSET
    """ The OAuth 2.0 settings, as a v2.1 list or as a v2.0 object. """
    jwt: list[AuthAttribute] | Unset = UNSET
    """ The settings of one authentication method. """
    asap: list[AuthAttribute] | Unset = UNSET
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
        "jwt",
        "asap",
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
            apikey: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.apikey, Unset):
                apikey = UNSET
            elif isinstance(self.apikey, list):
                apikey = []
                for componentsschemas_auth_attribute_list_item_data in self.apikey:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    apikey.append(componentsschemas_auth_attribute_list_item)

            else:
                apikey = self.apikey.to_dict()

            if apikey is not UNSET:
                field_dict["apikey"] = apikey

        if flaws is not None and "awsv4" in flaws:
            keep_raw(field_dict, flaws["awsv4"])
        else:
            awsv4: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.awsv4, Unset):
                awsv4 = UNSET
            elif isinstance(self.awsv4, list):
                awsv4 = []
                for componentsschemas_auth_attribute_list_item_data in self.awsv4:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    awsv4.append(componentsschemas_auth_attribute_list_item)

            else:
                awsv4 = self.awsv4.to_dict()

            if awsv4 is not UNSET:
                field_dict["awsv4"] = awsv4

        if flaws is not None and "basic" in flaws:
            keep_raw(field_dict, flaws["basic"])
        else:
            basic: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.basic, Unset):
                basic = UNSET
            elif isinstance(self.basic, list):
                basic = []
                for componentsschemas_auth_attribute_list_item_data in self.basic:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    basic.append(componentsschemas_auth_attribute_list_item)

            else:
                basic = self.basic.to_dict()

            if basic is not UNSET:
                field_dict["basic"] = basic

        if flaws is not None and "bearer" in flaws:
            keep_raw(field_dict, flaws["bearer"])
        else:
            bearer: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.bearer, Unset):
                bearer = UNSET
            elif isinstance(self.bearer, list):
                bearer = []
                for componentsschemas_auth_attribute_list_item_data in self.bearer:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    bearer.append(componentsschemas_auth_attribute_list_item)

            else:
                bearer = self.bearer.to_dict()

            if bearer is not UNSET:
                field_dict["bearer"] = bearer

        if flaws is not None and "digest" in flaws:
            keep_raw(field_dict, flaws["digest"])
        else:
            digest: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.digest, Unset):
                digest = UNSET
            elif isinstance(self.digest, list):
                digest = []
                for componentsschemas_auth_attribute_list_item_data in self.digest:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    digest.append(componentsschemas_auth_attribute_list_item)

            else:
                digest = self.digest.to_dict()

            if digest is not UNSET:
                field_dict["digest"] = digest

        if flaws is not None and "edgegrid" in flaws:
            keep_raw(field_dict, flaws["edgegrid"])
        else:
            edgegrid: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.edgegrid, Unset):
                edgegrid = UNSET
            elif isinstance(self.edgegrid, list):
                edgegrid = []
                for componentsschemas_auth_attribute_list_item_data in self.edgegrid:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    edgegrid.append(componentsschemas_auth_attribute_list_item)

            else:
                edgegrid = self.edgegrid.to_dict()

            if edgegrid is not UNSET:
                field_dict["edgegrid"] = edgegrid

        if flaws is not None and "hawk" in flaws:
            keep_raw(field_dict, flaws["hawk"])
        else:
            hawk: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.hawk, Unset):
                hawk = UNSET
            elif isinstance(self.hawk, list):
                hawk = []
                for componentsschemas_auth_attribute_list_item_data in self.hawk:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    hawk.append(componentsschemas_auth_attribute_list_item)

            else:
                hawk = self.hawk.to_dict()

            if hawk is not UNSET:
                field_dict["hawk"] = hawk

        if flaws is not None and "ntlm" in flaws:
            keep_raw(field_dict, flaws["ntlm"])
        else:
            ntlm: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.ntlm, Unset):
                ntlm = UNSET
            elif isinstance(self.ntlm, list):
                ntlm = []
                for componentsschemas_auth_attribute_list_item_data in self.ntlm:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    ntlm.append(componentsschemas_auth_attribute_list_item)

            else:
                ntlm = self.ntlm.to_dict()

            if ntlm is not UNSET:
                field_dict["ntlm"] = ntlm

        if flaws is not None and "oauth1" in flaws:
            keep_raw(field_dict, flaws["oauth1"])
        else:
            oauth1: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.oauth1, Unset):
                oauth1 = UNSET
            elif isinstance(self.oauth1, list):
                oauth1 = []
                for componentsschemas_auth_attribute_list_item_data in self.oauth1:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    oauth1.append(componentsschemas_auth_attribute_list_item)

            else:
                oauth1 = self.oauth1.to_dict()

            if oauth1 is not UNSET:
                field_dict["oauth1"] = oauth1

        if flaws is not None and "oauth2" in flaws:
            keep_raw(field_dict, flaws["oauth2"])
        else:
            oauth2: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.oauth2, Unset):
                oauth2 = UNSET
            elif isinstance(self.oauth2, list):
                oauth2 = []
                for componentsschemas_auth_attribute_list_item_data in self.oauth2:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    oauth2.append(componentsschemas_auth_attribute_list_item)

            else:
                oauth2 = self.oauth2.to_dict()

            if oauth2 is not UNSET:
                field_dict["oauth2"] = oauth2

        if flaws is not None and "jwt" in flaws:
            keep_raw(field_dict, flaws["jwt"])
        else:
            jwt: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.jwt, Unset):
                jwt = []
                for componentsschemas_auth_attribute_list_item_data in self.jwt:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    jwt.append(componentsschemas_auth_attribute_list_item)

            if jwt is not UNSET:
                field_dict["jwt"] = jwt

        if flaws is not None and "asap" in flaws:
            keep_raw(field_dict, flaws["asap"])
        else:
            asap: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.asap, Unset):
                asap = []
                for componentsschemas_auth_attribute_list_item_data in self.asap:
                    componentsschemas_auth_attribute_list_item = (
                        componentsschemas_auth_attribute_list_item_data.to_dict()
                    )
                    asap.append(componentsschemas_auth_attribute_list_item)

            if asap is not UNSET:
                field_dict["asap"] = asap

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
        from postman_raw.models.auth_apikey_settings import AuthApikeySettings  # noqa: PLC0415
        from postman_raw.models.auth_attribute import AuthAttribute  # noqa: PLC0415
        from postman_raw.models.auth_awsv_4_settings import AuthAwsv4Settings  # noqa: PLC0415
        from postman_raw.models.auth_basic_settings import AuthBasicSettings  # noqa: PLC0415
        from postman_raw.models.auth_bearer_settings import AuthBearerSettings  # noqa: PLC0415
        from postman_raw.models.auth_digest_settings import AuthDigestSettings  # noqa: PLC0415
        from postman_raw.models.auth_edgegrid_settings import AuthEdgegridSettings  # noqa: PLC0415
        from postman_raw.models.auth_hawk_settings import AuthHawkSettings  # noqa: PLC0415
        from postman_raw.models.auth_ntlm_settings import AuthNtlmSettings  # noqa: PLC0415
        from postman_raw.models.auth_oauth_1_settings import AuthOauth1Settings  # noqa: PLC0415
        from postman_raw.models.auth_oauth_2_settings import AuthOauth2Settings  # noqa: PLC0415

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

            def _parse_apikey(data: object) -> AuthApikeySettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    apikey_type_0 = []
                    _apikey_type_0 = data
                    if not isinstance(_apikey_type_0, list):
                        raise wrong_type("an array", _apikey_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _apikey_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        apikey_type_0.append(componentsschemas_auth_attribute_list_item)

                    return apikey_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                apikey_type_1 = AuthApikeySettings.from_dict(data)

                return apikey_type_1

            apikey = _parse_apikey(_value)

            _set(self, "apikey", apikey)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "apikey", "apikey", _value, error)

        _value = d.pop("awsv4", UNSET)
        try:

            def _parse_awsv4(data: object) -> AuthAwsv4Settings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    awsv4_type_0 = []
                    _awsv4_type_0 = data
                    if not isinstance(_awsv4_type_0, list):
                        raise wrong_type("an array", _awsv4_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _awsv4_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        awsv4_type_0.append(componentsschemas_auth_attribute_list_item)

                    return awsv4_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                awsv4_type_1 = AuthAwsv4Settings.from_dict(data)

                return awsv4_type_1

            awsv4 = _parse_awsv4(_value)

            _set(self, "awsv4", awsv4)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "awsv4", "awsv4", _value, error)

        _value = d.pop("basic", UNSET)
        try:

            def _parse_basic(data: object) -> AuthBasicSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    basic_type_0 = []
                    _basic_type_0 = data
                    if not isinstance(_basic_type_0, list):
                        raise wrong_type("an array", _basic_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _basic_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        basic_type_0.append(componentsschemas_auth_attribute_list_item)

                    return basic_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                basic_type_1 = AuthBasicSettings.from_dict(data)

                return basic_type_1

            basic = _parse_basic(_value)

            _set(self, "basic", basic)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "basic", "basic", _value, error)

        _value = d.pop("bearer", UNSET)
        try:

            def _parse_bearer(data: object) -> AuthBearerSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bearer_type_0 = []
                    _bearer_type_0 = data
                    if not isinstance(_bearer_type_0, list):
                        raise wrong_type("an array", _bearer_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _bearer_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        bearer_type_0.append(componentsschemas_auth_attribute_list_item)

                    return bearer_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                bearer_type_1 = AuthBearerSettings.from_dict(data)

                return bearer_type_1

            bearer = _parse_bearer(_value)

            _set(self, "bearer", bearer)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "bearer", "bearer", _value, error)

        _value = d.pop("digest", UNSET)
        try:

            def _parse_digest(data: object) -> AuthDigestSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    digest_type_0 = []
                    _digest_type_0 = data
                    if not isinstance(_digest_type_0, list):
                        raise wrong_type("an array", _digest_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _digest_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        digest_type_0.append(componentsschemas_auth_attribute_list_item)

                    return digest_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                digest_type_1 = AuthDigestSettings.from_dict(data)

                return digest_type_1

            digest = _parse_digest(_value)

            _set(self, "digest", digest)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "digest", "digest", _value, error)

        _value = d.pop("edgegrid", UNSET)
        try:

            def _parse_edgegrid(data: object) -> AuthEdgegridSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    edgegrid_type_0 = []
                    _edgegrid_type_0 = data
                    if not isinstance(_edgegrid_type_0, list):
                        raise wrong_type("an array", _edgegrid_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _edgegrid_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        edgegrid_type_0.append(componentsschemas_auth_attribute_list_item)

                    return edgegrid_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                edgegrid_type_1 = AuthEdgegridSettings.from_dict(data)

                return edgegrid_type_1

            edgegrid = _parse_edgegrid(_value)

            _set(self, "edgegrid", edgegrid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "edgegrid", "edgegrid", _value, error)

        _value = d.pop("hawk", UNSET)
        try:

            def _parse_hawk(data: object) -> AuthHawkSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    hawk_type_0 = []
                    _hawk_type_0 = data
                    if not isinstance(_hawk_type_0, list):
                        raise wrong_type("an array", _hawk_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _hawk_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        hawk_type_0.append(componentsschemas_auth_attribute_list_item)

                    return hawk_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                hawk_type_1 = AuthHawkSettings.from_dict(data)

                return hawk_type_1

            hawk = _parse_hawk(_value)

            _set(self, "hawk", hawk)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "hawk", "hawk", _value, error)

        _value = d.pop("ntlm", UNSET)
        try:

            def _parse_ntlm(data: object) -> AuthNtlmSettings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    ntlm_type_0 = []
                    _ntlm_type_0 = data
                    if not isinstance(_ntlm_type_0, list):
                        raise wrong_type("an array", _ntlm_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _ntlm_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        ntlm_type_0.append(componentsschemas_auth_attribute_list_item)

                    return ntlm_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                ntlm_type_1 = AuthNtlmSettings.from_dict(data)

                return ntlm_type_1

            ntlm = _parse_ntlm(_value)

            _set(self, "ntlm", ntlm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ntlm", "ntlm", _value, error)

        _value = d.pop("oauth1", UNSET)
        try:

            def _parse_oauth1(data: object) -> AuthOauth1Settings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    oauth1_type_0 = []
                    _oauth1_type_0 = data
                    if not isinstance(_oauth1_type_0, list):
                        raise wrong_type("an array", _oauth1_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _oauth1_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        oauth1_type_0.append(componentsschemas_auth_attribute_list_item)

                    return oauth1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                oauth1_type_1 = AuthOauth1Settings.from_dict(data)

                return oauth1_type_1

            oauth1 = _parse_oauth1(_value)

            _set(self, "oauth1", oauth1)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "oauth1", "oauth1", _value, error)

        _value = d.pop("oauth2", UNSET)
        try:

            def _parse_oauth2(data: object) -> AuthOauth2Settings | list[AuthAttribute] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    oauth2_type_0 = []
                    _oauth2_type_0 = data
                    if not isinstance(_oauth2_type_0, list):
                        raise wrong_type("an array", _oauth2_type_0)
                    for componentsschemas_auth_attribute_list_item_data in _oauth2_type_0:
                        componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                            componentsschemas_auth_attribute_list_item_data
                        )

                        oauth2_type_0.append(componentsschemas_auth_attribute_list_item)

                    return oauth2_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                oauth2_type_1 = AuthOauth2Settings.from_dict(data)

                return oauth2_type_1

            oauth2 = _parse_oauth2(_value)

            _set(self, "oauth2", oauth2)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "oauth2", "oauth2", _value, error)

        _value = d.pop("jwt", UNSET)
        try:
            _jwt = _value
            jwt: list[AuthAttribute] | Unset = UNSET
            if _jwt is not UNSET:
                if not isinstance(_jwt, list):
                    raise wrong_type("an array", _jwt)
                jwt = []
                for componentsschemas_auth_attribute_list_item_data in _jwt:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    jwt.append(componentsschemas_auth_attribute_list_item)

            _set(self, "jwt", jwt)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "jwt", "jwt", _value, error)

        _value = d.pop("asap", UNSET)
        try:
            _asap = _value
            asap: list[AuthAttribute] | Unset = UNSET
            if _asap is not UNSET:
                if not isinstance(_asap, list):
                    raise wrong_type("an array", _asap)
                asap = []
                for componentsschemas_auth_attribute_list_item_data in _asap:
                    componentsschemas_auth_attribute_list_item = AuthAttribute.from_dict(
                        componentsschemas_auth_attribute_list_item_data
                    )

                    asap.append(componentsschemas_auth_attribute_list_item)

            _set(self, "asap", asap)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "asap", "asap", _value, error)

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
        value = data.get("jwt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("asap", UNSET)
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
