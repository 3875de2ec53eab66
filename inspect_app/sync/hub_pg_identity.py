"""The PostgreSQL hub's identity and secrets (issue 15): the hub key file, sealing, pairing slots.

The hub's replica identity (Ed25519 signing key, X25519 box key) is kept in ``hub_identity``
sealed with AES-256-GCM (RFC 5116; 12-byte random nonce, the replica id as associated data)
under the 32-byte **hub key** of the key file every hub process has (``--hub-key``, default
``hub.key`` in the data folder: 64 hex digits, created owner-only with the identity). Without
that file the identity cannot be opened: back it up with the database. Pairing codes are kept
hashed and sealed under the same key (:class:`PgPairingSlots`).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from inspect_app.domain.canonical import sha256_hex
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.hub import HubError
from inspect_app.sync.hub_log import PairingState
from inspect_app.sync.hub_pg_cache import Pool
from inspect_app.sync.pairing import PairingSlot

HUB_KEY_FILE = "hub.key"
"""Default name of the hub key file in the data folder."""


def seal(key: bytes, plain: bytes, aad: str) -> bytes:
    """``plain`` sealed with AES-256-GCM under ``key``: 12-byte nonce + ciphertext + tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plain, aad.encode("utf-8"))


def open_sealed(key: bytes, sealed: bytes, aad: str) -> bytes:
    """Raises ``cryptography.exceptions.InvalidTag`` for a wrong key or altered bytes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).decrypt(bytes(sealed[:12]), bytes(sealed[12:]), aad.encode("utf-8"))


def load_hub_key(path: Path, create: bool) -> bytes | None:
    """The 32-byte hub key from ``path`` (64 hex digits); created (0600, atomic) if asked.

    Returns None when the file is missing and ``create`` is false.

    Raises:
        HubError: the file is unreadable or not 64 hex digits.
    """
    try:
        text = path.read_text("ascii").strip()
    except FileNotFoundError:
        if not create:
            return None
        key = secrets.token_bytes(32)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(key.hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        return key
    except (OSError, UnicodeDecodeError) as exc:
        raise HubError(SyncMsg.HUB_KEY_WRONG(path=path, replica="?")) from exc
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise HubError(SyncMsg.HUB_KEY_WRONG(path=path, replica="?"))
    return key


def store_identity(
    conn: Any, replica_id: str, public_key: str, signing_hex: str, box_hex: str, key: bytes
) -> None:
    """Write the hub identity (keys sealed under ``key``) in the caller's transaction.

    Does nothing when the database already holds an identity (``ON CONFLICT DO NOTHING``).
    """
    plain = json.dumps({"signing": signing_hex, "box": box_hex}).encode("ascii")
    conn.execute(sql.PUT_IDENTITY, [replica_id, public_key, seal(key, plain, replica_id)])


def open_identity(key: bytes, replica_id: str, sealed: bytes) -> dict[str, str]:
    """{"signing": hex, "box": hex} of the hub identity.

    Raises:
        cryptography.exceptions.InvalidTag: ``key`` is not the hub key that sealed it.
    """
    return dict(json.loads(open_sealed(key, sealed, replica_id)))


class PgPairingSlots:
    """Pairing slots in ``hub_pairing``, changed under ``LOCK_PAIRING`` (any process)."""

    def __init__(self, pool: Pool, key: bytes) -> None:
        self.pool = pool
        self.key = key

    @contextlib.contextmanager
    def session(self) -> Iterator[PairingState]:
        """The slots and wrong-proof count, saved at the end (also when an error is raised)."""
        failure: BaseException | None = None
        with self.pool.conn() as conn, conn.transaction():
            conn.execute(sql.XACT_LOCK, [sql.LOCK_PAIRING])
            state = PairingState()
            for slot, sealed, officer, opened_by, expires, rep, pub, label, scope in conn.execute(
                sql.PAIRING_ALL
            ):
                code = open_sealed(self.key, sealed, slot).decode("ascii")
                state.slots[slot] = PairingSlot(
                    slot, code, officer, opened_by, expires, rep, pub, label, scope
                )
            wrong = conn.execute(sql.GET_META, ["pairing_wrong"]).fetchone()
            state.wrong = int(wrong[0]) if wrong else 0
            before = set(state.slots)
            try:
                yield state
            except Exception as exc:  # noqa: BLE001 - saved, then raised again below
                failure = exc
            for gone in before - set(state.slots):
                conn.execute(sql.PAIRING_DELETE, [gone])
            for s in state.slots.values():
                conn.execute(
                    sql.PAIRING_PUT,
                    [
                        s.slot,
                        sha256_hex(s.slot + s.code),
                        seal(self.key, s.code.encode("ascii"), s.slot),
                        s.officer,
                        s.opened_by,
                        s.expires,
                        s.replica,
                        s.public_key,
                        s.label,
                        s.scope,
                    ],
                )
            conn.execute(sql.PUT_META, ["pairing_wrong", str(state.wrong)])
        if failure is not None:
            raise failure
