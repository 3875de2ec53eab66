"""Bundle files (同步包): one signed ZIP that carries ops and the photos they need.

Layout (format 1)::

    manifest.json   format, bundle id, source replica and public key, app and schema versions,
                    the source's frontier (highest seq per origin replica), and the SHA-256 and
                    size of every other member
    manifest.sig    Ed25519 signature (hex) of manifest.json's bytes by the source replica
    ops.jsonl       one {"body": canonical op JSON, "sig": hex} per line, in the source's log order
    photos/<sha256> original photo bytes, named by their hash

**Sealed for its recipients** (issue 14, :mod:`inspect_app.sync.bundle_seal`): the ZIP above,
unchanged and still signed by the sender, is written through a sealed stream (AES-256-GCM
chunks under a random file key, wrapped by HPKE for each recipient's box key) so it never
exists in clear on disk; import recognises the magic, unwraps this replica's entry and reads
the ZIP through a seekable :class:`~inspect_app.storage.protection.sealed_stream.SealedReader`
— every check below runs unchanged on the plaintext. A clear ZIP (an older version, a bundle
for a new laptop joining, or one nobody else could open) still imports.

Export writes under a temporary name beside the output (``.<name>.<hex>.tmp``), fsyncs,
renames, then reads the file back and verifies it before saying it is done (a pulled USB stick
leaves either a valid bundle or none). It refuses to replace an existing file unless forced and
never writes inside the data folder.

Import is a door for hostile input and streams: memory does not grow with the photo bytes.

1. The ZIP's end record and central directory are checked against the caps below **before**
   the directory is parsed (so a directory of millions of entries is never loaded); then every
   member: its name (no path parts, no duplicates), no encryption, stored or deflated only,
   its size and compression ratio, and its local header (it must agree with the central
   directory; members must not overlap).
2. ``manifest.json`` (size, JSON nesting depth, duplicate keys) and its signature are verified,
   then its shape; its member list must match the ZIP's exactly, size for size.
3. For an import, the source must be enrolled here with the manifest's key.
4. ``ops.jsonl`` is streamed line by line (line length and nesting capped, each line an object
   with a text ``body`` and a text-or-null ``sig``) and hashed.
5. Each photo is streamed from the ZIP into a temp file of the photo store while it is hashed;
   a member that decompresses to more than its declared size is cut off and refused. Only when
   **every** member verified are the photos renamed into place (content-addressed, so
   harmless) and the ops handed to :func:`~inspect_app.storage.receive.receive` in one
   transaction, byte-exact as read. Staging rather than a verify pass and a copy pass reads
   each byte of the bundle once (half the I/O from a USB stick) and leaves no window in which
   the file could change between the check and the copy.

Any refusal is a :class:`BundleError` whose message is one line, raised before the store or
the photo store changes (temp files of the refused import are removed). Importing the same
bundle again is a no-op. Every refusal is keyed (``Msg.FILE_PROBLEM``: the bundle's
path and a ``bundle.*`` problem), so the window and the command line say it in Chinese.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import struct
import time
import uuid
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from inspect_app import __version__
from inspect_app.domain.entities import FILE_FIELDS
from inspect_app.domain.errors import InspectError, StoreError, ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.common import Msg
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.blobs import (
    CHUNK_SIZE,
    BlobMismatchError,
    BlobStore,
    StagedBlob,
    file_references_sql,
    fsync_directory,
)
from inspect_app.storage.database import write_transaction
from inspect_app.storage.hygiene import check_output_path
from inspect_app.storage.keyed_reasons import keyed_item
from inspect_app.storage.keys import verify
from inspect_app.storage.migrations import SCHEMA_VERSION
from inspect_app.storage.protection.sealed_stream import (
    MAGIC,
    SealedReader,
    SealError,
    SealWriter,
    is_sealed,
)
from inspect_app.storage.receive import (
    ReceiveReport,
    frontier,
    ops_missing_from,
    peer_frontier,
    receive,
    remember_peer,
    trusted_key,
)
from inspect_app.storage.store import Store
from inspect_app.sync.bundle_seal import (
    NotAddressedError,
    SealHeaderError,
    bundle_recipients,
    key_opener,
    replica_name,
    seal_header,
)

FORMAT = 1
"""The bundle format this app writes and reads."""

_MiB = 1024 * 1024

MAX_MEMBER_BYTES = 512 * _MiB
"""Largest photo member (512 MiB): far above any camera photo or signed PDF."""
MAX_PHOTOS = 50_000
"""Most photo members in one bundle (about ten times what :data:`MAX_TOTAL_BYTES` holds of
3 MB camera photos)."""
MAX_MEMBERS = MAX_PHOTOS + 3
"""Most members in one bundle: the photos plus manifest.json, manifest.sig and ops.jsonl."""
MAX_TOTAL_BYTES = 16 * 1024 * _MiB
"""Most uncompressed bytes in one bundle (16 GiB): bounds the disk one bundle can fill."""
MAX_CENTRAL_DIRECTORY_BYTES = 8 * _MiB
"""Largest ZIP central directory (about 150 bytes per member at :data:`MAX_MEMBERS`). It is
checked from the end record before :mod:`zipfile` reads the directory, so a directory of
millions of tiny entries (each one a Python object) is never loaded."""
MAX_MANIFEST_BYTES = 16 * _MiB
"""Largest manifest.json (about 180 bytes per member at :data:`MAX_MEMBERS`)."""
MAX_MANIFEST_VALUES = 8 * MAX_MEMBERS
"""Most JSON values in manifest.json (counted cheaply as commas and brackets before parsing):
a legitimate manifest has about 4 per member; ``[[],[],…]`` would otherwise turn 16 MiB of
text into hundreds of MB of Python objects."""
MAX_SIGNATURE_BYTES = 1024
"""Largest manifest.sig (an Ed25519 signature is 128 hex characters)."""
MAX_OPS_BYTES = 256 * _MiB
"""Largest ops.jsonl (about 350 000 ops of 740 bytes). It is the one member held in memory
(as the list of op texts handed to ``receive`` in one transaction), so this also bounds the
import's memory for ops."""
MAX_OPS = 1_000_000
"""Most lines in ops.jsonl: bounds the per-op memory of a file of tiny lines."""
MAX_LINE_BYTES = 1 * _MiB
"""Longest line of ops.jsonl. The largest op the write path makes (a drawn signature of at
most 200 000 characters, escaped twice) is well under half of this."""
MAX_COMPRESSION_RATIO = 100
"""Highest uncompressed : compressed ratio of a deflated member (export stores members
uncompressed; photos and ops JSON deflate at most about 10 : 1; zip bombs at 1000 : 1)."""
MAX_JSON_DEPTH = 32
"""Deepest nesting of arrays and objects in manifest.json (3 levels) and in an ops.jsonl line
(1 level). The op bodies inside the lines are judged by ``receive``."""
MAX_ID_CHARS = 128
"""Longest replica id, bundle id or frontier key in a manifest (ids are 32 hex characters)."""
MAX_SEQ = 2**63 - 1
"""Largest sequence number in a frontier (SQLite's INTEGER)."""
FREE_SPACE_MARGIN = 64 * _MiB
"""Free disk space an import keeps beyond the photos it stores (for the database's growth)."""
STALE_EXPORT_SECONDS = 600.0
"""An export temp file of the same output not modified for this long is a killed export's
leftover; :func:`export_bundle` removes it (a younger one may be another export at work)."""

