from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_body_source import FileBodySource
    from ..models.form_data_param import FormDataParam
    from ..models.request_body_definition_graphql import RequestBodyDefinitionGraphql
    from ..models.request_body_definition_options import RequestBodyDefinitionOptions
    from ..models.url_encoded_param import UrlEncodedParam


T = TypeVar("T", bound="RequestBodyDefinition")


@_attrs_define
class RequestBodyDefinition:
    """A request body. `mode` says which of the other fields holds it."""

    mode: str | Unset = UNSET
    """ `raw`, `urlencoded`, `formdata`, `file` or `graphql`. """
    raw: str | Unset = UNSET
    graphql: RequestBodyDefinitionGraphql | Unset = UNSET
    """ `query` and `variables` of a GraphQL request. """
    urlencoded: list[UrlEncodedParam] | Unset = UNSET
    formdata: list[FormDataParam] | Unset = UNSET
    file: FileBodySource | Unset = UNSET
    """ A body read from a file, or given inline. """
    options: RequestBodyDefinitionOptions | Unset = UNSET
    """ Per-mode options, such as `{"raw": {"language": "json"}}`. """
    disabled: bool | Unset = UNSET
    """ When true the body is not sent. Absent means false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        raw = self.raw

        graphql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graphql, Unset):
            graphql = self.graphql.to_dict()

        urlencoded: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urlencoded, Unset):
            urlencoded = []
            for urlencoded_item_data in self.urlencoded:
                urlencoded_item = urlencoded_item_data.to_dict()
                urlencoded.append(urlencoded_item)

        formdata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formdata, Unset):
            formdata = []
            for formdata_item_data in self.formdata:
                formdata_item = formdata_item_data.to_dict()
                formdata.append(formdata_item)

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

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
        from postman_raw.models.file_body_source import FileBodySource  # noqa: PLC0415
        from postman_raw.models.form_data_param import FormDataParam  # noqa: PLC0415
        from postman_raw.models.request_body_definition_graphql import RequestBodyDefinitionGraphql  # noqa: PLC0415
        from postman_raw.models.request_body_definition_options import RequestBodyDefinitionOptions  # noqa: PLC0415
        from postman_raw.models.url_encoded_param import UrlEncodedParam  # noqa: PLC0415

        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        raw = d.pop("raw", UNSET)

        _graphql = d.pop("graphql", UNSET)
        graphql: RequestBodyDefinitionGraphql | Unset
        if isinstance(_graphql, Unset):
            graphql = UNSET
        else:
            graphql = RequestBodyDefinitionGraphql.from_dict(_graphql)

        _urlencoded = d.pop("urlencoded", UNSET)
        urlencoded: list[UrlEncodedParam] | Unset = UNSET
        if _urlencoded is not UNSET:
            urlencoded = []
            for urlencoded_item_data in _urlencoded:
                urlencoded_item = UrlEncodedParam.from_dict(urlencoded_item_data)

                urlencoded.append(urlencoded_item)

        _formdata = d.pop("formdata", UNSET)
        formdata: list[FormDataParam] | Unset = UNSET
        if _formdata is not UNSET:
            formdata = []
            for formdata_item_data in _formdata:
                formdata_item = FormDataParam.from_dict(formdata_item_data)

                formdata.append(formdata_item)

        _file = d.pop("file", UNSET)
        file: FileBodySource | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = FileBodySource.from_dict(_file)

        _options = d.pop("options", UNSET)
        options: RequestBodyDefinitionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RequestBodyDefinitionOptions.from_dict(_options)

        disabled = d.pop("disabled", UNSET)

        request_body_definition = cls(
            mode=mode,
            raw=raw,
            graphql=graphql,
            urlencoded=urlencoded,
            formdata=formdata,
            file=file,
            options=options,
            disabled=disabled,
        )

        request_body_definition.additional_properties = d
        return request_body_definition

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
