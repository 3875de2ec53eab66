"""The rule for a new passphrase typed twice (the team CA's, an officer's certificate).

Its sentences keep the translation context ``pki_dialog`` of the module they came from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MIN_PASSPHRASE_CHARS = 8  # as notices.pki.MIN_PASSPHRASE_CHARS (not imported: keeps PKI lazy)


def passphrase_problem(first: str, second: str, what: str) -> str | None:
    """Why a new passphrase typed twice cannot be used, as a sentence; None when it can."""
    if len(first) < MIN_PASSPHRASE_CHARS:
        return QCoreApplication.translate(
            "pki_dialog", "The {0} must have at least {1} characters (it has {2})."
        ).format(what, MIN_PASSPHRASE_CHARS, len(first))
    if first != second:
        return QCoreApplication.translate(
            "pki_dialog", "The two {0} entries differ: type the same passphrase twice."
        ).format(what)
    return None