_PHOTO_NAME = re.compile(r"photos/[0-9a-f]{64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(rf"[0-9A-Za-z][0-9A-Za-z_.:-]{{0,{MAX_ID_CHARS - 1}}}")
_EXPORT_TEMP = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{8,32}\.tmp")
_FIXED = {"manifest.json", "manifest.sig", "ops.jsonl"}
_CAPS = {
    "manifest.json": MAX_MANIFEST_BYTES,
    "manifest.sig": MAX_SIGNATURE_BYTES,
    "ops.jsonl": MAX_OPS_BYTES,
}
_ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000  # traditional, strong, central directory
_UTF8_FLAG = 0x0800
_DATA_DESCRIPTOR_FLAG = 0x0008
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_END_RECORD = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_END_RECORD = struct.Struct("<4sQ2H2L4Q")
_KEEP_ALIVE_SECONDS = 60.0


class BundleError(InspectError):
    """A bundle that is refused: damaged, truncated, foreign-signed or malformed."""


@dataclass
class ExportReport:
    """What an export wrote: the file, its size in bytes, and how many ops and photos.

    ``sealed_for`` names the replicas that can open it (empty: written clear); ``warning``
    says why it is clear, or who was left out (see :func:`~.bundle_seal.bundle_recipients`).
    """

    path: str
    bytes: int
    ops: int
    photos: int
    bundle_id: str
    sealed_for: list[str] = field(default_factory=list)
    warning: Message | None = None


@dataclass
class ImportReport:
    """What an import did (``ReceiveReport`` plus photos and the bundle's origin).

    Each ``quarantined`` item carries its reason in English (``reason``) and keyed
    (``keyed``, see :func:`~inspect_app.storage.keyed_reasons.keyed_item`).
    """

    bundle_id: str
    source: str
    accepted: int = 0
    duplicate: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, str]] = field(default_factory=list)
    conflicts_opened: int = 0
    photos_received: int = 0
    photos_expected: list[str] = field(default_factory=list)


@dataclass
class VerifiedBundle:
    """A bundle that passed every check, without its photo bytes.

    Attributes:
        manifest: the verified manifest.
        entries: the ops as (body JSON text, signature hex or None), byte-exact as read.
        photos: the SHA-256 of every photo it carries (each one verified).
    """

    manifest: dict[str, Any]
    entries: list[tuple[str, str | None]]
    photos: list[str]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _line(text: object) -> str:
    """``text`` on one line (a refusal is one line, whatever a library or a name held)."""
    return " ".join(str(text).splitlines())


def _refused(path: Path, problem: Message) -> BundleError:
    """A :class:`BundleError` whose message is one line naming the bundle."""
    return BundleError(Msg.FILE_PROBLEM(path=_line(path), problem=problem))


def _error_text(exc: BaseException) -> str:
    """What the operating system or a library said, on one line."""
    return _line(getattr(exc, "strerror", None) or exc)


def _problem(exc: InspectError) -> Message | str:
    """An error as a message parameter: its keyed message, else its English on one line."""
    return exc.keyed_message if exc.keyed_message is not None else _line(exc)


# Entities whose id is the SHA-256 of a file carried beside the ops (photo, signed PDF).
BLOB_ENTITIES = ("photo", "document")


def _photos_of(bodies: list[Any]) -> set[str]:
    """SHA-256s of the files the ops refer to (held ops of a newer version may be odd: skipped)."""
    shas: set[str] = set()
    for body in bodies:
        if not isinstance(body, dict):
            continue
        if body.get("entity") in BLOB_ENTITIES:
            shas.add(body.get("id"))  # type: ignore[arg-type]
        data = body.get("data")
        if isinstance(data, dict):  # a clip, extract, scan, consent or leaving photo
            for name in FILE_FIELDS.get(str(body.get("entity")), ()):
                shas.add(data.get(name))  # type: ignore[arg-type]
        if body.get("kind") == "add" and isinstance(data, dict):
            for members in data.values():
                if isinstance(members, list):
                    shas.update(m for m in members if isinstance(m, str))
    return {s for s in shas if isinstance(s, str) and _SHA256.fullmatch(s)}


