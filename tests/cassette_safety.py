"""Keeping secrets out of cassettes: the scrubber applied on save, and the scanner that checks files.

The scrubber runs inside a vcrpy persister, not through ``vcr_config``, so no test's own
``@pytest.mark.vcr(...)`` options can turn it off.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from vcr.persisters.filesystem import FilesystemPersister

REDACTED = "REDACTED"
SECRET_REQUEST_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie"})
SECRET_QUERY_PARAMETERS = frozenset({"apikey", "access_key"})
SECRET_RESPONSE_HEADERS = frozenset({"set-cookie"})
PERSONAL_FIELDS = {"email": "user@example.com", "username": "redacted-user"}

KEY_SHAPED = re.compile(r"PMAK-[A-Za-z0-9]")
KEY_TOKEN = re.compile(r"PMAK-[A-Za-z0-9][A-Za-z0-9-]*")
KEY_REPLACEMENT = "[REDACTED-KEY]"
SECRET_PARAMETER = re.compile(r"((?:^|[?&])(?:apikey|access_key)=)[^&\s'\"]+", re.IGNORECASE)
CASSETTE_SUFFIXES = (".yaml", ".yml", ".json")


def _secrets_of(request: dict[str, Any]) -> list[str]:
    """The values this interaction must never show: the request's key and credentials, and the
    environment's ``POSTMAN_API_KEY`` (a test may record with it before vcrpy's own filters run)."""
    found = {os.environ.get("POSTMAN_API_KEY", "")}
    for name, values in request.get("headers", {}).items():
        if name.lower() in SECRET_REQUEST_HEADERS:
            found.update(values if isinstance(values, list) else [values])
    for name, value in parse_qsl(urlsplit(request["uri"]).query, True):
        if name.lower() in SECRET_QUERY_PARAMETERS:
            found.add(value)
    found = {value for value in found if isinstance(value, str) and len(value) >= 8 and value != REDACTED}
    # The longest first, and each as it may appear in a URL too.
    return sorted(found | {quote(value, safe="") for value in found}, key=len, reverse=True)


def _scrub_secrets(text: str, secrets: list[str]) -> str:
    """``text`` with every secret value, key-shaped token and key query parameter replaced."""
    text = SECRET_PARAMETER.sub(rf"\1{REDACTED}", text)
    for secret in secrets:
        text = text.replace(secret, KEY_REPLACEMENT)
    return KEY_TOKEN.sub(KEY_REPLACEMENT, text)


def _scrub_uri(uri: str) -> str:
    parts = urlsplit(uri)
    query = [(k, REDACTED if k.lower() in SECRET_QUERY_PARAMETERS else v) for k, v in parse_qsl(parts.query, True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _scrub_personal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: PERSONAL_FIELDS[k] if k in PERSONAL_FIELDS and v else _scrub_personal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_personal(item) for item in value]
    return value


def _scrub_body(body: Any, secrets: list[str]) -> Any:
    raw = body.get("string") if isinstance(body, dict) else body
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            return body
    if not isinstance(raw, str) or not raw.strip():
        return body
    try:
        parsed = json.loads(raw)
    except ValueError:
        text = _scrub_secrets(raw, secrets)
    else:
        text = _scrub_secrets(json.dumps(_scrub_personal(parsed), ensure_ascii=False), secrets)
    return {**body, "string": text} if isinstance(body, dict) else text


def scrub_interaction(interaction: dict[str, Any]) -> dict[str, Any]:
    """A copy of one recorded interaction with keys, cookies and personal fields removed.

    The key's value is removed wherever it appears: a server may echo it back in ``Location``,
    in a debug header or in a body.
    """
    request = dict(interaction["request"])
    secrets = _secrets_of(request)
    request["uri"] = _scrub_secrets(_scrub_uri(request["uri"]), secrets)
    request["headers"] = {
        name: [REDACTED] if name.lower() in SECRET_REQUEST_HEADERS else _scrub_values(values, secrets)
        for name, values in request.get("headers", {}).items()
    }
    request["body"] = _scrub_body(request.get("body"), secrets)
    response = dict(interaction["response"])
    response["headers"] = {
        name: _scrub_values(values, secrets)
        for name, values in response.get("headers", {}).items()
        if name.lower() not in SECRET_RESPONSE_HEADERS
    }
    response["body"] = _scrub_body(response.get("body"), secrets)
    body = response["body"].get("string") if isinstance(response["body"], dict) else None
    if isinstance(body, str):
        for name in response["headers"]:
            if name.lower() == "content-length":
                response["headers"][name] = [str(len(body.encode("utf-8")))]
    return {**interaction, "request": request, "response": response}


def _scrub_values(values: Any, secrets: list[str]) -> Any:
    if isinstance(values, list):
        return [_scrub_secrets(value, secrets) if isinstance(value, str) else value for value in values]
    return _scrub_secrets(values, secrets) if isinstance(values, str) else values


class ScrubbingPersister(FilesystemPersister):
    """Saves cassettes through the scrubber, whatever the test asked for."""

    @classmethod
    def save_cassette(cls, cassette_path: Any, cassette_dict: dict[str, Any], serializer: Any) -> None:
        requests = cassette_dict["requests"]
        responses = cassette_dict["responses"]
        scrubbed = [
            scrub_interaction({"request": request._to_dict(), "response": response})
            for request, response in zip(requests, responses, strict=True)
        ]
        from vcr.request import Request

        cassette_dict = {
            "requests": [Request._from_dict(item["request"]) for item in scrubbed],
            "responses": [item["response"] for item in scrubbed],
        }
        super().save_cassette(cassette_path, cassette_dict, serializer)


def find_secrets(cassette_dir: Path) -> list[str]:
    """Problems found in the cassette files: key-shaped strings, unredacted secret headers or parameters."""
    files = sorted(p for p in cassette_dir.rglob("*") if p.suffix in CASSETTE_SUFFIXES)
    if not files:
        return [f"{cassette_dir} holds no cassette"]
    problems = []
    header = re.compile(r"^\s*(x-api-key|authorization|cookie|proxy-authorization):\s*\n\s*-\s*(.+)$", re.I | re.M)
    parameter = re.compile(r"[?&](apikey|access_key)=([^&\s'\"]+)", re.I)
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        name = path.relative_to(cassette_dir)
        if KEY_SHAPED.search(text):
            problems.append(f"{name}: holds a PMAK- key")
        for match in header.finditer(text):
            if match.group(2).strip().strip("'\"") != REDACTED:
                problems.append(f"{name}: header {match.group(1)} is not redacted")
        for match in parameter.finditer(text):
            if match.group(2) != REDACTED:
                problems.append(f"{name}: query parameter {match.group(1)} is not redacted")
    return problems
