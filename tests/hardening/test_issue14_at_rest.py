"""Issue 14's acceptance, end to end: a lost laptop or USB stick gives nothing away.

One encrypted laptop is set up as a team uses it (``tests/document_world.py``: agency, a lead
and an inspector with certificates, a party with its credit code and address, a finding with
the real fixture photos — every GPS one —, an on-site record signed by the party, an issued
and signed notice), a backup of its store is made, and a full bundle is exported for a
second encrypted laptop. Then the raw bytes of **every** file under the data folder (with the
store open: its ``-wal`` and ``-shm`` too; and after closing) and of the bundle are searched
for what must not be readable: the party's name, its legal representative, credit code,
address and phone, the description and order texts, the officers' names, JPEG start markers,
``Exif``/``JFIF``/HEIC markers, the SQLite header, a ZIP header, an unencrypted private key.

Allowed, each on purpose (see :data:`ALLOWED`):

- the team CA's **public certificate** (``pki/team-ca.cert.pem``) names the agency (a public
  authority, not a party): it is handed out with every signed document so that anyone can
  check the signature. It must name no party and no officer.
- the team CA's private key (``pki/team-ca.key.pem``) and the officers' PKCS#12 files are
  encrypted under their own passphrases (PKCS#8 / PKCS#12 with PBES2, AES-256) since issue
  11; they hold no case data. The test checks that the key is an *encrypted* PEM.
- file **names** under ``photos/`` and ``derived/`` are SHA-256 digests of the plaintext (the
  issue keeps content addressing): whoever already holds a photo can tell that it is here;
  nothing of a photo's content can be learnt from its name.

Also: the originals come out byte-exact (on the laptop, and on the recipient after the
bundle); ``db check`` is green and says the store is encrypted; a wrong passphrase (and no
passphrase) is refused with a clear message and changes no byte of any file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import document_world
import pytest
from cli_helpers import run
from fixture_photos import photo_path

from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import migrations
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.protection import kdf, session, unlocking
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas

PASSPHRASE = "外业笔记本口令-2026"
OTHER_PASSPHRASE = "第二台笔记本口令-2026"
WRONG_PASSPHRASE = "这不是口令-2026"

GPS_PHOTOS = (
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_gps_DSCN0012.jpg",
    "exifpy_gps_DSCN0021.jpg",
    "exifpy_gps_DSCN0025.jpg",
    "exifpy_gps_DSCN0027.jpg",
    "exifpy_iphone6_gps_west.jpg",
    "exifpy_nokia_8_3_gps.jpg",
)
PHOTOS = (*GPS_PHOTOS, "recurser_Landscape_6.jpg", "recurser_Portrait_8.jpg", "pillow_hopper.heic")

# What the world (document_world.build, make_record, sign_record) types in, UTF-8.
CASE_TEXT = {
    "party name": "遂宁某某化工有限公司",
    "legal representative": "王某某",
    "credit code": "91350100M000100Y43",
    "party address": "四川省遂宁市船山区工业园区8号",
    "description": "雨水排放口有黄褐色废水直排涪江",
    "order": "立即停止通过雨水排放口排放生产废水",
    "record narrative": "检查雨水排放口，发现黄褐色废水外排",
    "on-site person": "刘某（环保专员）",
    "on-site phone": "13800000000",
    "patrol area": "涪江船山段",
    "drawn signature": '{"w":1000,"h":400,"strokes":[[',
    "GPS latitude read from a photo": "43.467448",
    "lead's name": "张三",
    "inspector's name": "李四",
    "agency": "遂宁市生态环境局",
}
MARKERS = {
    "Exif header": b"Exif\x00\x00",
    "JFIF header": b"JFIF\x00",
    "HEIC brand": b"ftypheic",
    "SQLite header": b"SQLite format 3\x00",
    "ZIP local header": b"PK\x03\x04",
    "ZIP directory end": b"PK\x05\x06",
    "PDF header": b"%PDF-",
    "unencrypted private key": b"-----BEGIN PRIVATE KEY-----",
    "unencrypted RSA key": b"-----BEGIN RSA PRIVATE KEY-----",
    "unencrypted EC key": b"-----BEGIN EC PRIVATE KEY-----",
}
# A JPEG starts FF D8 FF then a segment marker; three bytes alone turn up by chance in
# ciphertext once per 16 MiB, so a hit counts when the first segment's length also lands
# on the next marker's FF (a chance match: ~1 in 10^10 per byte; real JPEGs always do).
JPEG_START = re.compile(rb"\xff\xd8\xff[\xc0-\xfe]")

ALLOWED: dict[str, set[str]] = {
    # public certificate of the team CA: names the agency (a public authority; the
    # certificate goes out with every signed document). Nothing else.
    "pki/team-ca.cert.pem": {"agency"},
}
"""Per file (relative to the data folder): needles allowed in it, and why (see above)."""

PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----\r?\n(.*?)-----END \1-----", re.S)


def jpeg_starts(data: bytes) -> list[int]:
    """Offsets where a JPEG file starts in ``data`` (SOI, a marker, a length to the next)."""
    found = []
    for hit in JPEG_START.finditer(data):
        length_at = hit.end()
        if length_at + 2 > len(data):
            continue
        following = length_at + int.from_bytes(data[length_at : length_at + 2], "big")
        if following < len(data) and data[following] == 0xFF:
            found.append(hit.start())
    return found


def readable(data: bytes, secrets: dict[str, bytes] | None = None) -> set[str]:
    """The needles (names of :data:`CASE_TEXT`, :data:`MARKERS`, ``secrets``, ``JPEG``) in
    ``data``.

    PEM blocks are searched decoded as well (base64 hides nothing from a finder).
    """
    views = [data]
    for block in PEM_BLOCK.finditer(data):
        with contextlib.suppress(ValueError):
            views.append(base64.b64decode(block.group(2), validate=False))
    hits: set[str] = set()
    for view in views:
        hits |= {name for name, text in CASE_TEXT.items() if text.encode("utf-8") in view}
        hits |= {name for name, marker in MARKERS.items() if marker in view}
        hits |= {name for name, secret in (secrets or {}).items() if secret in view}
        if jpeg_starts(view):
            hits.add("JPEG start")
    return hits


def leaks(files: dict[str, bytes], secrets: dict[str, bytes] | None = None) -> dict[str, set[str]]:
    """Per file (relative path): the needles (and ``secrets``) found and not allowed for it."""
    found = {}
    for name, data in files.items():
        hits = readable(data, secrets) - ALLOWED.get(name, set())
        if hits:
            found[name] = hits
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (recursively), relative POSIX path → raw bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` → SHA-256 of its bytes (what "nothing changed" compares)."""
    return {name: hashlib.sha256(data).hexdigest() for name, data in snapshot(folder).items()}


