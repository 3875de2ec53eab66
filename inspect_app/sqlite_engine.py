"""One SQLite engine for the whole process: SQLite3 Multiple Ciphers through ``pysqlite3``.

The store, the hub, the map layers and sqlite-utils all open SQLite through :data:`sqlite3`
below: ``pysqlite3`` (the standard library's ``sqlite3`` module, packaged separately) built
against the amalgamation of **SQLite3 Multiple Ciphers** (sqlite3mc: SQLite plus page ciphers
behind ``PRAGMA cipher`` / ``PRAGMA key``) by ``packaging/engine.py``. sqlite-utils takes
``pysqlite3`` over the standard module when it can import it (sqlite_utils/utils.py), so every
connection in the process — encrypted or clear — runs on the same engine and raises the same
exception classes. A connection opened without ``PRAGMA key`` is plain SQLite: clear stores
written by older versions open unchanged.

Why sqlite3mc and not SQLCipher (``sqlcipher3``, used up to schema v12): both encrypt every
4 KiB page as it is written, and the app writes many pages per action (adding a finding: ~50,
one per index). SQLCipher's page cipher is AES-256-CBC plus an HMAC, ~7–10 µs a page on the
team's laptops, which made adding a finding 1.4× as slow as on a clear store; sqlite3mc's
AEGIS-256 (an authenticated cipher built on the AES round, hardware-accelerated) costs well
under a microsecond a page: 1.04× (``benchmarks/protection.py``, docs/design/page-cipher.md).
sqlite3mc also reads SQLCipher 4 files, so stores encrypted by those versions keep opening
(``storage/protection/keyfile.py``: the key file names its store's cipher). Why not
``apsw-sqlite3mc`` (the same engine, wheels for every platform): APSW is not DB-API, and
sqlite-utils and every query of the app are.

When the engine is missing (a developer's environment without ``packaging/engine.py``'s
build) the standard library's ``sqlite3`` stays: clear stores work, encrypted ones are
refused (:data:`ENCRYPTION_AVAILABLE`).
"""

from __future__ import annotations

from types import ModuleType

ENCRYPTION_AVAILABLE: bool
ENGINE_SETUP_COMMAND = "python3 packaging/bootstrap.py setup"
"""What builds and installs the engine in a source checkout (named when it is missing)."""
ENGINE_VERSION: str | None
"""sqlite3mc's version (``"SQLite3 Multiple Ciphers 2.4.0"``), or None without it."""


def _install() -> ModuleType:
    """Load the sqlite3mc DB-API module (``pysqlite3.dbapi2``); the standard one without it."""
    global ENCRYPTION_AVAILABLE, ENGINE_VERSION
    import sqlite3

    ENCRYPTION_AVAILABLE, ENGINE_VERSION = False, None
    try:
        from pysqlite3 import dbapi2
    except ImportError:
        return sqlite3
    probe = dbapi2.connect(":memory:")
    try:
        ENGINE_VERSION = str(probe.execute("SELECT sqlite3mc_version()").fetchone()[0])
    except dbapi2.Error:  # PyPI's pysqlite3: plain SQLite, no page cipher
        return sqlite3
    finally:
        probe.close()
    ENCRYPTION_AVAILABLE = True
    return dbapi2


sqlite3 = _install()
"""The process's DB-API module (``pysqlite3.dbapi2``, or the standard ``sqlite3`` without it).

Import it from here (``from inspect_app.sqlite_engine import sqlite3``), never the standard
module: its exception classes are the ones every connection of the process raises.
"""
