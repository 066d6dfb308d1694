"""Finding, loading and listing plugins.

Third-party plugins are advertised in the ``postman_ext`` entry-point group and loaded by
pluggy's own :meth:`~pluggy.PluginManager.load_setuptools_entrypoints`, once per process, on
the first client built with ``load_entry_points=True``; every such client registers them.

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
from importlib.metadata import entry_points

import pluggy

from . import hookspecs
from ._defaults import BuiltinPlugin
from .errors import PostmanError

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginInfo",
    "PluginLoadError",
    "PostmanPluginManager",
    "build_plugin_manager",
    "plugins",
]

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


def _selected(names: Iterable[str]) -> list[str]:
    wanted = os.environ.get("POSTMAN_EXT_PLUGINS")
    if wanted is None:
        return sorted(set(names))
    chosen = {name.strip() for name in wanted.split(",") if name.strip()}
    return sorted(chosen.intersection(names))


def _strict() -> bool:
    return os.environ.get("POSTMAN_EXT_STRICT_PLUGINS", "").strip().lower() in ("1", "true", "yes", "on")


def _report(message: str, error: BaseException) -> None:
    if _strict():
        raise PluginLoadError(message) from error
    warnings.warn(f"{message}; skipped (set POSTMAN_EXT_STRICT_PLUGINS=1 to make this an error)", stacklevel=4)


class PostmanPluginManager(pluggy.PluginManager):
    """pluggy's plugin manager with postman_ext's hooks, the built-in plugin, and each plugin's source.

    A plugin that fails to load or register is reported with a warning and skipped, or raises
    :class:`PluginLoadError` with ``POSTMAN_EXT_STRICT_PLUGINS=1``.
    """

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self._sources: dict[str, str] = {}
        self.add_hookspecs(hookspecs)
        self.register(BuiltinPlugin(), name=BUILTIN_NAME, source="built-in")

    def register(self, plugin: object, name: str | None = None, *, source: str = "argument") -> str | None:
        """Register ``plugin`` as pluggy does, remembering ``source`` (where it came from) for :meth:`describe`."""
        registered = super().register(plugin, name)
        if registered is not None:
            self._sources[registered] = source
        return registered

    def load_entry_points(self) -> None:
        """Register the selected plugins of the entry-point group (loaded by pluggy once per process)."""
        for name, source, plugin in _entry_point_plugins():
            self._register_reported(plugin, name, source)

    def add_plugins(self, extra: Iterable[object]) -> None:
        """Register plugin objects given to a client; one that pluggy refuses is reported, not registered."""
        for plugin in extra:
            self._register_reported(plugin, _plugin_name(plugin), "argument")

    def describe(self) -> list[PluginInfo]:
        """The registered plugins, with their hooks, in registration order."""
        found = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            hooks = tuple(sorted(caller.name for caller in self.get_hookcallers(plugin) or ()))
            found.append(PluginInfo(name=name, source=self._sources.get(name, "unknown"), hooks=hooks))
        return found

    def _load_selected_entry_points(self) -> None:
        """Load each selected entry point through pluggy's own loader, one name at a time.

        One at a time, because pluggy's loader stops at the first plugin that fails to import,
        and a broken plugin must not keep the others out.
        """
        found = {entry.name: entry for entry in entry_points(group=ENTRY_POINT_GROUP)}
        for name in _selected(found):
            entry = found[name]
            try:
                loaded = self.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=name)
            except pluggy.PluginValidationError as error:
                _report(f"postman_ext plugin {name!r} could not be registered: {error}", error)
            except Exception as error:
                _report(f"postman_ext plugin {name!r} ({entry.value}) failed to load: {error!r}", error)
            else:
                if loaded:
                    where = f" ({entry.dist.name})" if entry.dist else ""
                    self._sources[name] = f"entry point {entry.value}{where}"

    def _register_reported(self, plugin: object, name: str, source: str) -> None:
        try:
            self.register(plugin, name=name, source=source)
        except Exception as error:
            _report(f"postman_ext plugin {name!r} could not be registered: {error}", error)


# Entry points are looked up and imported once per process and selection (scanning the installed
# distributions costs milliseconds, more with many packages); each client registers the result.
_lock = threading.Lock()
_loaded: dict[str | None, tuple[tuple[str, str, object], ...]] = {}


def _entry_point_plugins() -> tuple[tuple[str, str, object], ...]:
    """``(name, source, plugin)`` of every selected entry point that loaded, in name order."""
    selection = os.environ.get("POSTMAN_EXT_PLUGINS")
    with _lock:
        if selection not in _loaded:
            loader = PostmanPluginManager()
            loader._load_selected_entry_points()
            _loaded[selection] = tuple(
                (name, loader._sources[name], plugin)
                for name, plugin in loader.list_name_plugin()
                if name != BUILTIN_NAME and plugin is not None
            )
        return _loaded[selection]


def forget_entry_points() -> None:
    """Drop the loaded entry points so the next client looks them up again (for tests and reloads)."""
    with _lock:
        _loaded.clear()


def build_plugin_manager(extra: Iterable[object] = (), *, load_entry_points: bool = True) -> PostmanPluginManager:
    """A plugin manager with the built-ins, the entry-point plugins and ``extra`` (in that order)."""
    manager = PostmanPluginManager()
    if load_entry_points:
        manager.load_entry_points()
    manager.add_plugins(extra)
    return manager


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None) or type(plugin).__name__
    return f"{name}@{id(plugin):x}"


def plugins() -> list[PluginInfo]:
    """The plugins a new ``Postman()`` would load now: built-in first, then entry points."""
    return build_plugin_manager().describe()
