"""Finding, loading and listing plugins.

Third-party plugins are advertised in the ``postman_ext`` entry-point group. They are loaded
once per process, on the first client built with ``load_entry_points=True``.

- ``POSTMAN_EXT_PLUGINS``: comma-separated entry-point names to load (unset: all; empty: none).
- ``POSTMAN_EXT_STRICT_PLUGINS=1``: a plugin that fails to load raises :class:`PluginLoadError`
  instead of being reported with a warning and skipped.
"""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

import pluggy

from . import hookspecs
from .defaults import BuiltinPlugin
from .errors import PostmanError

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginLoadError", "build_plugin_manager", "plugins"]

ENTRY_POINT_GROUP = "postman_ext"
BUILTIN_NAME = "postman_ext.builtin"


class PluginLoadError(PostmanError):
    """A plugin could not be imported or registered (raised only in strict mode)."""


@dataclass(frozen=True)
class PluginInfo:
    """A loaded plugin: its name, where it came from, and the hooks it implements."""

    name: str
    source: str
    hooks: tuple[str, ...]


_lock = threading.Lock()
_entry_point_plugins: list[tuple[str, str, object]] | None = None


def _selected(found: Iterable[EntryPoint]) -> list[EntryPoint]:
    wanted = os.environ.get("POSTMAN_EXT_PLUGINS")
    if wanted is None:
        return list(found)
    names = {name.strip() for name in wanted.split(",") if name.strip()}
    return [entry for entry in found if entry.name in names]


def _strict() -> bool:
    return os.environ.get("POSTMAN_EXT_STRICT_PLUGINS", "").strip().lower() in ("1", "true", "yes", "on")


def _report(message: str, error: BaseException) -> None:
    if _strict():
        raise PluginLoadError(message) from error
    warnings.warn(f"{message}; skipped (set POSTMAN_EXT_STRICT_PLUGINS=1 to make this an error)", stacklevel=4)


def entry_point_plugins() -> list[tuple[str, str, object]]:
    """``(name, source, plugin)`` for every selected entry point that loads; loaded once per process."""
    global _entry_point_plugins
    with _lock:
        if _entry_point_plugins is None:
            loaded: list[tuple[str, str, object]] = []
            for entry in sorted(_selected(entry_points(group=ENTRY_POINT_GROUP)), key=lambda e: e.name):
                source = f"entry point {entry.value}" + (f" ({entry.dist.name})" if entry.dist else "")
                try:
                    loaded.append((entry.name, source, entry.load()))
                except Exception as error:
                    _report(f"postman_ext plugin {entry.name!r} ({entry.value}) failed to load: {error!r}", error)
            _entry_point_plugins = loaded
        return list(_entry_point_plugins)


def forget_entry_points() -> None:
    """Drop the loaded entry points so the next client looks them up again (for tests and reloads)."""
    global _entry_point_plugins
    with _lock:
        _entry_point_plugins = None


def build_plugin_manager(extra: Iterable[object] = (), *, load_entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the built-ins, the entry-point plugins and ``extra`` (in that order)."""
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    manager.register(BuiltinPlugin(), name=BUILTIN_NAME)
    sources = {BUILTIN_NAME: "built-in"}
    candidates = entry_point_plugins() if load_entry_points else []
    candidates += [(_plugin_name(plugin), "argument", plugin) for plugin in extra]
    for name, source, plugin in candidates:
        try:
            manager.register(plugin, name=name)
            sources[name] = source
        except Exception as error:
            _report(f"postman_ext plugin {name!r} could not be registered: {error}", error)
    manager.postman_ext_sources = sources  # type: ignore[attr-defined]
    return manager


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None) or type(plugin).__name__
    return f"{name}@{id(plugin):x}"


def describe(manager: pluggy.PluginManager) -> list[PluginInfo]:
    """The plugins registered on ``manager``, with their hooks, in registration order."""
    sources: dict[str, str] = getattr(manager, "postman_ext_sources", {})
    found = []
    for name, plugin in manager.list_name_plugin():
        if plugin is None:
            continue
        hooks = tuple(sorted(caller.name for caller in manager.get_hookcallers(plugin) or ()))
        found.append(PluginInfo(name=name, source=sources.get(name, "unknown"), hooks=hooks))
    return found


def plugins() -> list[PluginInfo]:
    """The plugins a new ``Postman()`` would load now: built-in first, then entry points."""
    return describe(build_plugin_manager())
