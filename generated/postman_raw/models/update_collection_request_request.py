from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_body_mode import CollectionItemBodyMode, check_collection_item_body_mode
from ..models.collection_item_http_method import CollectionItemHttpMethod, check_collection_item_http_method
from ..types import UNSET, Model, Unset, accepts, read_lazily

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

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        header_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.header_data, Unset):
            header_data = []
            for header_data_item_data in self.header_data:
                header_data_item = header_data_item_data.to_dict()
                header_data.append(header_data_item)

        query_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = []
            for query_params_item_data in self.query_params:
                query_params_item = query_params_item_data.to_dict()
                query_params.append(query_params_item)

        data_mode: str | Unset = UNSET
        if not isinstance(self.data_mode, Unset):
            data_mode = self.data_mode

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

        raw_mode_data: None | str | Unset
        if isinstance(self.raw_mode_data, Unset):
            raw_mode_data = UNSET
        else:
            raw_mode_data = self.raw_mode_data

        graphql_mode_data: dict[str, Any] | None | Unset
        if isinstance(self.graphql_mode_data, Unset):
            graphql_mode_data = UNSET
        elif isinstance(self.graphql_mode_data, CollectionItemGraphqlBody):
            graphql_mode_data = self.graphql_mode_data.to_dict()
        else:
            graphql_mode_data = self.graphql_mode_data

        data_options: dict[str, Any] | None | Unset
        if isinstance(self.data_options, Unset):
            data_options = UNSET
        elif isinstance(self.data_options, CollectionItemBodyOptions):
            data_options = self.data_options.to_dict()
        else:
            data_options = self.data_options

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AuthDefinition):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if header_data is not UNSET:
            field_dict["headerData"] = header_data
        if query_params is not UNSET:
            field_dict["queryParams"] = query_params
        if data_mode is not UNSET:
            field_dict["dataMode"] = data_mode
        if data is not UNSET:
            field_dict["data"] = data
        if raw_mode_data is not UNSET:
            field_dict["rawModeData"] = raw_mode_data
        if graphql_mode_data is not UNSET:
            field_dict["graphqlModeData"] = graphql_mode_data
        if data_options is not UNSET:
            field_dict["dataOptions"] = data_options
        if auth is not UNSET:
            field_dict["auth"] = auth
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateCollectionRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_item_form_field import CollectionItemFormField  # noqa: PLC0415
        from postman_raw.models.collection_item_graphql_body import CollectionItemGraphqlBody  # noqa: PLC0415
        from postman_raw.models.collection_item_query_param import CollectionItemQueryParam  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        _method = d.pop("method", UNSET)
        method: CollectionItemHttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_collection_item_http_method(_method)

        _set(self, "method", method)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        url = _parse_url(d.pop("url", UNSET))

        _set(self, "url", url)

        _header_data = d.pop("headerData", UNSET)
        header_data: list[HeaderEntry] | Unset = UNSET
        if _header_data is not UNSET:
            header_data = []
            for header_data_item_data in _header_data:
                header_data_item = HeaderEntry.from_dict(header_data_item_data)

                header_data.append(header_data_item)

        _set(self, "header_data", header_data)

        _query_params = d.pop("queryParams", UNSET)
        query_params: list[CollectionItemQueryParam] | Unset = UNSET
        if _query_params is not UNSET:
            query_params = []
            for query_params_item_data in _query_params:
                query_params_item = CollectionItemQueryParam.from_dict(query_params_item_data)

                query_params.append(query_params_item)

        _set(self, "query_params", query_params)

        _data_mode = d.pop("dataMode", UNSET)
        data_mode: CollectionItemBodyMode | Unset
        if isinstance(_data_mode, Unset):
            data_mode = UNSET
        else:
            data_mode = check_collection_item_body_mode(_data_mode)

        _set(self, "data_mode", data_mode)

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
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = CollectionItemFormField.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CollectionItemFormField] | None | Unset", data)

        data = _parse_data(d.pop("data", UNSET))

        _set(self, "data", data)

        def _parse_raw_mode_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        raw_mode_data = _parse_raw_mode_data(d.pop("rawModeData", UNSET))

        _set(self, "raw_mode_data", raw_mode_data)

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
            return cast("CollectionItemGraphqlBody | None | Unset", data)

        graphql_mode_data = _parse_graphql_mode_data(d.pop("graphqlModeData", UNSET))

        _set(self, "graphql_mode_data", graphql_mode_data)

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
            return cast("CollectionItemBodyOptions | None | Unset", data)

        data_options = _parse_data_options(d.pop("dataOptions", UNSET))

        _set(self, "data_options", data_options)

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
            return cast("AuthDefinition | None | Unset", data)

        auth = _parse_auth(d.pop("auth", UNSET))

        _set(self, "auth", auth)

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
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = ScriptEvent.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ScriptEvent] | None | Unset", data)

        events = _parse_events(d.pop("events", UNSET))

        _set(self, "events", events)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("method", UNSET)
        if value is not UNSET and not (accepts(check_collection_item_http_method, value)):
            return False
        value = data.get("headerData", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("queryParams", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("dataMode", UNSET)
        if value is not UNSET and not (accepts(check_collection_item_body_mode, value)):
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
