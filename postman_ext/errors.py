"""The exception tree of postman_ext, and the default mapping from a response to an exception.

Every exception raised for an HTTP status keeps the request and the response (httpx's
objects, the API key masked on both as the client keeps them), the status as
``status_code``, the headers, the raw body text and the parsed body, so nothing the server
said is lost, even when the body is an HTML page or truncated JSON.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from postman_raw import types as _raw_types

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InvalidArgumentError",
    "ModelDataError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PostmanError",
    "QuotaExceededError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "UnsafeRedirectError",
    "error_for_status",
    "parse_error_body",
]

_BODY_PREVIEW = 500
_STATUS_REMOVED_IN = "0.2.0"


def _status_code(status_code: int | None, status: int | None, response: httpx.Response | None, owner: str) -> int:
    """``status_code``, from the deprecated ``status=`` or the response when not given."""
    if status is not None:
        warnings.warn(
            f"{owner}(status=...) is deprecated: pass status_code= (as httpx names it); "
            f"status= will be removed in {_STATUS_REMOVED_IN}",
            DeprecationWarning,
            stacklevel=_outside_this_module(),
        )
        if status_code is None:
            status_code = status
    if status_code is None:
        if response is None:
            raise TypeError(f"{owner}() needs status_code= or response=")
        status_code = response.status_code
    return status_code


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built without its request
        return None


def _warn_status(owner: str) -> None:
    warnings.warn(
        f"{owner}.status is deprecated: read .status_code (as httpx names it); "
        f".status will be removed in {_STATUS_REMOVED_IN}",
        DeprecationWarning,
        stacklevel=_outside_this_module(),
    )


def _outside_this_module() -> int:
    """The ``stacklevel`` of the first caller outside this module (subclasses add frames of their own)."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename == __file__:
        frame, level = frame.f_back, level + 1
    return level


class PostmanError(Exception):
    """Base class of every error this library raises."""


class ConfigurationError(PostmanError, ValueError):
    """The client was set up wrongly (no key, a plain-HTTP base URL, ...); no request was sent."""


class InvalidArgumentError(PostmanError, ValueError):
    """An argument of a call was refused before anything was sent (also a ``ValueError``).

    Raised for a path parameter that is empty, is a dot segment (``.``, ``..``, ``%2e%2e``: it
    would change which resource the request targets), or is too long to be an id, and for a
    call whose URL cannot be built.
    """


