"""A collection with folders three deep survives from_dict then to_dict unchanged."""

from __future__ import annotations

import copy
from typing import Any

from postman_raw.models.collection_document import CollectionDocument
from postman_raw.models.collection_folder import CollectionFolder
from postman_raw.models.collection_request_item import CollectionRequestItem


def request_item(name: str, path: list[str]) -> dict[str, Any]:
    return {
        "id": f"req-{name}",
        "name": name,
        "request": {
            "method": "POST",
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
            "header": [
                {"key": "Content-Type", "value": "application/json"},
                {"key": "X-Off", "value": "1", "disabled": True},
            ],
            "body": {"mode": "raw", "raw": '{"a": 1}', "options": {"raw": {"language": "json"}}},
            "url": {
                "raw": "https://{{host}}/" + "/".join(path) + "?page=2",
                "protocol": "https",
                "host": ["{{host}}"],
                "path": path,
                "query": [{"key": "page", "value": "2"}],
                "variable": [{"key": "id", "value": "7"}],
            },
            "description": "Sends the thing.",
        },
        "response": [
            {
                "id": f"res-{name}",
                "name": "Created",
                "originalRequest": {"method": "POST", "url": "https://example.com/" + "/".join(path)},
                "status": "Created",
                "code": 201,
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "cookie": [],
                "body": '{"ok": true}',
                "_postman_previewlanguage": "json",
            }
        ],
        "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": ["pm.test('ok', () => {});"]}}],
    }


def folder(name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": f"fld-{name}",
        "name": name,
        "description": {"content": f"The {name} folder", "type": "text/markdown"},
        "item": items,
        "auth": None,
        "event": [{"listen": "prerequest", "script": {"exec": "console.log(1)", "type": "text/javascript"}}],
        "variable": [{"key": f"{name}_var", "value": True, "type": "boolean"}],
    }


NESTED: dict[str, Any] = {
    "info": {
        "_postman_id": "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f",
        "name": "Nested",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        "updatedAt": "2024-05-03T16:02:45.000Z",
        "uid": "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f",
    },
    "item": [
        folder(
            "level1",
            [
                folder(
                    "level2",
                    [folder("level3", [request_item("deepest", ["a", "b", "c"])]), request_item("mid", ["a", "b"])],
                ),
                request_item("shallow", ["a"]),
            ],
        ),
        request_item("top", []),
    ],
    "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Api-Key"}, {"key": "in", "value": "header"}]},
    "event": [{"listen": "prerequest", "script": {"exec": [""], "type": "text/javascript"}}],
    "variable": [{"key": "host", "value": "api.example.com"}, {"id": "only-id", "value": 3, "type": "number"}],
    "protocolProfileBehavior": {"disableBodyPruning": True},
    "x-unknown-extension": {"kept": ["as", "is"]},
}


def test_round_trip_is_lossless() -> None:
    original = copy.deepcopy(NESTED)
    model = CollectionDocument.from_dict(original)
    assert model.to_dict() == NESTED
    assert original == NESTED  # from_dict did not consume the caller's data


def test_folders_and_requests_get_their_own_types() -> None:
    model = CollectionDocument.from_dict(copy.deepcopy(NESTED))
    level1, top = model.item
    assert isinstance(level1, CollectionFolder)
    assert isinstance(top, CollectionRequestItem)
    level2, shallow = level1.item
    assert isinstance(level2, CollectionFolder) and isinstance(shallow, CollectionRequestItem)
    level3, mid = level2.item
    assert isinstance(level3, CollectionFolder) and isinstance(mid, CollectionRequestItem)
    (deepest,) = level3.item
    assert isinstance(deepest, CollectionRequestItem)
    assert deepest.name == "deepest"
    assert deepest.request.url.path == ["a", "b", "c"]
    assert deepest.response[0].code == 201


def test_an_empty_folder_is_still_a_folder() -> None:
    model = CollectionDocument.from_dict(
        {"info": {"name": "x", "schema": "s"}, "item": [{"name": "empty", "item": []}]}
    )
    assert isinstance(model.item[0], CollectionFolder)
    assert model.to_dict()["item"] == [{"name": "empty", "item": []}]
