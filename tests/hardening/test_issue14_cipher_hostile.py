"""Issue 14's new page cipher (AEGIS-256 through SQLite3 Multiple Ciphers), attacked.

Real parts only: encrypted stores in temporary folders, the real engine, the real command line
in a subprocess. Asked of every attack: the refusal is a keyed message (never a traceback),
nothing on disk changed, and no changed page is ever read as data.

Covered: a byte flipped in every page of an AEGIS-256 store and of an SQLCipher 4 store (each
read either refused or byte-identical to the original); the key file moved between formats and
ciphers (format 2 → 1, format 1 → 2, the cipher swapped, the field duplicated, huge or not a
string); an AEGIS-256 store file dropped into an SQLCipher 4 folder and the reverse; a page
changed anywhere met by ``Store.open`` and ``Store.check`` (keyed refusal or a failed check,
never a raw ``DatabaseError``: two places in store.py let it out before this file). The
cipher in use (readers, old-format folders, a killed ``db encrypt``, the hub) is in
:mod:`test_issue14_cipher_hostile_flows`.

The SQLCipher 4 folders here are made by this engine's ``sqlcipher`` scheme (a format-1 key
file written before the store): :mod:`test_issue14_store_cipher` proves against the older code
itself that those pages are SQLCipher 4's.
"""

from __future__ import annotations

import json
import os
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cipher_folders import (
    CIPHERS,
    PASSPHRASE,
    STORE,
    dump,
    hashes,
    make_folder,
    message_id,
    own_passphrase,  # noqa: F401 - autouse: each test unlocks on purpose
)
from cli_helpers import run

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.protection import keyfile, session, unlocking
from inspect_app.storage.protection.keyfile import KEY_FILE
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV
from inspect_app.storage.store import Store


# -- pages changed on disk -------------------------------------------------------------------
@pytest.mark.parametrize("cipher", CIPHERS)
def test_a_flipped_byte_in_any_page_is_refused_never_read_as_data(
    tmp_path: Path, cipher: str
) -> None:
    folder = tmp_path / "data"
    key = make_folder(folder, cipher)
    original = (folder / STORE).read_bytes()
    pages = len(original) // 4096
    assert pages > 20 and len(original) % 4096 == 0
    reference = dump(folder / STORE, key)
    assert any("暗管排放2" in line for line in reference)
    refused = 0
    for page in range(pages):
        for offset in (40, 4000):  # early in the page and near its end (tag / HMAC area)
            changed = bytearray(original)
            changed[page * 4096 + offset] ^= 0x01
            (folder / STORE).write_bytes(bytes(changed))
            try:
                dumped = dump(folder / STORE, key)
            except StoreError as exc:  # at open: keyed (key mismatch / not usable)
                message_id(exc)
                refused += 1
                continue
            except sqlite3.DatabaseError:  # a page read later: SQLITE_CORRUPT, never data
                refused += 1
                continue
            # whatever was read is the original; the page changed is named by the check
            assert dumped[:-1] == reference[:-1], (page, offset)
            if dumped[-1] != reference[-1]:
                assert "error code=11" in dumped[-1], dumped[-1][:300]  # SQLITE_CORRUPT
                refused += 1
    assert refused >= pages  # nearly every page is in use: all those refused
    (folder / STORE).write_bytes(original)
    assert dump(folder / STORE, key) == reference


