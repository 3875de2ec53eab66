"""Issue 14's new page cipher in use: readers, old-format folders, a killed encryption, the hub.

Real parts only (encrypted stores in temporary folders, the real engine, the real command line
in a subprocess, a real hub on 127.0.0.1): the window's read-only pool readers on an AEGIS-256
and an SQLCipher 4 store while the writer writes; an SQLCipher 4 folder through a passphrase
change, recovery, ``migrations.backup`` and a hub side file; ``db encrypt`` killed inside
``PRAGMA rekey`` (``database.write_encrypted_copy``: the copy's ``-journal`` holds clear pages)
and finished, then every file's bytes searched; a hub on an SQLCipher 4 folder serving
AEGIS-256 laptops. The hostile edits (pages, key files) are in :mod:`test_issue14_cipher_hostile`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cipher_folders import (
    CIPHERS,
    PASSPHRASE,
    STORE,
    dump,
    make_folder,
    message_id,
    own_passphrase,  # noqa: F401 - autouse: each test unlocks on purpose
)
from store_team import make_team

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage import findings
from inspect_app.storage.database import connect
from inspect_app.storage.protection import keyfile, session, unlocking
from inspect_app.storage.protection.keyfile import KEY_FILE, DataKey
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV
from inspect_app.storage.store import Store


# -- the window's pool readers while the writer writes ---------------------------------------
@pytest.mark.parametrize("cipher", CIPHERS)
def test_pool_readers_on_an_encrypted_store_while_the_writer_writes(
    tmp_path: Path, cipher: str
) -> None:
    """Read-only connections (the window's pool threads) see only whole commits, never fail."""
    import threading

    from inspect_app.storage.dashboard import read_only

    folder = tmp_path / "data"
    make_folder(folder, cipher, count=None)
    unlocking.unlock(folder, PASSPHRASE)
    adds = 60
    seen: list[list[int]] = [[] for _ in range(3)]
    errors: list[BaseException] = []
    done = threading.Event()

    def reader(slot: int) -> None:
        try:
            while not done.is_set():
                with read_only(folder / STORE) as held:
                    conn = held.db.conn
                    conn.execute("BEGIN")  # one snapshot for the three counts
                    n = conn.execute("SELECT count(*) FROM finding").fetchone()[0]
                    ops = conn.execute("SELECT count(*) FROM ops").fetchone()[0]
                    text = conn.execute("SELECT count(*) FROM finding WHERE description "
                                        "LIKE '暗管排放%'").fetchone()[0]  # fmt: skip
                    conn.execute("COMMIT")
                    assert text == n and ops >= n
                    seen[slot].append(n)
        except BaseException as exc:  # reported below, with the reader's slot
            errors.append(exc)

    with Store.open(folder) as store:
        team = make_team(store)
        threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        try:
            for n in range(adds):
                findings.add_finding(
                    store, team.lead.id, team.patrol.id, "water_outfall", team.site.id,
                    f"暗管排放{n}",
                )  # fmt: skip
        finally:
            done.set()
            for thread in threads:
                thread.join(60)
        assert store.check().ok
    assert not errors, repr(errors[0])
    for counts in seen:
        assert counts and counts == sorted(counts)  # never a step back, never a torn read
        assert counts[-1] <= adds
    assert any(0 < n < adds for counts in seen for n in counts)  # they read mid-writing
    with read_only(folder / STORE) as held:
        assert held.db.conn.execute("SELECT count(*) FROM finding").fetchone()[0] == adds


# -- a folder of the SQLCipher versions through every path that keys a file ------------------
def test_an_sqlcipher_folder_through_passphrase_recovery_backup_and_side_files(
    tmp_path: Path,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from inspect_app.storage.migrations import backup
    from inspect_app.storage.protection.recovery import recover

    folder = tmp_path / "data"
    make_folder(folder, keyfile.SQLCIPHER_4)
    lead = X25519PrivateKey.generate()
    found = keyfile.load(folder)
    assert found is not None
    found.wrap_recovery(found.unlock(PASSPHRASE), lead.public_key())
    found.save(folder)
    new, newer = "新的巡查口令 2027-01", "找回后的口令 2027-02"
    unlocking.change_passphrase(folder, PASSPHRASE, new)
    session.forget(folder)
    recover(folder, lead, newer)
    session.forget(folder)
    written = json.loads((folder / KEY_FILE).read_text(encoding="utf-8"))
    assert written["format"] == 1 and "store_cipher" not in written  # still SQLCipher 4
    key = unlocking.unlock(folder, newer)
    assert key.store_cipher == keyfile.SQLCIPHER_4
    with Store.open(folder) as store:
        assert store.check().ok
        copy = backup(store.db, folder / "backups", "hostile")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    assert dump(copy, key)[-1] == "ok"
    aegis = DataKey(key.raw, keyfile.AEGIS_256)  # the same data key in the other cipher
    with pytest.raises(StoreError) as refused:
        connect(copy, key=aegis)
    assert message_id(refused.value) == ProtectMsg.STORE_KEY_MISMATCH.id
    # a side file of the hub (its refusal log) made in this folder takes the folder's cipher
    from inspect_app.sync import hub_refusals

    log = folder / "side.sqlite3"
    conn = hub_refusals._open(log, readonly=False)
    try:
        conn.execute("CREATE TABLE t(x)")
        conn.execute("INSERT INTO t VALUES ('某某化工有限公司')")
        conn.commit()
    finally:
        conn.close()
    assert "某某化工".encode() not in log.read_bytes()
    assert dump(log, key)[-1] == "ok"
    with pytest.raises(StoreError):
        connect(log, key=aegis)


# -- db encrypt killed inside write_encrypted_copy (PRAGMA rekey under a rollback journal) ---
PARTY = "遂宁市安居区明月化工有限公司"
CREDIT = "91510903MA62T5XK3F"
DESCRIPTION = "厂区东侧暗管直排黄色废水入琼江支流"
PHOTOS = ("exifpy_gps_DSCN0010.jpg", "exifpy_iphone6_gps_west.jpg")
NEEDLES = (
    PARTY.encode(),
    CREDIT.encode(),
    DESCRIPTION.encode(),
    b"Exif\x00\x00",
    b"JFIF\x00",
    b"SQLite format 3",
)


def _clear_store(folder: Path, findings_count: int) -> str:
    """A clear store of an older version with real photos and a clear migration backup."""
    from fixture_photos import photo_path

    from inspect_app.photos.importer import run_import
    from inspect_app.storage import patrols, registry

    with Store.open(folder) as store:
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张伟", "51090001", agency.id, "lead", None)
        site = registry.add_site(store, lead.id, PARTY, credit_code=CREDIT)
        patrol = patrols.add_patrol(store, lead.id, "2026-05-01", "fujiang", [lead.id])
        finding = findings.add_finding(
            store, lead.id, patrol.id, "water_discharge", site.id, DESCRIPTION
        )
        run_import(store, lead.id, finding.id, [photo_path(name) for name in PHOTOS])
        for n in range(findings_count):  # enough pages that the rekey takes a while
            findings.add_finding(
                store, lead.id, patrol.id, "water_discharge", site.id, f"{DESCRIPTION}{n}"
            )
        (folder / "backups").mkdir(exist_ok=True)
        store.db.execute("VACUUM INTO ?", [str(folder / "backups" / "inspect-v10-x.sqlite3")])
        return store.digest()


def _encrypt_cmd(folder: Path, secret: Path) -> list[str]:
    import sys

    return [sys.executable, "-m", "inspect_app", "--data-dir", str(folder),
            "--store-passphrase-file", str(secret), "--json", "db", "encrypt"]  # fmt: skip


def _kill_when(cmd: list[str], appears: Path) -> bool:
    """Run ``cmd``; SIGKILL it the moment ``appears`` exists. True when it was killed so."""
    import signal
    import subprocess
    import time

    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if appears.exists():
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(30)
                return True
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


@pytest.mark.parametrize(
    "journal",
    ["encrypting/encrypted.sqlite3-journal", "backups/.inspect-v10-x.sqlite3.seal.part-journal"],
)
def test_db_encrypt_killed_mid_rekey_then_finished_leaves_no_clear_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: str
) -> None:
    import subprocess

    folder = tmp_path / "data"
    digest = _clear_store(folder, findings_count=400)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cmd = _encrypt_cmd(folder, secret)
    if not _kill_when(cmd, folder / journal):
        pytest.fail(f"{journal} never seen: the rekey ran faster than the watch")
    # the journal of a half-done rekey holds clear pages: the store still opens (its data whole)
    assert (folder / journal).exists()
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(secret))
    with Store.open(folder) as store:
        assert store.digest() == digest
    session.forget_all()
    finished = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)  # fmt: skip
    assert finished.returncode == 0 and "Traceback" not in finished.stderr, finished.stderr
    leftovers = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert not [name for name in leftovers if name.endswith(("-journal", ".part"))], leftovers
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not raw.startswith(b"\xff\xd8\xff"), path
            for needle in NEEDLES:
                assert needle not in raw, (path, needle)
    with Store.open(folder) as store:
        assert store.digest() == digest
        assert store.check().ok


