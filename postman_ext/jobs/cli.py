"""The ``postman-ext`` command: a thin layer over :mod:`postman_ext.jobs` (``pip install "postman-ext[cli]"``).

Every command takes ``--json`` (one JSON document on stdout, for scripts), ``--region`` and
``--base-url``; the key comes from ``POSTMAN_API_KEY``. Exit codes:

====  =====================================================================
0     done (and, for ``diff`` and ``monitor run``, nothing to report)
1     ``diff``: the collections differ; ``monitor run``: the run failed
2     bad usage or input (an option, a file, a NAME=VALUE), or no API key
3     the API refused or failed (an HTTP error, a connection error)
4     the monthly allowance is spent (429 ``serviceLimitExhausted``): run again later
5     a file or folder could not be read or written (permissions, a full disk, ...)
130   interrupted (Ctrl-C); a backup or restore run again continues
====  =====================================================================

Errors are one ``error:`` line on stderr; with ``--json``, stdout also gets one JSON document,
``{"error": {"exit_code": N, "message": "..."}}``, so a script always has JSON to read.
Usage errors found before the command starts (an unknown option) are Click's: exit 2, stderr.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..client import Postman
from ..errors import ConfigurationError, InvalidArgumentError, PostmanError, QuotaExceededError
from .backup import BackupProgress, backup
from .diff import diff_collections, load_collection_file
from .environments import parse_assignments, set_variables
from .monitors import run_monitor
from .publish import publish
from .quota import NEARLY_SPENT, quota, whoami
from .restore import RestoreStep, restore

__all__ = ["app", "main"]

EXIT_DIFFERENT = EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_API = 3
EXIT_QUOTA = 4
EXIT_FILES = 5
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="postman-ext",
    help="Back up, restore, publish and diff Postman collections and workspaces; set environments; run monitors.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
env_app = typer.Typer(help="Environments.", no_args_is_help=True)
monitor_app = typer.Typer(help="Monitors.", no_args_is_help=True)
app.add_typer(env_app, name="env")
app.add_typer(monitor_app, name="monitor")

# Markup off: names and messages from the API are printed as they are ("[name]" included).
out = Console(highlight=False, soft_wrap=True, markup=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


class Region(str, Enum):
    us = "us"
    eu = "eu"


JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout, for scripts.")]
RegionOption = Annotated[Optional[Region], typer.Option(help="Postman's region: us or eu.")]  # noqa: UP045
BaseUrlOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--base-url", help="The API's base URL (else POSTMAN_BASE_URL, else the region's).", metavar="URL"),
]


@contextmanager
def _client(region: Region | None, base_url: str | None) -> Iterator[Postman]:
    chosen: Literal["us", "eu"] | None = "eu" if region is Region.eu else ("us" if region is Region.us else None)
    with Postman(region=chosen, base_url=base_url) as pm:
        yield pm


def _emit_json(data: Any) -> None:
    out.print_json(json.dumps(data, sort_keys=True), highlight=False)


class _Stop(Exception):
    """A command stops with this exit code and message (raised inside :func:`_errors`)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def _fail(code: int, message: str, as_json: bool) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(message)}", markup=True)
    if as_json:
        _emit_json({"error": {"exit_code": code, "message": message}})
    return typer.Exit(code)


@contextmanager
def _errors(as_json: bool = False) -> Iterator[None]:
    """Turn the library's exceptions into a message (and, with ``--json``, a JSON error) and an exit code."""
    try:
        yield
    except _Stop as stop:
        raise _fail(stop.code, str(stop), as_json) from None
    except QuotaExceededError as error:
        message = f"{error}\nThe monthly allowance is spent: run the command again when it renews."
        raise _fail(EXIT_QUOTA, message, as_json) from None
    except (InvalidArgumentError, ConfigurationError) as error:
        raise _fail(EXIT_USAGE, str(error), as_json) from None
    except PostmanError as error:
        raise _fail(EXIT_API, str(error), as_json) from None
    except OSError as error:
        where = f" {str(error.filename)!r}" if error.filename else ""
        message = f"could not read or write{where}: {error.strerror or error}; check the path and its permissions"
        raise _fail(EXIT_FILES, message, as_json) from None
    except KeyboardInterrupt:
        raise _fail(EXIT_INTERRUPTED, "interrupted; run the same command again to continue", as_json) from None


