"""Issue 14, attacked (part 2): a real v10 store, ``db encrypt`` killed at random, two processes.

The v10 store is written by the v10 code itself: ``git archive`` of the last v10 commit
(:data:`V10_COMMIT`) into a temporary folder, its own ``tests/document_world.py`` building the
store (team, CA, certificates, a finding with three real photos) and its own command line
checking it. This version then opens it as a clear store of an older version, says so, and
``db encrypt`` encrypts it — also when killed with SIGKILL at random moments (a seeded loop of
:data:`KILLS` kills; the seed is in the failure message): after each kill the store opens, old
or new, and a re-run finishes with ``db check`` green.

Locking: a store held open by one process while another locks (``session.forget``) keeps
working until it is closed; a new opening is refused as locked; a second process with the
passphrase reads the same store at the same time.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import run, run_json
from old_versions import extract_sources, old_version_env

from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.protection import migrate, session, unlocking
from inspect_app.storage.protection.sealed_stream import is_sealed_file
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV, Protection
from inspect_app.storage.store import Store

V10_COMMIT = "4cff586"
"""The last commit at schema v10 (its child is the issue 14 groundwork, schema v11)."""
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "旧笔记本加密口令 2026"
KILLS = 10
MAKER = """
import json, sys
from pathlib import Path
import document_world as dw
import inspect_app
from inspect_app.storage.migrations import schema_version
from inspect_app.storage.store import Store

folder = Path(sys.argv[1])
dw.build(folder)
store = Store.open(folder)
try:
    shas = [r[0] for r in store.db.conn.execute("SELECT id FROM photo ORDER BY id")]
    digest = store.digest()
    version = schema_version(store.db)
finally:
    store.close()
ids = json.loads((folder / "world.json").read_text())
ids |= {"v10_photos": shas, "v10_digest": digest, "v10_schema": version,
        "v10_code": inspect_app.__file__}
(folder / "world.json").write_text(json.dumps(ids))
"""


def _v10_env(tree: Path) -> dict[str, str]:
    env = old_version_env(tree)
    env.pop(PASSPHRASE_FILE_ENV, None)
    return env


@pytest.fixture(scope="module")
def v10_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The v10 sources (``inspect_app`` and ``tests``), extracted from git."""
    return extract_sources(V10_COMMIT, tmp_path_factory.mktemp("v10-code"))


@pytest.fixture(scope="module")
def v10_template(v10_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder written by the v10 app (built once per module, ~10 s)."""
    tree = v10_tree
    folder = tmp_path_factory.mktemp("v10-store") / "data"
    env = _v10_env(tree)
    subprocess.run(
        [sys.executable, "-c", MAKER, str(folder)], cwd=tree, env=env, check=True, timeout=300
    )
    checked = subprocess.run(  # the v10 command line itself finds its store sound
        [sys.executable, "-m", "inspect_app", "--data-dir", str(folder), "--json", "db", "check"],
        cwd=tree, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"], checked.stderr
    ids = json.loads((folder / "world.json").read_text())
    assert ids["v10_schema"] == 10 and ids["v10_code"].startswith(str(tree)), ids
    assert len(ids["v10_photos"]) >= 3
    return folder


@pytest.fixture
def v10(v10_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A fresh copy of the v10 folder and a passphrase file (not in the environment)."""
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)
    folder = tmp_path / "data"
    shutil.copytree(v10_template, folder)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield folder, secret
    session.forget_all()


def _encrypt_cmd(folder: Path, secret: Path) -> list[str]:
    return [sys.executable, "-m", "inspect_app", "--data-dir", str(folder),
            "--store-passphrase-file", str(secret), "--json", "db", "encrypt"]  # fmt: skip


def _originals_read_back(folder: Path, shas: list[str]) -> None:
    with Store.open(folder) as store:
        for sha in shas:
            assert hashlib.sha256(store.blobs.read_bytes(sha)).hexdigest() == sha


def _done(folder: Path, secret: Path, shas: list[str]) -> None:
    """Encrypted, green, every original sealed and byte-exact, no work folder left."""
    assert unlocking.protection_of(folder) is Protection.ENCRYPTED
    assert not (folder / migrate.WORK_DIR).exists()
    check = run_json(folder, "--store-passphrase-file", str(secret), "db", "check")
    assert check["ok"] and check["protection"]["message_id"] == "protection.encrypted", check
    photos = [p for p in (folder / "photos").rglob("*") if p.is_file()]
    assert photos and all(is_sealed_file(p) for p in photos)
    derived = [p for p in (folder / "derived").rglob("*.jpg") if p.is_file()]
    assert all(is_sealed_file(p) for p in derived)
    unlocking.unlock(folder, PASSPHRASE)
    _originals_read_back(folder, shas)
    session.forget_all()


