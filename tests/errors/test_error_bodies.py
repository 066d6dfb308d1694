"""Pure rules, without HTTP: what an error body says."""

from __future__ import annotations

import pytest

from postman_ext.errors import error_for_status, error_name_and_message

# --- error bodies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"name": "forbiddenError", "message": "No"}}, ("forbiddenError", "No")),
        ({"error": "rateLimited", "message": "Slow"}, ("rateLimited", "Slow")),
        ({"type": "about:blank", "title": "Bad", "detail": "Missing x"}, ("about:blank", "Missing x")),
        ({"name": "flat", "message": "form"}, ("flat", "form")),
        ({"detail": ["a", "b"]}, (None, '["a", "b"]')),
        ("<html>", (None, None)),
        (None, (None, None)),
    ],
)
def test_error_name_and_message_from_every_shape(body: object, expected: tuple[str | None, str | None]) -> None:
    assert error_name_and_message(body) == expected


def test_an_empty_error_body_is_described() -> None:
    error = error_for_status(status=500, headers={}, text="", method="GET", path="/x")
    assert str(error) == "GET /x: HTTP 500: empty body"