# -- export -----------------------------------------------------------------------------------


def leftover_export_temps(folder: Path, name: str | None = None) -> list[Path]:
    """Temp files that killed exports left in ``folder`` (``.<name>.<hex>.tmp``).

    Args:
        folder: where bundles were written (a USB stick, a share).
        name: only the leftovers of the bundle file with this name (None: of any bundle).

    Returns:
        Their paths, sorted; empty when the folder cannot be read.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = []
    for entry in entries:
        match = _EXPORT_TEMP.fullmatch(entry.name)
        if match and (name is None or match["name"] == name):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    found.append(Path(entry.path))
    return sorted(found)


def _check_destination(store: Store, out: Path, force: bool) -> None:
    """The one output-path rule (:func:`~inspect_app.storage.hygiene.check_output_path`)."""
    try:
        check_output_path(out, store.data_dir, force)
    except ValidationError as exc:
        raise BundleError(exc.keyed_message or str(exc)) from None


def _too_large(what: Message) -> BundleError:
    return BundleError(SyncMsg.BUNDLE_TOO_LARGE(what=what, option="--for"))


def _targets(for_replica: str | Sequence[str] | None) -> list[str] | None:
    if for_replica is None:
        return None
    found = [for_replica] if isinstance(for_replica, str) else list(for_replica)
    return list(dict.fromkeys(found)) or None


def _lacking(store: Store, targets: list[str] | None) -> dict[str, int]:
    """The frontier below which every target holds the ops (empty: send every op)."""
    if not targets:
        return {}
    tables = [peer_frontier(store, t) for t in targets]
    common = set(tables[0]).intersection(*tables[1:])
    return {origin: min(t[origin] for t in tables) for origin in common}


def export_bundle(
    store: Store,
    out: Path,
    for_replica: str | Sequence[str] | None = None,
    force: bool = False,
    unsealed: bool = False,
) -> ExportReport:
    """Write a bundle of the ops ``for_replica`` is believed to lack (all ops without it).

    The bundle is sealed for its recipients (:func:`~.bundle_seal.bundle_recipients`: the
    replicas named, else the team) unless none can be: the signed ZIP is written through a
    :class:`~inspect_app.storage.protection.sealed_stream.SealWriter`, never in clear on disk.
    Leftover temp files of an earlier killed export to the same file (not modified for
    :data:`STALE_EXPORT_SECONDS`) are removed first.

    Args:
        store: the store to export from.
        out: the bundle file to write (not inside the store's data folder).
        for_replica: the replica(s) the bundle is for: only the ops they lack, sealed for them
            and the sender (None: every op, sealed for the team).
        force: replace ``out`` if it exists.
        unsealed: write it clear (a new laptop joining the team cannot open a sealed one).

    Raises:
        BundleError: ``out`` exists (and not ``force``), is a folder or is inside the data
            folder; the bundle would break an import cap; the file cannot be written; or the
            read-back check fails (the file is then removed).
    """
    out = Path(out).expanduser()
    _check_destination(store, out, force)
    targets = _targets(for_replica)
    recipients = bundle_recipients(store, targets, unsealed)
    entries = ops_missing_from(store, _lacking(store, targets))
    lines = [
        (json.dumps({"body": body, "sig": sig}, ensure_ascii=False) + "\n").encode("utf-8")
        for body, sig in entries
    ]
    if lines and max(len(line) for line in lines) > MAX_LINE_BYTES:
        raise _too_large(SyncMsg.BUNDLE_OP_TOO_LARGE(limit=MAX_LINE_BYTES))
    ops_bytes = b"".join(lines)
    del lines
    if len(ops_bytes) > MAX_OPS_BYTES:
        raise _too_large(SyncMsg.BUNDLE_OPS_TOO_LARGE(size=len(ops_bytes), limit=MAX_OPS_BYTES))
    blobs = store.blobs
    photos = sorted(s for s in _photos_of([json.loads(b) for b, _ in entries]) if blobs.has(s))
    members: dict[str, dict[str, Any]] = {
        "ops.jsonl": {"sha256": _sha(ops_bytes), "size": len(ops_bytes)}
    }
    for sha in photos:
        members[f"photos/{sha}"] = {"sha256": sha, "size": blobs.size(sha)}
    if len(photos) > MAX_PHOTOS:
        raise _too_large(SyncMsg.BUNDLE_TOO_MANY_PHOTOS(count=len(photos), limit=MAX_PHOTOS))
    if any(m["size"] > MAX_MEMBER_BYTES for m in members.values()):
        raise _too_large(SyncMsg.BUNDLE_PHOTO_TOO_LARGE(limit=MAX_MEMBER_BYTES))
    total = sum(m["size"] for m in members.values())
    if total > MAX_TOTAL_BYTES:
        raise _too_large(SyncMsg.BUNDLE_BYTES_TOO_MANY(size=total, limit=MAX_TOTAL_BYTES))
    bundle_id = uuid.uuid4().hex
    manifest = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "source": store.replica_id,
        "public_key": store.public_key,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "frontier": frontier(store),
        "for": targets[0] if targets and len(targets) == 1 else targets,
        "members": members,
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode("utf-8")
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise _too_large(SyncMsg.BUNDLE_MANIFEST_TOO_LARGE(size=len(manifest_bytes)))
    now = time.time()
    for stale in leftover_export_temps(out.parent, out.name):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime >= STALE_EXPORT_SECONDS:
                stale.unlink()
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as raw:
            sink: BinaryIO = raw
            if recipients.sealed:
                file_key, header = seal_header(store.replica_id, recipients)
                sink = SealWriter(raw, file_key, header)  # type: ignore[assignment]
            with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr("manifest.json", manifest_bytes)
                zf.writestr("manifest.sig", store.key.sign(manifest_bytes).hex())
                zf.writestr("ops.jsonl", ops_bytes)
                del ops_bytes
                for sha in photos:
                    _write_photo(zf, blobs, sha, members[f"photos/{sha}"]["size"])
            if sink is not raw:
                sink.close()  # the last chunk
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
        fsync_directory(out.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BundleError(
            SyncMsg.BUNDLE_CANNOT_WRITE(path=_line(out), error=_error_text(exc))
        ) from exc
    try:
        read_bundle(out, store.public_key, store)  # read back and verify before saying "done"
    except BundleError as exc:
        with contextlib.suppress(OSError):
            out.unlink()
        raise BundleError(SyncMsg.BUNDLE_READ_BACK(path=_line(out), problem=_problem(exc))) from exc
    return ExportReport(
        str(out),
        out.stat().st_size,
        len(entries),
        len(photos),
        bundle_id,
        [replica_name(store, r) for r in sorted(recipients.keys)],
        recipients.warning,
    )


def _write_photo(zf: zipfile.ZipFile, blobs: BlobStore, sha: str, size: int) -> None:
    """Stream one stored file into the ZIP as ``photos/<sha>`` (stored, not deflated)."""
    info = zipfile.ZipInfo(f"photos/{sha}", date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = size
    with blobs.open(sha) as src, zf.open(info, "w") as dest:
        shutil.copyfileobj(src, dest, CHUNK_SIZE)


# -- the ZIP container ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    """One member as the central directory declares it, with where its data starts."""

    name: str
    method: int
    crc: int
    compressed: int
    size: int
    data_offset: int


def _directory_extent(path: Path, fp: BinaryIO, file_size: int) -> tuple[int, int]:
    """(entries, bytes) of the central directory, read from the end record(s) only.

    Finds the end record as :mod:`zipfile` does (the last 22 bytes, else the last occurrence
    of its signature within the maximum comment length), so both agree on what is read.
    """
    tail_len = min(file_size, _END_RECORD.size + 0xFFFF + _ZIP64_LOCATOR.size)
    fp.seek(file_size - tail_len)
    tail = fp.read(tail_len)
    at = len(tail) - _END_RECORD.size
    if at < 0 or tail[at : at + 4] != b"PK\x05\x06" or tail[-2:] != b"\0\0":
        at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END_RECORD.size:
        raise _refused(path, SyncMsg.BUNDLE_NO_END_RECORD())
    _, _, _, _, entries, cd_size, _, _ = _END_RECORD.unpack_from(tail, at)
    end_pos = file_size - tail_len + at
    locator_pos = end_pos - _ZIP64_LOCATOR.size
    if locator_pos >= 0:
        fp.seek(locator_pos)
        locator = fp.read(_ZIP64_LOCATOR.size)
        if locator[:4] == b"PK\x06\x07" and locator_pos >= _ZIP64_END_RECORD.size:
            fp.seek(locator_pos - _ZIP64_END_RECORD.size)
            record = fp.read(_ZIP64_END_RECORD.size)
            if len(record) == _ZIP64_END_RECORD.size and record[:4] == b"PK\x06\x06":
                _, _, _, _, _, _, _, entries, cd_size, _ = _ZIP64_END_RECORD.unpack(record)
    return entries, cd_size


def _member_cap(name: str) -> int:
    return _CAPS.get(name, MAX_MEMBER_BYTES)


def _directory(path: Path, fp: BinaryIO) -> dict[str, _Member]:
    """Every member of the ZIP, checked against the caps and its local header."""
    try:
        file_size = fp.seek(0, os.SEEK_END)  # a file, or the plaintext of a sealed one
        entries, cd_size = _directory_extent(path, fp, file_size)
    except OSError as exc:
        raise _refused(path, SyncMsg.BUNDLE_CANNOT_READ(error=_error_text(exc))) from exc
    if entries > MAX_MEMBERS:
        raise _refused(path, SyncMsg.BUNDLE_TOO_MANY_MEMBERS(count=entries, limit=MAX_MEMBERS))
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise _refused(
            path,
            SyncMsg.BUNDLE_DIRECTORY_TOO_LARGE(size=cd_size, limit=MAX_CENTRAL_DIRECTORY_BYTES),
        )
    try:
        fp.seek(0)
        with zipfile.ZipFile(fp) as zf:
            infos = zf.infolist()
            start_dir = int(zf.start_dir)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        struct.error,
        NotImplementedError,
    ) as exc:
        raise _refused(path, SyncMsg.BUNDLE_UNREADABLE(error=_line(exc))) from exc
    if len(infos) > MAX_MEMBERS:
        raise _refused(path, SyncMsg.BUNDLE_TOO_MANY_MEMBERS(count=len(infos), limit=MAX_MEMBERS))
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        if name in seen:
            raise _refused(path, SyncMsg.BUNDLE_NAME_TWICE(name=_line(repr(name))))
        seen.add(name)
        if name != info.filename or (name not in _FIXED and not _PHOTO_NAME.fullmatch(name)):
            raise _refused(path, SyncMsg.BUNDLE_UNEXPECTED_MEMBER(name=_line(repr(name))))
        if info.flag_bits & _ENCRYPTED_FLAGS:
            raise _refused(path, SyncMsg.BUNDLE_ENCRYPTED(name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refused(
                path, SyncMsg.BUNDLE_COMPRESSION(name=name, method=str(info.compress_type))
            )
        if info.file_size > _member_cap(name):
            raise _refused(
                path,
                SyncMsg.BUNDLE_MEMBER_TOO_LARGE(
                    name=name, size=info.file_size, limit=_member_cap(name)
                ),
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _refused(path, SyncMsg.BUNDLE_INCONSISTENT_SIZES(name=name))
        if (
            info.compress_type == zipfile.ZIP_DEFLATED
            and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise _refused(path, SyncMsg.BUNDLE_RATIO(name=name, ratio=str(MAX_COMPRESSION_RATIO)))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refused(path, SyncMsg.BUNDLE_TOO_MANY_BYTES(limit=MAX_TOTAL_BYTES))
    if not seen >= _FIXED:
        raise _refused(path, SyncMsg.BUNDLE_NOT_A_BUNDLE())
    try:
        return _with_local_headers(path, fp, infos, start_dir)
    except OSError as exc:
        raise _refused(path, SyncMsg.BUNDLE_CANNOT_READ(error=_error_text(exc))) from exc


def _with_local_headers(
    path: Path, fp: BinaryIO, infos: list[zipfile.ZipInfo], start_dir: int
) -> dict[str, _Member]:
    """Check each local header against the central directory; members must not overlap."""
    members: dict[str, _Member] = {}
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for index, info in enumerate(ordered):
        name = info.orig_filename
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise _refused(path, SyncMsg.BUNDLE_NO_LOCAL_HEADER(name=name))
        _, _, _, flags, method, _, _, crc, csize, usize, name_len, extra_len = _LOCAL_HEADER.unpack(
            header
        )
        raw_name = fp.read(name_len)
        local_name = raw_name.decode("utf-8" if flags & _UTF8_FLAG else "cp437", "replace")
        sizes_known = not flags & _DATA_DESCRIPTOR_FLAG
        if (
            local_name != name
            or method != info.compress_type
            or (flags & _ENCRYPTED_FLAGS) != (info.flag_bits & _ENCRYPTED_FLAGS)
            or (sizes_known and crc != info.CRC)
            or (sizes_known and csize not in (info.compress_size, 0xFFFFFFFF))
            or (sizes_known and usize not in (info.file_size, 0xFFFFFFFF))
        ):
            raise _refused(path, SyncMsg.BUNDLE_LOCAL_HEADER(name=name))
        data_offset = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
        limit = ordered[index + 1].header_offset if index + 1 < len(ordered) else start_dir
        if data_offset + info.compress_size > limit:
            raise _refused(path, SyncMsg.BUNDLE_OVERLAP(name=name))
        members[name] = _Member(
            name, info.compress_type, info.CRC, info.compress_size, info.file_size, data_offset
        )
    return members


class _MemberStream:
    """Reads one member's bytes with a hard limit: never more than its declared size.

    Stored members are read as they are; deflated ones are inflated at most ``size`` bytes
    per call. Refuses (``BundleError``) data that decompresses to more or fewer bytes than
    declared, trailing data after the compressed stream, a truncated stream or a bad CRC.
    """

    def __init__(self, path: Path, fp: BinaryIO, member: _Member) -> None:
        self._path, self._fp, self._member = path, fp, member
        self._raw_pos = member.data_offset
        self._raw_left = member.compressed
        self._inflate = zlib.decompressobj(-15) if member.method == zipfile.ZIP_DEFLATED else None
        self._tail = b""
        self._out = 0
        self._crc = 0
        self._done = False

    def read(self, size: int = CHUNK_SIZE) -> bytes:
        """Return up to ``size`` bytes of the member; ``b""`` once it is complete and checked.

        Raises:
            BundleError: the member is damaged, truncated or larger than declared.
        """
        if self._done:
            return b""
        data = self._next(size if size > 0 else CHUNK_SIZE)
        if not data:
            self._finish()
            return b""
        self._out += len(data)
        if self._out > self._member.size:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_OVER_DECLARED, size=self._member.size)
        self._crc = zlib.crc32(data, self._crc)
        return data

    def _refused(self, problem: SyncMsg, **params: str | int) -> BundleError:
        return _refused(self._path, problem(name=self._member.name, **params))

    def _raw(self, size: int) -> bytes:
        want = min(size, self._raw_left)
        if want <= 0:
            return b""
        try:
            self._fp.seek(self._raw_pos)
            data = self._fp.read(want)
        except OSError as exc:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_UNREADABLE, error=_error_text(exc)) from exc
        if not data:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_TRUNCATED)
        self._raw_pos += len(data)
        self._raw_left -= len(data)
        return data

    def _next(self, size: int) -> bytes:
        inflate = self._inflate
        if inflate is None:
            return self._raw(size)
        try:
            while not inflate.eof:
                if not self._tail:
                    self._tail = self._raw(CHUNK_SIZE)
                if not self._tail:  # the input is used up: what zlib still holds, then the end
                    data = inflate.flush()
                    if not inflate.eof:
                        raise self._refused(SyncMsg.BUNDLE_MEMBER_ENDS_EARLY)
                    return data
                data = inflate.decompress(self._tail, size)
                self._tail = inflate.unconsumed_tail
                if data:
                    return data
        except zlib.error as exc:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_DAMAGED, error=_line(exc)) from exc
        return b""

    def _finish(self) -> None:
        self._done = True
        if self._inflate is not None and (
            self._inflate.unused_data or self._tail or self._raw_left
        ):
            raise self._refused(SyncMsg.BUNDLE_MEMBER_TRAILING)
        if self._out != self._member.size:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_SHORT, size=self._member.size)
        if self._crc != self._member.crc:
            raise self._refused(SyncMsg.BUNDLE_MEMBER_CRC)


# -- JSON with limits -------------------------------------------------------------------------


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    made = dict(pairs)
    if len(made) != len(pairs):
        keys = [k for k, _ in pairs]
        twice = next(k for k in keys if keys.count(k) > 1)
        raise ValueError(f"the key {twice!r} appears twice")
    return made


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


_PLAIN = json.JSONDecoder(parse_constant=_no_constant)
_STRICT = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_no_constant)


def _depth(value: Any) -> int:
    """Nesting depth of arrays and objects (0 for a scalar), without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((c, level + 1) for c in children if isinstance(c, dict | list))
    return deepest


def _load_json(path: Path, text: str, what: Message | str) -> Any:
    """Parse JSON with no duplicate keys, no NaN/Infinity and at most MAX_JSON_DEPTH levels."""
    try:
        value = _STRICT.decode(text)
    except RecursionError:
        value = None
        too_deep = True
    except ValueError as exc:
        raise _refused(path, SyncMsg.BUNDLE_NOT_JSON(what=what, error=_line(exc))) from None
    else:
        too_deep = _depth(value) > MAX_JSON_DEPTH
    if too_deep:
        raise _refused(path, SyncMsg.BUNDLE_JSON_TOO_DEEP(what=what, depth=MAX_JSON_DEPTH))
    return value


def _fast_line(raw: bytes, text: str) -> dict[str, Any] | None:
    """The line as ``{"body": ..., "sig": ...}`` when that is all it is, else None.

    The common case, parsed without a per-object hook or a depth walk: nothing nests, and a
    key ``"body"`` or ``"sig"`` cannot appear twice when the quoted word occurs once in the
    raw line (a quote inside a JSON string is always escaped).
    """
    try:
        item = _PLAIN.decode(text)
    except (ValueError, RecursionError):
        return None
    if (
        type(item) is dict
        and item.keys() <= {"body", "sig"}
        and raw.count(b'"body"') <= 1
        and raw.count(b'"sig"') <= 1
    ):
        return item
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_manifest(path: Path, manifest: dict[str, Any], members: dict[str, _Member]) -> None:
    """The manifest's shape, and its member list against the ZIP's (names and sizes)."""
    fmt = manifest.get("format")
    if not _is_int(fmt):
        raise _refused(path, SyncMsg.BUNDLE_NO_FORMAT())
    if fmt != FORMAT:
        problem = SyncMsg.BUNDLE_FORMAT_NEWER if fmt > FORMAT else SyncMsg.BUNDLE_FORMAT
        raise _refused(path, problem(format=str(fmt), supported=str(FORMAT)))
    for key in ("bundle_id", "source"):
        value = manifest.get(key)
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise _refused(path, SyncMsg.BUNDLE_MANIFEST_FIELD(key=key))
    table = manifest.get("frontier")
    if not isinstance(table, dict) or len(table) > MAX_MEMBERS:
        raise _refused(path, SyncMsg.BUNDLE_FRONTIER_MISSING())
    for replica, seq in table.items():
        if not _ID.fullmatch(replica) or not _is_int(seq) or not 0 <= seq <= MAX_SEQ:
            raise _refused(path, SyncMsg.BUNDLE_FRONTIER_MALFORMED())
    listed = manifest.get("members")
    if not isinstance(listed, dict) or set(listed) != set(members) - {
        "manifest.json",
        "manifest.sig",
    }:
        raise _refused(path, SyncMsg.BUNDLE_MEMBERS_MISMATCH())
    for name, meta in listed.items():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("sha256"), str)
            or not _SHA256.fullmatch(meta["sha256"])
            or not _is_int(meta.get("size"))
        ):
            raise _refused(path, SyncMsg.BUNDLE_MANIFEST_ENTRY(name=_line(name)))
        if meta["size"] != members[name].size:
            raise _refused(path, SyncMsg.BUNDLE_SIZE_DISAGREES(name=name))
        if name.startswith("photos/") and meta["sha256"] != name.removeprefix("photos/"):
            raise _refused(path, SyncMsg.BUNDLE_PHOTO_NAME(name=name))


