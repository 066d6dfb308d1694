"""The endpoints Postman limits more tightly than its per-user window, and which one a request hits.

Postman's documentation (API definition 1.45.0, "Rate and usage limits" and the endpoint notes):

- GET /collections, GET /workspaces, GET /workspaces/{id} and the monitor endpoints: 10 calls
  in 10 seconds;
- POST /service-account-tokens and POST /import/openapi: 10 requests in 10 seconds;
- workspace updates (/workspaces/{id}/updates...): 20 requests a minute;
- POST /postbot/generations/tool: 300 calls every 3 hours.

These figures are the starting point of an endpoint's window; what the server's headers say
for that endpoint replaces them. Every request also counts in the per-user window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ENDPOINT_LIMITS", "EndpointLimit", "endpoint_limit"]


@dataclass(frozen=True)
class EndpointLimit:
    """A documented per-endpoint limit: ``limit`` requests per ``window`` seconds, per user."""

    bucket: str
    """A short stable name, used in storage keys (``get-collections``)."""
    limit: int
    window: float


_ANY = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})

# (methods, path pattern below the base URL, limit); first match wins.
ENDPOINT_LIMITS: tuple[tuple[frozenset[str], re.Pattern[str], EndpointLimit], ...] = (
    (frozenset({"GET"}), re.compile(r"/collections/?"), EndpointLimit("get-collections", 10, 10.0)),
    (frozenset({"GET"}), re.compile(r"/workspaces/?"), EndpointLimit("get-workspaces", 10, 10.0)),
    (_ANY, re.compile(r"/workspaces/[^/]+/updates(?:/.*)?"), EndpointLimit("workspace-updates", 20, 60.0)),
    (frozenset({"GET"}), re.compile(r"/workspaces/[^/]+/?"), EndpointLimit("get-workspace", 10, 10.0)),
    (_ANY, re.compile(r"/monitors(?:/.*)?"), EndpointLimit("monitors", 10, 10.0)),
    (frozenset({"POST"}), re.compile(r"/import/openapi/?"), EndpointLimit("import-openapi", 10, 10.0)),
    (frozenset({"POST"}), re.compile(r"/service-account-tokens/?"), EndpointLimit("service-account-tokens", 10, 10.0)),
    (frozenset({"POST"}), re.compile(r"/postbot/generations/tool/?"), EndpointLimit("postbot-tool", 300, 10800.0)),
)


def endpoint_limit(method: str, path: str) -> EndpointLimit | None:
    """The tighter limit that applies to ``method path`` (path below the base URL), if any."""
    return _endpoint_limit(method, path)


@lru_cache(maxsize=1024)  # asked on every request, by every limiter
def _endpoint_limit(method: str, path: str) -> EndpointLimit | None:
    method = method.upper()
    for methods, pattern, limit in ENDPOINT_LIMITS:
        if method in methods and pattern.fullmatch(path):
            return limit
    return None
