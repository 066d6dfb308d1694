"""Raw client of the Postman API, generated from spec/ by scripts/regenerate.py.

DO NOT EDIT: every file of this package is overwritten on regeneration. Change spec/ (or the
generator settings and templates in spec/generator/) and run ``python scripts/regenerate.py``.
Applications should import ``postman_ext``, the stable layer built on this package.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
