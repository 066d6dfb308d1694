from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.client_certificate_cert import ClientCertificateCert
    from ..models.client_certificate_key import ClientCertificateKey


T = TypeVar("T", bound="ClientCertificate")


@_attrs_define
class ClientCertificate(Model):
    """A client certificate for TLS."""

    name: str | Unset = UNSET
    matches: list[str] | Unset = UNSET
    key: ClientCertificateKey | Unset = UNSET
    """ `src`: path of the private key. """
    cert: ClientCertificateCert | Unset = UNSET
    """ `src`: path of the certificate. """
    passphrase: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "key",
        "cert",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A ClientCertificate that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.client_certificate_cert import ClientCertificateCert  # noqa: PLC0415
        from postman_raw.models.client_certificate_key import ClientCertificateKey  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        matches = cast("list[str]", d.pop("matches", UNSET))

        _set(self, "matches", matches)

        _key = d.pop("key", UNSET)
        key: ClientCertificateKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = ClientCertificateKey.from_dict(_key)

        _set(self, "key", key)

        _cert = d.pop("cert", UNSET)
        cert: ClientCertificateCert | Unset
        if isinstance(_cert, Unset):
            cert = UNSET
        else:
            cert = ClientCertificateCert.from_dict(_cert)

        _set(self, "cert", cert)

        passphrase = d.pop("passphrase", UNSET)
        _set(self, "passphrase", passphrase)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("matches", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("key", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("cert", UNSET)
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
