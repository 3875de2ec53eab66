"""The hub's photos in an S3-compatible object store (``hub serve --blobs s3://bucket/prefix``).

Objects (``P`` is the prefix)::

    P photos/<sha>                               a complete, verified photo, named by the
                                                 SHA-256 of its plaintext; metadata ``size``
    P partial/<sha>.<total>/<offset>.<length>    one chunk of a resumable upload

In an encrypted hub every object is a sealed stream under the hub's data key
(:func:`~inspect_app.storage.sealed_files.write_to`, the format of the folder store: a photo's
file key bound to its SHA-256, a chunk's to ``partial/<sha>.<total>/<offset>``): never a clear
photo in the bucket. A clear hub (no key) writes clear objects.

**Uploads across processes.** Each chunk is an object of its own named by its offset and
length, so a chunk may reach any hub process behind a load balancer: the bytes held are the
chain of chunks from offset 0 (the listing of ``partial/<sha>.``), with no lock and no state
in a process. A chunk sent twice (a retry to another process) lands on the same name. When
the chain reaches the declared total, the chunks are read in order, decrypted, hashed and
sealed into a spool file (sealed on the local disk too); only when the SHA-256 matches is the
photo PUT under ``photos/<sha>`` (one atomic PUT; large ones as a multipart upload that S3
makes visible only when completed) — a photo is visible only complete and verified. Then the
chunks are deleted. S3 multipart uploads were not used for the partials themselves: their
parts must be at least 5 MiB (a laptop's chunks are 1 MiB) and each part of a multipart
upload cannot be sealed, read back or verified before completion.

Connection and credentials: boto3 (imported only here), endpoint from
``?endpoint=https://host`` or ``AWS_ENDPOINT_URL``, region from ``?region=`` or
``AWS_REGION``/``AWS_DEFAULT_REGION``, credentials from the standard AWS chain (environment,
``~/.aws``) — never from the URL. Every failure of the store (unreachable, refused, a missing
bucket) is a :class:`~.hub_blobs.BlobsUnavailableError`: keyed ``hub.blobs_unavailable`` when a
retry may help, else what the operator must fix (``hub.blobs_no_credentials``,
``hub.blobs_no_bucket``, ``hub.blobs_denied``). The hub answers a laptop 503 with
``hub.blobs_down`` (the detail goes to the hub's log) and the laptop retries later.
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar
from urllib.parse import parse_qs, urlsplit

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.blobs import BlobMismatchError
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.protection.sealed_stream import MAGIC, SealError, is_sealed
from inspect_app.storage.sealed_files import SealedFileError, key_for_header, write_to
from inspect_app.sync.hub_blobs import BlobsUnavailableError, HubBlobs, SweepReport, Upload
from inspect_app.sync.hub_blobs_s3_io import ChainReader, Hashing, KeyedReader, RangeFile

log = logging.getLogger(__name__)

URL_FORM = "s3://bucket/prefix?endpoint=https://host&region=name"
CREDENTIAL_VARIABLES = "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY"
"""Where the hub's access keys to the object store are given (or ``~/.aws/credentials``)."""
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
"""S3's bucket names: 3 to 63 of a-z 0-9 . -, beginning and ending with a letter or digit."""
_NO_BUCKET = frozenset({"NoSuchBucket", "InvalidBucketName"})
_DENIED = frozenset(
    {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "403", "AllAccessDisabled"}
)
"""The form of an S3 photo store's address (``hub serve --blobs``)."""
INSTALL = "pip install 'inspect-app[hub]'"
SPOOL_IN_MEMORY = 64 << 20
"""A finished upload is sealed into a spool kept in memory up to this size, then on disk."""
HEAD_WORKERS = 16
"""Concurrent HEAD requests of :meth:`S3Blobs.present`."""
KNOWN_CAP = 200_000
"""Photos remembered as stored per process (about 25 MB); beyond it the memory starts over.
Every push asks for all the photos a laptop references: after the first, no HEAD each."""
_PIECE = re.compile(r"partial/([0-9a-f]{64})\.([0-9]{1,12})/([0-9]{12})\.([0-9]{1,12})")
_T = TypeVar("_T")


class _PieceGoneError(Exception):
    """A chunk object deleted by another process while this one read it."""


@dataclass(frozen=True)
class _Piece:
    """One chunk object of a partial upload."""

    sha: str
    total: int
    offset: int
    length: int
    key: str
    modified: float


