"""Deprecated aliases of the modules that became private (README.md, Versioning).

``postman_ext.transport``, ``.middleware``, ``.defaults``, ``.plugins`` and ``.endpoint_limits``
are now ``postman_ext._transport`` and so on. Code that imports a name from the old path keeps
working until 0.2.0, with a :class:`DeprecationWarning` that names where to import it from now.
The aliases live in :data:`sys.modules` only, not as files: a file ``postman_ext/plugins.py``
would replace the function :func:`postman_ext.plugins` with a module when imported.
"""

from __future__ import annotations

import importlib
import sys
import types
import warnings
from typing import Any

REMOVED_IN = "0.2.0"
# Old public module -> the private module that holds its code now.
MOVED = {
    "transport": "_transport",
    "middleware": "_middleware",
    "defaults": "_defaults",
    "plugins": "_plugins",
    "endpoint_limits": "_endpoint_limits",
}
# Names the old modules exported that are public elsewhere now: where to import them from.
PUBLIC_HOME = {
    "PluginInfo": "postman_ext",
    "PluginLoadError": "postman_ext",
    "plugins": "postman_ext",
    "Urllib3Transport": "postman_ext",
    "EndpointLimit": "postman_ext.ratelimit",
    "endpoint_limit": "postman_ext.ratelimit",
}


class _MovedModule(types.ModuleType):
    """Forwards attribute reads to the private module, warning on each public name."""

    def __init__(self, old: str, new: str) -> None:
        super().__init__(old, f"Deprecated alias of {new}, removed in postman-ext {REMOVED_IN}.")
        self._new = new

    def __getattr__(self, name: str) -> Any:
        target = importlib.import_module(self._new)
        value = getattr(target, name)  # AttributeError as the private module would raise it
        if not name.startswith("__"):
            home = PUBLIC_HOME.get(name)
            advice = f"import it from {home}" if home else "it is internal and may change without notice"
            warnings.warn(
                f"{self.__name__} is private now and this alias goes away in postman-ext {REMOVED_IN}: "
                f"{name!r} moved to {self._new}; {advice}.",
                DeprecationWarning,
                stacklevel=2,
            )
        return value

    def __dir__(self) -> list[str]:
        return sorted(getattr(importlib.import_module(self._new), "__all__", []))


def install(package: str) -> dict[str, types.ModuleType]:
    """Register the aliases in :data:`sys.modules`; returns them by their short names."""
    aliases: dict[str, types.ModuleType] = {}
    for old, new in MOVED.items():
        name = f"{package}.{old}"
        module = sys.modules.get(name)
        if not isinstance(module, _MovedModule):
            module = _MovedModule(name, f"{package}.{new}")
            sys.modules[name] = module
        aliases[old] = module
    return aliases