@dataclass
class Laptop:
    """The set-up laptop A and what its folder held while its store was open."""

    data_dir: Path
    passphrase_file: Path
    photo_ids: dict[str, str]
    """fixture file name → SHA-256 (the blob's name)."""
    while_open: dict[str, bytes] = field(default_factory=dict)
    secrets: dict[str, bytes] = field(default_factory=dict)
    """The replica's private keys and the data key, raw and as hex: never in a file."""


def _secrets_of(store: Store) -> dict[str, bytes]:
    """The private keys inside the store (``meta``) and the folder's data key, raw and hex."""
    found = {}
    rows = store.db.conn.execute("SELECT key, value FROM meta WHERE key LIKE '%private%'")
    for key, value in rows.fetchall():
        found[f"{key} (hex)"] = value.encode("ascii")
        found[f"{key} (raw)"] = bytes.fromhex(value)
    assert {"replica_private_key (raw)", "replica_box_private_key (raw)"} <= set(found)
    assert store.data_key is not None
    found["data key (raw)"] = store.data_key.raw
    found["data key (hex)"] = store.data_key.raw.hex().encode("ascii")
    return found


@dataclass
class Carried:
    """A's full bundle on the USB stick, imported by laptop B."""

    bundle: Path
    b_dir: Path


def _unlocked(folder: Path, passphrase: str) -> Store:
    """Open an encrypted folder unlocked with ``passphrase`` (whatever the suite's env says)."""
    unlocking.unlock(folder, passphrase)
    return Store.open(folder)


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Laptop]:
    """Set up laptop A once (see the module docstring); its key forgotten after."""
    root = tmp_path_factory.mktemp("issue14")
    passphrase_file = root / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    a_dir = root / "a" / "data"
    with pytest.MonkeyPatch.context() as env:
        env.setenv(kdf.PROFILE_ENV, "fast")
        env.setenv(PASSPHRASE_FILE_ENV, str(passphrase_file))
        a_dir.mkdir(parents=True)
        unlocking.create_encrypted(a_dir, PASSPHRASE)
        files = [photo_path(name) for name in PHOTOS]
        document_world.build(a_dir, files)
        world = document_world.open_world(a_dir)
        try:
            record = document_world.make_record(world)
            document_world.sign_record(world, record)
            document_world.issue(world)
            migrations.backup(world.store.db, a_dir / "backups", "issue14")
            world.store.box_key  # noqa: B018 — made on first use: make it, to look for it
            secrets = _secrets_of(world.store)
            while_open = snapshot(a_dir)  # the store open: its -wal and -shm are there
        finally:
            world.store.close()
    session.forget_all()
    photo_ids = {
        name: hashlib.sha256(path.read_bytes()).hexdigest()
        for name, path in zip(PHOTOS, files, strict=True)
    }
    yield Laptop(a_dir, passphrase_file, photo_ids, while_open, secrets)
    session.forget_all()


