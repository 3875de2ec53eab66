"""The lead's dashboard: open findings, notices by stage, what is late, who logged what.

The figures are computed by :func:`inspect_app.storage.dashboard.read_dashboard` on a pool
thread over its own read-only connection (``ui/tasks.py``), so a refresh never blocks the
window. Each figure about findings is a button: clicking it emits the
:class:`~inspect_app.storage.search.FindingQuery` that lists exactly what it counts
(:attr:`DashboardView.finding_query_requested`); a notice stage asks for the notices tab.
"Save as PDF…" renders the same figures as HTML into a PDF (``QPdfWriter``: Qt's print
module is not shipped with the app); the thresholds ("far from the site", "no notice
after N days") are local settings edited here and from Settings ▸ Thresholds
(:attr:`DashboardView.thresholds_action`); :attr:`DashboardView.show_action` (Ctrl+3, in the
View menu and the shortcut list) shows the overview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.team_time import team_today
from inspect_app.storage.dashboard import (
    Dashboard,
    Figure,
    read_dashboard,
)
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import DB_NAME
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import basin_name as basin_label
from inspect_app.ui.labels import category_name, severity_label
from inspect_app.ui.widgets.figure_link import FigureLink
from inspect_app.ui.widgets.thresholds_dialog import ThresholdsDialog

__all__ = ["DashboardView", "FigureLink", "ThresholdsDialog", "team_today"]

SHOW_SHORTCUT = "Ctrl+3"
"""Show the overview (after Ctrl+1 findings and Ctrl+2 notices)."""
LATE_COLOR = "#b00020"
FIGURE_STYLE = (
    "QLabel { padding: 2px 4px; }"
    " QLabel:hover { background: #e8f0fe; text-decoration: underline; }"
    " QLabel:focus { background: #e8f0fe; }"
)


class DashboardView(QWidget):
    """The lead's start page.

    Signals:
        finding_query_requested(FindingQuery): show the findings a figure counts.
        notices_requested(str): show the notices (of a stage: ``draft``, ``issued`` …).
        refreshed(): new figures are shown.
    """

    finding_query_requested = Signal(object)
    notices_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.context = context
        self.figures: Dashboard | None = None
        self.buttons: dict[str, FigureLink] = {}
        self.loading = False
        self._again = False
        self.thresholds_dialog: ThresholdsDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.as_of = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("dashboardPdf")
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.thresholds_button = QPushButton()
        self.thresholds_button.clicked.connect(lambda _c=False: self.edit_thresholds())
        # For the window's menus: View ▸ Overview (Ctrl+3) and Settings ▸ Thresholds….
        self.show_action = QAction(self)
        self.show_action.setObjectName("showOverview")
        self.show_action.setShortcut(QKeySequence(SHOW_SHORTCUT))
        self.thresholds_action = QAction(self)
        self.thresholds_action.setObjectName("editThresholds")
        self.thresholds_action.triggered.connect(lambda _c=False: self.edit_thresholds())
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.as_of, 1)
        for button in (self.refresh_button, self.thresholds_button, self.pdf_button):
            head.addWidget(button)
        self.attention = QGroupBox()
        self.open_box = QGroupBox()
        self.notices_box = QGroupBox()
        self.officers_box = QGroupBox()
        self.basin_box = QGroupBox()
        self.category_box = QGroupBox()
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.attention, 0, 0)
        grid.addWidget(self.open_box, 0, 1)
        grid.addWidget(self.notices_box, 0, 2)
        grid.addWidget(self.basin_box, 1, 0)
        grid.addWidget(self.category_box, 1, 1)
        grid.addWidget(self.officers_box, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        for box in self._boxes():
            figures = QGridLayout(box)
            figures.setVerticalSpacing(0)
            figures.setHorizontalSpacing(2)
            figures.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        events = context.events
        for signal in (
            events.finding_added,
            events.finding_changed,
            events.notice_drafted,
            events.bundle_imported,
            events.hub_synced,
            events.conflicts_changed,
            events.set_aside_released,
        ):
            signal.connect(lambda *_a: self.refresh_if_shown())
        self.retranslate_ui()

    def _boxes(self) -> tuple[QGroupBox, ...]:
        return (
            self.attention,
            self.open_box,
            self.notices_box,
            self.basin_box,
            self.category_box,
            self.officers_box,
        )

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures again on a pool thread (one at a time; a new ask waits)."""
        if self.loading:
            self._again = True
            return
        self.loading = True
        path = self.context.store.data_dir / DB_NAME
        today = team_today()
        self.context.tasks.run(
            lambda: read_dashboard(path, today),
            succeeded=self._on_loaded,
            failed=self._on_failed,
        )

    def refresh_if_shown(self) -> None:
        """Refresh now when visible, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.figures = None

    def showEvent(self, event: object) -> None:  # noqa: N802
        """Qt override: load the figures the first time (and after changes) it is shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self.figures is None and not self.loading:
            self.refresh()

    def _on_loaded(self, figures: Dashboard) -> None:
        self.loading = False
        self.figures = figures
        self._show()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, message: str) -> None:
        self.loading = False
        self.as_of.setText(message)

    # -- showing -----------------------------------------------------------------------------
    def _rows(self) -> list[tuple[QGroupBox, str, list[tuple[str, str, int, object, bool]]]]:
        """Every box: (box, title, [(button key, label, count, what a click asks, late)])."""
        d = self.figures
        if d is None:
            return []
        names = d.officer_names

        def items(prefix: str, figures: list[Figure], label: Callable[[str], str]) -> list:
            return [(f"{prefix}:{f.key}", label(f.key), f.count, f.query, False) for f in figures]

        attention = [
            (
                "overdue",
                self.tr("Overdue (findings of notices past their deadline)"),
                d.overdue.count,
                d.overdue.query,
                d.overdue.count > 0,
            ),
            (
                "no_notice",
                self.tr("Open with no notice after {0} days").format(d.no_notice_days),
                d.no_notice.count,
                d.no_notice.query,
                d.no_notice.count > 0,
            ),
            (
                "conflicted",
                self.tr("Findings with a sync conflict"),
                d.conflicted_findings.count,
                d.conflicted_findings.query,
                d.conflicted_findings.count > 0,
            ),
            (
                "held",
                self.tr("Findings with changes set aside"),
                d.held_findings.count,
                d.held_findings.query,
                d.held_findings.count > 0,
            ),
        ]
        notices = [
            (f"notice:{f.key}", self._stage(f.key), f.count, f.key, False) for f in d.notices
        ]
        notices.insert(
            0,
            (
                "notice:overdue",
                self.tr("Overdue notices"),
                d.overdue_notices,
                "overdue",
                d.overdue_notices > 0,
            ),
        )
        opened = [
            (
                "open",
                self.tr("All open findings"),
                d.open_findings.count,
                d.open_findings.query,
                False,
            )
        ]
        opened += items("severity", d.by_severity, severity_label)
        return [
            (self.attention, self.tr("Needs attention"), attention),
            (self.open_box, self.tr("Open findings by severity"), opened),
            (self.notices_box, self.tr("Notices by stage"), notices),
            (
                self.basin_box,
                self.tr("Open findings by basin"),
                items("basin", d.by_basin, basin_label),
            ),
            (
                self.category_box,
                self.tr("Open findings by category"),
                items("category", d.by_category, category_name),
            ),
            (
                self.officers_box,
                self.tr("Findings per officer"),
                items("officer", d.officers, lambda k: names.get(k, k[:8])),
            ),
        ]

    def _show(self) -> None:
        d = self.figures
        for box in self._boxes():
            layout = box.layout()
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.buttons = {}
        if d is None:
            return
        self.as_of.setText(self.tr("as of {0}").format(_day_text(d.today)))
        counts = self.tr("{0} changes set aside, {1} quarantined; {2} records in conflict")
        for box, title, rows in self._rows():
            box.setTitle(title)
            grid = box.layout()
            assert isinstance(grid, QGridLayout)
            for row in range(grid.rowCount()):
                grid.setRowStretch(row, 0)
            for row, (key, label, count, target, late) in enumerate(rows):
                style = FIGURE_STYLE
                if late:
                    style += f" QLabel {{ color: {LATE_COLOR}; font-weight: bold; }}"
                number = FigureLink(f"{count:,}", count)
                number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                number.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop per figure
                link = FigureLink(label, count)
                link.setObjectName(f"figure:{key}")
                link.setWordWrap(True)
                link.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                link.setAccessibleName(f"{count:,} {label}")
                for part in (number, link):
                    part.setStyleSheet(style)
                    part.clicked.connect(lambda t=target: self._on_figure_clicked(t))
                grid.addWidget(number, row, 0)
                grid.addWidget(link, row, 1)
                self.buttons[key] = link
            end = len(rows)
            if not rows:
                grid.addWidget(QLabel(self.tr("None")), end, 0, 1, 2)
                end += 1
            if box is self.attention:
                note = QLabel(counts.format(d.held, d.quarantined, d.conflicted_records))
                note.setObjectName("dashboardSyncNote")
                note.setWordWrap(True)
                note.setStyleSheet("color: #5f6368;")
                grid.addWidget(note, end, 0, 1, 2)
                end += 1
            grid.setRowStretch(end, 1)

    def _stage(self, stage: str) -> str:
        words = {
            "draft": self.tr("Drafts"),
            "issued": self.tr("Issued, not yet served"),
            "served": self.tr("Served, awaiting re-inspection"),
            "closed": self.tr("Closed"),
            "superseded": self.tr("Superseded"),
        }
        return words.get(stage, stage)

    def _on_figure_clicked(self, target: object) -> None:
        if isinstance(target, FindingQuery):
            self.finding_query_requested.emit(target)
        elif isinstance(target, str):
            self.notices_requested.emit(target)

    def click(self, key: str) -> None:
        """Click the figure ``key`` (``overdue``, ``category:water_outfall`` …)."""
        self.buttons[key].click()

    # -- printing ----------------------------------------------------------------------------
    def to_html(self) -> str:
        """The figures as one HTML page (what "Save as PDF…" renders)."""
        d = self.figures
        if d is None:
            return ""
        parts = [
            f"<h2>{escape(self.tr('Overview'))}</h2>",
            f"<p>{escape(self.tr('as of {0}').format(_day_text(d.today)))}</p>",
        ]
        for _box, title, rows in self._rows():
            parts.append(f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
            for _key, label, count, _target, late in rows:
                colour = f" style='color:{LATE_COLOR}'" if late else ""
                parts.append(
                    f"<tr{colour}><td align='right'><b>{count:,}</b></td>"
                    f"<td>{escape(label)}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def save_pdf(self, path: Path) -> Path:
        """Render the figures into an A4 PDF at ``path``."""
        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(self.tr("Overview"))
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(self.to_html())
        document.print_(writer)
        return path

    def _on_pdf_button_clicked(self) -> None:
        if self.figures is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the overview as"),
            str(Path.home() / f"overview-{self.figures.today.isoformat()}.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            path = self.save_pdf(Path(name).with_suffix(".pdf"))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edit_thresholds(self) -> ThresholdsDialog:
        """Open the thresholds (distance, days); refresh after saving."""
        self.thresholds_dialog = ThresholdsDialog(self.context, self)
        self.thresholds_dialog.saved.connect(self.refresh)
        self.thresholds_dialog.saved.connect(lambda: self.context.events.finding_changed.emit(""))
        self.thresholds_dialog.open()
        return self.thresholds_dialog

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Overview"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.show_action.setText(self.tr("Overview"))
        self.thresholds_action.setText(self.tr("Thresholds…"))
        self.thresholds_action.setToolTip(
            self.tr(
                "How far from the site a photo may be; after how many days a finding "
                "without a notice is late"
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _day_text(day: date) -> str:
    from inspect_app.ui.i18n import CHINESE, current_language

    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()
