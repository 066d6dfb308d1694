from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_documentation_request_documentation_layout import (
    PublishDocumentationRequestDocumentationLayout,
    check_publish_documentation_request_documentation_layout,
)
from ..types import UNSET, Model, Unset, accepts, read_lazily

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
        custom_color = self.custom_color.to_dict()

        customization = self.customization.to_dict()

        documentation_layout: str | Unset = UNSET
        if not isinstance(self.documentation_layout, Unset):
            documentation_layout = self.documentation_layout

        environment_uid = self.environment_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customColor": custom_color,
                "customization": customization,
            }
        )
        if documentation_layout is not UNSET:
            field_dict["documentationLayout"] = documentation_layout
        if environment_uid is not UNSET:
            field_dict["environmentUid"] = environment_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PublishDocumentationRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_docs_colors import CollectionDocsColors  # noqa: PLC0415
        from postman_raw.models.collection_docs_customization import CollectionDocsCustomization  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        custom_color = CollectionDocsColors.from_dict(d.pop("customColor"))

        _set(self, "custom_color", custom_color)

        customization = CollectionDocsCustomization.from_dict(d.pop("customization"))

        _set(self, "customization", customization)

        _documentation_layout = d.pop("documentationLayout", UNSET)
        documentation_layout: PublishDocumentationRequestDocumentationLayout | Unset
        if isinstance(_documentation_layout, Unset):
            documentation_layout = UNSET
        else:
            documentation_layout = check_publish_documentation_request_documentation_layout(_documentation_layout)

        _set(self, "documentation_layout", documentation_layout)

        environment_uid = d.pop("environmentUid", UNSET)
        _set(self, "environment_uid", environment_uid)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("customColor", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("customization", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("documentationLayout", UNSET)
        if value is not UNSET and not (accepts(check_publish_documentation_request_documentation_layout, value)):
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