@pytest.fixture(scope="module")
def carried(laptop: Laptop) -> Iterator[Carried]:
    """A full bundle of A for the office (B enrolled and known to A), imported by B."""
    root = laptop.data_dir.parent.parent
    b_dir = root / "b" / "data"
    with pytest.MonkeyPatch.context() as env:
        env.setenv(kdf.PROFILE_ENV, "fast")
        b_dir.mkdir(parents=True)
        unlocking.create_encrypted(b_dir, OTHER_PASSPHRASE)
        with _unlocked(laptop.data_dir, PASSPHRASE) as a, Store.open(b_dir) as b:
            lead = a.setting("current_officer")
            replicas.enroll(b, None, a.replica_id, a.public_key, "A")
            replicas.enroll(a, lead, b.replica_id, b.public_key, "B")
            # B's first bundle tells A B's box key (the recipient key of sealed bundles)
            bundle.import_bundle(a, Path(bundle.export_bundle(b, root / "b-to-a.bundle").path))
            out = root / "usb" / "a-for-office.bundle"
            out.parent.mkdir()
            made = bundle.export_bundle(a, out)
            bundle.import_bundle(b, Path(made.path))
    session.forget_all()
    yield Carried(Path(made.path), b_dir)
    session.forget_all()


def test_the_scan_finds_what_it_looks_for() -> None:
    """The scanner itself: a clear photo, a clear store file, a PEM and the text are found."""
    from PIL import Image

    photo = photo_path("exifpy_gps_DSCN0010.jpg").read_bytes()
    assert {"JPEG start", "Exif header"} <= readable(b"noise" + photo)
    made = io.BytesIO()
    Image.new("RGB", (8, 8)).save(made, "JPEG")  # as thumbnails are written: JFIF
    assert readable(made.getvalue()) == {"JPEG start", "JFIF header"}
    assert "HEIC brand" in readable(photo_path("pillow_hopper.heic").read_bytes())
    assert "party name" in readable("某某 遂宁某某化工有限公司 x".encode())
    pem = (
        b"-----BEGIN CERTIFICATE-----\n"
        + base64.encodebytes("张三".encode())
        + (b"-----END CERTIFICATE-----\n")
    )
    assert readable(pem) == {"lead's name"}
    noise = os.urandom(1 << 20)
    assert jpeg_starts(noise + made.getvalue()) == [len(noise)]


