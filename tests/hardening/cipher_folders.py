"""Encrypted data folders in either page cipher, for the hostile tests of issue 14's cipher.

:func:`make_folder` writes the key file first, so the store is made in the cipher asked for:
AEGIS-256 (format 2, this version) or SQLCipher 4 (format 1, as the versions of schema v11–v12
wrote it; :mod:`test_issue14_store_cipher` proves against that older code itself that this
engine's ``sqlcipher`` pages are SQLCipher 4's). Import :func:`own_passphrase` into a test
module to make it autouse there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_team import make_team

from inspect_app.storage import findings
from inspect_app.storage.database import connect
from inspect_app.storage.protection import keyfile, session
from inspect_app.storage.protection.keyfile import KEY_FILE, DataKey
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV
from inspect_app.storage.store import Store

PASSPHRASE = "涪江巡查口令 2026-12"
STORE = "inspect.sqlite3"
CIPHERS = (keyfile.AEGIS_256, keyfile.SQLCIPHER_4)


def hashes(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` (relative path → SHA-256), to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def message_id(exc: BaseException) -> str:
    """The keyed message id of ``exc`` (fails the test for a refusal without one)."""
    message = getattr(exc, "keyed_message", None)
    assert message is not None, f"not a keyed refusal: {type(exc).__name__}: {exc}"
    return str(message.id)


def make_folder(folder: Path, cipher: str, count: int | None = 3) -> DataKey:
    """An encrypted data folder in ``cipher`` with a team and ``count`` findings, checkpointed.

    ``count`` None: an empty store (no team).

    For :data:`keyfile.SQLCIPHER_4` the key file is written as the SQLCipher versions wrote
    it (format 1, no cipher named) before the store exists, so the store is made in that
    scheme. Returns the data key; the folder is locked again.
    """
    folder.mkdir(parents=True)
    made, key = keyfile.new_encrypted(PASSPHRASE)
    made.store_cipher = cipher
    key = DataKey(key.raw, cipher)
    made.save(folder)
    session.remember(folder, key)
    with Store.open(folder) as store:
        team = make_team(store) if count is not None else None
        for n in range(count or 0):
            assert team is not None
            findings.add_finding(
                store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, f"暗管排放{n}"
            )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.forget(folder)
    written = json.loads((folder / KEY_FILE).read_text(encoding="utf-8"))
    assert written["format"] == (2 if cipher == keyfile.AEGIS_256 else 1)
    return key


def dump(path: Path, key: DataKey) -> list[str]:
    """Every row of every table and index of ``path`` as text (reads every page in use).

    ``pysqlite3`` has no ``iterdump``: each b-tree is read in full by name, indexes through
    ``INDEXED BY`` scans of their table (``PRAGMA integrity_check`` is run too).
    """
    conn = connect(path, key=key)
    try:
        lines = [str(r) for r in conn.execute("SELECT * FROM sqlite_master ORDER BY name")]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            lines += [repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')]
        return [*lines, "\n".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))]
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def own_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No passphrase file from the suite: each test unlocks on purpose."""
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)
    yield
    session.forget_all()
