"""Parts the protection dialogs share: the inline error line, the busy bar, OK/Cancel.

The unlock screen, the set-up choice, the change-passphrase and the recovery dialogs each
run a slow step (an Argon2id derivation, ~0.5 s) on a background task and say a refusal
inline; these build the widgets that do it, the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QWidget

ERROR_STYLE = "color: #b00020;"
"""The error red of the app's forms (WCAG AA on the default window background)."""


def error_line(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped red label named ``errorLabel`` (tests find it by that name)."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A hidden, thin, indeterminate progress bar shown while a derivation runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def ok_cancel(accept: Callable[[], object], reject: Callable[[], object]) -> QDialogButtonBox:
    """OK and Cancel buttons wired to ``accept`` and ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    return buttons
