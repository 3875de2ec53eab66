"""The data folder is owner-only and keeps no leftovers of killed writes (issue 8, section 4).

Real stores (``Store.open``), real photos imported with their derivatives, a real PKCS#12-style
key file written by the credentials code, and a real import killed mid-write in another
process.
"""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from cli_helpers import run, run_json
from fixture_photos import photo_path
from store_team import Team, make_team

from inspect_app.domain.messages.store import StoreMsg
from inspect_app.notices.credentials import write_private
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, hygiene
from inspect_app.storage.blobs import TEMP_PREFIX, TEMP_SUFFIX
from inspect_app.storage.hygiene import (
    STALE_AFTER_SECONDS,
    ModeChange,
    check_data_dir,
    find_temp_files,
    make_private_dir,
    secure_data_dir,
    sweep_temp_files,
    tidy_data_dir,
)
from inspect_app.storage.store import DB_NAME, Store

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
PHOTO = "exifpy_gps_DSCN0010.jpg"
LONG_AGO = time.time() - 2 * STALE_AFTER_SECONDS


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def tree(data: Path) -> dict[str, Path]:
    """Every file and folder under ``data`` (and ``data`` as ``.``), by relative name."""
    found = {".": data}
    for path in data.rglob("*"):
        found[path.relative_to(data).as_posix()] = path
    return found


def fill(team: Team) -> tuple[str, Path]:
    """A photo imported (original, thumbnail, print copy) and a key file in ``pki/``.

    Returns the photo's SHA-256 and the key file.
    """
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排放"
    )
    report = run_import(team.store, team.lead.id, finding.id, [photo_path(PHOTO)])
    key = team.store.data_dir / "pki" / f"officer-{team.lead.id}.p12"
    write_private(key, secrets.token_bytes(2048))
    return report.imported[0].sha256, key


def loosen(data: Path, photo: Path) -> None:
    """What an older version or a careless copy leaves: folders 0755, files 0644, photo 0444."""
    for path in tree(data).values():
        path.chmod(0o755 if path.is_dir() else 0o644)
    photo.chmod(0o444)


def assert_owner_only(data: Path) -> None:
    loose = {
        name: oct(mode(path))
        for name, path in tree(data).items()
        if mode(path) & 0o077 or (path.is_file() and mode(path) & 0o111)
    }
    assert loose == {}


@posix_only
def test_looser_modes_are_tightened_and_reported(team: Team) -> None:
    store, data = team.store, team.store.data_dir
    sha, key = fill(team)
    photo = store.blobs.path(sha)
    thumbnails = list((data / "derived").rglob(f"{sha}.jpg"))
    assert thumbnails and mode(photo) == 0o400  # BlobStore makes evidence owner-read-only
    loosen(data, photo)
    everything = tree(data)

    changes = secure_data_dir(data)

    assert_owner_only(data)
    assert mode(data) == 0o700 and mode(data / "photos") == 0o700
    assert mode(data / DB_NAME) == 0o600 and mode(key) == 0o600
    assert mode(photo) == 0o400  # evidence stays read-only
    assert all(mode(t) == 0o600 for t in thumbnails)
    photo_name = photo.relative_to(data).as_posix()
    assert ModeChange(".", 0o755, 0o700) in changes
    assert ModeChange(DB_NAME, 0o644, 0o600) in changes
    assert ModeChange(photo_name, 0o444, 0o400) in changes
    assert ModeChange(f"pki/{key.name}", 0o644, 0o600) in changes
    assert {c.path for c in changes} == set(everything)  # every loosened entry, named once
    assert str(ModeChange(DB_NAME, 0o644, 0o600)) == "inspect.sqlite3: 0644 -> 0600"
    assert secure_data_dir(data) == []  # nothing left to do

    assert store.check().ok  # the store and its evidence are untouched
    assert store.blobs.verify(sha)
    assert findings.add_finding(store, team.lead.id, team.patrol.id, "water_outfall", None, "x")


