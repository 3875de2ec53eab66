"""The encrypted store (issue 14): nothing readable at rest, refusals that change nothing.

Real SQLCipher stores in temporary folders; the passphrase comes from the file the suite's
``conftest.py`` names in ``INSPECT_APP_STORE_PASSPHRASE_FILE`` (or one a test writes).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run
from store_team import make_team

from inspect_app.domain.errors import StoreError
from inspect_app.storage import database
from inspect_app.storage.dashboard import read_dashboard
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.history import read_record_history
from inspect_app.storage.migrations import backup
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.protection.keyfile import KEY_FILE
from inspect_app.storage.protection.unlocking import (
    PASSPHRASE_FILE_ENV,
    Protection,
    StoreLockedError,
    WrongPassphraseError,
)
from inspect_app.storage.store import DB_NAME, Store

PARTY = "某某化工有限公司"
CREDIT_CODE = "91350100M000100Y43"
DESCRIPTION = "雨水排口有暗管排放废水，现场气味刺鼻"
PASSPHRASE = "口令 for the encrypted store tests"
TODAY = date(2026, 12, 1)


def _secret_bytes() -> list[bytes]:
    """What must never be found in a file of an encrypted folder (UTF-8 and UTF-16)."""
    found = [b"SQLite format 3"]
    for text in (PARTY, CREDIT_CODE, DESCRIPTION):
        found += [text.encode("utf-8"), text.encode("utf-16-le")]
    return found


def _fill(store: Store) -> str:
    """A team (its site is :data:`PARTY`, :data:`CREDIT_CODE`) and one finding; its id."""
    team = make_team(store)
    made = add_finding(
        store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, DESCRIPTION
    )
    return made.id


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _encrypted_store(folder: Path) -> str:
    """An encrypted store in ``folder`` with a finding (closed, locked again); its id."""
    with Store.open(folder) as store:
        assert store.protection is Protection.ENCRYPTED
        assert store.data_key is not None
        finding = _fill(store)
    session.forget(folder)
    return finding


@pytest.fixture(autouse=True)
def _encrypted_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """New folders are set up encrypted with :data:`PASSPHRASE` (even in a clear suite run)."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(secret))


def test_the_store_file_and_its_wal_hold_no_clear_text(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        _fill(store)
        wal = folder / (DB_NAME + "-wal")
        assert wal.stat().st_size > 0  # the writes are in the WAL while the store is open
        for path in (folder / DB_NAME, wal):
            raw = path.read_bytes()
            for secret in _secret_bytes():
                assert secret not in raw, (path.name, secret)
    raw = (folder / DB_NAME).read_bytes()  # checkpointed into the main file on close
    assert len(raw) > 4096 * 10
    for secret in _secret_bytes():
        assert secret not in raw
    assert database.looks_encrypted(folder / DB_NAME)


def test_it_opens_again_with_the_passphrase_and_reads_what_was_written(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    finding = _encrypted_store(folder)
    assert session.key_for(folder) is None
    with Store.open(folder) as store:  # unlocked with the passphrase file
        assert get_finding(store, finding).description == DESCRIPTION
        assert store.check().ok


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _encrypted_store(folder)
    before = _hashes(folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(wrong))
    with pytest.raises(WrongPassphraseError) as refused:
        Store.open(folder)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.wrong_passphrase"
    assert session.key_for(folder) is None
    assert _hashes(folder) == before


def test_a_locked_folder_is_refused_with_how_to_unlock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _encrypted_store(folder)
    before = _hashes(folder)
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)
    with pytest.raises(StoreLockedError) as refused:
        Store.open(folder)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.locked"
    assert refused.value.keyed_message.params["option"] == "--store-passphrase-file"
    for reader in (
        lambda: read_dashboard(folder / DB_NAME, TODAY),
        lambda: database.connect(folder / DB_NAME, readonly=True),
    ):
        with pytest.raises(StoreLockedError):
            reader()
    assert _hashes(folder) == before


def test_a_deleted_key_file_is_named_not_a_damaged_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _encrypted_store(folder)
    (folder / KEY_FILE).unlink()
    before = _hashes(folder)
    with pytest.raises(StoreError) as refused:
        Store.open(folder)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.key_file_missing"
    assert "not a database" not in str(refused.value)
    assert _hashes(folder) == before


def test_a_store_file_of_another_folder_is_a_key_mismatch(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _encrypted_store(first)
    _encrypted_store(second)
    shutil.copyfile(first / DB_NAME, second / DB_NAME)
    with pytest.raises(StoreError) as refused:
        Store.open(second)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.store_key_mismatch"


def test_a_clear_store_file_in_an_encrypted_folder_says_to_finish_encrypting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear, encrypted = tmp_path / "clear", tmp_path / "encrypted"
    _encrypted_store(encrypted)
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)
    Store.open(clear).close()  # a new folder without a passphrase: a clear store
    (encrypted / (DB_NAME + "-wal")).unlink(missing_ok=True)
    shutil.copyfile(clear / DB_NAME, encrypted / DB_NAME)
    unlocking.unlock(encrypted, PASSPHRASE)
    with pytest.raises(StoreError) as refused:
        Store.open(encrypted)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.store_file_clear"
    assert refused.value.keyed_message.params["command"] == "inspect-app db encrypt"


def test_a_migration_backup_is_encrypted_under_the_same_key(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        finding = _fill(store)
        made = backup(store.db, folder / "backups", "v10")
    raw = made.read_bytes()
    for secret in _secret_bytes():
        assert secret not in raw
    conn = database.connect(made, readonly=True)  # the key of the folder above backups/
    try:
        (text,) = conn.execute("SELECT description FROM finding WHERE id = ?", [finding]).fetchone()
    finally:
        conn.close()
    assert text == DESCRIPTION
    with pytest.raises(StoreError) as refused:
        database.connect(made, key=None, readonly=True)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "store.cannot_open"  # a key file is there


def test_read_only_readers_of_pool_threads_are_keyed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        finding = _fill(store)
        reader = Store(
            database.open_database(folder / DB_NAME), folder, store.replica_id, store.clock
        )
        try:
            assert reader.data_key == store.data_key  # the unlocked key of the folder
            assert get_finding(reader, finding).description == DESCRIPTION
        finally:
            reader.close()
        history = read_record_history(folder / DB_NAME, store.replica_id, "finding", finding)
        assert history.entries
        figures = read_dashboard(folder / DB_NAME, TODAY)
        assert figures is not None


def test_check_says_encrypted_with_its_parameters(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        _fill(store)
        report = store.check()
    assert report.ok
    assert report.protection is not None
    assert report.protection.state is Protection.ENCRYPTED
    assert report.protection.line.id == "protection.encrypted"
    assert report.protection.line.params["recovery"] == 0
    # the suite's key files are cheap (INSPECT_APP_KDF_PROFILE=fast): named, never failed
    assert [w.id for w in report.protection.warnings] == [
        "protection.weak_kdf",
        "protection.no_recovery_copy",  # no recovery wrap yet: a forgotten passphrase loses it
    ]


def test_a_clear_opted_out_store_opens_without_a_passphrase_and_check_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)
    folder.mkdir()
    unlocking.create_clear(folder)
    with Store.open(folder) as store:
        _fill(store)
        assert store.data_key is None
        assert store.protection is Protection.CLEAR_OPTED_OUT
        report = store.check()
    assert report.ok  # a warning, never a failure
    assert report.protection is not None
    assert report.protection.line.id == "protection.not_encrypted"
    assert report.protection.warns
    assert (folder / DB_NAME).read_bytes().startswith(database.SQLITE_HEADER)


def test_a_legacy_clear_store_opens_and_check_says_not_yet_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)
    with Store.open(folder) as store:  # no key file: as a version before encryption left it
        _fill(store)
    assert not (folder / KEY_FILE).exists()
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(tmp_path / "passphrase.txt"))
    with Store.open(folder) as store:  # a passphrase file does not change a clear store
        assert store.protection is Protection.CLEAR_LEGACY
        report = store.check()
    assert report.ok
    assert report.protection is not None
    assert report.protection.line.id == "protection.not_yet_encrypted"
    assert report.protection.line.params["command"] == "inspect-app db encrypt"


