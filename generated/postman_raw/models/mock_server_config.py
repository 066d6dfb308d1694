from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_server_delay import MockServerDelay


T = TypeVar("T", bound="MockServerConfig")


@_attrs_define
class MockServerConfig(Model):
    """How the mock server matches requests to examples, and how it answers."""

    headers: list[str] | Unset = UNSET
    """ Header names the mock server takes into account when matching. """
    match_body: bool | Unset = UNSET
    """ Whether the request body must match the example's body. """
    match_header: bool | Unset = UNSET
    """ Whether the headers named in `headers` must match the example's headers. """
    match_query_params: bool | Unset = UNSET
    """ Whether query parameters take part in matching. """
    match_wildcards: bool | Unset = UNSET
    """ Whether wildcard variables in example paths match any value. """
    delay: MockServerDelay | None | Unset = UNSET
    """ The simulated network delay, or null when none is set. """
    server_response_id: None | str | Unset = UNSET
    """ Id of the active server response, which every call then receives. Null or an
    empty string when none is active.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("delay",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.mock_server_delay import MockServerDelay  # noqa: PLC0415

        headers: list[str] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers

        match_body = self.match_body

        match_header = self.match_header

        match_query_params = self.match_query_params

        match_wildcards = self.match_wildcards

        delay: dict[str, Any] | None | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        elif isinstance(self.delay, MockServerDelay):
            delay = self.delay.to_dict()
        else:
            delay = self.delay

        server_response_id: None | str | Unset
        if isinstance(self.server_response_id, Unset):
            server_response_id = UNSET
        else:
            server_response_id = self.server_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if match_body is not UNSET:
            field_dict["matchBody"] = match_body
        if match_header is not UNSET:
            field_dict["matchHeader"] = match_header
        if match_query_params is not UNSET:
            field_dict["matchQueryParams"] = match_query_params
        if match_wildcards is not UNSET:
            field_dict["matchWildcards"] = match_wildcards
        if delay is not UNSET:
            field_dict["delay"] = delay
        if server_response_id is not UNSET:
            field_dict["serverResponseId"] = server_response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerConfig that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_server_delay import MockServerDelay  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        headers = cast("list[str]", d.pop("headers", UNSET))

        _set(self, "headers", headers)

        match_body = d.pop("matchBody", UNSET)
        _set(self, "match_body", match_body)

        match_header = d.pop("matchHeader", UNSET)
        _set(self, "match_header", match_header)

        match_query_params = d.pop("matchQueryParams", UNSET)
        _set(self, "match_query_params", match_query_params)

        match_wildcards = d.pop("matchWildcards", UNSET)
        _set(self, "match_wildcards", match_wildcards)

        def _parse_delay(data: object) -> MockServerDelay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not MockServerDelay._matches(data):
                    raise TypeError()
                delay_type_0 = MockServerDelay.from_dict(data)

                return delay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MockServerDelay | None | Unset", data)

        delay = _parse_delay(d.pop("delay", UNSET))

        _set(self, "delay", delay)

        def _parse_server_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        server_response_id = _parse_server_response_id(d.pop("serverResponseId", UNSET))

        _set(self, "server_response_id", server_response_id)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
