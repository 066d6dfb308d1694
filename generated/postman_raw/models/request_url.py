from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.collection_variable import CollectionVariable
    from ..models.url_credentials import UrlCredentials
    from ..models.url_path_segment import UrlPathSegment
    from ..models.url_query_param import UrlQueryParam


T = TypeVar("T", bound="RequestUrl")


@_attrs_define
class RequestUrl(Model):
    """A URL taken apart."""

    raw: str | Unset = UNSET
    """ The whole URL as typed. """
    protocol: str | Unset = UNSET
    """ Scheme, such as `https`. """
    host: list[str] | str | Unset = UNSET
    """ The host, as a string or as its dot-separated parts. """
    path: list[str | UrlPathSegment] | str | Unset = UNSET
    """ The path, as a string or as its segments. """
    port: str | Unset = UNSET
    query: list[UrlQueryParam] | str | Unset = UNSET
    """ The query parameters, as a list or as one query string (`a=1&b=2`). """
    hash_: str | Unset = UNSET
    """ The fragment, without `#`. """
    auth: UrlCredentials | Unset = UNSET
    """ The user information of a URL (`https://user:password@host`), as Postman's tools keep it when they take a
    URL apart. """
    variable: list[CollectionVariable] | Unset = UNSET
    """ Values of the URL's path variables (`:name`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "path",
        "query",
        "auth",
        "variable",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.url_path_segment import UrlPathSegment  # noqa: PLC0415

        raw = self.raw

        protocol = self.protocol

        host: list[str] | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        elif isinstance(self.host, list):
            host = self.host

        else:
            host = self.host

        path: list[dict[str, Any] | str] | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = []
            for path_type_1_item_data in self.path:
                path_type_1_item: dict[str, Any] | str
                if isinstance(path_type_1_item_data, UrlPathSegment):
                    path_type_1_item = path_type_1_item_data.to_dict()
                else:
                    path_type_1_item = path_type_1_item_data
                path.append(path_type_1_item)

        else:
            path = self.path

        port = self.port

        query: list[dict[str, Any]] | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, list):
            query = []
            for query_type_0_item_data in self.query:
                query_type_0_item = query_type_0_item_data.to_dict()
                query.append(query_type_0_item)

        else:
            query = self.query

        hash_ = self.hash_

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        variable: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variable, Unset):
            variable = []
            for variable_item_data in self.variable:
                variable_item = variable_item_data.to_dict()
                variable.append(variable_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw is not UNSET:
            field_dict["raw"] = raw
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if host is not UNSET:
            field_dict["host"] = host
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if query is not UNSET:
            field_dict["query"] = query
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if auth is not UNSET:
            field_dict["auth"] = auth
        if variable is not UNSET:
            field_dict["variable"] = variable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestUrl that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.url_credentials import UrlCredentials  # noqa: PLC0415
        from postman_raw.models.url_path_segment import UrlPathSegment  # noqa: PLC0415
        from postman_raw.models.url_query_param import UrlQueryParam  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        raw = d.pop("raw", UNSET)
        _set(self, "raw", raw)

        protocol = d.pop("protocol", UNSET)
        _set(self, "protocol", protocol)

        def _parse_host(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                host_type_1 = cast("list[str]", data)

                return host_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | str | Unset", data)

        host = _parse_host(d.pop("host", UNSET))

        _set(self, "host", host)

        def _parse_path(data: object) -> list[str | UrlPathSegment] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_1 = []
                _path_type_1 = data
                for path_type_1_item_data in _path_type_1:

                    def _parse_path_type_1_item(data: object) -> str | UrlPathSegment:
                        try:
                            if not UrlPathSegment._matches(data):
                                raise TypeError()
                            path_type_1_item_type_1 = UrlPathSegment.from_dict(data)

                            return path_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast("str | UrlPathSegment", data)

                    path_type_1_item = _parse_path_type_1_item(path_type_1_item_data)

                    path_type_1.append(path_type_1_item)

                return path_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str | UrlPathSegment] | str | Unset", data)

        path = _parse_path(d.pop("path", UNSET))

        _set(self, "path", path)

        port = d.pop("port", UNSET)
        _set(self, "port", port)

        def _parse_query(data: object) -> list[UrlQueryParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_type_0 = []
                _query_type_0 = data
                for query_type_0_item_data in _query_type_0:
                    query_type_0_item = UrlQueryParam.from_dict(query_type_0_item_data)

                    query_type_0.append(query_type_0_item)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[UrlQueryParam] | str | Unset", data)

        query = _parse_query(d.pop("query", UNSET))

        _set(self, "query", query)

        hash_ = d.pop("hash", UNSET)
        _set(self, "hash_", hash_)

        _auth = d.pop("auth", UNSET)
        auth: UrlCredentials | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = UrlCredentials.from_dict(_auth)

        _set(self, "auth", auth)

        _variable = d.pop("variable", UNSET)
        variable: list[CollectionVariable] | Unset = UNSET
        if _variable is not UNSET:
            variable = []
            for variable_item_data in _variable:
                variable_item = CollectionVariable.from_dict(variable_item_data)

                variable.append(variable_item)

        _set(self, "variable", variable)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("auth", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
