"""The province hub as docs/hub-operations.md sets it up, run for real (issue 15, "Operations").

The load balancers' health check is sent to a real hub; the guides' multi-host database URL
opens a real PostgreSQL hub with its first host down; the guides' SQL queries run on the hub's
real tables; a database restarted under a running hub costs the laptops no failed sync.

Two ``inspect-app hub serve --database … --hub-key … --blobs DIR`` processes on one PostgreSQL
database, behind HAProxy started with ``docs/examples/haproxy.cfg`` (only the addresses changed
to free ports on 127.0.0.1). Laptops sync through the load balancer only: photos whose chunks
may reach either process, ops, pulls. Then one process is killed (SIGKILL) and the laptops go
on syncing through the load balancer: nothing lost, nothing doubled, equal digests, ``db check``
green. The examples' syntax is checked by the real tools (``haproxy -c``, ``nginx -t``).

HAProxy and nginx are not part of the test set-up: without them the tests that need them are
skipped (the rest of the guide is checked by ``tests/test_ops_docs.py`` everywhere).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from hub_fixtures import add_finding_with_photos, make_world
from pg_cluster import PgCluster, free_port

from inspect_app.domain.errors import InspectError
from inspect_app.storage import findings
from inspect_app.storage.store import Store
from inspect_app.sync import conflicts, hub_client
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_pg import HUB_KEY_FILE, open_pg_hub

DOCS = Path(__file__).resolve().parents[1] / "docs"
EXAMPLES = DOCS / "examples"
ENGLISH, CHINESE = DOCS / "hub-operations.md", DOCS / "hub-operations.zh_CN.md"
GUIDES = (ENGLISH, CHINESE)
START_S = 90.0
"""Longest wait for a hub process or the load balancer to answer ``/hello``."""


SET_UP_INSTALLS = {"haproxy": "haproxy", "nginx": "nginx-light"}
"""Tools packaging/bootstrap.py installs for these tests (command → Debian package)."""


def _tool(name: str) -> str:
    """The path of ``name``; skipped when missing — failed under ``CI=true`` for a tool the
    set-up installs (a skip there would hide that the set-up broke)."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        package = SET_UP_INSTALLS.get(name, name)
        if os.environ.get("CI") == "true" and name in SET_UP_INSTALLS:
            pytest.fail(f"{name} is not installed (apt-get install {package})")
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return found


def _wait_for_hello(base: str, proc: subprocess.Popen[bytes]) -> None:
    """Until ``base/hello`` answers 200; fails when ``proc`` exits or after :data:`START_S`."""
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"exited {proc.returncode}: {err}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base}/hello?nonce=lb-check", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise AssertionError(f"{base} did not answer in {START_S} s")


