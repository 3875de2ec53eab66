"""Pick the party of a finding from the site registry (searched in SQL as you type)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.registry import get_site
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.sites import SiteListModel


class PartyPicker(QWidget):
    """A search field with a completer over :class:`SiteListModel`, and a "New…" button.

    Signals:
        party_picked(str): a site was chosen ("" when the party was cleared).
        new_requested(): the user wants to create a party on the spot.
    """

    party_picked = Signal(str)
    new_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._site_id: str | None = None
        self._site_name = ""
        self.model = SiteListModel(context.store, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(SiteListModel.NameRole)  # the text put in the field
        self.search.setCompleter(self.completer)
        self.new_button = QToolButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.new_button)
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.editingFinished.connect(self._on_search_editing_finished)
        self.completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.new_button.clicked.connect(self.new_requested)
        context.events.site_added.connect(self._on_events_site_added)
        self.retranslate_ui()

    @property
    def site_id(self) -> str | None:
        """The chosen site, or None."""
        return self._site_id

    def show_site(self, site_id: str | None) -> None:
        """Display ``site_id`` without emitting :attr:`party_picked`."""
        self._site_id = site_id
        self._site_name = ""
        if site_id:
            try:
                self._site_name = get_site(self._context.store, site_id).name
            except NotFoundError:
                self._site_name = ""
        self.search.setText(self._site_name)

    def pick(self, site_id: str | None) -> None:
        """Choose ``site_id`` (None: no party) and emit :attr:`party_picked`."""
        self.show_site(site_id)
        self.party_picked.emit(site_id or "")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search by name or credit code"))
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create a party on the spot"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_search_text_edited(self, text: str) -> None:
        self.model.set_search(text)
        if text:
            self.completer.complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        site_id = index.data(SiteListModel.IdRole)
        if site_id:
            self.pick(site_id)

    def _on_search_editing_finished(self) -> None:
        text = self.search.text().strip()
        if not text and self._site_id:
            self.pick(None)
        elif text != self._site_name:
            self.search.setText(self._site_name)

    def _on_events_site_added(self, _site_id: str) -> None:
        self.model.reload()
