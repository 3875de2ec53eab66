"""Stores encrypted by the SQLCipher versions keep working; new stores are AEGIS-256.

The versions of schema v11–v12 encrypted the store with SQLCipher 4 (through ``sqlcipher3``);
this version's engine is SQLite3 Multiple Ciphers, whose AEGIS-256 page cipher new stores use
(``inspect_app/sqlite_engine.py``). A store written by that older code itself (``git
archive`` of ``SQLCIPHER_COMMIT``, run in a subprocess on the suite's passphrase file) must
open here with its data, photos and ``db check`` intact, take new writes, change its
passphrase, make backups — and still open in the older version afterwards (the pages this
engine writes in the ``sqlcipher`` scheme are SQLCipher 4's). A store made here is not SQLite
on disk, names its cipher in its key file (format 2), and the older version refuses it with a
keyed message instead of calling it damaged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from old_versions import extract_sources, old_version_env

from inspect_app.storage import findings
from inspect_app.storage.database import SQLITE_HEADER, connect
from inspect_app.storage.protection import keyfile
from inspect_app.storage.protection.status import protection_status
from inspect_app.storage.store import Store

SQLCIPHER_COMMIT = "90793c8e19598387e455a75baaed5788b307d161"
"""The last commit whose engine is SQLCipher 4 (schema v12): the older laptop's sources."""

OLD_LAPTOP = """
import json, sys
from pathlib import Path
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import Store
from sync.hub_fixtures import add_finding_with_photos

folder, step = Path(sys.argv[1]), sys.argv[2]
out = {}
try:
    store = Store.open(folder)
except Exception as exc:  # the refusal a person would see
    print(json.dumps({"refused": str(exc), "type": type(exc).__name__}))
    raise SystemExit(0)
try:
    if step == "make":
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        patrol = patrols.add_patrol(store, lead, "2026-11-30", "fujiang", [lead]).id
        site = registry.add_site(store, lead, "某某化工有限公司",
                                 credit_code="91350100M000100Y43").id
        out["finding"] = add_finding_with_photos(store, lead, patrol, site,
                                                 ["exifpy_gps_DSCN0010.jpg"], "废水直排")
        out.update(lead=lead, patrol=patrol)
    out["findings"] = sorted(r[0] for r in store.db.conn.execute(
        "SELECT description FROM finding"))
    out["ok"] = store.check().ok
finally:
    store.close()
print(json.dumps(out))
"""


@pytest.fixture
def old_code(tmp_path: Path) -> Any:
    """Run ``OLD_LAPTOP`` with the sources of :data:`SQLCIPHER_COMMIT`; its JSON answer."""
    tree = extract_sources(SQLCIPHER_COMMIT, tmp_path / "old-code")
    env = old_version_env(tree)

    def run(folder: Path, step: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", OLD_LAPTOP, str(folder), step],
            cwd=tree, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))

    return run


def _key_file(folder: Path) -> dict[str, Any]:
    return dict(json.loads((folder / keyfile.KEY_FILE).read_text(encoding="utf-8")))


def test_a_store_the_sqlcipher_version_wrote_keeps_working_here_and_there(
    tmp_path: Path, old_code: Any
) -> None:
    folder = tmp_path / "data"
    made = old_code(folder, "make")
    assert made["ok"] and made["findings"] == ["废水直排"]
    assert _key_file(folder)["format"] == 1 and "store_cipher" not in _key_file(folder)
    with Store.open(folder) as store:
        assert store.check().ok  # every op, every photo re-hashed through decryption
        descriptions = [r[0] for r in store.db.conn.execute("SELECT description FROM finding")]
        assert descriptions == ["废水直排"]
        findings.add_finding(store, made["lead"], made["patrol"], "air", None, "扬尘")
        status = protection_status(folder)
        assert status.line.params["cipher"] == "SQLCipher 4 / AES-256"
        backup = tmp_path / "backup.sqlite3"
        store.db.execute("VACUUM INTO ?", [str(backup)])
    key = keyfile.load(folder)
    assert key is not None and key.store_cipher == keyfile.SQLCIPHER_4
    with Store.open(folder) as store:
        assert store.check().ok
        assert store.db.conn.execute("SELECT count(*) FROM finding").fetchone()[0] == 2
    # the backup is encrypted the same way (no SQLite header), under the same key
    assert backup.read_bytes()[:16] != SQLITE_HEADER
    from inspect_app.storage.protection import session

    data_key = session.key_for(folder)
    assert data_key is not None and data_key.store_cipher == keyfile.SQLCIPHER_4
    copy = connect(backup, key=data_key)
    try:
        assert copy.execute("SELECT count(*) FROM finding").fetchone()[0] == 2
    finally:
        copy.close()
    # written back as format 1, still readable by the version that made it
    assert _key_file(folder)["format"] == 1
    again = old_code(folder, "read")
    assert again["ok"] and again["findings"] == ["废水直排", "扬尘"]


def test_a_new_store_is_aegis_and_the_sqlcipher_version_refuses_it_by_name(
    tmp_path: Path, old_code: Any
) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert (folder / "inspect.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    written = _key_file(folder)
    assert (written["format"], written["store_cipher"]) == (2, keyfile.AEGIS_256)
    assert protection_status(folder).line.params["cipher"] == "AEGIS-256"
    refused = old_code(folder, "read")
    assert refused.get("type") == "StoreError", refused
    assert "protection.json" in refused["refused"]  # its key file, not a damaged store
