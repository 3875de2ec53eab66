"""Evidence and derived files sealed under the data key (issue 14): nothing readable at rest.

Real fixture photos (with GPS) are imported into an encrypted store through the real import
(worker processes); then the raw bytes of every file under ``photos/`` and ``derived/`` are
searched for what a photo gives away. Originals still come out byte-exact; an altered sealed
file is reported altered and read as a keyed error; the same photo twice is one file.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixture_photos import photo_path
from PIL import Image
from store_team import Team, make_team

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.exif import read_facts
from inspect_app.photos.importer import derivatives, photo_fields, run_import
from inspect_app.storage import findings
from inspect_app.storage.blobs import BlobState, BlobStore
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.sealed_appends import AppendFile
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import Store

GPS_PHOTOS = ("exifpy_gps_DSCN0010.jpg", "exifpy_iphone6_gps_west.jpg", "recurser_Portrait_8.jpg")
PASSPHRASE = "河长巡查 2026 口令"


@pytest.fixture
def sealed_store(tmp_path: Path) -> Iterator[Store]:
    """A store set up encrypted whatever the suite's default (its key unlocked here)."""
    data = tmp_path / "data"
    data.mkdir()
    unlocking.create_encrypted(data, PASSPHRASE)
    with Store.open(data) as store:
        assert store.data_key is not None
        yield store
    session.forget(data)


@pytest.fixture
def team(sealed_store: Store) -> Team:
    return make_team(sealed_store)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def _give_aways(original: bytes) -> list[bytes]:
    """What a photo's bytes would show: EXIF and JFIF markers, and 32-byte windows of it.

    Markers of 5 bytes and more only: a 3-byte one (the SOI ``FF D8 FF``) turns up by chance
    in a few MB of ciphertext (p ≈ size / 2^24); a JPEG starting the file is checked apart.
    """
    windows = [original[i : i + 32] for i in range(0, len(original) - 32, 997)]
    return [b"Exif\x00\x00", b"JFIF\x00", *windows]


def _import(team: Team, names: tuple[str, ...]) -> list[str]:
    store = team.store
    finding = findings.add_finding(
        store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排放"
    )
    report = run_import(store, team.lead.id, finding.id, [photo_path(n) for n in names])
    assert report.refused == []
    return [p.sha256 for p in report.imported]


def test_nothing_of_a_photo_is_readable_under_photos_or_derived(team: Team) -> None:
    store = team.store
    shas = _import(team, GPS_PHOTOS)
    made = derivatives(store)
    for sha in shas:  # the print copies an import makes after its batch, made now
        made.ensure(sha, store.blobs.opener(sha))
    files = _files(store.photos_dir) + _files(store.derived_dir)
    assert len(_files(store.photos_dir)) == len(GPS_PHOTOS)
    assert len(_files(store.derived_dir)) == 2 * len(GPS_PHOTOS)  # thumbnail + print copy
    needles = [n for name in GPS_PHOTOS for n in _give_aways(photo_path(name).read_bytes())]
    derived_jpegs = [made.thumbnail_bytes(s) for s in shas] + [made.print_bytes(s) for s in shas]
    needles += [n for data in derived_jpegs if data for n in _give_aways(data)]
    for path in files:
        raw = path.read_bytes()
        assert raw.startswith(b"IASEAL\x01\n"), path  # not a JPEG (FF D8 FF) from byte 0
        found = [n[:8] for n in needles if n in raw]
        assert found == [], (path, found)
    # … and everything reads back through the key
    for sha in shas:
        thumb = Image.open(io.BytesIO(made.thumbnail_bytes(sha) or b""))
        assert max(thumb.size) == 256
        assert store.blobs.state(sha) is BlobState.OK
    assert store.check().ok


def test_exported_original_is_byte_identical(team: Team, tmp_path: Path) -> None:
    (sha,) = _import(team, ("exifpy_iphone6_gps_west.jpg",))
    out = tmp_path / "out.jpg"
    team.store.blobs.copy_out(sha, out)
    original = photo_path("exifpy_iphone6_gps_west.jpg").read_bytes()
    assert out.read_bytes() == original
    assert team.store.blobs.read_bytes(sha) == original
    assert team.store.blobs.size(sha) == len(original)
    assert findings.get_photo(team.store, sha).size_bytes == len(original)
    with team.store.blobs.open(sha) as f:  # seekable: a reader jumps about (Pillow, zipfile)
        f.seek(len(original) - 100)
        assert f.read() == original[-100:]
        f.seek(70_000)
        assert f.read(10) == original[70_000:70_010]


def test_a_flipped_byte_is_altered_and_read_as_a_keyed_error(team: Team, tmp_path: Path) -> None:
    (sha,) = _import(team, ("exifpy_gps_DSCN0010.jpg",))
    path = team.store.blobs.path(sha)
    path.chmod(0o600)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    assert team.store.blobs.state(sha) is BlobState.ALTERED
    assert team.store.blobs.verify(sha) is False
    with pytest.raises(SealedFileError) as raised:
        team.store.blobs.read_bytes(sha)
    assert raised.value.keyed_message is not None
    assert raised.value.keyed_message.id == ProtectMsg.FILE_ALTERED.id
    with pytest.raises(SealedFileError):
        team.store.blobs.copy_out(sha, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
    report = team.store.check()
    assert not report.ok and [s for s, _ in report.photo_problems] == [sha]


def test_a_sealed_file_renamed_over_another_fails_authentication(team: Team) -> None:
    """The file key is bound to the name: one photo's file under another's name is altered."""
    first, second = _import(team, ("exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg"))
    blobs = team.store.blobs
    target = blobs.path(second)
    target.chmod(0o600)
    target.write_bytes(blobs.path(first).read_bytes())
    assert blobs.state(second) is BlobState.ALTERED
    with pytest.raises(SealedFileError):
        blobs.read_bytes(second)


def test_the_same_photo_twice_is_one_file(team: Team, tmp_path: Path) -> None:
    renamed = tmp_path / "renamed.jpg"
    renamed.write_bytes(photo_path("exifpy_gps_DSCN0010.jpg").read_bytes())
    first = _import(team, ("exifpy_gps_DSCN0010.jpg",))
    sealed = team.store.blobs.path(first[0]).read_bytes()
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "再次导入"
    )
    report = run_import(team.store, team.lead.id, finding.id, [renamed])
    assert [p.sha256 for p in report.imported] == first and not report.imported[0].created
    assert [p.name for p in _files(team.store.photos_dir)] == first
    assert team.store.blobs.path(first[0]).read_bytes() == sealed  # never rewritten


