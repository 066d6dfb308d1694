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
    from ..models.security_validation_category import SecurityValidationCategory
    from ..models.security_validation_location import SecurityValidationLocation
    from ..models.security_validation_vulnerability import SecurityValidationVulnerability


T = TypeVar("T", bound="SecurityValidationWarning")


@_attrs_define
class SecurityValidationWarning(Model):
    """One rule violation. Postman may add fields; unknown ones are kept."""

    slug: str | Unset = UNSET
    """ The id of the rule that was broken. """
    checksum: str | Unset = UNSET
    """ A fingerprint that identifies this finding. """
    message: str | Unset = UNSET
    """ What is wrong, in words. """
    severity: str | Unset = UNSET
    """ How serious the finding is, such as `ERROR`, `WARN`, `INFO` or `HINT`. """
    type_: str | Unset = UNSET
    """ Which rule set found it: `security` or `governance`. """
    data_path: list[int | str] | Unset = UNSET
    """ Where in the definition: the keys leading to the offending node (empty for the document root). Array
    positions may appear as numbers. """
    possible_fix_url: str | Unset = UNSET
    """ A page explaining how to fix the problem. """
    category: SecurityValidationCategory | Unset = UNSET
    """ The group the broken rule belongs to. """
    vulnerability: SecurityValidationVulnerability | Unset = UNSET
    """ The weakness or guideline the rule stands for. """
    location: SecurityValidationLocation | Unset = UNSET
    """ The span of the definition text the finding covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "category",
        "vulnerability",
        "location",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "slug" in flaws:
            keep_raw(field_dict, flaws["slug"])
        else:
            slug = self.slug
            if slug is not UNSET:
                field_dict["slug"] = slug

        if flaws is not None and "checksum" in flaws:
            keep_raw(field_dict, flaws["checksum"])
        else:
            checksum = self.checksum
            if checksum is not UNSET:
                field_dict["checksum"] = checksum

        if flaws is not None and "message" in flaws:
            keep_raw(field_dict, flaws["message"])
        else:
            message = self.message
            if message is not UNSET:
                field_dict["message"] = message

        if flaws is not None and "severity" in flaws:
            keep_raw(field_dict, flaws["severity"])
        else:
            severity = self.severity
            if severity is not UNSET:
                field_dict["severity"] = severity

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "data_path" in flaws:
            keep_raw(field_dict, flaws["data_path"])
        else:
            data_path: list[int | str] | Unset = UNSET
            if not isinstance(self.data_path, Unset):
                data_path = []
                for data_path_item_data in self.data_path:
                    data_path_item: int | str
                    data_path_item = data_path_item_data
                    data_path.append(data_path_item)

            if data_path is not UNSET:
                field_dict["dataPath"] = data_path

        if flaws is not None and "possible_fix_url" in flaws:
            keep_raw(field_dict, flaws["possible_fix_url"])
        else:
            possible_fix_url = self.possible_fix_url
            if possible_fix_url is not UNSET:
                field_dict["possibleFixUrl"] = possible_fix_url

        if flaws is not None and "category" in flaws:
            keep_raw(field_dict, flaws["category"])
        else:
            category: dict[str, Any] | Unset = UNSET
            if not isinstance(self.category, Unset):
                category = self.category.to_dict()
            if category is not UNSET:
                field_dict["category"] = category

        if flaws is not None and "vulnerability" in flaws:
            keep_raw(field_dict, flaws["vulnerability"])
        else:
            vulnerability: dict[str, Any] | Unset = UNSET
            if not isinstance(self.vulnerability, Unset):
                vulnerability = self.vulnerability.to_dict()
            if vulnerability is not UNSET:
                field_dict["vulnerability"] = vulnerability

        if flaws is not None and "location" in flaws:
            keep_raw(field_dict, flaws["location"])
        else:
            location: dict[str, Any] | Unset = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()
            if location is not UNSET:
                field_dict["location"] = location

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SecurityValidationWarning that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.security_validation_category import SecurityValidationCategory  # noqa: PLC0415
        from postman_raw.models.security_validation_location import SecurityValidationLocation  # noqa: PLC0415
        from postman_raw.models.security_validation_vulnerability import SecurityValidationVulnerability  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("slug", UNSET)
        try:
            slug = _value
            if slug is not UNSET and not (isinstance(slug, str)):
                raise wrong_type("str", slug)
            _set(self, "slug", slug)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "slug", "slug", _value, error)

        _value = d.pop("checksum", UNSET)
        try:
            checksum = _value
            if checksum is not UNSET and not (isinstance(checksum, str)):
                raise wrong_type("str", checksum)
            _set(self, "checksum", checksum)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "checksum", "checksum", _value, error)

        _value = d.pop("message", UNSET)
        try:
            message = _value
            if message is not UNSET and not (isinstance(message, str)):
                raise wrong_type("str", message)
            _set(self, "message", message)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "message", "message", _value, error)

        _value = d.pop("severity", UNSET)
        try:
            severity = _value
            if severity is not UNSET and not (isinstance(severity, str)):
                raise wrong_type("str", severity)
            _set(self, "severity", severity)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "severity", "severity", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("dataPath", UNSET)
        try:
            _data_path = _value
            data_path: list[int | str] | Unset = UNSET
            if _data_path is not UNSET:
                if not isinstance(_data_path, list):
                    raise wrong_type("an array", _data_path)
                data_path = []
                for data_path_item_data in _data_path:

                    def _parse_data_path_item(data: object) -> int | str:
                        if not (isinstance(data, str) or type(data) is int):
                            raise wrong_type("int | str", data)
                        return cast("int | str", data)

                    data_path_item = _parse_data_path_item(data_path_item_data)

                    data_path.append(data_path_item)

            _set(self, "data_path", data_path)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data_path", "dataPath", _value, error)

        _value = d.pop("possibleFixUrl", UNSET)
        try:
            possible_fix_url = _value
            if possible_fix_url is not UNSET and not (isinstance(possible_fix_url, str)):
                raise wrong_type("str", possible_fix_url)
            _set(self, "possible_fix_url", possible_fix_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "possible_fix_url", "possibleFixUrl", _value, error)

        _value = d.pop("category", UNSET)
        try:
            _category = _value
            category: SecurityValidationCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = SecurityValidationCategory.from_dict(_category)

            _set(self, "category", category)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "category", "category", _value, error)

        _value = d.pop("vulnerability", UNSET)
        try:
            _vulnerability = _value
            vulnerability: SecurityValidationVulnerability | Unset
            if isinstance(_vulnerability, Unset):
                vulnerability = UNSET
            else:
                vulnerability = SecurityValidationVulnerability.from_dict(_vulnerability)

            _set(self, "vulnerability", vulnerability)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "vulnerability", "vulnerability", _value, error)

        _value = d.pop("location", UNSET)
        try:
            _location = _value
            location: SecurityValidationLocation | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = SecurityValidationLocation.from_dict(_location)

            _set(self, "location", location)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "location", "location", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("dataPath", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("category", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("vulnerability", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("location", UNSET)
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
