"""Pure rules, without HTTP: uids and resource references."""

from __future__ import annotations

import pytest

from postman_ext.uid import compose_uid, is_uid, parse_uid, resource_ref

UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"


# --- uids ------------------------------------------------------------------------------------


def test_uid_parse_and_compose() -> None:
    assert parse_uid(UID) == ("12345678", "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f")
    assert compose_uid(12345678, "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f") == UID
    assert is_uid(UID) and not is_uid("0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f")


@pytest.mark.parametrize(
    "bad", ["", "12345678", "abc-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f", "12345678-not-a-uuid", UID + "x"]
)
def test_a_malformed_uid_is_named_in_the_error(bad: str) -> None:
    with pytest.raises(ValueError, match=f"{bad!r} is not a Postman uid"):
        parse_uid(bad)


def test_compose_refuses_bad_parts() -> None:
    with pytest.raises(ValueError, match="numeric user id"):
        compose_uid("me", "x")
    with pytest.raises(ValueError, match="already a uid"):
        compose_uid("1", UID)


def test_resource_ref_takes_strings_ints_and_models() -> None:
    class Model:
        id = "abc"
        uid = "1-abc"

    assert resource_ref(" abc ") == "abc" and resource_ref(7) == "7"
    assert resource_ref(Model()) == "1-abc" and resource_ref(Model(), prefer="id") == "abc"
    assert resource_ref({"id": "from-dict"}) == "from-dict"
    with pytest.raises(TypeError, match="pass an id, a uid, or an object"):
        resource_ref(object())
