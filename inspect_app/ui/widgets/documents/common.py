"""Shared parts of the document dialogs: the base dialog, a path field, small helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QSettings, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.notices.credentials import Credential, officer_p12
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted
from inspect_app.ui.screen_fit import grow_to_content

OK_COLOR = "#1b5e20"
OK_BACKGROUND = "#e8f5e9"
BAD_COLOR = "#b00020"
BAD_BACKGROUND = "#fdecea"
MAX_VERIFY_BYTES = 64 << 20  # as the store's limit for a signed document


# -- small helpers -----------------------------------------------------------------------------
def documents_folder() -> Path:
    """Where signed copies are offered by default: ``~/文书``."""
    return Path.home() / "文书"


def short_sha(sha256: str, length: int = 16) -> str:
    """The first ``length`` hex digits of a SHA-256, followed by an ellipsis."""
    return sha256[:length] + "…"


def minute(iso: str | None) -> str:
    """``2026-11-30T16:04:10+08:00`` as ``2026-11-30 16:04`` (the local time it names)."""
    return (iso or "")[:16].replace("T", " ")


def team_time(iso: str | None) -> str:
    """A UTC (or any offset) ISO time shown in the teams' zone, to the second."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(TEAM_TZ).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


TEAM_QT_ZONE = QTimeZone(b"Asia/Shanghai")


def team_datetime_edit(seconds_ago: int = 0) -> QDateTimeEdit:
    """A date-time field in the teams' zone (as the documents print it), set to now."""
    edit = QDateTimeEdit()
    edit.setTimeZone(TEAM_QT_ZONE)
    edit.setDateTime(QDateTime.currentDateTime(TEAM_QT_ZONE).addSecs(-seconds_ago))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def iso_of(edit: QDateTimeEdit) -> str:
    """The field's time as ISO 8601 in the teams' zone with its offset, to the second."""
    moment = edit.dateTime().toTimeZone(TEAM_QT_ZONE)
    offset = moment.offsetFromUtc()
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    return moment.toString("yyyy-MM-ddTHH:mm:ss") + f"{sign}{hours:02d}:{minutes:02d}"


def photo_label(number: int, photo_id: str, taken_at: str | None, name: str) -> str:
    """A photo's line in a list: number · time taken · name or caption · SHA-256 prefix."""
    parts = (str(number), minute(taken_at), name, photo_id[:10])
    return " · ".join(p for p in parts if p)


def write_file(data: bytes, out: Path) -> Path:
    """Write signed bytes unchanged to ``out`` (atomic), creating its folder first.

    Raises:
        ValidationError: the folder or file cannot be written (the reason in the message).
    """
    from inspect_app.notices.issue import write_copy

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return write_copy(data, out)
    except OSError as exc:
        raise ValidationError(
            StoreMsg.FILE_CANNOT_WRITE(path=out, reason=exc.strerror or str(exc))
        ) from exc


def credential_of(store: Store, officer_id: str, passphrase: bytes) -> Credential:
    """The officer's imported PKCS#12 on this laptop with ``passphrase``.

    Raises:
        NotFoundError: no certificate was imported for the officer here.
    """
    return Credential(officer_p12(store, officer_id), passphrase)


def bullet_html(lines: Sequence[str], ok: bool = False) -> str:
    """Lines as a list with a red ✗ (or a green ✓ when ``ok``) before each."""
    mark, color = ("✓", OK_COLOR) if ok else ("✗", BAD_COLOR)
    return "".join(
        f'<p style="margin:2px 0"><span style="color:{color}; font-weight:bold">{mark}</span>'
        f"&nbsp;{escape(line)}</p>"
        for line in lines
    )


def verdict_style(ok: bool) -> str:
    """Style sheet of a green (ok) or red verdict banner."""
    color, background = (OK_COLOR, OK_BACKGROUND) if ok else (BAD_COLOR, BAD_BACKGROUND)
    return (
        f"QLabel {{ color: {color}; background: {background}; border: 1px solid {color};"
        " border-radius: 4px; padding: 6px; font-weight: bold; }"
    )


