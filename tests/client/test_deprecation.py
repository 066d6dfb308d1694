"""Deprecation, not breakage: old operation names keep working for a while, with a warning; hooks warn too."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import pluggy
import pytest

import postman_ext
from postman_ext import AsyncPostman
from postman_ext.hookspecs import PROJECT_NAME, hookimpl, hookspec
from scripts.regenerate import deprecated_aliases
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

REMOVED = {"workspace": {"id": "ws-1"}}
PATH = "/network/private/workspace/ws-1"


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_a_deprecated_alias_warns_naming_its_replacement_and_still_works(api: FakeAPI, make_client: Any) -> None:
    api.route("DELETE", PATH, Reply(200, REMOVED))
    pm = make_client()
    with pytest.warns(DeprecationWarning) as caught:
        result = pm.private_api_network.delete_pan_workspace("ws-1")
    (warning,) = caught
    message = str(warning.message)
    assert "private_api_network.delete_pan_workspace() is deprecated" in message
    assert "use private_api_network.remove_workspace_from_private_network()" in message
    assert "will be removed in 0.2.0" in message
    assert warning.filename == __file__  # stacklevel points at the caller's line, not at generated code
    assert result.workspace.id == "ws-1"
    assert [(seen.method, seen.path) for seen in api.requests] == [("DELETE", PATH)]


def test_the_new_name_does_not_warn(api: FakeAPI, make_client: Any) -> None:
    api.route("DELETE", PATH, Reply(200, REMOVED))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = make_client().private_api_network.remove_workspace_from_private_network("ws-1")
    assert result.workspace.id == "ws-1"


def test_the_async_alias_warns_and_works(api: FakeAPI, sleeps: Any) -> None:
    api.route("DELETE", PATH, Reply(200, REMOVED))

    async def main() -> str:
        async with AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False, sleep=sleeps.asleep) as apm:
            with pytest.warns(
                DeprecationWarning, match=r"use private_api_network\.remove_workspace_from_private_network"
            ):
                result = await apm.private_api_network.delete_pan_workspace("ws-1")
            return str(result.workspace.id)

    assert asyncio.run(main()) == "ws-1"


def test_every_alias_is_due_for_removal_on_time(spec: dict[str, Any]) -> None:
    """An alias lives for one minor release: this fails once the version reaches its removeIn."""
    current = version(postman_ext.__version__)
    aliases = [entry for entries in deprecated_aliases(spec).values() for entry in entries]
    assert aliases, "the spec declares no x-deprecated-aliases: this test and the alias tests above need one"
    for entry in aliases:
        since, remove_in = version(entry["since"]), version(entry["removeIn"])
        assert since <= current < remove_in, (
            f"{entry['operationId']}: deprecated since {entry['since']}, to be removed in {entry['removeIn']}; "
            f"postman_ext is {postman_ext.__version__}: delete its x-deprecated-aliases entry and regenerate"
        )
        assert remove_in[:2] == (since[0], since[1] + 1), f"{entry['operationId']}: removeIn must be the next minor"


# --- hooks: pluggy's warn_on_impl and warn_on_impl_args ----------------------------------------


class FutureSpecs:
    """How a hook change is announced: the spec keeps the old argument, and asking for it warns."""

    @hookspec(
        firstresult=True,
        warn_on_impl_args={
            "attempt": DeprecationWarning("postman_example_delay(attempt=...) is deprecated: read request.extensions")
        },
    )
    def postman_example_delay(self, request: object, attempt: int) -> float | None:
        """A stand-in hook whose ``attempt`` argument is being retired."""

    @hookspec(warn_on_impl=DeprecationWarning("postman_example_retired is deprecated: use postman_example_delay"))
    def postman_example_retired(self, request: object) -> None:
        """A stand-in hook that is being retired as a whole."""


def manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(FutureSpecs)
    return pm


def test_a_plugin_asking_for_a_deprecated_hook_argument_is_warned_and_still_served() -> None:
    class OldPlugin:
        @hookimpl
        def postman_example_delay(self, request: object, attempt: int) -> float:
            return float(attempt)

    class NewPlugin:
        @hookimpl
        def postman_example_delay(self, request: object) -> float | None:
            return None

    pm = manager()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pm.register(NewPlugin())
    with pytest.warns(DeprecationWarning, match=r"attempt=\.\.\.\) is deprecated") as caught:
        pm.register(OldPlugin())
    assert caught[0].filename == __file__  # pluggy points the warning at the plugin's code
    assert pm.hook.postman_example_delay(request=object(), attempt=3) == 3.0


def test_a_plugin_implementing_a_deprecated_hook_is_warned() -> None:
    class Plugin:
        @hookimpl
        def postman_example_retired(self, request: object) -> None:
            pass

    with pytest.warns(DeprecationWarning, match="use postman_example_delay"):
        manager().register(Plugin())


# --- errors: .status renamed .status_code, as httpx names it -----------------------------------


def test_an_errors_status_is_a_deprecated_alias_of_status_code(api: FakeAPI, make_client: Any) -> None:
    from postman_ext import NotFoundError

    api.route("GET", "/me", Reply(404, {"error": {"name": "instanceNotFoundError", "message": "gone"}}))
    with pytest.raises(NotFoundError) as caught:
        make_client().users.get_authenticated_user()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert caught.value.status_code == 404
    with pytest.warns(DeprecationWarning, match=r"NotFoundError\.status is deprecated: read \.status_code") as seen:
        assert caught.value.status == 404
    assert seen[0].filename == __file__ and "removed in 0.2.0" in str(seen[0].message)


def test_the_status_keyword_of_an_error_is_deprecated_and_still_works() -> None:
    from postman_ext import APIStatusError, ResponseDecodeError

    with pytest.warns(DeprecationWarning, match=r"APIStatusError\(status=\.\.\.\) is deprecated: pass status_code="):
        error = APIStatusError(status=418, headers={}, text="")
    assert error.status_code == 418 and "HTTP 418" in str(error)
    with pytest.warns(DeprecationWarning, match=r"ResponseDecodeError\(status=\.\.\.\)") as seen:
        decode = ResponseDecodeError("bad", status=200, text="{")
    assert decode.status_code == 200 and seen[0].filename == __file__


def test_an_error_is_built_from_a_response_alone() -> None:
    import httpx

    from postman_ext import APIStatusError, NotFoundError

    request = httpx.Request("GET", "https://api.getpostman.com/collections/c-1")
    response = httpx.Response(
        404, json={"error": {"name": "instanceNotFoundError", "message": "no c-1"}}, request=request
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        error = NotFoundError(response=response)
    assert (error.status_code, error.error_name, error.error_message) == (404, "instanceNotFoundError", "no c-1")
    assert error.request is request and error.response is response
    assert (error.method, error.path) == ("GET", "/collections/c-1")
    assert str(error) == "GET /collections/c-1: HTTP 404 [instanceNotFoundError]: no c-1"
    with pytest.raises(TypeError, match=r"APIStatusError\(\) needs status_code= or response="):
        APIStatusError()
