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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: list[str] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers

            if headers is not UNSET:
                field_dict["headers"] = headers

        if flaws is not None and "match_body" in flaws:
            keep_raw(field_dict, flaws["match_body"])
        else:
            match_body = self.match_body
            if match_body is not UNSET:
                field_dict["matchBody"] = match_body

        if flaws is not None and "match_header" in flaws:
            keep_raw(field_dict, flaws["match_header"])
        else:
            match_header = self.match_header
            if match_header is not UNSET:
                field_dict["matchHeader"] = match_header

        if flaws is not None and "match_query_params" in flaws:
            keep_raw(field_dict, flaws["match_query_params"])
        else:
            match_query_params = self.match_query_params
            if match_query_params is not UNSET:
                field_dict["matchQueryParams"] = match_query_params

        if flaws is not None and "match_wildcards" in flaws:
            keep_raw(field_dict, flaws["match_wildcards"])
        else:
            match_wildcards = self.match_wildcards
            if match_wildcards is not UNSET:
                field_dict["matchWildcards"] = match_wildcards

        if flaws is not None and "delay" in flaws:
            keep_raw(field_dict, flaws["delay"])
        else:
            delay: dict[str, Any] | None | Unset
            if isinstance(self.delay, Unset):
                delay = UNSET
            elif isinstance(self.delay, MockServerDelay):
                delay = self.delay.to_dict()
            else:
                delay = self.delay
            if delay is not UNSET:
                field_dict["delay"] = delay

        if flaws is not None and "server_response_id" in flaws:
            keep_raw(field_dict, flaws["server_response_id"])
        else:
            server_response_id: None | str | Unset
            if isinstance(self.server_response_id, Unset):
                server_response_id = UNSET
            else:
                server_response_id = self.server_response_id
            if server_response_id is not UNSET:
                field_dict["serverResponseId"] = server_response_id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerConfig that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_server_delay import MockServerDelay  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("headers", UNSET)
        try:
            headers = cast("list[str]", _value)
            if headers is not UNSET and (
                not isinstance(headers, list) or not all(isinstance(item, str) for item in headers)
            ):
                raise wrong_type("an array of str", headers)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("matchBody", UNSET)
        try:
            match_body = _value
            if match_body is not UNSET and not (type(match_body) is bool):
                raise wrong_type("bool", match_body)
            _set(self, "match_body", match_body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "match_body", "matchBody", _value, error)

        _value = d.pop("matchHeader", UNSET)
        try:
            match_header = _value
            if match_header is not UNSET and not (type(match_header) is bool):
                raise wrong_type("bool", match_header)
            _set(self, "match_header", match_header)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "match_header", "matchHeader", _value, error)

        _value = d.pop("matchQueryParams", UNSET)
        try:
            match_query_params = _value
            if match_query_params is not UNSET and not (type(match_query_params) is bool):
                raise wrong_type("bool", match_query_params)
            _set(self, "match_query_params", match_query_params)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "match_query_params", "matchQueryParams", _value, error)

        _value = d.pop("matchWildcards", UNSET)
        try:
            match_wildcards = _value
            if match_wildcards is not UNSET and not (type(match_wildcards) is bool):
                raise wrong_type("bool", match_wildcards)
            _set(self, "match_wildcards", match_wildcards)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "match_wildcards", "matchWildcards", _value, error)

        _value = d.pop("delay", UNSET)
        try:

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
                if not (data is None):
                    raise wrong_type("MockServerDelay | None", data)
                return cast("MockServerDelay | None | Unset", data)

            delay = _parse_delay(_value)

            _set(self, "delay", delay)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "delay", "delay", _value, error)

        _value = d.pop("serverResponseId", UNSET)
        try:

            def _parse_server_response_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            server_response_id = _parse_server_response_id(_value)

            _set(self, "server_response_id", server_response_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "server_response_id", "serverResponseId", _value, error)

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
