from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.mock_server_response_header import MockServerResponseHeader


T = TypeVar("T", bound="DeletedMockServerResponse")


@_attrs_define
class DeletedMockServerResponse(Model):
    """Body of DELETE /mocks/{mockId}/server-responses/{serverResponseId}: the server response
    as it was, without `mock` and `updatedAt`. Any other field sent is kept as an extra one.

    """

    id: str | Unset = UNSET
    """ The deleted server response's id. """
    name: str | Unset = UNSET
    status_code: float | Unset = UNSET
    """ The HTTP status code it answered with. """
    headers: list[MockServerResponseHeader] | Unset = UNSET
    language: None | str | Unset = UNSET
    """ Language of `body`: `text`, `javascript`, `json`, `html` or `xml`; null when unset. """
    body: str | Unset = UNSET
    created_by: str | Unset = UNSET
    """ Numeric id of the user who created it, as a string. """
    updated_by: str | Unset = UNSET
    """ Numeric id of the user who last changed it, as a string. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("headers",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
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

        if flaws is not None and "status_code" in flaws:
            keep_raw(field_dict, flaws["status_code"])
        else:
            status_code = self.status_code
            if status_code is not UNSET:
                field_dict["statusCode"] = status_code

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = []
                for headers_item_data in self.headers:
                    headers_item = headers_item_data.to_dict()
                    headers.append(headers_item)

            if headers is not UNSET:
                field_dict["headers"] = headers

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language: None | str | Unset
            if isinstance(self.language, Unset):
                language = UNSET
            else:
                language = self.language
            if language is not UNSET:
                field_dict["language"] = language

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body = self.body
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "updated_by" in flaws:
            keep_raw(field_dict, flaws["updated_by"])
        else:
            updated_by = self.updated_by
            if updated_by is not UNSET:
                field_dict["updatedBy"] = updated_by

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DeletedMockServerResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_server_response_header import MockServerResponseHeader  # noqa: PLC0415

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

        _value = d.pop("statusCode", UNSET)
        try:
            status_code = _value
            if status_code is not UNSET and not (type(status_code) in (float, int)):
                raise wrong_type("float", status_code)
            _set(self, "status_code", status_code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status_code", "statusCode", _value, error)

        _value = d.pop("headers", UNSET)
        try:
            _headers = _value
            headers: list[MockServerResponseHeader] | Unset = UNSET
            if _headers is not UNSET:
                if not isinstance(_headers, list):
                    raise wrong_type("an array", _headers)
                headers = []
                for headers_item_data in _headers:
                    headers_item = MockServerResponseHeader.from_dict(headers_item_data)

                    headers.append(headers_item)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("language", UNSET)
        try:

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            language = _parse_language(_value)

            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("body", UNSET)
        try:
            body = _value
            if body is not UNSET and not (isinstance(body, str)):
                raise wrong_type("str", body)
            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (isinstance(created_by, str)):
                raise wrong_type("str", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("updatedBy", UNSET)
        try:
            updated_by = _value
            if updated_by is not UNSET and not (isinstance(updated_by, str)):
                raise wrong_type("str", updated_by)
            _set(self, "updated_by", updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_by", "updatedBy", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
