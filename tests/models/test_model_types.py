"""The type walker of tests/model_types.py finds what does not fit, and only that."""

from __future__ import annotations

import datetime

import pytest

from postman_raw.models.auth_definition import AuthDefinition
from postman_raw.models.collection_document import CollectionDocument
from postman_raw.models.collection_info import CollectionInfo
from postman_raw.models.header_entry import HeaderEntry
from postman_raw.models.proxy_config import ProxyConfig
from postman_raw.models.request_definition import RequestDefinition
from postman_raw.models.saved_response import SavedResponse
from postman_raw.types import UNSET, Unset
from tests.model_types import assert_typed, count_values, typing_problems


def test_a_model_read_from_fitting_data_passes() -> None:
    document = CollectionDocument.from_dict(
        {
            "info": {"name": "n", "schema": "s", "description": {"content": "c"}},
            "item": [
                {"name": "f", "item": [{"request": {"url": "https://x", "header": [{"key": "A", "value": "1"}]}}]}
            ],
            "auth": {"type": "basic", "basic": [{"key": "username", "value": "u"}]},
        }
    )
    assert_typed(document)
    models, values = count_values(document)
    assert models >= 7 and values > models


def test_a_raw_dict_in_a_model_field_fails_naming_model_field_and_path() -> None:
    request = RequestDefinition(auth={"type": "basic"}, method="GET")  # type: ignore[arg-type]
    document = CollectionDocument(info=CollectionInfo(name="n"), item=[])
    document.item = [_item(request)]
    with pytest.raises(AssertionError) as caught:
        assert_typed(document)
    message = str(caught.value)
    assert "1 value(s)" in message
    assert "CollectionDocument.item[0].request.auth: RequestDefinition.auth is annotated" in message
    assert "AuthDefinition | None | Unset" in message and "{'type': 'basic'}" in message


def _item(request: RequestDefinition) -> object:
    from postman_raw.models.collection_request_item import CollectionRequestItem

    return CollectionRequestItem(request=request)


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (HeaderEntry(key="k", value=3), "value", 3),  # type: ignore[arg-type]  # int where str
        (HeaderEntry(key="k", disabled=1), "disabled", 1),  # type: ignore[arg-type]  # int where bool
        (ProxyConfig(port=True), "port", True),  # bool where int
        (ProxyConfig(port=8.5), "port", 8.5),  # type: ignore[arg-type]  # float where int
        (HeaderEntry(key=None), "key", None),  # type: ignore[arg-type]  # None where not nullable
        (CollectionInfo(name=UNSET), "name", UNSET),  # UNSET is fine where Unset is allowed
        (RequestDefinition(header=[HeaderEntry(key="a"), {"key": "b"}]), "header", ...),  # type: ignore[list-item]
        (AuthDefinition(type_="basic", basic=[{"key": "u"}]), "basic", ...),  # type: ignore[list-item]
    ],
)
def test_each_kind_of_misfit_is_found(model: object, field: str, value: object) -> None:
    problems = typing_problems(model)
    if value is UNSET:
        assert problems == []
        return
    assert [problem.field for problem in problems] == [field]
    if value is not ...:
        assert problems[0].value == value


def test_an_unreadable_model_is_reported_not_raised() -> None:
    response = SavedResponse.from_dict({"header": [{"value": "no key"}]})
    problems = typing_problems(response)
    assert problems and "header" in str(problems[0])


def test_float_accepts_int_and_date_rejects_datetime() -> None:
    from tests.model_types import _Walker

    walker = _Walker()
    assert walker.fits(3, float, "x") and not walker.fits(True, float, "x")
    assert walker.fits(datetime.date(2024, 1, 2), datetime.date, "x")
    assert not walker.fits(datetime.datetime(2024, 1, 2), datetime.date, "x")
    assert walker.fits(datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc), datetime.datetime, "x")
    assert not walker.fits("2024-01-02", datetime.datetime, "x")


def test_literals_and_unions_of_literals() -> None:
    from typing import Literal

    from tests.model_types import _Walker

    walker = _Walker()
    assert walker.fits("a", Literal["a", "b"], "x") and not walker.fits("c", Literal["a", "b"], "x")
    assert walker.fits(UNSET, Literal["a"] | None | Unset, "x") and walker.fits(None, Literal["a"] | None, "x")
    assert not walker.fits(1, Literal[True], "x")  # 1 == True, yet not the same JSON value


def test_every_annotation_of_every_generated_model_resolves_to_a_kind_the_walker_checks() -> None:
    import importlib
    import pkgutil

    import attrs

    import postman_raw.models
    from tests.model_types import _Walker, resolve_annotation

    walker = _Walker()
    fields = 0
    for module_info in pkgutil.iter_modules(postman_raw.models.__path__):
        module = importlib.import_module(f"postman_raw.models.{module_info.name}")
        for cls in vars(module).values():
            if isinstance(cls, type) and attrs.has(cls) and cls.__module__ == module.__name__:
                for field in attrs.fields(cls):
                    annotation = resolve_annotation(cls, field)
                    walker.fits(UNSET, annotation, f"{cls.__name__}.{field.name}")  # raises on an unknown kind
                    fields += 1
    assert fields > 2000
