"""Every model of the Postman API, from one short place: ``from postman_ext.models import CreateCollectionRequest``.

The same classes as ``postman_raw.models.<module>.<Name>``, loaded on first use (importing this
module imports no model). ``body=`` also takes a plain mapping of the JSON fields, read through
the operation's model before sending; build a model when you want its fields typed as you write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import postman_raw.models as _models

if TYPE_CHECKING:
    from postman_raw.models import *  # noqa: F403  (type checkers see every model by name)
else:

    def __getattr__(name: str) -> object:
        if name.startswith("__"):  # __all__, __path__, ...: this module's own, not the models'
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_models.__all__)