# -- reading ----------------------------------------------------------------------------------


class _OpenBundle:
    """A bundle whose container and signed manifest have been verified; members on demand."""

    def __init__(self, path: Path, fp: BinaryIO, public_key: str | None) -> None:
        self.path, self._fp = path, fp
        self.members = _directory(path, fp)
        self.manifest = self._verified_manifest(public_key)

    def stream(self, name: str) -> _MemberStream:
        return _MemberStream(self.path, self._fp, self.members[name])

    def _read_small(self, name: str) -> bytes:
        stream = self.stream(name)
        return b"".join(iter(lambda: stream.read(CHUNK_SIZE), b""))

    def _verified_manifest(self, public_key: str | None) -> dict[str, Any]:
        path = self.path
        manifest_bytes = self._read_small("manifest.json")
        try:
            signature = self._read_small("manifest.sig").decode("ascii").strip()
            text = manifest_bytes.decode("utf-8")
        except UnicodeDecodeError:
            raise _refused(path, SyncMsg.BUNDLE_MANIFEST_NOT_TEXT()) from None
        if public_key is not None and not verify(public_key, manifest_bytes, signature):
            raise _refused(path, SyncMsg.BUNDLE_SIGNATURE())
        values = sum(manifest_bytes.count(c) for c in (b",", b"[", b"{"))
        if values > MAX_MANIFEST_VALUES:
            raise _refused(
                path,
                SyncMsg.BUNDLE_MANIFEST_VALUES(file="manifest.json", limit=MAX_MANIFEST_VALUES),
            )
        manifest = _load_json(path, text, "manifest.json")
        if not isinstance(manifest, dict):
            raise _refused(path, SyncMsg.BUNDLE_MANIFEST_NOT_OBJECT(file="manifest.json"))
        if public_key is None:
            key = manifest.get("public_key")
            if not isinstance(key, str) or not _HEX_KEY.fullmatch(key):
                raise _refused(path, SyncMsg.BUNDLE_NO_PUBLIC_KEY())
            if not verify(key, manifest_bytes, signature):
                raise _refused(path, SyncMsg.BUNDLE_SIGNATURE())
        _check_manifest(path, manifest, self.members)
        return manifest

    def photo_names(self) -> list[str]:
        return sorted(n for n in self.members if n.startswith("photos/"))

    def expected_sha(self, name: str) -> str:
        return str(self.manifest["members"][name]["sha256"])

    def verify_member(self, name: str) -> None:
        """Stream a member through SHA-256 and compare with the manifest."""
        stream, digest = self.stream(name), hashlib.sha256()
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
        if digest.hexdigest() != self.expected_sha(name):
            raise _refused(self.path, SyncMsg.BUNDLE_MEMBER_HASH(name=name))

    def read_ops(self) -> list[tuple[str, str | None]]:
        """Stream ops.jsonl: hash it, split it into lines, check each line's shape."""
        stream, digest = self.stream("ops.jsonl"), hashlib.sha256()
        entries: list[tuple[str, str | None]] = []
        pending, number = b"", 0
        problem: BundleError | None = None
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
            if problem is not None:
                continue  # keep hashing: damage is reported before a malformed line
            pieces = (pending + chunk if pending else chunk).split(b"\n")
            pending = pieces.pop()
            try:
                if number + len(pieces) > MAX_OPS:
                    raise _refused(
                        self.path, SyncMsg.BUNDLE_TOO_MANY_LINES(file="ops.jsonl", limit=MAX_OPS)
                    )
                for raw in pieces:
                    number += 1
                    entries.append(self._line(raw, number))
                if len(pending) > MAX_LINE_BYTES:
                    raise self._line_refused(
                        number + 1, SyncMsg.BUNDLE_LINE_TOO_LONG, limit=MAX_LINE_BYTES
                    )
            except BundleError as exc:
                problem, entries, pending = exc, [], b""
        if digest.hexdigest() != self.expected_sha("ops.jsonl"):
            raise _refused(self.path, SyncMsg.BUNDLE_MEMBER_HASH(name="ops.jsonl"))
        if problem is not None:
            raise problem
        if pending:
            entries.append(self._line(pending, number + 1))
        return entries

    def _line_refused(self, number: int, problem: SyncMsg, **params: str | int) -> BundleError:
        return _refused(self.path, problem(file="ops.jsonl", line=number, **params))

    def _line(self, raw: bytes, number: int) -> tuple[str, str | None]:
        if len(raw) > MAX_LINE_BYTES:
            raise self._line_refused(number, SyncMsg.BUNDLE_LINE_TOO_LONG, limit=MAX_LINE_BYTES)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise self._line_refused(
                number, SyncMsg.BUNDLE_LINE_NOT_UTF8, encoding="UTF-8"
            ) from None
        if not text.strip():
            raise self._line_refused(number, SyncMsg.BUNDLE_LINE_EMPTY)
        item = _fast_line(raw, text)
        if item is None:  # anything but the plain shape: every check, at their full cost
            where = SyncMsg.BUNDLE_FILE_LINE(file="ops.jsonl", line=number)
            item = _load_json(self.path, text, where)
        if not isinstance(item, dict):
            raise self._line_refused(number, SyncMsg.BUNDLE_LINE_NOT_OBJECT)
        body, sig = item.get("body"), item.get("sig")
        if not isinstance(body, str):
            raise self._line_refused(number, SyncMsg.BUNDLE_LINE_NO_BODY, key='"body"')
        if sig is not None and not isinstance(sig, str):
            raise self._line_refused(number, SyncMsg.BUNDLE_LINE_BAD_SIG, key='"sig"')
        if b"\\u" in raw:  # an escaped lone surrogate has no UTF-8 form: it cannot be stored
            try:
                body.encode("utf-8")
                if sig is not None:
                    sig.encode("utf-8")
            except UnicodeEncodeError:
                raise self._line_refused(number, SyncMsg.BUNDLE_LINE_SURROGATE) from None
        return body, sig


