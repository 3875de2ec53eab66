"""The bundle door (issue 8, section 4): caps, hostile members, streaming import, export safety.

Real replicas (temp SQLite stores enrolled with each other), real fixture photos, real ZIP
files; hostile manifests are re-signed with the source replica's real key so they pass the
signature and exercise the parsing behind it. Every refusal must be a ``BundleError`` with a
one-line message and leave the receiving store and its photo folder byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fixture_photos import photo_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import Fleet, make_fleet

from inspect_app.photos.exif import read_facts
from inspect_app.photos.importer import photo_fields, run_import
from inspect_app.storage import findings
from inspect_app.storage.blobs import BlobMismatchError, BlobStore
from inspect_app.storage.findings import NewPhoto
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import bundle
from inspect_app.sync.bundle import BundleError

SMALL_PHOTO = "exifpy_gps_DSCN0010.jpg"
OTHER_PHOTO = "recurser_Portrait_8.jpg"


# -- helpers ------------------------------------------------------------------------------------


def _meta(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


@dataclass
class Parts:
    """The members of a good bundle, to rebuild it with one thing changed."""

    manifest: dict[str, Any]
    ops: bytes
    photos: dict[str, bytes]

    @classmethod
    def of(cls, path: Path) -> Parts:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            photos = {n: zf.read(n) for n in zf.namelist() if n.startswith("photos/")}
            return cls(manifest, zf.read("ops.jsonl"), photos)

    def lines(self) -> list[bytes]:
        return self.ops.split(b"\n")[:-1]


def write_bundle(
    path: Path,
    store: Store,
    parts: Parts,
    *,
    manifest: dict[str, Any] | None = None,
    manifest_bytes: bytes | None = None,
    ops: bytes | None = None,
    method: int = zipfile.ZIP_STORED,
) -> Path:
    """A bundle signed with ``store``'s real key; members listed afresh unless ``manifest``."""
    ops = parts.ops if ops is None else ops
    if manifest is None:
        members = {"ops.jsonl": _meta(ops), **{n: _meta(b) for n, b in parts.photos.items()}}
        manifest = {**parts.manifest, "members": members}
    if manifest_bytes is None:
        manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", store.key.sign(manifest_bytes).hex())
        zf.writestr("ops.jsonl", ops)
        for name, data in parts.photos.items():
            zf.writestr(name, data)
    return path


def state(store: Store) -> tuple[str, list[str], int]:
    """The SQLite file's bytes (after a checkpoint), every file under photos/, the op count."""
    store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    db = hashlib.sha256((store.data_dir / DB_NAME).read_bytes()).hexdigest()
    files = sorted(
        str(p.relative_to(store.data_dir)) for p in store.data_dir.rglob("*") if p.is_file()
    )
    files = [f for f in files if not f.startswith(DB_NAME)]
    return db, files, store.op_count()


def refused(store: Store, path: Path, match: str | None = None) -> str:
    """Import ``path``; it must be refused with one line and change nothing. Returns the line."""
    before = state(store)
    with pytest.raises(BundleError, match=match) as caught:
        bundle.import_bundle(store, path)
    message = str(caught.value)
    assert message and "\n" not in message and "\r" not in message
    assert state(store) == before
    return message


def attach_bulk(
    store: Store, officer: str, finding: str, count: int, size: int, seed: int = 0
) -> list[str]:
    """``count`` distinct photos of ``size`` bytes (a real JPEG + random tail) on a finding."""
    source = photo_path(SMALL_PHOTO)
    head, facts = source.read_bytes(), read_facts(source)
    blobs, rng, made = store.blobs, random.Random(seed), []
    for i in range(count):
        sha, _ = blobs.put_bytes(head + rng.randbytes(size - len(head)))
        made.append(NewPhoto(sha, photo_fields(facts, f"bulk-{i}.jpg", size)))
    findings.attach_photos(store, officer, finding, made)
    return [p.sha256 for p in made]


def _finding(fleet: Fleet, description: str = "暗管排放") -> str:
    office = fleet.stores[0]
    return findings.add_finding(
        office, fleet.lead, fleet.patrol, "water_outfall", fleet.site, description
    ).id


