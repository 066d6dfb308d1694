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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "matches" in flaws:
            keep_raw(field_dict, flaws["matches"])
        else:
            matches: list[str] | Unset = UNSET
            if not isinstance(self.matches, Unset):
                matches = self.matches

            if matches is not UNSET:
                field_dict["matches"] = matches

        if flaws is not None and "key" in flaws:
            keep_raw(field_dict, flaws["key"])
        else:
            key: dict[str, Any] | Unset = UNSET
            if not isinstance(self.key, Unset):
                key = self.key.to_dict()
            if key is not UNSET:
                field_dict["key"] = key

        if flaws is not None and "cert" in flaws:
            keep_raw(field_dict, flaws["cert"])
        else:
            cert: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cert, Unset):
                cert = self.cert.to_dict()
            if cert is not UNSET:
                field_dict["cert"] = cert

        if flaws is not None and "passphrase" in flaws:
            keep_raw(field_dict, flaws["passphrase"])
        else:
            passphrase = self.passphrase
            if passphrase is not UNSET:
                field_dict["passphrase"] = passphrase

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ClientCertificate that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.client_certificate_cert import ClientCertificateCert  # noqa: PLC0415
        from postman_raw.models.client_certificate_key import ClientCertificateKey  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("matches", UNSET)
        try:
            matches = cast("list[str]", _value)
            if matches is not UNSET and (
                not isinstance(matches, list) or not all(isinstance(item, str) for item in matches)
            ):
                raise wrong_type("an array of str", matches)

            _set(self, "matches", matches)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "matches", "matches", _value, error)

        _value = d.pop("key", UNSET)
        try:
            _key = _value
            key: ClientCertificateKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = ClientCertificateKey.from_dict(_key)

            _set(self, "key", key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "key", "key", _value, error)

        _value = d.pop("cert", UNSET)
        try:
            _cert = _value
            cert: ClientCertificateCert | Unset
            if isinstance(_cert, Unset):
                cert = UNSET
            else:
                cert = ClientCertificateCert.from_dict(_cert)

            _set(self, "cert", cert)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cert", "cert", _value, error)

        _value = d.pop("passphrase", UNSET)
        try:
            passphrase = _value
            if passphrase is not UNSET and not (isinstance(passphrase, str)):
                raise wrong_type("str", passphrase)
            _set(self, "passphrase", passphrase)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "passphrase", "passphrase", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("matches", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("key", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("cert", UNSET)
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
