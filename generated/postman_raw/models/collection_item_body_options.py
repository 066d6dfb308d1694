from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        urlencoded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urlencoded, Unset):
            urlencoded = self.urlencoded.to_dict()

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        binary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.binary, Unset):
            binary = self.binary.to_dict()

        graphql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphql, Unset):
            graphql = self.graphql.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw is not UNSET:
            field_dict["raw"] = raw
        if urlencoded is not UNSET:
            field_dict["urlencoded"] = urlencoded
        if params is not UNSET:
            field_dict["params"] = params
        if binary is not UNSET:
            field_dict["binary"] = binary
        if graphql is not UNSET:
            field_dict["graphql"] = graphql

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionItemBodyOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_item_body_options_binary import CollectionItemBodyOptionsBinary  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_graphql import CollectionItemBodyOptionsGraphql  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_params import CollectionItemBodyOptionsParams  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options_urlencoded import CollectionItemBodyOptionsUrlencoded  # noqa: PLC0415
        from postman_raw.models.collection_item_raw_body_options import CollectionItemRawBodyOptions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _raw = d.pop("raw", UNSET)
        raw: CollectionItemRawBodyOptions | Unset
        if isinstance(_raw, Unset):
            raw = UNSET
        else:
            raw = CollectionItemRawBodyOptions.from_dict(_raw)

        _set(self, "raw", raw)

        _urlencoded = d.pop("urlencoded", UNSET)
        urlencoded: CollectionItemBodyOptionsUrlencoded | Unset
        if isinstance(_urlencoded, Unset):
            urlencoded = UNSET
        else:
            urlencoded = CollectionItemBodyOptionsUrlencoded.from_dict(_urlencoded)

        _set(self, "urlencoded", urlencoded)

        _params = d.pop("params", UNSET)
        params: CollectionItemBodyOptionsParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = CollectionItemBodyOptionsParams.from_dict(_params)

        _set(self, "params", params)

        _binary = d.pop("binary", UNSET)
        binary: CollectionItemBodyOptionsBinary | Unset
        if isinstance(_binary, Unset):
            binary = UNSET
        else:
            binary = CollectionItemBodyOptionsBinary.from_dict(_binary)

        _set(self, "binary", binary)

        _graphql = d.pop("graphql", UNSET)
        graphql: CollectionItemBodyOptionsGraphql | Unset
        if isinstance(_graphql, Unset):
            graphql = UNSET
        else:
            graphql = CollectionItemBodyOptionsGraphql.from_dict(_graphql)

        _set(self, "graphql", graphql)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("raw", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("urlencoded", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("params", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("binary", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("graphql", UNSET)
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
