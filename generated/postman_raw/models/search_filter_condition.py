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
    from ..models.search_flag_filter import SearchFlagFilter
    from ..models.search_text_filter import SearchTextFilter
    from ..models.search_visibility_filter import SearchVisibilityFilter


T = TypeVar("T", bound="SearchFilterCondition")


@_attrs_define
class SearchFilterCondition(Model):
    """One condition on one field (set exactly one property). Each field applies only to
    some element types, as noted.

    """

    private_network: SearchFlagFilter | Unset = UNSET
    """ A test on a yes/no field. Fields using it: `privateNetwork` (in the Private API
    Network), `publisherIsVerified` (published by a verified publisher), both for all
    element types; `isGitConnected` (connected to Git; workspaces, collections, requests,
    environments, specs, flows and documents).
     """
    publisher_is_verified: SearchFlagFilter | Unset = UNSET
    """ A test on a yes/no field. Fields using it: `privateNetwork` (in the Private API
    Network), `publisherIsVerified` (published by a verified publisher), both for all
    element types; `isGitConnected` (connected to Git; workspaces, collections, requests,
    environments, specs, flows and documents).
     """
    visibility: SearchVisibilityFilter | Unset = UNSET
    """ A test on the visibility of the element's workspace (all element types): `internal`
    (the team only), `public` (every Postman user) or `partner` (invited partners).
     """
    workspace_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    collection_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    tags: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    method: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    request_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    specification_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    flow_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    document_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    environment_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    created_by: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    organization_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    team_id: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    is_git_connected: SearchFlagFilter | Unset = UNSET
    """ A test on a yes/no field. Fields using it: `privateNetwork` (in the Private API
    Network), `publisherIsVerified` (published by a verified publisher), both for all
    element types; `isGitConnected` (connected to Git; workspaces, collections, requests,
    environments, specs, flows and documents).
     """
    type_: SearchTextFilter | Unset = UNSET
    """ A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "private_network",
        "publisher_is_verified",
        "visibility",
        "workspace_id",
        "collection_id",
        "tags",
        "method",
        "request_id",
        "specification_id",
        "flow_id",
        "document_id",
        "environment_id",
        "created_by",
        "organization_id",
        "team_id",
        "is_git_connected",
        "type_",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "private_network" in flaws:
            keep_raw(field_dict, flaws["private_network"])
        else:
            private_network: dict[str, Any] | Unset = UNSET
            if not isinstance(self.private_network, Unset):
                private_network = self.private_network.to_dict()
            if private_network is not UNSET:
                field_dict["privateNetwork"] = private_network

        if flaws is not None and "publisher_is_verified" in flaws:
            keep_raw(field_dict, flaws["publisher_is_verified"])
        else:
            publisher_is_verified: dict[str, Any] | Unset = UNSET
            if not isinstance(self.publisher_is_verified, Unset):
                publisher_is_verified = self.publisher_is_verified.to_dict()
            if publisher_is_verified is not UNSET:
                field_dict["publisherIsVerified"] = publisher_is_verified

        if flaws is not None and "visibility" in flaws:
            keep_raw(field_dict, flaws["visibility"])
        else:
            visibility: dict[str, Any] | Unset = UNSET
            if not isinstance(self.visibility, Unset):
                visibility = self.visibility.to_dict()
            if visibility is not UNSET:
                field_dict["visibility"] = visibility

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.workspace_id, Unset):
                workspace_id = self.workspace_id.to_dict()
            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id

        if flaws is not None and "collection_id" in flaws:
            keep_raw(field_dict, flaws["collection_id"])
        else:
            collection_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.collection_id, Unset):
                collection_id = self.collection_id.to_dict()
            if collection_id is not UNSET:
                field_dict["collectionId"] = collection_id

        if flaws is not None and "tags" in flaws:
            keep_raw(field_dict, flaws["tags"])
        else:
            tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags.to_dict()
            if tags is not UNSET:
                field_dict["tags"] = tags

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method: dict[str, Any] | Unset = UNSET
            if not isinstance(self.method, Unset):
                method = self.method.to_dict()
            if method is not UNSET:
                field_dict["method"] = method

        if flaws is not None and "request_id" in flaws:
            keep_raw(field_dict, flaws["request_id"])
        else:
            request_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.request_id, Unset):
                request_id = self.request_id.to_dict()
            if request_id is not UNSET:
                field_dict["requestId"] = request_id

        if flaws is not None and "specification_id" in flaws:
            keep_raw(field_dict, flaws["specification_id"])
        else:
            specification_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.specification_id, Unset):
                specification_id = self.specification_id.to_dict()
            if specification_id is not UNSET:
                field_dict["specificationId"] = specification_id

        if flaws is not None and "flow_id" in flaws:
            keep_raw(field_dict, flaws["flow_id"])
        else:
            flow_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.flow_id, Unset):
                flow_id = self.flow_id.to_dict()
            if flow_id is not UNSET:
                field_dict["flowId"] = flow_id

        if flaws is not None and "document_id" in flaws:
            keep_raw(field_dict, flaws["document_id"])
        else:
            document_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document_id, Unset):
                document_id = self.document_id.to_dict()
            if document_id is not UNSET:
                field_dict["documentId"] = document_id

        if flaws is not None and "environment_id" in flaws:
            keep_raw(field_dict, flaws["environment_id"])
        else:
            environment_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.environment_id, Unset):
                environment_id = self.environment_id.to_dict()
            if environment_id is not UNSET:
                field_dict["environmentId"] = environment_id

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "organization_id" in flaws:
            keep_raw(field_dict, flaws["organization_id"])
        else:
            organization_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.organization_id, Unset):
                organization_id = self.organization_id.to_dict()
            if organization_id is not UNSET:
                field_dict["organizationId"] = organization_id

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.team_id, Unset):
                team_id = self.team_id.to_dict()
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None and "is_git_connected" in flaws:
            keep_raw(field_dict, flaws["is_git_connected"])
        else:
            is_git_connected: dict[str, Any] | Unset = UNSET
            if not isinstance(self.is_git_connected, Unset):
                is_git_connected = self.is_git_connected.to_dict()
            if is_git_connected is not UNSET:
                field_dict["isGitConnected"] = is_git_connected

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_: dict[str, Any] | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.to_dict()
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchFilterCondition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.search_flag_filter import SearchFlagFilter  # noqa: PLC0415
        from postman_raw.models.search_text_filter import SearchTextFilter  # noqa: PLC0415
        from postman_raw.models.search_visibility_filter import SearchVisibilityFilter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("privateNetwork", UNSET)
        try:
            _private_network = _value
            private_network: SearchFlagFilter | Unset
            if isinstance(_private_network, Unset):
                private_network = UNSET
            else:
                private_network = SearchFlagFilter.from_dict(_private_network)

            _set(self, "private_network", private_network)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "private_network", "privateNetwork", _value, error)

        _value = d.pop("publisherIsVerified", UNSET)
        try:
            _publisher_is_verified = _value
            publisher_is_verified: SearchFlagFilter | Unset
            if isinstance(_publisher_is_verified, Unset):
                publisher_is_verified = UNSET
            else:
                publisher_is_verified = SearchFlagFilter.from_dict(_publisher_is_verified)

            _set(self, "publisher_is_verified", publisher_is_verified)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "publisher_is_verified", "publisherIsVerified", _value, error)

        _value = d.pop("visibility", UNSET)
        try:
            _visibility = _value
            visibility: SearchVisibilityFilter | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                visibility = SearchVisibilityFilter.from_dict(_visibility)

            _set(self, "visibility", visibility)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "visibility", "visibility", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            _workspace_id = _value
            workspace_id: SearchTextFilter | Unset
            if isinstance(_workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = SearchTextFilter.from_dict(_workspace_id)

            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _value = d.pop("collectionId", UNSET)
        try:
            _collection_id = _value
            collection_id: SearchTextFilter | Unset
            if isinstance(_collection_id, Unset):
                collection_id = UNSET
            else:
                collection_id = SearchTextFilter.from_dict(_collection_id)

            _set(self, "collection_id", collection_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection_id", "collectionId", _value, error)

        _value = d.pop("tags", UNSET)
        try:
            _tags = _value
            tags: SearchTextFilter | Unset
            if isinstance(_tags, Unset):
                tags = UNSET
            else:
                tags = SearchTextFilter.from_dict(_tags)

            _set(self, "tags", tags)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tags", "tags", _value, error)

        _value = d.pop("method", UNSET)
        try:
            _method = _value
            method: SearchTextFilter | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = SearchTextFilter.from_dict(_method)

            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("requestId", UNSET)
        try:
            _request_id = _value
            request_id: SearchTextFilter | Unset
            if isinstance(_request_id, Unset):
                request_id = UNSET
            else:
                request_id = SearchTextFilter.from_dict(_request_id)

            _set(self, "request_id", request_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_id", "requestId", _value, error)

        _value = d.pop("specificationId", UNSET)
        try:
            _specification_id = _value
            specification_id: SearchTextFilter | Unset
            if isinstance(_specification_id, Unset):
                specification_id = UNSET
            else:
                specification_id = SearchTextFilter.from_dict(_specification_id)

            _set(self, "specification_id", specification_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "specification_id", "specificationId", _value, error)

        _value = d.pop("flowId", UNSET)
        try:
            _flow_id = _value
            flow_id: SearchTextFilter | Unset
            if isinstance(_flow_id, Unset):
                flow_id = UNSET
            else:
                flow_id = SearchTextFilter.from_dict(_flow_id)

            _set(self, "flow_id", flow_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "flow_id", "flowId", _value, error)

        _value = d.pop("documentId", UNSET)
        try:
            _document_id = _value
            document_id: SearchTextFilter | Unset
            if isinstance(_document_id, Unset):
                document_id = UNSET
            else:
                document_id = SearchTextFilter.from_dict(_document_id)

            _set(self, "document_id", document_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "document_id", "documentId", _value, error)

        _value = d.pop("environmentId", UNSET)
        try:
            _environment_id = _value
            environment_id: SearchTextFilter | Unset
            if isinstance(_environment_id, Unset):
                environment_id = UNSET
            else:
                environment_id = SearchTextFilter.from_dict(_environment_id)

            _set(self, "environment_id", environment_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment_id", "environmentId", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            _created_by = _value
            created_by: SearchTextFilter | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = SearchTextFilter.from_dict(_created_by)

            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("organizationId", UNSET)
        try:
            _organization_id = _value
            organization_id: SearchTextFilter | Unset
            if isinstance(_organization_id, Unset):
                organization_id = UNSET
            else:
                organization_id = SearchTextFilter.from_dict(_organization_id)

            _set(self, "organization_id", organization_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "organization_id", "organizationId", _value, error)

        _value = d.pop("teamId", UNSET)
        try:
            _team_id = _value
            team_id: SearchTextFilter | Unset
            if isinstance(_team_id, Unset):
                team_id = UNSET
            else:
                team_id = SearchTextFilter.from_dict(_team_id)

            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _value = d.pop("isGitConnected", UNSET)
        try:
            _is_git_connected = _value
            is_git_connected: SearchFlagFilter | Unset
            if isinstance(_is_git_connected, Unset):
                is_git_connected = UNSET
            else:
                is_git_connected = SearchFlagFilter.from_dict(_is_git_connected)

            _set(self, "is_git_connected", is_git_connected)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_git_connected", "isGitConnected", _value, error)

        _value = d.pop("type", UNSET)
        try:
            _type_ = _value
            type_: SearchTextFilter | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = SearchTextFilter.from_dict(_type_)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("privateNetwork", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("publisherIsVerified", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("visibility", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("workspaceId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("collectionId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("tags", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("method", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("requestId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("specificationId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("flowId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("documentId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("environmentId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("createdBy", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("organizationId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("teamId", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("isGitConnected", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("type", UNSET)
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
