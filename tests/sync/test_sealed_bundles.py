"""Bundles sealed for their recipients (issue 14): a lost USB stick reveals nothing.

Real stores (the suite's default protection), real fixture photos, real bundle files: the
bytes of a sealed bundle hold no party name, credit code, description, JPEG or EXIF marker
and no ZIP header; a recipient imports it and converges; anyone else is refused cleanly; an
altered byte is refused with the store unchanged; a clear bundle of the older format still
imports; "for the office" is sealed for every active replica with a box key.
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest
from fixture_photos import photo_path
from sync_helpers import Fleet, make_fleet, modified_software

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, registry
from inspect_app.storage.keys import box_public_hex
from inspect_app.storage.protection.sealed_stream import MAGIC, read_header
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas
from inspect_app.sync.bundle import BundleError

PARTY = "绵阳某某化工有限公司"
CREDIT_CODE = "91510700MA62X1234D"
DESCRIPTION = "厂区东侧暗管向涪江直排黄色废水"
PHOTOS = ("exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0025.jpg")


@pytest.fixture
def team(tmp_path: Path) -> Fleet:
    """An office and two laptops that have synced once each way (box keys known)."""
    fleet = make_fleet(tmp_path, 3)
    fleet.settle()
    yield fleet
    fleet.close()


def _evidence(fleet: Fleet, at: int = 1) -> str:
    """A finding on laptop ``at`` at a new site, with a description and two GPS photos."""
    store = fleet.stores[at]
    site = registry.add_site(store, fleet.inspector, PARTY, credit_code=CREDIT_CODE).id
    finding = findings.add_finding(
        store, fleet.inspector, fleet.patrol, "water_outfall", site, DESCRIPTION
    ).id
    run_import(store, fleet.inspector, finding, [photo_path(name) for name in PHOTOS])
    return finding


def _header(path: Path) -> dict:
    with open(path, "rb") as f:
        return read_header(f)[0]


def _state(store: Store) -> tuple[str, list[str]]:
    """What an import may change: the store's digest and the files of its photo folder."""
    files = sorted(
        hashlib.sha256(p.read_bytes()).hexdigest()
        for p in store.photos_dir.rglob("*")
        if p.is_file()
    )
    return conflicts.store_digest(store), files


def _problem_id(exc: BundleError) -> str:
    message = exc.keyed_message
    assert message is not None
    return message.params["problem"].id  # type: ignore[union-attr]


def test_a_sealed_bundle_reveals_nothing_and_a_recipient_converges(team: Fleet) -> None:
    office, laptop, _ = team.stores
    _evidence(team)
    made = bundle.export_bundle(laptop, team.bundle_path())
    raw = Path(made.path).read_bytes()
    assert raw.startswith(MAGIC) and made.warning is None
    for secret in (PARTY, CREDIT_CODE, DESCRIPTION):
        assert secret.encode("utf-8") not in raw
        assert json.dumps(secret).encode("ascii") not in raw  # nor as a JSON escape
    for marker in (b"\xff\xd8\xff", b"Exif\x00\x00", b"JFIF", b"PK\x03\x04", b"PK\x01\x02"):
        assert marker not in raw
    for name in PHOTOS:  # not even a run of the photo's bytes
        assert photo_path(name).read_bytes()[4096:4160] not in raw
    report = bundle.import_bundle(office, Path(made.path))
    assert report.accepted > 0 and report.photos_received == len(PHOTOS)
    assert report.quarantined == [] and report.photos_expected == []
    team.send(0, 1)
    assert conflicts.store_digest(office) == conflicts.store_digest(laptop)
    for name in PHOTOS:
        sha = hashlib.sha256(photo_path(name).read_bytes()).hexdigest()
        assert office.blobs.read_bytes(sha) == photo_path(name).read_bytes()


def test_for_the_office_means_every_active_replica_with_a_box_key(team: Fleet) -> None:
    office, a, b = team.stores
    made = bundle.export_bundle(a, team.bundle_path())
    listed = {entry["replica"] for entry in _header(Path(made.path))["recipients"]}
    assert listed == {office.replica_id, a.replica_id, b.replica_id}
    assert _header(Path(made.path))["sender"] == a.replica_id
    assert len(made.sealed_for) == 3
    narrowed = bundle.export_bundle(a, team.bundle_path(), office.replica_id)
    listed = {entry["replica"] for entry in _header(Path(narrowed.path))["recipients"]}
    assert listed == {office.replica_id, a.replica_id}
    replicas.revoke(office, team.lead, b.replica_id)
    from_office = bundle.export_bundle(office, team.bundle_path())
    listed = {entry["replica"] for entry in _header(Path(from_office.path))["recipients"]}
    assert listed == {office.replica_id, a.replica_id}  # a revoked laptop is no recipient


def test_a_laptop_it_is_not_addressed_to_is_refused_and_nothing_changes(team: Fleet) -> None:
    office, a, b = team.stores
    _evidence(team)
    made = bundle.export_bundle(a, team.bundle_path(), office.replica_id)
    before = _state(b)
    with pytest.raises(BundleError, match="not addressed to this laptop") as refused:
        bundle.import_bundle(b, Path(made.path))
    assert _problem_id(refused.value) == "protection.bundle_not_addressed"
    assert "office" in str(refused.value)  # who can open it, by label
    assert "\n" not in str(refused.value)
    assert _state(b) == before
    with pytest.raises(BundleError, match="not addressed"):
        bundle.read_bundle(Path(made.path))  # no reader: nobody to open it
    assert bundle.read_bundle(Path(made.path), None, office).manifest["source"] == a.replica_id


