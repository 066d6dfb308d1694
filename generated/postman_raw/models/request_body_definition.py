from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        mode = self.mode

        raw = self.raw

        graphql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphql, Unset):
            graphql = self.graphql.to_dict()

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

        formdata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formdata, Unset):
            formdata = []
            for formdata_item_data in self.formdata:
                formdata_item = formdata_item_data.to_dict()
                formdata.append(formdata_item)

        file: dict[str, Any] | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, FileBodySource):
            file = self.file.to_dict()
        else:
            file = self.file

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if raw is not UNSET:
            field_dict["raw"] = raw
        if graphql is not UNSET:
            field_dict["graphql"] = graphql
        if urlencoded is not UNSET:
            field_dict["urlencoded"] = urlencoded
        if formdata is not UNSET:
            field_dict["formdata"] = formdata
        if file is not UNSET:
            field_dict["file"] = file
        if options is not UNSET:
            field_dict["options"] = options
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RequestBodyDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.file_body_source import FileBodySource  # noqa: PLC0415
        from postman_raw.models.form_data_param import FormDataParam  # noqa: PLC0415
        from postman_raw.models.request_body_definition_graphql import RequestBodyDefinitionGraphql  # noqa: PLC0415
        from postman_raw.models.request_body_definition_options import RequestBodyDefinitionOptions  # noqa: PLC0415
        from postman_raw.models.url_encoded_param import UrlEncodedParam  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)
        _set(self, "mode", mode)

        raw = d.pop("raw", UNSET)
        _set(self, "raw", raw)

        _graphql = d.pop("graphql", UNSET)
        graphql: RequestBodyDefinitionGraphql | Unset
        if isinstance(_graphql, Unset):
            graphql = UNSET
        else:
            graphql = RequestBodyDefinitionGraphql.from_dict(_graphql)

        _set(self, "graphql", graphql)

        def _parse_urlencoded(data: object) -> list[UrlEncodedParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urlencoded_type_0 = []
                _urlencoded_type_0 = data
                for urlencoded_type_0_item_data in _urlencoded_type_0:
                    urlencoded_type_0_item = UrlEncodedParam.from_dict(urlencoded_type_0_item_data)

                    urlencoded_type_0.append(urlencoded_type_0_item)

                return urlencoded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[UrlEncodedParam] | str | Unset", data)

        urlencoded = _parse_urlencoded(d.pop("urlencoded", UNSET))

        _set(self, "urlencoded", urlencoded)

        _formdata = d.pop("formdata", UNSET)
        formdata: list[FormDataParam] | Unset = UNSET
        if _formdata is not UNSET:
            formdata = []
            for formdata_item_data in _formdata:
                formdata_item = FormDataParam.from_dict(formdata_item_data)

                formdata.append(formdata_item)

        _set(self, "formdata", formdata)

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
            return cast("FileBodySource | str | Unset", data)

        file = _parse_file(d.pop("file", UNSET))

        _set(self, "file", file)

        _options = d.pop("options", UNSET)
        options: RequestBodyDefinitionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RequestBodyDefinitionOptions.from_dict(_options)

        _set(self, "options", options)

        disabled = d.pop("disabled", UNSET)
        _set(self, "disabled", disabled)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("graphql", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("formdata", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("options", UNSET)
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