# -- the hub on a folder of the SQLCipher versions, laptops on AEGIS-256 ---------------------
def test_a_hub_on_an_sqlcipher_folder_serves_aegis_laptops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fixture_photos import photo_path
    from hub_fixtures import add_finding_with_photos, make_world

    from inspect_app.sync import conflicts, hub_client
    from inspect_app.sync.hub_refusals import REFUSALS_FILE

    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(secret))  # the laptops: new, so AEGIS-256
    hub_folder = tmp_path / "hub"
    hub_folder.mkdir()  # a format-1 key file, no store yet: the hub's store made SQLCipher 4
    made, _ = keyfile.new_encrypted(PASSPHRASE)
    made.store_cipher = keyfile.SQLCIPHER_4
    made.save(hub_folder)
    world = make_world(tmp_path)
    try:
        found = add_finding_with_photos(
            world.a, world.lead, world.patrol, world.site, ["exifpy_gps_DSCN0010.jpg"], "废水直排"
        )
        assert hub_client.push(world.a, world.url)["ok"]
        synced = hub_client.both(world.b, world.url)
        assert synced["ok"], synced["message"]
        assert synced["pull"]["photos_received"] == 1
        assert hub_client.pull(world.a, world.url)["ok"]
        digests = {conflicts.store_digest(s) for s in (world.a, world.b, world.hub)}
        assert len(digests) == 1 and found
        for store in (world.a, world.b, world.hub):
            assert store.check().ok
        hub_key = session.key_for(hub_folder)
        assert hub_key is not None and hub_key.store_cipher == keyfile.SQLCIPHER_4
        for laptop in (world.a, world.b):
            assert json.loads((laptop.data_dir / KEY_FILE).read_text())["format"] == 2
        photo = photo_path("exifpy_gps_DSCN0010.jpg").read_bytes()
        assert (world.a.data_dir / f"{STORE}-wal").exists()  # open: its -wal is read too
        for path in [*hub_folder.rglob("*"), *world.a.data_dir.rglob("*")]:
            if path.is_file():
                raw = path.read_bytes()
                assert b"SQLite format 3" not in raw and photo[:2048] not in raw, path
                assert "废水直排".encode() not in raw, path
        refusals = hub_folder / REFUSALS_FILE
        if refusals.exists():  # made in the folder's cipher, not AEGIS
            assert dump(refusals, hub_key)[-1] == "ok"
    finally:
        world.close()
    json_key = json.loads((hub_folder / KEY_FILE).read_text(encoding="utf-8"))
    assert json_key["format"] == 1 and "store_cipher" not in json_key
