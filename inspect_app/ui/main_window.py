"""The main window: patrols → a patrol's findings → the finding editor and its photos."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.team_time import team_today
from inspect_app.storage.findings import add_finding, findings_of_site, get_finding
from inspect_app.storage.notices import draft_file_name, get_notice
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import get_site, list_officers
from inspect_app.storage.store import Store
from inspect_app.sync.conflicts import list_conflicts
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text, not_done, notice_warning
from inspect_app.ui.events import AppEvents
from inspect_app.ui.first_paint import after_first_paint
from inspect_app.ui.i18n import CHINESE, ENGLISH, Translations, current_language
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.models.patrols import PatrolListModel
from inspect_app.ui.tasks import TaskManager
from inspect_app.ui.widgets.dashboard import DashboardView
from inspect_app.ui.widgets.export_dialog import ExportActions
from inspect_app.ui.widgets.finding_editor import FindingEditor
from inspect_app.ui.widgets.finding_search import FindingSearchBar
from inspect_app.ui.widgets.finding_table import FindingTableView, remember_splitter
from inspect_app.ui.widgets.help_menu import HelpMenu
from inspect_app.ui.widgets.join_team_dialog import JoinTeamDialog
from inspect_app.ui.widgets.map.panel import MapDock
from inspect_app.ui.widgets.mending_menu import MendingMenu
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.notice_dialog import NoticeDialog
from inspect_app.ui.widgets.notices_view import NoticesView
from inspect_app.ui.widgets.officer_dialog import OfficerDialog
from inspect_app.ui.widgets.patrol_dialog import PatrolDialog
from inspect_app.ui.widgets.patrol_list import PatrolListView
from inspect_app.ui.widgets.photo_strip import PhotoStrip
from inspect_app.ui.widgets.protection_status import ProtectionStatus
from inspect_app.ui.widgets.scope_line import ScopeLine
from inspect_app.ui.widgets.scope_status import ScopeStatus
from inspect_app.ui.widgets.setup_dialog import SetupDialog
from inspect_app.ui.widgets.stamp_action import EvidenceStampAction
from inspect_app.ui.widgets.sync_menu import SyncMenu
from inspect_app.ui.widgets.window_layout import (
    MapDockByWidth,
    default_splitter_sizes,
    initial_window_size,
)

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The one window of the app.

    Args:
        store: the GUI thread's read connection (writes go through :class:`TaskManager`).
        translations: the language switcher.
        log_path: the log file named in "something went wrong" messages.
    """

    def __init__(
        self, store: Store, translations: Translations, log_path: Path | None = None
    ) -> None:
        super().__init__()
        self.translations = translations
        events = AppEvents(self)
        tasks = TaskManager(store.data_dir, log_path, self)
        self.context = UiContext(store, tasks, events, log_path, translations.settings)
        self.setup_dialog: SetupDialog | None = None
        self.join_dialog: JoinTeamDialog | None = None
        self.patrol_dialog: PatrolDialog | None = None
        self.notice_dialog: NoticeDialog | None = None
        self.officer_dialog: OfficerDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_notice_path: Path | None = None
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._connect()
        self.mending_menu = MendingMenu(self)  # issue 12: Edit ▸ undo, mend, history
        self.menuBar().insertMenu(self.view_menu.menuAction(), self.mending_menu)
        self.resize(initial_window_size(self))
        self.retranslate_ui()
        self._update_actions()

    # -- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | str | None, slot: object) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_patrol_action = action("Ctrl+Shift+N", self.new_patrol)
        self.new_finding_action = action(QKeySequence.StandardKey.New, self.new_finding)
        self.import_action = action("Ctrl+I", self.choose_photos)
        self.draft_notice_action = action(QKeySequence.StandardKey.Print, self.draft_notice)
        # Explicit: QKeySequence.Quit is empty on Windows and some Linux desktops.
        self.quit_action = action("Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.setup_action = action(None, self.open_setup)
        self.add_officer_action = action(None, self.add_officer)
        self.language_group = QActionGroup(self)
        self.chinese_action = action(None, lambda: self.set_language(CHINESE))
        self.english_action = action(None, lambda: self.set_language(ENGLISH))
        for act in (self.chinese_action, self.english_action):
            act.setCheckable(True)
            self.language_group.addAction(act)
        self.chinese_action.setText("中文")
        self.english_action.setText("English")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        for act in (
            self.new_patrol_action,
            self.new_finding_action,
            self.import_action,
            self.draft_notice_action,
        ):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        # the finding list's current search/filters, else its patrol (issue 11: exports)
        self.export_actions = ExportActions(self.context, lambda: self.findings.query(), self)
        self.file_menu.addAction(self.export_actions.findings_action)
        self.file_menu.addAction(self.export_actions.notices_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.chinese_action)
        self.language_menu.addAction(self.english_action)
        self.settings_menu = QMenu(self)
        self.settings_menu.addAction(self.setup_action)
        self.settings_menu.addAction(self.add_officer_action)
        self.sync_menu = SyncMenu(self.context, self)
        self.notices_view = NoticesView(self.context)
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.notices_view.agency_action)
        self.settings_menu.addAction(self.notices_view.pki_action)
        self.settings_menu.addAction(self.notices_view.numbers_action)
        self.documents_menu = QMenu(self)
        for act in self.notices_view.all_actions():
            if act is None:
                self.documents_menu.addSeparator()
            else:
                self.documents_menu.addAction(act)
                self.addAction(act)  # shortcuts work from either tab
        self.view_menu.addSeparator()
        self.findings_tab_action = QAction(self)
        self.findings_tab_action.setShortcut(QKeySequence("Ctrl+1"))
        self.findings_tab_action.triggered.connect(lambda: self.show_tab(0))
        self.notices_tab_action = QAction(self)
        self.notices_tab_action.setShortcut(QKeySequence("Ctrl+2"))
        self.notices_tab_action.triggered.connect(lambda: self.show_tab(1))
        for act in (self.findings_tab_action, self.notices_tab_action):
            self.view_menu.addAction(act)
            self.addAction(act)
        self.help_menu = HelpMenu(self, self.context.store.data_dir)
        self.addAction(self.help_menu.guide_action)  # F1 wherever the focus is
        for menu in (
            self.file_menu,
            self.view_menu,
            self.documents_menu,
            self.sync_menu,
            self.settings_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (
            self.new_patrol_action,
            self.new_finding_action,
            self.import_action,
            self.draft_notice_action,
        ):
            self.toolbar.addAction(act)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.officer_label = QLabel()
        self.officers = OfficerListModel(self.context.store, parent=self)
        self.officer_combo = QComboBox()
        self.officer_combo.setModel(self.officers)
        self.officer_combo.setMinimumWidth(180)
        self.toolbar.addWidget(self.officer_label)
        self.toolbar.addWidget(self.officer_combo)
        self.addToolBar(self.toolbar)

    def _build_central(self) -> None:
        store = self.context.store
        self.patrols = PatrolListModel(store, self)
        self.patrol_view = PatrolListView()
        self.patrol_view.setModel(self.patrols)
        self.patrols_title = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.patrols_title)
        left_layout.addWidget(self.patrol_view)

        self.findings = FindingTableModel(store, self)
        self.finding_view = FindingTableView(FindingTableModel.TEXT_COLUMNS, self.findings.samples)
        self.finding_view.setModel(self.findings)
        self.finding_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.findings_title = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.findings_title)
        self.finding_search = FindingSearchBar(
            self.context, self.findings, self.finding_view, self.findings_title
        )
        self.finding_search.find_action.triggered.connect(
            lambda: (self.show_tab(0), self.finding_search.focus_search())
        )
        self.view_menu.addAction(self.finding_search.find_action)
        self.addAction(self.finding_search.find_action)
        top_layout.addWidget(self.finding_search)
        self.patrol_scope = ScopeLine(self.context)  # issue 15: a patrol outside the scope
        top_layout.addWidget(self.patrol_scope)
        top_layout.addWidget(self.finding_view, 1)

        self.editor = FindingEditor(self.context)
        self.photo_strip = PhotoStrip(self.context)
        self.photo_strip.layout().addWidget(self.editor.plausibility)  # evidence checks
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.editor)
        bottom.addWidget(self.photo_strip)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setStretchFactor(0, 1)  # the findings list takes the height the editor leaves
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        first = initial_window_size(self)  # the splitters start from the screen's size
        defaults = default_splitter_sizes(first.width(), first.height())
        for key, splitter in (("findings", right), ("editor", bottom), ("patrols", main)):
            splitter.setSizes(defaults[key])
            remember_splitter(splitter, self.context.settings, f"splitters/{key}")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(main, "")
        self.tabs.addTab(self.notices_view, "")
        self.dashboard = DashboardView(self.context)  # the lead's start page (issue 11)
        self.tabs.addTab(self.dashboard, "")
        self.dashboard.show_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.dashboard)
        )
        self.view_menu.insertAction(self.finding_search.find_action, self.dashboard.show_action)
        self.addAction(self.dashboard.show_action)  # Ctrl+3, listed in Help ▸ Keyboard shortcuts
        self.settings_menu.addAction(self.dashboard.thresholds_action)
        self.stamp_action = EvidenceStampAction(self.context, self)  # issue 12
        self.settings_menu.addAction(self.stamp_action)
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.scope_status = ScopeStatus(self.context)  # issue 15: what this laptop receives
        self.statusBar().addPermanentWidget(self.scope_status)
        self.statusBar().addPermanentWidget(self.status_label)
        self.protection_status = ProtectionStatus(self.context, self)  # issue 14
        self.statusBar().addPermanentWidget(self.protection_status)
        change, auto_lock, lock_now = self.protection_status.actions_for_menus()
        self.settings_menu.addSeparator()
        self.settings_menu.addActions([change, auto_lock])
        self.file_menu.insertAction(self.quit_action, lock_now)
        self.addAction(lock_now)  # Ctrl+L wherever the focus is
        self.map_dock = MapDock(self.context, self)  # the offline map (issue 11)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.map_dock)
        self.view_menu.addAction(self.map_dock.toggleViewAction())
        self.map_dock_by_width = MapDockByWidth(self, self.map_dock, self.context.settings)

    def _connect(self) -> None:
        events = self.context.events
        self.patrol_view.selectionModel().currentChanged.connect(self._on_patrol_view_current)
        self.finding_view.selectionModel().selectionChanged.connect(
            self._on_finding_view_selection_changed
        )
        self.officer_combo.activated.connect(self._on_officer_combo_activated)
        self.context.tasks.error_reported.connect(self._on_tasks_error_reported)
        events.patrol_added.connect(self._on_events_patrol_added)
        events.finding_added.connect(self._on_events_finding_added)
        events.finding_changed.connect(self.findings.refresh)
        events.photos_imported.connect(self.findings.refresh)
        events.officers_changed.connect(self._on_events_officers_changed)
        events.bundle_imported.connect(self._on_events_bundle_imported)
        events.hub_synced.connect(self._on_events_hub_synced)
        events.set_aside_released.connect(self._on_events_set_aside_released)
        events.conflicts_changed.connect(self._on_events_conflicts_changed)
        events.current_officer_changed.connect(lambda _id: self._update_actions())
        self.notices_view.notice_changed.connect(self._on_notices_view_notice_changed)
        self.notices_view.reveal_requested.connect(lambda: self.show_tab(1))
        self.dashboard.finding_query_requested.connect(self._on_dashboard_finding_query_requested)
        self.dashboard.notices_requested.connect(self._on_dashboard_notices_requested)
        self.notices_view.current_finding = lambda: self.editor.finding_id
        self.translations.language_changed.connect(self._on_translations_language_changed)
        map_panel = self.map_dock.panel
        map_panel.finding_clicked.connect(self._on_map_finding_clicked)
        map_panel.box_changed.connect(self._on_map_box_changed)
        self.addAction(map_panel.fit_action)  # Ctrl+0, also while the map dock is closed
        self.finding_search.box_chip.clear_requested.connect(map_panel.clear_box)
        self.findings.loaded.connect(lambda _n: map_panel.set_list_query(self.findings.query()))
        queued = Qt.ConnectionType.QueuedConnection  # after the window's own slots
        self.finding_view.selectionModel().selectionChanged.connect(
            lambda *_: map_panel.set_finding(self.editor.finding_id), queued
        )
        self.patrol_view.selectionModel().currentChanged.connect(
            lambda *_: map_panel.set_patrol(self.findings.patrol_id), queued
        )

    # -- start and stop ----------------------------------------------------------------------
    def start(self) -> None:
        """Run the first-run set-up when the store has no officer; select the newest patrol.

        Once the window has painted, loads the open sync conflicts (on the writer thread, which
        opens its own connection) for the findings' badges.
        """
        after_first_paint(
            self,
            lambda: self.context.tasks.write(
                list_conflicts, succeeded=self.context.events.conflicts_changed.emit
            ),
        )
        if not list_officers(self.context.store):
            self.open_setup()
        elif self.patrols.rowCount() > 0:
            self.select_patrol(self.patrols.patrol_id(0))
        me = self.context.officer_id()
        if me and any(o.id == me and o.role == "lead" for o in list_officers(self.context.store)):
            self.tabs.setCurrentWidget(self.dashboard)  # the lead starts on the overview

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: save pending edits and stop background work before closing."""
        self.editor.flush()
        self.photo_strip.cancel_import()
        self.finding_search.shutdown()
        self.context.tasks.shutdown()
        super().closeEvent(event)

    # -- commands ----------------------------------------------------------------------------
    def open_setup(self) -> SetupDialog:
        """Open the agency / first officer set-up dialog."""
        self.setup_dialog = SetupDialog(self.context, self)
        self.setup_dialog.saved.connect(self._on_setup_dialog_saved)
        self.setup_dialog.join_requested.connect(self.open_join_team)
        self.setup_dialog.open()
        return self.setup_dialog

    def open_join_team(self) -> JoinTeamDialog:
        """Open the joining of an existing team (a new laptop, from the office bundle)."""
        self.join_dialog = JoinTeamDialog(self.context, self)
        self.join_dialog.joined.connect(self._on_setup_dialog_saved)
        self.join_dialog.open()
        return self.join_dialog

    def new_patrol(self) -> PatrolDialog:
        """Open the new patrol dialog."""
        self.patrol_dialog = PatrolDialog(self.context, self)
        self.patrol_dialog.saved.connect(self.context.events.patrol_added.emit)
        self.patrol_dialog.open()
        return self.patrol_dialog

    def new_finding(self) -> None:
        """Add a finding to the current patrol (observed now, first category) and edit it."""
        patrol_id = self.findings.patrol_id
        officer = self.context.officer_id()
        if patrol_id is None or officer is None:
            return
        category = reference().categories[0].code
        observed = iso_local_now()

        def job(store: Store) -> str:
            return add_finding(store, officer, patrol_id, category, observed_at=observed).id

        self.context.tasks.write(job, succeeded=self.context.events.finding_added.emit)

    def choose_photos(self) -> None:
        """Pick photo files to import into the current finding (Ctrl+I)."""
        if self.editor.finding_id is not None:
            self.photo_strip._on_import_button_clicked()

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders into the current finding."""
        self.photo_strip.import_paths(paths)

    def select_patrol(self, patrol_id: str) -> None:
        """Make ``patrol_id`` the current patrol."""
        row = self.patrols.row_of(patrol_id)
        if row >= 0:
            self.patrol_view.setCurrentIndex(self.patrols.index(row))

    def select_finding(self, finding_id: str) -> None:
        """Make ``finding_id`` (of the current patrol) the current finding."""
        row = self.findings.reveal(finding_id)
        if row >= 0:
            # not selectRow: it follows the keyboard's modifiers (Ctrl held toggles the row)
            flags = QItemSelectionModel.SelectionFlag
            self.finding_view.selectionModel().setCurrentIndex(
                self.findings.index(row, 0), flags.ClearAndSelect | flags.Rows
            )

    def selected_finding_ids(self) -> list[str]:
        """Ids of the selected findings, in table order."""
        rows = sorted({i.row() for i in self.finding_view.selectionModel().selectedRows()})
        return [self.findings.finding_id(r) for r in rows]

    def draft_notice(self) -> NoticeDialog | None:
        """Draft a notice for the selected findings (all of one party) — Ctrl+P."""
        ids = self.selected_finding_ids()
        if not ids and self.editor.finding_id:
            ids = [self.editor.finding_id]
        if not ids:
            self.show_error(self.tr("Select the findings the notice is about."))
            return None
        self.editor.flush()
        try:
            chosen = [get_finding(self.context.store, i) for i in ids]
        except NotFoundError as exc:
            self.show_error(not_done(error_text(exc)))
            return None
        parties = {f.site_id for f in chosen}
        if None in parties:
            self.show_error(self.tr("Pick the party of every selected finding first."))
            return None
        if len(parties) > 1:
            self.show_error(
                self.tr(
                    "The selected findings concern different parties; "
                    "a notice is served on one party."
                )
            )
            return None
        site = get_site(self.context.store, chosen[0].site_id or "")
        everything = findings_of_site(self.context.store, site.id)
        self.notice_dialog = NoticeDialog(site, chosen, everything, self)
        self.notice_dialog.accepted.connect(self._on_notice_dialog_accepted)
        self.notice_dialog.open()
        return self.notice_dialog

    def add_officer(self) -> OfficerDialog:
        """Open the dialog that registers another officer (Settings ▸ Add officer…)."""
        self.officer_dialog = OfficerDialog(self.context, self)
        self.officer_dialog.saved.connect(lambda _id: self.context.events.officers_changed.emit())
        self.officer_dialog.open()
        return self.officer_dialog

    def show_tab(self, index: int) -> None:
        """Show the findings (0) or the notices (1) tab."""
        self.tabs.setCurrentIndex(index)

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember the choice."""
        self.translations.apply(language, remember=True)

    def show_error(self, message: str) -> QMessageBox:
        """Show an error sentence in a message box (never a traceback)."""
        self.message_box = show_error(self, message)
        return self.message_box

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Joint Environmental Inspection"))
        self.file_menu.setTitle(self.tr("&File"))
        self.export_actions.retranslate_ui()
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.documents_menu.setTitle(self.tr("&Documents"))
        self.tabs.setTabText(0, self.tr("Patrols and findings"))
        self.tabs.setTabText(1, self.tr("Notices"))
        self.tabs.setTabText(self.tabs.indexOf(self.dashboard), self.tr("Overview"))
        self.findings_tab_action.setText(self.tr("Patrols and findings"))
        self.notices_tab_action.setText(self.tr("Notices"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_patrol_action.setText(self.tr("New &patrol…"))
        self.new_finding_action.setText(self.tr("New &finding"))
        self.import_action.setText(self.tr("&Import photos…"))
        self.draft_notice_action.setText(self.tr("&Draft notice…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.setup_action.setText(self.tr("Set up agency and officer…"))
        self.add_officer_action.setText(self.tr("Add officer…"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.officer_label.setText(self.tr("Current officer: "))
        self.patrols_title.setText(self.tr("Patrols"))
        self.findings_title.setText(self.tr("Findings of the patrol"))
        self.chinese_action.setChecked(current_language() == CHINESE)
        self.english_action.setChecked(current_language() == ENGLISH)
        self.status_label.setText(self.tr("Data folder: {0}").format(self.context.store.data_dir))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots -------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        has_officer = self.context.officer_id() is not None
        has_patrol = self.findings.patrol_id is not None
        has_finding = self.editor.finding_id is not None
        self.new_patrol_action.setEnabled(has_officer)
        self.new_finding_action.setEnabled(has_officer and has_patrol)
        self.import_action.setEnabled(has_officer and has_finding)
        self.draft_notice_action.setEnabled(has_officer and has_finding)
        me = self.context.officer_id()
        self.officer_combo.setCurrentIndex(self.officers.row_of(me) if me else -1)

    def _on_setup_dialog_saved(self, officer_id: str) -> None:
        self.context.events.officers_changed.emit()
        self.context.events.current_officer_changed.emit(officer_id)

    def _on_events_officers_changed(self) -> None:
        self.officers.reload()
        self._update_actions()

    def _on_officer_combo_activated(self, row: int) -> None:
        officer_id = self.officers.index(row).data(OfficerListModel.IdRole)
        if not officer_id:
            return

        def job(store: Store) -> str:
            store.set_setting("current_officer", officer_id)
            return officer_id

        self.context.tasks.write(job, succeeded=self.context.events.current_officer_changed.emit)

    def _on_events_patrol_added(self, patrol_id: str) -> None:
        self.patrols.reload()
        self.select_patrol(patrol_id)

    def _on_events_finding_added(self, finding_id: str) -> None:
        self.findings.reload()
        self.select_finding(finding_id)
        self.editor.description.setFocus()

    def _on_events_bundle_imported(self, _report: object) -> None:
        """Anything may have changed: reload every view, keeping the patrol and finding."""
        patrol_id = self.findings.patrol_id
        finding_id = self.editor.finding_id
        self.officers.reload()
        self._update_actions()
        self.patrols.reload()
        if patrol_id is None and self.patrols.rowCount() > 0:
            patrol_id = self.patrols.patrol_id(0)
        if patrol_id is not None and self.patrols.row_of(patrol_id) >= 0:
            self.patrol_view.setCurrentIndex(self.patrols.index(self.patrols.row_of(patrol_id)))
            self.findings.set_patrol(patrol_id)  # same patrol: no currentChanged, reload anyway
        if finding_id is not None and self.findings.row_of(finding_id) >= 0:
            self.finding_view.clearSelection()
            self.select_finding(finding_id)
        elif self.findings.rowCount() > 0:
            self.finding_view.selectRow(0)
        self.editor.set_finding(self.editor.finding_id)
        self.photo_strip.set_finding(self.editor.finding_id)
        self._update_actions()

    def _on_events_hub_synced(self, summary: object) -> None:
        """Records came from the office hub: reload every view, as after a bundle import."""
        self._on_events_bundle_imported(summary)

    def _on_events_set_aside_released(self, released: int) -> None:
        """Changes set aside earlier were applied: reload every view, as after an import."""
        self._on_events_bundle_imported(released)

    def _on_events_conflicts_changed(self, conflicts: list[dict[str, Any]]) -> None:
        fields: dict[str, list[str]] = {}
        for c in conflicts:
            if c["status"] == "open" and c["entity"] == "finding":
                fields.setdefault(c["entity_id"], []).append(c["field"])
        self.findings.set_conflicted(fields)

    def _on_patrol_view_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        patrol_id = current.data(PatrolListModel.IdRole) if current.isValid() else None
        self.patrol_scope.set_record("patrol", patrol_id)
        self.editor.set_finding(None)
        self.photo_strip.set_finding(None)
        self.findings.set_patrol(patrol_id)
        if self.findings.rowCount() > 0:
            self.finding_view.selectRow(0)
        self._update_actions()

    def _on_finding_view_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        current = self.finding_view.selectionModel().currentIndex()
        rows = self.selected_finding_ids()
        finding_id = None
        if current.isValid() and self.findings.finding_id(current.row()) in rows:
            finding_id = self.findings.finding_id(current.row())
        elif rows:
            finding_id = rows[0]
        if finding_id != self.editor.finding_id:
            self.editor.set_finding(finding_id)
            self.photo_strip.set_finding(finding_id)
        self._update_actions()

    def _on_notice_dialog_accepted(self) -> None:
        dialog = self.notice_dialog
        officer = self.context.officer_id()
        if dialog is None or officer is None:
            return
        # party, date and the draft's sequence: two drafts for one party never share a name
        name = draft_file_name(self.context.store, dialog.site.id, dialog.site.name, team_today())
        suggested = Path.home() / name
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice as"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        ids, order, deadline = dialog.finding_ids(), dialog.order(), dialog.deadline_iso()

        def job(store: Store) -> object:
            from inspect_app.notices.draft import draft_notice  # rendering lives in the core

            return draft_notice(store, officer, ids, out, order=order, deadline=deadline)

        self.statusBar().showMessage(self.tr("Rendering the notice…"))
        self.context.tasks.write(job, succeeded=self._on_notice_drafted)

    def _on_notice_drafted(self, result: object) -> None:
        path = Path(result.path)  # type: ignore[attr-defined]
        warnings = [notice_warning(w) for w in result.warnings]  # type: ignore[attr-defined]
        notice = result.notice  # type: ignore[attr-defined]
        self.last_notice_path = path
        self.statusBar().clearMessage()
        self.context.events.notice_drafted.emit(notice.id)
        for finding_id in notice.finding_ids:
            self.findings.refresh(finding_id)
        box = QMessageBox(self)
        box.setObjectName("noticeResult")
        box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Notice drafted"))
        box.setText(self.tr("The draft notice was saved to {0}.").format(path))
        if warnings:
            box.setInformativeText(
                self.tr("Check before serving it:") + "\n• " + "\n• ".join(warnings)
            )
        open_button = box.addButton(self.tr("Open PDF"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                button is open_button and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            )
        )
        self.message_box = box
        box.open()

    def _on_dashboard_finding_query_requested(self, query: object) -> None:
        """A dashboard figure was clicked: the findings it counts, in the findings tab."""
        self.show_tab(0)
        show = getattr(self.finding_search, "show_query", None)
        if show is not None:
            show(query)
        else:
            self.findings.set_query(query)  # type: ignore[arg-type]

    def _on_dashboard_notices_requested(self, stage: str) -> None:
        """A "notices by stage" figure was clicked: the notices of that stage."""
        self.show_tab(1)
        self.notices_view.show_stage(stage)

    def _on_notices_view_notice_changed(self, notice_id: str) -> None:
        """A notice changed: its findings' statuses may have moved (notified, closed)."""
        try:
            finding_ids = get_notice(self.context.store, notice_id).finding_ids
        except NotFoundError:
            return
        for finding_id in finding_ids:
            self.findings.refresh(finding_id)
        if self.editor.finding_id in finding_ids:
            self.editor.set_finding(self.editor.finding_id)

    def _on_map_finding_clicked(self, finding_id: str) -> None:
        """A marker on the map: show the finding's patrol and select the finding."""
        try:
            finding = get_finding(self.context.store, finding_id)
        except NotFoundError:
            return
        if self.findings.row_of(finding_id) < 0:
            self.select_patrol(finding.patrol_id)
        self.finding_view.clearSelection()
        self.select_finding(finding_id)

    def _on_map_box_changed(self, box: object) -> None:
        """The map's box: list the findings inside it (with the search, if any)."""
        from dataclasses import replace

        from inspect_app.storage.search import FindingQuery

        base = self.findings.query() if self.findings.searching else None
        self.findings.set_query(replace(base or FindingQuery(), bbox=box))  # type: ignore[arg-type]

    def _on_tasks_error_reported(self, message: str) -> None:
        self.show_error(not_done(message))

    def _on_translations_language_changed(self, _language: str) -> None:
        self.retranslate_ui()
        self.patrols.relabel()
        self.findings.relabel()
        self.photo_strip.model.relabel()
        self.notices_view.model.relabel()


def iso_local_now() -> str:
    """Now, as ISO 8601 local time with offset."""
    return datetime.now().astimezone().isoformat(timespec="seconds")
