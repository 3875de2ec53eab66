"""Example parameters for ``inspect_app.domain.messages.protection`` (``ProtectMsg``)."""

from __future__ import annotations

from pathlib import Path

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.protection import ProtectMsg

DATA = Path("/home/zhang/inspect-data")

EXAMPLES: dict[ProtectMsg, dict[str, Param]] = {
    ProtectMsg.LOCKED: {
        "folder": DATA,
        "option": "--store-passphrase-file",
        "variable": "INSPECT_APP_STORE_PASSPHRASE_FILE",
    },
    ProtectMsg.WRONG_PASSPHRASE: {"folder": DATA},
    ProtectMsg.KEY_FILE_DAMAGED: {"path": DATA / "protection.json", "reason": "not JSON"},
    ProtectMsg.KEY_FILE_MISSING: {"folder": DATA, "file": "protection.json"},
    ProtectMsg.PASSPHRASE_FILE_UNREADABLE: {
        "path": "/media/usb/pass.txt",
        "reason": "no such file",
    },
    ProtectMsg.PASSPHRASE_EMPTY: {},
    ProtectMsg.PASSPHRASE_TOO_SHORT: {"length": 5, "minimum": 8},
    ProtectMsg.PASSPHRASES_DIFFER: {},
    ProtectMsg.ENCRYPTION_UNAVAILABLE: {"command": "python3 packaging/bootstrap.py setup"},
    ProtectMsg.NOT_ENCRYPTED: {},
    ProtectMsg.NOT_YET_ENCRYPTED: {"command": "inspect-app db encrypt"},
    ProtectMsg.ENCRYPTED: {
        "cipher": "AEGIS-256",
        "memory_mib": 128,
        "iterations": 7,
        "recovery": 1,
    },
    ProtectMsg.NO_RECOVERY_COPY: {"command": "inspect-app pki recovery-key"},
    ProtectMsg.WEAK_KDF: {"memory_mib": 8, "iterations": 1},
    ProtectMsg.STORE_KEY_MISMATCH: {"path": DATA / "inspect.sqlite3"},
    ProtectMsg.SELF_CHECK_WRITTEN_CLEAR: {"version": "3.53.4"},
    ProtectMsg.STORE_FILE_CLEAR: {
        "path": DATA / "inspect.sqlite3",
        "command": "inspect-app db encrypt",
    },
    ProtectMsg.BOX_KEY_NOT_OWN: {"replica": "3f2a9c1d"},
    ProtectMsg.BUNDLE_NOT_ADDRESSED: {"recipients": "办公室中心, 张组长的笔记本"},
    ProtectMsg.BUNDLE_SEAL_BROKEN: {},
    ProtectMsg.BUNDLE_NOT_SEALED: {"replicas": "3f2a9c1d, 7b8e0f12"},
    ProtectMsg.BUNDLE_CLEAR_ASKED: {"option": "--unsealed"},
    ProtectMsg.BUNDLE_LEFT_OUT: {"replicas": "3f2a9c1d"},
    ProtectMsg.FILE_ALTERED: {"path": DATA / "photos" / "3f" / ("3f2a" + "0" * 60)},
    ProtectMsg.FILE_LOCKED: {"path": DATA / "derived" / "thumbs" / "3f" / ("3f2a" + "0" * 60)},
    ProtectMsg.EVIDENCE_NOT_SEALED: {"command": "inspect-app db encrypt"},
    ProtectMsg.PROMPT_STORE: {},
    ProtectMsg.PROMPT_NEW_STORE: {},
    ProtectMsg.PROMPT_RECOVERY: {},
    ProtectMsg.PROMPT_NEW_RECOVERY: {},
    ProtectMsg.NEW_FOLDER_NEEDS_CHOICE: {
        "folder": DATA,
        "option": "--store-passphrase-file",
        "no_encryption": "--no-encryption",
    },
    ProtectMsg.CHOOSE_ONE: {
        "option": "--store-passphrase-file",
        "no_encryption": "--no-encryption",
    },
    ProtectMsg.NO_ENCRYPTION_NOT_NEW: {"folder": DATA, "no_encryption": "--no-encryption"},
    ProtectMsg.NOTHING_TO_ENCRYPT: {"folder": DATA},
    ProtectMsg.MIGRATION_VERIFY_FAILED: {"path": DATA / "inspect.sqlite3", "what": "ops"},
    ProtectMsg.MIGRATION_STORE_BUSY: {
        "path": DATA / "inspect.sqlite3",
        "command": "inspect-app db encrypt",
    },
    ProtectMsg.MIGRATION_REMNANTS: {},
    ProtectMsg.RECOVERY_KEY_UNREADABLE: {"path": "/media/usb/team-recovery.key.pem"},
    ProtectMsg.RECOVERY_NOT_WRAPPED: {"folder": DATA},
    ProtectMsg.RECOVERY_KEY_EXISTS: {"path": DATA / "pki" / "team-recovery.key.pem"},
    ProtectMsg.RECOVERY_KEY_ADVICE: {"path": DATA / "pki" / "team-recovery.key.pem"},
    ProtectMsg.BUNDLE_NO_RECIPIENTS: {},
    ProtectMsg.PASSPHRASE_UNCHANGED: {},
}