@posix_only
def test_store_and_keys_are_owner_only_after_the_tidy_at_open(tmp_path: Path) -> None:
    """A store made by today's code (default umask 022): what ``Store.open`` would call."""
    data = tmp_path / "data"
    old_umask = os.umask(0o022)
    try:
        with Store.open(data) as store:
            _, key = fill(make_team(store))
            loose = {name for name, path in tree(data).items() if mode(path) & 0o077}
            assert {"photos", "derived"} <= loose  # made since the store opened
            report = tidy_data_dir(data)
            assert_owner_only(data)
            assert mode(data / DB_NAME) == 0o600 and mode(key) == 0o600
            assert (data / f"{DB_NAME}-wal").exists() and mode(data / f"{DB_NAME}-wal") == 0o600
            assert {c.path for c in report.tightened} == loose
            assert report.removed == [] and report.problems == []
            assert any("made owner-only" in line for line in report.lines())
    finally:
        os.umask(old_umask)
    with Store.open(data) as again:  # still opens, same identity key
        assert again.check().ok
    assert tidy_data_dir(data).tightened == []


@posix_only
def test_open_trusts_a_private_fan_out_folder_db_check_looks_at_every_file(team: Team) -> None:
    data = team.store.data_dir
    sha, _ = fill(team)
    secure_data_dir(data)
    photo = team.store.blobs.path(sha)
    photo.chmod(0o444)  # a photo stored after the last check, inside a 0700 folder
    assert mode(photo.parent) == 0o700

    assert tidy_data_dir(data).tightened == []  # at open: a listing of names only
    assert tidy_data_dir(data, deep=True).tightened == [
        ModeChange(photo.relative_to(data).as_posix(), 0o444, 0o400)
    ]
    photo.chmod(0o644)
    photo.parent.chmod(0o755)  # a loose folder: its files are looked at, at open too
    opened = tidy_data_dir(data)
    assert [c.path for c in opened.tightened] == [
        photo.parent.relative_to(data).as_posix(),
        photo.relative_to(data).as_posix(),
    ]
    photo.chmod(0o640)
    checked = check_data_dir(data)
    assert [c.path for c in checked.tightened] == [photo.relative_to(data).as_posix()]
    assert mode(photo) == 0o600 and team.store.check().ok


@posix_only
def test_a_new_data_folder_is_private_from_birth(tmp_path: Path) -> None:
    data = tmp_path / "a" / "data"
    run(data, "db", "info")  # the app makes the folder before anything is written in it
    assert mode(tmp_path / "a") == 0o700 and mode(data) == 0o700


@posix_only
def test_db_check_reports_permissions_and_temporary_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        sha, _ = fill(make_team(store))
        photo = store.blobs.path(sha)
    secure_data_dir(data)
    photo.chmod(0o444)  # in its 0700 folder: only the deep look of db check sees it
    fresh = data / "photos" / f"{TEMP_PREFIX}busy{TEMP_SUFFIX}"
    fresh.write_bytes(b"12345")
    fresh.chmod(0o600)  # as BlobStore makes them (mkstemp)

    report = run_json(data, "db", "check")

    assert report["ok"] is True
    rel = photo.relative_to(data).as_posix()
    assert report["permissions_tightened"] == 1, report["permissions_examples"]
    assert report["permissions_examples"] == [f"{rel}: 0444 -> 0400"]
    assert mode(photo) == 0o400
    (temp,) = report["temp_files"]
    assert temp["path"] == f"photos/{fresh.name}" and temp["bytes"] == 5
    assert 0 <= temp["age_seconds"] < STALE_AFTER_SECONDS
    assert report["hygiene_problems"] == [] and fresh.exists()  # db check removes nothing
    assert_owner_only(data)


