"""A throwaway PostgreSQL cluster for the tests and the benchmarks (issue 15).

The province hub keeps its system of record in PostgreSQL; its tests run against a REAL server,
started once per test session from the Debian ``postgresql`` package's binaries (``initdb``,
``pg_ctl``, ``postgres``) into a temporary folder, and removed at the end:

- trust authentication, superuser ``inspect``, UTF-8 with the ``C.UTF-8`` locale;
- durability off (``initdb --no-sync``, ``fsync=off``, ``synchronous_commit=off``,
  ``full_page_writes=off``): the data is thrown away, only speed matters;
- a Unix socket in the cluster's folder and TCP on 127.0.0.1 at a free port;
- ``max_connections`` 300: the hub load benchmark runs two hub processes with pools.

PostgreSQL refuses to run as root, so when the tests run as root the cluster runs as the
``postgres`` system user (``runuser -u postgres --``), which owns the temporary folder.

No pytest here (benchmarks import it too): the fixtures ``pg_cluster`` (session) and
``pg_url`` (a fresh database per test) are in ``tests/server_fixtures.py``, with the rule that
a missing PostgreSQL skips a test — and fails it under ``CI=true``.

Outside pytest (``benchmarks/hub_load.py``)::

    with PgCluster() as cluster:
        url = cluster.new_database("load")
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

SUPERUSER = "inspect"
"""The cluster's superuser (trust authentication: no password)."""
MAX_CONNECTIONS = 300
"""``max_connections`` of the cluster (≥ 200: two hub processes with pools, plus the tests)."""
INSTALL_HINT = "apt-get install -y postgresql  (or: python3 packaging/bootstrap.py test)"
"""How to get the server binaries on Debian/Ubuntu/UOS."""
ROOT_PREFIX = "inspect-pg-"
"""The name of every cluster's temporary folder starts so (the orphan sweep looks for it)."""
OWNER_FILE = "owner.pid"
"""In a cluster's folder: the id of the process that started it."""
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
"""The binaries the cluster needs, all in one folder."""


class PostgresMissingError(RuntimeError):
    """No PostgreSQL server binaries (``initdb``, ``pg_ctl``, ``postgres``) on this machine."""


class PgClusterError(RuntimeError):
    """The cluster could not be set up, started or stopped (the message holds the log's tail)."""


def _has_server_tools(folder: Path) -> bool:
    return all((folder / tool).is_file() for tool in SERVER_TOOLS)


def find_bindir() -> Path:
    """The folder holding PostgreSQL's server binaries.

    ``$INSPECT_APP_PG_BINDIR`` when set (that folder only: an explicit choice is never
    silently replaced); else, in this order, ``pg_config --bindir`` (which may name a
    client-only folder — then it is passed over), the newest ``/usr/lib/postgresql/<major>/bin``
    (Debian's layout), the folder of ``initdb`` on PATH.

    Raises:
        PostgresMissingError: no folder holds ``initdb``, ``pg_ctl`` and ``postgres``.
    """
    if override := os.environ.get("INSPECT_APP_PG_BINDIR"):
        if _has_server_tools(Path(override)):
            return Path(override)
        raise PostgresMissingError(
            f"INSPECT_APP_PG_BINDIR={override} holds no initdb, pg_ctl and postgres; install "
            "them: " + INSTALL_HINT
        )
    candidates: list[Path] = []
    if pg_config := shutil.which("pg_config"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            done = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(Path(done.stdout.strip()))

    def major(path: str) -> tuple[int, ...]:
        name = Path(path).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True)
    candidates += [Path(path) for path in debian]
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if _has_server_tools(folder):
            return folder
    raise PostgresMissingError(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; install them: "
        + INSTALL_HINT
    )


