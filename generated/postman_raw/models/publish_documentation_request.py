from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_documentation_request_documentation_layout import (
    PublishDocumentationRequestDocumentationLayout,
    check_publish_documentation_request_documentation_layout,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.collection_docs_colors import CollectionDocsColors
    from ..models.collection_docs_customization import CollectionDocsCustomization


T = TypeVar("T", bound="PublishDocumentationRequest")


@_attrs_define
class PublishDocumentationRequest(Model):
    """Body of PUT /collections/{collectionId}/public-documentations."""

    custom_color: CollectionDocsColors
    """ Colours as six hex digits without `#` (for example `0B6E4F`). In `customColor` they
    must equal the colours of the light or the dark theme.
     """
    customization: CollectionDocsCustomization
    """ Look and metadata of the published documentation. """
    documentation_layout: PublishDocumentationRequestDocumentationLayout | Unset = UNSET
    """ `classic-single-column` (Postman's choice when left out) puts code samples under
    each request; `classic-double-column` puts them in a column beside the text.
     """
    environment_uid: str | Unset = UNSET
    """ Uid of an environment to publish with the documentation; its initial values become public. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "custom_color",
        "customization",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "custom_color" in flaws:
            keep_raw(field_dict, flaws["custom_color"])
        else:
            custom_color = self.custom_color.to_dict()
            field_dict["customColor"] = custom_color

        if flaws is not None and "customization" in flaws:
            keep_raw(field_dict, flaws["customization"])
        else:
            customization = self.customization.to_dict()
            field_dict["customization"] = customization

        if flaws is not None and "documentation_layout" in flaws:
            keep_raw(field_dict, flaws["documentation_layout"])
        else:
            documentation_layout: str | Unset = UNSET
            if not isinstance(self.documentation_layout, Unset):
                documentation_layout = self.documentation_layout

            if documentation_layout is not UNSET:
                field_dict["documentationLayout"] = documentation_layout

        if flaws is not None and "environment_uid" in flaws:
            keep_raw(field_dict, flaws["environment_uid"])
        else:
            environment_uid = self.environment_uid
            if environment_uid is not UNSET:
                field_dict["environmentUid"] = environment_uid

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PublishDocumentationRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_docs_colors import CollectionDocsColors  # noqa: PLC0415
        from postman_raw.models.collection_docs_customization import CollectionDocsCustomization  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("customColor", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("customColor")
            custom_color = CollectionDocsColors.from_dict(_value)

            _set(self, "custom_color", custom_color)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "custom_color", "customColor", _value, error)

        _value = d.pop("customization", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("customization")
            customization = CollectionDocsCustomization.from_dict(_value)

            _set(self, "customization", customization)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "customization", "customization", _value, error)

        _value = d.pop("documentationLayout", UNSET)
        try:
            _documentation_layout = _value
            documentation_layout: PublishDocumentationRequestDocumentationLayout | Unset
            if isinstance(_documentation_layout, Unset):
                documentation_layout = UNSET
            else:
                documentation_layout = enum_value(
                    check_publish_documentation_request_documentation_layout, _documentation_layout
                )

            _set(self, "documentation_layout", documentation_layout)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "documentation_layout", "documentationLayout", _value, error)

        _value = d.pop("environmentUid", UNSET)
        try:
            environment_uid = _value
            if environment_uid is not UNSET and not (isinstance(environment_uid, str)):
                raise wrong_type("str", environment_uid)
            _set(self, "environment_uid", environment_uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment_uid", "environmentUid", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("customColor", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("customization", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("documentationLayout", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_publish_documentation_request_documentation_layout, value))
        ):
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
