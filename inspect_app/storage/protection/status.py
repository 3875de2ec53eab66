"""What a data folder's protection at rest is, in one keyed line: ``db check``, the status bar.

:func:`protection_status` reads the folder's key file (never the store, never a passphrase)
and says which of four states it is in, with the numbers a reader needs to judge it: the
Argon2id parameters of the passphrase wrap and how many recovery keys can unwrap the data
key. A clear folder — opted out (a training laptop) or written by an older version — is a
warning, never a failure: the check stays green and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection.keyfile import AEGIS_256, KEY_FILE, SQLCIPHER_4, KeyFileError
from inspect_app.storage.protection.unlocking import Protection, load_key_file, protection_of

ENCRYPT_COMMAND = "inspect-app db encrypt"
RECOVERY_KEY_COMMAND = "inspect-app pki recovery-key"
"""How the team lead makes the team's recovery key (README "Recovery")."""
CIPHER_NAMES = {AEGIS_256: "AEGIS-256", SQLCIPHER_4: "SQLCipher 4 / AES-256"}
"""How ``db check`` and the status bar name a store's page cipher (names of standards)."""
"""The command that encrypts a clear store of an older version (named in the line)."""


@dataclass(frozen=True)
class ProtectionStatus:
    """A data folder's protection at rest.

    Attributes:
        state: which of :class:`Protection`'s states the folder is in.
        line: the keyed line saying so (``ProtectMsg.ENCRYPTED`` / ``NOT_ENCRYPTED`` /
            ``NOT_YET_ENCRYPTED``; ``NOT_YET_ENCRYPTED`` also for a new folder).
        warnings: what a reader should act on but that does not fail a check
            (``ProtectMsg.WEAK_KDF``).
        recovery_keys: recovery keys that can unwrap the data key (0 for a clear folder).
    """

    state: Protection
    line: Message
    warnings: tuple[Message, ...] = field(default_factory=tuple)
    recovery_keys: int = 0

    @property
    def encrypted(self) -> bool:
        """True for an encrypted folder."""
        return self.state is Protection.ENCRYPTED

    @property
    def warns(self) -> bool:
        """True when the line or a warning asks for attention (clear, or weak parameters)."""
        return not self.encrypted or bool(self.warnings)


def protection_status(data_dir: Path) -> ProtectionStatus:
    """Read ``data_dir``'s key file and say what its protection is (a few ms; no key needed).

    Raises:
        StoreError: ``ProtectMsg.KEY_FILE_DAMAGED`` — the key file (or its Argon2id
            parameters) is damaged.
    """
    state = protection_of(data_dir)
    if state is Protection.CLEAR_OPTED_OUT:
        return ProtectionStatus(state, ProtectMsg.NOT_ENCRYPTED())
    if state is not Protection.ENCRYPTED:
        return ProtectionStatus(state, ProtectMsg.NOT_YET_ENCRYPTED(command=ENCRYPT_COMMAND))
    found = load_key_file(data_dir)
    assert found is not None  # protection_of said ENCRYPTED
    try:
        params = found.kdf_params
    except KeyFileError as exc:
        raise StoreError(
            ProtectMsg.KEY_FILE_DAMAGED(path=Path(data_dir) / KEY_FILE, reason=str(exc))
        ) from exc
    memory_mib = params.memory_kib // 1024
    recovery = len(found.recovery)
    line = ProtectMsg.ENCRYPTED(
        cipher=CIPHER_NAMES.get(found.store_cipher, found.store_cipher),
        memory_mib=memory_mib,
        iterations=params.iterations,
        recovery=recovery,
    )
    warnings = (
        (ProtectMsg.WEAK_KDF(memory_mib=memory_mib, iterations=params.iterations),)
        if params.weak
        else ()
    ) + ((ProtectMsg.NO_RECOVERY_COPY(command=RECOVERY_KEY_COMMAND),) if not recovery else ())
    return ProtectionStatus(state, line, warnings, recovery)
