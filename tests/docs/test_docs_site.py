"""The documentation site: its configuration builds offline, and the reference covers every operation.

`.ci/run` builds the site with ``mkdocs build --strict``; the Python blocks of the guides run in
tests/docs/test_readme.py.
"""

from __future__ import annotations

import importlib

import yaml

from postman_raw.api import NAMESPACES, AsyncOperations, Operations
from scripts.docs_reference import index_page, namespace_page, namespaces, plain_roles
from tests.conftest import ROOT


def config() -> dict[str, object]:
    # mkdocs.yml has no !!python tags, so the safe loader reads it whole.
    loaded: dict[str, object] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return loaded


def test_the_reference_has_a_page_for_every_namespace_and_every_operation() -> None:
    found = namespaces()
    assert [namespace.attribute for namespace in found] == list(NAMESPACES)
    for namespace in found:
        module = importlib.import_module(f"postman_raw.api.{namespace.module}")
        sync_class, async_class = getattr(module, namespace.sync_class), getattr(module, namespace.async_class)
        assert isinstance(getattr(Operations, namespace.attribute).func(_Fake()), sync_class)
        assert isinstance(getattr(AsyncOperations, namespace.attribute).func(_Fake()), async_class)
        public = {name for name in vars(sync_class) if not name.startswith("_") and callable(vars(sync_class)[name])}
        assert set(namespace.operations) == public, namespace.attribute
        page = namespace_page(namespace)
        assert f"::: postman_raw.api.{namespace.module}.{namespace.sync_class}\n" in page
        assert f"# `pm.{namespace.attribute}`" in page
    total = sum(len(namespace.operations) for namespace in found)
    assert total >= 201
    assert f"({total} in {len(found)} namespaces)" in index_page(found)


class _Fake:
    _invoke = staticmethod(lambda *args: None)


def test_the_site_builds_offline_and_runs_the_reference_hook() -> None:
    settings = config()
    theme = settings["theme"]
    assert isinstance(theme, dict) and theme["name"] == "material" and theme["font"] is False  # no web fonts
    assert settings["hooks"] == ["scripts/docs_reference.py"]
    plugins = settings["plugins"]
    assert isinstance(plugins, list) and {next(iter(p)) if isinstance(p, dict) else p for p in plugins} == {
        "search",
        "mkdocstrings",
    }
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("python -m pytest\n") < ci.index("mkdocs build --strict")


def test_internals_left_the_readme_for_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    moved = ("## Layout", "How the targets are met", "## Adding or changing an endpoint", "models_init.py.jinja")
    for internal in moved:
        assert internal not in readme, internal
    for page in ("internals/architecture.md", "internals/templates.md", "internals/benchmarks.md"):
        assert (ROOT / "docs" / page).is_file()
    assert "(docs/index.md)" in readme


def test_sphinx_roles_of_the_docstrings_render_as_code() -> None:
    html = "<li>:meth:<code>acquire</code> and :class:<code>~postman_ext.ratelimit.RateLimiter</code></li>"
    assert plain_roles(html) == "<li><code>acquire</code> and <code>RateLimiter</code></li>"
