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
)

if TYPE_CHECKING:
    from ..models.collection_item_body_options_binary import CollectionItemBodyOptionsBinary
    from ..models.collection_item_body_options_graphql import CollectionItemBodyOptionsGraphql
    from ..models.collection_item_body_options_params import CollectionItemBodyOptionsParams
    from ..models.collection_item_body_options_urlencoded import CollectionItemBodyOptionsUrlencoded
    from ..models.collection_item_raw_body_options import CollectionItemRawBodyOptions


T = TypeVar("T", bound="CollectionItemBodyOptions")


@_attrs_define
class CollectionItemBodyOptions(Model):
    """Per-mode body settings, keyed by mode."""

    raw: CollectionItemRawBodyOptions | Unset = UNSET
    """ Settings of a `raw` body. """
    urlencoded: CollectionItemBodyOptionsUrlencoded | Unset = UNSET
    params: CollectionItemBodyOptionsParams | Unset = UNSET
    binary: CollectionItemBodyOptionsBinary | Unset = UNSET
    graphql: CollectionItemBodyOptionsGraphql | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "raw",
        "urlencoded",
        "params",
        "binary",
        "graphql",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "raw" in flaws:
            keep_raw(field_dict, flaws["raw"])
        else:
            raw: dict[str, Any] | Unset = UNSET
            if not isinstance(self.raw, Unset):
                raw = self.raw.to_dict()
            if raw is not UNSET:
                field_dict["raw"] = raw

        if flaws is not None and "urlencoded" in flaws:
            keep_raw(field_dict, flaws["urlencoded"])
        else:
            urlencoded: dict[str, Any] | Unset = UNSET
            if not isinstance(self.urlencoded, Unset):
                urlencoded = self.urlencoded.to_dict()
            if urlencoded is not UNSET:
                field_dict["urlencoded"] = urlencoded

        if flaws is not None and "params" in flaws:
            keep_raw(field_dict, flaws["params"])
        else:
            params: dict[str, Any] | Unset = UNSET
            if not isinstance(self.params, Unset):
                params = self.params.to_dict()
            if params is not UNSET:
                field_dict["params"] = params

        if flaws is not None and "binary" in flaws:
            keep_raw(field_dict, flaws["binary"])
        else:
            binary: dict[str, Any] | Unset = UNSET
            if not isinstance(self.binary, Unset):
                binary = self.binary.to_dict()
            if binary is not UNSET:
                field_dict["binary"] = binary

        if flaws is not None and "graphql" in flaws:
            keep_raw(field_dict, flaws["graphql"])
        else:
            graphql: dict[str, Any] | Unset = UNSET
            if not isinstance(self.graphql, Unset):
                graphql = self.graphql.to_dict()
            if graphql is not UNSET:
                field_dict["graphql"] = graphql

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionItemBodyOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_item_body_options_binary import CollectionItemBodyOptionsBinary  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_graphql import CollectionItemBodyOptionsGraphql  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_params import CollectionItemBodyOptionsParams  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_urlencoded import CollectionItemBodyOptionsUrlencoded  # noqa: PLC0415
        from postman_raw.models.collection_item_raw_body_options import CollectionItemRawBodyOptions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("raw", UNSET)
        try:
            _raw = _value
            raw: CollectionItemRawBodyOptions | Unset
            if isinstance(_raw, Unset):
                raw = UNSET
            else:
                raw = CollectionItemRawBodyOptions.from_dict(_raw)

            _set(self, "raw", raw)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "raw", "raw", _value, error)

        _value = d.pop("urlencoded", UNSET)
        try:
            _urlencoded = _value
            urlencoded: CollectionItemBodyOptionsUrlencoded | Unset
            if isinstance(_urlencoded, Unset):
                urlencoded = UNSET
            else:
                urlencoded = CollectionItemBodyOptionsUrlencoded.from_dict(_urlencoded)

            _set(self, "urlencoded", urlencoded)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "urlencoded", "urlencoded", _value, error)

        _value = d.pop("params", UNSET)
        try:
            _params = _value
            params: CollectionItemBodyOptionsParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = CollectionItemBodyOptionsParams.from_dict(_params)

            _set(self, "params", params)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "params", "params", _value, error)

        _value = d.pop("binary", UNSET)
        try:
            _binary = _value
            binary: CollectionItemBodyOptionsBinary | Unset
            if isinstance(_binary, Unset):
                binary = UNSET
            else:
                binary = CollectionItemBodyOptionsBinary.from_dict(_binary)

            _set(self, "binary", binary)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "binary", "binary", _value, error)

        _value = d.pop("graphql", UNSET)
        try:
            _graphql = _value
            graphql: CollectionItemBodyOptionsGraphql | Unset
            if isinstance(_graphql, Unset):
                graphql = UNSET
            else:
                graphql = CollectionItemBodyOptionsGraphql.from_dict(_graphql)

            _set(self, "graphql", graphql)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "graphql", "graphql", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("raw", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("urlencoded", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("params", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("binary", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("graphql", UNSET)
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
