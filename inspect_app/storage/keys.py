"""This replica's Ed25519 key pair (``cryptography``) and op signature checks.

The private key lives in the store's ``meta`` table (it travels with the file, which is how
a cloned or restored laptop is later recognised: same replica, same sequence numbers,
different ops). Ops are signed over their 32-byte id (SHA-256 of the canonical body), so the
signature covers every field of the op.
"""

from __future__ import annotations

from collections.abc import Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlite_utils import Database


def load_or_create_key(db: Database) -> Ed25519PrivateKey:
    """Return this replica's private key, creating and storing it on first use (in a txn)."""
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'replica_private_key'").fetchone()
    if row:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
    key, raw = new_key()
    db.conn.execute("INSERT INTO meta (key, value) VALUES ('replica_private_key', ?)", [raw])
    return key


def new_key() -> tuple[Ed25519PrivateKey, str]:
    """A fresh key pair and its private key as hex (what ``meta`` stores)."""
    key = Ed25519PrivateKey.generate()
    return key, key.private_bytes_raw().hex()


def public_hex(key: Ed25519PrivateKey) -> str:
    """The public key as 64 hex characters (what ``replica show`` prints and enrolment takes)."""
    return key.public_key().public_bytes_raw().hex()


def sign_op(key: Ed25519PrivateKey, op_id: str) -> str:
    """Sign an op id (64 hex) and return the signature as 128 hex characters."""
    return key.sign(bytes.fromhex(op_id)).hex()


def verify(public_key_hex: str, message: bytes, signature_hex: str | None) -> bool:
    """True if ``signature_hex`` is the Ed25519 signature of ``message`` by that key."""
    if not signature_hex:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


class KeyCache:
    """Trusted keys and decoded public keys for one batch of ops (decoded once per replica).

    Args:
        lookup: replica id → its trusted public key hex, or None (e.g. ``trusted_key``).
    """

    def __init__(self, lookup: Callable[[str], str | None]) -> None:
        self._lookup = lookup
        self._trusted: dict[str, str | None] = {}
        self._decoded: dict[str, Ed25519PublicKey | None] = {}

    def key(self, replica: str) -> str | None:
        """The trusted key of ``replica`` (cached until :meth:`forget`)."""
        if replica not in self._trusted:
            self._trusted[replica] = self._lookup(replica)
        return self._trusted[replica]

    def forget(self) -> None:
        """Drop the trusted-key answers (an enrolment or revocation was applied)."""
        self._trusted.clear()

    def decoded(self, public_key_hex: str) -> Ed25519PublicKey | None:
        """The key object for ``public_key_hex`` (decoded once), or None when it is malformed."""
        if public_key_hex not in self._decoded:
            try:
                self._decoded[public_key_hex] = Ed25519PublicKey.from_public_bytes(
                    bytes.fromhex(public_key_hex)
                )
            except ValueError:
                self._decoded[public_key_hex] = None
        return self._decoded[public_key_hex]

    def verify(self, public_key_hex: str, op_id: str, signature_hex: str | None) -> bool:
        """True if ``signature_hex`` signs the 32-byte op id by that key (as :func:`verify`)."""
        return signed_by(self.decoded(public_key_hex), op_id, signature_hex)


def signed_by(key: Ed25519PublicKey | None, op_id: str, signature_hex: str | None) -> bool:
    """True if ``signature_hex`` is ``key``'s Ed25519 signature of the 32-byte op id.

    Touches no shared state, so it may run on a worker thread (the verification releases
    the GIL: a receive checks signatures on one thread while it places ops on another).
    """
    if key is None or not signature_hex:
        return False
    try:
        key.verify(bytes.fromhex(signature_hex), bytes.fromhex(op_id))
    except (InvalidSignature, ValueError):
        return False
    return True
