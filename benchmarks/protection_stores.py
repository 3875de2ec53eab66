"""The data folders of ``benchmarks/protection.py``: clear and encrypted, built once, copied.

Stores of each size are kept under ``/tmp/inspect-bench-stores/protection-*`` (rebuilt when
the code that writes them changes): the clear one through the app's own write path, then
compacted; the encrypted one is a copy of it encrypted in place by ``db encrypt`` (the same
data on both sides). New folders of either side are set up with ``unlocking.create_clear`` /
``unlocking.create_encrypted``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cold_start import _FIRMS, _PLACES, _WHAT, CACHE  # noqa: E402
from benchmarks.photo_import_rate import PHOTOS  # noqa: E402

PASSPHRASE = "benchmark passphrase 基准口令"
"""The passphrase of every encrypted benchmark folder (also in each cache's ``passphrase``)."""
BUNDLE_PHOTOS = 20
PER_PATROL = 50
BUILDER_VERSION = "1"
CLEAR_SOURCES = ("inspect_app/storage/migrations.py",)
"""A cached clear store is rebuilt when these change (the schema)."""
ENCRYPTED_SOURCES = (
    "inspect_app/storage/database.py",
    "inspect_app/storage/protection/migrate.py",
    "inspect_app/storage/protection/keyfile.py",
    "inspect_app/storage/sealed_files.py",
    "inspect_app/storage/blobs.py",
)
"""…and a cached encrypted one when these change too (how it is encrypted)."""


# -- data folders -----------------------------------------------------------------------------
def set_up(folder: Path, side: str, kdf_profile: str) -> None:
    """Make ``folder`` a new data folder of ``side`` (clear or encrypted), key unlocked here.

    Raises:
        ValueError: an unknown side.
    """
    from inspect_app.storage.protection import unlocking

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if side == "clear":
        unlocking.create_clear(folder)
    elif side == "encrypted":
        _with_profile(kdf_profile, lambda: unlocking.create_encrypted(folder, PASSPHRASE))
    else:
        raise ValueError(side)


def _with_profile(profile: str, action: Callable[[], Any]) -> Any:
    """Run ``action`` with ``INSPECT_APP_KDF_PROFILE`` = ``profile`` (``standard``: unset)."""
    from inspect_app.storage.protection.kdf import PROFILE_ENV

    before = os.environ.pop(PROFILE_ENV, None)
    if profile == "fast":
        os.environ[PROFILE_ENV] = "fast"
    try:
        return action()
    finally:
        os.environ.pop(PROFILE_ENV, None)
        if before is not None:
            os.environ[PROFILE_ENV] = before


def fresh_copy(cached: Path, scratch: Path, side: str) -> Path:
    """Copy a cached data folder into ``scratch``; an encrypted copy's key is held unlocked.

    The copy is the same store (same key file), so the key unlocked once for the cache is
    remembered for the copy too: no Argon2id run per copy.
    """
    from inspect_app.storage.protection import session, unlocking

    target = Path(tempfile.mkdtemp(dir=scratch)) / "data"
    shutil.copytree(cached / "data", target)
    if side == "encrypted":
        key = session.key_for(cached / "data") or unlocking.unlock(cached / "data", PASSPHRASE)
        session.remember(target, key)
    return target


def at_rest(folder: Path) -> str:
    """What ``folder`` really holds: the store file's first bytes, sealed evidence files."""
    from inspect_app.storage.protection.sealed_stream import is_sealed_file

    store_file = folder / "inspect.sqlite3"
    head = store_file.read_bytes()[:16] if store_file.exists() else b""
    state = "clear SQLite" if head.startswith(b"SQLite format 3") else "not SQLite (encrypted)"
    files = [p for d in ("photos", "derived") for p in (folder / d).rglob("*") if p.is_file()]
    sealed = sum(1 for p in files if is_sealed_file(p))
    return f"store file {state}; {sealed} of {len(files)} photo/derived files sealed"


def _source_key(names: tuple[str, ...]) -> str:
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for name in names:
        path = ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:12]


