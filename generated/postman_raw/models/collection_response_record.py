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
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
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

        if flaws is not None and "request" in flaws:
            keep_raw(field_dict, flaws["request"])
        else:
            request = self.request
            if request is not UNSET:
                field_dict["request"] = request

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection = self.collection
            if collection is not UNSET:
                field_dict["collection"] = collection

        if flaws is not None and "owner" in flaws:
            keep_raw(field_dict, flaws["owner"])
        else:
            owner = self.owner
            if owner is not UNSET:
                field_dict["owner"] = owner

        if flaws is not None and "last_updated_by" in flaws:
            keep_raw(field_dict, flaws["last_updated_by"])
        else:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["lastUpdatedBy"] = last_updated_by

        if flaws is not None and "last_revision" in flaws:
            keep_raw(field_dict, flaws["last_revision"])
        else:
            last_revision = self.last_revision
            if last_revision is not UNSET:
                field_dict["lastRevision"] = last_revision

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
            method: None | str | Unset
            if isinstance(self.method, Unset):
                method = UNSET
            else:
                method = self.method
            if method is not UNSET:
                field_dict["method"] = method

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
            time: float | None | str | Unset
            if isinstance(self.time, Unset):
                time = UNSET
            else:
                time = self.time
            if time is not UNSET:
                field_dict["time"] = time

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
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
            if headers is not UNSET:
                field_dict["headers"] = headers

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

        if flaws is not None and "text" in flaws:
            keep_raw(field_dict, flaws["text"])
        else:
            text: None | str | Unset
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text
            if text is not UNSET:
                field_dict["text"] = text

        if flaws is not None and "data_mode" in flaws:
            keep_raw(field_dict, flaws["data_mode"])
        else:
            data_mode: None | str | Unset
            if isinstance(self.data_mode, Unset):
                data_mode = UNSET
            else:
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

        if flaws is not None and "request_object" in flaws:
            keep_raw(field_dict, flaws["request_object"])
        else:
            request_object: None | str | Unset
            if isinstance(self.request_object, Unset):
                request_object = UNSET
            else:
                request_object = self.request_object
            if request_object is not UNSET:
                field_dict["requestObject"] = request_object

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = self.created_at
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at = self.updated_at
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionResponseRecord that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_item_body_options import CollectionItemBodyOptions  # noqa: PLC0415
        from postman_raw.models.collection_response_status_code import CollectionResponseStatusCode  # noqa: PLC0415
        from postman_raw.models.header_entry import HeaderEntry  # noqa: PLC0415

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

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            name = _parse_name(_value)

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

        _value = d.pop("request", UNSET)
        try:
            request = _value
            if request is not UNSET and not (isinstance(request, str)):
                raise wrong_type("str", request)
            _set(self, "request", request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request", "request", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            collection = _value
            if collection is not UNSET and not (isinstance(collection, str)):
                raise wrong_type("str", collection)
            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("owner", UNSET)
        try:
            owner = _value
            if owner is not UNSET and not (isinstance(owner, str)):
                raise wrong_type("str", owner)
            _set(self, "owner", owner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "owner", "owner", _value, error)

        _value = d.pop("lastUpdatedBy", UNSET)
        try:
            last_updated_by = _value
            if last_updated_by is not UNSET and not (isinstance(last_updated_by, str)):
                raise wrong_type("str", last_updated_by)
            _set(self, "last_updated_by", last_updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_updated_by", "lastUpdatedBy", _value, error)

        _value = d.pop("lastRevision", UNSET)
        try:
            last_revision = _value
            if last_revision is not UNSET and not (type(last_revision) is int):
                raise wrong_type("int", last_revision)
            _set(self, "last_revision", last_revision)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_revision", "lastRevision", _value, error)

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

            def _parse_method(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            method = _parse_method(_value)

            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

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

            def _parse_time(data: object) -> float | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or type(data) in (float, int) or data is None):
                    raise wrong_type("float | None | str", data)
                return cast("float | None | str | Unset", data)

            time = _parse_time(_value)

            _set(self, "time", time)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "time", "time", _value, error)

        _value = d.pop("headers", UNSET)
        try:

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
                    if not isinstance(_headers_type_0, list):
                        raise wrong_type("an array", _headers_type_0)
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = HeaderEntry.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("list[HeaderEntry] | None | str", data)
                return cast("list[HeaderEntry] | None | str | Unset", data)

            headers = _parse_headers(_value)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

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

        _value = d.pop("text", UNSET)
        try:

            def _parse_text(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            text = _parse_text(_value)

            _set(self, "text", text)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "text", "text", _value, error)

        _value = d.pop("dataMode", UNSET)
        try:

            def _parse_data_mode(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            data_mode = _parse_data_mode(_value)

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

        _value = d.pop("requestObject", UNSET)
        try:

            def _parse_request_object(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            request_object = _parse_request_object(_value)

            _set(self, "request_object", request_object)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_object", "requestObject", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            created_at = _value
            if created_at is not UNSET and not (isinstance(created_at, str)):
                raise wrong_type("str", created_at)
            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            updated_at = _value
            if updated_at is not UNSET and not (isinstance(updated_at, str)):
                raise wrong_type("str", updated_at)
            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
