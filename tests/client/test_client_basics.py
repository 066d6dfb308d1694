"""The client against a real local HTTP server: calls, auth, settings, secrets."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from postman_ext import ConfigurationError, Postman
from postman_raw.models.authenticated_user_response import AuthenticatedUserResponse
from tests.conftest import TEST_KEY
from tests.fake_api import Reply

ME = {"user": {"id": 12345678, "username": "sam-okafor", "teamId": 4821}, "operations": []}


def test_call_returns_the_typed_model_and_sends_the_key(api: Any, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    me = pm.users.get_authenticated_user()
    assert isinstance(me, AuthenticatedUserResponse)
    assert me.user.username == "sam-okafor"
    (seen,) = api.requests
    assert seen.headers["x-api-key"] == TEST_KEY
    assert seen.headers["user-agent"].startswith("postman-ext/")
    assert pm.last_response is not None and pm.last_response.status_code == 200


def test_path_parameters_accept_ids_uids_and_models(api: Any, make_client: Any) -> None:
    uid = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
    api.route("GET", f"/collections/{uid}", Reply(200, {"collection": {"info": {"name": "c", "schema": "s"}}}))
    api.route("GET", "/users/7", Reply(200, {"id": 7, "name": "Riya"}))
    pm = make_client()
    assert pm.collections.get_collection(uid).collection.info.name == "c"

    class Summary:
        id = "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
        uid = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"

    api.route("GET", f"/collections/{Summary.id}", Reply(200, {"collection": {"info": {"name": "by id"}}}))
    assert pm.collections.get_collection(Summary()).collection.info.name == "by id"
    assert pm.users.get_team_user(7).name == "Riya"


def test_a_malformed_uid_is_refused_before_sending(api: Any, make_client: Any) -> None:
    from postman_raw.models.pull_environment_request import PullEnvironmentRequest

    pm = make_client()
    body = PullEnvironmentRequest(source="12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f")
    with pytest.raises(ValueError, match=r"'not-a-uid' is not a Postman uid: expected '<numeric owner id>-<UUID>'"):
        pm.environments.pull_environment("not-a-uid", body=body)
    with pytest.raises(ValueError, match="environment_uid is empty"):
        pm.environments.pull_environment("  ", body=body)
    assert api.requests == []


def test_without_a_key_the_error_names_both_ways(api: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    with (
        Postman(base_url=api.url, load_entry_points=False) as pm,
        pytest.raises(ConfigurationError, match=r"Postman\(api_key=.*POSTMAN_API_KEY"),
    ):
        pm.users.get_authenticated_user()
    assert api.requests == []  # raised before any request


def test_key_and_base_url_from_the_environment(api: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    api.route("GET", "/me", Reply(200, ME))
    monkeypatch.setenv("POSTMAN_API_KEY", TEST_KEY)
    monkeypatch.setenv("POSTMAN_BASE_URL", api.url)
    with Postman(load_entry_points=False) as pm:
        pm.users.get_authenticated_user()
    assert api.requests[0].headers["x-api-key"] == TEST_KEY


@pytest.mark.parametrize(
    ("options", "base"),
    [({}, "https://api.getpostman.com"), ({"region": "eu"}, "https://api.eu.postman.com")],
)
def test_regions(options: dict[str, Any], base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)
    with Postman(TEST_KEY, load_entry_points=False, **options) as pm:
        assert pm.config.base_url == base


@pytest.mark.parametrize("url", ["http://api.getpostman.com", "http://10.0.0.8:8080", "ftp://x"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base URL"):
        Postman(TEST_KEY, base_url=url, load_entry_points=False)


def test_a_key_with_whitespace_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="whitespace"):
        Postman(TEST_KEY + "\n", load_entry_points=False)


def test_the_key_never_shows_in_repr_config_or_logs(
    api: Any, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    with caplog.at_level(logging.DEBUG, logger="postman_ext"):
        pm.users.get_authenticated_user()
    shown = [repr(pm), str(pm.config), repr(pm.config), repr(pm._pipeline), caplog.text]
    assert all(TEST_KEY not in text and TEST_KEY[5:] not in text for text in shown)
    assert "PMAK-…abcd" in repr(pm)
    assert "GET /me -> 200" in caplog.text


def test_query_form_of_the_key(api: Any, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    make_client(api_key_location="query").users.get_authenticated_user()
    (seen,) = api.requests
    assert f"apikey={TEST_KEY}" in seen.path
    assert "x-api-key" not in seen.headers


def test_reload_api_key_rotates(api: Any, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    pm.reload_api_key("PMAK-new0000000000000000000000-wxyz")
    pm.users.get_authenticated_user()
    assert api.requests[0].headers["x-api-key"] == "PMAK-new0000000000000000000000-wxyz"
    assert pm.config.key_hint == "PMAK-…wxyz"


def test_request_body_and_query_are_sent(api: Any, make_client: Any) -> None:
    from postman_raw.models.create_environment_request import CreateEnvironmentRequest

    api.route("POST", "/environments", Reply(200, {"environment": {"id": "e1", "name": "Prod", "uid": "1-e1"}}))
    pm = make_client()
    body = CreateEnvironmentRequest.from_dict({"environment": {"name": "Prod", "values": []}})
    created = pm.environments.create_environment(body=body, workspace="ws-1")
    assert created.environment.name == "Prod"
    (seen,) = api.requests
    assert seen.path == "/environments?workspace=ws-1"
    assert json.loads(seen.body) == {"environment": {"name": "Prod", "values": []}}


def test_the_key_is_not_in_a_connection_error_even_in_the_query_form(make_client: Any) -> None:
    """A lower layer that quotes the full URL (with ?apikey=...) must not leak it through our error."""
    import httpx

    from postman_ext import APIConnectionError

    class QuotingTransport(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

    pm = make_client(api_key_location="query", max_retries=0, transport=QuotingTransport())
    with pytest.raises(APIConnectionError) as caught:
        pm.users.get_authenticated_user()
    assert "apikey=PMAK-...abcd" in str(caught.value)  # the masked form the kept request holds
    assert TEST_KEY not in str(caught.value) and TEST_KEY not in repr(caught.value)


def test_urllib3_debug_logging_does_not_show_the_query_key(
    api: Any, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api.route("GET", "/me", Reply(200, ME))
    with caplog.at_level(logging.DEBUG):
        make_client(api_key_location="query").users.get_authenticated_user()
    assert "GET /me?apikey=REDACTED" in caplog.text  # urllib3's request line, redacted
    assert TEST_KEY not in caplog.text
