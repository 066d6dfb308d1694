from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_server_response_header import MockServerResponseHeader


T = TypeVar("T", bound="MockServerResponse")


@_attrs_define
class MockServerResponse(Model):
    """A server response: a canned 5xx answer a mock server can give to every call. Lists
    carry only the id, name, status code and audit fields; the deleted copy is a
    `DeletedMockServerResponse`.

    """

    id: str | Unset = UNSET
    """ The server response's id. """
    name: str | Unset = UNSET
    status_code: float | Unset = UNSET
    """ The HTTP status code it answers with (a 5xx code). """
    headers: list[MockServerResponseHeader] | Unset = UNSET
    """ Headers sent with the answer. """
    language: None | str | Unset = UNSET
    """ Language of `body`, for display: `text`, `javascript`, `json`, `html` or `xml`; null when unset. """
    body: str | Unset = UNSET
    """ The body sent with the answer. """
    mock: str | Unset = UNSET
    """ Id of the mock server it belongs to. """
    created_by: str | Unset = UNSET
    """ Numeric id of the user who created it, as a string. """
    updated_by: str | Unset = UNSET
    """ Numeric id of the user who last changed it, as a string. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("headers",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status_code = self.status_code

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        body = self.body

        mock = self.mock

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if headers is not UNSET:
            field_dict["headers"] = headers
        if language is not UNSET:
            field_dict["language"] = language
        if body is not UNSET:
            field_dict["body"] = body
        if mock is not UNSET:
            field_dict["mock"] = mock
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_server_response_header import MockServerResponseHeader  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        status_code = d.pop("statusCode", UNSET)
        _set(self, "status_code", status_code)

        _headers = d.pop("headers", UNSET)
        headers: list[MockServerResponseHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = MockServerResponseHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _set(self, "headers", headers)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        language = _parse_language(d.pop("language", UNSET))

        _set(self, "language", language)

        body = d.pop("body", UNSET)
        _set(self, "body", body)

        mock = d.pop("mock", UNSET)
        _set(self, "mock", mock)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        updated_by = d.pop("updatedBy", UNSET)
        _set(self, "updated_by", updated_by)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
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
