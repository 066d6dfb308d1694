from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.auth_definition import AuthDefinition
    from ..models.client_certificate import ClientCertificate
    from ..models.format_description_block import FormatDescriptionBlock
    from ..models.header_entry import HeaderEntry
    from ..models.proxy_config import ProxyConfig
    from ..models.request_body_definition import RequestBodyDefinition
    from ..models.request_url import RequestUrl


T = TypeVar("T", bound="RequestDefinition")


@_attrs_define
class RequestDefinition(Model):
    """An HTTP request."""

    url: RequestUrl | str | Unset = UNSET
    """ The URL, as an object or as a string. """
    auth: AuthDefinition | None | Unset = UNSET
    """ Authentication for this request; null means inherit. """
    proxy: ProxyConfig | Unset = UNSET
    """ A proxy to send the request through. """
    certificate: ClientCertificate | Unset = UNSET
    """ A client certificate for TLS. """
    method: str | Unset = UNSET
    """ The HTTP method: GET, PUT, POST, PATCH, DELETE, COPY, HEAD, OPTIONS, LINK, UNLINK, PURGE, LOCK, UNLOCK,
    PROPFIND, VIEW, or another token. """
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    header: list[HeaderEntry] | str | Unset = UNSET
    """ Headers, as a list or as one raw string. """
    body: None | RequestBodyDefinition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "url",
        "auth",
        "proxy",
        "certificate",
        "description",
        "header",
        "body",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415
        from postman_raw.models.request_body_definition import RequestBodyDefinition  # noqa: PLC0415
        from postman_raw.models.request_url import RequestUrl  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url: dict[str, Any] | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            elif isinstance(self.url, RequestUrl):
                url = self.url.to_dict()
            else:
                url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None and "auth" in flaws:
            keep_raw(field_dict, flaws["auth"])
        else:
            auth: dict[str, Any] | None | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, AuthDefinition):
                auth = self.auth.to_dict()
            else:
                auth = self.auth
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "proxy" in flaws:
            keep_raw(field_dict, flaws["proxy"])
        else:
            proxy: dict[str, Any] | Unset = UNSET
            if not isinstance(self.proxy, Unset):
                proxy = self.proxy.to_dict()
            if proxy is not UNSET:
                field_dict["proxy"] = proxy

        if flaws is not None and "certificate" in flaws:
            keep_raw(field_dict, flaws["certificate"])
        else:
            certificate: dict[str, Any] | Unset = UNSET
            if not isinstance(self.certificate, Unset):
                certificate = self.certificate.to_dict()
            if certificate is not UNSET:
                field_dict["certificate"] = certificate

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method = self.method
            if method is not UNSET:
                field_dict["method"] = method

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: dict[str, Any] | None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            elif isinstance(self.description, FormatDescriptionBlock):
                description = self.description.to_dict()
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "header" in flaws:
            keep_raw(field_dict, flaws["header"])
        else:
            header: list[dict[str, Any]] | str | Unset
            if isinstance(self.header, Unset):
                header = UNSET
            elif isinstance(self.header, list):
                header = []
                for header_type_0_item_data in self.header:
                    header_type_0_item = header_type_0_item_data.to_dict()
                    header.append(header_type_0_item)

            else:
                header = self.header
            if header is not UNSET:
                field_dict["header"] = header

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body: dict[str, Any] | None | Unset
            if isinstance(self.body, Unset):
                body = UNSET
            elif isinstance(self.body, RequestBodyDefinition):
                body = self.body.to_dict()
            else:
                body = self.body
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.client_certificate import ClientCertificate  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.proxy_config import ProxyConfig  # noqa: PLC0415
        from postman_raw.models.request_body_definition import RequestBodyDefinition  # noqa: PLC0415
        from postman_raw.models.request_url import RequestUrl  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("url", UNSET)
        try:

            def _parse_url(data: object) -> RequestUrl | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not RequestUrl._matches(data):
                        raise TypeError()
                    url_type_0 = RequestUrl.from_dict(data)

                    return url_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("RequestUrl | str", data)
                return cast("RequestUrl | str | Unset", data)

            url = _parse_url(_value)

            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("auth", UNSET)
        try:

            def _parse_auth(data: object) -> AuthDefinition | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not AuthDefinition._matches(data):
                        raise TypeError()
                    auth_type_0 = AuthDefinition.from_dict(data)

                    return auth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("AuthDefinition | None", data)
                return cast("AuthDefinition | None | Unset", data)

            auth = _parse_auth(_value)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("proxy", UNSET)
        try:
            _proxy = _value
            proxy: ProxyConfig | Unset
            if isinstance(_proxy, Unset):
                proxy = UNSET
            else:
                proxy = ProxyConfig.from_dict(_proxy)

            _set(self, "proxy", proxy)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "proxy", "proxy", _value, error)

        _value = d.pop("certificate", UNSET)
        try:
            _certificate = _value
            certificate: ClientCertificate | Unset
            if isinstance(_certificate, Unset):
                certificate = UNSET
            else:
                certificate = ClientCertificate.from_dict(_certificate)

            _set(self, "certificate", certificate)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "certificate", "certificate", _value, error)

        _value = d.pop("method", UNSET)
        try:
            method = _value
            if method is not UNSET and not (isinstance(method, str)):
                raise wrong_type("str", method)
            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> FormatDescriptionBlock | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not FormatDescriptionBlock._matches(data):
                        raise TypeError()
                    componentsschemas_format_description_type_0 = FormatDescriptionBlock.from_dict(data)

                    return componentsschemas_format_description_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("FormatDescriptionBlock | None | str", data)
                return cast("FormatDescriptionBlock | None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("header", UNSET)
        try:

            def _parse_header(data: object) -> list[HeaderEntry] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    header_type_0 = []
                    _header_type_0 = data
                    if not isinstance(_header_type_0, list):
                        raise wrong_type("an array", _header_type_0)
                    for header_type_0_item_data in _header_type_0:
                        header_type_0_item = HeaderEntry.from_dict(header_type_0_item_data)

                        header_type_0.append(header_type_0_item)

                    return header_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[HeaderEntry] | str", data)
                return cast("list[HeaderEntry] | str | Unset", data)

            header = _parse_header(_value)

            _set(self, "header", header)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "header", "header", _value, error)

        _value = d.pop("body", UNSET)
        try:

            def _parse_body(data: object) -> None | RequestBodyDefinition | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not RequestBodyDefinition._matches(data):
                        raise TypeError()
                    body_type_0 = RequestBodyDefinition.from_dict(data)

                    return body_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | RequestBodyDefinition", data)
                return cast("None | RequestBodyDefinition | Unset", data)

            body = _parse_body(_value)

            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("proxy", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("certificate", UNSET)
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
