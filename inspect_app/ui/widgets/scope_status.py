"""This laptop's scope in the status bar: "Scope: Fujiang basin, agency …" / "Scope: everything".

A team lead gives a laptop a scope (issue 15: ``replica.scope``, keys ``basin:<code>``,
``agency:<id>``, ``region:<4 or 6 digits>``); the laptop then receives from the office hub only
the records of its scope and what they need. The status bar says which, in words people use
(``inspect_app.storage.scope_words.describe_scope``, which the command line calls too): basin
names from the reference data, agency names from the store, region names from GB/T 2260 —
never raw keys. The rule reading the scope is ``inspect_app.storage.scope.my_scope``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.scope import my_scope
from inspect_app.storage.scope_words import describe_scope
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text


def scope_text(store: Store) -> str:
    """The status bar's sentence: "Scope: …" in the UI language.

    The scope's words are ``storage.scope_words.describe_scope`` — the same the command
    line prints (``replica scope``, ``sync pull``).
    """
    keys = my_scope(store)
    described = describe_scope(store, keys)
    if described.id == SyncMsg.SCOPE_ALL.id:
        return QCoreApplication.translate("ScopeStatus", "Scope: everything")
    return QCoreApplication.translate("ScopeStatus", "Scope: {0}").format(message_text(described))


class ScopeStatus(QLabel):
    """The status bar's scope label; it reads the scope again after a sync or an import.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopeStatus")
        self._context = context
        events = context.events
        # bound methods, not lambdas: Qt drops them when this label is destroyed
        events.hub_synced.connect(self._on_events_changed)
        events.bundle_imported.connect(self._on_events_changed)
        events.replicas_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the scope and show it in the current language."""
        self.setText(scope_text(self._context.store))
        self.setToolTip(
            self.tr(
                "What this laptop receives from the office hub: the records of its scope and "
                "the records they need. A team lead sets it."
            )
        )

    def _on_events_changed(self, _what: object) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