def test_every_file_in_the_data_folder_is_unreadable(laptop: Laptop) -> None:
    """No case text or file marker in any file under the folder: open, then closed."""
    assert any(name.endswith("-wal") for name in laptop.while_open), "the store was open"
    assert any(name.startswith("backups/") for name in laptop.while_open)
    assert any(name.startswith("derived/") for name in laptop.while_open)
    assert leaks(laptop.while_open, laptop.secrets) == {}
    closed = snapshot(laptop.data_dir)
    assert leaks(closed, laptop.secrets) == {}
    key = closed["pki/team-ca.key.pem"]
    assert key.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")


def test_photos_are_stored_and_named_as_promised(laptop: Laptop) -> None:
    """Every photo is a file named by its plaintext SHA-256; none holds its plaintext."""
    for name, sha in laptop.photo_ids.items():
        stored = laptop.data_dir / "photos" / sha[:2] / sha
        assert stored.is_file(), name
        original = photo_path(name).read_bytes()
        assert original[16:4096] not in stored.read_bytes(), name


def test_the_bundle_on_the_usb_stick_is_unreadable(carried: Carried) -> None:
    """The exported bundle: no case text, no JPEG, no ZIP structure in its bytes."""
    data = carried.bundle.read_bytes()
    assert len(data) > sum(len(photo_path(n).read_bytes()) for n in PHOTOS) // 2
    assert readable(data) == set()


def test_the_recipient_laptop_is_unreadable_too(carried: Carried) -> None:
    """B received every photo and op of A: its folder gives nothing away either."""
    files = snapshot(carried.b_dir)
    assert sum(1 for name in files if name.startswith("photos/")) >= len(PHOTOS)
    assert leaks(files) == {}


