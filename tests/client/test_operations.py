"""Every operation of spec/, called through the whole stack and replayed from its own cassette.

Each test calls ``pm.<namespace>.<method>`` with arguments derived from spec/ (see
operation_calls.py); the exchange is replayed from ``tests/client/cassettes/test_operations/``
through the urllib3 transport, the middleware and the generated models. It asserts the model
class, the method and status, and that the model gives back every field of the body it was
built from: ids, names, nested items and all (``to_dict()`` equals the JSON received, timestamps
written exactly as received). It runs on every supported Python, 3.10 included.
Recorded by ``python scripts/record_cassettes.py``.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from postman_ext import Postman, hookimpl
from tests.operation_calls import all_calls

CALLS = all_calls()
CASSETTES = Path(__file__).parent / "cassettes" / "test_operations"
REPLAY_KEY = "PMAK-replay00000000000000000000-0000"


class OAuthClientCredentials:
    """The token operation authenticates with an OAuth client's id and secret, not the API key."""

    @hookimpl
    def postman_prepare_request(self, request: httpx.Request, config: Any) -> None:
        if request.url.path == "/oauth2/token":
            request.headers["Authorization"] = "Basic " + base64.b64encode(b"client-id:client-secret").decode()


@pytest.fixture(scope="module")
def pm() -> Any:
    """The client under test: the recorder points it at its target; replay needs no server."""
    client = Postman(
        os.environ.get("POSTMAN_API_KEY") or REPLAY_KEY,
        base_url=os.environ.get("POSTMAN_BASE_URL") or "https://api.getpostman.com",
        load_entry_points=False,
        max_retries=0,
        plugins=[OAuthClientCredentials()],
    )
    yield client
    client.close()


def plain(value: Any) -> Any:
    """A result as JSON data: models through to_dict(), lists item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


@pytest.mark.vcr
@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_operation(operation_id: str, pm: Postman) -> None:
    call = CALLS[operation_id]
    method = getattr(getattr(pm, call.namespace), call.method_name)
    result = method(**call.arguments)
    response = pm.last_response
    assert response is not None
    assert response.request.method == call.method
    assert str(response.status_code) == call.success_status
    if call.success_class is not None:
        assert type(result).__name__ == call.success_class
    if not response.content.strip():
        assert result is None
    elif call.success_media and call.success_media.endswith("json"):
        assert plain(result) == plain(response.json())
    else:
        assert result == response.text


def test_every_operation_has_a_cassette() -> None:
    missing = [op for op in sorted(CALLS) if not (CASSETTES / f"test_operation[{op}].yaml").is_file()]
    assert missing == [], f"operations without a recorded cassette: {missing}"
    stray = sorted(
        p.name for p in CASSETTES.glob("*.yaml") if p.name[len("test_operation[") : -len("].yaml")] not in CALLS
    )
    assert stray == [], f"cassettes for operations no longer in spec/: {stray}"