def test_a_clear_blob_in_an_encrypted_store_is_read_reported_and_sealed(team: Team) -> None:
    """What ``db encrypt`` meets half-way: a clear original is readable, reported, sealed."""
    source = photo_path("recurser_Landscape_6.jpg")
    data = source.read_bytes()
    sha, _ = BlobStore(team.store.photos_dir).put_bytes(data)  # written clear, as before
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "旧照片"
    )
    blobs = team.store.blobs
    findings.attach_photos(
        team.store,
        team.lead.id,
        finding.id,
        [findings.NewPhoto(sha, photo_fields(read_facts(source), source.name, len(data)))],
    )
    assert blobs.is_clear(sha) and blobs.read_bytes(sha) == data
    assert blobs.state(sha) is BlobState.CLEAR and blobs.verify(sha)
    problems = team.store.check().photo_problems
    assert [(s, m.id) for s, m in problems] == [(sha, ProtectMsg.EVIDENCE_NOT_SEALED.id)]
    assert blobs.seal_clear(sha) is BlobState.OK
    assert not blobs.is_clear(sha) and blobs.read_bytes(sha) == data
    assert blobs.seal_clear(sha) is BlobState.OK  # twice: nothing to do
    assert team.store.check().ok


def test_a_sealed_file_without_the_key_is_a_keyed_refusal(team: Team) -> None:
    (sha,) = _import(team, ("exifpy_gps_DSCN0010.jpg",))
    with pytest.raises(SealedFileError) as raised:
        BlobStore(team.store.photos_dir).read_bytes(sha)
    assert raised.value.keyed_message is not None
    assert raised.value.keyed_message.id == ProtectMsg.FILE_LOCKED.id


@pytest.mark.parametrize("announced", [True, False], ids=["announced", "unannounced"])
def test_streams_are_sealed_in_one_pass_or_spooled_sealed(tmp_path: Path, announced: bool) -> None:
    blobs = BlobStore(tmp_path / "photos", DataKey.generate())
    data = os.urandom(200_000) + b"\xff\xd8\xff JFIF Exif\x00\x00"
    sha = hashlib.sha256(data).hexdigest()
    staged = blobs.stage(io.BytesIO(data), sha if announced else None, len(data))
    temps = _files(blobs.root)
    assert len(temps) == 1 and data[:64] not in temps[0].read_bytes()
    assert b"JFIF" not in temps[0].read_bytes()
    assert staged.sha256 == sha and staged.commit()
    assert blobs.read_bytes(sha) == data and _files(blobs.root) == [blobs.path(sha)]


def test_derived_files_are_sealed_and_rebuilt_the_same(tmp_path: Path) -> None:
    key = DataKey.generate()
    originals = BlobStore(tmp_path / "photos", key)
    sha, _ = originals.put_file(photo_path("recurser_Portrait_8.jpg"))
    sealed, clear = Derivatives(tmp_path / "derived", key), Derivatives(tmp_path / "plain")
    sealed.ensure(sha, originals.opener(sha))
    clear.ensure(sha, photo_path("recurser_Portrait_8.jpg"))
    assert sealed.thumbnail_bytes(sha) == clear.thumbnail_path(sha).read_bytes()
    assert sealed.print_bytes(sha) == clear.print_path(sha).read_bytes()
    assert sealed.thumbnail_path(sha).read_bytes().startswith(b"IASEAL")
    # a clear derived folder (an older version's) is sealed in place by db encrypt
    upgraded = Derivatives(tmp_path / "plain", key)
    assert upgraded.seal_clear() == 2 and upgraded.seal_clear() == 0
    assert upgraded.thumbnail_bytes(sha) == sealed.thumbnail_bytes(sha)


def test_hub_partial_uploads_are_sealed_piece_by_piece(tmp_path: Path) -> None:
    key = DataKey.generate()
    data = photo_path("exifpy_gps_DSCN0010.jpg").read_bytes()
    part = AppendFile(tmp_path / "x.part", key, "partial/x.part")
    for start in range(0, len(data), 100_000):
        assert part.append(data[start : start + 100_000]) == min(start + 100_000, len(data))
    raw = part.path.read_bytes()
    assert not [n for n in _give_aways(data) if n in raw]
    with part.path.open("ab") as torn:  # a power cut in the middle of the next piece
        torn.write(b"\x00\x01\x00\x00" + os.urandom(40))
    assert part.size() == len(data)
    with part.open() as plain:
        assert plain.read() == data
    blobs = BlobStore(tmp_path / "photos", key)
    with part.open() as plain:
        sha, created = blobs.put_stream(plain, hashlib.sha256(data).hexdigest())
    assert created and blobs.read_bytes(sha) == data
