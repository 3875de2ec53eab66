"""``protection.json``: the data key, wrapped for the passphrase and for the recovery key.

Format 2 (JSON, written atomically: temp file, fsync, rename, fsync of the folder)::

    {"format": 2, "mode": "encrypted", "store_cipher": "aegis-256",
     "store_id": "<32 hex>", "key_check": "<32 hex>",
     "passphrase": {"kdf": {"name": "argon2id", "memory_kib": …, "iterations": …,
                            "lanes": …},
                    "salt": "<32 hex>", "nonce": "<24 hex>", "wrapped": "<hex>"},
     "recovery": [{"recipient": "<64 hex X25519 public>", "wrapped": "<hex HPKE>"}],
     "created_at": "…Z", "changed_at": "…Z"}

or ``{"format": 1, "mode": "clear", "created_at": "…Z"}`` for a store made with
``--no-encryption``. Format 1 of an encrypted store is the same without ``store_cipher``: a
store encrypted by the versions of schema v11–v12 with SQLCipher 4 (:data:`SQLCIPHER_4`); it
keeps opening and is written back as format 1 (a passphrase change does not convert it).
Format 2 exists so that an older version refuses a store it cannot read as an unknown format
instead of calling it damaged. A data folder with a store but no key file is a clear store of an
older version (encrypt it with ``db encrypt``).

The passphrase wrap is AES-256-GCM under the Argon2id-derived key with associated data
``b"inspect_app data key v1|" + store_id``; the recovery wrap is HPKE (RFC 9180 base mode,
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) with ``info`` the same string.
``key_check`` (HMAC-SHA256 of a constant under the data key, 16 bytes) tells a data key
that belongs to this store from one that does not without opening anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspect_app.storage.protection import kdf
from inspect_app.storage.protection.kdf import KdfParams

KEY_FILE = "protection.json"
"""The key file's name in the data folder."""
MODE_ENCRYPTED = "encrypted"
MODE_CLEAR = "clear"
HPKE_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
"""The HPKE suite of recovery wraps and of sealed bundles (RFC 9180: 0x0020, 0x0001, 0x0002)."""


AEGIS_256: Final = "aegis-256"
"""The page cipher of every store encrypted by this version: SQLite3 Multiple Ciphers' AEGIS-256
(an authenticated cipher: a changed page is refused, never read), 4096-byte pages, a raw
256-bit key (no key derivation at open). ``inspect_app/sqlite_engine.py`` says why."""
SQLCIPHER_4: Final = "sqlcipher-4"
"""The page cipher of stores encrypted by the versions of schema v11–v12: SQLCipher 4
(AES-256-CBC, page HMAC-SHA256 instead of SQLCipher's default SHA-512, PBKDF2-HMAC-SHA512 for
the HMAC key, a raw 256-bit key), read and written by sqlite3mc's ``sqlcipher`` scheme."""
STORE_CIPHERS: Final = (AEGIS_256, SQLCIPHER_4)

MAX_KEY_FILE = 1 << 20
"""A key file longer than this (1 MiB) is damaged or hostile (a real one: ~1 kB per wrap)."""


class KeyFileError(ValueError):
    """A key file that is missing, damaged, of an unknown format, or does not fit the key."""


