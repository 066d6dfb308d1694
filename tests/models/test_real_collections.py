"""Every public v2 collection in ../shared/real-collections reads typed and goes back unchanged.

The collections are read where they are (never copied into the project) and served as
``{"collection": <file>}`` by a real HTTP server on 127.0.0.1. Each one is read through
``get_collection``, ``materialize(deep=True)`` and ``to_dict()``, checked value by value against
the models' annotations (tests/model_types.py), then sent back through ``put_collection`` and
``create_collection`` with a body built from the model read. The JSON must be the file's every
time. The one Collection Format v1 file is out of scope (the API speaks v2).
"""

from __future__ import annotations

import asyncio
import csv
import json
from collections.abc import Iterator
from typing import Any

import pytest

from postman_ext import AsyncPostman, Postman
from postman_raw.models.auth_attribute import AuthAttribute
from postman_raw.models.auth_basic_settings import AuthBasicSettings
from postman_raw.models.auth_digest_settings import AuthDigestSettings
from postman_raw.models.auth_oauth_1_settings import AuthOauth1Settings
from postman_raw.models.collection_document import CollectionDocument
from postman_raw.models.collection_folder import CollectionFolder
from postman_raw.models.create_collection_request import CreateCollectionRequest
from postman_raw.models.get_collection_response import GetCollectionResponse
from postman_raw.models.put_collection_request import PutCollectionRequest
from postman_raw.models.request_definition import RequestDefinition
from postman_raw.types import materialize
from tests.conftest import ROOT, TEST_KEY
from tests.fake_api import FakeAPI, Reply
from tests.model_types import assert_typed

COLLECTIONS = ROOT.parent / "shared" / "real-collections"
UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
WRITE_RESULT = {"collection": {"id": "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f", "name": "c", "uid": UID}}


def v2_collections() -> list[str]:
    """The file names SOURCES.tsv lists with a v2.0.0 or v2.1.0 schema."""
    sources = COLLECTIONS / "SOURCES.tsv"
    if not sources.is_file():
        return []
    with sources.open(newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return sorted(row["file"] for row in rows if row["schema"] in ("v2.0.0", "v2.1.0"))


FILES = v2_collections()


def canonical(document: Any) -> str:
    """JSON text that differs whenever two documents differ as JSON (1 vs 1.0 vs true), whatever the key order."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, allow_nan=False)


def test_the_real_collections_are_there() -> None:
    # Without this, a missing folder would make the parametrised test below silently empty.
    assert len(FILES) == 32, f"expected the 32 v2 collections listed in {COLLECTIONS / 'SOURCES.tsv'}"
    assert all((COLLECTIONS / name).is_file() for name in FILES)


def serve_collection(api: FakeAPI, raw: bytes) -> None:
    api.route("GET", f"/collections/{UID}", Reply(200, b'{"collection": ' + raw + b"}"))
    api.route("PUT", f"/collections/{UID}", Reply(200, WRITE_RESULT))
    api.route("POST", "/collections", Reply(200, WRITE_RESULT))


def check_read(read: GetCollectionResponse, expected: str) -> None:
    materialize(read, deep=True)
    assert canonical(read.collection.to_dict()) == expected
    assert_typed(read)


def check_sent(api: FakeAPI, expected: str) -> None:
    sent = [seen for seen in api.requests if seen.method in ("PUT", "POST")]
    assert [(seen.method, seen.path.split("?")[0]) for seen in sent] == [
        ("PUT", f"/collections/{UID}"),
        ("POST", "/collections"),
    ]
    for seen in sent:
        body = json.loads(seen.body)
        assert list(body) == ["collection"]
        assert canonical(body["collection"]) == expected, f"{seen.method} sent another collection"


@pytest.mark.parametrize("name", FILES)
def test_sync_client_reads_typed_and_sends_back_unchanged(api: FakeAPI, name: str) -> None:
    raw = (COLLECTIONS / name).read_bytes()
    expected = canonical(json.loads(raw))
    serve_collection(api, raw)
    with Postman(TEST_KEY, base_url=api.url, load_entry_points=False) as pm:
        read = pm.collections.get_collection(UID)
        check_read(read, expected)
        pm.collections.put_collection(UID, body=PutCollectionRequest(collection=read.collection))
        pm.collections.create_collection(body=CreateCollectionRequest(collection=read.collection))
    check_sent(api, expected)


@pytest.mark.parametrize("name", FILES)
def test_async_client_reads_typed_and_sends_back_unchanged(api: FakeAPI, name: str) -> None:
    raw = (COLLECTIONS / name).read_bytes()
    expected = canonical(json.loads(raw))
    serve_collection(api, raw)

    async def run() -> None:
        async with AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False) as apm:
            read = await apm.collections.get_collection(UID)
            check_read(read, expected)
            await apm.collections.put_collection(UID, body=PutCollectionRequest(collection=read.collection))
            await apm.collections.create_collection(body=CreateCollectionRequest(collection=read.collection))

    asyncio.run(run())
    check_sent(api, expected)


def request_auths(items: list[Any]) -> Iterator[Any]:
    for item in items:
        if isinstance(item, CollectionFolder):
            yield from request_auths(item.item)
        elif isinstance(item.request, RequestDefinition) and item.request.auth:
            yield item.request.auth


def test_a_v20_auth_reads_as_typed_settings() -> None:
    """Collection Format v2.0 keeps auth settings as an object: they read as the method's settings model."""
    document = json.loads((COLLECTIONS / "newman-echo-v2.json").read_bytes())
    auths = {auth.type_: auth for auth in request_auths(CollectionDocument.from_dict(document).item)}
    assert sorted(auths) == ["basic", "digest", "oauth1"]
    basic = auths["basic"].basic
    assert isinstance(basic, AuthBasicSettings)
    assert (basic.username, basic.password, basic.show_password, basic.save_helper_data) == (
        "postman",
        "password",
        False,
        True,
    )
    assert isinstance(auths["digest"].digest, AuthDigestSettings)
    assert auths["digest"].digest.realm == "{{echo_digest_realm}}"
    oauth1 = auths["oauth1"].oauth1
    assert isinstance(oauth1, AuthOauth1Settings)
    assert (oauth1.signature_method, oauth1.add_params_to_header, oauth1.add_empty_params_to_sign) == (
        "HMAC-SHA1",
        True,
        False,
    )


def test_v21_auth_settings_stay_a_list() -> None:
    document = json.loads((COLLECTIONS / "transformer-helpers-v2.1.json").read_bytes())
    auths = list(request_auths(CollectionDocument.from_dict(document).item))
    assert auths and all(isinstance(getattr(auth, auth.type_), list) for auth in auths)
    basic = next(auth.basic for auth in auths if auth.type_ == "basic")
    assert all(isinstance(entry, AuthAttribute) for entry in basic)
