"""postman_ext: the stable, typed client of the Postman API.

>>> from postman_ext import Postman
>>> with Postman() as pm:                      # key from POSTMAN_API_KEY
...     me = pm.users.get_authenticated_user()

Every operation is ``pm.<namespace>.<operation>``; errors are the classes below; behaviour is
extended with plugins (see :mod:`postman_ext.hookspecs`).
"""

from __future__ import annotations

__version__ = "0.1.0"

# Models read their data lazily; this reads one now, or a whole tree with deep=True.
from postman_raw.types import materialize

from ._moved import install as _install_moved_modules
from ._plugins import PluginInfo, PluginLoadError, plugins
from ._transport import Urllib3Transport
from .client import AsyncPostman, Postman
from .config import ClientConfig
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InvalidArgumentError,
    ModelDataError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    PostmanError,
    QuotaExceededError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ServerError,
    UnsafeRedirectError,
)
from .hookspecs import STOP_RETRYING, hookimpl
from .ratelimit import RateLimiter, RateLimitState

__all__ = [
    "STOP_RETRYING",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPostman",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "InvalidArgumentError",
    "ModelDataError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PluginInfo",
    "PluginLoadError",
    "Postman",
    "PostmanError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitState",
    "RateLimiter",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "UnsafeRedirectError",
    "Urllib3Transport",
    "__version__",
    "hookimpl",
    "materialize",
    "plugins",
]

# postman_ext.transport, .middleware, .defaults, .plugins and .endpoint_limits became private:
# importing a name from the old path still works, with a DeprecationWarning, until 0.2.0.
_MOVED_MODULES = _install_moved_modules(__name__)


def __getattr__(name: str) -> object:
    # ``postman_ext.transport`` after ``import postman_ext``; ``plugins`` stays the function.
    if name in _MOVED_MODULES:
        return _MOVED_MODULES[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
