"""Where an officer's signing credential (PKCS#12) and the team CA key live on a laptop.

Files sit in ``<data dir>/pki/``, never in the store or a bundle: the PKCS#12 file stays
encrypted with the officer's passphrase; the CA key (only on the laptop that made the CA)
stays encrypted with the CA passphrase. Both are written atomically with mode 0600.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.notices.files import write_atomic
from inspect_app.storage.store import Store


@dataclass(frozen=True)
class Credential:
    """A signer's PKCS#12 bytes and the passphrase that opens them (never stored)."""

    p12: bytes
    passphrase: bytes


def pki_dir(store: Store) -> Path:
    """The folder of this laptop's keys (``<data dir>/pki``; made by :func:`write_private`)."""
    return store.data_dir / "pki"


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only (0600).

    A missing ``pki`` folder of the data dir is created with mode 0700.
    """
    if path.parent.name == "pki":
        path.parent.mkdir(mode=0o700, exist_ok=True)
    write_atomic(path, data, 0o600)


def ca_key_path(store: Store) -> Path:
    """Path of the team CA's encrypted private key on this laptop."""
    return pki_dir(store) / "team-ca.key.pem"


def ca_cert_path(store: Store) -> Path:
    """Path of the team CA's certificate kept beside its key (the store has it too)."""
    return pki_dir(store) / "team-ca.cert.pem"


def recovery_key_path(store: Store) -> Path:
    """Path of the team recovery key's encrypted private key (on the lead's laptop)."""
    from inspect_app.storage.protection.recovery import RECOVERY_KEY_FILE

    return pki_dir(store) / RECOVERY_KEY_FILE


def officer_p12_path(store: Store, officer_id: str) -> Path:
    """Path of an officer's imported PKCS#12 file on this laptop."""
    return pki_dir(store) / f"officer-{officer_id}.p12"


def officer_p12(store: Store, officer_id: str) -> bytes:
    """Return the officer's imported PKCS#12 bytes.

    Raises:
        NotFoundError: no certificate was imported for this officer on this laptop.
    """
    path = officer_p12_path(store, officer_id)
    if not path.is_file():
        raise NotFoundError(
            SigningMsg.NO_OWN_CERTIFICATE(
                issue_command="inspect-app pki issue --officer ID --out FILE.p12",
                import_command="inspect-app pki import FILE.p12",
            )
        )
    return path.read_bytes()
