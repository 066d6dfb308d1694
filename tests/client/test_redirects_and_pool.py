"""Redirects that are not followed say why; one client serves 16 threads (issue 12, "Smaller")."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from postman_ext import Postman, UnsafeRedirectError
from tests.both_clients import Clients, clients_fixture
from tests.fake_api import FakeAPI, Reply, Stall

clients = clients_fixture

ME = {"user": {"id": 1, "username": "u"}}


def test_a_redirect_loop_says_it_is_a_loop(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(302, "", {"Location": "/me"}))
    with pytest.raises(UnsafeRedirectError) as caught:
        clients.run(clients.make().users.get_authenticated_user())
    message = str(caught.value)
    assert "more than 5 redirects" in message and "loop" in message
    assert "leaves the configured host" not in message
    assert len(api.requests) == 6  # the call and the five redirects followed


@pytest.mark.parametrize("location", ["", "   "])
def test_an_empty_location_is_not_followed_and_says_so(api: FakeAPI, clients: Clients, location: str) -> None:
    api.route("GET", "/me", Reply(302, "", {"Location": location}))
    with pytest.raises(UnsafeRedirectError, match="its Location header is empty") as caught:
        clients.run(clients.make().users.get_authenticated_user())
    assert "leaves the configured host" not in str(caught.value)
    assert len(api.requests) == 1


def test_a_location_that_is_not_a_url_is_not_followed_and_says_so(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(302, "", {"Location": "http://[::1"}))
    with pytest.raises(UnsafeRedirectError, match="its Location header is not a valid URL"):
        clients.run(clients.make().users.get_authenticated_user())
    assert len(api.requests) == 1


def test_a_redirect_to_another_host_still_says_so(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(302, "", {"Location": "https://elsewhere.example/me"}))
    with pytest.raises(UnsafeRedirectError, match="leaves the configured host or drops HTTPS") as caught:
        clients.run(clients.make().users.get_authenticated_user())
    assert caught.value.location == "https://elsewhere.example/me"


def test_sixteen_threads_on_one_client_keep_their_connections(
    api: FakeAPI, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # The async client runs on httpx's own pool (100 connections); this is the urllib3 one.
    api.route("GET", "/me", Stall(0.02, Reply(200, ME)))  # every call overlaps the others
    pm: Postman = make_client()
    start = threading.Barrier(16)
    failures: list[BaseException] = []

    def work() -> None:
        start.wait()
        try:
            for _ in range(8):
                pm.users.get_authenticated_user()
        except BaseException as error:  # reported below
            failures.append(error)

    caplog.set_level(logging.WARNING, logger="urllib3.connectionpool")
    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert len(api.requests) == 16 * 8
    assert [record.getMessage() for record in caplog.records if "pool is full" in record.getMessage()] == []
