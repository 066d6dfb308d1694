from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_body_mode import CollectionItemBodyMode, check_collection_item_body_mode
from ..models.collection_item_http_method import CollectionItemHttpMethod, check_collection_item_http_method
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.collection_item_body_options import CollectionItemBodyOptions
    from ..models.collection_response_status_code import CollectionResponseStatusCode
    from ..models.header_entry import HeaderEntry


T = TypeVar("T", bound="UpdateCollectionResponseRequest")


@_attrs_define
class UpdateCollectionResponseRequest(Model):
    """The saved-response fields to change; fields left out keep their values."""

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    method: CollectionItemHttpMethod | Unset = UNSET
    """ An HTTP method accepted for an item-level request. """
    headers: list[HeaderEntry] | Unset = UNSET
    data_mode: CollectionItemBodyMode | Unset = UNSET
    """ The kind of body an item-level request sends. """
    raw_mode_data: None | str | Unset = UNSET
    data_options: CollectionItemBodyOptions | None | Unset = UNSET
    response_code: CollectionResponseStatusCode | Unset = UNSET
    """ The HTTP status of a saved response. """
    status: None | str | Unset = UNSET
    time: str | Unset = UNSET
    cookies: None | str | Unset = UNSET
    mime: None | str | Unset = UNSET
    text: str | Unset = UNSET
    language: str | Unset = UNSET
    raw_data_type: None | str | Unset = UNSET
    request_object: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "headers",
        "data_options",
        "response_code",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
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

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method: str | Unset = UNSET
            if not isinstance(self.method, Unset):
                method = self.method

            if method is not UNSET:
                field_dict["method"] = method

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

        if flaws is not None and "data_mode" in flaws:
            keep_raw(field_dict, flaws["data_mode"])
        else:
            data_mode: str | Unset = UNSET
            if not isinstance(self.data_mode, Unset):
                data_mode = self.data_mode

            if data_mode is not UNSET:
                field_dict["dataMode"] = data_mode

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

        if flaws is not None and "response_code" in flaws:
            keep_raw(field_dict, flaws["response_code"])
        else:
            response_code: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response_code, Unset):
                response_code = self.response_code.to_dict()
            if response_code is not UNSET:
                field_dict["responseCode"] = response_code

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "time" in flaws:
            keep_raw(field_dict, flaws["time"])
        else:
            time = self.time
            if time is not UNSET:
                field_dict["time"] = time

        if flaws is not None and "cookies" in flaws:
            keep_raw(field_dict, flaws["cookies"])
        else:
            cookies: None | str | Unset
            if isinstance(self.cookies, Unset):
                cookies = UNSET
            else:
                cookies = self.cookies
            if cookies is not UNSET:
                field_dict["cookies"] = cookies

        if flaws is not None and "mime" in flaws:
            keep_raw(field_dict, flaws["mime"])
        else:
            mime: None | str | Unset
            if isinstance(self.mime, Unset):
                mime = UNSET
            else:
                mime = self.mime
            if mime is not UNSET:
                field_dict["mime"] = mime

        if flaws is not None and "text" in flaws:
            keep_raw(field_dict, flaws["text"])
        else:
            text = self.text
            if text is not UNSET:
                field_dict["text"] = text

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language = self.language
            if language is not UNSET:
                field_dict["language"] = language

        if flaws is not None and "raw_data_type" in flaws:
            keep_raw(field_dict, flaws["raw_data_type"])
        else:
            raw_data_type: None | str | Unset
            if isinstance(self.raw_data_type, Unset):
                raw_data_type = UNSET
            else:
                raw_data_type = self.raw_data_type
            if raw_data_type is not UNSET:
                field_dict["rawDataType"] = raw_data_type

        if flaws is not None and "request_object" in flaws:
            keep_raw(field_dict, flaws["request_object"])
        else:
            request_object = self.request_object
            if request_object is not UNSET:
                field_dict["requestObject"] = request_object

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateCollectionResponseRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_response_status_code import CollectionResponseStatusCode  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
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

        _value = d.pop("method", UNSET)
        try:
            _method = _value
            method: CollectionItemHttpMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = enum_value(check_collection_item_http_method, _method)

            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("headers", UNSET)
        try:
            _headers = _value
            headers: list[HeaderEntry] | Unset = UNSET
            if _headers is not UNSET:
                if not isinstance(_headers, list):
                    raise wrong_type("an array", _headers)
                headers = []
                for headers_item_data in _headers:
                    headers_item = HeaderEntry.from_dict(headers_item_data)

                    headers.append(headers_item)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("dataMode", UNSET)
        try:
            _data_mode = _value
            data_mode: CollectionItemBodyMode | Unset
            if isinstance(_data_mode, Unset):
                data_mode = UNSET
            else:
                data_mode = enum_value(check_collection_item_body_mode, _data_mode)

            _set(self, "data_mode", data_mode)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data_mode", "dataMode", _value, error)

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

        _value = d.pop("responseCode", UNSET)
        try:
            _response_code = _value
            response_code: CollectionResponseStatusCode | Unset
            if isinstance(_response_code, Unset):
                response_code = UNSET
            else:
                response_code = CollectionResponseStatusCode.from_dict(_response_code)

            _set(self, "response_code", response_code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_code", "responseCode", _value, error)

        _value = d.pop("status", UNSET)
        try:

            def _parse_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            status = _parse_status(_value)

            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("time", UNSET)
        try:
            time = _value
            if time is not UNSET and not (isinstance(time, str)):
                raise wrong_type("str", time)
            _set(self, "time", time)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "time", "time", _value, error)

        _value = d.pop("cookies", UNSET)
        try:

            def _parse_cookies(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            cookies = _parse_cookies(_value)

            _set(self, "cookies", cookies)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cookies", "cookies", _value, error)

        _value = d.pop("mime", UNSET)
        try:

            def _parse_mime(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            mime = _parse_mime(_value)

            _set(self, "mime", mime)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "mime", "mime", _value, error)

        _value = d.pop("text", UNSET)
        try:
            text = _value
            if text is not UNSET and not (isinstance(text, str)):
                raise wrong_type("str", text)
            _set(self, "text", text)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "text", "text", _value, error)

        _value = d.pop("language", UNSET)
        try:
            language = _value
            if language is not UNSET and not (isinstance(language, str)):
                raise wrong_type("str", language)
            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("rawDataType", UNSET)
        try:

            def _parse_raw_data_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            raw_data_type = _parse_raw_data_type(_value)

            _set(self, "raw_data_type", raw_data_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "raw_data_type", "rawDataType", _value, error)

        _value = d.pop("requestObject", UNSET)
        try:
            request_object = _value
            if request_object is not UNSET and not (isinstance(request_object, str)):
                raise wrong_type("str", request_object)
            _set(self, "request_object", request_object)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_object", "requestObject", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("method", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_collection_item_http_method, value)):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("dataMode", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_collection_item_body_mode, value)):
            return False
        value = data.get("responseCode", UNSET)
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