def _alive(pid: int) -> bool:
    """True when a process with this id exists (signal 0 probes without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgCluster:
    """One throwaway PostgreSQL cluster: ``initdb`` into a temporary folder, started on demand.

    Attributes:
        bindir: the folder of the server binaries.
        root: the temporary folder (``data/`` the cluster, ``server.log`` its log, and the
            Unix socket ``.s.PGSQL.<port>``); None before :meth:`start` and after :meth:`stop`.
        port: the TCP port on 127.0.0.1 (also the socket's number); 0 when not running.
        start_seconds: wall time :meth:`start` took (``initdb`` + server start), in seconds.
    """

    def __init__(self, bindir: Path | None = None) -> None:
        """Prepare a cluster (nothing runs until :meth:`start`).

        Raises:
            PostgresMissingError: no server binaries (``bindir`` not given and none found).
        """
        self.bindir = bindir if bindir is not None else find_bindir()
        self.root: Path | None = None
        self.port = 0
        self.start_seconds = 0.0
        self._counter = itertools.count(1)
        self._admin_connection: Any = None  # psycopg.Connection, made by _admin()
        self._admin_lock = threading.Lock()
        self._as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0
        self._owner = os.getpid()

    # -- life cycle -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True between a successful :meth:`start` and :meth:`stop`."""
        return self.root is not None and self.port != 0

    @property
    def data_dir(self) -> Path:
        """The cluster's data folder (``PGDATA``)."""
        if self.root is None:
            raise PgClusterError("the cluster is not started")
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        """The folder of the server's Unix socket (libpq's ``host=`` for a socket connection)."""
        if self.root is None:
            raise PgClusterError("the cluster is not started")
        return self.root

    def start(self) -> PgCluster:
        """Create the cluster in a new temporary folder and start the server; returns self.

        Takes about half a second (``initdb`` dominates). A port taken between picking it and
        the server binding it is retried on another port (three tries).

        Raises:
            PgClusterError: ``initdb`` or the server failed (the message holds the log's tail);
                the temporary folder is removed.
        """
        if self.running:
            return self
        began = time.perf_counter()
        # A short path: a Unix socket's path is limited to ~107 bytes.
        base = "/tmp" if self._as_postgres and os.path.isdir("/tmp") else None
        self._sweep_orphans(Path(base or tempfile.gettempdir()))
        self.root = Path(tempfile.mkdtemp(prefix=ROOT_PREFIX, dir=base))
        self._owner = os.getpid()
        (self.root / OWNER_FILE).write_text(str(self._owner), encoding="ascii")
        atexit.register(self.stop)
        try:
            if self._as_postgres:
                try:
                    shutil.chown(self.root, user="postgres", group="postgres")
                except LookupError as missing:
                    raise PgClusterError(
                        "running as root, and PostgreSQL refuses root: the cluster runs as the "
                        f"system user postgres, which does not exist ({missing}); install "
                        "Debian's postgresql (it makes the user) or run the tests as a user"
                    ) from missing
            self._run(
                [
                    str(self.bindir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-A",
                    "trust",
                    "-U",
                    SUPERUSER,
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ],
                what="initdb",
            )
            for attempt in range(3):
                self.port = free_port()
                try:
                    self._pg_ctl_start()
                    break
                except PgClusterError:
                    self.port = 0
                    if attempt == 2:
                        raise
        except BaseException:
            self._remove()
            raise
        self.start_seconds = time.perf_counter() - began
        return self

    def _pg_ctl_start(self) -> None:
        root = self.root
        assert root is not None
        options = " ".join(
            [
                f"-k {root}",
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c max_connections={MAX_CONNECTIONS}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c shared_buffers=64MB",
                "-c timezone=UTC",
            ]
        )
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-o",
                options,
                "-l",
                str(root / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            what="pg_ctl start",
        )

    def stop(self) -> None:
        """Stop the server (immediate shutdown: the data is thrown away) and remove its folder.

        Safe to call twice, and after a failed :meth:`start`. Registered with ``atexit`` too,
        so a cluster started outside pytest never outlives the process that started it; a
        forked child that inherited the handler leaves its parent's cluster alone.
        """
        if os.getpid() != self._owner:
            return
        self._close_admin()
        if self.root is None:
            return
        try:
            if self.port and (self.data_dir / "postmaster.pid").exists():
                with contextlib.suppress(PgClusterError):
                    self._run(
                        [
                            str(self.bindir / "pg_ctl"),
                            "-D",
                            str(self.data_dir),
                            "-m",
                            "immediate",
                            "-w",
                            "-t",
                            "30",
                            "stop",
                        ],
                        what="pg_ctl stop",
                    )
        finally:
            self.port = 0
            self._remove()
            atexit.unregister(self.stop)

    def _sweep_orphans(self, parent: Path) -> None:
        """Stop and remove clusters left by test runs that were killed (their owner is gone).

        A run ended by SIGKILL or a CI timeout never reaches :meth:`stop`; its server would
        keep running. Each cluster's folder names its owner process (``owner.pid``); a folder
        whose owner no longer exists is swept. Clusters of live processes are left alone.
        """
        for folder in parent.glob(ROOT_PREFIX + "*"):
            try:
                owner = int((folder / OWNER_FILE).read_text(encoding="ascii"))
            except (OSError, ValueError):
                continue
            if _alive(owner):
                continue
            if (folder / "data" / "postmaster.pid").exists():
                stop = [str(self.bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate"]
                if self._as_postgres:
                    stop = ["runuser", "-u", "postgres", "--", *stop]
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    subprocess.run([*stop, "-w", "stop"], capture_output=True, timeout=30)
            shutil.rmtree(folder, ignore_errors=True)

    def _remove(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        """The TCP URL of a database: ``postgresql://inspect@127.0.0.1:PORT/dbname``."""
        if not self.running:
            raise PgClusterError("the cluster is not started")
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def socket_url(self, dbname: str = "postgres") -> str:
        """The Unix-socket URL of a database (libpq: ``host=`` names the socket's folder)."""
        if not self.running:
            raise PgClusterError("the cluster is not started")
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database with a unique name (``<prefix>_<pid>_<n>``); return its URL.

        Raises:
            PgClusterError: the cluster is not started.
            psycopg.Error: the server refused (e.g. a prefix that is not an identifier).
        """
        name = f"{prefix}_{os.getpid()}_{next(self._counter)}".lower()
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url_or_name: str) -> None:
        """Drop a database made by :meth:`new_database`, closing its connections (``FORCE``).

        Args:
            url_or_name: the URL :meth:`new_database` returned, or the database's name.
        """
        name = url_or_name.rsplit("/", 1)[-1].split("?", 1)[0]
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        """Run one statement on the ``postgres`` database, over one kept socket connection.

        Kept open (a new backend per database would cost a connection each time), behind a
        lock for tests that make databases from several threads; reopened once if it broke.
        """
        import psycopg  # the test extra; imported only when a database is made

        with self._admin_lock:
            for attempt in (1, 2):
                if self._admin_connection is None or self._admin_connection.closed:
                    self._admin_connection = psycopg.connect(
                        self.socket_url("postgres"), autocommit=True
                    )
                try:
                    self._admin_connection.execute(statement)  # type: ignore[arg-type]
                    return
                except psycopg.OperationalError:
                    self._close_admin()
                    if attempt == 2:
                        raise

    def _close_admin(self) -> None:
        if self._admin_connection is not None:
            with contextlib.suppress(Exception):
                self._admin_connection.close()
        self._admin_connection = None

    # -- helpers ------------------------------------------------------------------------------

    def _run(self, command: list[str], what: str) -> None:
        """Run a server tool (as ``postgres`` when we are root); raise with the log's tail."""
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        environment = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        environment["LC_ALL"] = "C.UTF-8"
        done = subprocess.run(
            command,
            cwd=self.root,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise PgClusterError(
                f"{what} failed ({done.returncode}): {done.stderr.strip()[-1500:]}"
                f"{self._log_tail()}"
            )

    def _log_tail(self) -> str:
        if self.root is None:
            return ""
        try:
            text = (self.root / "server.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\nserver.log:\n" + text[-1500:]
