"""Bundle files (同步包): one signed ZIP that carries ops and the photos they need.

Layout (format 1)::

    manifest.json   format, bundle id, source replica and public key, app and schema versions,
                    the source's frontier (highest seq per origin replica), and the SHA-256 and
                    size of every other member
    manifest.sig    Ed25519 signature (hex) of manifest.json's bytes by the source replica
    ops.jsonl       one {"body": canonical op JSON, "sig": hex} per line, in the source's log order
    photos/<sha256> original photo bytes, named by their hash

Export writes under a temporary name, fsyncs, renames, then reads the file back and verifies
it before saying it is done (a pulled USB stick leaves either a valid bundle or none).
Import verifies the signature, every member's hash and size, and every name (no path
traversal) **before** touching the store; photos are stored first (content-addressed, so
harmless), then all ops go in one transaction. Importing the same bundle again is a no-op.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import uuid
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspect_app import __version__
from inspect_app.domain.errors import InspectError
from inspect_app.storage.blobs import BlobStore, fsync_directory
from inspect_app.storage.database import write_transaction
from inspect_app.storage.keys import verify
from inspect_app.storage.migrations import SCHEMA_VERSION
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

FORMAT = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_PHOTO_NAME = re.compile(r"^photos/[0-9a-f]{64}$")
_FIXED = {"manifest.json", "manifest.sig", "ops.jsonl"}


class BundleError(InspectError):
    """A bundle that is refused: damaged, truncated, foreign-signed or malformed."""


@dataclass
class ExportReport:
    """What an export wrote: the file, its size in bytes, and how many ops and photos."""

    path: str
    bytes: int
    ops: int
    photos: int
    bundle_id: str


@dataclass
class ImportReport:
    """What an import did (``ReceiveReport`` plus photos and the bundle's origin)."""

    bundle_id: str
    source: str
    accepted: int = 0
    duplicate: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, str]] = field(default_factory=list)
    conflicts_opened: int = 0
    photos_received: int = 0
    photos_expected: list[str] = field(default_factory=list)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Entities whose id is the SHA-256 of a file carried beside the ops (photo, signed PDF).
BLOB_ENTITIES = ("photo", "document")


def _photos_of(bodies: list[dict[str, Any]]) -> set[str]:
    shas: set[str] = set()
    for body in bodies:
        if body["entity"] in BLOB_ENTITIES:
            shas.add(body["id"])
        for members in body["data"].values() if body["kind"] in ("add",) else ():
            shas.update(m for m in members if re.fullmatch(r"[0-9a-f]{64}", m))
    return shas


