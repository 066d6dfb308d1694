"""No secret reaches a cassette: the scrubber, the scanner, and the recorded files themselves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.cassette_safety import REDACTED, find_secrets, scrub_interaction
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

CASSETTES = Path(__file__).resolve().parent.parent / "client" / "cassettes"


def test_no_cassette_holds_a_secret() -> None:
    assert find_secrets(CASSETTES) == []


@pytest.mark.parametrize(
    ("planted", "problem"),
    [
        ('      string: \'{"token": "PMAK-5f2a0000000000000000000000-1a2b"}\'\n', "holds a PMAK- key"),
        ("      x-api-key:\n      - abcdef0123456789\n", "header x-api-key is not redacted"),
        ("    uri: https://api.getpostman.com/me?apikey=abcdef0123456789\n", "query parameter apikey is not redacted"),
    ],
)
def test_the_scanner_catches_a_planted_secret(tmp_path: Path, planted: str, problem: str) -> None:
    source = next((CASSETTES / "test_operations").glob("*.yaml"))
    target = tmp_path / source.name
    shutil.copy(source, target)
    assert find_secrets(tmp_path) == []
    target.write_text(target.read_text() + planted)
    assert [f"{source.name}: {problem}"] == find_secrets(tmp_path)


def test_an_empty_cassette_folder_fails_the_scan(tmp_path: Path) -> None:
    assert find_secrets(tmp_path) == [f"{tmp_path} holds no cassette"]


def test_the_scrubber_removes_keys_cookies_and_personal_fields() -> None:
    interaction = {
        "request": {
            "uri": "https://api.getpostman.com/me?apikey=PMAK-abc&access_key=PMAT-xyz&x=1",
            "headers": {"X-Api-Key": [TEST_KEY], "Cookie": ["s=1"], "Accept": ["*/*"]},
            "body": None,
        },
        "response": {
            "headers": {"Set-Cookie": ["session=secret"], "Content-Length": ["99"]},
            "body": {"string": '{"user": {"email": "sam@acme.io", "username": "sam", "id": 1}}'},
        },
    }
    scrubbed = scrub_interaction(interaction)
    assert scrubbed["request"]["uri"] == f"https://api.getpostman.com/me?apikey={REDACTED}&access_key={REDACTED}&x=1"
    assert scrubbed["request"]["headers"] == {"X-Api-Key": [REDACTED], "Cookie": [REDACTED], "Accept": ["*/*"]}
    assert "Set-Cookie" not in scrubbed["response"]["headers"]
    body = scrubbed["response"]["body"]["string"]
    assert "sam@acme.io" not in body and '"username": "sam"' not in body and '"id": 1' in body
    assert scrubbed["response"]["headers"]["Content-Length"] == [str(len(body))]


@pytest.fixture(scope="module")
def vcr_cassette_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("recorded"))


@pytest.mark.vcr(record_mode="all", filter_headers=[], filter_query_parameters=[], before_record_request=None)
def test_a_test_cannot_turn_scrubbing_off(vcr: Any, vcr_cassette_dir: str, api: FakeAPI, make_client: Any) -> None:
    """This test asks for no filtering at all; the persister still scrubs what it saves."""
    api.route("GET", "/me", Reply(200, {"user": {"id": 1, "email": "sam@acme.io"}}, {"Set-Cookie": "s=1"}))
    make_client(api_key_location="query").users.get_authenticated_user()
    make_client().users.get_authenticated_user()
    vcr._save(force=True)
    (saved,) = Path(vcr_cassette_dir).glob("*.yaml")
    text = saved.read_text()
    assert TEST_KEY not in text and "sam@acme.io" not in text and "s=1" not in text
    assert find_secrets(Path(vcr_cassette_dir)) == []
    assert f"apikey={REDACTED}" in text


def test_the_scrubber_removes_an_echoed_key_wherever_it_appears() -> None:
    """A key of any shape, from the request, is removed from the response's headers and body too."""
    key = "s3cr3t-not-key-shaped-0123456789"
    interaction = {
        "request": {"uri": "https://api.getpostman.com/me", "headers": {"X-Api-Key": [key]}, "body": None},
        "response": {
            "headers": {
                "Location": [f"https://api.getpostman.com/v2/me?apikey={key}"],
                "X-Debug-Key": [key],
                "Content-Length": ["99"],
            },
            "body": {"string": f'{{"error": {{"message": "bad key {key}"}}}}'},
        },
    }
    scrubbed = scrub_interaction(interaction)
    assert key not in json.dumps(scrubbed)
    headers = scrubbed["response"]["headers"]
    assert headers["Location"] == [f"https://api.getpostman.com/v2/me?apikey={REDACTED}"]
    assert headers["X-Debug-Key"] == ["[REDACTED-KEY]"]
    assert "bad key [REDACTED-KEY]" in scrubbed["response"]["body"]["string"]


def test_the_scrubber_removes_the_environment_key_even_when_vcr_filtered_the_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = "environment-key-0123456789abcdef"
    monkeypatch.setenv("POSTMAN_API_KEY", key)
    interaction = {
        "request": {"uri": "https://api.getpostman.com/me", "headers": {}, "body": None},
        "response": {"headers": {"X-Echo": [key]}, "body": {"string": f"<html>{key}</html>"}},
    }
    assert key not in json.dumps(scrub_interaction(interaction))


@pytest.mark.vcr(record_mode="all")
def test_a_recorded_echo_of_the_key_is_scrubbed(
    vcr: Any, vcr_cassette_dir: str, api: FakeAPI, make_client: Any, request: pytest.FixtureRequest
) -> None:
    """With the project's own vcr filters on (the key header is dropped before saving), an echo still goes."""
    echo = {"Location": f"/v2/me?apikey={TEST_KEY}", "X-Debug-Api-Key": TEST_KEY}
    api.route("GET", "/me", Reply(302, None, echo))
    api.route("GET", "/v2/me", Reply(200, {"user": {"id": 1}, "debug": {"key": TEST_KEY}}, echo))
    make_client().users.get_authenticated_user()
    vcr._save(force=True)
    saved = Path(vcr_cassette_dir) / f"{request.node.name}.yaml"
    text = saved.read_text()
    assert "X-Debug-Api-Key" in text and "/v2/me" in text
    assert TEST_KEY not in text
    assert find_secrets(Path(vcr_cassette_dir)) == []