class APIConnectionError(PostmanError):
    """The request did not get a response: DNS, refused or reset connection, TLS failure.

    ``request`` is the request that was being sent (the API key masked), when known.
    """

    def __init__(self, message: str, *, method: str = "", path: str = "", request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.request = request


class APITimeoutError(APIConnectionError):
    """Connecting or reading took longer than the configured timeout."""


class ResponseDecodeError(PostmanError):
    """A successful response whose body could not be parsed; ``text`` holds it unchanged.

    Attributes: ``status_code``, ``text``, ``method`` and ``path``, and ``request`` and
    ``response`` (httpx's, the API key masked) when known. ``status`` is a deprecated alias of
    ``status_code``.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        text: str | None = None,
        method: str = "",
        path: str = "",
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = _status_code(status_code, status, response, type(self).__name__)
        self.text = text if text is not None else response.text if response is not None else ""
        self.method = method
        self.path = path
        self.request = request
        self.response = response

    @property
    def status(self) -> int:
        """Deprecated alias of :attr:`status_code`, removed in postman-ext 0.2.0 (warns)."""
        _warn_status(type(self).__name__)
        return self.status_code


class ResponseTooLargeError(PostmanError):
    """A response body grew past ``max_body_size`` bytes (once decoded); reading stopped there."""

    def __init__(self, message: str, *, limit: int, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.limit = limit
        self.method = method
        self.path = path


class ModelDataError(PostmanError, _raw_types.ModelDataError):
    """A model nested in a response does not match the spec; raised where it is first used.

    Models read their fields lazily (``postman_raw.types``), so this comes from attribute access,
    not from the call; the top level of a response is read before the call returns, where the
    same problem raises :class:`ResponseDecodeError`. Also a ``ValueError``.
    """


_raw_types.raise_model_data_errors_as(ModelDataError)


class APIStatusError(PostmanError):
    """The API answered with an error status.

    Attributes, named as httpx names them: ``request`` and ``response`` (httpx's objects, the
    API key masked on both; ``response`` is ``None`` for a request the rate limiter refused to
    send), ``status_code``, ``headers``, ``text`` (the raw body); then ``body`` (parsed JSON or
    ``None``), ``error_name`` and ``error_message`` (from either Postman error shape),
    ``method`` and ``path`` of the request. ``status`` is a deprecated alias of ``status_code``.

    Built from a response alone, ``NotFoundError(response=response)``, the other values are
    read from it; ``status=`` is a deprecated spelling of ``status_code=``.
    """

    def __init__(
        self,
        *,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        text: str | None = None,
        body: object = None,
        method: str = "",
        path: str = "",
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        status: int | None = None,
    ) -> None:
        if request is None and response is not None:
            request = _request_of(response)
        self.status_code = _status_code(status_code, status, response, type(self).__name__)
        self.headers = dict(headers if headers is not None else response.headers if response is not None else {})
        self.text = text if text is not None else response.text if response is not None else ""
        self.body = body if body is not None or text is not None else parse_error_body(self.text)
        self.method = method or (request.method if request is not None else "")
        self.path = path or (request.url.path if request is not None else "")
        self.request = request
        self.response = response
        self.error_name, self.error_message = error_name_and_message(self.body)
        super().__init__(self._describe())

    @property
    def status(self) -> int:
        """Deprecated alias of :attr:`status_code`, removed in postman-ext 0.2.0 (warns)."""
        _warn_status(type(self).__name__)
        return self.status_code

    def _describe(self) -> str:
        where = f"{self.method} {self.path}".strip()
        what = self.error_message or self.error_name
        if not what:
            preview = " ".join(self.text.split())[:_BODY_PREVIEW]
            what = f"non-JSON body: {preview!r}" if preview else "empty body"
        name = f" [{self.error_name}]" if self.error_name and self.error_message else ""
        status = self.status_code
        return f"{where}: HTTP {status}{name}: {what}" if where else f"HTTP {status}{name}: {what}"


class BadRequestError(APIStatusError):
    """400: the request was malformed or a value was refused."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed for this key, plan or region."""


class NotFoundError(APIStatusError):
    """404: no such resource, or not visible to this key."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class RateLimitError(APIStatusError):
    """429 ``rateLimited``: too many requests; ``retry_after`` says how long to wait, in seconds.

    Also raised, without sending, when the rate limiter would hold a request longer than
    ``max_retry_wait``; ``reason`` then says so.
    """

    def __init__(self, *, retry_after: float | None = None, reason: str | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        self.reason = reason
        super().__init__(**kwargs)

    def _describe(self) -> str:
        if self.reason:
            text = f"{self.method} {self.path}: {self.reason}" if self.method else self.reason
        else:
            text = super()._describe()
        return f"{text} (retry after {self.retry_after:g} s)" if self.retry_after is not None else text


class QuotaExceededError(RateLimitError):
    """429 ``serviceLimitExhausted``: the plan's monthly allowance is used up; retrying will not help."""


class ServerError(APIStatusError):
    """5xx: Postman failed to handle the request."""


class UnsafeRedirectError(APIStatusError):
    """A redirect that was not followed, so the key stayed here.

    It pointed to another host or to plain HTTP, it was one too many (a loop), or its
    ``Location`` was empty or not a URL. ``location`` is where the server wanted the request to
    go; ``reason`` says why it was not followed.
    """

    def __init__(self, *, location: str, reason: str | None = None, **kwargs: Any) -> None:
        self.location = location
        self.reason = reason or "it leaves the configured host or drops HTTPS, and the request carries the API key"
        super().__init__(**kwargs)

    def _describe(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        target = f" to {self.location!r}" if self.location else ""
        return f"{where}HTTP {self.status_code} redirect{target} was not followed: {self.reason}"


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    429: RateLimitError,
}
QUOTA_ERROR_NAMES = frozenset({"serviceLimitExhausted"})


def parse_error_body(text: str) -> object:
    """The body as JSON, or ``None`` when it is empty, HTML, truncated, or nested too deeply to read."""
    try:
        return json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):
        return None


def error_name_and_message(body: object) -> tuple[str | None, str | None]:
    """Read ``error.name``/``error.message``, the flat ``error``/``message`` form, or a problem document."""
    if not isinstance(body, dict):
        return None, None
    error = body.get("error")
    if isinstance(error, dict):
        return _text(error.get("name")), _text(error.get("message"))
    if isinstance(error, str):
        return error, _text(body.get("message"))
    name = _text(body.get("type")) or _text(body.get("name"))
    message = _text(body.get("detail")) or _text(body.get("title")) or _text(body.get("message"))
    return name, message


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value)


def error_for_status(
    *,
    status: int,
    headers: Mapping[str, str],
    text: str,
    method: str = "",
    path: str = "",
    retry_after: float | None = None,
    request: httpx.Request | None = None,
    response: httpx.Response | None = None,
) -> APIStatusError:
    """The default exception for an error response (status >= 400), keeping ``request`` and ``response``."""
    body = parse_error_body(text)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "headers": headers,
        "text": text,
        "body": body,
        "method": method,
        "path": path,
        "request": request,
        "response": response,
    }
    if status == 429:
        name, _ = error_name_and_message(body)
        cls: type[RateLimitError] = QuotaExceededError if name in QUOTA_ERROR_NAMES else RateLimitError
        return cls(retry_after=retry_after, **kwargs)
    if status >= 500:
        return ServerError(**kwargs)
    return _BY_STATUS.get(status, APIStatusError)(**kwargs)
