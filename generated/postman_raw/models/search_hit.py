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
    from ..models.search_hit_collection import SearchHitCollection
    from ..models.search_hit_links import SearchHitLinks
    from ..models.search_hit_organization import SearchHitOrganization
    from ..models.search_hit_team import SearchHitTeam
    from ..models.search_hit_workspace import SearchHitWorkspace


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit(Model):
    """One matching element. Which fields are present depends on the element type, as noted
    per field.

    """

    id: str | Unset = UNSET
    """ The element's id (a uid for collections and requests). """
    name: str | Unset = UNSET
    method: str | Unset = UNSET
    """ HTTP method (requests only). """
    type_: str | Unset = UNSET
    """ Variant of the element: the protocol of a request (such as `http` or `grpc`), the format of a document (such
    as Markdown). """
    description: str | Unset = UNSET
    summary: str | Unset = UNSET
    """ Short summary (workspaces and collections). """
    url: str | Unset = UNSET
    """ The request's URL (requests only); it may contain variables. """
    is_pinned_to_workspace: bool | Unset = UNSET
    """ Whether the document is pinned in its workspace (documents only). """
    tags: list[str] | Unset = UNSET
    """ Tag names (workspaces and collections). """
    specification_id: str | Unset = UNSET
    """ The specification's id (specs only). """
    specification_type: str | Unset = UNSET
    """ The specification's type (specs only). """
    specification_name: str | Unset = UNSET
    """ The specification's name (specs only). """
    is_private_network_entity: bool | Unset = UNSET
    """ Whether the element is in the Private API Network. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the element (sent as a string). """
    team: None | SearchHitTeam | Unset = UNSET
    """ The team that owns the element; null when the publisher is a user. """
    is_git_connected: bool | Unset = UNSET
    """ Whether the element is connected to Git (workspaces, collections, requests, specs and flows). """
    collection: SearchHitCollection | Unset = UNSET
    """ The collection a matching request belongs to (requests only). """
    workspace: SearchHitWorkspace | Unset = UNSET
    """ The workspace holding a matching element. """
    organization: None | SearchHitOrganization | Unset = UNSET
    """ The organization that published the element; null when the publisher is a user. """
    links: SearchHitLinks | Unset = UNSET
    """ Where to open a matching element. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "team",
        "collection",
        "workspace",
        "organization",
        "links",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.search_hit_organization import SearchHitOrganization  # noqa: PLC0415
        from postman_raw.models.search_hit_team import SearchHitTeam  # noqa: PLC0415

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
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method = self.method
            if method is not UNSET:
                field_dict["method"] = method

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "summary" in flaws:
            keep_raw(field_dict, flaws["summary"])
        else:
            summary = self.summary
            if summary is not UNSET:
                field_dict["summary"] = summary

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None and "is_pinned_to_workspace" in flaws:
            keep_raw(field_dict, flaws["is_pinned_to_workspace"])
        else:
            is_pinned_to_workspace = self.is_pinned_to_workspace
            if is_pinned_to_workspace is not UNSET:
                field_dict["isPinnedToWorkspace"] = is_pinned_to_workspace

        if flaws is not None and "tags" in flaws:
            keep_raw(field_dict, flaws["tags"])
        else:
            tags: list[str] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags

        if flaws is not None and "specification_id" in flaws:
            keep_raw(field_dict, flaws["specification_id"])
        else:
            specification_id = self.specification_id
            if specification_id is not UNSET:
                field_dict["specificationId"] = specification_id

        if flaws is not None and "specification_type" in flaws:
            keep_raw(field_dict, flaws["specification_type"])
        else:
            specification_type = self.specification_type
            if specification_type is not UNSET:
                field_dict["specificationType"] = specification_type

        if flaws is not None and "specification_name" in flaws:
            keep_raw(field_dict, flaws["specification_name"])
        else:
            specification_name = self.specification_name
            if specification_name is not UNSET:
                field_dict["specificationName"] = specification_name

        if flaws is not None and "is_private_network_entity" in flaws:
            keep_raw(field_dict, flaws["is_private_network_entity"])
        else:
            is_private_network_entity = self.is_private_network_entity
            if is_private_network_entity is not UNSET:
                field_dict["isPrivateNetworkEntity"] = is_private_network_entity

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "team" in flaws:
            keep_raw(field_dict, flaws["team"])
        else:
            team: dict[str, Any] | None | Unset
            if isinstance(self.team, Unset):
                team = UNSET
            elif isinstance(self.team, SearchHitTeam):
                team = self.team.to_dict()
            else:
                team = self.team
            if team is not UNSET:
                field_dict["team"] = team

        if flaws is not None and "is_git_connected" in flaws:
            keep_raw(field_dict, flaws["is_git_connected"])
        else:
            is_git_connected = self.is_git_connected
            if is_git_connected is not UNSET:
                field_dict["isGitConnected"] = is_git_connected

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection: dict[str, Any] | Unset = UNSET
            if not isinstance(self.collection, Unset):
                collection = self.collection.to_dict()
            if collection is not UNSET:
                field_dict["collection"] = collection

        if flaws is not None and "workspace" in flaws:
            keep_raw(field_dict, flaws["workspace"])
        else:
            workspace: dict[str, Any] | Unset = UNSET
            if not isinstance(self.workspace, Unset):
                workspace = self.workspace.to_dict()
            if workspace is not UNSET:
                field_dict["workspace"] = workspace

        if flaws is not None and "organization" in flaws:
            keep_raw(field_dict, flaws["organization"])
        else:
            organization: dict[str, Any] | None | Unset
            if isinstance(self.organization, Unset):
                organization = UNSET
            elif isinstance(self.organization, SearchHitOrganization):
                organization = self.organization.to_dict()
            else:
                organization = self.organization
            if organization is not UNSET:
                field_dict["organization"] = organization

        if flaws is not None and "links" in flaws:
            keep_raw(field_dict, flaws["links"])
        else:
            links: dict[str, Any] | Unset = UNSET
            if not isinstance(self.links, Unset):
                links = self.links.to_dict()
            if links is not UNSET:
                field_dict["links"] = links

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchHit that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.search_hit_collection import SearchHitCollection  # noqa: PLC0415
        from postman_raw.models.search_hit_links import SearchHitLinks  # noqa: PLC0415
        from postman_raw.models.search_hit_organization import SearchHitOrganization  # noqa: PLC0415
        from postman_raw.models.search_hit_team import SearchHitTeam  # noqa: PLC0415
        from postman_raw.models.search_hit_workspace import SearchHitWorkspace  # noqa: PLC0415

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
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("method", UNSET)
        try:
            method = _value
            if method is not UNSET and not (isinstance(method, str)):
                raise wrong_type("str", method)
            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("summary", UNSET)
        try:
            summary = _value
            if summary is not UNSET and not (isinstance(summary, str)):
                raise wrong_type("str", summary)
            _set(self, "summary", summary)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "summary", "summary", _value, error)

        _value = d.pop("url", UNSET)
        try:
            url = _value
            if url is not UNSET and not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("isPinnedToWorkspace", UNSET)
        try:
            is_pinned_to_workspace = _value
            if is_pinned_to_workspace is not UNSET and not (type(is_pinned_to_workspace) is bool):
                raise wrong_type("bool", is_pinned_to_workspace)
            _set(self, "is_pinned_to_workspace", is_pinned_to_workspace)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_pinned_to_workspace", "isPinnedToWorkspace", _value, error)

        _value = d.pop("tags", UNSET)
        try:
            tags = cast("list[str]", _value)
            if tags is not UNSET and (not isinstance(tags, list) or not all(isinstance(item, str) for item in tags)):
                raise wrong_type("an array of str", tags)

            _set(self, "tags", tags)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tags", "tags", _value, error)

        _value = d.pop("specificationId", UNSET)
        try:
            specification_id = _value
            if specification_id is not UNSET and not (isinstance(specification_id, str)):
                raise wrong_type("str", specification_id)
            _set(self, "specification_id", specification_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "specification_id", "specificationId", _value, error)

        _value = d.pop("specificationType", UNSET)
        try:
            specification_type = _value
            if specification_type is not UNSET and not (isinstance(specification_type, str)):
                raise wrong_type("str", specification_type)
            _set(self, "specification_type", specification_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "specification_type", "specificationType", _value, error)

        _value = d.pop("specificationName", UNSET)
        try:
            specification_name = _value
            if specification_name is not UNSET and not (isinstance(specification_name, str)):
                raise wrong_type("str", specification_name)
            _set(self, "specification_name", specification_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "specification_name", "specificationName", _value, error)

        _value = d.pop("isPrivateNetworkEntity", UNSET)
        try:
            is_private_network_entity = _value
            if is_private_network_entity is not UNSET and not (type(is_private_network_entity) is bool):
                raise wrong_type("bool", is_private_network_entity)
            _set(self, "is_private_network_entity", is_private_network_entity)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_private_network_entity", "isPrivateNetworkEntity", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (isinstance(created_by, str)):
                raise wrong_type("str", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("team", UNSET)
        try:

            def _parse_team(data: object) -> None | SearchHitTeam | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not SearchHitTeam._matches(data):
                        raise TypeError()
                    team_type_0 = SearchHitTeam.from_dict(data)

                    return team_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | SearchHitTeam", data)
                return cast("None | SearchHitTeam | Unset", data)

            team = _parse_team(_value)

            _set(self, "team", team)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team", "team", _value, error)

        _value = d.pop("isGitConnected", UNSET)
        try:
            is_git_connected = _value
            if is_git_connected is not UNSET and not (type(is_git_connected) is bool):
                raise wrong_type("bool", is_git_connected)
            _set(self, "is_git_connected", is_git_connected)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_git_connected", "isGitConnected", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            _collection = _value
            collection: SearchHitCollection | Unset
            if isinstance(_collection, Unset):
                collection = UNSET
            else:
                collection = SearchHitCollection.from_dict(_collection)

            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("workspace", UNSET)
        try:
            _workspace = _value
            workspace: SearchHitWorkspace | Unset
            if isinstance(_workspace, Unset):
                workspace = UNSET
            else:
                workspace = SearchHitWorkspace.from_dict(_workspace)

            _set(self, "workspace", workspace)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace", "workspace", _value, error)

        _value = d.pop("organization", UNSET)
        try:

            def _parse_organization(data: object) -> None | SearchHitOrganization | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not SearchHitOrganization._matches(data):
                        raise TypeError()
                    organization_type_0 = SearchHitOrganization.from_dict(data)

                    return organization_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | SearchHitOrganization", data)
                return cast("None | SearchHitOrganization | Unset", data)

            organization = _parse_organization(_value)

            _set(self, "organization", organization)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "organization", "organization", _value, error)

        _value = d.pop("links", UNSET)
        try:
            _links = _value
            links: SearchHitLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = SearchHitLinks.from_dict(_links)

            _set(self, "links", links)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "links", "links", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("tags", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("collection", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("workspace", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("links", UNSET)
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
