"""Issue 14: ``db encrypt`` turns a clear store into an encrypted one in place, kill-safe.

A clear store of an older version (no ``protection.json``) with real fixture photos, a party
name, a credit code and a description is encrypted by the real command line in a real
subprocess. The process is killed with SIGKILL (the migration's test hook
``INSPECT_APP_TEST_KILL_AT``) at every named step; after each kill the store opens — clear
before the commit point, encrypted after it — and re-running ``db encrypt`` finishes the job
with ``db check`` green, every photo sealed and exported byte-exact, and no clear copy left.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_json
from fixture_photos import photo_path

from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.protection import migrate, unlocking
from inspect_app.storage.protection.sealed_stream import is_sealed_file
from inspect_app.storage.store import Store

PARTY = "遂宁市安居区明月化工有限公司"
CREDIT = "91510903MA62T5XK3F"
DESCRIPTION = "厂区东侧暗管直排黄色废水入琼江支流"
PHOTOS = ("exifpy_gps_DSCN0010.jpg", "exifpy_iphone6_gps_west.jpg")
PASSPHRASE = "明月江边巡查2026"


def _clear_legacy_store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A clear store as a version before encryption wrote it: a finding with two photos."""
    from inspect_app.photos.importer import run_import

    with monkeypatch.context() as m:
        m.delenv(unlocking.PASSPHRASE_FILE_ENV, raising=False)
        with Store.open(data_dir) as store:
            agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
            lead = registry.add_officer(store, "张伟", "51090001", agency.id, "lead", None)
            site = registry.add_site(store, lead.id, PARTY, credit_code=CREDIT)
            patrol = patrols.add_patrol(store, lead.id, "2026-05-01", "fujiang", [lead.id])
            finding = findings.add_finding(
                store, lead.id, patrol.id, "water_discharge", site.id, DESCRIPTION
            )
            report = run_import(store, lead.id, finding.id, [photo_path(name) for name in PHOTOS])
            assert len(report.imported) == len(PHOTOS)
            # a migration backup of an older schema is a clear copy too
            (data_dir / "backups").mkdir(exist_ok=True)
            store.db.execute("VACUUM INTO ?", [str(data_dir / "backups" / "inspect-v10-x.sqlite3")])
            digest = store.digest()
    assert unlocking.protection_of(data_dir) is unlocking.Protection.CLEAR_LEGACY
    return {"lead": lead.id, "finding": finding.id, "digest": digest}


def _encrypt(
    data_dir: Path, pass_file: Path, kill_at: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, unlocking.PASSPHRASE_FILE_ENV: str(pass_file)}
    env.pop(migrate.TEST_KILL_ENV, None)
    if kill_at:
        env[migrate.TEST_KILL_ENV] = kill_at
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "inspect_app",
            "--data-dir",
            str(data_dir),
            "--json",
            "db",
            "encrypt",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def _raw_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file()]


def _assert_nothing_readable(data_dir: Path) -> None:
    """No party name, credit code, description, JPEG or SQLite header in any file's bytes.

    The JPEG start of image (3 bytes) is looked for at the start of files only: anywhere in
    megabytes of ciphertext it turns up by chance.
    """
    needles = [
        PARTY.encode(),
        CREDIT.encode(),
        DESCRIPTION.encode(),
        b"Exif\x00\x00",
        b"JFIF\x00",
        b"SQLite format 3",
    ]
    for path in _raw_files(data_dir):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xff\xd8\xff"), path
        for needle in needles:
            assert needle not in raw, (path, needle)


