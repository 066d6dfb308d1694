"""Shapes that Postman's own collection SDK (postman-collection) reads, beyond the v2.1 JSON schema.

Each one reads as typed values (tests/model_types.py) and goes back unchanged through to_dict().
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from postman_raw.models.auth_attribute import AuthAttribute
from postman_raw.models.auth_basic_settings import AuthBasicSettings
from postman_raw.models.auth_bearer_settings import AuthBearerSettings
from postman_raw.models.collection_document import CollectionDocument
from postman_raw.models.collection_request_item import CollectionRequestItem
from postman_raw.models.event_script import EventScript
from postman_raw.models.file_body_source import FileBodySource
from postman_raw.models.request_body_definition import RequestBodyDefinition
from postman_raw.models.request_definition import RequestDefinition
from postman_raw.models.request_url import RequestUrl
from postman_raw.models.url_credentials import UrlCredentials
from postman_raw.types import materialize
from tests.model_types import assert_typed


def document_with(request: dict[str, Any] | str, **item: Any) -> dict[str, Any]:
    return {
        "info": {"name": "shapes", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "item": [{"name": "one", "request": request, **item}],
    }


def read(document: dict[str, Any]) -> CollectionRequestItem:
    """The document's only item, after checking that the whole document is typed and round-trips."""
    model = CollectionDocument.from_dict(copy.deepcopy(document))
    materialize(model, deep=True)
    assert json.dumps(model.to_dict(), sort_keys=True) == json.dumps(document, sort_keys=True)
    assert_typed(model)
    (item,) = model.item
    assert isinstance(item, CollectionRequestItem)
    return item


def test_v20_auth_object_per_method() -> None:
    auth = {"type": "basic", "basic": {"username": "u", "password": "p", "showPassword": False}}
    request = read(document_with({"url": "https://x", "auth": auth})).request
    assert isinstance(request, RequestDefinition)
    assert request.auth.type_ == "basic"
    assert isinstance(request.auth.basic, AuthBasicSettings)
    assert (request.auth.basic.username, request.auth.basic.password, request.auth.basic.show_password) == (
        "u",
        "p",
        False,
    )


def test_v20_auth_keeps_settings_it_does_not_know() -> None:
    auth = {"type": "bearer", "bearer": {"token": "t", "x-extra": [1, 2]}}
    bearer = read(document_with({"url": "https://x", "auth": auth})).request.auth.bearer
    assert isinstance(bearer, AuthBearerSettings)
    assert (bearer.token, bearer.additional_properties) == ("t", {"x-extra": [1, 2]})


def test_v21_auth_list_and_newer_methods() -> None:
    auth = {"type": "jwt", "jwt": [{"key": "algorithm", "value": "HS256", "type": "string"}]}
    request = read(document_with({"url": "https://x", "auth": auth})).request
    (entry,) = request.auth.jwt
    assert isinstance(entry, AuthAttribute) and (entry.key, entry.value) == ("algorithm", "HS256")


@pytest.mark.parametrize("source", ["pm.test('a', () => {});\nconsole.log(1)", ["line 1", "line 2"]])
def test_an_event_script_given_as_its_source_alone(source: Any) -> None:
    item = read(document_with("https://x", event=[{"listen": "test", "script": source}]))
    assert item.request == "https://x"
    assert item.event[0].script == source


def test_an_event_script_object_is_still_a_model() -> None:
    item = read(document_with("https://x", event=[{"listen": "test", "script": {"exec": "a", "type": "t"}}]))
    assert isinstance(item.event[0].script, EventScript) and item.event[0].script.exec_ == "a"


def test_a_query_string_and_url_credentials() -> None:
    url = {
        "raw": "https://u:p@x/a?b=1&c=2",
        "host": "x",
        "path": "/a",
        "query": "b=1&c=2",
        "auth": {"user": "u", "password": "p"},
    }
    request = read(document_with({"url": url})).request
    assert isinstance(request.url, RequestUrl)
    assert (request.url.host, request.url.path, request.url.query) == ("x", "/a", "b=1&c=2")
    assert isinstance(request.url.auth, UrlCredentials) and request.url.auth.user == "u"


def test_urlencoded_as_one_string_and_a_file_body_by_reference() -> None:
    encoded = read(document_with({"url": "https://x", "body": {"mode": "urlencoded", "urlencoded": "a=1&b=2"}}))
    assert isinstance(encoded.request.body, RequestBodyDefinition) and encoded.request.body.urlencoded == "a=1&b=2"
    by_reference = read(document_with({"url": "https://x", "body": {"mode": "file", "file": "upload.bin"}}))
    assert by_reference.request.body.file == "upload.bin"
    as_object = read(document_with({"url": "https://x", "body": {"mode": "file", "file": {"src": "upload.bin"}}}))
    assert isinstance(as_object.request.body.file, FileBodySource) and as_object.request.body.file.src == "upload.bin"


@pytest.mark.parametrize(
    ("request_data", "item_extra"),
    [
        ("https://postman-echo.com/get", {}),  # a request given as its URL
        ({"url": "https://x/a", "header": "A: 1\nB: 2", "description": "plain"}, {}),
        ({"url": {"host": "x.example.com", "path": "a/b"}, "description": {"content": "c", "type": "text/plain"}}, {}),
        ({"url": {"host": ["x", "com"], "path": ["a", {"type": "string", "value": ":id"}]}, "description": None}, {}),
        (
            {"url": "https://x"},
            {
                "description": {"content": "d", "version": {"v": 1}},
                "response": [
                    {"originalRequest": "https://x", "header": "A: 1", "code": 200, "responseTime": "12"},
                    {"originalRequest": {"url": "https://x"}, "header": ["A: 1", {"key": "B", "value": "2"}]},
                ],
                "event": [{"listen": "test", "script": {"exec": ["a", None], "src": "https://x/s.js"}}],
            },
        ),
    ],
)
def test_the_other_shapes_postman_tools_read(request_data: Any, item_extra: dict[str, Any]) -> None:
    read(document_with(request_data, **item_extra))


@pytest.mark.parametrize("version", ["1.2.3", {"major": 1, "minor": 2, "patch": 3, "identifier": "beta"}])
def test_a_collection_version_as_text_or_semver(version: Any) -> None:
    document = document_with("https://x")
    document["info"]["version"] = version
    read(document)
