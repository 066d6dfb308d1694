"""Importing an endpoint module loads only the models it needs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def loaded_after(statement: str) -> list[str]:
    """Names of postman_raw.models submodules in sys.modules after running statement in a fresh interpreter."""
    code = (
        f"{statement}\n"
        "import sys, json\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('postman_raw.models.'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_package_import_loads_no_model() -> None:
    assert loaded_after("import postman_raw.models") == []


def test_endpoint_import_loads_only_its_models() -> None:
    loaded = loaded_after("import postman_raw.api.users.get_team_user")
    assert "postman_raw.models.team_user" in loaded
    assert "postman_raw.models.collection_document" not in loaded
    assert len(loaded) <= 10


def test_models_are_reachable_by_attribute() -> None:
    import postman_raw.models as models
    from postman_raw.models.team_user import TeamUser

    assert models.TeamUser is TeamUser
    assert "TeamUser" in dir(models)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