class _SealedBundleReader(SealedReader):
    """A sealed bundle's plaintext; a chunk that fails authentication is a keyed refusal."""

    def __init__(self, path: Path, fp: BinaryIO, reader: Store) -> None:
        self._path = path
        super().__init__(fp, key_opener(reader.replica_id, reader.box_key))

    def readinto(self, buffer: Any) -> int:  # noqa: D102
        try:
            return super().readinto(buffer)
        except SealError:
            raise _refused(self._path, ProtectMsg.BUNDLE_SEAL_BROKEN()) from None

    def close(self) -> None:
        """Leave the underlying file to its opener."""
        io.RawIOBase.close(self)


def _unsealed(path: Path, fp: BinaryIO, reader: Store | None) -> tuple[BinaryIO, str | None]:
    """``fp`` itself for a clear bundle; for a sealed one its plaintext and its sender.

    Raises:
        BundleError: sealed, and not for ``reader`` (naming who can open it), or its header
            or this replica's wrap is damaged.
    """
    head = fp.read(len(MAGIC))
    fp.seek(0)
    if not is_sealed(head):
        return fp, None
    try:
        if reader is None:
            raise NotAddressedError([])
        opened = _SealedBundleReader(path, fp, reader)
    except NotAddressedError as exc:
        names = ", ".join(replica_name(reader, r) for r in exc.recipients) if reader else ""
        raise _refused(path, ProtectMsg.BUNDLE_NOT_ADDRESSED(recipients=names or "-")) from None
    except (SealError, SealHeaderError):
        raise _refused(path, ProtectMsg.BUNDLE_SEAL_BROKEN()) from None
    return opened, str(opened.header["sender"])  # type: ignore[return-value]


