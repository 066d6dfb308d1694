from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.collection_item_body_options import CollectionItemBodyOptions
    from ..models.collection_response_status_code import CollectionResponseStatusCode
    from ..models.header_entry import HeaderEntry


T = TypeVar("T", bound="CollectionResponseRecord")


@_attrs_define
class CollectionResponseRecord(Model):
    """A saved (example) response in the item-level format. The body is in `text`; the request
    that produced it is kept as JSON text in `requestObject`. `createdAt` and `updatedAt`
    are plain strings: inside a populated request or folder Postman documents neither.

    """

    id: str | Unset = UNSET
    """ The response's id. """
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    request: str | Unset = UNSET
    """ Id of the request the response belongs to. """
    collection: str | Unset = UNSET
    """ Id of the collection. """
    owner: str | Unset = UNSET
    """ Id of the user who owns the response. """
    last_updated_by: str | Unset = UNSET
    """ Id of the user who changed the response last. """
    last_revision: int | Unset = UNSET
    """ Revision number of the response's last change. """
    url: None | str | Unset = UNSET
    """ URL of the request that produced the response. """
    method: None | str | Unset = UNSET
    """ Method of the request that produced the response. """
    response_code: CollectionResponseStatusCode | Unset = UNSET
    """ The HTTP status of a saved response. """
    status: None | str | Unset = UNSET
    """ Status text, when it differs from the usual one for the code. """
    time: float | None | str | Unset = UNSET
    """ How long the response took, in milliseconds (usually sent as text, such as `"184"`). """
    headers: list[HeaderEntry] | None | str | Unset = UNSET
    """ The response headers. """
    cookies: None | str | Unset = UNSET
    """ The response's cookies, as stored by Postman. """
    mime: None | str | Unset = UNSET
    """ The body's media type. """
    language: None | str | Unset = UNSET
    """ How Postman highlights the body, such as `json`, `xml`, `html` or `text`. """
    raw_data_type: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    """ The response body. """
    data_mode: None | str | Unset = UNSET
    """ Body mode of the request that produced the response. """
    raw_mode_data: None | str | Unset = UNSET
    """ Body text of the request that produced the response. """
    data_options: CollectionItemBodyOptions | None | Unset = UNSET
    request_object: None | str | Unset = UNSET
    """ The request that produced the response, serialised as JSON text in the item-level request format. """
    created_at: str | Unset = UNSET
    """ When it was created, as ISO 8601 text. """
    updated_at: str | Unset = UNSET
    """ When it was last changed, as ISO 8601 text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "response_code",
        "headers",
        "data_options",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        request = self.request

        collection = self.collection

        owner = self.owner

        last_updated_by = self.last_updated_by

        last_revision = self.last_revision

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        response_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_code, Unset):
            response_code = self.response_code.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        time: float | None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        headers: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

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

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        raw_data_type: None | str | Unset
        if isinstance(self.raw_data_type, Unset):
            raw_data_type = UNSET
        else:
            raw_data_type = self.raw_data_type

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        data_mode: None | str | Unset
        if isinstance(self.data_mode, Unset):
            data_mode = UNSET
        else:
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

        request_object: None | str | Unset
        if isinstance(self.request_object, Unset):
            request_object = UNSET
        else:
            request_object = self.request_object

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if request is not UNSET:
            field_dict["request"] = request
        if collection is not UNSET:
            field_dict["collection"] = collection
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if last_revision is not UNSET:
            field_dict["lastRevision"] = last_revision
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code
        if status is not UNSET:
            field_dict["status"] = status
        if time is not UNSET:
            field_dict["time"] = time
        if headers is not UNSET:
            field_dict["headers"] = headers
        if cookies is not UNSET:
            field_dict["cookies"] = cookies
        if mime is not UNSET:
            field_dict["mime"] = mime
        if language is not UNSET:
            field_dict["language"] = language
        if raw_data_type is not UNSET:
            field_dict["rawDataType"] = raw_data_type
        if text is not UNSET:
            field_dict["text"] = text
        if data_mode is not UNSET:
            field_dict["dataMode"] = data_mode
        if raw_mode_data is not UNSET:
            field_dict["rawModeData"] = raw_mode_data
        if data_options is not UNSET:
            field_dict["dataOptions"] = data_options
        if request_object is not UNSET:
            field_dict["requestObject"] = request_object
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionResponseRecord that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_response_status_code import CollectionResponseStatusCode  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        _set(self, "name", name)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        request = d.pop("request", UNSET)
        _set(self, "request", request)

        collection = d.pop("collection", UNSET)
        _set(self, "collection", collection)

        owner = d.pop("owner", UNSET)
        _set(self, "owner", owner)

        last_updated_by = d.pop("lastUpdatedBy", UNSET)
        _set(self, "last_updated_by", last_updated_by)

        last_revision = d.pop("lastRevision", UNSET)
        _set(self, "last_revision", last_revision)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        url = _parse_url(d.pop("url", UNSET))

        _set(self, "url", url)

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        method = _parse_method(d.pop("method", UNSET))

        _set(self, "method", method)

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

        def _parse_time(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | str | Unset", data)

        time = _parse_time(d.pop("time", UNSET))

        _set(self, "time", time)

        def _parse_headers(data: object) -> list[HeaderEntry] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headers_type_0 = []
                _headers_type_0 = data
                for headers_type_0_item_data in _headers_type_0:
                    headers_type_0_item = HeaderEntry.from_dict(headers_type_0_item_data)

                    headers_type_0.append(headers_type_0_item)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[HeaderEntry] | None | str | Unset", data)

        headers = _parse_headers(d.pop("headers", UNSET))

        _set(self, "headers", headers)

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

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        language = _parse_language(d.pop("language", UNSET))

        _set(self, "language", language)

        def _parse_raw_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        raw_data_type = _parse_raw_data_type(d.pop("rawDataType", UNSET))

        _set(self, "raw_data_type", raw_data_type)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        text = _parse_text(d.pop("text", UNSET))

        _set(self, "text", text)

        def _parse_data_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        data_mode = _parse_data_mode(d.pop("dataMode", UNSET))

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

        def _parse_request_object(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        request_object = _parse_request_object(d.pop("requestObject", UNSET))

        _set(self, "request_object", request_object)

        created_at = d.pop("createdAt", UNSET)
        _set(self, "created_at", created_at)

        updated_at = d.pop("updatedAt", UNSET)
        _set(self, "updated_at", updated_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