class WrongPassphraseError(KeyFileError):
    """The passphrase (or recovery key) does not unwrap this store's data key."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass(frozen=True, repr=False)
class DataKey:
    """A store's 32-byte data key (never written anywhere unwrapped; ``repr`` hides it).

    ``store_cipher`` is the page cipher of its folder's SQLite files (:data:`STORE_CIPHERS`).
    """

    raw: bytes
    store_cipher: str = AEGIS_256

    def __repr__(self) -> str:
        return "DataKey(…)"

    def cipher_pragmas(self) -> list[str]:
        """The statements that choose the folder's page cipher, run before ``PRAGMA key``.

        Raises:
            KeyFileError: an unknown cipher.
        """
        if self.store_cipher == AEGIS_256:
            return ["PRAGMA cipher = 'aegis'", "PRAGMA algorithm = 'aegis-256'"]
        if self.store_cipher == SQLCIPHER_4:
            return [
                "PRAGMA cipher = 'sqlcipher'",
                "PRAGMA legacy = 4",
                "PRAGMA hmac_algorithm = 1",  # HMAC-SHA256 (what those versions set)
                "PRAGMA kdf_algorithm = 2",  # PBKDF2-HMAC-SHA512: SQLCipher 4's, for the HMAC key
            ]
        raise KeyFileError(f"unknown store cipher {self.store_cipher!r}")

    def key_literal(self) -> str:
        """The ``PRAGMA key = …`` value: the raw-key form ``"x'<64 hex>'"`` (no derivation).

        The store key is HKDF of the data key, one per cipher (so no two ciphers ever use the
        same key); SQLCipher 4 stores keep the key they were written with.
        """
        info = b"inspect_app sqlcipher v1" if self.store_cipher == SQLCIPHER_4 else (
            b"inspect_app store " + self.store_cipher.encode("ascii") + b" v1"
        )
        return "\"x'" + _hkdf(self.raw, info).hex() + "'\""

    def store_pragmas(self) -> list[str]:
        """Every statement that opens a file of the folder: :meth:`cipher_pragmas`, then the key."""
        return [*self.cipher_pragmas(), f"PRAGMA key = {self.key_literal()}"]

    def file_key(self, salt: bytes, name: str) -> bytes:
        """The 32-byte key of one sealed file: HKDF(data key, ``salt``, the file's name)."""
        return _hkdf(self.raw, b"inspect_app file v1|" + name.encode("utf-8"), salt)

    def check_value(self) -> str:
        """``key_check``: 16 bytes of HMAC-SHA256 of a constant under the key, as hex."""
        return hmac.new(self.raw, b"inspect_app key check v1", hashlib.sha256).digest()[:16].hex()

    @classmethod
    def generate(cls) -> DataKey:
        """A new random data key (``secrets.token_bytes``)."""
        return cls(secrets.token_bytes(32))


@dataclass
class KeyFile:
    """The parsed ``protection.json`` of one data folder (see the module's docstring)."""

    mode: str
    store_cipher: str = AEGIS_256
    store_id: str = ""
    key_check: str = ""
    passphrase: dict[str, Any] = field(default_factory=dict)
    recovery: list[dict[str, str]] = field(default_factory=list)
    created_at: str = ""
    changed_at: str = ""

    @property
    def encrypted(self) -> bool:
        """True for an encrypted store's key file; False for a ``--no-encryption`` store."""
        return self.mode == MODE_ENCRYPTED

    @property
    def kdf_params(self) -> KdfParams:
        """The Argon2id parameters of the passphrase wrap.

        Raises:
            KeyFileError: damaged parameters.
        """
        try:
            return KdfParams.from_json(self.passphrase.get("kdf"))
        except ValueError as exc:
            raise KeyFileError(str(exc)) from exc

    def _aad(self) -> bytes:
        return b"inspect_app data key v1|" + self.store_id.encode("ascii")

    # -- unwrapping ------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> DataKey:
        """Unwrap the data key with ``passphrase`` (one Argon2id derivation, ~0.5 s).

        Raises:
            WrongPassphraseError: the passphrase does not unwrap the key.
            KeyFileError: the file is damaged.
        """
        try:
            salt = bytes.fromhex(self.passphrase["salt"])
            nonce = bytes.fromhex(self.passphrase["nonce"])
            wrapped = bytes.fromhex(self.passphrase["wrapped"])
            aad = self._aad()  # a store_id that is not ASCII: UnicodeEncodeError
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError("passphrase wrap damaged") from exc
        if len(salt) < 16 or len(nonce) != 12:  # what wrap_passphrase writes
            raise KeyFileError("passphrase wrap damaged")
        wrapping = kdf.derive(passphrase, salt, self.kdf_params)
        try:
            raw = AESGCM(wrapping).decrypt(nonce, wrapped, aad)
        except InvalidTag as exc:
            raise WrongPassphraseError("wrong passphrase") from exc
        return self._checked(DataKey(raw, self.store_cipher))

    def unlock_with_recovery(self, private: X25519PrivateKey) -> DataKey:
        """Unwrap the data key with the team's recovery private key.

        Raises:
            WrongPassphraseError: no wrap in this file is for that key.
            KeyFileError: the file is damaged.
        """
        public = private.public_key().public_bytes_raw().hex()
        for entry in self.recovery:
            if entry.get("recipient") != public:
                continue
            try:
                raw = HPKE_SUITE.decrypt(bytes.fromhex(entry["wrapped"]), private, self._aad())
            except (KeyError, ValueError, InvalidTag) as exc:
                raise KeyFileError("recovery wrap damaged") from exc
            return self._checked(DataKey(raw, self.store_cipher))
        raise WrongPassphraseError("no wrap for this recovery key")

    def _checked(self, key: DataKey) -> DataKey:
        if len(key.raw) != 32 or not hmac.compare_digest(key.check_value(), self.key_check):
            raise KeyFileError("the unwrapped key does not belong to this store")
        return key

    # -- wrapping ----------------------------------------------------------------------------
    def wrap_passphrase(self, key: DataKey, passphrase: str, params: KdfParams) -> None:
        """(Re)wrap ``key`` under ``passphrase`` with a new salt and nonce (in memory)."""
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapping = kdf.derive(passphrase, salt, params)
        self.passphrase = {
            "kdf": params.as_json(),
            "salt": salt.hex(),
            "nonce": nonce.hex(),
            "wrapped": AESGCM(wrapping).encrypt(nonce, key.raw, self._aad()).hex(),
        }
        self.changed_at = _now()

    def wrap_recovery(self, key: DataKey, recipient: X25519PublicKey) -> bool:
        """Add a wrap of ``key`` for ``recipient`` (in memory); False when one is there."""
        public = recipient.public_bytes_raw().hex()
        if any(entry.get("recipient") == public for entry in self.recovery):
            return False
        wrapped = HPKE_SUITE.encrypt(key.raw, recipient, self._aad())
        self.recovery.append({"recipient": public, "wrapped": wrapped.hex()})
        self.changed_at = _now()
        return True

    # -- the file ----------------------------------------------------------------------------
    def as_json(self) -> dict[str, Any]:
        """The file's JSON object."""
        if not self.encrypted:
            return {"format": 1, "mode": MODE_CLEAR, "created_at": self.created_at}
        written: dict[str, Any] = {"format": 1}
        if self.store_cipher != SQLCIPHER_4:
            written = {"format": 2, "store_cipher": self.store_cipher}
        return {
            **written,
            "mode": MODE_ENCRYPTED,
            "store_id": self.store_id,
            "key_check": self.key_check,
            "passphrase": self.passphrase,
            "recovery": self.recovery,
            "created_at": self.created_at,
            "changed_at": self.changed_at,
        }

    def save(self, data_dir: Path) -> None:
        """Write ``protection.json`` atomically (a kill leaves the old file or the new one).

        Raises:
            OSError: the folder cannot be written.
        """
        text = json.dumps(self.as_json(), indent=1, sort_keys=True) + "\n"
        target = Path(data_dir) / KEY_FILE
        fd, tmp = tempfile.mkstemp(prefix=".protection-", suffix=".part", dir=data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            if os.name != "nt":
                os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        from inspect_app.storage.blobs import fsync_directory

        with contextlib.suppress(OSError):
            fsync_directory(Path(data_dir))


def new_encrypted(passphrase: str, params: KdfParams | None = None) -> tuple[KeyFile, DataKey]:
    """A new key file and its new random data key, wrapped under ``passphrase`` (not saved).

    Args:
        passphrase: The officer's passphrase (the caller checks its strength).
        params: Argon2id parameters; :func:`~.kdf.params_for_new_key` when None.
    """
    key = DataKey.generate()
    now = _now()
    keyfile = KeyFile(
        MODE_ENCRYPTED,
        store_id=secrets.token_hex(16),
        key_check=key.check_value(),
        created_at=now,
        changed_at=now,
    )
    keyfile.wrap_passphrase(key, passphrase, params or kdf.params_for_new_key())
    return keyfile, key


def new_clear() -> KeyFile:
    """The key file of a store made with ``--no-encryption`` (not saved)."""
    return KeyFile(MODE_CLEAR, created_at=_now())


def load(data_dir: Path) -> KeyFile | None:
    """Read ``data_dir/protection.json``; None when there is none.

    Raises:
        KeyFileError: the file is unreadable, not JSON, or of an unknown format or mode.
    """
    path = Path(data_dir) / KEY_FILE
    try:
        with open(path, "rb") as f:  # bounded: /dev/zero linked in must not eat the memory
            data = f.read(MAX_KEY_FILE + 1)
        if len(data) > MAX_KEY_FILE:
            raise KeyFileError(f"{path} is longer than {MAX_KEY_FILE} bytes")
        text = data.decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"cannot read {path}: {exc}") from exc
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: hostile nesting
        raise KeyFileError(f"{path} is not JSON") from exc
    version = raw.get("format") if isinstance(raw, dict) else None
    if type(version) is not int or version not in (1, 2):  # JSON true is not format 1
        raise KeyFileError(f"{path}: unknown format")
    mode = raw.get("mode")
    store_cipher = SQLCIPHER_4 if version == 1 else raw.get("store_cipher")
    if mode == MODE_ENCRYPTED and (
        store_cipher not in STORE_CIPHERS
        or (version == 2 and store_cipher == SQLCIPHER_4)
        or (version == 1 and "store_cipher" in raw)  # format 1 never named one
    ):
        raise KeyFileError(f"{path}: unknown store cipher")
    if mode == MODE_CLEAR:
        return KeyFile(MODE_CLEAR, created_at=str(raw.get("created_at", "")))
    if mode != MODE_ENCRYPTED:
        raise KeyFileError(f"{path}: unknown mode")
    try:
        keyfile = KeyFile(
            MODE_ENCRYPTED,
            store_cipher=str(store_cipher),
            store_id=str(raw["store_id"]),
            key_check=str(raw["key_check"]),
            passphrase=dict(raw["passphrase"]),
            recovery=[dict(entry) for entry in raw.get("recovery", [])],
            created_at=str(raw.get("created_at", "")),
            changed_at=str(raw.get("changed_at", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileError(f"{path}: damaged ({exc})") from exc
    return keyfile