@contextlib.contextmanager
def _running(command: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` as a child process, killed (and reaped) when the block ends."""
    proc = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _hub_command(folder: Path, port: int, url: str, key: Path, blobs: Path) -> list[str]:
    """The ExecStart of docs/examples/inspect-app-hub@.service, for one port."""
    unit = (EXAMPLES / "inspect-app-hub@.service").read_text(encoding="utf-8")
    exec_start = re.search(r"^ExecStart=\S+ (.*)$", unit, re.M)
    assert exec_start
    args = (
        exec_start.group(1)
        .replace("/var/lib/inspect-hub/%i", str(folder))
        .replace("%i", str(port))
        .replace("${INSPECT_HUB_DATABASE}", url)
        .replace("/var/lib/inspect-hub/hub.key", str(key))
        .replace("${INSPECT_HUB_BLOBS}", str(blobs))
    )
    assert "%" not in args and "${" not in args, args
    return [sys.executable, "-m", "inspect_app", *args.split()]


def _haproxy_config(tmp: Path, front: int, ports: dict[int, int]) -> Path:
    """docs/examples/haproxy.cfg with the front port and the processes' ports replaced."""
    text = (EXAMPLES / "haproxy.cfg").read_text(encoding="utf-8")
    text = re.sub(r"^(\s*bind\s+):8765\b", rf"\g<1>127.0.0.1:{front}", text, flags=re.M)
    for documented, real in ports.items():
        text = text.replace(f"127.0.0.1:{documented} ", f"127.0.0.1:{real} ")
    assert f"127.0.0.1:{front}" in text and all(f":{p} " in text for p in ports.values())
    path = tmp / "haproxy.cfg"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_load_balancer_configs_are_valid(tmp_path: Path) -> None:
    haproxy = _tool("haproxy")
    checked = subprocess.run(
        [haproxy, "-c", "-f", str(EXAMPLES / "haproxy.cfg")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "[WARNING]" not in checked.stdout + checked.stderr
    nginx = _tool("nginx")
    main = tmp_path / "nginx-main.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {EXAMPLES / 'nginx.conf'};\n}}\n",
        encoding="utf-8",
    )
    tested = subprocess.run(
        [nginx, "-t", "-c", str(main), "-p", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert tested.returncode == 0, tested.stderr
    assert "[warn]" not in tested.stderr, tested.stderr


def test_laptops_sync_through_haproxy_with_two_hub_processes_and_one_killed(
    tmp_path: Path, pg_url: str
) -> None:
    haproxy = _tool("haproxy")
    world = make_world(tmp_path / "world", database=pg_url)
    key = world.hub.data_dir / HUB_KEY_FILE
    blobs = tmp_path / "blobs"
    ports = {8801: free_port(), 8802: free_port()}
    front = free_port()
    lb = f"http://127.0.0.1:{front}"
    try:
        with (
            _running(_hub_command(tmp_path / "h1", ports[8801], pg_url, key, blobs)) as one,
            _running(_hub_command(tmp_path / "h2", ports[8802], pg_url, key, blobs)) as two,
        ):
            _wait_for_hello(f"http://127.0.0.1:{ports[8801]}", one)
            _wait_for_hello(f"http://127.0.0.1:{ports[8802]}", two)
            config = _haproxy_config(tmp_path, front, ports)
            with _running([haproxy, "-db", "-f", str(config)]) as balancer:
                _wait_for_hello(lb, balancer)
                finding = add_finding_with_photos(
                    world.a,
                    world.lead,
                    world.patrol,
                    world.site,
                    ["exifpy_gps_DSCN0010.jpg", "recurser_Portrait_8.jpg"],
                )
                first = hub_client.both(world.a, lb)
                assert first["ok"], first
                pulled = hub_client.both(world.b, lb)
                assert pulled["ok"] and pulled["pull"]["photos_received"] == 2, pulled
                assert hub_client.both(world.a, lb)["ok"]  # B's own ops back to A
                assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)

                os.kill(one.pid, signal.SIGKILL)  # a process dies; the balancer routes round it
                one.wait(timeout=30)
                for i in range(5):
                    findings.edit_finding(world.a, world.lead, finding, description=f"复查补充 {i}")
                for store in (world.a, world.b, world.a):
                    summary = hub_client.both(store, lb)
                    assert summary["ok"], summary
        assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
        assert world.a.check().ok and world.b.check().ok
        with psycopg.connect(pg_url) as conn:
            total, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT op_id) FROM hub_ops"
            ).fetchone()
        assert total == distinct == world.a.op_count()
        assert len([p for p in (blobs / "photos").rglob("*") if p.is_file()]) == 2
    finally:
        world.close()


def test_the_health_check_is_a_request_the_hub_answers(tmp_path: Path) -> None:
    """The load balancers' health check, sent to a real hub, is answered 200."""
    check = re.search(
        r"option httpchk GET (/hello\?nonce=\S+)",
        (EXAMPLES / "haproxy.cfg").read_text(encoding="utf-8"),
    )
    assert check
    for guide in GUIDES:
        assert f"GET {check.group(1)}" in guide.read_text(encoding="utf-8"), guide.name
    with Store.open(tmp_path / "hub") as store, HubThread(store) as running:
        answer = httpx.get(running.url + check.group(1), timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["replica_id"] == store.replica_id


# -- the database URL form ------------------------------------------------------------------------


def test_the_documented_multi_host_url_finds_the_primary(tmp_path: Path, pg_url: str) -> None:
    """The guides' libpq URL form (every machine listed, ``target_session_attrs=read-write``)
    opens a real PostgreSQL hub when the first machine listed is down (a failed-over primary).

    The test cluster has no TLS, so ``sslmode`` is left out; the other parameters are the
    guides' own.
    """
    form = re.search(
        r"^postgresql://inspect_hub@(\S+)/inspect_hub\?(\S+)$",
        ENGLISH.read_text(encoding="utf-8"),
        re.M,
    )
    assert form and form.group(0) in CHINESE.read_text(encoding="utf-8")
    hosts = form.group(1).split(",")
    assert len(hosts) == 3 and all(h.endswith(":5432") for h in hosts)
    params = [p for p in form.group(2).split("&") if not p.startswith("sslmode=")]
    assert "target_session_attrs=read-write" in params
    user_part, _, rest = pg_url.partition("@")
    live, _, database = rest.partition("/")
    url = f"{user_part}@127.0.0.1:{free_port()},{live}/{database}?{'&'.join(params)}"
    hub_log = open_pg_hub(tmp_path / "cache", url, tmp_path / "hub.key")
    try:
        assert (tmp_path / "hub.key").stat().st_mode & 0o077 == 0
        assert hub_log.ops_after(0, None, 10)["ops"]  # the hub's identity ops, from PostgreSQL
    finally:
        hub_log.close()
        hub_log.store.close()


def _restart_database(cluster: PgCluster) -> None:
    """``pg_ctl restart -m immediate`` of the test cluster (as ``postgres`` when we are root):
    every connection a hub process held breaks, as at a failover."""
    command = [
        str(cluster.bindir / "pg_ctl"),
        "-D",
        str(cluster.data_dir),
        "-m",
        "immediate",
        "-l",  # the server's output to its log, not to our pipes (run() would wait for them)
        str(cluster.socket_dir / "server.log"),
        "-w",
        "-t",
        "60",
        "restart",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, env=env, cwd="/"
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_after_the_database_comes_back_the_next_sync_goes_through(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    """What section 9 says: the connections a process held break when the database goes away;
    the process checks an idle one before use and drops them all when one is broken, and a
    request that still meets one is answered 503, which the laptop retries: no sync fails,
    nothing is lost or doubled."""
    url = pg_cluster.new_database("restart")
    world = make_world(tmp_path, database=url)
    try:
        finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "扬尘")
        for store in (world.a, world.b, world.a):
            assert hub_client.both(store, world.url)["ok"]
        _restart_database(pg_cluster)
        failed = 0
        for i in range(4):
            findings.edit_finding(world.a, world.lead, finding.id, description=f"复查 {i}")
            try:
                assert hub_client.both(world.a, world.url)["ok"]
            except InspectError:
                failed += 1
        assert failed == 0, failed
        assert hub_client.both(world.b, world.url)["ok"]
        assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
        with psycopg.connect(url) as conn:
            total, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT op_id) FROM hub_ops"
            ).fetchone()
        assert total == distinct == world.a.op_count()
    finally:
        world.close()


def test_the_guides_sql_queries_run_on_a_real_hub_database(tmp_path: Path, pg_url: str) -> None:
    """Every ``SELECT`` of the guides' SQL blocks (monitoring, replication checks) runs against a
    database the hub made (its real tables); ``pg_promote()`` only on a standby, so not here."""
    hub_log = open_pg_hub(tmp_path / "cache", pg_url, tmp_path / "hub.key")
    hub_log.close()
    hub_log.store.close()
    for guide in GUIDES:
        blocks = re.findall(
            r"^[ \t]*```sql\n(.*?)^[ \t]*```", guide.read_text("utf-8"), re.S | re.M
        )
        queries = [
            q.strip()
            for block in blocks
            for q in re.sub(r"--[^\n]*", "", block).split(";")
            if q.strip().upper().startswith("SELECT") and "pg_promote" not in q
        ]
        assert len(queries) >= 5, (guide.name, queries)
        with psycopg.connect(pg_url, autocommit=True) as conn:
            for query in queries:
                conn.execute(query.replace("'inspect_hub'", "current_database()")).fetchall()