def _warn_allowance(pm: Postman, what: str) -> None:
    """Before a job of many requests: say so, with what is left of the monthly allowance."""
    for allowance in quota(pm):
        if allowance.name != "api_usage":
            continue
        left = int(allowance.remaining)
        err.print(f"{what} makes many requests; {left:,} of {int(allowance.limit):,} monthly API calls are left.")
        if left <= 0:
            raise _Stop(EXIT_QUOTA, "the monthly api_usage allowance is spent (0 calls left): run again when it renews")
        if allowance.nearly_spent:
            err.print(
                f"[yellow]warning:[/] {allowance.fraction_used:.0%} of the monthly API calls are used.", markup=True
            )


@app.command("whoami")
def whoami_command(json_: JsonOption = False, region: RegionOption = None, base_url: BaseUrlOption = None) -> None:
    """The user and team of the API key."""
    with _errors(json_), _client(region, base_url) as pm:
        identity = whoami(pm)
    if json_:
        _emit_json(identity.to_dict())
        return
    out.print(f"{identity.username} ({identity.full_name}, {identity.email}), user {identity.user_id}")
    if identity.team_id:
        out.print(f"team: {identity.team_name} ({identity.team_id})")


@app.command("quota")
def quota_command(json_: JsonOption = False, region: RegionOption = None, base_url: BaseUrlOption = None) -> None:
    """Each monthly allowance of the key's plan: limit, usage, what is left; warns when nearly spent."""
    with _errors(json_), _client(region, base_url) as pm:
        allowances = quota(pm)
    if json_:
        _emit_json([a.to_dict() for a in allowances])
    else:
        table = Table("allowance", "limit", "usage", "left", "overage")
        for a in allowances:
            table.add_row(a.name, f"{a.limit:,.0f}", f"{a.usage:,.0f}", f"{a.remaining:,.0f}", f"{a.overage:,.0f}")
        out.print(table)
    for a in allowances:
        if a.nearly_spent:
            err.print(
                f"[yellow]warning:[/] {escape(a.name)} is {a.fraction_used:.0%} used "
                f"(warning from {NEARLY_SPENT:.0%}).",
                markup=True,
            )


@app.command("backup")
def backup_command(
    out_dir: Annotated[Path, typer.Option("--out", help="The backup folder (created if missing).")],
    workspace: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="The workspace's id; without it, every workspace the key sees."),
    ] = None,
    include_secrets: Annotated[bool, typer.Option(help="Also write the values of secret variables.")] = False,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Fetches at once, paced by the rate limit.")] = 8,
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Back up collections, environments, mocks, monitors, specs and globals to one file each.

    Deterministic, incremental (what has not changed is not fetched) and resumable.
    """
    with _errors(json_), _client(region, base_url) as pm:
        _warn_allowance(pm, "backup")
        with _progress(not json_) as report:
            result = backup(
                pm, out_dir, workspace=workspace, include_secrets=include_secrets, workers=workers, progress=report
            )
    if json_:
        _emit_json(result.to_dict())
        return
    out.print(
        f"backed up {len(result.workspaces)} workspace(s) to {out_dir}: {len(result.fetched)} fetched, "
        f"{len(result.skipped)} unchanged, {len(result.removed)} removed"
    )


@contextmanager
def _progress(show: bool) -> Iterator[Callable[[BackupProgress], None]]:
    """A progress bar on stderr, shown from the first workspace's plan on (nothing before it)."""
    if not show:
        yield lambda event: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    bar = Progress(*columns, console=err)
    tasks: dict[str, Any] = {}

    def report(event: BackupProgress) -> None:
        if event.kind == "plan":
            if not tasks:
                bar.start()
            bar.console.print(f"workspace {event.workspace}: {event.total} to fetch, {event.skipped} unchanged")
            tasks[event.workspace] = bar.add_task(f"workspace {event.workspace[:8]}", total=event.total)
        elif event.workspace in tasks:
            bar.advance(tasks[event.workspace])

    try:
        yield report
    finally:
        if tasks:
            bar.stop()


