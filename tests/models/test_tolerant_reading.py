"""Read tolerant: a value that does not fit the spec affects only its own field, never the call.

What each test pins down is in README.md, "Reading answers that do not fit the spec". These run
on every supported Python: the date-time cases are the ones Python 3.10's own
``datetime.fromisoformat`` refuses.
"""

from __future__ import annotations

import copy
import datetime
import logging
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from postman_ext import ModelDataError, materialize
from postman_raw import types as raw_types
from postman_raw.models.collection_request_item import CollectionRequestItem
from postman_raw.models.collection_role_assignment import CollectionRoleAssignment
from postman_raw.models.request_definition import RequestDefinition
from postman_raw.models.workspace_summary import WorkspaceSummary
from postman_raw.types import JSONDateTime, parse_date, parse_datetime
from tests.fake_api import FakeAPI, Reply

UTC = datetime.timezone.utc


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Each test sees the once-per-field warnings anew."""
    saved = set(raw_types._warned)
    raw_types._warned.clear()
    yield
    raw_types._warned.clear()
    raw_types._warned.update(saved)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-06-16T20:21:13.000Z", datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=UTC)),
        ("2023-06-16T20:21:13Z", datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=UTC)),
        ("2023-06-16t20:21:13z", datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=UTC)),
        ("2023-06-16T20:21:13.1Z", datetime.datetime(2023, 6, 16, 20, 21, 13, 100000, tzinfo=UTC)),
        ("2023-06-16T20:21:13.12345Z", datetime.datetime(2023, 6, 16, 20, 21, 13, 123450, tzinfo=UTC)),
        ("2023-06-16T20:21:13.123456789Z", datetime.datetime(2023, 6, 16, 20, 21, 13, 123456, tzinfo=UTC)),
        ("2023-06-16T20:21:13,5Z", datetime.datetime(2023, 6, 16, 20, 21, 13, 500000, tzinfo=UTC)),
        (
            "2023-06-16T20:21:13+02:00",
            datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        ),
        (
            "2023-06-16T20:21:13-0530",
            datetime.datetime(
                2023, 6, 16, 20, 21, 13, tzinfo=datetime.timezone(-datetime.timedelta(hours=5, minutes=30))
            ),
        ),
        (
            "2023-06-16T20:21:13+02",
            datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        ),
        ("2023-06-16 20:21:13", datetime.datetime(2023, 6, 16, 20, 21, 13)),
        ("2023-06-16 20:21:13 +00:00", datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=UTC)),
        ("2023-06-16T20:21", datetime.datetime(2023, 6, 16, 20, 21)),
        ("2023-06-16", datetime.datetime(2023, 6, 16)),
    ],
)
def test_every_date_time_shape_reads_the_same_on_every_python(text: str, expected: datetime.datetime) -> None:
    value = parse_datetime(text)
    assert value == expected and value.tzinfo == expected.tzinfo
    assert isinstance(value, datetime.datetime) and value.json_text == text  # type: ignore[attr-defined]
    assert raw_types.datetime_text(value) == text


@pytest.mark.parametrize("text", ["yesterday", "2023-13-01T00:00:00Z", "2023-06-16T25:00:00Z", "16/06/2023", ""])
def test_text_that_is_not_a_date_time_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_a_date_reads_plain_dates_and_the_date_of_a_date_time() -> None:
    assert parse_date("2023-06-16") == datetime.date(2023, 6, 16)
    assert parse_date("2023-06-16T20:21:13Z") == datetime.date(2023, 6, 16)
    assert raw_types.datetime_text(parse_date("2023-06-16T20:21:13Z")) == "2023-06-16T20:21:13Z"
    with pytest.raises(TypeError, match="not as int"):
        parse_date(20230616)


def test_a_date_time_goes_back_as_its_text_and_a_new_one_as_iso_8601() -> None:
    summary = WorkspaceSummary.from_dict({"id": "w", "createdAt": "2023-06-16T20:21:13.000Z"})
    assert summary.created_at == datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=UTC)
    assert repr(summary.created_at) == "datetime.datetime(2023, 6, 16, 20, 21, 13, tzinfo=datetime.timezone.utc)"
    assert summary.to_dict() == {"id": "w", "createdAt": "2023-06-16T20:21:13.000Z"}
    for clone in (copy.deepcopy(summary), pickle.loads(pickle.dumps(summary))):
        assert clone.to_dict()["createdAt"] == "2023-06-16T20:21:13.000Z"
    assert isinstance(summary.created_at, datetime.datetime)
    summary.created_at = summary.created_at + datetime.timedelta(days=1)
    assert summary.to_dict()["createdAt"] == "2023-06-17T20:21:13+00:00"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "postman_raw" and r.levelno == logging.WARNING]


CASES: list[tuple[str, dict[str, Any], str]] = [
    ("missing required key", {"role": "VIEWER"}, r"CollectionRoleAssignment.id: the required key 'id' is missing"),
    ("unexpected null", {"id": None, "role": "VIEWER"}, r"CollectionRoleAssignment.id: the value None .*expected int"),
    ("another type", {"id": "12", "role": "VIEWER"}, r"CollectionRoleAssignment.id: the value '12' .*expected int"),
    ("an object", {"id": {"n": 1}, "role": "VIEWER"}, r"CollectionRoleAssignment.id: the value \{'n': 1\}"),
]


@pytest.mark.parametrize(("case", "data", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_value_that_does_not_fit_affects_only_its_field(
    case: str, data: dict[str, Any], message: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "postman_raw")
    model = CollectionRoleAssignment.from_dict(data)
    assert model.role == "VIEWER"  # the rest of the model reads as usual
    for _ in range(2):
        with pytest.raises(ModelDataError, match=message):
            _ = model.id
    assert model.to_dict() == data  # the value as received, or no key where there was none
    (warning,) = warnings_of(caplog)  # once per model and field, however often it is read
    assert "CollectionRoleAssignment.id does not fit the spec" in warning
    CollectionRoleAssignment.from_dict(data).to_dict()
    assert len(warnings_of(caplog)) == 1


def test_an_unknown_enum_value_comes_back_as_its_string(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "postman_raw")
    model = CollectionRoleAssignment.from_dict({"id": 1, "role": "AUDITOR"})
    assert model.role == "AUDITOR" and model.to_dict() == {"id": 1, "role": "AUDITOR"}
    assert type(model) is CollectionRoleAssignment  # not a flaw: a newer API value
    (warning,) = warnings_of(caplog)
    assert "'AUDITOR' is not a value the spec lists" in warning
    with pytest.raises(ModelDataError, match=r"CollectionRoleAssignment\.role"):
        _ = CollectionRoleAssignment.from_dict({"id": 1, "role": 7}).role  # not a string at all


def test_a_model_with_flaws_prints_compares_copies_and_can_be_mended() -> None:
    data = {"id": "twelve", "role": "VIEWER", "extra": [1]}
    model = CollectionRoleAssignment.from_dict(data)
    assert (
        repr(model)
        == "CollectionRoleAssignment(id=<does not fit: 'twelve'>, role='VIEWER', additional_properties={'extra': [1]})"
    )
    assert model == CollectionRoleAssignment.from_dict(data)
    assert model != CollectionRoleAssignment.from_dict({"id": 12, "role": "VIEWER"})
    assert isinstance(model, CollectionRoleAssignment)
    for clone in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert clone.to_dict() == data
        with pytest.raises(ModelDataError):
            _ = clone.id
    model.id = 12  # setting the field replaces the value and its flaw
    assert model.id == 12 and type(model) is CollectionRoleAssignment
    assert model.to_dict() == {"id": 12, "role": "VIEWER", "extra": [1]}


def test_a_date_time_that_is_not_one_fails_only_its_field() -> None:
    summary = WorkspaceSummary.from_dict({"id": "w", "name": "n", "createdAt": "last Tuesday", "updatedAt": 5})
    assert summary.id == "w" and summary.name == "n"
    with pytest.raises(ModelDataError, match=r"WorkspaceSummary.created_at: the value 'last Tuesday'"):
        _ = summary.created_at
    with pytest.raises(ModelDataError, match=r"WorkspaceSummary.updated_at: .*not as int"):
        _ = summary.updated_at
    assert summary.to_dict() == {"id": "w", "name": "n", "createdAt": "last Tuesday", "updatedAt": 5}


def test_a_union_that_fits_no_variant_is_a_flaw_not_a_raw_value() -> None:
    """Typed access tells the truth: no raw value behind an annotation that says otherwise."""
    request = RequestDefinition.from_dict({"url": 42, "method": "GET", "header": {"k": "v"}})
    assert request.method == "GET"
    with pytest.raises(ModelDataError, match=r"RequestDefinition.url: the value 42 .*expected RequestUrl \| str"):
        _ = request.url
    with pytest.raises(ModelDataError, match=r"RequestDefinition.header"):
        _ = request.header
    assert request.to_dict() == {"url": 42, "method": "GET", "header": {"k": "v"}}


def test_a_list_of_the_wrong_shape_is_a_flaw() -> None:
    item = CollectionRequestItem.from_dict({"name": "i", "request": "https://x.test", "response": "none"})
    with pytest.raises(ModelDataError, match=r"CollectionRequestItem.response: .*expected an array, got a string"):
        _ = item.response
    assert item.to_dict() == {"name": "i", "request": "https://x.test", "response": "none"}


def test_a_deep_read_goes_past_flaws_and_to_dict_keeps_the_whole_answer() -> None:
    data = {
        "name": "i",
        "request": {"url": {"raw": "https://x.test", "host": 5}, "method": None},
        "response": [{"name": "r", "code": "200"}],
    }
    item = CollectionRequestItem.from_dict(copy.deepcopy(data))
    materialize(item, deep=True)
    assert item.to_dict() == data


UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_call_whose_answer_does_not_fit_still_returns_it(
    api: FakeAPI, make_client: Any, asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "postman_raw")
    body = {"workspaces": [{"id": "w1", "name": None, "createdAt": "2023-06-16T20:21:13.000Z"}], "meta": "?"}
    api.route("GET", "/workspaces", Reply(200, body))
    if asynchronous:
        import asyncio

        from postman_ext import AsyncPostman

        async def call() -> Any:
            async with AsyncPostman(
                "PMAK-0123456789abcdef0123456789-abcd", base_url=api.url, load_entry_points=False
            ) as apm:
                return await apm.workspaces.get_workspaces()

        answer = asyncio.run(call())
    else:
        answer = make_client().workspaces.get_workspaces()
    (workspace,) = answer.workspaces
    assert workspace.id == "w1" and workspace.created_at.year == 2023
    assert isinstance(workspace.created_at, JSONDateTime)
    with pytest.raises(ModelDataError, match=r"WorkspaceSummary\.name: the value None"):
        _ = workspace.name
    assert answer.to_dict() == body
    assert any("WorkspaceSummary.name does not fit the spec" in w for w in warnings_of(caplog))


def test_what_is_sent_is_read_strictly() -> None:
    """Send strict: a deep, strict read raises at the first value that does not fit."""
    data = {"name": "i", "request": {"url": {"raw": "https://x.test", "host": 5}}}
    materialize(CollectionRequestItem.from_dict(data), deep=True)  # tolerant: no error
    with pytest.raises(ModelDataError, match=r"^RequestUrl\.host: the value 5 does not fit the model"):
        materialize(CollectionRequestItem.from_dict(data), deep=True, strict=True)
    with pytest.raises(ModelDataError, match=r"^CollectionRoleAssignment\.id: the required key 'id' is missing$"):
        materialize(CollectionRoleAssignment.from_dict({"role": "VIEWER"}), strict=True)