@contextlib.contextmanager
def _open_bundle(
    path: Path, public_key: str | None, reader: Store | None = None
) -> Iterator[_OpenBundle]:
    if not path.exists():
        raise BundleError(SyncMsg.BUNDLE_NO_SUCH_FILE(path=_line(path)))
    if path.is_dir():
        raise BundleError(SyncMsg.BUNDLE_IS_FOLDER(path=_line(path), suffix=".zip"))
    try:
        fp = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise _refused(path, SyncMsg.BUNDLE_UNREADABLE(error=_error_text(exc))) from exc
    with fp:
        try:
            source, sender = _unsealed(path, fp, reader)
        except OSError as exc:
            raise _refused(path, SyncMsg.BUNDLE_UNREADABLE(error=_error_text(exc))) from exc
        opened = _OpenBundle(path, source, public_key)
        if sender is not None and sender != opened.manifest["source"]:
            raise _refused(path, ProtectMsg.BUNDLE_SEAL_BROKEN())
        yield opened


def read_bundle(
    path: Path, public_key: str | None = None, reader: Store | None = None
) -> VerifiedBundle:
    """Open and fully verify a bundle without touching any store, streaming every member.

    Args:
        path: the bundle file (clear, or sealed: then ``reader`` must be a recipient).
        public_key: the key the manifest must be signed with; None to take the manifest's own
            key (the caller must then check that it is trusted).
        reader: the store reading it, whose box key opens a sealed bundle (nothing is written).

    Returns:
        The manifest, the ops and the digests of the photos (their bytes are not kept).

    Raises:
        BundleError: with a one-line message saying what is wrong.
    """
    path = Path(path)
    with _open_bundle(path, public_key, reader) as bundle:
        entries = bundle.read_ops()
        photos = bundle.photo_names()
        for name in photos:
            bundle.verify_member(name)
        return VerifiedBundle(bundle.manifest, entries, [n.removeprefix("photos/") for n in photos])