def build_store(folder: Path, size: int) -> dict[str, str]:
    """Fill a set-up data folder with ``size`` ops: findings in patrols of 50, 20 real photos.

    Written through the one write path (batches of 1000), Chinese names and descriptions,
    200 parties; the photos through the app's import. Returns the lead's, the newest
    patrol's and a finding's ids.
    """
    import random

    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.photos.importer import import_photos
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.store import Store
    from tests.fixture_photos import fixtures_root

    rng = random.Random(14)
    with Store.open(folder) as store:
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        store.set_setting("current_officer", lead)
        sites = [
            registry.add_site(
                store, lead, f"{rng.choice(_PLACES)}市{n:03d}{rng.choice(_FIRMS)}有限公司"
            ).id
            for n in range(200)
        ]
        batch: list[Change] = []
        patrol = ""
        made = 0
        first_finding = ""
        while store.op_count() + len(batch) < size - BUNDLE_PHOTOS:
            if made % PER_PATROL == 0:
                if batch:
                    store.write(batch, lead)
                    batch = []
                patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead]).id
            finding = new_id()
            first_finding = first_finding or finding
            data = {
                "patrol_id": patrol,
                "site_id": rng.choice(sites),
                "category": "water_outfall",
                "description": f"{rng.choice(_WHAT)}（{rng.choice(_PLACES)}段）",
                "observed_at": f"2026-05-01T10:{made % 60:02d}:00+08:00",
                "severity": rng.choice(["minor", "major", "serious"]),
                "status": "open",
            }
            batch.append(Change(OpKind.CREATE, "finding", finding, data))
            made += 1
            if len(batch) >= 1000:
                store.write(batch, lead)
                batch = []
        if batch:
            store.write(batch, lead)
        photos = [fixtures_root() / "photos" / name for name in PHOTOS]
        photos = (photos * 3)[:BUNDLE_PHOTOS]
        with tempfile.TemporaryDirectory() as tmp:  # distinct copies: distinct blobs
            distinct = []
            for n, source in enumerate(photos):
                data = source.read_bytes()
                text = f"bundle copy {n}".encode()
                segment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
                target = Path(tmp) / f"{n:02d}_{source.name}"
                target.write_bytes(data[:2] + segment + data[2:])
                distinct.append(target)
            list(import_photos(store, lead, first_finding, distinct, workers=1))
        return {"lead": lead, "patrol": patrol, "finding": first_finding}


def cached_store(size: int, side: str, kdf_profile: str) -> tuple[Path, dict[str, str]]:
    """The cache folder of a built store of ``size`` ops and ``side``; (folder, its ids).

    The folder holds ``data/`` (the data folder), ``passphrase`` and ``ids.json``. The clear
    store is built through the app's write path, then compacted (``VACUUM``); the encrypted
    one is the same store encrypted in place by ``db encrypt``
    (:func:`inspect_app.storage.protection.migrate.encrypt`), whose time is kept in
    ``encrypt.json`` — the same data on both sides, both compacted. Rebuilt when the code
    that writes them changed.
    """
    clear = CACHE / f"protection-clear-{size}-{_source_key(CLEAR_SOURCES)}"
    if not (clear / ".complete").exists():
        for stale in CACHE.glob(f"protection-clear-{size}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        clear.mkdir(parents=True)
        (clear / "passphrase").write_text(PASSPHRASE + "\n", encoding="utf-8")
        started = time.perf_counter()
        print(f"  building the clear store of {size:,} ops…", file=sys.stderr, flush=True)
        set_up(clear / "data", "clear", kdf_profile)
        ids = build_store(clear / "data", size)
        (clear / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
        _compact(clear / "data" / "inspect.sqlite3")
        print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        (clear / ".complete").write_text("ok\n")
    ids = json.loads((clear / "ids.json").read_text(encoding="utf-8"))
    if side == "clear":
        return clear, ids
    folder = CACHE / (
        f"protection-encrypted-{kdf_profile}-{size}-"
        f"{_source_key(CLEAR_SOURCES + ENCRYPTED_SOURCES)}"
    )
    if not (folder / ".complete").exists():
        for stale in CACHE.glob(f"protection-encrypted-{kdf_profile}-{size}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.copy2(clear / "passphrase", folder / "passphrase")
        shutil.copy2(clear / "ids.json", folder / "ids.json")
        shutil.copytree(clear / "data", folder / "data")
        (folder / "data" / "protection.json").unlink()  # a clear store of an older version
        print(f"  encrypting a copy ({size:,} ops, db encrypt)…", file=sys.stderr, flush=True)
        started = time.perf_counter()
        _with_profile(kdf_profile, lambda: _encrypt_in_place(folder / "data"))
        seconds = time.perf_counter() - started
        (folder / "encrypt.json").write_text(json.dumps({"seconds": seconds}), encoding="utf-8")
        print(f"  encrypted in {seconds:.0f} s", file=sys.stderr, flush=True)
        (folder / ".complete").write_text("ok\n")
    return folder, ids


def _compact(path: Path) -> None:
    """``VACUUM`` a clear store file (as ``db encrypt``'s export leaves the encrypted one)."""
    from inspect_app.sqlite_engine import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def _encrypt_in_place(folder: Path) -> None:
    """``db encrypt`` on ``folder``: the store, the evidence and the derived files."""
    from inspect_app.photos.derivatives import Derivatives
    from inspect_app.storage.protection import migrate

    def seal_derived(data_dir: Path, key: Any) -> int:
        return Derivatives(data_dir / "derived", key).seal_clear()

    migrate.encrypt(folder, PASSPHRASE, seal_derived=seal_derived)
