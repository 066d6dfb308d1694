#!/usr/bin/env python3
"""Record the cassettes that tests/client/test_operations.py replays.

    python scripts/record_cassettes.py                      # every operation, against a local Prism mock
    python scripts/record_cassettes.py getCollection        # one operation
    python scripts/record_cassettes.py --group Environments # one first-tag group
    python scripts/record_cassettes.py --real ...           # the real API (needs POSTMAN_API_KEY)

Without ``--real`` the target is a Prism mock (``@stoplight/prism-cli`` through npx, so Node.js
must be installed) of our own spec/, started on a free loopback port and stopped afterwards;
it answers with the spec's examples; a ``POSTMAN_API_KEY`` in the environment is never used.
With ``--real`` and ``POSTMAN_API_KEY`` set, the target is the real Postman API, through the
scenario of scripts/real_recording.py (a scratch workspace made, used and deleted). Secrets
are scrubbed as cassettes are saved (tests/cassette_safety.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

if __package__ in (None, ""):  # run as `python scripts/<name>.py`: make the package `scripts` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bundle_spec import bundle, dumps
from scripts.check_spec import operations

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "client" / "cassettes" / "test_operations"
PRISM = "@stoplight/prism-cli@5.14.2"
PRISM_NODE = (18, 20, 1)
"""The oldest Node.js that PRISM supports (its `engines`: >=18.20.1). Prism 5.15.10 and later want
Node.js 24.14 or newer, and npx prints an engine warning on any older one (such as 20 or 22 LTS)."""
RECORDING_KEY = "PMAK-recording000000000000000000-mock"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def node_version(output: str) -> tuple[int, ...] | None:
    """``v20.20.2`` (what ``node --version`` prints) as ``(20, 20, 2)``; None when unreadable."""
    parts = output.strip().lstrip("v").split(".")
    return tuple(int(part) for part in parts) if len(parts) == 3 and all(p.isdigit() for p in parts) else None


def start_prism(spec_file: Path, port: int) -> subprocess.Popen[bytes]:
    npx, node = shutil.which("npx"), shutil.which("node")
    wanted = ".".join(map(str, PRISM_NODE))
    if npx is None or node is None:
        raise SystemExit(
            f"record_cassettes: Node.js {wanted} or newer is needed to run the Prism mock (npx was not found). "
            "Install it (for example `apt-get install nodejs npm`), or record against the real API with --real."
        )
    found = node_version(subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout)
    if found is not None and found < PRISM_NODE:
        raise SystemExit(f"record_cassettes: {PRISM} needs Node.js {wanted} or newer; this one is {found}")
    log = open(spec_file.with_suffix(".prism.log"), "wb")  # noqa: SIM115 - kept open for the process
    process = subprocess.Popen(
        [npx, "--yes", PRISM, "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"record_cassettes: Prism exited early; see {log.name}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/me", timeout=2)
            return process
        except urllib.error.HTTPError:
            return process  # it answers (401 without a key): it is up
        except OSError:
            time.sleep(0.5)
    stop(process)
    raise SystemExit("record_cassettes: Prism did not start within 180 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def selected_operations(names: list[str], group: str | None) -> list[str]:
    document = bundle()
    chosen = []
    known = set()
    for _method, _path, operation in operations(document):
        known.add(operation["operationId"])
        if (not names and group is None) or operation["operationId"] in names or operation["tags"][0] == group:
            chosen.append(operation["operationId"])
    unknown = sorted(set(names) - known)
    if unknown:
        raise SystemExit(f"record_cassettes: no such operationId in spec/: {unknown}")
    if not chosen:
        raise SystemExit(f"record_cassettes: no operation has first tag {group!r}")
    return sorted(chosen)


def record(operation_ids: list[str], base_url: str, api_key: str) -> int:
    # The mock gets a made-up key: a real one in the environment stays out of this run.
    environment = {**os.environ, "POSTMAN_BASE_URL": base_url, "POSTMAN_API_KEY": api_key}
    selection = [f"tests/client/test_operations.py::test_operation[{op}]" for op in operation_ids]
    before = {p: p.stat().st_mtime for p in CASSETTES.glob("*.yaml")} if CASSETTES.exists() else {}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-o",
        "addopts=",
        "-p",
        "no:cacheprovider",
        "--record-mode=rewrite",
    ]
    result = subprocess.run([*command, *selection], cwd=ROOT, env=environment, check=False)
    recorded = sorted(p.name for p in CASSETTES.glob("*.yaml") if before.get(p) != p.stat().st_mtime)
    print(f"recorded {len(recorded)} cassette(s) in {CASSETTES.relative_to(ROOT)}:")
    for name in recorded:
        print(f"  {name}")
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("operation_ids", nargs="*", help="operationIds to record (default: all)")
    parser.add_argument("--group", help="record every operation whose first tag is this (e.g. Environments)")
    parser.add_argument("--real", action="store_true", help="record against the real API with POSTMAN_API_KEY")
    parser.add_argument("--base-url", default="https://api.getpostman.com", help="with --real: the API's address")
    parser.add_argument("--pace", type=float, default=1.5, help="with --real: seconds between requests")
    args = parser.parse_args(argv)
    chosen = selected_operations(args.operation_ids, args.group)
    if args.real:
        key = os.environ.get("POSTMAN_API_KEY")
        if not key:
            raise SystemExit("record_cassettes: --real needs POSTMAN_API_KEY set to a key of a scratch account")
        from scripts.real_recording import record_real

        print(f"recording against {args.base_url}: a scratch workspace is made, used and deleted")
        return 1 if record_real(key, args.base_url, set(chosen), args.pace) else 0
    with tempfile.TemporaryDirectory(prefix="postman-prism-") as tmp:
        spec_file = Path(tmp) / "openapi.json"
        spec_file.write_text(dumps(bundle()), encoding="utf-8")
        port = free_port()
        print(f"starting Prism on http://127.0.0.1:{port} (first run downloads it through npx) ...")
        prism = start_prism(spec_file, port)
        try:
            return record(chosen, f"http://127.0.0.1:{port}", RECORDING_KEY)
        finally:
            stop(prism)


if __name__ == "__main__":
    raise SystemExit(main())
