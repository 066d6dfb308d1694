from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_body_mode import CollectionItemBodyMode, check_collection_item_body_mode
from ..models.collection_item_http_method import CollectionItemHttpMethod, check_collection_item_http_method
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
    from ..models.auth_definition import AuthDefinition
    from ..models.collection_item_body_options import CollectionItemBodyOptions
    from ..models.collection_item_form_field import CollectionItemFormField
    from ..models.collection_item_graphql_body import CollectionItemGraphqlBody
    from ..models.collection_item_query_param import CollectionItemQueryParam
    from ..models.header_entry import HeaderEntry
    from ..models.script_event import ScriptEvent


T = TypeVar("T", bound="UpdateCollectionRequestRequest")


@_attrs_define
class UpdateCollectionRequestRequest(Model):
    """The request fields to change, in the item-level format; fields left out keep their values."""

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    method: CollectionItemHttpMethod | Unset = UNSET
    """ An HTTP method accepted for an item-level request. """
    url: None | str | Unset = UNSET
    header_data: list[HeaderEntry] | Unset = UNSET
    query_params: list[CollectionItemQueryParam] | Unset = UNSET
    data_mode: CollectionItemBodyMode | Unset = UNSET
    """ The kind of body an item-level request sends. """
    data: list[CollectionItemFormField] | None | Unset = UNSET
    raw_mode_data: None | str | Unset = UNSET
    graphql_mode_data: CollectionItemGraphqlBody | None | Unset = UNSET
    data_options: CollectionItemBodyOptions | None | Unset = UNSET
    auth: AuthDefinition | None | Unset = UNSET
    """ The request's authentication; null to inherit from the folder or collection. """
    events: list[ScriptEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "header_data",
        "query_params",
        "data",
        "graphql_mode_data",
        "data_options",
        "auth",
        "events",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_item_graphql_body import CollectionItemGraphqlBody  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method: str | Unset = UNSET
            if not isinstance(self.method, Unset):
                method = self.method

            if method is not UNSET:
                field_dict["method"] = method

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None and "header_data" in flaws:
            keep_raw(field_dict, flaws["header_data"])
        else:
            header_data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.header_data, Unset):
                header_data = []
                for header_data_item_data in self.header_data:
                    header_data_item = header_data_item_data.to_dict()
                    header_data.append(header_data_item)

            if header_data is not UNSET:
                field_dict["headerData"] = header_data

        if flaws is not None and "query_params" in flaws:
            keep_raw(field_dict, flaws["query_params"])
        else:
            query_params: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.query_params, Unset):
                query_params = []
                for query_params_item_data in self.query_params:
                    query_params_item = query_params_item_data.to_dict()
                    query_params.append(query_params_item)

            if query_params is not UNSET:
                field_dict["queryParams"] = query_params

        if flaws is not None and "data_mode" in flaws:
            keep_raw(field_dict, flaws["data_mode"])
        else:
            data_mode: str | Unset = UNSET
            if not isinstance(self.data_mode, Unset):
                data_mode = self.data_mode

            if data_mode is not UNSET:
                field_dict["dataMode"] = data_mode

        if flaws is not None and "data" in flaws:
            keep_raw(field_dict, flaws["data"])
        else:
            data: list[dict[str, Any]] | None | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = data_type_0_item_data.to_dict()
                    data.append(data_type_0_item)

            else:
                data = self.data
            if data is not UNSET:
                field_dict["data"] = data

        if flaws is not None and "raw_mode_data" in flaws:
            keep_raw(field_dict, flaws["raw_mode_data"])
        else:
            raw_mode_data: None | str | Unset
            if isinstance(self.raw_mode_data, Unset):
                raw_mode_data = UNSET
            else:
                raw_mode_data = self.raw_mode_data
            if raw_mode_data is not UNSET:
                field_dict["rawModeData"] = raw_mode_data

        if flaws is not None and "graphql_mode_data" in flaws:
            keep_raw(field_dict, flaws["graphql_mode_data"])
        else:
            graphql_mode_data: dict[str, Any] | None | Unset
            if isinstance(self.graphql_mode_data, Unset):
                graphql_mode_data = UNSET
            elif isinstance(self.graphql_mode_data, CollectionItemGraphqlBody):
                graphql_mode_data = self.graphql_mode_data.to_dict()
            else:
                graphql_mode_data = self.graphql_mode_data
            if graphql_mode_data is not UNSET:
                field_dict["graphqlModeData"] = graphql_mode_data

        if flaws is not None and "data_options" in flaws:
            keep_raw(field_dict, flaws["data_options"])
        else:
            data_options: dict[str, Any] | None | Unset
            if isinstance(self.data_options, Unset):
                data_options = UNSET
            elif isinstance(self.data_options, CollectionItemBodyOptions):
                data_options = self.data_options.to_dict()
            else:
                data_options = self.data_options
            if data_options is not UNSET:
                field_dict["dataOptions"] = data_options

        if flaws is not None and "auth" in flaws:
            keep_raw(field_dict, flaws["auth"])
        else:
            auth: dict[str, Any] | None | Unset
            if isinstance(self.auth, Unset):
                auth = UNSET
            elif isinstance(self.auth, AuthDefinition):
                auth = self.auth.to_dict()
            else:
                auth = self.auth
            if auth is not UNSET:
                field_dict["auth"] = auth

        if flaws is not None and "events" in flaws:
            keep_raw(field_dict, flaws["events"])
        else:
            events: list[dict[str, Any]] | None | Unset
            if isinstance(self.events, Unset):
                events = UNSET
            elif isinstance(self.events, list):
                events = []
                for events_type_0_item_data in self.events:
                    events_type_0_item = events_type_0_item_data.to_dict()
                    events.append(events_type_0_item)

            else:
                events = self.events
            if events is not UNSET:
                field_dict["events"] = events

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateCollectionRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_item_form_field import CollectionItemFormField  # noqa: PLC0415
        from postman_raw.models.collection_item_graphql_body import CollectionItemGraphqlBody  # noqa: PLC0415
        from postman_raw.models.collection_item_query_param import CollectionItemQueryParam  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

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

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("method", UNSET)
        try:
            _method = _value
            method: CollectionItemHttpMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = enum_value(check_collection_item_http_method, _method)

            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("url", UNSET)
        try:

            def _parse_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            url = _parse_url(_value)

            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("headerData", UNSET)
        try:
            _header_data = _value
            header_data: list[HeaderEntry] | Unset = UNSET
            if _header_data is not UNSET:
                if not isinstance(_header_data, list):
                    raise wrong_type("an array", _header_data)
                header_data = []
                for header_data_item_data in _header_data:
                    header_data_item = HeaderEntry.from_dict(header_data_item_data)

                    header_data.append(header_data_item)

            _set(self, "header_data", header_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "header_data", "headerData", _value, error)

        _value = d.pop("queryParams", UNSET)
        try:
            _query_params = _value
            query_params: list[CollectionItemQueryParam] | Unset = UNSET
            if _query_params is not UNSET:
                if not isinstance(_query_params, list):
                    raise wrong_type("an array", _query_params)
                query_params = []
                for query_params_item_data in _query_params:
                    query_params_item = CollectionItemQueryParam.from_dict(query_params_item_data)

                    query_params.append(query_params_item)

            _set(self, "query_params", query_params)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "query_params", "queryParams", _value, error)

        _value = d.pop("dataMode", UNSET)
        try:
            _data_mode = _value
            data_mode: CollectionItemBodyMode | Unset
            if isinstance(_data_mode, Unset):
                data_mode = UNSET
            else:
                data_mode = enum_value(check_collection_item_body_mode, _data_mode)

            _set(self, "data_mode", data_mode)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data_mode", "dataMode", _value, error)

        _value = d.pop("data", UNSET)
        try:

            def _parse_data(data: object) -> list[CollectionItemFormField] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    data_type_0 = []
                    _data_type_0 = data
                    if not isinstance(_data_type_0, list):
                        raise wrong_type("an array", _data_type_0)
                    for data_type_0_item_data in _data_type_0:
                        data_type_0_item = CollectionItemFormField.from_dict(data_type_0_item_data)

                        data_type_0.append(data_type_0_item)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[CollectionItemFormField] | None", data)
                return cast("list[CollectionItemFormField] | None | Unset", data)

            data = _parse_data(_value)

            _set(self, "data", data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data", "data", _value, error)

        _value = d.pop("rawModeData", UNSET)
        try:

            def _parse_raw_mode_data(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            raw_mode_data = _parse_raw_mode_data(_value)

            _set(self, "raw_mode_data", raw_mode_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "raw_mode_data", "rawModeData", _value, error)

        _value = d.pop("graphqlModeData", UNSET)
        try:

            def _parse_graphql_mode_data(data: object) -> CollectionItemGraphqlBody | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not CollectionItemGraphqlBody._matches(data):
                        raise TypeError()
                    graphql_mode_data_type_0 = CollectionItemGraphqlBody.from_dict(data)

                    return graphql_mode_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("CollectionItemGraphqlBody | None", data)
                return cast("CollectionItemGraphqlBody | None | Unset", data)

            graphql_mode_data = _parse_graphql_mode_data(_value)

            _set(self, "graphql_mode_data", graphql_mode_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "graphql_mode_data", "graphqlModeData", _value, error)

        _value = d.pop("dataOptions", UNSET)
        try:

            def _parse_data_options(data: object) -> CollectionItemBodyOptions | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not CollectionItemBodyOptions._matches(data):
                        raise TypeError()
                    data_options_type_0 = CollectionItemBodyOptions.from_dict(data)

                    return data_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("CollectionItemBodyOptions | None", data)
                return cast("CollectionItemBodyOptions | None | Unset", data)

            data_options = _parse_data_options(_value)

            _set(self, "data_options", data_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data_options", "dataOptions", _value, error)

        _value = d.pop("auth", UNSET)
        try:

            def _parse_auth(data: object) -> AuthDefinition | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not AuthDefinition._matches(data):
                        raise TypeError()
                    auth_type_0 = AuthDefinition.from_dict(data)

                    return auth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("AuthDefinition | None", data)
                return cast("AuthDefinition | None | Unset", data)

            auth = _parse_auth(_value)

            _set(self, "auth", auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth", "auth", _value, error)

        _value = d.pop("events", UNSET)
        try:

            def _parse_events(data: object) -> list[ScriptEvent] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    events_type_0 = []
                    _events_type_0 = data
                    if not isinstance(_events_type_0, list):
                        raise wrong_type("an array", _events_type_0)
                    for events_type_0_item_data in _events_type_0:
                        events_type_0_item = ScriptEvent.from_dict(events_type_0_item_data)

                        events_type_0.append(events_type_0_item)

                    return events_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[ScriptEvent] | None", data)
                return cast("list[ScriptEvent] | None | Unset", data)

            events = _parse_events(_value)

            _set(self, "events", events)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "events", "events", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("method", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_collection_item_http_method, value)):
            return False
        value = data.get("headerData", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("queryParams", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("dataMode", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_collection_item_body_mode, value)):
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
