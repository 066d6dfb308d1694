"""The jobs users come for, each a function over a :class:`~postman_ext.Postman` client.

They use only the client's public surface (``pm.<namespace>.<operation>``), like any user's
program, and the ``postman-ext`` command (:mod:`postman_ext.jobs.cli`, extra ``[cli]``) is a
thin layer over them.

>>> from postman_ext import Postman
>>> from postman_ext.jobs import backup
>>> with Postman() as pm:
...     result = backup(pm, "backup", workspace="1f0df51a-8658-4ee8-a2a1-d2567dfa09a9")
"""

from __future__ import annotations

from .backup import BackupProgress, BackupResult, backup
from .quota import NEARLY_SPENT, Allowance, Identity, quota, whoami
from .restore import RestoreResult, RestoreStep, restore

__all__ = [
    "NEARLY_SPENT",
    "Allowance",
    "BackupProgress",
    "BackupResult",
    "Identity",
    "RestoreResult",
    "RestoreStep",
    "backup",
    "quota",
    "restore",
    "whoami",
]
