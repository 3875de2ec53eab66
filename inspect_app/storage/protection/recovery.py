"""The team's recovery key: a forgotten passphrase does not lose a laptop's evidence.

The team lead makes an X25519 key pair with the team CA (``pki init-ca``, or
``pki recovery-key`` for a CA made before issue 14). The private key is written as a
passphrase-protected PEM file (PKCS#8, ``BestAvailableEncryption``: AES-256-CBC under
PBKDF2, RFC 8018) beside the CA key, for the lead to keep offline too; the public key is
published as ``team_ca.recovery_key`` (a lead-only field, ``storage/judge.py``) and reaches
every laptop by sync.

Every laptop, when its store opens unlocked, wraps its data key for each recovery key its
store knows (:func:`ensure_recovery_wraps`, HPKE RFC 9180 in ``protection.json``: the
data key never leaves the laptop). ``db recover`` unwraps it with the lead's private key
and sets a new passphrase (:func:`recover`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import kdf, keyfile, session, unlocking
from inspect_app.storage.protection.keyfile import DataKey, KeyFileError

log = logging.getLogger(__name__)

RECOVERY_KEY_FILE = "team-recovery.key.pem"
"""The recovery private key's file name, in the lead's ``<data dir>/pki/``."""


def new_recovery_key(passphrase: bytes) -> tuple[str, bytes]:
    """A new recovery key pair: ``(public key as 64 hex, private key as encrypted PEM)``.

    Args:
        passphrase: protects the PEM (the caller checks its length, as for the CA key).
    """
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return private.public_key().public_bytes_raw().hex(), pem


def load_recovery_key(pem: bytes, passphrase: bytes, path: Path | str) -> X25519PrivateKey:
    """The recovery private key in ``pem``, decrypted with ``passphrase``.

    Raises:
        ValidationError: ``ProtectMsg.RECOVERY_KEY_UNREADABLE`` — not a PEM, not an X25519
            key, or a wrong passphrase (``path`` names the file in the message).
    """
    try:
        private = serialization.load_pem_private_key(pem, password=passphrase)
    except (ValueError, TypeError) as exc:
        raise ValidationError(ProtectMsg.RECOVERY_KEY_UNREADABLE(path=path)) from exc
    if not isinstance(private, X25519PrivateKey):
        raise ValidationError(ProtectMsg.RECOVERY_KEY_UNREADABLE(path=path))
    return private


def team_recovery_keys(conn: Any) -> list[str]:
    """The recovery public keys (64 hex) of the team CAs a store knows (live records only).

    Args:
        conn: a DB-API connection (or sqlite-utils ``Database``) of a store at schema ≥ 11.
    """
    execute = conn.execute
    found = execute(
        "SELECT DISTINCT recovery_key FROM team_ca WHERE withdrawn = 0 "
        "AND recovery_key IS NOT NULL AND recovery_key != '' ORDER BY recovery_key"
    ).fetchall()
    return [str(row[0]) for row in found]


def ensure_recovery_wraps(data_dir: Path, conn: Any, key: DataKey | None = None) -> int:
    """Wrap the data key for every team recovery key the store knows; return how many new.

    Called when a store opens (``Store.open``). Cheap when there is nothing to do: one query
    and the key file (a few hundred bytes) read; the key file is rewritten only when a wrap
    was added. A clear folder or a locked one does nothing. Never raises for a problem of the
    key file (a damaged one is reported by opening and ``db check``): logged instead.

    Args:
        data_dir: the data folder.
        conn: a connection (or ``Database``) to its store.
        key: its unlocked data key; None takes the one held by :mod:`.session`.
    """
    key = key or session.key_for(data_dir)
    if key is None:
        return 0
    try:
        recipients = team_recovery_keys(conn)
    except Exception:  # noqa: BLE001 - a store before schema 11: no recovery keys yet
        return 0
    if not recipients:
        return 0
    try:
        found = keyfile.load(Path(data_dir))
        if found is None or not found.encrypted:
            return 0
        added = 0
        for public in recipients:
            recipient = X25519PublicKey.from_public_bytes(bytes.fromhex(public))
            added += found.wrap_recovery(key, recipient)
        if added:
            found.save(Path(data_dir))
        return added
    except (KeyFileError, OSError, ValueError) as exc:
        log.warning("recovery wrap of %s not added: %s", data_dir, exc)
        return 0


def recover(data_dir: Path, private: X25519PrivateKey, new_passphrase: str) -> DataKey:
    """Set a new passphrase for ``data_dir`` with the team's recovery private key.

    The data key is unwrapped from the folder's recovery wrap and wrapped again under
    ``new_passphrase``; only ``protection.json`` is rewritten. The key is held unlocked.

    Raises:
        ValidationError: ``new_passphrase`` too short; ``RECOVERY_NOT_WRAPPED`` — no wrap in
            the key file is for this recovery key (nothing changed).
        StoreError: no or a damaged key file.
        OSError: the key file cannot be written (the old one stays).
    """
    new_passphrase = unlocking.check_new_passphrase(new_passphrase)
    found = unlocking.load_key_file(data_dir)
    if found is None or not found.encrypted:
        raise ValidationError(ProtectMsg.NOT_ENCRYPTED())
    try:
        key = found.unlock_with_recovery(private)
    except keyfile.WrongPassphraseError as exc:
        raise ValidationError(ProtectMsg.RECOVERY_NOT_WRAPPED(folder=data_dir)) from exc
    except KeyFileError as exc:
        raise ValidationError(
            ProtectMsg.KEY_FILE_DAMAGED(path=Path(data_dir) / keyfile.KEY_FILE, reason=str(exc))
        ) from exc
    found.wrap_passphrase(key, new_passphrase, kdf.params_for_new_key())
    found.save(Path(data_dir))
    session.remember(data_dir, key)
    return key