class S3Blobs(HubBlobs):
    """Photos and partial uploads in one bucket under a prefix (see the module's docstring).

    Args:
        client: a boto3 S3 client (thread-safe; shared by the hub's threads).
        bucket: the bucket's name.
        prefix: the key prefix ("" or ending in "/").
        key: the hub's data key (None: clear objects).
        spool_dir: where a finished upload is spooled (sealed) beyond :data:`SPOOL_IN_MEMORY`.
        description: where the photos are, for messages (never a credential).
    """

    def __init__(
        self,
        client: Any,
        bucket: str,
        prefix: str,
        key: DataKey | None,
        spool_dir: Path | None = None,
        description: str = "",
    ) -> None:
        super().__init__(key)
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self.spool_dir = spool_dir
        self.description = description or f"s3://{bucket}/{prefix}"
        self._known: set[str] = set()  # photos seen stored (a push asks for all it holds)

    @classmethod
    def from_url(cls, spec: str, key: DataKey | None, spool_dir: Path | None = None) -> S3Blobs:
        """An S3 store from ``s3://bucket/prefix?endpoint=URL&region=R&addressing=path``.

        Raises:
            BlobsUnavailableError: a malformed address (``hub.blobs_bad_url``) or boto3 is
                not installed (``hub.blobs_no_client``).
        """
        parts = urlsplit(spec)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        bucket = parts.hostname or ""
        if parts.scheme.lower() != "s3" or not _BUCKET.fullmatch(bucket):
            raise BlobsUnavailableError(SyncMsg.HUB_BLOBS_BAD_URL(spec=spec, form=URL_FORM))
        if parts.username or parts.password:  # credentials never ride in an address
            shown = parts._replace(netloc=f"…@{parts.hostname or ''}").geturl()  # nor a message
            raise BlobsUnavailableError(SyncMsg.HUB_BLOBS_BAD_URL(spec=shown, form=URL_FORM))
        prefix = parts.path.strip("/")
        prefix = f"{prefix}/" if prefix else ""
        try:
            import boto3
            from botocore.config import Config
        except ImportError as exc:
            raise BlobsUnavailableError(
                SyncMsg.HUB_BLOBS_NO_CLIENT(package="boto3", command=INSTALL)
            ) from exc
        endpoint = query.get("endpoint") or os.environ.get("AWS_ENDPOINT_URL") or None
        style = query.get("addressing") or ("path" if endpoint else "auto")
        config = Config(
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 3, "mode": "standard"},
            max_pool_connections=32,
            s3={"addressing_style": style},
        )
        client = boto3.session.Session().client(
            "s3", endpoint_url=endpoint, region_name=query.get("region") or None, config=config
        )
        host = urlsplit(endpoint).hostname if endpoint else None
        port = urlsplit(endpoint).port if endpoint else None
        where = f"s3://{bucket}/{prefix}" + (
            f" ({host}:{port})" if port else f" ({host})" if host else ""
        )
        return cls(client, bucket, prefix, key, spool_dir, where)

    # -- calls ------------------------------------------------------------------------------
    def _call(self, func: Callable[..., _T], /, **kwargs: Any) -> _T:
        """Call the client; every failure becomes a keyed :class:`BlobsUnavailableError`."""
        from boto3.exceptions import Boto3Error
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return func(**kwargs)
        except ClientError as exc:
            error = exc.response.get("Error", {})
            code = str(error.get("Code", "?"))
            detail = f"{code}: {error.get('Message', '')}".strip(": ")
            raise self._unavailable(detail, code) from exc
        except (BotoCoreError, Boto3Error) as exc:
            raise self._unavailable(str(exc), _credentials_code(exc)) from exc

    def _unavailable(self, detail: str, code: str = "") -> BlobsUnavailableError:
        """The keyed error of a failed call: what to fix when retrying cannot help.

        ``code``: the store's error code (``NoSuchBucket``, ``AccessDenied`` …), or
        ``no_credentials`` when boto3 found no access keys.
        """
        log.error("photo store %s: %s", self.description, detail)
        if code == "no_credentials":
            return BlobsUnavailableError(
                SyncMsg.HUB_BLOBS_NO_CREDENTIALS(
                    store=self.description, variables=CREDENTIAL_VARIABLES
                )
            )
        if code in _NO_BUCKET:
            return BlobsUnavailableError(
                SyncMsg.HUB_BLOBS_NO_BUCKET(
                    bucket=self.bucket, store=self.description, option="--blobs " + URL_FORM
                )
            )
        if code in _DENIED:
            return BlobsUnavailableError(
                SyncMsg.HUB_BLOBS_DENIED(
                    store=self.description, error=detail[:300], variables=CREDENTIAL_VARIABLES
                )
            )
        return self._retry_later(detail)

    def _retry_later(self, detail: str) -> BlobsUnavailableError:
        """The keyed ``hub.blobs_unavailable``: a retry may help."""
        return BlobsUnavailableError(
            SyncMsg.HUB_BLOBS_UNAVAILABLE(store=self.description, error=detail[:300])
        )

    def _head(self, key: str) -> dict[str, Any] | None:
        """The object's HEAD answer, None when there is none."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return dict(self.client.head_object(Bucket=self.bucket, Key=key))
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code in ("404", "NoSuchKey", "NotFound"):
                return None
            raise self._unavailable(f"{code}: {exc}", code) from exc
        except BotoCoreError as exc:
            raise self._unavailable(str(exc), _credentials_code(exc)) from exc

    def check(self) -> None:
        """Reach the bucket once (at start).

        Raises:
            BlobsUnavailableError: it cannot be reached (keyed).
        """
        from boto3.exceptions import Boto3Error
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", "?"))
            if code in ("404", "NotFound"):  # HEAD has no body: 404 here is the bucket
                code = "NoSuchBucket"
            raise self._unavailable(f"{code}: {exc}", code) from exc
        except (BotoCoreError, Boto3Error) as exc:
            raise self._unavailable(str(exc), _credentials_code(exc)) from exc

    def close(self) -> None:
        """Close the client's connections."""
        close = getattr(self.client, "close", None)
        if close is not None:
            close()

    # -- reading ----------------------------------------------------------------------------
    def _photo_key(self, sha: str) -> str:
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ValueError(f"not a SHA-256: {sha[:80]!r}")
        return f"{self.prefix}photos/{sha}"

    def has(self, sha: str) -> bool:  # noqa: D102
        if sha in self._known:
            return True
        found = self._head(self._photo_key(sha)) is not None
        if found:
            self._remember(sha)
        return found

    def _remember(self, sha: str) -> None:
        """Note a stored photo (immutable: named by its content) so it is not asked again."""
        if len(self._known) >= KNOWN_CAP:
            self._known.clear()
        self._known.add(sha)

    def present(self, shas: Any) -> set[str]:  # noqa: D102
        wanted = list(shas)
        ask = [sha for sha in wanted if sha not in self._known]
        if len(ask) > 1:
            with ThreadPoolExecutor(max_workers=HEAD_WORKERS) as pool:
                list(pool.map(self.has, ask))
        else:
            for sha in ask:
                self.has(sha)
        return {sha for sha in wanted if sha in self._known}

    def set_aside(self, sha: str) -> bool:  # noqa: D102
        name = self._photo_key(sha)
        self._known.discard(sha)
        if self._head(name) is None:
            return False
        kept = f"{self.prefix}damaged/{sha}.{int(time.time())}"
        source = {"Bucket": self.bucket, "Key": name}
        self._call(self.client.copy_object, Bucket=self.bucket, Key=kept, CopySource=source)
        self._call(self.client.delete_object, Bucket=self.bucket, Key=name)
        return True

    def size(self, sha: str) -> int:  # noqa: D102
        head = self._head(self._photo_key(sha))
        if head is None:
            raise FileNotFoundError(self._photo_key(sha))
        meta = head.get("Metadata") or {}
        if str(meta.get("size", "")).isdigit():
            return int(meta["size"])
        with self.open(sha) as f:
            return int(f.seek(0, io.SEEK_END))

    def open(self, sha: str) -> BinaryIO:  # noqa: D102
        name = self._photo_key(sha)
        head = self._head(name)
        if head is None:
            raise FileNotFoundError(name)
        raw = RangeFile(self, name, int(head["ContentLength"]))
        first = raw.read(len(MAGIC))
        raw.seek(0)
        where = f"{self.description}photos/{sha}"
        if not is_sealed(first):
            return raw  # type: ignore[return-value]
        if self.key is None:
            raise SealedFileError(ProtectMsg.FILE_LOCKED(path=where))
        try:
            return KeyedReader(raw, key_for_header(self.key, sha, where), where)  # type: ignore[return-value]
        except SealError as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=where)) from exc

    # -- storing ----------------------------------------------------------------------------
    def put_stream(  # noqa: D102
        self, src: io.RawIOBase | BinaryIO, sha: str, size: int | None = None
    ) -> bool:
        if self.has(sha):
            return False
        if not self._store_verified(src, sha, size):
            raise BlobMismatchError(f"the bytes received do not hash to {sha}")
        return True

    def _store_verified(self, src: Any, sha: str, size: int | None) -> bool:
        """Seal ``src`` into a spool while hashing it; PUT it only when it hashes to ``sha``."""
        from boto3.s3.transfer import TransferConfig

        hashing = Hashing(src)
        with tempfile.SpooledTemporaryFile(  # a killed process's spool: swept at start
            max_size=SPOOL_IN_MEMORY, prefix=".s3-spool-", suffix=".part", dir=self.spool_dir
        ) as spool:
            write_to(spool, hashing, self.key, sha)  # sealed under the key bound to sha
            if hashing.digest.hexdigest() != sha or (size is not None and hashing.size != size):
                return False
            spool.seek(0)
            self._call(
                self.client.upload_fileobj,
                Fileobj=spool,
                Bucket=self.bucket,
                Key=self._photo_key(sha),
                ExtraArgs={"Metadata": {"size": str(hashing.size)}},
                Config=TransferConfig(multipart_threshold=64 << 20, use_threads=False),
            )
        self._remember(sha)
        return True

    # -- partial uploads --------------------------------------------------------------------
    def _pieces(self, sha: str = "") -> list[_Piece]:
        """The chunk objects of ``sha``'s uploads (every upload's when ``sha`` is "")."""
        start = f"{self.prefix}partial/{sha + '.' if sha else ''}"
        found: list[_Piece] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": start}
            if token:
                kwargs["ContinuationToken"] = token
            page = self._call(self.client.list_objects_v2, **kwargs)
            for item in page.get("Contents", []):
                match = _PIECE.fullmatch(item["Key"][len(self.prefix) :])
                if match:
                    found.append(
                        _Piece(
                            match.group(1),
                            int(match.group(2)),
                            int(match.group(3)),
                            int(match.group(4)),
                            item["Key"],
                            item["LastModified"].timestamp(),
                        )
                    )
            if not page.get("IsTruncated"):
                return found
            token = page.get("NextContinuationToken")

    @staticmethod
    def _chain(pieces: list[_Piece]) -> tuple[list[_Piece], int]:
        """The chunks from offset 0 in order (the longest at each offset), and bytes held."""
        at: dict[int, _Piece] = {}
        for piece in pieces:
            if piece.length > 0 and (
                piece.offset not in at or piece.length > at[piece.offset].length
            ):
                at[piece.offset] = piece
        chain, held = [], 0
        while held in at:
            chain.append(at[held])
            held += at[held].length
        return chain, held

    def _delete(self, pieces: list[_Piece]) -> None:
        for start in range(0, len(pieces), 1000):
            batch = [{"Key": p.key} for p in pieces[start : start + 1000]]
            self._call(
                self.client.delete_objects,
                Bucket=self.bucket,
                Delete={"Objects": batch, "Quiet": True},
            )

    def settle(self, sha: str) -> Upload:  # noqa: D102
        pieces = self._pieces(sha)
        if self.has(sha):
            self._delete(pieces)
            return Upload("complete", self.size(sha))
        by_total: dict[int, list[_Piece]] = {}
        for piece in pieces:
            by_total.setdefault(piece.total, []).append(piece)
        best: tuple[int, int] | None = None
        for total, group in sorted(by_total.items()):
            chain, held = self._chain(group)
            if held == total:
                if self._finalise_chain(sha, total, chain, group):
                    log.info("photo %s: a finished upload left unstored is now stored", sha)
                    return self.settle(sha)
                log.warning("photo %s: a leftover upload did not hash to it: discarded", sha)
            elif held > total or held == 0:
                self._delete(group)
            elif best is None or held > best[0]:
                if best is not None:
                    self._delete(by_total[best[1]])
                best = (held, total)
            else:
                self._delete(group)
        if best is None:
            return Upload("absent", 0)
        return Upload("partial", best[0], best[1])

    def partial_sizes(self) -> dict[str, int]:  # noqa: D102
        groups: dict[tuple[str, int], list[_Piece]] = {}
        for piece in self._pieces():
            groups.setdefault((piece.sha, piece.total), []).append(piece)
        held: dict[str, int] = {}
        for (sha, _), group in groups.items():
            size = self._chain(group)[1]
            if size:
                held[sha] = max(size, held.get(sha, 0))
        return held

    def discard_partials(self, sha: str) -> None:  # noqa: D102
        self._delete(self._pieces(sha))

    def _piece_name(self, sha: str, total: int, offset: int) -> str:
        return f"partial/{sha}.{total}/{offset}"

    def append(self, sha: str, total: int, offset: int, chunk: bytes) -> int:  # noqa: D102
        self._photo_key(sha)  # checks the name
        body = io.BytesIO()
        write_to(body, io.BytesIO(chunk), self.key, self._piece_name(sha, total, offset))
        key = f"{self.prefix}partial/{sha}.{total}/{offset:012d}.{len(chunk)}"
        self._call(self.client.put_object, Bucket=self.bucket, Key=key, Body=body.getvalue())
        return offset + len(chunk)

    def finalise(self, sha: str, total: int) -> bool:  # noqa: D102
        group = [p for p in self._pieces(sha) if p.total == total]
        chain, held = self._chain(group)
        if held == total and self._finalise_chain(sha, total, chain, group):
            return True
        return self.has(sha)  # another process finished the same upload meanwhile

    def _finalise_chain(
        self, sha: str, total: int, chain: list[_Piece], group: list[_Piece]
    ) -> bool:
        """Store the chain's plaintext as ``sha`` if it hashes to it; delete ``group``.

        A chunk gone while read means another process finished (or discarded) the same
        upload at the same time (a retry sent to it): its outcome stands.
        """
        try:
            stored = self._store_verified(ChainReader(self, chain), sha, total)
        except SealedFileError:
            stored = False
        except _PieceGoneError:
            return self.has(sha)
        self._delete(group)
        return stored

    def _piece_plaintext(self, piece: _Piece) -> bytes:
        from botocore.exceptions import ClientError

        try:
            answer = self._call(self.client.get_object, Bucket=self.bucket, Key=piece.key)
        except BlobsUnavailableError as exc:
            cause = exc.__cause__
            if isinstance(cause, ClientError) and str(
                cause.response.get("Error", {}).get("Code", "")
            ) in ("404", "NoSuchKey"):
                raise _PieceGoneError(piece.key) from exc
            raise
        data = self._call(answer["Body"].read)
        if not is_sealed(data[: len(MAGIC)]):
            if self.key is not None:  # a clear chunk in an encrypted hub: not one of ours
                raise SealedFileError(ProtectMsg.FILE_ALTERED(path=piece.key))
            return bytes(data)
        if self.key is None:
            raise SealedFileError(ProtectMsg.FILE_LOCKED(path=piece.key))
        name = self._piece_name(piece.sha, piece.total, piece.offset)
        try:
            with KeyedReader(
                io.BytesIO(data), key_for_header(self.key, name, piece.key), piece.key
            ) as r:
                plain = r.read()
        except SealError as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=piece.key)) from exc
        if len(plain) != piece.length:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=piece.key))
        return plain

    def sweep(self, now: float, max_age_s: float, temp_stale_s: float) -> SweepReport:  # noqa: D102
        report = SweepReport()
        try:
            groups: dict[str, list[_Piece]] = {}
            for piece in self._pieces():
                groups.setdefault(piece.sha, []).append(piece)
            for sha, group in sorted(groups.items()):
                if now - max(p.modified for p in group) > max_age_s:
                    self._delete(group)
                    report.expired.append(sha)
                    continue
                with self.upload_lock(sha):
                    report.count(sha, self.settle(sha))
            report.temp_removed.extend(self._abort_stale_multipart(now, temp_stale_s))
        except BlobsUnavailableError as exc:
            report.problems.append(str(exc))
        return report

    def _abort_stale_multipart(self, now: float, stale_s: float) -> list[str]:
        """Abort the multipart uploads of killed PUTs (older than ``stale_s``)."""
        answer = self._call(
            self.client.list_multipart_uploads, Bucket=self.bucket, Prefix=self.prefix
        )
        aborted = []
        for upload in answer.get("Uploads", []):
            if now - upload["Initiated"].timestamp() > stale_s:
                self._call(
                    self.client.abort_multipart_upload,
                    Bucket=self.bucket,
                    Key=upload["Key"],
                    UploadId=upload["UploadId"],
                )
                aborted.append(upload["Key"])
        return aborted


def _credentials_code(exc: BaseException) -> str:
    """``no_credentials`` when boto3 found no (or half the) access keys, else ``""``."""
    from botocore.exceptions import NoCredentialsError, PartialCredentialsError

    return "no_credentials" if isinstance(exc, NoCredentialsError | PartialCredentialsError) else ""