# ZIP header surgery: (offset, struct format) of fields in a local / central header.
_LOCAL = {
    "flags": (6, "<H"),
    "method": (8, "<H"),
    "crc": (14, "<L"),
    "csize": (18, "<L"),
    "usize": (22, "<L"),
}
_CENTRAL = {
    "flags": (8, "<H"),
    "method": (10, "<H"),
    "crc": (16, "<L"),
    "csize": (20, "<L"),
    "usize": (24, "<L"),
    "offset": (42, "<L"),
}


def patch_member(path: Path, name: str, local: dict[str, int], central: dict[str, int]) -> None:
    """Overwrite header fields of member ``name`` in its local header and/or central entry."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local_at = zf.getinfo(name).header_offset
    encoded = name.encode()
    central_at = next(
        i
        for i in range(len(data))
        if data[i : i + 4] == b"PK\x01\x02" and data[i + 46 : i + 46 + len(encoded)] == encoded
    )
    for fields, base, table in ((local, local_at, _LOCAL), (central, central_at, _CENTRAL)):
        for key, value in fields.items():
            offset, fmt = table[key]
            struct.pack_into(fmt, data, base + offset, value)
    path.write_bytes(bytes(data))


# -- fixtures -----------------------------------------------------------------------------------


@dataclass
class Door:
    """A fleet where the office holds a finding with a real photo, and a good bundle of it."""

    fleet: Fleet
    good: Path
    parts: Parts

    @property
    def office(self) -> Store:
        return self.fleet.stores[0]

    @property
    def laptop(self) -> Store:
        return self.fleet.stores[1]

    def path(self, name: str) -> Path:
        return self.fleet.folder / name


@pytest.fixture(scope="module")
def door(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Door]:
    fleet = make_fleet(tmp_path_factory.mktemp("door"), 3)
    office = fleet.stores[0]
    f = _finding(fleet)
    report = run_import(office, fleet.lead, f, [photo_path(SMALL_PHOTO)])
    assert not report.refused
    findings.edit_finding(office, fleet.lead, f, description="第一行\u2028第二行")
    good = Path(
        bundle.export_bundle(office, fleet.folder / "good.zip", fleet.stores[1].replica_id).path
    )
    yield Door(fleet, good, Parts.of(good))
    fleet.close()


# -- the good path, streamed --------------------------------------------------------------------


def test_rebuilt_good_bundle_imports_and_the_control_works(door: Door) -> None:
    """The rebuild helper makes importable bundles, so the refusals below are the mutation's."""
    third = door.fleet.stores[2]
    rebuilt = write_bundle(door.path("rebuilt.zip"), door.office, door.parts)
    deflated = write_bundle(
        door.path("deflated.zip"), door.office, door.parts, method=zipfile.ZIP_DEFLATED
    )
    verified = bundle.read_bundle(deflated)
    assert verified.photos == [n.removeprefix("photos/") for n in door.parts.photos]
    report = bundle.import_bundle(third, deflated)
    assert report.accepted > 0 and report.photos_received == 1 and report.quarantined == []
    assert bundle.import_bundle(third, rebuilt).accepted == 0  # same ops: nothing new
    sha = verified.photos[0]
    assert third.blobs.read_bytes(sha) == photo_path(SMALL_PHOTO).read_bytes()
    # a line separator inside a description is not a line break of ops.jsonl
    assert any("\u2028" in (f.description or "") for f in _findings(third, door.fleet.patrol))


def _findings(store: Store, patrol: str) -> list[findings.Finding]:
    return [findings.get_finding(store, i) for i in findings.finding_ids(store, patrol)]