def _check_done(data_dir: Path, pass_file: Path, world: dict[str, str], tmp_path: Path) -> None:
    assert not (data_dir / migrate.WORK_DIR).exists()
    assert unlocking.protection_of(data_dir) is unlocking.Protection.ENCRYPTED
    check = run_json(data_dir, "--store-passphrase-file", str(pass_file), "db", "check")
    assert check["ok"], check
    _assert_nothing_readable(data_dir)
    photos = [p for p in (data_dir / "photos").rglob("*") if p.is_file()]
    assert len(photos) == len(PHOTOS) and all(is_sealed_file(p) for p in photos)
    # the originals come out byte-exact (exports read through the sealed files)
    for name in PHOTOS:
        sha = hashlib.sha256(photo_path(name).read_bytes()).hexdigest()
        out = tmp_path / f"out-{sha[:8]}.jpg"
        with Store.open(data_dir) as store:
            from inspect_app.storage.blobs import BlobStore

            blobs = _blob_store(store, BlobStore)
            with blobs.open(sha) as f:  # type: ignore[attr-defined]
                out.write_bytes(f.read())
        assert out.read_bytes() == photo_path(name).read_bytes()
    with Store.open(data_dir) as store:
        assert store.digest() == world["digest"]


def _blob_store(store: Store, cls: type) -> object:
    """The store's blob store (H2 gives it the data key)."""
    blobs = getattr(store, "blobs", None)
    return blobs if blobs is not None else cls(store.photos_dir, store.data_key)


@pytest.fixture
def legacy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict[str, str]]:
    data_dir = tmp_path / "data"
    world = _clear_legacy_store(data_dir, monkeypatch)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv(unlocking.PASSPHRASE_FILE_ENV, str(pass_file))  # in-process opens too
    return data_dir, pass_file, world


def test_encrypt_in_place(legacy: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, pass_file, world = legacy
    done = _encrypt(data_dir, pass_file)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    import json

    report = json.loads(done.stdout)
    assert report["store_encrypted_now"] and report["files_sealed"] >= len(PHOTOS)
    assert report["side_files_encrypted"] == ["backups/inspect-v10-x.sqlite3"]
    assert report["note"]["message_id"] == "protection.migration_remnants"
    _check_done(data_dir, pass_file, world, tmp_path)
    # a second run has nothing left to do and changes nothing
    again = _encrypt(data_dir, pass_file)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["files_sealed"] == 0


@pytest.mark.parametrize("step", migrate.KILL_POINTS)
def test_kill_at_every_step(
    step: str, legacy: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    data_dir, pass_file, world = legacy
    killed = _encrypt(data_dir, pass_file, kill_at=step)
    assert killed.returncode == -9, (step, killed.returncode, killed.stderr)
    # the store opens: old (clear) before the commit point, new (encrypted) after it
    committed = step not in ("after_key", "after_backup", "after_export", "after_verify")
    state = unlocking.protection_of(data_dir)
    expected = unlocking.Protection.ENCRYPTED if committed else unlocking.Protection.CLEAR_LEGACY
    assert state is expected, (step, state)
    if committed:
        unlocking.unlock(data_dir, PASSPHRASE)
    with Store.open(data_dir) as store:
        assert store.digest() == world["digest"]
    from inspect_app.storage.protection import session

    session.forget_all()
    # a re-run finishes the job
    finished = _encrypt(data_dir, pass_file)
    assert finished.returncode == 0, (step, finished.stderr)
    _check_done(data_dir, pass_file, world, tmp_path)


def test_busy_store_is_not_switched(
    legacy: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    """Another program holding the store open (the window) → refused, the clear store kept."""
    from inspect_app.storage.database import connect

    data_dir, pass_file, world = legacy
    other = connect(data_dir / "inspect.sqlite3", key=None)
    try:
        other.execute("PRAGMA journal_mode=WAL").fetchall()
        other.execute("SELECT count(*) FROM ops").fetchall()
        done = _encrypt(data_dir, pass_file)
    finally:
        other.close()
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "another program" in done.stderr
    assert unlocking.protection_of(data_dir) is unlocking.Protection.CLEAR_LEGACY
    assert not (data_dir / "encrypting").exists()  # no clear copy left behind by the refusal
    finished = _encrypt(data_dir, pass_file)
    assert finished.returncode == 0, finished.stderr
    _check_done(data_dir, pass_file, world, tmp_path)
