"""AsyncPostman over the same middleware, and pagination in for / async for."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from postman_ext import AsyncPostman, NotFoundError, ServerError
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

ME = {"user": {"id": 1, "username": "async-user"}}


def make_async(api: FakeAPI, sleeps: Any, **options: Any) -> AsyncPostman:
    return AsyncPostman(
        TEST_KEY, base_url=api.url, load_entry_points=False, sleep=sleeps.asleep, clock=sleeps.clock, **options
    )


def test_async_call_returns_the_model(api: FakeAPI, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(503, "busy"), Reply(200, ME))

    async def main() -> str:
        async with make_async(api, sleeps) as apm:
            me = await apm.users.get_authenticated_user()
            return str(me.user.username)

    assert asyncio.run(main()) == "async-user"
    assert len(api.requests) == 2 and len(sleeps.waits) == 1
    assert api.requests[1].headers["x-api-key"] == TEST_KEY


def test_async_errors_map_like_sync(api: FakeAPI, sleeps: Any) -> None:
    api.route("GET", "/users/9", Reply(404, {"error": {"name": "notFound", "message": "No user 9"}}))
    api.route("GET", "/me", Reply(500, "<html>boom</html>"))

    async def main() -> None:
        async with make_async(api, sleeps, max_retries=0) as apm:
            with pytest.raises(NotFoundError, match="No user 9"):
                await apm.users.get_team_user(9)
            with pytest.raises(ServerError, match="boom"):
                await apm.users.get_authenticated_user()

    asyncio.run(main())


def workspace(n: int) -> dict[str, Any]:
    return {"id": f"ws-{n}", "name": f"Workspace {n}", "type": "team", "visibility": "team"}


def test_cursor_pagination(api: FakeAPI, make_client: Any) -> None:
    pages = [
        Reply(200, {"workspaces": [workspace(1), workspace(2)], "meta": {"nextCursor": "c2"}}),
        Reply(200, {"workspaces": [workspace(3)], "meta": {"nextCursor": None}}),
    ]
    api.route("GET", "/workspaces", *pages)
    pm = make_client()
    names = [ws.name for ws in pm.paginate(pm.workspaces.get_workspaces, limit=2)]
    assert names == ["Workspace 1", "Workspace 2", "Workspace 3"]
    queries = [parse_qs(urlsplit(seen.path).query) for seen in api.requests]
    assert queries == [{"limit": ["2"]}, {"limit": ["2"], "cursor": ["c2"]}]


def test_offset_pagination_stops_at_a_short_page(api: FakeAPI, make_client: Any) -> None:
    def collection(n: int) -> dict[str, Any]:
        return {"id": f"c{n}", "name": f"Collection {n}", "uid": f"1-c{n}"}

    api.route(
        "GET",
        "/collections",
        Reply(200, {"collections": [collection(1), collection(2)]}),
        Reply(200, {"collections": [collection(3)]}),
    )
    pm = make_client()
    ids = [c.id for c in pm.paginate(pm.collections.get_collections, limit=2)]
    assert ids == ["c1", "c2", "c3"]
    queries = [parse_qs(urlsplit(seen.path).query) for seen in api.requests]
    assert queries == [{"limit": ["2"]}, {"limit": ["2"], "offset": ["2"]}]


def test_pagination_is_lazy(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/workspaces", Reply(200, {"workspaces": [workspace(1)], "meta": {"nextCursor": "more"}}))
    pm = make_client()
    first = next(iter(pm.paginate(pm.workspaces.get_workspaces)))
    assert first.id == "ws-1" and len(api.requests) == 1


def test_a_repeated_cursor_ends_the_loop(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/workspaces", Reply(200, {"workspaces": [workspace(1)], "meta": {"nextCursor": "same"}}))
    pm = make_client()
    assert len(list(pm.paginate(pm.workspaces.get_workspaces))) == 2
    assert len(api.requests) == 2


def test_an_operation_without_pages_is_refused(make_client: Any) -> None:
    pm = make_client()
    with pytest.raises(TypeError, match="not paged"):
        pm.paginate(pm.users.get_authenticated_user)


def test_async_pagination(api: FakeAPI, sleeps: Any) -> None:
    api.route(
        "GET",
        "/workspaces",
        Reply(200, {"workspaces": [workspace(1)], "meta": {"nextCursor": "n"}}),
        Reply(200, {"workspaces": [workspace(2)], "meta": {}}),
    )

    async def main() -> list[str]:
        async with make_async(api, sleeps) as apm:
            return [ws.id async for ws in apm.paginate(apm.workspaces.get_workspaces)]

    assert asyncio.run(main()) == ["ws-1", "ws-2"]