def test_import_memory_does_not_grow_with_photo_bytes(tmp_path: Path) -> None:
    fleet = make_fleet(tmp_path, 2)
    try:
        office, laptop = fleet.stores
        f = _finding(fleet)
        shas = attach_bulk(office, fleet.lead, f, count=6, size=8 * 1024 * 1024)
        made = bundle.export_bundle(office, tmp_path / "big.zip", laptop.replica_id)
        assert made.bytes > 48 * 1024 * 1024
        tracemalloc.start()
        try:
            report = bundle.import_bundle(laptop, Path(made.path))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert report.photos_received == 6 and report.photos_expected == []
        assert peak < 6 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for 48 MiB of photos"
        blobs = laptop.blobs  # sealed under the laptop's key in an encrypted store
        assert all(blobs.verify(sha) for sha in shas)
        assert not list(laptop.photos_dir.glob(".incoming-*"))
    finally:
        fleet.close()


def test_a_damaged_later_photo_leaves_no_photo_and_no_temp_file(tmp_path: Path) -> None:
    fleet = make_fleet(tmp_path, 2)
    try:
        office, laptop = fleet.stores
        f = _finding(fleet)
        run_import(office, fleet.lead, f, [photo_path(SMALL_PHOTO), photo_path(OTHER_PHOTO)])
        good = Path(bundle.export_bundle(office, tmp_path / "two.zip", laptop.replica_id).path)
        parts = Parts.of(good)
        last = sorted(parts.photos)[-1]
        damaged = bytearray(parts.photos[last])
        damaged[len(damaged) // 2] ^= 0xFF
        # listed with its true hash, carried with one byte flipped (and a consistent CRC)
        bad = Parts(parts.manifest, parts.ops, {**parts.photos, last: bytes(damaged)})
        path = write_bundle(tmp_path / "damaged.zip", office, bad, manifest=parts.manifest)
        refused(laptop, path, "hash mismatch")
        assert not laptop.photos_dir.exists() or not any(laptop.photos_dir.rglob("*"))
    finally:
        fleet.close()


def test_not_enough_disk_space_is_refused_before_writing(
    door: Door, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Tiny:
        free = 1024

    monkeypatch.setattr(bundle.shutil, "disk_usage", lambda path: Tiny)
    refused(door.laptop, door.good, "not enough free disk space")


# -- the container: caps and ZIP tricks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("cap", "value", "match"),
    [
        ("MAX_MEMBERS", 3, "members, at most 3"),
        ("MAX_MEMBER_BYTES", 1000, "too large"),
        ("MAX_OPS_BYTES", 100, "member ops.jsonl is too large"),
        ("MAX_MANIFEST_BYTES", 100, "member manifest.json is too large"),
        ("MAX_TOTAL_BYTES", 10_000, "uncompressed"),
        ("MAX_CENTRAL_DIRECTORY_BYTES", 100, "ZIP directory is"),
        ("MAX_MANIFEST_VALUES", 5, "more than 5 values"),
        ("MAX_OPS", 2, "more than 2 lines"),
    ],
)
def test_each_cap_refuses_with_one_line(
    door: Door, monkeypatch: pytest.MonkeyPatch, cap: str, value: int, match: str
) -> None:
    monkeypatch.setattr(bundle, cap, value)
    monkeypatch.setitem(bundle._CAPS, "ops.jsonl", bundle.MAX_OPS_BYTES)
    monkeypatch.setitem(bundle._CAPS, "manifest.json", bundle.MAX_MANIFEST_BYTES)
    refused(door.laptop, door.good, match)


def test_a_deflate_bomb_is_refused_by_its_ratio(door: Door) -> None:
    zeros = bytes(20 * 1024 * 1024)
    name = f"photos/{hashlib.sha256(zeros).hexdigest()}"
    parts = Parts(door.parts.manifest, door.parts.ops, {**door.parts.photos, name: zeros})
    path = write_bundle(door.path("bomb.zip"), door.office, parts, method=zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 1024 * 1024
    refused(door.laptop, path, "expands more than 100:1")


@pytest.mark.parametrize(
    ("declared_delta", "match"),
    [(-50_000, "more than its declared"), (50_000, "shorter than its declared")],
)
def test_declared_sizes_cannot_lie(door: Door, declared_delta: int, match: str) -> None:
    """A deflated member whose directory (and manifest) claim another size than it inflates to."""
    noise = random.Random(7).randbytes(200_000)
    name = f"photos/{hashlib.sha256(noise).hexdigest()}"
    parts = Parts(door.parts.manifest, door.parts.ops, {**door.parts.photos, name: noise})
    members = {"ops.jsonl": _meta(parts.ops), **{n: _meta(b) for n, b in parts.photos.items()}}
    members[name]["size"] = len(noise) + declared_delta
    manifest = {**parts.manifest, "members": members}
    path = write_bundle(
        door.path("liar.zip"), door.office, parts, manifest=manifest, method=zipfile.ZIP_DEFLATED
    )
    size = len(noise) + declared_delta
    patch_member(path, name, {"usize": size}, {"usize": size})
    refused(door.laptop, path, match)


@pytest.mark.parametrize(
    ("local", "central", "match"),
    [
        ({"crc": 1234}, {}, "local header disagrees"),
        ({"method": zipfile.ZIP_DEFLATED}, {}, "local header disagrees"),
        ({"flags": 1}, {"flags": 1}, "encrypted"),
        ({"method": zipfile.ZIP_BZIP2}, {"method": zipfile.ZIP_BZIP2}, "compression method 12"),
        ({}, {"usize": 10}, "inconsistent sizes"),
    ],
)
def test_zip_header_tricks_are_refused(
    door: Door, local: dict[str, int], central: dict[str, int], match: str
) -> None:
    path = door.path("tricked.zip")
    path.write_bytes(door.good.read_bytes())
    patch_member(path, "ops.jsonl", local, central)
    refused(door.laptop, path, match)


def test_overlapping_members_are_refused(door: Door) -> None:
    path = door.path("overlap.zip")
    path.write_bytes(door.good.read_bytes())
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo("manifest.sig").file_size
    grown = size + 40  # its data now runs over the next member's local header
    patch_member(
        path, "manifest.sig", {"csize": grown, "usize": grown}, {"csize": grown, "usize": grown}
    )
    refused(door.laptop, path, "overlaps")


def test_duplicate_names_and_path_parts_are_refused(door: Door) -> None:
    twice = door.path("twice.zip")
    twice.write_bytes(door.good.read_bytes())
    with pytest.warns(UserWarning), zipfile.ZipFile(twice, "a") as zf:
        zf.writestr("ops.jsonl", b"")
    refused(door.laptop, twice, "appears twice")
    for evil in ("../evil", "photos/../../x", "/etc/passwd", "photos/" + "a" * 64 + "\n"):
        path = door.path("evil.zip")
        path.write_bytes(door.good.read_bytes())
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr(evil, b"x")
        refused(door.laptop, path, "unexpected member")


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06", b"not a zip at all" * 100])
def test_not_a_zip_is_refused(door: Door, content: bytes) -> None:
    path = door.path("junk.zip")
    path.write_bytes(content)
    refused(door.laptop, path, "not a readable bundle")


def test_truncated_bundle_is_refused(door: Door) -> None:
    data = door.good.read_bytes()
    path = door.path("cut.zip")
    for cut in (len(data) // 3, len(data) - 30):
        path.write_bytes(data[:cut])
        refused(door.laptop, path)


def test_a_line_over_the_cap_is_refused(door: Door) -> None:
    line = json.dumps({"body": "x" * bundle.MAX_LINE_BYTES, "sig": None}).encode()
    ops = door.parts.ops + line + b"\n"
    path = write_bundle(door.path("long-line.zip"), door.office, door.parts, ops=ops)
    refused(door.laptop, path, "longer than 1,048,576 bytes")
    unterminated = write_bundle(
        door.path("long-tail.zip"), door.office, door.parts, ops=door.parts.ops + line
    )
    refused(door.laptop, unterminated, "longer than 1,048,576 bytes")


def test_a_forged_manifest_is_refused_before_its_content_matters(door: Door) -> None:
    stranger = Store.open(door.path("stranger"))
    try:
        path = write_bundle(door.path("forged.zip"), stranger, door.parts)
        refused(door.laptop, path, "signature does not verify")
    finally:
        stranger.close()


def test_a_newer_format_says_to_update(door: Door) -> None:
    manifest = {**door.parts.manifest, "format": 2}
    path = write_bundle(door.path("v2.zip"), door.office, door.parts, manifest=manifest)
    refused(door.laptop, path, "format 2 is not supported.*update the app")


# -- fuzz: manifest.json ------------------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**80), 2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
JUNK = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
BAD_IDS = st.sampled_from(["", " ", "a/b", "x" * 200, "é", "a\nb", "-lead", "a b"])


def _is_seq(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 2**63 - 1


def _deep(depth: int) -> Any:
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


@st.composite
def manifest_mutations(draw: st.DrawFn) -> tuple[str, Any]:
    """(kind, argument) — every one must be refused at the bundle layer."""
    kind = draw(
        st.sampled_from(
            [
                "drop",
                "format",
                "bundle_id",
                "source",
                "public_key",
                "frontier",
                "members",
                "not_object",
                "deep",
                "text",
            ]
        )
    )
    if kind == "drop":
        arg: Any = draw(
            st.sampled_from(["format", "bundle_id", "source", "public_key", "frontier", "members"])
        )
    elif kind == "format":
        arg = draw(JUNK.filter(lambda v: not (type(v) is int and v == 1)))
    elif kind == "bundle_id":
        arg = draw(JUNK.filter(lambda v: not isinstance(v, str)) | BAD_IDS)
    elif kind in ("source", "public_key"):
        arg = draw(JUNK | st.text(alphabet="0123456789abcdef", min_size=32, max_size=64))
    elif kind == "frontier":
        bad_value = JUNK.filter(lambda v: not _is_seq(v)) | st.sampled_from([-1, 2**63, 10**40])
        arg = draw(
            JUNK.filter(lambda v: not isinstance(v, dict)).map(lambda v: ("replace", v))
            | bad_value.map(lambda v: ("value", v))
            | BAD_IDS.map(lambda k: ("key", k))
        )
    elif kind == "members":
        arg = draw(
            JUNK.filter(lambda v: not isinstance(v, dict)).map(lambda v: ("replace", v))
            | st.just(("drop_one", None))
            | st.text("0123456789abcdef", min_size=64, max_size=64).map(lambda h: ("extra", h))
            | JUNK.filter(lambda v: not isinstance(v, dict)).map(lambda v: ("meta", v))
            | (JUNK | st.text("0123456789abcdef", min_size=64, max_size=64)).map(
                lambda v: ("sha256", v)
            )
            | JUNK.filter(lambda v: True).map(lambda v: ("size", v))
        )
    elif kind == "not_object":
        arg = draw(JUNK.filter(lambda v: not isinstance(v, dict)))
    elif kind == "deep":
        arg = draw(st.integers(bundle.MAX_JSON_DEPTH, 300) | st.just(100_000))
    else:
        arg = draw(st.sampled_from(["duplicate", "nan", "latin1", "truncate", "infinity"]))
    return kind, arg


def _mutated_manifest(door: Door, kind: str, arg: Any) -> tuple[dict[str, Any] | None, bytes]:
    manifest = json.loads(json.dumps(door.parts.manifest))
    good_text = json.dumps(manifest, sort_keys=True, ensure_ascii=False)
    if kind == "drop":
        del manifest[arg]
    elif kind in ("format", "bundle_id", "source", "public_key"):
        if manifest[kind] == arg:
            arg = [arg]  # the one value that is not a mutation
        manifest[kind] = arg
    elif kind == "frontier":
        how, value = arg
        if how == "replace":
            manifest["frontier"] = value
        elif how == "value":
            manifest["frontier"][door.office.replica_id] = value
        else:
            manifest["frontier"][value] = 1
    elif kind == "members":
        how, value = arg
        members = manifest["members"]
        photo = next(n for n in members if n.startswith("photos/"))
        if how == "replace":
            manifest["members"] = value
        elif how == "drop_one":
            del members[photo]
        elif how == "extra":
            members[f"photos/{value}"] = {"sha256": value, "size": 1}
        elif how == "meta":
            members[photo] = value
        elif how == "sha256":
            if value == members["ops.jsonl"]["sha256"]:
                value = None
            members["ops.jsonl"]["sha256"] = value
        else:
            if value == members["ops.jsonl"]["size"]:
                value = -1
            members["ops.jsonl"]["size"] = value
    elif kind == "not_object":
        return None, json.dumps(arg).encode()
    elif kind == "deep":
        if arg > 1000:
            text = good_text[:-1] + ', "zz": ' + "[" * arg + "]" * arg + "}"
            return None, text.encode()
        manifest["zz"] = _deep(arg)
    else:
        text = {
            "duplicate": '{"format": 1, ' + good_text[1:],
            "nan": good_text[:-1] + ', "zz": NaN}',
            "infinity": good_text[:-1] + ', "zz": -Infinity}',
            "truncate": good_text[: len(good_text) // 2],
            "latin1": good_text,
        }[arg]
        data = text.encode("utf-8")
        if arg == "latin1":
            data = data[:-1] + b', "zz": "\xe9"}'
        return None, data
    return manifest, json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutation=manifest_mutations())
def test_fuzz_manifest_is_refused_cleanly(door: Door, mutation: tuple[str, Any]) -> None:
    kind, arg = mutation
    manifest, data = _mutated_manifest(door, kind, arg)
    path = write_bundle(
        door.path("fuzz-manifest.zip"),
        door.office,
        door.parts,
        manifest=manifest or door.parts.manifest,
        manifest_bytes=data,
    )
    refused(door.laptop, path)


# -- fuzz: ops.jsonl ----------------------------------------------------------------------------


def _is_object_line(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8")), dict)
    except (ValueError, RecursionError):
        return False


BAD_LINES = st.one_of(
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and not _is_object_line(b)),
    JUNK.filter(lambda v: not isinstance(v, dict)).map(json.dumps),
    st.dictionaries(st.sampled_from(["body", "sig", "x"]), JUNK, max_size=3)
    .filter(lambda d: not isinstance(d.get("body"), str))
    .map(json.dumps),
    st.builds(
        lambda body, sig: json.dumps({"body": body, "sig": sig}),
        st.text(max_size=20),
        JUNK.filter(lambda v: v is not None and not isinstance(v, str)),
    ),
    st.integers(bundle.MAX_JSON_DEPTH, 400).map(
        lambda d: '{"body": "x", "sig": null, "x": ' + "[" * d + "]" * d + "}"
    ),
    st.just("[" * 100_000 + "]" * 100_000),
    st.sampled_from(
        [
            '{"body": "a", "body": "b", "sig": null}',
            '{"body": "a", "sig": null, "x": NaN}',
            '{"body": "\\ud800", "sig": null}',
            '{"body": "a", "sig": "\\udfff"}',
            "",
            "   ",
            "\r",
        ]
    ),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bad=BAD_LINES, where=st.integers(0, 1000), replace=st.booleans())
def test_fuzz_ops_lines_are_refused_cleanly(
    door: Door, bad: str | bytes, where: int, replace: bool
) -> None:
    lines = door.parts.lines()
    raw = bad.encode() if isinstance(bad, str) else bad
    at = where % (len(lines) + (0 if replace else 1))
    lines[at : at + (1 if replace else 0)] = [raw]
    ops = b"".join(line + b"\n" for line in lines)
    path = write_bundle(door.path("fuzz-ops.zip"), door.office, door.parts, ops=ops)
    refused(door.laptop, path, "ops.jsonl")


def test_a_wellformed_line_with_an_invalid_op_is_not_a_bundle_error(door: Door) -> None:
    """Judging ops is receive's job: the bundle layer hands over what is well formed."""
    third = door.fleet.stores[2]
    ops = door.parts.ops + json.dumps({"body": '{"not": "an op"}', "sig": None}).encode() + b"\n"
    path = write_bundle(door.path("odd-op.zip"), door.office, door.parts, ops=ops)
    assert bundle.read_bundle(path).entries[-1] == ('{"not": "an op"}', None)
    bundle.import_bundle(third, path)  # no BundleError (receive decides what to hold)


# -- export: never overwrite, never inside the data folder --------------------------------------


def test_export_refuses_an_existing_file_unless_forced(door: Door) -> None:
    out = door.path("existing.zip")
    out.write_bytes(b"precious")
    with pytest.raises(BundleError, match="already exists.*--force") as caught:
        bundle.export_bundle(door.office, out)
    assert "\n" not in str(caught.value) and out.read_bytes() == b"precious"
    made = bundle.export_bundle(door.office, out, force=True)
    assert bundle.read_bundle(Path(made.path)).manifest["bundle_id"] == made.bundle_id
    folder = door.path("a-folder")
    folder.mkdir()
    with pytest.raises(BundleError, match="is not a regular file"):
        bundle.export_bundle(door.office, folder, force=True)


def test_export_never_writes_inside_the_data_folder(door: Door) -> None:
    office = door.office
    link = door.path("link-to-data")
    link.symlink_to(office.data_dir, target_is_directory=True)
    before = sorted(office.data_dir.rglob("*"))
    for out in (
        office.data_dir / "bundle.zip",
        office.photos_dir / "bundle.zip",
        link / "bundle.zip",
        office.data_dir / ".." / office.data_dir.name / "bundle.zip",
    ):
        with pytest.raises(BundleError, match="inside the data folder"):
            bundle.export_bundle(office, out, force=True)
    assert sorted(office.data_dir.rglob("*")) == before


def test_export_removes_its_own_stale_temp_files_only(door: Door) -> None:
    folder = door.path("stick")
    folder.mkdir()
    old = time.time() - 2 * bundle.STALE_EXPORT_SECONDS
    stale = folder / ".b.zip.deadbeef.tmp"
    young = folder / ".b.zip.cafebabe.tmp"
    other = folder / ".other.zip.deadbeef.tmp"
    unrelated = folder / ".b.zip.notes.tmp"
    for path in (stale, young, other, unrelated):
        path.write_bytes(b"partial")
    for path in (stale, other, unrelated):
        os.utime(path, (old, old))
    assert bundle.leftover_export_temps(folder) == sorted([stale, young, other])
    bundle.export_bundle(door.office, folder / "b.zip")
    assert not stale.exists() and young.exists() and other.exists() and unrelated.exists()
    assert bundle.leftover_export_temps(folder, "b.zip") == [young]
    assert bundle.leftover_export_temps(folder / "missing") == []


# -- the blob store's streaming put -------------------------------------------------------------


class _Chunks:
    def __init__(self, data: bytes, step: int = 1000) -> None:
        self.data, self.step, self.at = data, step, 0

    def read(self, size: int) -> bytes:
        out = self.data[self.at : self.at + min(size, self.step)]
        self.at += len(out)
        return out


@pytest.mark.parametrize(
    ("announce", "match"),
    [
        (lambda d: (hashlib.sha256(d + b"!").hexdigest(), len(d)), "do not match"),
        (lambda d: (hashlib.sha256(d).hexdigest(), len(d) - 1), "longer than"),
        (lambda d: (hashlib.sha256(d).hexdigest(), len(d) + 1), "do not match"),
    ],
)
def test_put_stream_refuses_a_mismatch_and_leaves_nothing(
    tmp_path: Path, announce: Callable[[bytes], tuple[str, int]], match: str
) -> None:
    blobs = BlobStore(tmp_path / "photos")
    data = photo_path(SMALL_PHOTO).read_bytes()
    sha, size = announce(data)
    with pytest.raises(BlobMismatchError, match=match):
        blobs.put_stream(_Chunks(data), sha, size)
    assert list((tmp_path / "photos").rglob("*")) == []


def test_put_stream_and_stage(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "photos")
    data = photo_path(SMALL_PHOTO).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    staged = blobs.stage(_Chunks(data), sha, len(data))
    assert staged.temp.exists() and not blobs.has(sha)
    staged.discard()
    staged.discard()
    assert list((tmp_path / "photos").rglob("*")) == []
    assert blobs.put_stream(_Chunks(data), sha, len(data)) == (sha, True)
    assert blobs.put_stream(_Chunks(data)) == (sha, False)
    assert blobs.verify(sha) and [p.name for p in (tmp_path / "photos").rglob("*")] == [
        sha[:2],
        sha,
    ]