def killed_import(photos: Path, tmp_path: Path) -> Path:
    """Store a photo read from a pipe in another process and kill it mid-write.

    Returns the temporary file the killed process left (what a pulled plug leaves).
    """
    fifo = tmp_path / "camera.fifo"
    os.mkfifo(fifo)
    code = (
        "import sys; from pathlib import Path; from inspect_app.storage.blobs import BlobStore; "
        "BlobStore(Path(sys.argv[1])).put_file(Path(sys.argv[2]))"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(photos), str(fifo)])
    deadline = time.monotonic() + 60
    try:
        while True:  # open the writing end once the child reads (never block on a dead child)
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                assert child.poll() is None and time.monotonic() < deadline, "child did not read"
                time.sleep(0.05)
        os.set_blocking(fd, True)
        try:
            chunk, sent = photo_path(PHOTO).read_bytes(), 0
            while sent < 3 << 19:  # 1.5 MiB: one full chunk reaches the temp file
                sent += os.write(fd, chunk)
            while time.monotonic() < deadline:
                parts = list(photos.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
                if parts and parts[0].stat().st_size >= 1 << 20:
                    break
                time.sleep(0.05)
            child.kill()
            child.wait(timeout=30)
        finally:
            os.close(fd)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    (left,) = photos.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")
    return left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_leftovers_of_killed_writes_are_swept_and_found(team: Team, tmp_path: Path) -> None:
    store, data = team.store, team.store.data_dir
    sha, key = fill(team)
    killed = killed_import(store.photos_dir, tmp_path)
    thumbnail = next((data / "derived").rglob(f"{sha}.jpg"))
    # The names the other writers use (photo derivatives; notices.files.write_atomic).
    _, derived_name = tempfile.mkstemp(
        dir=thumbnail.parent, prefix=f".{thumbnail.name}.", suffix=".part"
    )
    derived_temp = Path(derived_name)
    key_temp = hygiene.temp_path_for(key)
    key_temp.write_bytes(b"half a key")
    stale = sorted([killed, derived_temp, key_temp])
    for path in stale:
        os.utime(path, (LONG_AGO, LONG_AGO))
    in_progress = data / "photos" / f"{TEMP_PREFIX}writing{TEMP_SUFFIX}"
    in_progress.write_bytes(b"another process is writing this")
    upload = data / "partial" / f"{sha}.part"  # the hub's resumable upload
    upload.parent.mkdir()
    upload.write_bytes(b"resume me")
    hidden_upload = upload.with_name(f".{sha}.part")  # whatever the hub names them: kept
    hidden_upload.write_bytes(b"resume me too")
    for path in (upload, hidden_upload):
        os.utime(path, (LONG_AGO, LONG_AGO))
    lookalikes = [data / ".hidden", data / "notes.tmp", data / f"{DB_NAME}-wal", thumbnail]
    lookalikes[0].write_bytes(b"x")
    lookalikes[1].write_bytes(b"x")
    for path in lookalikes:
        os.utime(path, (LONG_AGO, LONG_AGO))

    assert find_temp_files(data) == sorted([*stale, in_progress])
    assert find_temp_files(data, min_age=STALE_AFTER_SECONDS) == stale

    assert sweep_temp_files(data) == stale
    assert not any(path.exists() for path in stale)
    assert in_progress.exists() and upload.read_bytes() == b"resume me"
    assert hidden_upload.read_bytes() == b"resume me too"
    assert all(path.exists() for path in lookalikes)
    assert find_temp_files(data) == [in_progress]
    assert sweep_temp_files(data) == []

    os.utime(in_progress, (LONG_AGO, LONG_AGO))  # its writer died too: gone at the next start
    report = tidy_data_dir(data)
    assert report.removed == [in_progress] and report.kept == []
    assert report.relative(report.removed) == [f"photos/{in_progress.name}"]
    assert any("removed 1 temporary files" in line for line in report.lines())
    assert find_temp_files(data) == []

    assert store.check().ok
    assert store.blobs.put_file(photo_path(PHOTO)) == (sha, False)


def test_sweep_keeps_recent_files_and_lists_them(store: Store) -> None:
    data = store.data_dir
    fresh = data / "photos" / f"{TEMP_PREFIX}abc{TEMP_SUFFIX}"
    fresh.parent.mkdir(exist_ok=True)
    fresh.write_bytes(b"x")
    report = tidy_data_dir(data)
    assert report.removed == [] and report.kept == [fresh]
    assert any("kept" in line and fresh.name in line for line in report.lines())
    assert check_data_dir(data).kept == [fresh]  # db check lists it, whatever its age
    assert fresh.exists()
    future = time.time() + 2 * STALE_AFTER_SECONDS  # a clock that was far ahead
    os.utime(fresh, (future, future))
    assert sweep_temp_files(data) == [fresh]


@pytest.mark.skipif(os.name == "nt", reason="flock; Windows cannot remove an open file")
def test_a_temporary_file_held_by_a_live_writer_is_never_swept(store: Store) -> None:
    """A batch staged for longer than the stale age, by a writer that locks its files."""
    data = store.data_dir
    staged = hygiene.temp_path_for(data / "photos" / "batch")
    staged.parent.mkdir(exist_ok=True)
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        assert hygiene.lock_temp_file(fd)
        os.write(fd, b"verified, not committed yet")
        os.utime(staged, (LONG_AGO, LONG_AGO))
        assert sweep_temp_files(data) == [] and tidy_data_dir(data).kept == [staged]
        assert find_temp_files(data) == [staged]
    finally:
        os.close(fd)  # the writer dies: its lock goes with it
    assert sweep_temp_files(data) == [staged] and not staged.exists()


@posix_only
def test_symbolic_links_are_neither_followed_nor_removed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    outside = tmp_path / "outside"
    outside.mkdir(mode=0o755)
    shared = outside / "shared.txt"
    shared.write_bytes(b"not ours")
    shared.chmod(0o644)
    (data / "link-to-folder").symlink_to(outside)
    (data / "link-to-file").symlink_to(shared)
    trap = data / ".trap.tmp"
    trap.symlink_to(shared)
    os.utime(trap, (LONG_AGO, LONG_AGO), follow_symlinks=False)

    report = tidy_data_dir(data, deep=True)

    assert [c.path for c in report.tightened] == ["."]
    assert mode(outside) == 0o755 and mode(shared) == 0o644
    assert trap.is_symlink() and shared.read_bytes() == b"not ours"
    assert report.removed == [] and find_temp_files(data) == []


def test_windows_leaves_modes_to_the_profile_acl(store: Store, monkeypatch) -> None:
    data = store.data_dir
    before = {name: mode(path) for name, path in tree(data).items()}
    leftover = data / f".{DB_NAME}.0123456789ab.tmp"
    leftover.write_bytes(b"x")
    os.utime(leftover, (LONG_AGO, LONG_AGO))
    monkeypatch.setattr(hygiene, "posix_permissions", lambda: False)
    report = tidy_data_dir(data, deep=True)
    assert report.tightened == [] and secure_data_dir(data) == []
    assert report.removed == [leftover]  # temporary files are swept everywhere
    assert {name: mode(path) for name, path in tree(data).items()} == before


@posix_only
def test_make_private_dir_ignores_the_umask(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        made = make_private_dir(tmp_path / "a" / "b")
        assert mode(tmp_path / "a") == 0o700 and mode(made) == 0o700
        loose = tmp_path / "loose"
        loose.mkdir(mode=0o755)
        make_private_dir(loose / "c")
        assert mode(loose) == 0o755  # an existing folder is for tidy_data_dir to report
        assert mode(loose / "c") == 0o700
    finally:
        os.umask(old_umask)


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    data = tmp_path / "data"
    locked = data / "backups"
    locked.mkdir(parents=True)
    locked.chmod(0o000)
    try:
        report = tidy_data_dir(data)
        assert any(str(line).startswith("backups: cannot read") for line in report.problems)
        (problem,) = report.problems
        assert problem.msg is StoreMsg.HYGIENE_CANNOT_READ_FOLDER
    finally:
        locked.chmod(0o700)


def test_names_of_temporary_files() -> None:
    assert hygiene.is_temp_name(".incoming-x1y2.part")
    assert hygiene.is_temp_name(".决定书.pdf.0a1b2c3d4e5f.tmp")
    assert hygiene.is_temp_name(hygiene.temp_path_for(Path("pki/team-ca.key.pem")).name)
    for name in ("inspect.sqlite3-wal", "notes.tmp", ".part", ".tmp", ".hidden", "a.part"):
        assert not hygiene.is_temp_name(name)
    assert hygiene.private_mode(0o100644, is_dir=False) == 0o600
    assert hygiene.private_mode(0o100755, is_dir=False) == 0o600
    assert hygiene.private_mode(0o100444, is_dir=False) == 0o400
    assert hygiene.private_mode(0o042775, is_dir=True) == 0o700  # setgid folder