@pytest.mark.parametrize("where", ["header", "first chunk", "middle", "last byte", "cut"])
def test_an_altered_sealed_bundle_is_refused_with_the_store_unchanged(
    team: Fleet, where: str
) -> None:
    office, a, _ = team.stores
    _evidence(team)
    path = Path(bundle.export_bundle(a, team.bundle_path()).path)
    data = bytearray(path.read_bytes())
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4 + length
    if where == "cut":
        data = data[: start + (len(data) - start) // 2]
    else:
        at = {
            "header": len(MAGIC) + 4 + length // 2,
            "first chunk": start + 10,
            "middle": (start + len(data)) // 2,
            "last byte": len(data) - 1,
        }[where]
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    before = _state(office)
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(office, path)
    assert _problem_id(refused.value) in (
        "protection.bundle_seal_broken",
        "protection.bundle_not_addressed",  # a flipped replica id in the header
    )
    assert _state(office) == before


def test_a_clear_bundle_of_the_older_format_still_imports(team: Fleet) -> None:
    office, a, _ = team.stores
    _evidence(team)
    made = bundle.export_bundle(a, team.bundle_path(), unsealed=True)
    raw = Path(made.path).read_bytes()
    assert raw.startswith(b"PK\x03\x04") and made.sealed_for == []
    assert made.warning is not None and made.warning.id == "protection.bundle_clear_asked"
    report = bundle.import_bundle(office, Path(made.path))
    assert report.accepted > 0 and report.photos_received == len(PHOTOS)


def test_a_bundle_is_clear_with_a_warning_only_when_nobody_else_could_open_it(
    tmp_path: Path,
) -> None:
    fleet = make_fleet(tmp_path, 2)  # the office has not heard from the laptop yet
    try:
        office, laptop = fleet.stores
        first = bundle.export_bundle(office, fleet.bundle_path(), laptop.replica_id)
        assert Path(first.path).read_bytes().startswith(b"PK\x03\x04")
        assert first.warning is not None and first.warning.id == "protection.bundle_not_sealed"
        back = bundle.export_bundle(laptop, fleet.bundle_path())  # it knows the office's key
        assert Path(back.path).read_bytes().startswith(MAGIC)
        bundle.import_bundle(office, Path(back.path))
        again = bundle.export_bundle(office, fleet.bundle_path(), laptop.replica_id)
        assert Path(again.path).read_bytes().startswith(MAGIC) and again.warning is None
        alone = Store.open(tmp_path / "alone")
        try:
            solo = bundle.export_bundle(alone, fleet.bundle_path())
            assert solo.warning is not None and solo.warning.id == "protection.bundle_no_recipients"
        finally:
            alone.close()
    finally:
        fleet.close()


def test_box_keys_are_published_by_each_replica_itself(team: Fleet) -> None:
    office, a, _ = team.stores
    own = box_public_hex(a.box_key)
    for store in team.stores:
        row = store.db.conn.execute("SELECT box_key FROM replica WHERE id = ?", [a.replica_id])
        assert row.fetchone()[0] == own
    hostile = box_public_hex(office.box_key)
    swap = Change(OpKind.SET, "replica", a.replica_id, {"box_key": hostile})
    with pytest.raises(ValidationError, match="only replica"):
        office.write([swap], team.lead)
    with modified_software():  # a modified office swaps the laptop's key and sends it on
        office.write([swap], team.lead)
    team.send(0, 2)
    row = team.stores[2].db.conn.execute("SELECT box_key FROM replica WHERE id = ?", [a.replica_id])
    assert row.fetchone()[0] == own  # bundles to the laptop stay sealed to its own key


def test_a_new_laptop_joins_from_an_unsealed_office_bundle_only(
    team: Fleet, tmp_path: Path
) -> None:
    from inspect_app.sync import joining

    office = team.stores[0]
    new = Store.open(tmp_path / "new-laptop")
    try:
        sealed = Path(bundle.export_bundle(office, team.bundle_path()).path)
        with pytest.raises(BundleError, match="not addressed to this laptop") as refused:
            joining.read_offer(new, sealed)
        assert _problem_id(refused.value) == "protection.bundle_not_addressed"
        clear = Path(bundle.export_bundle(office, team.bundle_path(), unsealed=True).path)
        offer = joining.read_offer(new, clear)
        assert offer.officers and offer.code == joining.laptop_code(office.public_key)
    finally:
        new.close()


@pytest.mark.parametrize("size", [0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 5])
def test_the_push_writer_seals_exactly_as_seal_does(size: int) -> None:
    import io
    import os

    from inspect_app.storage.protection.sealed_stream import SealedReader, SealWriter, seal

    key, data = os.urandom(32), os.urandom(size)
    pulled, pushed = io.BytesIO(), io.BytesIO()
    seal(io.BytesIO(data), pulled, key, {"sender": "x"})
    writer = SealWriter(pushed, key, {"sender": "x"})
    for at in range(0, size, 7_000):
        writer.write(data[at : at + 7_000])
    writer.close()
    assert pushed.getvalue() == pulled.getvalue()
    assert SealedReader(io.BytesIO(pushed.getvalue()), lambda _h: key).read() == data
