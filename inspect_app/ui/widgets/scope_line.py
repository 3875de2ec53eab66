"""The calm line on a record's page of a scoped laptop: "outside your scope" / "not on this laptop".

A laptop whose lead gave it a scope (issue 15, ``docs/design/scoped-pull.md`` 4.1) holds its
scope's records as *members* and the records they name as *dependencies* (kept up to date, but
without their photos and the records that name them); a record outside both is *absent*.
:class:`ScopeLine` shows, on a record's page, which of these the record is —
``inspect_app.storage.scope.presence``, the one rule — and a **Fetch** button that brings it
from the office hub (:class:`~inspect_app.ui.widgets.fetch_dialog.FetchRecordDialog`), with
the hub address Sync ▸ Sync with office hub… remembers. A member shows nothing.

Reading the presence is two key lookups on the GUI thread's read connection, like reading the
record itself; the fetch runs on the writer thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.labels import entity_label
from inspect_app.ui.widgets.fetch_dialog import FetchRecordDialog, presence_of
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY, address_problem
from inspect_app.ui.widgets.messages import show_error

LINE_STYLE = (
    "QFrame#scopeLine { background: #eef3fb; border: 1px solid #c8d6ee; border-radius: 4px; }"
)
"""A calm information strip (blue-grey), not a warning: nothing is wrong with the record."""
MIN_TEXT_WIDTH = 120
"""Below this width (pixels) a layout is still settling: the sentence's height is not kept."""


def hub_address(context: UiContext) -> str | None:
    """The office hub's address this laptop syncs with (Sync ▸ Sync with office hub…), or None.

    None when none was entered yet or the remembered text is not an address.
    """
    settings = context.settings
    value = settings.value(SETTINGS_KEY, "") if settings is not None else ""
    text = value.strip().rstrip("/") if isinstance(value, str) else ""
    return text if text and address_problem(text) is None else None


def no_hub_text() -> str:
    """How to set the office hub, for a Fetch without one."""
    return QCoreApplication.translate(
        "ScopeLine",
        "No office hub is set on this laptop. Choose Sync ▸ Sync with office hub…, enter the "
        "hub's address and sync once; then fetch again.",
    )


def open_fetch(
    context: UiContext, entity: str, entity_id: str, parent: QWidget | None
) -> FetchRecordDialog | None:
    """Fetch one record from the office hub in a :class:`FetchRecordDialog` (started).

    Without a hub address, a message box says how to set one and None is returned.
    """
    url = hub_address(context)
    if url is None:
        show_error(parent, no_hub_text())
        return None
    dialog = FetchRecordDialog(context, url, entity, entity_id, parent)
    dialog.open()
    dialog.start()
    return dialog


class ScopeLine(QFrame):
    """The line "outside your scope" or "not on this laptop" about one record, with **Fetch**.

    Hidden for a member (and for no record). With ``references=True`` it is about a record a
    page names (a finding's party): it shows only when that record is absent.

    Args:
        context: the shared services.
        references: show only for an absent record.
        parent: Qt parent.

    Signals:
        fetched(object): a fetch started here ended (its ``FetchOutcome``), after the line
            was refreshed.

    Attributes:
        presence: ``member``, ``dependency`` or ``absent`` for the current record ("" for none).
        no_hub: Fetch found no hub address: the line says how to set one instead.
        dialog: the last fetch dialog opened here, or None.
    """

    fetched = Signal(object)

    def __init__(
        self, context: UiContext, references: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scopeLine")
        self.setStyleSheet(LINE_STYLE)
        self._context = context
        self._references = references
        self.entity = ""
        self.entity_id = ""
        self.presence = ""
        self.no_hub = False
        self.dialog: FetchRecordDialog | None = None
        self.text = QLabel()
        self.text.setObjectName("scopeText")
        self.text.setWordWrap(True)
        self.fetch_button = QPushButton()
        self.fetch_button.setObjectName("scopeFetch")
        self.fetch_button.clicked.connect(self.fetch)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.fetch_button)
        events = context.events
        # bound methods, not lambdas: Qt drops them when this line is destroyed
        events.hub_synced.connect(self._on_events_changed)
        events.bundle_imported.connect(self._on_events_changed)
        self.hide()
        self.retranslate_ui()

    # -- public ------------------------------------------------------------------------------
    def set_record(self, entity: str | None, entity_id: str | None) -> None:
        """Show the line about ``entity`` ``entity_id`` (None: no record, the line hides)."""
        changed = (entity or "", entity_id or "") != (self.entity, self.entity_id)
        self.entity, self.entity_id = entity or "", entity_id or ""
        if changed:
            self.no_hub = False
        self.refresh()

    def refresh(self) -> None:
        """Read the record's presence again and show or hide the line."""
        if not self.entity or not self.entity_id:
            self.presence = ""
        else:
            self.presence = presence_of(self._context.store, self.entity, self.entity_id)
        shown = self.presence == "absent" or (
            self.presence == "dependency" and not self._references
        )
        self._show_text()
        self.setVisible(shown)

    def fetch(self) -> FetchRecordDialog | None:
        """Fetch the record from the office hub; without a hub, the line says how to set one."""
        if not self.entity_id:
            return None
        url = hub_address(self._context)
        self.no_hub = url is None
        self._show_text()
        if url is None:
            return None
        if self.dialog is not None and self.dialog.is_running():
            self.dialog.raise_()
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = FetchRecordDialog(
            self._context, url, self.entity, self.entity_id, self.window()
        )
        self.dialog.fetched.connect(self._on_dialog_fetched)
        self.dialog.open()
        self.dialog.start()
        return self.dialog

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.fetch_button.setText(self.tr("&Fetch"))
        self._show_text()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Qt override: the wrapped sentences keep the height their width needs.

        A page short of height (a 700-pixel screen) would otherwise squeeze their lines
        into each other: a word-wrapped label's minimum height is one line.
        """
        super().resizeEvent(event)
        width = self.text.width()
        needed = self.text.heightForWidth(width) if width >= MIN_TEXT_WIDTH else -1
        if needed > 0 and self.text.minimumHeight() != needed:
            self.text.setMinimumHeight(needed)

    # -- helpers -----------------------------------------------------------------------------
    def _show_text(self) -> None:
        if self.no_hub and self.presence in ("dependency", "absent"):
            self.text.setText(no_hub_text())  # in place of the line: the page keeps its height
            self.fetch_button.setToolTip(no_hub_text())
        elif self.presence == "dependency":
            self.text.setText(message_text(SyncMsg.SYNC_SCOPE_OUTSIDE()))
            self.fetch_button.setToolTip(
                self.tr(
                    "Fetch its photos and related records from the office hub; from then on "
                    "they are kept on this laptop too."
                )
            )
        elif self.presence == "absent":
            message = SyncMsg.SYNC_SCOPE_NOT_HERE(
                entity=entity_label(self.entity), id=self.entity_id[:8]
            )
            self.text.setText(message_text(message))
            self.fetch_button.setToolTip(
                self.tr(
                    "Fetch this record and what it needs from the office hub; from then on it "
                    "is kept up to date on this laptop."
                )
            )
        else:
            self.text.clear()

    def _on_events_changed(self, _what: object) -> None:
        self.refresh()

    def _on_dialog_fetched(self, outcome: object) -> None:
        self.refresh()
        self.fetched.emit(outcome)