def _check_free_space(path: Path, store: Store, needed: int) -> None:
    try:
        free = shutil.disk_usage(store.data_dir).free
    except OSError:
        return  # cannot tell: writing will say so if the disk is full
    if free < needed + FREE_SPACE_MARGIN:
        raise _refused(
            path, SyncMsg.BUNDLE_DISK_SPACE(needed=needed // _MiB + 1, free=free // _MiB)
        )


def _stage_photos(bundle: _OpenBundle, blobs: BlobStore, names: list[str]) -> list[StagedBlob]:
    """Stream each photo not held yet into a verified temp file; verify the others in passing.

    On any refusal every temp file made so far is removed.
    """
    staged: list[StagedBlob] = []
    touched = time.monotonic()
    try:
        for name in names:
            sha = bundle.expected_sha(name)
            if blobs.has(sha):
                bundle.verify_member(name)
            else:
                try:
                    staged.append(blobs.stage(bundle.stream(name), sha, bundle.members[name].size))
                except BlobMismatchError:
                    raise _refused(bundle.path, SyncMsg.BUNDLE_MEMBER_HASH(name=name)) from None
                except OSError as exc:
                    raise StoreError(
                        SyncMsg.BUNDLE_CANNOT_STORE(
                            path=_line(bundle.path),
                            folder=_line(blobs.root),
                            error=_error_text(exc),
                        )
                    ) from exc
            if time.monotonic() - touched > _KEEP_ALIVE_SECONDS:
                for made in staged:  # not a stale leftover to a sweep while we work
                    with contextlib.suppress(OSError):
                        os.utime(made.temp)
                touched = time.monotonic()
    except BaseException:
        for made in staged:
            made.discard()
        raise
    return staged


def import_bundle(store: Store, path: Path) -> ImportReport:
    """Verify a bundle completely, then store its photos and apply its ops in one transaction.

    Memory does not grow with the photo bytes: every member is streamed.

    Raises:
        BundleError: damaged, truncated, foreign-signed, from an unknown replica, over a cap,
            with unsafe member names or malformed content — and then the store and the photo
            store are left byte-identical.
        StoreError: the photos cannot be written to the photo store (nothing was imported).
    """
    path = Path(path)
    blobs = store.blobs
    with _open_bundle(path, None, store) as bundle:
        manifest = bundle.manifest
        source = str(manifest["source"])
        key = trusted_key(store, source) if source != store.replica_id else store.public_key
        if key is None:
            raise BundleError(
                SyncMsg.BUNDLE_NOT_ENROLLED(
                    replica=source, command=f"replica enroll {source} {manifest['public_key']}"
                )
            )
        if key != manifest["public_key"]:
            raise BundleError(SyncMsg.BUNDLE_WRONG_KEY(replica=source))
        entries = bundle.read_ops()
        names = bundle.photo_names()
        needed = sum(bundle.members[n].size for n in names if not blobs.has(bundle.expected_sha(n)))
        _check_free_space(path, store, needed)
        staged = _stage_photos(bundle, blobs, names)
    report = ImportReport(str(manifest["bundle_id"]), source)
    done = 0
    try:
        for made in staged:
            report.photos_received += made.commit()
            done += 1
    except OSError as exc:
        raise StoreError(
            SyncMsg.BUNDLE_CANNOT_FINISH_STORING(
                path=_line(path), folder=_line(blobs.root), error=_error_text(exc)
            )
        ) from exc
    finally:
        for made in staged[done:]:
            made.discard()
    received: ReceiveReport = receive(store, entries)
    for name, value in asdict(received).items():
        setattr(report, name, value)
    report.quarantined = [keyed_item(item) for item in report.quarantined]
    with store._lock, write_transaction(store.db):
        remember_peer(store, source, {k: int(v) for k, v in manifest["frontier"].items()})
    report.photos_expected = expected_photos(store)
    return report


def expected_photos(store: Store) -> list[str]:
    """SHA-256s of photos or signed documents a record refers to whose bytes have not arrived."""
    blobs = store.blobs
    rows = store.db.conn.execute(
        "SELECT photo_id FROM finding_photos UNION SELECT photo_id FROM inspection_record_photos "
        f"UNION SELECT id FROM document {file_references_sql()} ORDER BY 1"
    )
    return [sha for (sha,) in rows if not blobs.has(sha)]
