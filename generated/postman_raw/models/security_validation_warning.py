from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        slug = self.slug

        checksum = self.checksum

        message = self.message

        severity = self.severity

        type_ = self.type_

        data_path: list[int | str] | Unset = UNSET
        if not isinstance(self.data_path, Unset):
            data_path = []
            for data_path_item_data in self.data_path:
                data_path_item: int | str
                data_path_item = data_path_item_data
                data_path.append(data_path_item)

        possible_fix_url = self.possible_fix_url

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        vulnerability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vulnerability, Unset):
            vulnerability = self.vulnerability.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if message is not UNSET:
            field_dict["message"] = message
        if severity is not UNSET:
            field_dict["severity"] = severity
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_path is not UNSET:
            field_dict["dataPath"] = data_path
        if possible_fix_url is not UNSET:
            field_dict["possibleFixUrl"] = possible_fix_url
        if category is not UNSET:
            field_dict["category"] = category
        if vulnerability is not UNSET:
            field_dict["vulnerability"] = vulnerability
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SecurityValidationWarning that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.security_validation_category import SecurityValidationCategory  # noqa: PLC0415
        from postman_raw.models.security_validation_location import SecurityValidationLocation  # noqa: PLC0415
        from postman_raw.models.security_validation_vulnerability import SecurityValidationVulnerability  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)
        _set(self, "slug", slug)

        checksum = d.pop("checksum", UNSET)
        _set(self, "checksum", checksum)

        message = d.pop("message", UNSET)
        _set(self, "message", message)

        severity = d.pop("severity", UNSET)
        _set(self, "severity", severity)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        _data_path = d.pop("dataPath", UNSET)
        data_path: list[int | str] | Unset = UNSET
        if _data_path is not UNSET:
            data_path = []
            for data_path_item_data in _data_path:

                def _parse_data_path_item(data: object) -> int | str:
                    return cast("int | str", data)

                data_path_item = _parse_data_path_item(data_path_item_data)

                data_path.append(data_path_item)

        _set(self, "data_path", data_path)

        possible_fix_url = d.pop("possibleFixUrl", UNSET)
        _set(self, "possible_fix_url", possible_fix_url)

        _category = d.pop("category", UNSET)
        category: SecurityValidationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SecurityValidationCategory.from_dict(_category)

        _set(self, "category", category)

        _vulnerability = d.pop("vulnerability", UNSET)
        vulnerability: SecurityValidationVulnerability | Unset
        if isinstance(_vulnerability, Unset):
            vulnerability = UNSET
        else:
            vulnerability = SecurityValidationVulnerability.from_dict(_vulnerability)

        _set(self, "vulnerability", vulnerability)

        _location = d.pop("location", UNSET)
        location: SecurityValidationLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = SecurityValidationLocation.from_dict(_location)

        _set(self, "location", location)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("dataPath", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("category", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("vulnerability", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("location", UNSET)
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