def export_bundle(store: Store, out: Path, for_replica: str | None = None) -> ExportReport:
    """Write a bundle of the ops ``for_replica`` is believed to lack (all ops without it).

    Raises:
        BundleError: the file cannot be written, or the read-back check fails.
    """
    out = out.expanduser()
    entries = ops_missing_from(store, peer_frontier(store, for_replica) if for_replica else {})
    ops_bytes = "".join(
        json.dumps({"body": body, "sig": sig}, ensure_ascii=False) + "\n" for body, sig in entries
    ).encode("utf-8")
    blobs = BlobStore(store.photos_dir)
    photos = sorted(s for s in _photos_of([json.loads(b) for b, _ in entries]) if blobs.has(s))
    members: dict[str, dict[str, Any]] = {
        "ops.jsonl": {"sha256": _sha(ops_bytes), "size": len(ops_bytes)}
    }
    for sha in photos:
        members[f"photos/{sha}"] = {"sha256": sha, "size": blobs.path(sha).stat().st_size}
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
        "for": for_replica,
        "members": members,
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode("utf-8")
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("manifest.sig", store.key.sign(manifest_bytes).hex())
            zf.writestr("ops.jsonl", ops_bytes)
            for sha in photos:
                zf.write(blobs.path(sha), f"photos/{sha}")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_directory(out.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BundleError(f"cannot write the bundle {out}: {exc.strerror or exc}") from exc
    read_bundle(out, store.public_key)  # read back and verify before saying "done"
    return ExportReport(str(out), out.stat().st_size, len(entries), len(photos), bundle_id)


@dataclass
class _Bundle:
    manifest: dict[str, Any]
    entries: list[tuple[str, str | None]]
    photos: dict[str, bytes]


def read_bundle(path: Path, public_key: str | None = None) -> _Bundle:
    """Open and fully verify a bundle without touching any store.

    Args:
        path: the bundle file.
        public_key: the key the manifest must be signed with; None to take the manifest's own
            key (the caller must then check that it is trusted).

    Raises:
        BundleError: with a message saying what is wrong.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleError(f"{path} is not a readable bundle (damaged or truncated): {exc}") from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise BundleError(f"{path}: a member name appears twice; refused")
        for info in infos:
            if info.filename not in _FIXED and not _PHOTO_NAME.match(info.filename):
                raise BundleError(f"{path}: unexpected member {info.filename!r}; refused")
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleError(f"{path}: member {info.filename} is too large; refused")
        if not set(names) >= _FIXED:
            raise BundleError(f"{path}: not a bundle (manifest or ops missing)")
        try:
            manifest_bytes = zf.read("manifest.json")
            signature = zf.read("manifest.sig").decode("ascii").strip()
            manifest = json.loads(manifest_bytes)
            key = public_key or str(manifest["public_key"])
            if not verify(key, manifest_bytes, signature):
                raise BundleError(
                    f"{path}: the manifest signature does not verify (damaged or forged)"
                )
            if manifest.get("format") != FORMAT:
                raise BundleError(f"{path}: bundle format {manifest.get('format')} not supported")
            members = manifest["members"]
            if set(members) != set(names) - {"manifest.json", "manifest.sig"}:
                raise BundleError(f"{path}: members do not match the manifest")
            data = {}
            for name, meta in members.items():
                blob = zf.read(name)
                if len(blob) != meta["size"] or _sha(blob) != meta["sha256"]:
                    raise BundleError(f"{path}: member {name} is damaged (hash mismatch)")
                if name.startswith("photos/") and _sha(blob) != name.removeprefix("photos/"):
                    raise BundleError(f"{path}: photo {name} does not match its name")
                data[name] = blob
        except (KeyError, ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
            raise BundleError(f"{path}: damaged bundle ({type(exc).__name__}: {exc})") from exc
    entries = []
    for line in data.pop("ops.jsonl").decode("utf-8").splitlines():
        item = json.loads(line)
        entries.append((str(item["body"]), item.get("sig")))
    photos = {name.removeprefix("photos/"): blob for name, blob in data.items()}
    return _Bundle(manifest, entries, photos)


def import_bundle(store: Store, path: Path) -> ImportReport:
    """Verify a bundle completely, then store its photos and apply its ops in one transaction.

    Raises:
        BundleError: damaged, truncated, foreign-signed, from an unknown replica, or with
            unsafe member names — and then the store is left byte-identical.
    """
    bundle = read_bundle(path)
    source = str(bundle.manifest["source"])
    key = trusted_key(store, source) if source != store.replica_id else store.public_key
    if key is None:
        raise BundleError(
            f"bundle from replica {source}, which is not enrolled here: a team lead must enrol "
            f"it first (replica enroll {source} {bundle.manifest['public_key']})"
        )
    if key != bundle.manifest["public_key"]:
        raise BundleError(f"bundle claims to be from replica {source} but is signed by another key")
    report = ImportReport(str(bundle.manifest["bundle_id"]), source)
    blobs = BlobStore(store.photos_dir)
    for sha, blob in bundle.photos.items():
        if not blobs.has(sha):
            blobs.put_bytes(blob)
            report.photos_received += 1
    received: ReceiveReport = receive(store, bundle.entries)
    for name, value in asdict(received).items():
        setattr(report, name, value)
    with store._lock, write_transaction(store.db):
        remember_peer(store, source, {k: int(v) for k, v in bundle.manifest["frontier"].items()})
    report.photos_expected = expected_photos(store)
    return report


def expected_photos(store: Store) -> list[str]:
    """SHA-256s of photos or signed documents a record refers to whose bytes have not arrived."""
    blobs = BlobStore(store.photos_dir)
    rows = store.db.conn.execute(
        "SELECT photo_id FROM finding_photos UNION SELECT photo_id FROM inspection_record_photos "
        "UNION SELECT id FROM document ORDER BY 1"
    )
    return [sha for (sha,) in rows if not blobs.has(sha)]
