"""``run_monitor``: run a monitor, and tell whether it passed."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..client import Postman
from ..errors import PostmanError

__all__ = ["MonitorRun", "run_monitor"]

PASSING = frozenset({"success", "passed", "ok"})
UNFINISHED = frozenset({"pending", "running", "in-progress", "queued"})


@dataclass
class MonitorRun:
    """The outcome of one run: status, request and assertion counts, and its failures."""

    monitor: str
    name: str
    status: str
    requests: int = 0
    failed_requests: int = 0
    assertions: int = 0
    failed_assertions: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status.lower() in PASSING | {"started"} and not self.failed_assertions and not self.failed_requests

    def to_dict(self) -> dict[str, Any]:
        return {
            "monitor": self.monitor,
            "name": self.name,
            "status": self.status,
            "passed": self.passed,
            "requests": self.requests,
            "failed_requests": self.failed_requests,
            "assertions": self.assertions,
            "failed_assertions": self.failed_assertions,
            "failures": self.failures,
        }


def _count(stats: dict[str, Any], kind: str, key: str) -> int:
    value = (stats.get(kind) or {}).get(key) or 0
    return int(value)


def run_monitor(
    pm: Postman,
    monitor: str,
    *,
    wait: bool = True,
    poll_interval: float = 10.0,
    timeout: float = 3600.0,
    sleep: Callable[[float], None] = time.sleep,
) -> MonitorRun:
    """Run ``monitor`` (an id or uid) and, with ``wait``, its result (``POST /monitors/{id}/run``).

    Without ``wait`` the run is only started (``async=true``): the status is ``started``. A run
    that outlasts Postman's own wait (it then answers 202, pending) is followed through the
    monitor's ``lastRun`` every ``poll_interval`` seconds, for at most ``timeout`` seconds.
    """
    if not wait:
        pm.monitors.run_monitor(monitor, async_=True)
        return MonitorRun(monitor=monitor, name="", status="started")
    run = pm.monitors.run_monitor(monitor).to_dict().get("run") or {}
    info, stats = run.get("info") or {}, run.get("stats") or {}
    waited = 0.0
    while str(info.get("status", "")).lower() in UNFINISHED:
        if waited >= timeout:
            raise PostmanError(f"monitor {monitor}'s run had not finished after {timeout:g} s")
        sleep(poll_interval)
        waited += poll_interval
        last = (pm.monitors.get_monitor(monitor).to_dict().get("monitor") or {}).get("lastRun") or {}
        if last.get("jobId") == info.get("jobId"):
            info, stats = {**info, **last}, last.get("stats") or {}
    return MonitorRun(
        monitor=str(info.get("monitorId") or monitor),
        name=str(info.get("name") or ""),
        status=str(info.get("status") or "unknown"),
        requests=_count(stats, "requests", "total"),
        failed_requests=_count(stats, "requests", "failed"),
        assertions=_count(stats, "assertions", "total"),
        failed_assertions=_count(stats, "assertions", "failed"),
        failures=[f for f in run.get("failures") or [] if isinstance(f, dict)],
    )
