"""One SQLite engine for the whole process: SQLCipher 4 through ``sqlcipher3``.

The store, the hub, the map layers and sqlite-utils all open SQLite through :data:`sqlite3`
below. Importing this module (``inspect_app/__init__.py`` does it first) also hands
``sqlcipher3`` to sqlite-utils under the name it looks for (``pysqlite3``), so every
connection in the process — encrypted or clear — runs on the same engine (SQLCipher 4,
SQLite 3.5x) and raises the same exception classes (``sqlite3.OperationalError`` caught
inside sqlite-utils is the class our connections raise). A connection opened without
``PRAGMA key`` is plain SQLite: clear stores written by older versions open unchanged.

Why sqlcipher3 and not ``apsw-sqlite3mc``: sqlcipher3 is a DB-API 2.0 module (pysqlite's
code), so sqlite-utils, the op log and every query run on it unchanged; APSW has its own API,
which sqlite-utils does not take. Both are self-contained wheels for Linux (x86_64, aarch64),
Windows and macOS; sqlcipher3 0.6.4 is SQLCipher 4.19 with OpenSSL linked in (zlib licence,
SQLCipher's BSD licence, OpenSSL's Apache 2.0: ``packaging/THIRD-PARTY.md``).

When ``sqlcipher3`` is missing (a developer's environment without it) the standard library's
``sqlite3`` stays: clear stores work, encrypted ones are refused (:data:`ENCRYPTION_AVAILABLE`).
"""

from __future__ import annotations

import sys
from types import ModuleType

ENCRYPTION_AVAILABLE: bool


def _install() -> ModuleType:
    """Load SQLCipher's DB-API module and have sqlite-utils use it; return it."""
    global ENCRYPTION_AVAILABLE
    try:
        import sqlcipher3
        from sqlcipher3 import dbapi2
    except ImportError:
        import sqlite3

        ENCRYPTION_AVAILABLE = False
        return sqlite3
    # sqlite-utils takes ``pysqlite3`` (a drop-in build of the module) over the standard
    # ``sqlite3`` when it can import it (sqlite_utils/utils.py): sqlcipher3 is one such build.
    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)
    ENCRYPTION_AVAILABLE = True
    return dbapi2


sqlite3 = _install()
"""The process's DB-API module (``sqlcipher3.dbapi2``, or the standard ``sqlite3`` without it).

Import it from here (``from inspect_app.sqlite_engine import sqlite3``), never the standard
module: its exception classes are the ones every connection of the process raises.
"""
