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
    from ..models.auth_definition import AuthDefinition
    from ..models.collection_item_body_options import CollectionItemBodyOptions
    from ..models.collection_item_form_field import CollectionItemFormField
    from ..models.collection_item_graphql_body import CollectionItemGraphqlBody
    from ..models.collection_item_path_variable import CollectionItemPathVariable
    from ..models.collection_item_query_param import CollectionItemQueryParam
    from ..models.collection_request_record_path_variables_type_0 import CollectionRequestRecordPathVariablesType0
    from ..models.collection_response_record import CollectionResponseRecord
    from ..models.collection_variable import CollectionVariable
    from ..models.header_entry import HeaderEntry
    from ..models.protocol_profile_behavior import ProtocolProfileBehavior
    from ..models.script_event import ScriptEvent


T = TypeVar("T", bound="CollectionRequestRecord")


@_attrs_define
class CollectionRequestRecord(Model):
    """A request in the item-level format. The body is spread over `dataMode` (which kind),
    `rawModeData`, `data` (form fields), `graphqlModeData` and `dataOptions`. Which fields
    appear depends on the operation and on the `ids` and `populate` query parameters.
    `createdAt` and `updatedAt` are plain strings: inside a populated folder Postman
    documents neither.

    """

    id: str | Unset = UNSET
    """ The request's id. """
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    description_format: None | str | Unset = UNSET
    """ Format of the description, such as `markdown`; null for the usual one. """
    collection: str | Unset = UNSET
    """ Id of the collection the request is in. """
    folder: None | str | Unset = UNSET
    """ Id of the folder the request is in; null at the collection's top level. """
    owner: str | Unset = UNSET
    """ Id of the user who owns the request. """
    last_updated_by: str | Unset = UNSET
    """ Id of the user who changed the request last. """
    last_revision: int | Unset = UNSET
    """ Revision number of the request's last change. """
    method: None | str | Unset = UNSET
    """ The HTTP method, such as `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`, `OPTIONS` or a WebDAV verb. """
    url: None | str | Unset = UNSET
    """ The URL as typed, with `{{variables}}` and `:pathVariables` left in place. """
    headers: list[HeaderEntry] | None | str | Unset = UNSET
    """ The headers in the older form (one `Key: value` line each), or as a list; often null. """
    header_data: list[HeaderEntry] | None | Unset = UNSET
    """ The headers. """
    query_params: list[CollectionItemQueryParam] | None | Unset = UNSET
    """ The query parameters. """
    path_variables: CollectionRequestRecordPathVariablesType0 | None | Unset = UNSET
    """ Values of the URL's path variables by name (older form). """
    path_variable_data: list[CollectionItemPathVariable] | None | Unset = UNSET
    """ The URL's path variables (`:name`) and their values. """
    data_mode: None | str | Unset = UNSET
    """ Which kind of body the request sends: `raw`, `urlencoded`, `formdata`, `binary` or `graphql`; null for none.
    """
    data: list[CollectionItemFormField] | None | Unset = UNSET
    """ Form fields, for the `formdata` and `urlencoded` modes. """
    data_disabled: bool | Unset = UNSET
    """ When true the body is kept but not sent. """
    raw_mode_data: None | str | Unset = UNSET
    """ The body text, for the `raw` mode. """
    graphql_mode_data: CollectionItemGraphqlBody | None | Unset = UNSET
    data_options: CollectionItemBodyOptions | None | Unset = UNSET
    auth: AuthDefinition | None | str | Unset = UNSET
    """ The item's authentication: a setup object, the bare name of a method (such as `noauth`), or null to inherit
    from the parent. """
    events: list[ScriptEvent] | None | Unset = UNSET
    """ Scripts run before or after the request; null when there are none. """
    variables: list[CollectionVariable] | None | Unset = UNSET
    """ The request's variables; null when there are none. """
    pre_request_script: None | str | Unset = UNSET
    """ Pre-request script source in the older single-string form. """
    tests: None | str | Unset = UNSET
    """ Test script source in the older single-string form. """
    current_helper: None | str | Unset = UNSET
    """ Older name of the auth helper in use. """
    helper_attributes: Any | Unset = UNSET
    """ Older settings of the auth helper (any JSON value, usually null). """
    protocol_profile_behavior: None | ProtocolProfileBehavior | Unset = UNSET
    responses: list[CollectionResponseRecord | str] | Unset = UNSET
    """ The saved responses, as ids (or as responses when contents are populated). """
    responses_order: list[str] | Unset = UNSET
    """ Ids of the saved responses, in order. """
    created_at: str | Unset = UNSET
    """ When it was created, as ISO 8601 text. """
    updated_at: str | Unset = UNSET
    """ When it was last changed, as ISO 8601 text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "headers",
        "header_data",
        "query_params",
        "path_variables",
        "path_variable_data",
        "data",
        "graphql_mode_data",
        "data_options",
        "auth",
        "events",
        "variables",
        "protocol_profile_behavior",
        "responses",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_item_graphql_body import CollectionItemGraphqlBody  # noqa: PLC0415
        from postman_raw.models.collection_request_record_path_variables_type_0 import (
            CollectionRequestRecordPathVariablesType0,  # noqa: PLC0415
        )
        from postman_raw.models.collection_response_record import CollectionResponseRecord  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
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

        if flaws is not None and "description_format" in flaws:
            keep_raw(field_dict, flaws["description_format"])
        else:
            description_format: None | str | Unset
            if isinstance(self.description_format, Unset):
                description_format = UNSET
            else:
                description_format = self.description_format
            if description_format is not UNSET:
                field_dict["descriptionFormat"] = description_format

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection = self.collection
            if collection is not UNSET:
                field_dict["collection"] = collection

        if flaws is not None and "folder" in flaws:
            keep_raw(field_dict, flaws["folder"])
        else:
            folder: None | str | Unset
            if isinstance(self.folder, Unset):
                folder = UNSET
            else:
                folder = self.folder
            if folder is not UNSET:
                field_dict["folder"] = folder

        if flaws is not None and "owner" in flaws:
            keep_raw(field_dict, flaws["owner"])
        else:
            owner = self.owner
            if owner is not UNSET:
                field_dict["owner"] = owner

        if flaws is not None and "last_updated_by" in flaws:
            keep_raw(field_dict, flaws["last_updated_by"])
        else:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["lastUpdatedBy"] = last_updated_by

        if flaws is not None and "last_revision" in flaws:
            keep_raw(field_dict, flaws["last_revision"])
        else:
            last_revision = self.last_revision
            if last_revision is not UNSET:
                field_dict["lastRevision"] = last_revision

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method: None | str | Unset
            if isinstance(self.method, Unset):
                method = UNSET
            else:
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

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: list[dict[str, Any]] | None | str | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, list):
                headers = []
                for headers_type_0_item_data in self.headers:
                    headers_type_0_item = headers_type_0_item_data.to_dict()
                    headers.append(headers_type_0_item)

            else:
                headers = self.headers
            if headers is not UNSET:
                field_dict["headers"] = headers

        if flaws is not None and "header_data" in flaws:
            keep_raw(field_dict, flaws["header_data"])
        else:
            header_data: list[dict[str, Any]] | None | Unset
            if isinstance(self.header_data, Unset):
                header_data = UNSET
            elif isinstance(self.header_data, list):
                header_data = []
                for header_data_type_0_item_data in self.header_data:
                    header_data_type_0_item = header_data_type_0_item_data.to_dict()
                    header_data.append(header_data_type_0_item)

            else:
                header_data = self.header_data
            if header_data is not UNSET:
                field_dict["headerData"] = header_data

        if flaws is not None and "query_params" in flaws:
            keep_raw(field_dict, flaws["query_params"])
        else:
            query_params: list[dict[str, Any]] | None | Unset
            if isinstance(self.query_params, Unset):
                query_params = UNSET
            elif isinstance(self.query_params, list):
                query_params = []
                for query_params_type_0_item_data in self.query_params:
                    query_params_type_0_item = query_params_type_0_item_data.to_dict()
                    query_params.append(query_params_type_0_item)

            else:
                query_params = self.query_params
            if query_params is not UNSET:
                field_dict["queryParams"] = query_params

        if flaws is not None and "path_variables" in flaws:
            keep_raw(field_dict, flaws["path_variables"])
        else:
            path_variables: dict[str, Any] | None | Unset
            if isinstance(self.path_variables, Unset):
                path_variables = UNSET
            elif isinstance(self.path_variables, CollectionRequestRecordPathVariablesType0):
                path_variables = self.path_variables.to_dict()
            else:
                path_variables = self.path_variables
            if path_variables is not UNSET:
                field_dict["pathVariables"] = path_variables

        if flaws is not None and "path_variable_data" in flaws:
            keep_raw(field_dict, flaws["path_variable_data"])
        else:
            path_variable_data: list[dict[str, Any]] | None | Unset
            if isinstance(self.path_variable_data, Unset):
                path_variable_data = UNSET
            elif isinstance(self.path_variable_data, list):
                path_variable_data = []
                for path_variable_data_type_0_item_data in self.path_variable_data:
                    path_variable_data_type_0_item = path_variable_data_type_0_item_data.to_dict()
                    path_variable_data.append(path_variable_data_type_0_item)

            else:
                path_variable_data = self.path_variable_data
            if path_variable_data is not UNSET:
                field_dict["pathVariableData"] = path_variable_data

        if flaws is not None and "data_mode" in flaws:
            keep_raw(field_dict, flaws["data_mode"])
        else:
            data_mode: None | str | Unset
            if isinstance(self.data_mode, Unset):
                data_mode = UNSET
            else:
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

        if flaws is not None and "data_disabled" in flaws:
            keep_raw(field_dict, flaws["data_disabled"])
        else:
            data_disabled = self.data_disabled
            if data_disabled is not UNSET:
                field_dict["dataDisabled"] = data_disabled

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
            auth: dict[str, Any] | None | str | Unset
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

        if flaws is not None and "variables" in flaws:
            keep_raw(field_dict, flaws["variables"])
        else:
            variables: list[dict[str, Any]] | None | Unset
            if isinstance(self.variables, Unset):
                variables = UNSET
            elif isinstance(self.variables, list):
                variables = []
                for variables_type_0_item_data in self.variables:
                    variables_type_0_item = variables_type_0_item_data.to_dict()
                    variables.append(variables_type_0_item)

            else:
                variables = self.variables
            if variables is not UNSET:
                field_dict["variables"] = variables

        if flaws is not None and "pre_request_script" in flaws:
            keep_raw(field_dict, flaws["pre_request_script"])
        else:
            pre_request_script: None | str | Unset
            if isinstance(self.pre_request_script, Unset):
                pre_request_script = UNSET
            else:
                pre_request_script = self.pre_request_script
            if pre_request_script is not UNSET:
                field_dict["preRequestScript"] = pre_request_script

        if flaws is not None and "tests" in flaws:
            keep_raw(field_dict, flaws["tests"])
        else:
            tests: None | str | Unset
            if isinstance(self.tests, Unset):
                tests = UNSET
            else:
                tests = self.tests
            if tests is not UNSET:
                field_dict["tests"] = tests

        if flaws is not None and "current_helper" in flaws:
            keep_raw(field_dict, flaws["current_helper"])
        else:
            current_helper: None | str | Unset
            if isinstance(self.current_helper, Unset):
                current_helper = UNSET
            else:
                current_helper = self.current_helper
            if current_helper is not UNSET:
                field_dict["currentHelper"] = current_helper

        if flaws is not None and "helper_attributes" in flaws:
            keep_raw(field_dict, flaws["helper_attributes"])
        else:
            helper_attributes = self.helper_attributes
            if helper_attributes is not UNSET:
                field_dict["helperAttributes"] = helper_attributes

        if flaws is not None and "protocol_profile_behavior" in flaws:
            keep_raw(field_dict, flaws["protocol_profile_behavior"])
        else:
            protocol_profile_behavior: dict[str, Any] | None | Unset
            if isinstance(self.protocol_profile_behavior, Unset):
                protocol_profile_behavior = UNSET
            elif isinstance(self.protocol_profile_behavior, ProtocolProfileBehavior):
                protocol_profile_behavior = self.protocol_profile_behavior.to_dict()
            else:
                protocol_profile_behavior = self.protocol_profile_behavior
            if protocol_profile_behavior is not UNSET:
                field_dict["protocolProfileBehavior"] = protocol_profile_behavior

        if flaws is not None and "responses" in flaws:
            keep_raw(field_dict, flaws["responses"])
        else:
            responses: list[dict[str, Any] | str] | Unset = UNSET
            if not isinstance(self.responses, Unset):
                responses = []
                for responses_item_data in self.responses:
                    responses_item: dict[str, Any] | str
                    if isinstance(responses_item_data, CollectionResponseRecord):
                        responses_item = responses_item_data.to_dict()
                    else:
                        responses_item = responses_item_data
                    responses.append(responses_item)

            if responses is not UNSET:
                field_dict["responses"] = responses

        if flaws is not None and "responses_order" in flaws:
            keep_raw(field_dict, flaws["responses_order"])
        else:
            responses_order: list[str] | Unset = UNSET
            if not isinstance(self.responses_order, Unset):
                responses_order = self.responses_order

            if responses_order is not UNSET:
                field_dict["responses_order"] = responses_order

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = self.created_at
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at = self.updated_at
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionRequestRecord that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.auth_definition import AuthDefinition  # noqa: PLC0415
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_item_form_field import CollectionItemFormField  # noqa: PLC0415
        from postman_raw.models.collection_item_graphql_body import CollectionItemGraphqlBody  # noqa: PLC0415
        from postman_raw.models.collection_item_path_variable import CollectionItemPathVariable  # noqa: PLC0415
        from postman_raw.models.collection_item_query_param import CollectionItemQueryParam  # noqa: PLC0415
        from postman_raw.models.collection_request_record_path_variables_type_0 import (
            CollectionRequestRecordPathVariablesType0,  # noqa: PLC0415
        )
        from postman_raw.models.collection_response_record import CollectionResponseRecord  # noqa: PLC0415
        from postman_raw.models.collection_variable import CollectionVariable  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.protocol_profile_behavior import ProtocolProfileBehavior  # noqa: PLC0415
        from postman_raw.models.script_event import ScriptEvent  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            name = _parse_name(_value)

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

        _value = d.pop("descriptionFormat", UNSET)
        try:

            def _parse_description_format(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            description_format = _parse_description_format(_value)

            _set(self, "description_format", description_format)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description_format", "descriptionFormat", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            collection = _value
            if collection is not UNSET and not (isinstance(collection, str)):
                raise wrong_type("str", collection)
            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("folder", UNSET)
        try:

            def _parse_folder(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            folder = _parse_folder(_value)

            _set(self, "folder", folder)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folder", "folder", _value, error)

        _value = d.pop("owner", UNSET)
        try:
            owner = _value
            if owner is not UNSET and not (isinstance(owner, str)):
                raise wrong_type("str", owner)
            _set(self, "owner", owner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "owner", "owner", _value, error)

        _value = d.pop("lastUpdatedBy", UNSET)
        try:
            last_updated_by = _value
            if last_updated_by is not UNSET and not (isinstance(last_updated_by, str)):
                raise wrong_type("str", last_updated_by)
            _set(self, "last_updated_by", last_updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_updated_by", "lastUpdatedBy", _value, error)

        _value = d.pop("lastRevision", UNSET)
        try:
            last_revision = _value
            if last_revision is not UNSET and not (type(last_revision) is int):
                raise wrong_type("int", last_revision)
            _set(self, "last_revision", last_revision)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_revision", "lastRevision", _value, error)

        _value = d.pop("method", UNSET)
        try:

            def _parse_method(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            method = _parse_method(_value)

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

        _value = d.pop("headers", UNSET)
        try:

            def _parse_headers(data: object) -> list[HeaderEntry] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    headers_type_0 = []
                    _headers_type_0 = data
                    if not isinstance(_headers_type_0, list):
                        raise wrong_type("an array", _headers_type_0)
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = HeaderEntry.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("list[HeaderEntry] | None | str", data)
                return cast("list[HeaderEntry] | None | str | Unset", data)

            headers = _parse_headers(_value)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("headerData", UNSET)
        try:

            def _parse_header_data(data: object) -> list[HeaderEntry] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    header_data_type_0 = []
                    _header_data_type_0 = data
                    if not isinstance(_header_data_type_0, list):
                        raise wrong_type("an array", _header_data_type_0)
                    for header_data_type_0_item_data in _header_data_type_0:
                        header_data_type_0_item = HeaderEntry.from_dict(header_data_type_0_item_data)

                        header_data_type_0.append(header_data_type_0_item)

                    return header_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[HeaderEntry] | None", data)
                return cast("list[HeaderEntry] | None | Unset", data)

            header_data = _parse_header_data(_value)

            _set(self, "header_data", header_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "header_data", "headerData", _value, error)

        _value = d.pop("queryParams", UNSET)
        try:

            def _parse_query_params(data: object) -> list[CollectionItemQueryParam] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    query_params_type_0 = []
                    _query_params_type_0 = data
                    if not isinstance(_query_params_type_0, list):
                        raise wrong_type("an array", _query_params_type_0)
                    for query_params_type_0_item_data in _query_params_type_0:
                        query_params_type_0_item = CollectionItemQueryParam.from_dict(query_params_type_0_item_data)

                        query_params_type_0.append(query_params_type_0_item)

                    return query_params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[CollectionItemQueryParam] | None", data)
                return cast("list[CollectionItemQueryParam] | None | Unset", data)

            query_params = _parse_query_params(_value)

            _set(self, "query_params", query_params)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "query_params", "queryParams", _value, error)

        _value = d.pop("pathVariables", UNSET)
        try:

            def _parse_path_variables(data: object) -> CollectionRequestRecordPathVariablesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not CollectionRequestRecordPathVariablesType0._matches(data):
                        raise TypeError()
                    path_variables_type_0 = CollectionRequestRecordPathVariablesType0.from_dict(data)

                    return path_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("CollectionRequestRecordPathVariablesType0 | None", data)
                return cast("CollectionRequestRecordPathVariablesType0 | None | Unset", data)

            path_variables = _parse_path_variables(_value)

            _set(self, "path_variables", path_variables)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path_variables", "pathVariables", _value, error)

        _value = d.pop("pathVariableData", UNSET)
        try:

            def _parse_path_variable_data(data: object) -> list[CollectionItemPathVariable] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    path_variable_data_type_0 = []
                    _path_variable_data_type_0 = data
                    if not isinstance(_path_variable_data_type_0, list):
                        raise wrong_type("an array", _path_variable_data_type_0)
                    for path_variable_data_type_0_item_data in _path_variable_data_type_0:
                        path_variable_data_type_0_item = CollectionItemPathVariable.from_dict(
                            path_variable_data_type_0_item_data
                        )

                        path_variable_data_type_0.append(path_variable_data_type_0_item)

                    return path_variable_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[CollectionItemPathVariable] | None", data)
                return cast("list[CollectionItemPathVariable] | None | Unset", data)

            path_variable_data = _parse_path_variable_data(_value)

            _set(self, "path_variable_data", path_variable_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path_variable_data", "pathVariableData", _value, error)

        _value = d.pop("dataMode", UNSET)
        try:

            def _parse_data_mode(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            data_mode = _parse_data_mode(_value)

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

        _value = d.pop("dataDisabled", UNSET)
        try:
            data_disabled = _value
            if data_disabled is not UNSET and not (type(data_disabled) is bool):
                raise wrong_type("bool", data_disabled)
            _set(self, "data_disabled", data_disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data_disabled", "dataDisabled", _value, error)

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

            def _parse_auth(data: object) -> AuthDefinition | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not AuthDefinition._matches(data):
                        raise TypeError()
                    componentsschemas_collection_item_auth_setting_type_0 = AuthDefinition.from_dict(data)

                    return componentsschemas_collection_item_auth_setting_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("AuthDefinition | None | str", data)
                return cast("AuthDefinition | None | str | Unset", data)

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

        _value = d.pop("variables", UNSET)
        try:

            def _parse_variables(data: object) -> list[CollectionVariable] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    variables_type_0 = []
                    _variables_type_0 = data
                    if not isinstance(_variables_type_0, list):
                        raise wrong_type("an array", _variables_type_0)
                    for variables_type_0_item_data in _variables_type_0:
                        variables_type_0_item = CollectionVariable.from_dict(variables_type_0_item_data)

                        variables_type_0.append(variables_type_0_item)

                    return variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("list[CollectionVariable] | None", data)
                return cast("list[CollectionVariable] | None | Unset", data)

            variables = _parse_variables(_value)

            _set(self, "variables", variables)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variables", "variables", _value, error)

        _value = d.pop("preRequestScript", UNSET)
        try:

            def _parse_pre_request_script(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            pre_request_script = _parse_pre_request_script(_value)

            _set(self, "pre_request_script", pre_request_script)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "pre_request_script", "preRequestScript", _value, error)

        _value = d.pop("tests", UNSET)
        try:

            def _parse_tests(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            tests = _parse_tests(_value)

            _set(self, "tests", tests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tests", "tests", _value, error)

        _value = d.pop("currentHelper", UNSET)
        try:

            def _parse_current_helper(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            current_helper = _parse_current_helper(_value)

            _set(self, "current_helper", current_helper)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "current_helper", "currentHelper", _value, error)

        _value = d.pop("helperAttributes", UNSET)
        try:
            helper_attributes = _value
            _set(self, "helper_attributes", helper_attributes)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "helper_attributes", "helperAttributes", _value, error)

        _value = d.pop("protocolProfileBehavior", UNSET)
        try:

            def _parse_protocol_profile_behavior(data: object) -> None | ProtocolProfileBehavior | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not ProtocolProfileBehavior._matches(data):
                        raise TypeError()
                    protocol_profile_behavior_type_0 = ProtocolProfileBehavior.from_dict(data)

                    return protocol_profile_behavior_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | ProtocolProfileBehavior", data)
                return cast("None | ProtocolProfileBehavior | Unset", data)

            protocol_profile_behavior = _parse_protocol_profile_behavior(_value)

            _set(self, "protocol_profile_behavior", protocol_profile_behavior)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "protocol_profile_behavior", "protocolProfileBehavior", _value, error)

        _value = d.pop("responses", UNSET)
        try:
            _responses = _value
            responses: list[CollectionResponseRecord | str] | Unset = UNSET
            if _responses is not UNSET:
                if not isinstance(_responses, list):
                    raise wrong_type("an array", _responses)
                responses = []
                for responses_item_data in _responses:

                    def _parse_responses_item(data: object) -> CollectionResponseRecord | str:
                        try:
                            if not CollectionResponseRecord._matches(data):
                                raise TypeError()
                            responses_item_type_0 = CollectionResponseRecord.from_dict(data)

                            return responses_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not (isinstance(data, str)):
                            raise wrong_type("CollectionResponseRecord | str", data)
                        return cast("CollectionResponseRecord | str", data)

                    responses_item = _parse_responses_item(responses_item_data)

                    responses.append(responses_item)

            _set(self, "responses", responses)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "responses", "responses", _value, error)

        _value = d.pop("responses_order", UNSET)
        try:
            responses_order = cast("list[str]", _value)
            if responses_order is not UNSET and (
                not isinstance(responses_order, list) or not all(isinstance(item, str) for item in responses_order)
            ):
                raise wrong_type("an array of str", responses_order)

            _set(self, "responses_order", responses_order)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "responses_order", "responses_order", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            created_at = _value
            if created_at is not UNSET and not (isinstance(created_at, str)):
                raise wrong_type("str", created_at)
            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            updated_at = _value
            if updated_at is not UNSET and not (isinstance(updated_at, str)):
                raise wrong_type("str", updated_at)
            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("responses", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("responses_order", UNSET)
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
