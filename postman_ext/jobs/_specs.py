"""Reading a spec's list of files, every page of it."""

from __future__ import annotations

from typing import Any

from ..client import Postman


def spec_files(pm: Postman, spec_id: str) -> list[dict[str, Any]]:
    """Every file of the spec (path, type, timestamps; no contents), across all cursor pages.

    ``GET /specs/{id}/files`` answers with ``meta.nextCursor`` when there are more files; a
    partial list would make a backup leave files out, and a restore delete or duplicate them.
    """
    return [entry.to_dict() for entry in pm.paginate(pm.specs.get_spec_files, spec_id=spec_id)]