@pytest.mark.parametrize("cipher", CIPHERS)
def test_db_check_reports_a_changed_page_and_open_stays_keyed(tmp_path: Path, cipher: str) -> None:
    folder = tmp_path / "data"
    make_folder(folder, cipher, count=40)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    raw = bytearray((folder / STORE).read_bytes())
    raw[len(raw) - 4096 + 100] ^= 0x80  # the last page: an index or table leaf
    (folder / STORE).write_bytes(bytes(raw))
    before = hashes(folder)
    done = run(folder, "--store-passphrase-file", str(secret), "--json", "db", "check", expect=1)
    report = json.loads(done.stdout)
    assert not report["ok"]
    assert report["integrity"] != ["ok"], report["integrity"]
    page_one = bytearray(raw)
    page_one[200] ^= 0x01  # the first page: the store does not open at all
    (folder / STORE).write_bytes(bytes(page_one))
    done = run(folder, "--store-passphrase-file", str(secret), "db", "check", expect=1)
    assert done.stderr.count("\n") == 1, done.stderr
    assert STORE in done.stderr
    (folder / STORE).write_bytes(bytes(raw))
    assert {k: v for k, v in hashes(folder).items() if not k.endswith("-shm")} == {
        k: v for k, v in before.items() if not k.endswith("-shm")
    }


