"""Opening the SQLite file: WAL journal, foreign keys on, ``synchronous=FULL``.

One writer connection per store. Transactions are explicit (``BEGIN IMMEDIATE``) so a
write takes the lock up front and either all of it lands or none of it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.sqlite_engine import sqlite3


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) the store file at ``path`` with the store's pragmas.

    Raises:
        StoreError: when the file cannot be opened as an SQLite database.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
        db = Database(conn)
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=FULL")
        # 64 MiB of page cache: the op log's indexes on random op ids outgrow the 2 MiB default
        # at ~30k ops, and every insert then reads pages from disk (import 100k: 2.5 → 1.9×).
        db.execute("PRAGMA cache_size=-65536")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(StoreMsg.STORE_CANNOT_OPEN(path=path, reason=str(exc))) from exc
    return db


def put_meta(db: Database, key: str, value: str) -> None:
    """Set one local ``meta`` value (inside the caller's write transaction)."""
    db.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block in one ``BEGIN IMMEDIATE`` transaction: all of it commits or none of it.

    Raises:
        StoreError: when the database is locked by another program or the disk is full.
    """
    conn = db.conn
    if conn.in_transaction:
        raise StoreError(StoreMsg.STORE_NESTED_TRANSACTION())
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(StoreMsg.STORE_BUSY(reason=str(exc))) from exc
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(StoreMsg.STORE_NOT_SAVED(reason=str(exc))) from exc
