from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_certificate_cert import ClientCertificateCert
    from ..models.client_certificate_key import ClientCertificateKey


T = TypeVar("T", bound="ClientCertificate")


@_attrs_define
class ClientCertificate:
    """A client certificate for TLS."""

    name: str | Unset = UNSET
    matches: list[str] | Unset = UNSET
    key: ClientCertificateKey | Unset = UNSET
    """ `src`: path of the private key. """
    cert: ClientCertificateCert | Unset = UNSET
    """ `src`: path of the certificate. """
    passphrase: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        matches: list[str] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = self.matches

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        cert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cert, Unset):
            cert = self.cert.to_dict()

        passphrase = self.passphrase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if matches is not UNSET:
            field_dict["matches"] = matches
        if key is not UNSET:
            field_dict["key"] = key
        if cert is not UNSET:
            field_dict["cert"] = cert
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.client_certificate_cert import ClientCertificateCert  # noqa: PLC0415
        from postman_raw.models.client_certificate_key import ClientCertificateKey  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        matches = cast("list[str]", d.pop("matches", UNSET))

        _key = d.pop("key", UNSET)
        key: ClientCertificateKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = ClientCertificateKey.from_dict(_key)

        _cert = d.pop("cert", UNSET)
        cert: ClientCertificateCert | Unset
        if isinstance(_cert, Unset):
            cert = UNSET
        else:
            cert = ClientCertificateCert.from_dict(_cert)

        passphrase = d.pop("passphrase", UNSET)

        client_certificate = cls(
            name=name,
            matches=matches,
            key=key,
            cert=cert,
            passphrase=passphrase,
        )

        client_certificate.additional_properties = d
        return client_certificate

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
