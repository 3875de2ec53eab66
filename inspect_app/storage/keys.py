"""This replica's Ed25519 key pair (``cryptography``) and op signature checks.

The private key lives in the store's ``meta`` table (it travels with the file, which is how
a cloned or restored laptop is later recognised: same replica, same sequence numbers,
different ops). Ops are signed over their 32-byte id (SHA-256 of the canonical body), so the
signature covers every field of the op.
"""

from __future__ import annotations

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
