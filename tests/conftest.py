"""Shared fixtures: the repository root, the bundled spec, and the scripts as modules."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    from bundle_spec import bundle

    return bundle()
