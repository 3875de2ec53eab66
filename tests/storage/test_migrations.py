"""Versioned migrations: a backup before each upgrade, ops never touched, newer files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database
from store_team import make_team

from inspect_app.domain.errors import StoreError
from inspect_app.storage.database import connect, open_database
from inspect_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from inspect_app.storage.store import DB_NAME, Store


def test_new_store_is_at_latest_version(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert schema_version(store.db) == SCHEMA_VERSION
        assert store.backup_made is None  # nothing to back up in a new file
        assert len(store.replica_id) == 32


def test_upgrade_backs_up_first_and_keeps_every_op(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        make_team(store)
        ops_before = list(store.db.conn.execute("SELECT op_id, body FROM ops ORDER BY pos"))

    def v2(db: Database) -> None:
        db["finding"].add_column("weather", str)  # type: ignore[union-attr]

    db = open_database(tmp_path / DB_NAME)
    backup = migrate(db, tmp_path / "backups", (*MIGRATIONS, v2))
    assert schema_version(db) == SCHEMA_VERSION + 1
    assert list(db.conn.execute("SELECT op_id, body FROM ops ORDER BY pos")) == ops_before
    db.close()
    assert backup is not None and backup.exists()
    copy = connect(backup, readonly=True)  # keyed like the store when it is encrypted
    assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert copy.execute("SELECT count(*) FROM ops").fetchone()[0] == len(ops_before)
    copy.close()


def test_failed_migration_keeps_the_last_good_version(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        make_team(store)

    def broken(db: Database) -> None:
        db.execute("ALTER TABLE finding ADD COLUMN weather TEXT")
        db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    db = open_database(tmp_path / DB_NAME)
    with pytest.raises(StoreError, match="backup"):
        migrate(db, tmp_path / "backups", (*MIGRATIONS, broken))
    assert schema_version(db) == SCHEMA_VERSION
    columns = [r[1] for r in db.conn.execute("PRAGMA table_info(finding)")]
    assert "weather" not in columns  # rolled back with its transaction
    db.close()


def test_store_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer"):
        Store.open(tmp_path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is a photo, not a database" * 100)
    with pytest.raises(StoreError, match="not a usable store|cannot open"):
        Store.open(tmp_path)
