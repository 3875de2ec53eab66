"""An encrypted hub (issue 14): ``hub serve --store-passphrase-file FILE`` in its own process.

A real ``inspect-app hub serve`` on 127.0.0.1 (port 0) over an encrypted hub folder; two
encrypted laptops sync with it over HTTP. The hub's passphrase is given only by the option
(the variable is removed from its environment); its store file holds nothing readable after.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hub_fixtures import add_finding_with_photos

from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.protection import session
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV, Protection
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.hub_refusals import REFUSALS_FILE

PARTY = "某某化工有限公司"
CREDIT_CODE = "91350100M000100Y43"
DESCRIPTION = "雨水排口有暗管排放废水，现场气味刺鼻"
HUB_PASSPHRASE = "办公室集线器 hub passphrase"
LAPTOP_PASSPHRASE = "laptop 口令 for the hub tests"


def _passphrase_file(folder: Path, name: str, passphrase: str) -> Path:
    path = folder / name
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


def _serve(hub: Path, passphrase_file: Path | None) -> subprocess.Popen[str]:
    """``inspect-app --data-dir HUB [--store-passphrase-file F] hub serve --port 0``."""
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_FILE_ENV}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    option = ["--store-passphrase-file", str(passphrase_file)] if passphrase_file else []
    return subprocess.Popen(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(hub), *option]
        + ["hub", "serve", "--port", "0"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _url(process: subprocess.Popen[str]) -> str:
    """The address the hub announces on stderr (waits up to a minute)."""
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    said = []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        said.append(line)
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            return found.group(0)
    raise AssertionError("the hub did not start: " + "".join(said))


@dataclass
class Folders:
    """The hub's folder and passphrase file, the laptops' folders, the finding A wrote."""

    hub: Path
    hub_secret: Path
    a: Path
    b: Path
    finding: str


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Folders]:
    """An encrypted hub folder (its own passphrase) and two encrypted laptops, enrolled."""
    hub_secret = _passphrase_file(tmp_path, "hub-passphrase.txt", HUB_PASSPHRASE)
    laptop_secret = _passphrase_file(tmp_path, "laptop-passphrase.txt", LAPTOP_PASSPHRASE)
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(hub_secret))
    hub = Store.open(tmp_path / "hub")
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(laptop_secret))
    a = Store.open(tmp_path / "laptop-a")
    b = Store.open(tmp_path / "laptop-b")
    assert {s.protection for s in (hub, a, b)} == {Protection.ENCRYPTED}
    agency = registry.add_agency(a, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(a, "张三", "51090012345", agency.id, "lead").id
    replicas.enroll(hub, None, a.replica_id, a.public_key, "laptop A")
    replicas.enroll(hub, None, b.replica_id, b.public_key, "laptop B")
    replicas.enroll(a, lead, hub.replica_id, hub.public_key, "office hub")
    replicas.enroll(b, None, hub.replica_id, hub.public_key, "office hub")
    site = registry.add_site(a, lead, PARTY, credit_code=CREDIT_CODE).id
    patrol = patrols.add_patrol(a, lead, "2026-11-30", "fujiang", [lead]).id
    finding = add_finding_with_photos(
        a, lead, patrol, site, ["exifpy_gps_DSCN0010.jpg"], DESCRIPTION
    )
    for store in (hub, a, b):
        store.close()
    session.forget(hub.data_dir)  # the hub process unlocks it with its own option
    yield Folders(hub.data_dir, hub_secret, a.data_dir, b.data_dir, finding)
    session.forget(hub.data_dir)


def test_an_encrypted_hub_serves_two_encrypted_laptops_over_http(
    folders: Folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = _serve(folders.hub, folders.hub_secret)
    try:
        url = _url(hub)
        with Store.open(folders.a) as a:
            pushed = hub_client.push(a, url, timeout=30)
            assert pushed["ok"] and pushed["photos_sent"] == 1
        with Store.open(folders.b) as b:
            pulled = hub_client.pull(b, url, timeout=30)
            assert pulled["ok"] and pulled["photos_received"] == 1
            got = findings.get_finding(b, folders.finding)
            assert got.description == DESCRIPTION
    finally:
        hub.send_signal(signal.SIGINT)
        _, err = hub.communicate(timeout=60)
    assert "Traceback" not in err
    for name in (DB_NAME, DB_NAME + "-wal", REFUSALS_FILE):
        path = folders.hub / name
        if not path.exists():
            continue
        raw = path.read_bytes()
        assert not raw.startswith(b"SQLite format 3"), name
        for secret in (PARTY, CREDIT_CODE, DESCRIPTION):
            assert secret.encode("utf-8") not in raw, (name, secret)
    # the hub's folder opens again with its passphrase, and holds what laptop A pushed
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(folders.hub_secret))
    with Store.open(folders.hub) as reopened:
        assert findings.get_finding(reopened, folders.finding).description == DESCRIPTION
        assert reopened.check().ok


@pytest.mark.parametrize("given", ["wrong", "none"])
def test_a_hub_without_its_passphrase_does_not_start(
    folders: Folders, tmp_path: Path, given: str
) -> None:
    wrong = _passphrase_file(tmp_path, "wrong.txt", "not the hub's passphrase")
    before = (folders.hub / DB_NAME).read_bytes()
    hub = _serve(folders.hub, wrong if given == "wrong" else None)
    out, err = hub.communicate(timeout=120)
    assert hub.returncode != 0 and "Traceback" not in err
    if given == "wrong":
        assert "the passphrase does not unlock" in err
    else:
        assert "is encrypted and locked" in err and "--store-passphrase-file" in err
    assert "listening" not in err.lower() and not out
    assert (folders.hub / DB_NAME).read_bytes() == before