def test_a_v10_store_opens_clear_says_so_and_encrypts(v10: tuple[Path, Path]) -> None:
    folder, secret = v10
    ids = json.loads((folder / "world.json").read_text())
    assert unlocking.protection_of(folder) is Protection.CLEAR_LEGACY
    with Store.open(folder) as store:  # upgraded to this schema, still clear
        assert store.protection is Protection.CLEAR_LEGACY and store.data_key is None
        report = store.check()
        assert report.ok
        digest = store.digest()  # the v10 data and this version's own first ops (box key)
    assert report.protection is not None
    assert report.protection.line.id == "protection.not_yet_encrypted"
    _originals_read_back(folder, ids["v10_photos"])
    done = subprocess.run(_encrypt_cmd(folder, secret), capture_output=True, text=True,
                          timeout=600, stdin=subprocess.DEVNULL)  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    _done(folder, secret, ids["v10_photos"])
    unlocking.unlock(folder, PASSPHRASE)
    with Store.open(folder) as store:
        assert store.digest() == digest
        from inspect_app.storage.migrations import schema_version

        assert schema_version(store.db) == SCHEMA_VERSION


def _finish_and_check(folder: Path, secret: Path, digest: str, why: object) -> None:
    """Re-run ``db encrypt`` to the end; the store is encrypted, green, the same data."""
    finished = subprocess.run(_encrypt_cmd(folder, secret), capture_output=True, text=True,
                              timeout=600, stdin=subprocess.DEVNULL)  # fmt: skip
    assert finished.returncode == 0, (why, finished.stderr)
    assert not (folder / migrate.WORK_DIR).exists(), why
    unlocking.unlock(folder, PASSPHRASE)
    with Store.open(folder) as store:
        assert store.protection is Protection.ENCRYPTED, why
        assert store.check().ok and store.digest() == digest, why
    assert all(is_sealed_file(p) for p in (folder / "photos").rglob("*") if p.is_file()), why
    session.forget_all()


