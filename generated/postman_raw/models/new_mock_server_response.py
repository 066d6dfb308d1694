from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mock_server_response_language import MockServerResponseLanguage, check_mock_server_response_language
from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_server_response_header import MockServerResponseHeader


T = TypeVar("T", bound="NewMockServerResponse")


@_attrs_define
class NewMockServerResponse(Model):
    """The server response to create."""

    name: str
    status_code: int
    """ The HTTP status code to answer with; only 5xx codes are accepted. """
    headers: list[MockServerResponseHeader] | Unset = UNSET
    """ Headers to send with the answer. """
    language: MockServerResponseLanguage | None | Unset = UNSET
    """ Language of `body`, or null for none. """
    body: str | Unset = UNSET
    """ The body to send with the answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("headers",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "statusCode": status_code,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if language is not UNSET:
            field_dict["language"] = language
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A NewMockServerResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_server_response_header import MockServerResponseHeader  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        status_code = d.pop("statusCode")
        _set(self, "status_code", status_code)

        _headers = d.pop("headers", UNSET)
        headers: list[MockServerResponseHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = MockServerResponseHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _set(self, "headers", headers)

        def _parse_language(data: object) -> MockServerResponseLanguage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_mock_server_response_language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MockServerResponseLanguage | None | Unset", data)

        language = _parse_language(d.pop("language", UNSET))

        _set(self, "language", language)

        body = d.pop("body", UNSET)
        _set(self, "body", body)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("statusCode", UNSET)
        if value is UNSET:
            return False
        value = data.get("headers", UNSET)
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
