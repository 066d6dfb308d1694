from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        id = self.id

        name = self.name

        method = self.method

        type_ = self.type_

        description = self.description

        summary = self.summary

        url = self.url

        is_pinned_to_workspace = self.is_pinned_to_workspace

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        specification_id = self.specification_id

        specification_type = self.specification_type

        specification_name = self.specification_name

        is_private_network_entity = self.is_private_network_entity

        created_by = self.created_by

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, SearchHitTeam):
            team = self.team.to_dict()
        else:
            team = self.team

        is_git_connected = self.is_git_connected

        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, SearchHitOrganization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if method is not UNSET:
            field_dict["method"] = method
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if summary is not UNSET:
            field_dict["summary"] = summary
        if url is not UNSET:
            field_dict["url"] = url
        if is_pinned_to_workspace is not UNSET:
            field_dict["isPinnedToWorkspace"] = is_pinned_to_workspace
        if tags is not UNSET:
            field_dict["tags"] = tags
        if specification_id is not UNSET:
            field_dict["specificationId"] = specification_id
        if specification_type is not UNSET:
            field_dict["specificationType"] = specification_type
        if specification_name is not UNSET:
            field_dict["specificationName"] = specification_name
        if is_private_network_entity is not UNSET:
            field_dict["isPrivateNetworkEntity"] = is_private_network_entity
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if team is not UNSET:
            field_dict["team"] = team
        if is_git_connected is not UNSET:
            field_dict["isGitConnected"] = is_git_connected
        if collection is not UNSET:
            field_dict["collection"] = collection
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if organization is not UNSET:
            field_dict["organization"] = organization
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchHit that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.search_hit_collection import SearchHitCollection  # noqa: PLC0415
        from postman_raw.models.search_hit_links import SearchHitLinks  # noqa: PLC0415
        from postman_raw.models.search_hit_organization import SearchHitOrganization  # noqa: PLC0415
        from postman_raw.models.search_hit_team import SearchHitTeam  # noqa: PLC0415
        from postman_raw.models.search_hit_workspace import SearchHitWorkspace  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        method = d.pop("method", UNSET)
        _set(self, "method", method)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        summary = d.pop("summary", UNSET)
        _set(self, "summary", summary)

        url = d.pop("url", UNSET)
        _set(self, "url", url)

        is_pinned_to_workspace = d.pop("isPinnedToWorkspace", UNSET)
        _set(self, "is_pinned_to_workspace", is_pinned_to_workspace)

        tags = cast("list[str]", d.pop("tags", UNSET))

        _set(self, "tags", tags)

        specification_id = d.pop("specificationId", UNSET)
        _set(self, "specification_id", specification_id)

        specification_type = d.pop("specificationType", UNSET)
        _set(self, "specification_type", specification_type)

        specification_name = d.pop("specificationName", UNSET)
        _set(self, "specification_name", specification_name)

        is_private_network_entity = d.pop("isPrivateNetworkEntity", UNSET)
        _set(self, "is_private_network_entity", is_private_network_entity)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

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
            return cast("None | SearchHitTeam | Unset", data)

        team = _parse_team(d.pop("team", UNSET))

        _set(self, "team", team)

        is_git_connected = d.pop("isGitConnected", UNSET)
        _set(self, "is_git_connected", is_git_connected)

        _collection = d.pop("collection", UNSET)
        collection: SearchHitCollection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = SearchHitCollection.from_dict(_collection)

        _set(self, "collection", collection)

        _workspace = d.pop("workspace", UNSET)
        workspace: SearchHitWorkspace | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = SearchHitWorkspace.from_dict(_workspace)

        _set(self, "workspace", workspace)

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
            return cast("None | SearchHitOrganization | Unset", data)

        organization = _parse_organization(d.pop("organization", UNSET))

        _set(self, "organization", organization)

        _links = d.pop("links", UNSET)
        links: SearchHitLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SearchHitLinks.from_dict(_links)

        _set(self, "links", links)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("tags", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("collection", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("workspace", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("links", UNSET)
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