def test_db_encrypt_killed_at_random_times_always_leaves_a_store(v10: tuple[Path, Path]) -> None:
    """SIGKILL at random moments; after each: opens (old or new); a re-run finishes.

    A kill that left the store clear is followed by the next kill on what it left (resuming
    from an earlier attempt's remnants); one that left it encrypted is finished by a re-run,
    checked, and the next kill starts again from the clear copy.
    """
    folder, secret = v10
    ids = json.loads((folder / "world.json").read_text())
    with Store.open(folder) as store:  # upgraded once: the digest every state must keep
        digest = store.digest()
    clear_copy = shutil.copytree(folder, folder.parent / "clear-copy")
    seed = int(os.environ.get("H8_KILL_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    timing = shutil.copytree(folder, folder.parent / "timing")  # how long one full run takes
    started = time.monotonic()
    subprocess.run(_encrypt_cmd(timing, secret), capture_output=True, timeout=600, check=True)
    full = time.monotonic() - started
    seen: list[tuple[float, str]] = []
    for _ in range(KILLS):
        proc = subprocess.Popen(_encrypt_cmd(folder, secret), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)  # fmt: skip
        delay = rng.uniform(0.25 * full, full)  # the first ~third is the interpreter starting
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        _, err = proc.communicate()
        why = (seed, round(full, 2), seen)
        assert b"Traceback" not in err, (why, err)
        state = unlocking.protection_of(folder)
        seen.append((round(delay, 2), state.value, proc.returncode))
        assert state in (Protection.CLEAR_LEGACY, Protection.ENCRYPTED), why
        if state is Protection.ENCRYPTED:
            unlocking.unlock(folder, PASSPHRASE)
        with Store.open(folder) as store:  # opens, old or new, with everything in it
            assert store.digest() == digest, why
        session.forget_all()
        if state is Protection.ENCRYPTED:
            _finish_and_check(folder, secret, digest, why)
            shutil.rmtree(folder)
            shutil.copytree(clear_copy, folder)
    _finish_and_check(folder, secret, digest, (seed, seen))
    _done(folder, secret, ids["v10_photos"])


# -- locking ---------------------------------------------------------------------------------
def test_locking_mid_read_finishes_that_read_and_refuses_new_opens(
    v10: tuple[Path, Path],
) -> None:
    """The window's auto-lock (``session.forget``) while a worker reads an original."""
    folder, secret = v10
    ids = json.loads((folder / "world.json").read_text())
    subprocess.run(_encrypt_cmd(folder, secret), capture_output=True, timeout=600, check=True)
    unlocking.unlock(folder, PASSPHRASE)
    sha = ids["v10_photos"][0]
    with Store.open(folder) as store:
        reader = store.blobs.open(sha)
        head = reader.read(70_000)  # past the first sealed chunk
        session.forget(folder)
        rest = reader.read()
        reader.close()
        assert hashlib.sha256(head + rest).hexdigest() == sha
        with pytest.raises(unlocking.StoreLockedError):
            Store.open(folder)
    with pytest.raises(unlocking.StoreLockedError):
        Store.open(folder)


def test_two_processes_on_one_encrypted_store(v10: tuple[Path, Path]) -> None:
    """This process holds the store open; another (the command line) checks and reads it."""
    folder, secret = v10
    subprocess.run(_encrypt_cmd(folder, secret), capture_output=True, timeout=600, check=True)
    unlocking.unlock(folder, PASSPHRASE)
    with Store.open(folder) as store:
        digest = store.digest()
        check = run_json(folder, "--store-passphrase-file", str(secret), "db", "check")
        assert check["ok"], check
        done = run(folder, "db", "check", expect=1, env={PASSPHRASE_FILE_ENV: ""})
        assert "locked" in done.stderr or "passphrase" in done.stderr, done.stderr
        assert store.digest() == digest


# -- bundles across versions -----------------------------------------------------------------
V10_EXPORT = """
import json, sys
from pathlib import Path
from inspect_app.storage.store import Store
from inspect_app.sync import bundle
store = Store.open(Path(sys.argv[1]))
try:
    made = bundle.export_bundle(store, Path(sys.argv[2]))
    print(json.dumps({"replica": store.replica_id, "public_key": store.public_key,
                      "path": str(made.path)}))
finally:
    store.close()
"""
V10_IMPORT = """
import json, sys, traceback
from pathlib import Path
from inspect_app.storage.store import Store
from inspect_app.sync import bundle
store = Store.open(Path(sys.argv[1]))
try:
    bundle.import_bundle(store, Path(sys.argv[2]))
    print(json.dumps({"imported": True}))
except Exception as exc:
    message = getattr(exc, "keyed_message", None)
    print(json.dumps({"imported": False, "type": type(exc).__name__, "text": str(exc),
                      "id": getattr(message, "id", None)}))
finally:
    store.close()
"""


def test_bundles_across_v10_and_this_version(
    v10_tree: Path, v10: tuple[Path, Path], tmp_path: Path
) -> None:
    """A v10 bundle imports into an encrypted laptop (sealed there); v10 refuses a sealed one.

    What v10 says about a sealed bundle is only reported (it cannot be changed now): the
    assertion is that it is a refusal with a message, not a crash, and that nothing changed.
    """
    from inspect_app.storage.protection.sealed_stream import SealWriter
    from inspect_app.sync import bundle, replicas

    folder, secret = v10
    ids = json.loads((folder / "world.json").read_text())
    env = _v10_env(v10_tree)
    made = subprocess.run(
        [sys.executable, "-c", V10_EXPORT, str(folder), str(tmp_path / "v10-bundle.zip")],
        cwd=v10_tree, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    sent = json.loads(made.stdout)
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    unlocking.create_encrypted(laptop, PASSPHRASE)
    with Store.open(laptop) as store:
        replicas.enroll(store, None, sent["replica"], sent["public_key"], "v10 office")
        report = bundle.import_bundle(store, Path(sent["path"]))
        assert report.accepted > 0 and report.quarantined == []
        assert report.photos_received == len(ids["v10_photos"])
        assert store.check().ok
        for sha in ids["v10_photos"]:
            assert is_sealed_file(store.blobs.path(sha))
            assert hashlib.sha256(store.blobs.read_bytes(sha)).hexdigest() == sha
        clear = Path(bundle.export_bundle(store, tmp_path / "back.zip").path)
        assert not is_sealed_file(clear)  # v10 has no box key: clear, with a warning
        sealed = tmp_path / "sealed.zip"
        with open(sealed, "wb") as out:  # a sealed bundle as this version writes them
            writer = SealWriter(out, os.urandom(32), {"bundle": 1, "sender": store.replica_id,
                                                      "recipients": []})  # fmt: skip
            writer.write(clear.read_bytes())
            writer.close()
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    said = subprocess.run(
        [sys.executable, "-c", V10_IMPORT, str(folder), str(sealed)],
        cwd=v10_tree, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert said.returncode == 0 and "Traceback" not in said.stderr, said.stderr
    answer = json.loads(said.stdout)
    assert answer["imported"] is False and answer["type"] == "BundleError", answer
    print("v10 on a sealed bundle:", answer)  # for the report (pytest -s)
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before
