"""TLS through the transport: a real HTTPS server on 127.0.0.1 with a certificate made for the test."""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from postman_ext import APIConnectionError
from tests.both_clients import KINDS, builder
from tests.conftest import TEST_KEY

ME = {"user": {"id": 7, "username": "tls"}}
# httpx deprecates verify=<path>: the async client must not pass it on as such.
pytestmark = pytest.mark.filterwarnings("error::DeprecationWarning")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for the IP address 127.0.0.1, and its key (openssl)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
    names = ["-addext", "subjectAltName=IP:127.0.0.1"]
    subprocess.run([*request, *names, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture
def https_server(certificate: tuple[Path, Path]) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """An HTTPS server answering GET /me; yields its base URL and the headers of each request it read."""
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            seen.append({name.lower(): value for name, value in self.headers.items()})
            body = json.dumps(ME).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


class _Address:
    """What ``builder`` reads the base URL from."""

    url = ""


@pytest.fixture(params=KINDS)
def client(request: pytest.FixtureRequest, sleeps: Any) -> Iterator[Callable[..., Any]]:
    """Builds ``Postman`` and, in a second run, ``AsyncPostman`` (tests/both_clients.py) for a URL."""
    address = _Address()
    builds = builder(request.param, address, sleeps)
    build = next(builds)

    def make(url: str, **options: Any) -> Any:
        address.url = url
        return build(max_retries=0, **options)

    yield make
    next(builds, None)  # closes the clients


def test_a_server_whose_certificate_the_bundle_vouches_for_is_called(
    https_server: tuple[str, list[dict[str, str]]], certificate: tuple[Path, Path], client: Any
) -> None:
    url, seen = https_server
    pm = client(url, verify=str(certificate[0]))
    assert pm.users.get_authenticated_user().user.id == 7
    assert pm.users.get_authenticated_user().user.username == "tls"  # the pooled connection again
    assert [headers["x-api-key"] for headers in seen] == [TEST_KEY, TEST_KEY]


def test_an_ssl_context_can_be_given(
    https_server: tuple[str, list[dict[str, str]]], certificate: tuple[Path, Path], client: Any
) -> None:
    url, _ = https_server
    pm = client(url, verify=ssl.create_default_context(cafile=str(certificate[0])))
    assert pm.users.get_authenticated_user().user.id == 7


def test_a_certificate_not_vouched_for_fails_before_the_key_is_sent(
    https_server: tuple[str, list[dict[str, str]]], client: Any
) -> None:
    url, seen = https_server
    pm = client(url)
    with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as caught:
        pm.users.get_authenticated_user()  # certifi's bundle does not know the test's certificate
    assert seen == []
    assert TEST_KEY not in str(caught.value)