@pytest.mark.parametrize("cipher", CIPHERS)
def test_a_page_refused_anywhere_is_a_keyed_refusal_or_a_failed_check(
    tmp_path: Path, cipher: str
) -> None:
    """Store.open and Store.check with one page changed: never a raw ``DatabaseError``.

    The cipher refuses the page (SQLITE_CORRUPT) wherever it is read; before this was kept,
    a page of the op log's index read by ``_check_high_water`` escaped ``Store.open`` raw
    (the command line said "unexpected DatabaseError").
    """
    folder = tmp_path / "data"
    make_folder(folder, cipher)
    original = (folder / STORE).read_bytes()
    unlocking.unlock(folder, PASSPHRASE)
    outcomes: dict[str, int] = {}
    for page in range(len(original) // 4096):
        changed = bytearray(original)
        changed[page * 4096 + 1000] ^= 0x04
        (folder / STORE).write_bytes(bytes(changed))
        for extra in ("-wal", "-shm"):
            Path(f"{folder / STORE}{extra}").unlink(missing_ok=True)
        try:
            with Store.open(folder) as store:
                report = store.check()
        except StoreError as exc:
            outcomes[message_id(exc)] = outcomes.get(message_id(exc), 0) + 1
            continue
        except sqlite3.DatabaseError as exc:  # what a person must never meet
            pytest.fail(
                f"page {page + 1}: raw {type(exc).__name__}: {exc}\n"
                + "".join(traceback.format_exception(exc)[-6:])
            )
        key = "check failed" if not report.ok else "check passed"
        outcomes[key] = outcomes.get(key, 0) + 1
    assert outcomes.get("check passed", 0) <= 3, outcomes  # only pages no table uses
    assert outcomes.get("check failed", 0) > 0 and outcomes.get(ProtectMsg.STORE_KEY_MISMATCH.id)


# -- the key file between formats and ciphers ------------------------------------------------
def _edit(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads((folder / KEY_FILE).read_text(encoding="utf-8"))
    change(doc)
    (folder / KEY_FILE).write_text(json.dumps(doc), encoding="utf-8")


def _to_format_1(doc: dict[str, Any]) -> None:
    doc["format"] = 1
    doc.pop("store_cipher", None)


def _to_format_2(cipher: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["format"] = 2
        doc["store_cipher"] = cipher

    return change


def _cipher(value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["store_cipher"] = value

    return change


def _duplicated(first: str, last: str) -> str:
    """A raw key-file edit: ``store_cipher`` written twice (JSON keeps the last)."""
    return f'"store_cipher": "{first}", "store_cipher": "{last}"'


SWAPS: dict[str, tuple[str, Callable[[dict[str, Any]], None] | str, str]] = {
    # name: (cipher of the folder, edit, the refusal expected)
    "AEGIS folder called format 1": (
        keyfile.AEGIS_256,
        _to_format_1,
        ProtectMsg.STORE_KEY_MISMATCH.id,
    ),
    "SQLCipher folder called format 2 AEGIS": (
        keyfile.SQLCIPHER_4,
        _to_format_2(keyfile.AEGIS_256),
        ProtectMsg.STORE_KEY_MISMATCH.id,
    ),
    "SQLCipher folder called format 2 SQLCipher": (
        keyfile.SQLCIPHER_4,
        _to_format_2(keyfile.SQLCIPHER_4),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "AEGIS folder, cipher SQLCipher": (
        keyfile.AEGIS_256,
        _cipher(keyfile.SQLCIPHER_4),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "cipher duplicated, SQLCipher last": (
        keyfile.AEGIS_256,
        _duplicated(keyfile.AEGIS_256, keyfile.SQLCIPHER_4),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "cipher duplicated, AEGIS last": (
        keyfile.AEGIS_256,
        _duplicated(keyfile.SQLCIPHER_4, keyfile.AEGIS_256),
        "",  # JSON's rule: the last one counts, and it is the right one: the store opens
    ),
    "cipher of 1 MB": (keyfile.AEGIS_256, _cipher("a" * 1_000_000), ProtectMsg.KEY_FILE_DAMAGED.id),
    "cipher null": (keyfile.AEGIS_256, _cipher(None), ProtectMsg.KEY_FILE_DAMAGED.id),
    "cipher a number": (keyfile.AEGIS_256, _cipher(256), ProtectMsg.KEY_FILE_DAMAGED.id),
    "cipher an object": (
        keyfile.AEGIS_256,
        _cipher({"name": "aegis-256"}),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "cipher in capitals": (keyfile.AEGIS_256, _cipher("AEGIS-256"), ProtectMsg.KEY_FILE_DAMAGED.id),
    "cipher with a space": (
        keyfile.AEGIS_256,
        _cipher("aegis-256 "),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "format 1 naming AEGIS": (
        keyfile.SQLCIPHER_4,
        _cipher(keyfile.AEGIS_256),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "format 2 naming none": (
        keyfile.AEGIS_256,
        lambda doc: doc.pop("store_cipher"),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
    "format 1.0": (
        keyfile.SQLCIPHER_4,
        lambda doc: doc.update(format=1.0),
        ProtectMsg.KEY_FILE_DAMAGED.id,
    ),
}


@pytest.mark.parametrize("swap", list(SWAPS))
def test_a_key_file_moved_between_formats_and_ciphers_is_a_keyed_refusal(
    tmp_path: Path, swap: str
) -> None:
    cipher, change, expected = SWAPS[swap]
    folder = tmp_path / "data"
    make_folder(folder, cipher)
    if isinstance(change, str):
        path = folder / KEY_FILE
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        doc.pop("store_cipher", None)
        text = json.dumps(doc)
        path.write_text("{" + change + ", " + text[1:], encoding="utf-8")
    else:
        _edit(folder, change)
    before = hashes(folder)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    os.environ[PASSPHRASE_FILE_ENV] = str(secret)
    try:
        if not expected:
            with Store.open(folder) as store:
                assert store.db.conn.execute("SELECT count(*) FROM finding").fetchone()[0] == 3
            return
        with pytest.raises(StoreError) as refused:
            Store.open(folder)
    finally:
        del os.environ[PASSPHRASE_FILE_ENV]
        session.forget(folder)
    assert message_id(refused.value) == expected
    assert hashes(folder) == before
    done = run(folder, "--store-passphrase-file", str(secret), "db", "check", expect=1)
    assert done.stderr.count("\n") == 1, done.stderr  # one keyed line, no traceback
    assert hashes(folder) == before


@pytest.mark.parametrize(("here", "there"), [CIPHERS, CIPHERS[::-1]])
def test_a_store_file_of_the_other_cipher_dropped_in_is_a_key_mismatch(
    tmp_path: Path, here: str, there: str
) -> None:
    folder, other = tmp_path / "data", tmp_path / "other"
    make_folder(folder, here)
    make_folder(other, there)
    shutil.copyfile(other / STORE, folder / STORE)
    before = hashes(folder)
    unlocking.unlock(folder, PASSPHRASE)
    with pytest.raises(StoreError) as refused:
        Store.open(folder)
    assert message_id(refused.value) == ProtectMsg.STORE_KEY_MISMATCH.id
    assert hashes(folder) == before
