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
        "this installation cannot open encrypted stores (its SQLite has no page cipher): "
        "reinstall the app, or in a source checkout run {command}",
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
        "encrypted (store {cipher}; files AES-256-GCM); passphrase key Argon2id "
        "{memory_mib} MiB × {iterations}; recovery keys: {recovery}",
        "protection.encrypted",
    )
    NO_RECOVERY_COPY = translate(
        "Message",
        "no recovery copy of this folder's key yet: a forgotten passphrase would lose its data. "
        "The team lead makes the team's recovery key ({command}); this laptop adds its copy "
        "at the first unlock after the next sync",
        "protection.no_recovery_copy",
    )
    WEAK_KDF = translate(
        "Message",
        "the passphrase key uses weak parameters (Argon2id {memory_mib} MiB × {iterations}); "
        "change the passphrase to strengthen it",
        "protection.weak_kdf",
    )
    STORE_KEY_MISMATCH = translate(
        "Message",
        "the store file {path} does not open with its folder's key: it was written under "
        "another key, or it is damaged. Nothing was changed; restore the file, or the "
        "folder's key file, from a copy",
        "protection.store_key_mismatch",
    )
    STORE_FILE_CLEAR = translate(
        "Message",
        "the store file {path} is not encrypted, but its folder is set up for encryption: "
        "finish encrypting it with {command}",
        "protection.store_file_clear",
    )
    SELF_CHECK_WRITTEN_CLEAR = translate(
        "Message",
        "a scratch store set up encrypted was written as clear text: this installation's "
        "SQLite ({version}) does not encrypt; reinstall inspect-app",
        "protection.self_check_written_clear",
    )
    BOX_KEY_NOT_OWN = translate(
        "Message",
        "only replica {replica} itself may set the key its bundles are encrypted to",
        "protection.box_key_not_own",
    )
    BUNDLE_NOT_ADDRESSED = translate(
        "Message",
        "this bundle is not addressed to this laptop: only {recipients} can open it; ask for a "
        "bundle made for this laptop (a laptop joining the team needs one the team lead "
        "exported unencrypted: sync export --unsealed)",
        "protection.bundle_not_addressed",
    )
    BUNDLE_SEAL_BROKEN = translate(
        "Message",
        "the bundle's encryption does not check out: the file was altered, damaged or cut short",
        "protection.bundle_seal_broken",
    )
    BUNDLE_NOT_SEALED = translate(
        "Message",
        "the bundle is not encrypted: {replicas} have not sent their bundle key yet (it comes "
        "with their next bundle or hub sync); keep the file safe and delete it once imported",
        "protection.bundle_not_sealed",
    )
    BUNDLE_CLEAR_ASKED = translate(
        "Message",
        "the bundle is not encrypted, as asked ({option}); keep the file safe and delete it "
        "once imported",
        "protection.bundle_clear_asked",
    )
    BUNDLE_LEFT_OUT = translate(
        "Message",
        "{replicas} cannot open this bundle: their bundle keys have not arrived here yet",
        "protection.bundle_left_out",
    )
    FILE_ALTERED = translate(
        "Message",
        "the encrypted file {path} cannot be read: it was altered or damaged, or belongs to "
        "another data folder. Restore it from a copy (another laptop, the hub or a backup)",
        "protection.file_altered",
    )
    FILE_LOCKED = translate(
        "Message",
        "the file {path} is encrypted but its data folder is not unlocked: unlock the folder "
        "with its passphrase first",
        "protection.file_locked",
    )
    EVIDENCE_NOT_SEALED = translate(
        "Message",
        "evidence file still in clear (not yet encrypted): run {command} to encrypt it",
        "protection.evidence_not_sealed",
    )
    # -- the command line's passphrase sources, db encrypt / passphrase / recover (H4) ------
    PROMPT_STORE = translate("Message", "store passphrase", "protection.prompt_store")
    PROMPT_NEW_STORE = translate(
        "Message", "new store passphrase (at least 8 characters)", "protection.prompt_new_store"
    )
    PROMPT_RECOVERY = translate("Message", "recovery key passphrase", "protection.prompt_recovery")
    PROMPT_NEW_RECOVERY = translate(
        "Message", "new recovery key passphrase", "protection.prompt_new_recovery"
    )
    NEW_FOLDER_NEEDS_CHOICE = translate(
        "Message",
        "{folder} has no store yet and there is no terminal to ask for a passphrase: give "
        "{option} FILE to set it up encrypted, or {no_encryption} for a training laptop",
        "protection.new_folder_needs_choice",
    )
    CHOOSE_ONE = translate(
        "Message",
        "{option} and {no_encryption} contradict each other: give one of them",
        "protection.choose_one",
    )
    NO_ENCRYPTION_NOT_NEW = translate(
        "Message",
        "{folder} is already set up encrypted: {no_encryption} applies only to a new data "
        "folder, and nothing was changed",
        "protection.no_encryption_not_new",
    )
    NOTHING_TO_ENCRYPT = translate(
        "Message",
        "{folder} holds no store to encrypt",
        "protection.nothing_to_encrypt",
    )
    MIGRATION_VERIFY_FAILED = translate(
        "Message",
        "the encrypted copy of {path} does not match the clear store ({what}): nothing was "
        "switched and the clear store is unchanged",
        "protection.migration_verify_failed",
    )
    MIGRATION_STORE_BUSY = translate(
        "Message",
        "the store {path} is open in another program (the window, or a hub) or changed during "
        "the copy: close that program and run {command} again; nothing was switched",
        "protection.migration_store_busy",
    )
    MIGRATION_REMNANTS = translate(
        "Message",
        "the clear copies were overwritten and deleted; on SSDs and flash memory the device "
        "may still keep old copies of their blocks (wear levelling, TRIM), readable with "
        "special tools: use the computer's full-disk encryption as well",
        "protection.migration_remnants",
    )
    RECOVERY_KEY_UNREADABLE = translate(
        "Message",
        "{path} is not a team recovery key file, or its passphrase is wrong; nothing was changed",
        "protection.recovery_key_unreadable",
    )
    RECOVERY_NOT_WRAPPED = translate(
        "Message",
        "the key file of {folder} holds no copy of its key for this recovery key: the laptop "
        "was not unlocked after the team's recovery key reached it by sync. Nothing was "
        "changed",
        "protection.recovery_not_wrapped",
    )
    RECOVERY_KEY_EXISTS = translate(
        "Message",
        "the team already has a recovery key; its private key on this laptop is {path}",
        "protection.recovery_key_exists",
    )
    RECOVERY_KEY_ADVICE = translate(
        "Message",
        "keep a copy of {path} and its passphrase offline, for example on a USB stick in the "
        "office safe: with them the team lead can open any laptop of the team whose "
        "passphrase is forgotten",
        "protection.recovery_key_advice",
    )
    BUNDLE_NO_RECIPIENTS = translate(
        "Message",
        "the bundle is not encrypted: no other replica's bundle key is known here yet; keep "
        "the file safe and delete it once imported",
        "protection.bundle_no_recipients",
    )
    PASSPHRASE_UNCHANGED = translate(
        "Message",
        "the new passphrase is the old one; choose another (nothing was changed)",
        "protection.passphrase_unchanged",
    )
