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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "raw" in flaws:
            keep_raw(field_dict, flaws["raw"])
        else:
            raw = self.raw
            if raw is not UNSET:
                field_dict["raw"] = raw

        if flaws is not None and "protocol" in flaws:
            keep_raw(field_dict, flaws["protocol"])
        else:
            protocol = self.protocol
            if protocol is not UNSET:
                field_dict["protocol"] = protocol

        if flaws is not None and "host" in flaws:
            keep_raw(field_dict, flaws["host"])
        else:
            host: list[str] | str | Unset
            if isinstance(self.host, Unset):
                host = UNSET
            elif isinstance(self.host, list):
                host = self.host

            else:
                host = self.host
            if host is not UNSET:
                field_dict["host"] = host

        if flaws is not None and "path" in flaws:
            keep_raw(field_dict, flaws["path"])
        else:
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
            if path is not UNSET:
                field_dict["path"] = path

        if flaws is not None and "port" in flaws:
            keep_raw(field_dict, flaws["port"])
        else:
            port = self.port
            if port is not UNSET:
                field_dict["port"] = port

        if flaws is not None and "query" in flaws:
            keep_raw(field_dict, flaws["query"])
        else:
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
            if query is not UNSET:
                field_dict["query"] = query

        if flaws is not None and "hash_" in flaws:
            keep_raw(field_dict, flaws["hash_"])
        else:
            hash_ = self.hash_
            if hash_ is not UNSET:
                field_dict["hash"] = hash_

        if flaws is not None and "auth" in flaws:
            keep_raw(field_dict, flaws["auth"])
        else:
            auth: dict[str, Any] | Unset = UNSET
            if not isinstance(self.auth, Unset):
                auth = self.auth.to_dict()
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "variable" in flaws:
            keep_raw(field_dict, flaws["variable"])
        else:
            variable: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.variable, Unset):
                variable = []
                for variable_item_data in self.variable:
                    variable_item = variable_item_data.to_dict()
                    variable.append(variable_item)

            if variable is not UNSET:
                field_dict["variable"] = variable

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestUrl that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.url_credentials import UrlCredentials  # noqa: PLC0415
        from postman_raw.models.url_path_segment import UrlPathSegment  # noqa: PLC0415
        from postman_raw.models.url_query_param import UrlQueryParam  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("raw", UNSET)
        try:
            raw = _value
            if raw is not UNSET and not (isinstance(raw, str)):
                raise wrong_type("str", raw)
            _set(self, "raw", raw)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "raw", "raw", _value, error)

        _value = d.pop("protocol", UNSET)
        try:
            protocol = _value
            if protocol is not UNSET and not (isinstance(protocol, str)):
                raise wrong_type("str", protocol)
            _set(self, "protocol", protocol)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "protocol", "protocol", _value, error)

        _value = d.pop("host", UNSET)
        try:

            def _parse_host(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    host_type_1 = cast("list[str]", data)
                    if not isinstance(host_type_1, list) or not all(isinstance(item, str) for item in host_type_1):
                        raise wrong_type("an array of str", host_type_1)

                    return host_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[str] | str", data)
                return cast("list[str] | str | Unset", data)

            host = _parse_host(_value)

            _set(self, "host", host)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "host", "host", _value, error)

        _value = d.pop("path", UNSET)
        try:

            def _parse_path(data: object) -> list[str | UrlPathSegment] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    path_type_1 = []
                    _path_type_1 = data
                    if not isinstance(_path_type_1, list):
                        raise wrong_type("an array", _path_type_1)
                    for path_type_1_item_data in _path_type_1:

                        def _parse_path_type_1_item(data: object) -> str | UrlPathSegment:
                            try:
                                if not UrlPathSegment._matches(data):
                                    raise TypeError()
                                path_type_1_item_type_1 = UrlPathSegment.from_dict(data)

                                return path_type_1_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not (isinstance(data, str)):
                                raise wrong_type("str | UrlPathSegment", data)
                            return cast("str | UrlPathSegment", data)

                        path_type_1_item = _parse_path_type_1_item(path_type_1_item_data)

                        path_type_1.append(path_type_1_item)

                    return path_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[str | UrlPathSegment] | str", data)
                return cast("list[str | UrlPathSegment] | str | Unset", data)

            path = _parse_path(_value)

            _set(self, "path", path)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path", "path", _value, error)

        _value = d.pop("port", UNSET)
        try:
            port = _value
            if port is not UNSET and not (isinstance(port, str)):
                raise wrong_type("str", port)
            _set(self, "port", port)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "port", "port", _value, error)

        _value = d.pop("query", UNSET)
        try:

            def _parse_query(data: object) -> list[UrlQueryParam] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    query_type_0 = []
                    _query_type_0 = data
                    if not isinstance(_query_type_0, list):
                        raise wrong_type("an array", _query_type_0)
                    for query_type_0_item_data in _query_type_0:
                        query_type_0_item = UrlQueryParam.from_dict(query_type_0_item_data)

                        query_type_0.append(query_type_0_item)

                    return query_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[UrlQueryParam] | str", data)
                return cast("list[UrlQueryParam] | str | Unset", data)

            query = _parse_query(_value)

            _set(self, "query", query)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "query", "query", _value, error)

        _value = d.pop("hash", UNSET)
        try:
            hash_ = _value
            if hash_ is not UNSET and not (isinstance(hash_, str)):
                raise wrong_type("str", hash_)
            _set(self, "hash_", hash_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "hash_", "hash", _value, error)

        _value = d.pop("auth", UNSET)
        try:
            _auth = _value
            auth: UrlCredentials | Unset
            if isinstance(_auth, Unset):
                auth = UNSET
            else:
                auth = UrlCredentials.from_dict(_auth)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("variable", UNSET)
        try:
            _variable = _value
            variable: list[CollectionVariable] | Unset = UNSET
            if _variable is not UNSET:
                if not isinstance(_variable, list):
                    raise wrong_type("an array", _variable)
                variable = []
                for variable_item_data in _variable:
                    variable_item = CollectionVariable.from_dict(variable_item_data)

                    variable.append(variable_item)

            _set(self, "variable", variable)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variable", "variable", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("auth", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("variable", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
