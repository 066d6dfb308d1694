"""An id never changes which resource a request targets (issue 12, item 1 and the long-id case).

Every path parameter of every one of the 201 operations, on both clients, against a server on
127.0.0.1 that records what it receives: a dot segment, its percent-encoded forms, an empty
value and a 100 KB value are refused before anything is sent.
"""

from __future__ import annotations

import inspect
from types import SimpleNamespace
from typing import Any

import pytest

from postman_ext import InvalidArgumentError
from postman_ext.uid import MAX_PATH_VALUE_LENGTH, check_path_value
from tests.both_clients import Clients, clients_fixture
from tests.fake_api import FakeAPI, Reply

clients = clients_fixture

DOT_SEGMENTS = [".", "..", " .. ", "%2e%2e", "%2E%2e", ".%2e", "%2e.", "%2e", "%252e%252e", "%25252E%25252E"]
EMPTY = ["", "   ", "%20"]


def path_parameters() -> list[tuple[str, str, dict[str, Any], list[str]]]:
    """(operation id, namespace.method, valid arguments, names of its path parameters) for all 201 operations."""
    from tests.operation_calls import all_calls, endpoint_module

    found = []
    for operation_id, call in sorted(all_calls().items()):
        signature = inspect.signature(endpoint_module(call).sync_detailed)
        names = [
            name
            for name, parameter in signature.parameters.items()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        assert len(names) == call.path.count("{"), f"{operation_id}: {names} against {call.path}"
        found.append((operation_id, f"{call.namespace}.{call.method_name}", dict(call.arguments), names))
    return found


def method_of(client: Any, dotted: str) -> Any:
    namespace, method = dotted.split(".")
    return getattr(getattr(client, namespace), method)


@pytest.mark.needs_generator
@pytest.mark.parametrize("group", ["dot segments", "empty", "model with a dot-segment id"])
def test_no_path_parameter_of_any_operation_can_retarget_a_request(api: FakeAPI, clients: Clients, group: str) -> None:
    api.route("DELETE", "/", Reply(200, {}))
    pm = clients.make(max_retries=0)
    operations = path_parameters()
    assert len(operations) == 201
    values: list[object] = {
        "dot segments": DOT_SEGMENTS,
        "empty": EMPTY,
        "model with a dot-segment id": [SimpleNamespace(id="..", uid=".."), {"id": "."}],
    }[group]
    checked, not_refused = 0, []
    for operation_id, dotted, arguments, names in operations:
        for name in names:
            for value in values:
                call = {**arguments, name: value}
                try:
                    clients.run(method_of(pm, dotted)(**call))
                except InvalidArgumentError as error:
                    assert name in str(error), str(error)
                    checked += 1
                except Exception as error:  # what the server or the client did instead
                    not_refused.append(f"{operation_id} {name}={value!r}: {type(error).__name__}: {error}")
                else:
                    not_refused.append(f"{operation_id} {name}={value!r}: returned")
    assert not_refused == [], f"{len(not_refused)} not refused, such as {not_refused[:5]}"
    assert [(seen.method, seen.path) for seen in api.requests] == []
    parameters = sum(len(names) for *_, names in operations)
    assert parameters >= 190  # 197 path parameters in Postman's API definition 1.45.0
    assert checked == parameters * len(values)  # every path parameter of every operation, each value


@pytest.mark.parametrize("value", ["..", "%2e%2e", "."])
def test_deleting_a_folder_named_dot_dot_does_not_delete_the_collection(
    api: FakeAPI, clients: Clients, value: str
) -> None:
    api.route("DELETE", "/collections/C", Reply(200, {"collection": {"id": "C", "uid": "1-C"}}))
    pm = clients.make()
    with pytest.raises(InvalidArgumentError, match=r"folder_id=.*path steps") as caught:
        clients.run(pm.collection_items.delete_collection_folder("C", value))
    assert isinstance(caught.value, ValueError)
    assert api.requests == []


def test_a_100_kb_path_parameter_is_refused_before_sending(api: FakeAPI, clients: Clients) -> None:
    pm = clients.make()
    with pytest.raises(InvalidArgumentError, match="environment_id is 100,000 characters long") as caught:
        clients.run(pm.environments.get_environment("a" * 100_000))
    assert len(str(caught.value)) < 300  # names the parameter without quoting all of it
    assert api.requests == []


def test_a_url_too_long_for_httpx_is_an_invalid_argument(api: FakeAPI, clients: Clients) -> None:
    pm = clients.make()
    with pytest.raises(InvalidArgumentError, match="get_collections: the request's URL cannot be built"):
        clients.run(pm.collections.get_collections(name="n" * 100_000))
    assert api.requests == []


@pytest.mark.parametrize(
    "value", ["0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f", "...", ".a", "a..", "%2e%2e%2e", "x" * MAX_PATH_VALUE_LENGTH]
)
def test_ids_that_only_look_like_dots_are_accepted(value: str) -> None:
    assert check_path_value("folder_id", value) == value


def test_an_id_with_slashes_and_dots_stays_one_segment(api: FakeAPI, clients: Clients) -> None:
    # Escaping keeps a '/' inside the id, so '../x' is an (odd) id, not a step up.
    api.route("GET", "/environments/..%2Fx", Reply(404, {"error": {"name": "notFound", "message": "no"}}))
    pm = clients.make()
    with pytest.raises(Exception, match="HTTP 404"):
        clients.run(pm.environments.get_environment("../x"))
    assert [seen.path for seen in api.requests] == ["/environments/..%2Fx"]
