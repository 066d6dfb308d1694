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
    from ..models.collection_item_operation_meta import CollectionItemOperationMeta
    from ..models.collection_response_record import CollectionResponseRecord


T = TypeVar("T", bound="UpdateCollectionResponseResponse")


@_attrs_define
class UpdateCollectionResponseResponse(Model):
    """Body of PUT /collections/{collectionId}/responses/{responseId}."""

    data: CollectionResponseRecord | Unset = UNSET
    """ A saved (example) response in the item-level format. The body is in `text`; the request
    that produced it is kept as JSON text in `requestObject`. `createdAt` and `updatedAt`
    are plain strings: inside a populated request or folder Postman documents neither.
     """
    meta: CollectionItemOperationMeta | Unset = UNSET
    """ What Postman did to produce the answer. """
    model_id: str | Unset = UNSET
    """ The response's id. """
    revision: int | Unset = UNSET
    """ The collection's revision number after the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "data",
        "meta",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "data" in flaws:
            keep_raw(field_dict, flaws["data"])
        else:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()
            if data is not UNSET:
                field_dict["data"] = data

        if flaws is not None and "meta" in flaws:
            keep_raw(field_dict, flaws["meta"])
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
            if meta is not UNSET:
                field_dict["meta"] = meta

        if flaws is not None and "model_id" in flaws:
            keep_raw(field_dict, flaws["model_id"])
        else:
            model_id = self.model_id
            if model_id is not UNSET:
                field_dict["model_id"] = model_id

        if flaws is not None and "revision" in flaws:
            keep_raw(field_dict, flaws["revision"])
        else:
            revision = self.revision
            if revision is not UNSET:
                field_dict["revision"] = revision

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateCollectionResponseResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_item_operation_meta import CollectionItemOperationMeta  # noqa: PLC0415
        from postman_raw.models.collection_response_record import CollectionResponseRecord  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("data", UNSET)
        try:
            _data = _value
            data: CollectionResponseRecord | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = CollectionResponseRecord.from_dict(_data)

            _set(self, "data", data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data", "data", _value, error)

        _value = d.pop("meta", UNSET)
        try:
            _meta = _value
            meta: CollectionItemOperationMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = CollectionItemOperationMeta.from_dict(_meta)

            _set(self, "meta", meta)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta", "meta", _value, error)

        _value = d.pop("model_id", UNSET)
        try:
            model_id = _value
            if model_id is not UNSET and not (isinstance(model_id, str)):
                raise wrong_type("str", model_id)
            _set(self, "model_id", model_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "model_id", "model_id", _value, error)

        _value = d.pop("revision", UNSET)
        try:
            revision = _value
            if revision is not UNSET and not (type(revision) is int):
                raise wrong_type("int", revision)
            _set(self, "revision", revision)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "revision", "revision", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("data", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("meta", UNSET)
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
