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
    from ..models.header_entry import HeaderEntry
    from ..models.request_definition import RequestDefinition
    from ..models.response_cookie import ResponseCookie
    from ..models.saved_response_timings_type_0 import SavedResponseTimingsType0


T = TypeVar("T", bound="SavedResponse")


@_attrs_define
class SavedResponse(Model):
    """An example response saved with a request."""

    id: str | Unset = UNSET
    uid: str | Unset = UNSET
    name: str | Unset = UNSET
    original_request: RequestDefinition | str | Unset = UNSET
    """ The request that produced this response. """
    response_time: float | None | str | Unset = UNSET
    """ Milliseconds the response took. """
    timings: None | SavedResponseTimingsType0 | Unset = UNSET
    """ Timing breakdown of the response. """
    header: list[HeaderEntry | str] | None | str | Unset = UNSET
    """ Headers, as a list or as one raw string. """
    cookie: list[ResponseCookie] | Unset = UNSET
    body: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ The status text, such as `OK`. """
    code: int | Unset = UNSET
    """ The status code. """
    field_postman_previewlanguage: str | Unset = UNSET
    """ How Postman shows the body, such as `json`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "original_request",
        "timings",
        "header",
        "cookie",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.request_definition import RequestDefinition  # noqa: PLC0415
        from postman_raw.models.saved_response_timings_type_0 import SavedResponseTimingsType0  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "uid" in flaws:
            keep_raw(field_dict, flaws["uid"])
        else:
            uid = self.uid
            if uid is not UNSET:
                field_dict["uid"] = uid

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "original_request" in flaws:
            keep_raw(field_dict, flaws["original_request"])
        else:
            original_request: dict[str, Any] | str | Unset
            if isinstance(self.original_request, Unset):
                original_request = UNSET
            elif isinstance(self.original_request, RequestDefinition):
                original_request = self.original_request.to_dict()
            else:
                original_request = self.original_request
            if original_request is not UNSET:
                field_dict["originalRequest"] = original_request

        if flaws is not None and "response_time" in flaws:
            keep_raw(field_dict, flaws["response_time"])
        else:
            response_time: float | None | str | Unset
            if isinstance(self.response_time, Unset):
                response_time = UNSET
            else:
                response_time = self.response_time
            if response_time is not UNSET:
                field_dict["responseTime"] = response_time

        if flaws is not None and "timings" in flaws:
            keep_raw(field_dict, flaws["timings"])
        else:
            timings: dict[str, Any] | None | Unset
            if isinstance(self.timings, Unset):
                timings = UNSET
            elif isinstance(self.timings, SavedResponseTimingsType0):
                timings = self.timings.to_dict()
            else:
                timings = self.timings
            if timings is not UNSET:
                field_dict["timings"] = timings

        if flaws is not None and "header" in flaws:
            keep_raw(field_dict, flaws["header"])
        else:
            header: list[dict[str, Any] | str] | None | str | Unset
            if isinstance(self.header, Unset):
                header = UNSET
            elif isinstance(self.header, list):
                header = []
                for header_type_0_item_data in self.header:
                    header_type_0_item: dict[str, Any] | str
                    if isinstance(header_type_0_item_data, HeaderEntry):
                        header_type_0_item = header_type_0_item_data.to_dict()
                    else:
                        header_type_0_item = header_type_0_item_data
                    header.append(header_type_0_item)

            else:
                header = self.header
            if header is not UNSET:
                field_dict["header"] = header

        if flaws is not None and "cookie" in flaws:
            keep_raw(field_dict, flaws["cookie"])
        else:
            cookie: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.cookie, Unset):
                cookie = []
                for cookie_item_data in self.cookie:
                    cookie_item = cookie_item_data.to_dict()
                    cookie.append(cookie_item)

            if cookie is not UNSET:
                field_dict["cookie"] = cookie

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body: None | str | Unset
            if isinstance(self.body, Unset):
                body = UNSET
            else:
                body = self.body
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "code" in flaws:
            keep_raw(field_dict, flaws["code"])
        else:
            code = self.code
            if code is not UNSET:
                field_dict["code"] = code

        if flaws is not None and "field_postman_previewlanguage" in flaws:
            keep_raw(field_dict, flaws["field_postman_previewlanguage"])
        else:
            field_postman_previewlanguage = self.field_postman_previewlanguage
            if field_postman_previewlanguage is not UNSET:
                field_dict["_postman_previewlanguage"] = field_postman_previewlanguage

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SavedResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415
        from postman_raw.models.request_definition import RequestDefinition  # noqa: PLC0415
        from postman_raw.models.response_cookie import ResponseCookie  # noqa: PLC0415
        from postman_raw.models.saved_response_timings_type_0 import SavedResponseTimingsType0  # noqa: PLC0415

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

        _value = d.pop("uid", UNSET)
        try:
            uid = _value
            if uid is not UNSET and not (isinstance(uid, str)):
                raise wrong_type("str", uid)
            _set(self, "uid", uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "uid", "uid", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("originalRequest", UNSET)
        try:

            def _parse_original_request(data: object) -> RequestDefinition | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not RequestDefinition._matches(data):
                        raise TypeError()
                    original_request_type_0 = RequestDefinition.from_dict(data)

                    return original_request_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("RequestDefinition | str", data)
                return cast("RequestDefinition | str | Unset", data)

            original_request = _parse_original_request(_value)

            _set(self, "original_request", original_request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "original_request", "originalRequest", _value, error)

        _value = d.pop("responseTime", UNSET)
        try:

            def _parse_response_time(data: object) -> float | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (type(data) in (float, int) or isinstance(data, str) or data is None):
                    raise wrong_type("float | None | str", data)
                return cast("float | None | str | Unset", data)

            response_time = _parse_response_time(_value)

            _set(self, "response_time", response_time)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_time", "responseTime", _value, error)

        _value = d.pop("timings", UNSET)
        try:

            def _parse_timings(data: object) -> None | SavedResponseTimingsType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not SavedResponseTimingsType0._matches(data):
                        raise TypeError()
                    timings_type_0 = SavedResponseTimingsType0.from_dict(data)

                    return timings_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | SavedResponseTimingsType0", data)
                return cast("None | SavedResponseTimingsType0 | Unset", data)

            timings = _parse_timings(_value)

            _set(self, "timings", timings)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timings", "timings", _value, error)

        _value = d.pop("header", UNSET)
        try:

            def _parse_header(data: object) -> list[HeaderEntry | str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    header_type_0 = []
                    _header_type_0 = data
                    if not isinstance(_header_type_0, list):
                        raise wrong_type("an array", _header_type_0)
                    for header_type_0_item_data in _header_type_0:

                        def _parse_header_type_0_item(data: object) -> HeaderEntry | str:
                            try:
                                if not HeaderEntry._matches(data):
                                    raise TypeError()
                                header_type_0_item_type_0 = HeaderEntry.from_dict(data)

                                return header_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not (isinstance(data, str)):
                                raise wrong_type("HeaderEntry | str", data)
                            return cast("HeaderEntry | str", data)

                        header_type_0_item = _parse_header_type_0_item(header_type_0_item_data)

                        header_type_0.append(header_type_0_item)

                    return header_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("list[HeaderEntry | str] | None | str", data)
                return cast("list[HeaderEntry | str] | None | str | Unset", data)

            header = _parse_header(_value)

            _set(self, "header", header)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "header", "header", _value, error)

        _value = d.pop("cookie", UNSET)
        try:
            _cookie = _value
            cookie: list[ResponseCookie] | Unset = UNSET
            if _cookie is not UNSET:
                if not isinstance(_cookie, list):
                    raise wrong_type("an array", _cookie)
                cookie = []
                for cookie_item_data in _cookie:
                    cookie_item = ResponseCookie.from_dict(cookie_item_data)

                    cookie.append(cookie_item)

            _set(self, "cookie", cookie)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cookie", "cookie", _value, error)

        _value = d.pop("body", UNSET)
        try:

            def _parse_body(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            body = _parse_body(_value)

            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("code", UNSET)
        try:
            code = _value
            if code is not UNSET and not (type(code) is int):
                raise wrong_type("int", code)
            _set(self, "code", code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "code", "code", _value, error)

        _value = d.pop("_postman_previewlanguage", UNSET)
        try:
            field_postman_previewlanguage = _value
            if field_postman_previewlanguage is not UNSET and not (isinstance(field_postman_previewlanguage, str)):
                raise wrong_type("str", field_postman_previewlanguage)
            _set(self, "field_postman_previewlanguage", field_postman_previewlanguage)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "field_postman_previewlanguage", "_postman_previewlanguage", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("cookie", UNSET)
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