class PathField(QWidget):
    """A file path with a "Browse…" button (save or open dialog).

    Args:
        save: ask for a file to write (else one to read).
        filter_text: the file dialog's filter, e.g. ``"PDF (*.pdf)"``.
    """

    changed = Signal(str)

    def __init__(self, save: bool, filter_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._filter = filter_text
        self._remember: tuple[QSettings | None, str] | None = None
        self.edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.edit.textChanged.connect(self.changed)
        self.retranslate_ui()

    def path(self) -> Path | None:
        """The path typed or chosen, or None when blank."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        """Show ``path``."""
        self.edit.setText(str(path))

    def set_filter(self, filter_text: str) -> None:
        """Set the file dialog's filter (after a language change)."""
        self._filter = filter_text

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.browse_button.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def remember_in(self, settings: QSettings | None, purpose: str) -> None:
        """Start "Browse…" in the folder last chosen for ``purpose`` (see ui/folders.py)."""
        self._remember = (settings, purpose)

    def _on_browse_button_clicked(self) -> None:
        start = self.edit.text().strip()
        if self._remember is not None:
            settings, purpose = self._remember
            folder = folders.start_folder(settings, purpose, documents_folder())
            start = str(folder / Path(start).name) if start else str(folder)
        start = start or str(documents_folder())
        if self._save:
            name, _ = QFileDialog.getSaveFileName(self, "", start, self._filter)
        else:
            name, _ = QFileDialog.getOpenFileName(self, "", start, self._filter)
        if name:
            if self._remember is not None:
                folders.remember_choice(self._remember[0], self._remember[1], name)
            self.edit.setText(name)


class DocumentDialog(QDialog):
    """Base of the document dialogs: a busy bar, an error line, one background job at a time.

    Signals:
        task_done(): a job of this dialog finished (after its success or failure was shown).
        notice_changed(str): a notice, or something listed under it, changed in the store.
    """

    task_done = Signal()
    notice_changed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {BAD_COLOR};")
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_label = QLabel()
        self.busy_row = QWidget()
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        self.busy_row.hide()
        self._lock_while_busy: list[QWidget] = []

    def officer_id(self) -> str | None:
        """The acting officer."""
        return self.context.officer_id()

    def show_error(self, message: str) -> None:
        """Show a message (a core sentence is put in the UI language) under the form."""
        self.error_label.setText(bulleted(message))
        self.error_label.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) the open dialog so every wrapped line shows at its width.

        A label that appears or gets longer (an error, a result) needs more height; a dialog
        already shown does not grow by itself, so the other labels would be squeezed.
        """
        grow_to_content(self)

    def clear_error(self) -> None:
        """Hide the error line."""
        self.error_label.clear()
        self.error_label.hide()

    def run_write(
        self,
        job: Callable[[Store], Any],
        busy_text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
        refused: Callable[[InspectError], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on the writer thread with the busy bar showing.

        ``refused`` gets the core's error (before ``failed`` gets its sentence): decide on its
        keyed message there, never on the sentence.
        """
        self._start_busy(busy_text)
        keyed = {"refused": refused} if refused is not None else {}
        self.context.tasks.write(
            job,
            succeeded=lambda value: self._finish(succeeded, value),
            failed=lambda message: self._finish(failed or self.show_error, message),
            **keyed,
        )

    def run_read(
        self,
        job: Callable[[], Any],
        busy_text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job()`` (no store writes) on the shared pool with the busy bar showing."""
        self._start_busy(busy_text)
        self.context.tasks.run(
            job,
            succeeded=lambda value: self._finish(succeeded, value),
            failed=lambda message: self._finish(failed or self.show_error, message),
        )

    def lock_while_busy(self, *widgets: QWidget) -> None:
        """Disable ``widgets`` while a job runs."""
        self._lock_while_busy.extend(widgets)

    def update_state(self) -> None:
        """Enable and disable controls for the current state (subclasses)."""

    def _start_busy(self, text: str) -> None:
        self.clear_error()
        self.busy = True
        self.busy_label.setText(text)
        self.busy_row.show()
        for widget in self._lock_while_busy:
            widget.setEnabled(False)

    def _finish(self, handler: Callable[[Any], None], value: Any) -> None:
        self.busy = False
        self.busy_row.hide()
        for widget in self._lock_while_busy:
            widget.setEnabled(True)
        try:
            handler(value)
        finally:
            self.update_state()
            self.task_done.emit()

    def reject(self) -> None:
        """Qt override: stay open while a job runs (its result must be shown)."""
        if self.busy:
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses)."""


def passphrase_field() -> QLineEdit:
    """A password field for a signing passphrase."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName("passphrase")
    return field