def test_db_check_prints_the_protection_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _encrypted_store(folder)
    shown = json.loads(run(folder, "--json", "db", "check").stdout)
    assert shown["ok"] is True
    assert shown["protection"]["message_id"] == "protection.encrypted"
    assert [w["message_id"] for w in shown["protection_warnings"]] == [
        "protection.weak_kdf",
        "protection.no_recovery_copy",
    ]
    chinese = run(folder, "db", "check", env={"LANG": "zh_CN.UTF-8", "LC_ALL": ""}).stdout
    assert "已加密（数据库 AEGIS-256" in chinese
    english = run(folder, "db", "check", env={"LANG": "C.UTF-8", "LC_ALL": ""}).stdout
    assert "protection: encrypted (store AEGIS-256" in english


def test_changing_the_passphrase_to_itself_is_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    from inspect_app.domain.errors import ValidationError

    folder = tmp_path / "data"
    _encrypted_store(folder)
    before = _hashes(folder)
    with pytest.raises(ValidationError) as refused:
        unlocking.change_passphrase(folder, PASSPHRASE, PASSPHRASE)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == "protection.passphrase_unchanged"
    assert _hashes(folder) == before
    unlocking.change_passphrase(folder, PASSPHRASE, PASSPHRASE + " 新")  # another one works
    session.forget(folder)
    with pytest.raises(StoreError):
        unlocking.unlock(folder, PASSPHRASE)
    unlocking.unlock(folder, PASSPHRASE + " 新")


def test_the_no_recovery_copy_warning_lasts_until_a_recovery_wrap_is_in_the_key_file(
    tmp_path: Path,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from inspect_app.storage.protection import keyfile
    from inspect_app.storage.protection.status import protection_status

    folder = tmp_path / "data"
    with Store.open(folder) as store:
        assert store.data_key is not None  # set up encrypted, by the suite's passphrase file
    before = protection_status(folder)
    assert "protection.no_recovery_copy" in [w.id for w in before.warnings]
    assert before.warns
    found = keyfile.load(folder)
    assert found is not None
    key = session.key_for(folder)
    assert key is not None
    assert found.wrap_recovery(key, X25519PrivateKey.generate().public_key())
    found.save(folder)
    after = protection_status(folder)
    assert after.line.params["recovery"] == 1
    assert "protection.no_recovery_copy" not in [w.id for w in after.warnings]
