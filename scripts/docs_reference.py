"""A MkDocs hook: one reference page per namespace of ``postman_raw.api``, written at build time.

``mkdocs.yml`` names this file under ``hooks:``. For each namespace of ``pm.<namespace>`` (read
from ``generated/postman_raw/api/__init__.py`` with :mod:`ast`, without importing the package)
it adds ``reference/namespaces/<namespace>.md``, whose mkdocstrings block lists every method of
the namespace's class with its docstring, and an index of them all at
``reference/namespaces/index.md``. Nothing is written to ``docs/``: the pages exist only in the
build, so they never go stale.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "generated" / "postman_raw" / "api"
FOLDER = "reference/namespaces"
# The library's docstrings name things with Sphinx roles (:class:`~postman_ext.RateLimiter`);
# Markdown renders the role's name as text before the code: keep the code, shortened after "~".
_SPHINX_ROLE = re.compile(r":(?:class|meth|func|data|mod|attr|exc|obj):<code>(~?)([^<]+)</code>")


@dataclass(frozen=True)
class Namespace:
    """``pm.<attribute>``: its module in ``postman_raw.api`` and the classes behind it."""

    attribute: str
    module: str
    sync_class: str
    async_class: str
    operations: tuple[str, ...]


def namespaces(api: Path = API) -> list[Namespace]:
    """Every namespace of ``postman_raw.api.Operations``, in the order it lists them."""
    tree = ast.parse((api / "__init__.py").read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == "Operations"):
            continue
        for member in node.body:
            if not isinstance(member, ast.FunctionDef):
                continue
            imports = [stmt for stmt in member.body if isinstance(stmt, ast.ImportFrom)]
            if not imports or imports[0].module is None:
                continue
            module, sync_class = imports[0].module, imports[0].names[0].name
            found.append(
                Namespace(member.name, module, sync_class, f"Async{sync_class}", _methods(api / module, sync_class))
            )
    return found


def _methods(package: Path, class_name: str) -> tuple[str, ...]:
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return tuple(
                item.name for item in node.body if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")
            )
    raise LookupError(f"{class_name} not found in {package}")


def namespace_page(namespace: Namespace) -> str:
    """The Markdown of one namespace's page."""
    module = f"postman_raw.api.{namespace.module}"
    return f"""# `pm.{namespace.attribute}`

`Postman().{namespace.attribute}` is a `{namespace.sync_class}`; `AsyncPostman().{namespace.attribute}` is
a `{namespace.async_class}` with the same methods as coroutines (`await apm.{namespace.attribute}.<method>(...)`).
Each method returns the model of the success body or raises one of the
[errors](../../guides/errors.md); {len(namespace.operations)} operations.

::: {module}.{namespace.sync_class}
    options:
      show_root_heading: false
      show_root_toc_entry: false
      show_source: false
      members_order: alphabetical
      filters: ["!^_"]
      heading_level: 2
"""


def index_page(found: list[Namespace]) -> str:
    """The Markdown of the index of namespaces."""
    total = sum(len(namespace.operations) for namespace in found)
    lines = [
        "# Operations by namespace",
        "",
        f"Every operation of the Postman API ({total} in {len(found)} namespaces) is a method",
        "`pm.<namespace>.<operation>`: the namespace is the operation's first tag in Postman's",
        "documentation, the method its operationId in snake case. Each page is generated from",
        "the docstrings of `postman_raw.api` when the site is built.",
        "",
        "| namespace | operations |",
        "|---|---|",
    ]
    for namespace in found:
        lines.append(f"| [`pm.{namespace.attribute}`]({namespace.attribute}.md) | {len(namespace.operations)} |")
    return "\n".join(lines) + "\n"


def on_files(files: Any, config: Any) -> Any:
    """MkDocs event: add the generated pages to the build."""
    from mkdocs.structure.files import File

    found = namespaces()
    files.append(File.generated(config, f"{FOLDER}/index.md", content=index_page(found)))
    for namespace in found:
        files.append(File.generated(config, f"{FOLDER}/{namespace.attribute}.md", content=namespace_page(namespace)))
    return files


def plain_roles(html: str) -> str:
    """``:meth:<code>~a.b.c</code>`` (a Sphinx role, as Markdown renders it) as ``<code>c</code>``."""
    return _SPHINX_ROLE.sub(lambda m: f"<code>{m[2].rsplit('.', 1)[-1] if m[1] else m[2]}</code>", html)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """MkDocs event: the Sphinx roles of the docstrings, as plain code."""
    return plain_roles(html)


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    """MkDocs event: list the generated pages under "Operations" in the navigation."""
    from mkdocs.structure.nav import Section
    from mkdocs.structure.pages import Page

    def page_of(path: str, title: str | None) -> Page:
        file = files.get_file_from_path(path)
        return file.page if file.page is not None else Page(title, file, config)

    section = next((item for item in nav.items if getattr(item, "title", None) == "Operations"), None)
    if section is None:
        section = Section("Operations", [])
        nav.items.append(section)
    section.children = [page_of(f"{FOLDER}/index.md", "Operations by namespace")] + [
        page_of(f"{FOLDER}/{namespace.attribute}.md", f"pm.{namespace.attribute}") for namespace in namespaces()
    ]
    return nav
