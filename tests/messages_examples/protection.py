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
    ProtectMsg.ENCRYPTION_UNAVAILABLE: {},
    ProtectMsg.NOT_ENCRYPTED: {},
    ProtectMsg.NOT_YET_ENCRYPTED: {"command": "inspect-app db encrypt"},
    ProtectMsg.ENCRYPTED: {"memory_mib": 128, "iterations": 7, "recovery": 1},
    ProtectMsg.WEAK_KDF: {"memory_mib": 8, "iterations": 1},
}
