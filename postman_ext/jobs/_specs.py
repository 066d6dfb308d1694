"""Reading a spec's list of files, every page of it."""

from __future__ import annotations

import inspect
from typing import Any

from ..client import Postman
from ..errors import PostmanError


def spec_files(pm: Postman, spec_id: str) -> list[dict[str, Any]]:
    """Every file of the spec (path, type, timestamps; no contents), across all cursor pages.

    ``GET /specs/{id}/files`` answers with ``meta.nextCursor`` when there are more files. While
    the client's ``get_spec_files`` takes no ``cursor`` (it is not in our spec yet), a spec of
    more than one page is refused with an error rather than read in part: a partial list would
    make a backup leave files out, and a restore delete or duplicate them.
    """
    method = pm.specs.get_spec_files
    if "cursor" in inspect.signature(method).parameters:
        return [entry.to_dict() for entry in pm.paginate(method, spec_id=spec_id)]
    answer = method(spec_id).to_dict()
    if (answer.get("meta") or {}).get("nextCursor"):
        raise PostmanError(
            f"spec {spec_id} has more files than one page of GET /specs/{spec_id}/files, and this version of the "
            "client cannot ask for the next page (getSpecFiles takes no 'cursor'): refusing to read it in part"
        )
    return list(answer.get("files") or [])