@app.command("restore")
def restore_command(
    source: Annotated[Path, typer.Argument(help="A backup folder (of one workspace) or a workspace's folder in it.")],
    workspace: Annotated[str, typer.Option(help="The id of the workspace to restore into.")],
    mapping: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="The mapping file (default: restore-<workspace>.map.json next to the backup)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan; create and change nothing.")] = False,
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Recreate a backup in a workspace; a second run with the same mapping updates instead of duplicating."""

    def show(step: RestoreStep) -> None:
        if not json_ and not dry_run:
            err.print(f"{step.action:6} {step.kind[:-1] if step.kind != 'globals' else 'globals':11} {step.name}")

    with _errors(json_), _client(region, base_url) as pm:
        if not dry_run:
            _warn_allowance(pm, "restore")
        result = restore(pm, source, workspace=workspace, mapping_file=mapping, dry_run=dry_run, progress=show)
    if json_:
        _emit_json(result.to_dict())
        return
    if dry_run:
        table = Table("action", "kind", "name", "backup id", "target id", title="restore plan (dry run)")
        for step in result.steps:
            table.add_row(step.action, step.kind, step.name, step.source_id, step.target_id or "")
        out.print(table)
    else:
        counts = {action: sum(s.action == action for s in result.steps) for action in ("create", "update")}
        out.print(
            f"restored into {workspace}: {counts['create']} created, {counts['update']} updated; "
            f"mapping in {result.mapping_file}"
        )


@app.command("publish")
def publish_command(
    file: Annotated[Path, typer.Argument(help="The collection file (Collection Format v2.1).")],
    workspace: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="The workspace to find the collection by name in, or to create it in."),
    ] = None,
    collection: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="The uid of the collection to update."),
    ] = None,
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create or update a collection from a file, keeping the ids of the items that exist."""
    with _errors(json_), _client(region, base_url) as pm:
        result = publish(pm, file, workspace=workspace, collection=collection)
    if json_:
        _emit_json(result.to_dict())
        return
    how = " (asynchronous update)" if result.asynchronous else ""
    out.print(
        f"{result.action} {result.name!r} ({result.collection}){how}: {result.kept_ids} item ids kept, "
        f"{result.new_items} new items"
    )


@app.command("diff")
def diff_command(
    a: Annotated[str, typer.Argument(help="A collection file, or a collection's uid.")],
    b: Annotated[str, typer.Argument(help="A collection file, or a collection's uid.")],
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """A semantic diff of two collections; exits 1 when they differ."""
    with _errors(json_):
        remote = [side for side in (a, b) if not Path(side).exists()]
        loaded: dict[str, dict[str, Any]] = {side: load_collection_file(side) for side in (a, b) if side not in remote}
        if remote:
            with _client(region, base_url) as pm:
                for side in remote:
                    loaded[side] = pm.collections.get_collection(side).to_dict()
        result = diff_collections(loaded[a], loaded[b])
    if json_:
        _emit_json(result.to_dict())
    else:
        out.print(str(result))
    if not result.same:
        raise typer.Exit(EXIT_DIFFERENT)


@env_app.command("set")
def env_set_command(
    environment: Annotated[str, typer.Argument(help="The environment's id or uid.")],
    assignments: Annotated[list[str], typer.Argument(help="NAME=VALUE pairs.", metavar="NAME=VALUE...")],
    secret: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--secret", help="Make this new variable a secret one (repeatable)."),
    ] = None,
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Set some variables of an environment; the others, and every variable's type, are kept."""
    with _errors(json_):
        values = parse_assignments(assignments)
        with _client(region, base_url) as pm:
            result = set_variables(pm, environment, values, secret=secret or ())
    if json_:
        _emit_json(result.to_dict())
        return
    out.print(
        f"environment {result.environment}: added {', '.join(result.added) or 'none'}; "
        f"changed {', '.join(result.changed) or 'none'}; unchanged {', '.join(result.unchanged) or 'none'}"
    )


@monitor_app.command("run")
def monitor_run_command(
    monitor: Annotated[str, typer.Argument(help="The monitor's id or uid.")],
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the result (exit 1 if it failed).")] = False,
    json_: JsonOption = False,
    region: RegionOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Run a monitor; with --wait, show its result and exit 1 if it failed."""
    with _errors(json_), _client(region, base_url) as pm:
        result = run_monitor(pm, monitor, wait=wait)
    if json_:
        _emit_json(result.to_dict())
    elif not wait:
        out.print(f"monitor {monitor}: run started")
    else:
        verdict = "[green]passed[/]" if result.passed else "[bold red]failed[/]"
        out.print(
            f"monitor {escape(repr(result.name))} ({escape(result.monitor)}): {escape(result.status)}, {verdict}; "
            f"requests "
            f"{result.requests - result.failed_requests}/{result.requests} ok, assertions "
            f"{result.assertions - result.failed_assertions}/{result.assertions} passed",
            markup=True,
        )
        for failure in result.failures:
            out.print(f"  {failure.get('name', 'failure')}: {failure.get('message', '')}")
    if wait and not result.passed:
        raise typer.Exit(EXIT_FAILED)


def _show_warning(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    """The library's warnings as one line on stderr, without Python's source-line decoration."""
    err.print(f"[yellow]warning:[/] {escape(str(message))}", markup=True)


def main() -> None:
    """The console script's entry point."""
    warnings.showwarning = _show_warning
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
