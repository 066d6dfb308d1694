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
    from ..models.file_body_source import FileBodySource
    from ..models.form_data_param import FormDataParam
    from ..models.request_body_definition_graphql import RequestBodyDefinitionGraphql
    from ..models.request_body_definition_options import RequestBodyDefinitionOptions
    from ..models.url_encoded_param import UrlEncodedParam


T = TypeVar("T", bound="RequestBodyDefinition")


@_attrs_define
class RequestBodyDefinition(Model):
    """A request body. `mode` says which of the other fields holds it."""

    mode: str | Unset = UNSET
    """ `raw`, `urlencoded`, `formdata`, `file` or `graphql`. """
    raw: str | Unset = UNSET
    graphql: RequestBodyDefinitionGraphql | Unset = UNSET
    """ `query` and `variables` of a GraphQL request. """
    urlencoded: list[UrlEncodedParam] | str | Unset = UNSET
    """ The fields, as a list or as one encoded string (`a=1&b=2`). """
    formdata: list[FormDataParam] | Unset = UNSET
    file: FileBodySource | str | Unset = UNSET
    """ The file to send, as an object or as a bare reference to it. """
    options: RequestBodyDefinitionOptions | Unset = UNSET
    """ Per-mode options, such as `{"raw": {"language": "json"}}`. """
    disabled: bool | Unset = UNSET
    """ When true the body is not sent. Absent means false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "graphql",
        "urlencoded",
        "formdata",
        "file",
        "options",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.file_body_source import FileBodySource  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "mode" in flaws:
            keep_raw(field_dict, flaws["mode"])
        else:
            mode = self.mode
            if mode is not UNSET:
                field_dict["mode"] = mode

        if flaws is not None and "raw" in flaws:
            keep_raw(field_dict, flaws["raw"])
        else:
            raw = self.raw
            if raw is not UNSET:
                field_dict["raw"] = raw

        if flaws is not None and "graphql" in flaws:
            keep_raw(field_dict, flaws["graphql"])
        else:
            graphql: dict[str, Any] | Unset = UNSET
            if not isinstance(self.graphql, Unset):
                graphql = self.graphql.to_dict()
            if graphql is not UNSET:
                field_dict["graphql"] = graphql

        if flaws is not None and "urlencoded" in flaws:
            keep_raw(field_dict, flaws["urlencoded"])
        else:
            urlencoded: list[dict[str, Any]] | str | Unset
            if isinstance(self.urlencoded, Unset):
                urlencoded = UNSET
            elif isinstance(self.urlencoded, list):
                urlencoded = []
                for urlencoded_type_0_item_data in self.urlencoded:
                    urlencoded_type_0_item = urlencoded_type_0_item_data.to_dict()
                    urlencoded.append(urlencoded_type_0_item)

            else:
                urlencoded = self.urlencoded
            if urlencoded is not UNSET:
                field_dict["urlencoded"] = urlencoded

        if flaws is not None and "formdata" in flaws:
            keep_raw(field_dict, flaws["formdata"])
        else:
            formdata: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.formdata, Unset):
                formdata = []
                for formdata_item_data in self.formdata:
                    formdata_item = formdata_item_data.to_dict()
                    formdata.append(formdata_item)

            if formdata is not UNSET:
                field_dict["formdata"] = formdata

        if flaws is not None and "file" in flaws:
            keep_raw(field_dict, flaws["file"])
        else:
            file: dict[str, Any] | str | Unset
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, FileBodySource):
                file = self.file.to_dict()
            else:
                file = self.file
            if file is not UNSET:
                field_dict["file"] = file

        if flaws is not None and "options" in flaws:
            keep_raw(field_dict, flaws["options"])
        else:
            options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()
            if options is not UNSET:
                field_dict["options"] = options

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestBodyDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.file_body_source import FileBodySource  # noqa: PLC0415
        from postman_raw.models.form_data_param import FormDataParam  # noqa: PLC0415
        from postman_raw.models.request_body_definition_graphql import RequestBodyDefinitionGraphql  # noqa: PLC0415
        from postman_raw.models.request_body_definition_options import RequestBodyDefinitionOptions  # noqa: PLC0415
        from postman_raw.models.url_encoded_param import UrlEncodedParam  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("mode", UNSET)
        try:
            mode = _value
            if mode is not UNSET and not (isinstance(mode, str)):
                raise wrong_type("str", mode)
            _set(self, "mode", mode)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "mode", "mode", _value, error)

        _value = d.pop("raw", UNSET)
        try:
            raw = _value
            if raw is not UNSET and not (isinstance(raw, str)):
                raise wrong_type("str", raw)
            _set(self, "raw", raw)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "raw", "raw", _value, error)

        _value = d.pop("graphql", UNSET)
        try:
            _graphql = _value
            graphql: RequestBodyDefinitionGraphql | Unset
            if isinstance(_graphql, Unset):
                graphql = UNSET
            else:
                graphql = RequestBodyDefinitionGraphql.from_dict(_graphql)

            _set(self, "graphql", graphql)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "graphql", "graphql", _value, error)

        _value = d.pop("urlencoded", UNSET)
        try:

            def _parse_urlencoded(data: object) -> list[UrlEncodedParam] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    urlencoded_type_0 = []
                    _urlencoded_type_0 = data
                    if not isinstance(_urlencoded_type_0, list):
                        raise wrong_type("an array", _urlencoded_type_0)
                    for urlencoded_type_0_item_data in _urlencoded_type_0:
                        urlencoded_type_0_item = UrlEncodedParam.from_dict(urlencoded_type_0_item_data)

                        urlencoded_type_0.append(urlencoded_type_0_item)

                    return urlencoded_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("list[UrlEncodedParam] | str", data)
                return cast("list[UrlEncodedParam] | str | Unset", data)

            urlencoded = _parse_urlencoded(_value)

            _set(self, "urlencoded", urlencoded)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "urlencoded", "urlencoded", _value, error)

        _value = d.pop("formdata", UNSET)
        try:
            _formdata = _value
            formdata: list[FormDataParam] | Unset = UNSET
            if _formdata is not UNSET:
                if not isinstance(_formdata, list):
                    raise wrong_type("an array", _formdata)
                formdata = []
                for formdata_item_data in _formdata:
                    formdata_item = FormDataParam.from_dict(formdata_item_data)

                    formdata.append(formdata_item)

            _set(self, "formdata", formdata)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "formdata", "formdata", _value, error)

        _value = d.pop("file", UNSET)
        try:

            def _parse_file(data: object) -> FileBodySource | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not FileBodySource._matches(data):
                        raise TypeError()
                    file_type_0 = FileBodySource.from_dict(data)

                    return file_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("FileBodySource | str", data)
                return cast("FileBodySource | str | Unset", data)

            file = _parse_file(_value)

            _set(self, "file", file)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "file", "file", _value, error)

        _value = d.pop("options", UNSET)
        try:
            _options = _value
            options: RequestBodyDefinitionOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = RequestBodyDefinitionOptions.from_dict(_options)

            _set(self, "options", options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "options", "options", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("graphql", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("formdata", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("options", UNSET)
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
