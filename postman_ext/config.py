"""Client settings: validated once, read-only, and safe to print (the key never appears)."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

from .errors import ConfigurationError

__all__ = [
    "DEADLINE_PER_TIMEOUT",
    "DEFAULT_MAX_BODY_SIZE",
    "REGIONS",
    "ClientConfig",
    "key_hash",
    "key_hint",
    "resolve_base_url",
]

DEFAULT_MAX_BODY_SIZE = 256 * 1024 * 1024
"""Bytes of decoded body a response may have, unless ``max_body_size`` says otherwise (20 MB collections pass)."""
DEADLINE_PER_TIMEOUT = 2.0
"""Unless told otherwise, a call's deadline is this many times the client's ``timeout``."""
REGIONS: Mapping[str, str] = {"us": "https://api.getpostman.com", "eu": "https://api.eu.postman.com"}
ApiKeyLocation = Literal["header", "query"]


KEY_PREFIX = "PMAK-"


def key_hint(api_key: str) -> str:
    """How a key may be shown: its last four characters, after ``PMAK-…`` when it has that prefix."""
    tail = api_key[-4:] if len(api_key) >= 12 else ""
    return f"{KEY_PREFIX}…{tail}" if api_key.startswith(KEY_PREFIX) else f"…{tail}"


def key_hash(api_key: str) -> str:
    """A stable, non-reversible name for a key (for rate-limit windows shared across processes)."""
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:32]


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, region: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The base URL to use: explicit, else ``POSTMAN_BASE_URL``, else the region's server.

    Refuses anything but ``https://``, except ``http://`` to a loopback host (a local mock).
    """
    if region is not None and region not in REGIONS:
        raise ConfigurationError(f"region must be one of {sorted(REGIONS)}, got {region!r}")
    if region is not None and base_url:
        raise ConfigurationError(
            f"pass region= or base_url=, not both: base_url={base_url!r} names the server, so region={region!r} "
            "would be ignored (for the EU server alone, pass region='eu')"
        )
    from_environment = environ.get("POSTMAN_BASE_URL")
    if region is not None and from_environment:
        warnings.warn(
            f"POSTMAN_BASE_URL={from_environment!r} names the server, so region={region!r} is ignored; "
            "unset POSTMAN_BASE_URL to use the region's server",
            UserWarning,
            stacklevel=4,
        )
    chosen = base_url or from_environment or REGIONS[region or "us"]
    parts = urlsplit(chosen)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base URL {chosen!r} must look like 'https://api.getpostman.com'")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"base URL {chosen!r} uses plain HTTP to a non-loopback host; the API key would travel "
            "unencrypted. Use https://, or http:// only for 127.0.0.1/localhost."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base URL {chosen!r} must not carry a query or fragment")
    return chosen.rstrip("/")


@dataclass(frozen=True)
class ClientConfig:
    """The settings of one client, as hooks see them. Holds no key: only its hint and hash."""

    base_url: str
    region: str | None
    timeout: float
    max_retries: int
    max_retry_wait: float
    retry_non_idempotent: bool
    api_key_location: ApiKeyLocation
    user_agent: str
    deadline: float = DEADLINE_PER_TIMEOUT * 30.0
    """Seconds one call may spend sending and receiving, all attempts and redirects together
    (the waits between them excluded); the clients make it :data:`DEADLINE_PER_TIMEOUT` times
    ``timeout`` unless told otherwise."""
    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    """Bytes a response body may have once decoded; a larger one raises ``ResponseTooLargeError``."""
    key_hint: str = field(default="(no key)")
    key_hash: str = field(default="", repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    """Wall-clock seconds since the epoch; injected by tests so that waits need no real time."""

    @cached_property  # read on every request; a frozen dataclass still lets cached_property store it
    def host(self) -> str:
        """The host[:port] requests are meant for; the key is never sent anywhere else."""
        return urlsplit(self.base_url).netloc.lower()

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ConfigurationError(f"timeout must be a positive number of seconds, got {self.timeout!r}")
        if not self.deadline > 0 or self.deadline == float("inf"):
            raise ConfigurationError(
                f"deadline must be a positive, finite number of seconds (or None for {DEADLINE_PER_TIMEOUT:g} times "
                f"timeout), got {self.deadline!r}"
            )
        if isinstance(self.max_body_size, bool) or not isinstance(self.max_body_size, int) or self.max_body_size <= 0:
            raise ConfigurationError(f"max_body_size must be a positive number of bytes, got {self.max_body_size!r}")
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {self.max_retries!r}")
        if self.max_retry_wait < 0:
            raise ConfigurationError(f"max_retry_wait must be 0 or more seconds, got {self.max_retry_wait!r}")
        if self.api_key_location not in ("header", "query"):
            raise ConfigurationError(f"api_key_location must be 'header' or 'query', got {self.api_key_location!r}")
