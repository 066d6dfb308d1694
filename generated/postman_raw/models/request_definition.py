from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        url: dict[str, Any] | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        elif isinstance(self.url, RequestUrl):
            url = self.url.to_dict()
        else:
            url = self.url

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthDefinition):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate, Unset):
            certificate = self.certificate.to_dict()

        method = self.method

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, FormatDescriptionBlock):
            description = self.description.to_dict()
        else:
            description = self.description

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

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, RequestBodyDefinition):
            body = self.body.to_dict()
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if auth is not UNSET:
            field_dict["auth"] = auth
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if method is not UNSET:
            field_dict["method"] = method
        if description is not UNSET:
            field_dict["description"] = description
        if header is not UNSET:
            field_dict["header"] = header
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.client_certificate import ClientCertificate  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.proxy_config import ProxyConfig  # noqa: PLC0415
        from postman_raw.models.request_body_definition import RequestBodyDefinition  # noqa: PLC0415
        from postman_raw.models.request_url import RequestUrl  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)

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
            return cast("RequestUrl | str | Unset", data)

        url = _parse_url(d.pop("url", UNSET))

        _set(self, "url", url)

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
            return cast("AuthDefinition | None | Unset", data)

        auth = _parse_auth(d.pop("auth", UNSET))

        _set(self, "auth", auth)

        _proxy = d.pop("proxy", UNSET)
        proxy: ProxyConfig | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ProxyConfig.from_dict(_proxy)

        _set(self, "proxy", proxy)

        _certificate = d.pop("certificate", UNSET)
        certificate: ClientCertificate | Unset
        if isinstance(_certificate, Unset):
            certificate = UNSET
        else:
            certificate = ClientCertificate.from_dict(_certificate)

        _set(self, "certificate", certificate)

        method = d.pop("method", UNSET)
        _set(self, "method", method)

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
            return cast("FormatDescriptionBlock | None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        def _parse_header(data: object) -> list[HeaderEntry] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                header_type_0 = []
                _header_type_0 = data
                for header_type_0_item_data in _header_type_0:
                    header_type_0_item = HeaderEntry.from_dict(header_type_0_item_data)

                    header_type_0.append(header_type_0_item)

                return header_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[HeaderEntry] | str | Unset", data)

        header = _parse_header(d.pop("header", UNSET))

        _set(self, "header", header)

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
            return cast("None | RequestBodyDefinition | Unset", data)

        body = _parse_body(d.pop("body", UNSET))

        _set(self, "body", body)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("proxy", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("certificate", UNSET)
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
