"""api-surface.txt lists the whole public surface; any change to the surface must update it, as a reviewed diff."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import postman_ext
from postman_ext import hookspecs
from postman_raw.api.environments import AsyncEnvironmentsOperations, EnvironmentsOperations
from scripts import public_surface


def test_the_listing_matches_the_code() -> None:
    diff = public_surface.difference()
    if diff:
        pytest.fail(
            f"The public surface of postman_ext differs from {public_surface.LISTING.name}:\n{diff}\n"
            f"If the change is intended, run `{public_surface.UPDATE_COMMAND}` and commit the listing with it "
            "(README.md, Versioning, says which changes need a new major or minor version).",
            pytrace=False,
        )


def test_the_listing_covers_names_signatures_exceptions_hooks_and_namespaces() -> None:
    listing = public_surface.LISTING.read_text(encoding="utf-8")
    for expected in (
        "class Postman(_Core, Operations)",
        "  def reload_api_key(api_key: str | None = None) -> None",
        "      RateLimitError\n        QuotaExceededError",
        "  postman_api_key(config: ClientConfig) -> str | None  [firstresult]",
        "[namespace environments]  (EnvironmentsOperations; AsyncPostman: AsyncEnvironmentsOperations,",
        "  def get_environments(*, workspace: str | Unset = UNSET) -> GetEnvironmentsResponse",
        "  def delete_pan_workspace(workspace_id: str | Resource) -> RemoveWorkspaceFromPrivateNetworkResponse"
        "  [deprecated alias of remove_workspace_from_private_network, removed in 0.2.0]",
    ):
        assert expected in listing
    assert " at 0x" not in listing and "PMAK-" not in listing


def test_an_unlisted_change_fails_until_the_listing_is_updated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def get_environment_v2(self: object, environment_id: str, *, expand: bool = False) -> None:
        """A method a regeneration might add."""

    async def aget_environment_v2(self: object, environment_id: str, *, expand: bool = False) -> None:
        """Its coroutine twin."""

    monkeypatch.setattr(EnvironmentsOperations, "get_environment_v2", get_environment_v2, raising=False)
    monkeypatch.setattr(AsyncEnvironmentsOperations, "get_environment_v2", aget_environment_v2, raising=False)
    monkeypatch.delattr(postman_ext.client._Core, "reload_api_key")

    diff = public_surface.difference()
    assert "+  def get_environment_v2(environment_id: str, *, expand: bool = False) -> None" in diff
    assert "-  def reload_api_key(api_key: str | None = None) -> None" in diff
    assert public_surface.main(["--check"]) == 1
    assert "run: python scripts/public_surface.py --write" in capsys.readouterr().out

    updated = tmp_path / "api-surface.txt"
    assert public_surface.main(["--write", "--listing", str(updated)]) == 0
    assert public_surface.main(["--check", "--listing", str(updated)]) == 0
    assert public_surface.difference(updated) == ""


def test_a_deprecated_hook_argument_shows_in_the_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    options = getattr(hookspecs.postman_retry_delay, f"{hookspecs.PROJECT_NAME}_spec")
    monkeypatch.setitem(options, "warn_on_impl_args", {"attempt": DeprecationWarning("use request.extensions")})
    assert "argument attempt deprecated: use request.extensions" in public_surface.difference()


PUBLIC_MODULES = {"client", "config", "contrib", "errors", "hookspecs", "jobs", "models", "pagination", "ratelimit"}
PUBLIC_MODULES |= {"retry", "uid"}


def test_only_the_modules_users_and_plugin_authors_need_are_public() -> None:
    top_level = {info.name for info in pkgutil.iter_modules(postman_ext.__path__)}
    assert {name for name in top_level if not name.startswith("_")} == PUBLIC_MODULES
    listing = public_surface.LISTING.read_text(encoding="utf-8")
    for internal in (
        "Pipeline",
        "class Send",
        "class Sleep",
        "RequestBuilder",
        "BuiltinPlugin",
        "build_plugin_manager",
    ):
        assert internal not in listing
    for old in ("transport", "middleware", "defaults", "plugins", "endpoint_limits"):
        assert f"[postman_ext.{old}]" not in listing and f"postman_ext.{old}." not in listing


@pytest.mark.parametrize(
    ("old", "name", "new"),
    [
        ("transport", "Urllib3Transport", "postman_ext"),
        ("middleware", "Pipeline", "postman_ext._middleware"),
        ("defaults", "BuiltinPlugin", "postman_ext._defaults"),
        ("plugins", "PostmanPluginManager", "postman_ext._plugins"),
        ("plugins", "PluginInfo", "postman_ext"),
        ("endpoint_limits", "endpoint_limit", "postman_ext.ratelimit"),
    ],
)
def test_a_name_imported_from_a_module_made_private_still_works_with_a_warning(old: str, name: str, new: str) -> None:
    with pytest.warns(DeprecationWarning) as caught:
        value = getattr(importlib.import_module(f"postman_ext.{old}"), name)
    assert value is getattr(importlib.import_module(new), name)
    (warning,) = caught
    assert warning.filename == __file__  # points at the line that used the old path
    message = str(warning.message)
    assert f"postman_ext.{old} is private now" in message and "0.2.0" in message
    assert (f"import it from {new}" in message) == (not new.startswith("postman_ext._"))


def test_the_function_plugins_is_not_hidden_by_the_old_module_path() -> None:
    with pytest.warns(DeprecationWarning):
        from postman_ext.plugins import PostmanPluginManager  # noqa: F401
    import postman_ext.plugins

    assert callable(postman_ext.plugins) and postman_ext.plugins.__module__ == "postman_ext._plugins"
    assert next(info.name for info in postman_ext.plugins()) == "postman_ext.builtin"
