"""Keyed messages about protection at rest: unlocking, passphrases, recovery, sealed files.

Raised (or reported) by ``inspect_app/storage/protection/`` and the paths that unlock a data
folder: the window's unlock screen, the command line's passphrase sources, ``db encrypt``,
``db passphrase``, ``db recover``, sealed bundles.

Commands of the command line a message tells a person to run are parameters (``{command}``,
``{option}``): they are typed as they are, in any language.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class ProtectMsg(MessageKind):
    """Protection at rest: ``ProtectMsg.X.id``, ``ProtectMsg.X.english``; ``ProtectMsg.X(**p)``.

    Ids are ``protection.what`` and never change once released.
    """

    LOCKED = translate(
        "Message",
        "the data folder {folder} is encrypted and locked: unlock it with its passphrase "
        "({option} FILE, or the variable {variable})",
        "protection.locked",
    )
    WRONG_PASSPHRASE = translate(
        "Message",
        "the passphrase does not unlock {folder}; nothing was changed. Type it again, or ask "
        "the team lead to recover the folder with the team's recovery key",
        "protection.wrong_passphrase",
    )
    KEY_FILE_DAMAGED = translate(
        "Message",
        "the key file {path} is damaged ({reason}): the folder cannot be unlocked with it. "
        "Restore the file from a copy; nothing was changed",
        "protection.key_file_damaged",
    )
    KEY_FILE_MISSING = translate(
        "Message",
        "{folder} holds an encrypted store but its key file {file} is missing: restore the "
        "file from a copy; without it the store cannot be read",
        "protection.key_file_missing",
    )
    PASSPHRASE_FILE_UNREADABLE = translate(
        "Message",
        "cannot read the store's passphrase file {path}: {reason}",
        "protection.passphrase_file_unreadable",
    )
    PASSPHRASE_EMPTY = translate(
        "Message",
        "the passphrase is empty: type at least one character",
        "protection.passphrase_empty",
    )
    PASSPHRASE_TOO_SHORT = translate(
        "Message",
        "the passphrase has {length} characters; a new passphrase needs at least {minimum}",
        "protection.passphrase_too_short",
    )
    PASSPHRASES_DIFFER = translate(
        "Message",
        "the two passphrases differ: type the same one twice",
        "protection.passphrases_differ",
    )
    ENCRYPTION_UNAVAILABLE = translate(
        "Message",
        "this installation cannot open encrypted stores (its SQLite has no SQLCipher): "
        "install inspect-app with its dependencies",
        "protection.encryption_unavailable",
    )
    NOT_ENCRYPTED = translate(
        "Message",
        "not encrypted: this data folder was set up without encryption (a training laptop)",
        "protection.not_encrypted",
    )
    NOT_YET_ENCRYPTED = translate(
        "Message",
        "not encrypted: this store was written by an older version; encrypt it with {command}",
        "protection.not_yet_encrypted",
    )
    ENCRYPTED = translate(
        "Message",
        "encrypted (SQLCipher 4, AES-256; files AES-256-GCM); passphrase key Argon2id "
        "{memory_mib} MiB × {iterations}; recovery keys: {recovery}",
        "protection.encrypted",
    )
    WEAK_KDF = translate(
        "Message",
        "the passphrase key uses weak parameters (Argon2id {memory_mib} MiB × {iterations}); "
        "change the passphrase to strengthen it",
        "protection.weak_kdf",
    )
