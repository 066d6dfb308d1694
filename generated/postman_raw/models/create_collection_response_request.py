from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_body_mode import CollectionItemBodyMode, check_collection_item_body_mode
from ..models.collection_item_http_method import CollectionItemHttpMethod, check_collection_item_http_method
from ..types import UNSET, Model, Unset, accepts, read_lazily

if TYPE_CHECKING:
    from ..models.collection_item_body_options import CollectionItemBodyOptions
    from ..models.collection_response_status_code import CollectionResponseStatusCode
    from ..models.header_entry import HeaderEntry


T = TypeVar("T", bound="CreateCollectionResponseRequest")


@_attrs_define
class CreateCollectionResponseRequest(Model):
    """The new saved response, in the item-level format. Other response fields of that format are accepted too."""

    name: str | Unset = UNSET
    """ The response's name (empty when left out). """
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    """ URL of the request that produced the response. """
    method: CollectionItemHttpMethod | Unset = UNSET
    """ An HTTP method accepted for an item-level request. """
    headers: list[HeaderEntry] | Unset = UNSET
    """ The response headers. """
    data_mode: CollectionItemBodyMode | Unset = UNSET
    """ The kind of body an item-level request sends. """
    raw_mode_data: None | str | Unset = UNSET
    """ Body text of the request that produced the response. """
    data_options: CollectionItemBodyOptions | None | Unset = UNSET
    response_code: CollectionResponseStatusCode | Unset = UNSET
    """ The HTTP status of a saved response. """
    status: None | str | Unset = UNSET
    time: str | Unset = UNSET
    """ How long the response took, in milliseconds, as text. """
    cookies: None | str | Unset = UNSET
    mime: None | str | Unset = UNSET
    text: str | Unset = UNSET
    """ The response body. """
    language: str | Unset = UNSET
    """ How Postman highlights the body, such as `json`. """
    raw_data_type: None | str | Unset = UNSET
    request_object: str | Unset = UNSET
    """ The request that produced the response, as JSON text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "headers",
        "data_options",
        "response_code",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        data_mode: str | Unset = UNSET
        if not isinstance(self.data_mode, Unset):
            data_mode = self.data_mode

        raw_mode_data: None | str | Unset
        if isinstance(self.raw_mode_data, Unset):
            raw_mode_data = UNSET
        else:
            raw_mode_data = self.raw_mode_data

        data_options: dict[str, Any] | None | Unset
        if isinstance(self.data_options, Unset):
            data_options = UNSET
        elif isinstance(self.data_options, CollectionItemBodyOptions):
            data_options = self.data_options.to_dict()
        else:
            data_options = self.data_options

        response_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_code, Unset):
            response_code = self.response_code.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        time = self.time

        cookies: None | str | Unset
        if isinstance(self.cookies, Unset):
            cookies = UNSET
        else:
            cookies = self.cookies

        mime: None | str | Unset
        if isinstance(self.mime, Unset):
            mime = UNSET
        else:
            mime = self.mime

        text = self.text

        language = self.language

        raw_data_type: None | str | Unset
        if isinstance(self.raw_data_type, Unset):
            raw_data_type = UNSET
        else:
            raw_data_type = self.raw_data_type

        request_object = self.request_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if data_mode is not UNSET:
            field_dict["dataMode"] = data_mode
        if raw_mode_data is not UNSET:
            field_dict["rawModeData"] = raw_mode_data
        if data_options is not UNSET:
            field_dict["dataOptions"] = data_options
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code
        if status is not UNSET:
            field_dict["status"] = status
        if time is not UNSET:
            field_dict["time"] = time
        if cookies is not UNSET:
            field_dict["cookies"] = cookies
        if mime is not UNSET:
            field_dict["mime"] = mime
        if text is not UNSET:
            field_dict["text"] = text
        if language is not UNSET:
            field_dict["language"] = language
        if raw_data_type is not UNSET:
            field_dict["rawDataType"] = raw_data_type
        if request_object is not UNSET:
            field_dict["requestObject"] = request_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateCollectionResponseRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_response_status_code import CollectionResponseStatusCode  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        url = _parse_url(d.pop("url", UNSET))

        _set(self, "url", url)

        _method = d.pop("method", UNSET)
        method: CollectionItemHttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_collection_item_http_method(_method)

        _set(self, "method", method)

        _headers = d.pop("headers", UNSET)
        headers: list[HeaderEntry] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = HeaderEntry.from_dict(headers_item_data)

                headers.append(headers_item)

        _set(self, "headers", headers)

        _data_mode = d.pop("dataMode", UNSET)
        data_mode: CollectionItemBodyMode | Unset
        if isinstance(_data_mode, Unset):
            data_mode = UNSET
        else:
            data_mode = check_collection_item_body_mode(_data_mode)

        _set(self, "data_mode", data_mode)

        def _parse_raw_mode_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        raw_mode_data = _parse_raw_mode_data(d.pop("rawModeData", UNSET))

        _set(self, "raw_mode_data", raw_mode_data)

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
            return cast("CollectionItemBodyOptions | None | Unset", data)

        data_options = _parse_data_options(d.pop("dataOptions", UNSET))

        _set(self, "data_options", data_options)

        _response_code = d.pop("responseCode", UNSET)
        response_code: CollectionResponseStatusCode | Unset
        if isinstance(_response_code, Unset):
            response_code = UNSET
        else:
            response_code = CollectionResponseStatusCode.from_dict(_response_code)

        _set(self, "response_code", response_code)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        status = _parse_status(d.pop("status", UNSET))

        _set(self, "status", status)

        time = d.pop("time", UNSET)
        _set(self, "time", time)

        def _parse_cookies(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        cookies = _parse_cookies(d.pop("cookies", UNSET))

        _set(self, "cookies", cookies)

        def _parse_mime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        mime = _parse_mime(d.pop("mime", UNSET))

        _set(self, "mime", mime)

        text = d.pop("text", UNSET)
        _set(self, "text", text)

        language = d.pop("language", UNSET)
        _set(self, "language", language)

        def _parse_raw_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        raw_data_type = _parse_raw_data_type(d.pop("rawDataType", UNSET))

        _set(self, "raw_data_type", raw_data_type)

        request_object = d.pop("requestObject", UNSET)
        _set(self, "request_object", request_object)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("method", UNSET)
        if value is not UNSET and not (accepts(check_collection_item_http_method, value)):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("dataMode", UNSET)
        if value is not UNSET and not (accepts(check_collection_item_body_mode, value)):
            return False
        value = data.get("responseCode", UNSET)
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