def _originals_out(folder: Path, passphrase: str, photo_ids: dict[str, str], out: Path) -> None:
    """Read, copy out and seek in every original of ``folder``; compare with the fixtures."""
    with _unlocked(folder, passphrase) as store:
        blobs = BlobStore(store.photos_dir, store.data_key)
        for name, sha in photo_ids.items():
            original = photo_path(name).read_bytes()
            assert blobs.read_bytes(sha) == original, name
            target = out / name
            blobs.copy_out(sha, target)
            assert target.read_bytes() == original, name
            with blobs.open(sha) as reader:
                reader.seek(len(original) // 2)
                assert reader.read(100) == original[len(original) // 2 :][:100]
    session.forget_all()


def test_originals_come_out_byte_exact(laptop: Laptop, tmp_path: Path) -> None:
    """On the laptop, each original is what the camera wrote (read, copied out, seeked)."""
    _originals_out(laptop.data_dir, PASSPHRASE, laptop.photo_ids, tmp_path)


def test_originals_come_out_byte_exact_on_the_recipient(
    laptop: Laptop, carried: Carried, tmp_path: Path
) -> None:
    """After the sealed bundle, B's originals are byte-identical to the fixtures too."""
    _originals_out(carried.b_dir, OTHER_PASSPHRASE, laptop.photo_ids, tmp_path)


def test_db_check_is_green_and_says_encrypted(laptop: Laptop) -> None:
    """``db check`` through the command line, unlocked from the passphrase file."""
    env = {PASSPHRASE_FILE_ENV: str(laptop.passphrase_file)}
    report = json.loads(run(laptop.data_dir, "--json", "db", "check", env=env).stdout)
    assert report["ok"] is True, report
    assert "encrypted" in json.dumps(report.get("protection"), ensure_ascii=False), report
    assert run(laptop.data_dir, "db", "check", env=env).stdout.strip()


def test_a_wrong_passphrase_is_refused_and_changes_nothing(
    laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrong passphrase or none: a clear refusal; every file's bytes and the file set stay."""
    session.forget_all()
    folder = laptop.data_dir
    before = digests(folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(WRONG_PASSPHRASE + "\n", encoding="utf-8")

    with pytest.raises(unlocking.WrongPassphraseError) as refused:
        unlocking.unlock(folder, WRONG_PASSPHRASE)
    assert str(folder) in str(refused.value)
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(wrong))
    with pytest.raises(unlocking.WrongPassphraseError):
        Store.open(folder)
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)
    with pytest.raises(unlocking.StoreLockedError):
        Store.open(folder)

    # the command line: exit 1, one keyed line, no traceback (run() checks that)
    for args in (("db", "check"), ("finding", "list")):
        done = run(folder, *args, expect=1, env={PASSPHRASE_FILE_ENV: str(wrong)})
        assert done.stderr.startswith(("error: ", "错误：")), done.stderr
        assert done.stderr.count("\n") == 1, done.stderr

    # without the key SQLite sees no database at all (not merely an altered header)
    conn = sqlite3.connect(str(folder / "inspect.sqlite3"))
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()

    assert digests(folder) == before
    assert session.key_for(folder) is None


def test_a_copy_without_its_key_file_says_so(laptop: Laptop, tmp_path: Path) -> None:
    """Someone deletes ``protection.json`` from a copy: a keyed refusal naming it, no crash."""
    copy = tmp_path / "copy"
    shutil.copytree(laptop.data_dir, copy)
    (copy / "protection.json").unlink()
    env = {PASSPHRASE_FILE_ENV: str(laptop.passphrase_file)}
    done = run(copy, "db", "check", expect=1, env=env)
    assert "protection.json" in done.stderr, done.stderr


def test_the_hub_folder_is_unreadable_even_with_a_partial_upload(tmp_path: Path) -> None:
    """An encrypted hub on 127.0.0.1: a push cut off mid-photo leaves ``partial/`` sealed.

    The laptop sends the first 300 kB of a GPS photo over HTTP and stops (as a lost
    connection does); the hub's folder — partial upload included — holds nothing readable.
    The push then finishes: the hub's copy is sealed and verifies.
    """
    from hub_fixtures import add_finding_with_photos, make_world

    from inspect_app.sync import hub_client
    from inspect_app.sync.hub_client import HubSession

    with pytest.MonkeyPatch.context() as env:
        env.setenv(kdf.PROFILE_ENV, "fast")
        for name in ("hub", "laptop-a", "laptop-b"):
            (tmp_path / name).mkdir()
            unlocking.create_encrypted(tmp_path / name, f"{name} 的口令-2026")
        world = make_world(tmp_path)
    try:
        big = "exifpy_nokia_8_3_gps.jpg"
        description = CASE_TEXT["description"]
        add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [big], description)
        data = photo_path(big).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        hub_dir = world.hub.data_dir
        with HubSession(world.a, world.url) as upload:
            upload.hello()
            assert upload.photo_offset(sha) == ("absent", 0)
            answer = upload.put_chunk(sha, 0, len(data), data[:300_000])
            assert answer.status_code < 300, answer.text
        partials = [p for p in (hub_dir / "partial").rglob("*") if p.is_file()]
        assert partials, "the cut-off upload left a partial file"
        assert leaks(snapshot(hub_dir)) == {}
        pushed = hub_client.push(world.a, world.url)
        assert pushed["ok"], pushed
        assert BlobStore(world.hub.photos_dir, world.hub.data_key).read_bytes(sha) == data
        assert leaks(snapshot(hub_dir)) == {}
        assert leaks(snapshot(world.a.data_dir)) == {}
    finally:
        world.close()
        session.forget_all()
