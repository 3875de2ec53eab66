"""Walk the main window's dialogs as a user would: trigger each action, read what it shows.

:func:`walk` triggers every enabled action of the menus (and any extra actions given) and
collects each window or dialog that appears — modal ones opened with ``exec()`` are read and
closed from a timer while they block — as a :class:`Seen`: its title, the visible text of its
widgets, and optionally a screenshot. :func:`english_words` finds Latin words in Chinese text
that are not names, codes, units or formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileSystemModel,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

ALLOWED_LATIN = {
    # formats, standards, protocols and units a Chinese sentence names as they are
    *("PDF", "PNG", "JPEG", "JPG", "HEIC", "TIFF", "JSON", "CSV", "ZIP", "XML", "PEM"),
    *("PKCS", "CA", "URL", "HTTP", "HTTPS", "IP", "ID", "GB", "T", "SHA", "PAdES", "UTC"),
    *("WGS", "GPS", "EXIF", "KB", "MB", "GB", "px", "km", "m", "mm", "s", "ms", "dpi"),
    *("KiB", "MiB", "UTF", "XLSX", "GeoJSON", "KML", "MBTiles", "GeoPackage"),  # formats, units
    *("Excel", "WPS", "QGIS"),  # the programs an export is opened with
    "pH",  # a water-quality unit in legal texts
    *("Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Tab", "F", "Qt", "PySide"),
    *("Ed", "X", "v", "OK"),  # Ed25519, X.509, a version
    *("Python", "SQLite", "GNU", "LGPL", "GPL", "SIL", "OFL"),  # products and licences
    "Sexi",  # a basin of the reference data whose Chinese name is not known yet
    *("Windows", "Linux", "UOS", "Kylin", "Debian", "AppData", "WebP", "iPhone", "Android"),
}


ORIGINALS = {
    "licenceText": "Help › About: licence texts are legal originals, shown as written",
    "licenceList": "Help › About: the licence files' names",
    "sidebar": "a file dialog's places: the user's folders",
}
"""Widgets (by object name) whose text is a document shown as it was written, not UI text."""


@dataclass
class Seen:
    """One window as a user saw it: what opened it, its title, its visible texts."""

    name: str
    title: str
    texts: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    misfits: list[str] = field(default_factory=list)

    def english(self, data: set[str] = frozenset()) -> set[str]:
        """Latin words in its texts that are not names, codes, units, formats or ``data``."""
        return english_words([self.title, *self.texts]) - data


def english_words(texts: Iterable[str]) -> set[str]:
    """Latin words of two letters or more outside :data:`ALLOWED_LATIN` (HTML tags removed)."""
    words: set[str] = set()
    for text in texts:
        plain = re.sub(r"<[^>]+>|&\w+;", " ", text)
        plain = re.sub(r"\b(?:https?|file)://\S*", " ", plain)  # addresses
        plain = re.sub(r"\b[\w-]+(?:\.[\w-]+)*\.(?:io|org|com|cn|net)\b\S*", " ", plain)
        plain = plain.replace("Qt for Python", " ")  # a product's name
        plain = re.sub(r"\*?\.\w+\b", " ", plain)  # file endings: *.heic, .jpg
        plain = re.sub(r"\b[0-9A-Fa-f]{8,}\b", " ", plain)  # ids and hashes
        plain = re.sub(r"\S+@\S+|\S+\.(?:pdf|png|jpg|jpeg|zip|json|p12|pem|ini)\b", " ", plain)
        plain = re.sub(r"(?:[A-Za-z]:)?[/\\][\w./\\-]+", " ", plain)  # paths
        for word in re.findall(r"[A-Za-z][A-Za-z'-]+", plain):
            if word not in ALLOWED_LATIN and word.strip("'-") not in ALLOWED_LATIN:
                words.add(word)
    return words


def visible_texts(window: QWidget) -> list[str]:
    """The text a user reads in ``window``: labels, buttons, titles, items, headers, tabs."""
    texts: list[str] = []
    for child in [window, *window.findChildren(QWidget)]:
        if child is not window and not child.isVisibleTo(window):
            continue
        if child.objectName() in ORIGINALS:
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(child.placeholderText())
            if isinstance(child, QTextEdit | QPlainTextEdit) and child.isReadOnly():
                texts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabBar):
            texts.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            texts.extend(_cells(child))
        if isinstance(child, QMessageBox):
            texts.append(child.informativeText())
        tip = child.toolTip()
        if tip and child.isVisibleTo(window):
            texts.append(tip)
    return [t for t in texts if t and t.strip()]


_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)


def misfits(window: QWidget) -> list[str]:
    """What of ``window`` a user cannot see whole on its screen; empty when it fits.

    The window must lie inside the screen's available area (issue 12: every window
    fully usable at 1024×700), and every visible control (button, field, drop-down, spin
    box, tab bar) must be whole: not cut by its window or by a parent, unless the parent
    scrolls (a scroll area's viewport or an item view), where the user can reach it.
    """
    found: list[str] = []
    screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    # The window's own area, not its frame: on the offscreen test platform the frame is a
    # 2 px border and Qt, pushing a dialog back onto the screen, counts half of it.
    frame = window.geometry()
    if not screen.contains(frame):
        found.append(
            f"window {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) "
            f"outside the screen {screen.width()}×{screen.height()}"
        )
    for child in window.findChildren(QWidget):
        if not isinstance(child, _CONTROLS) or not child.isVisibleTo(window):
            continue
        if child.width() <= 0 or child.height() <= 0:
            continue
        shown = child.rect()
        widget: QWidget = child
        scrolls = False
        while widget is not window and widget.parentWidget() is not None:
            parent = widget.parentWidget()
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
                parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
            ):
                scrolls = True
                break
            shown = shown.translated(widget.pos()).intersected(parent.rect())
            widget = parent
        if scrolls:
            continue
        if shown.width() < child.width() - 1 or shown.height() < child.height() - 1:
            label = child.text() if isinstance(child, QAbstractButton | QLineEdit) else ""
            found.append(
                f"{type(child).__name__} {label!r} {child.width()}×{child.height()} "
                f"shows {max(shown.width(), 0)}×{max(shown.height(), 0)}"
            )
    return found


def _cells(view: QAbstractItemView, rows: int = 30) -> list[str]:
    """The headers and the first ``rows`` rows' cells of an item view, as shown."""
    model = view.model()
    root = view.rootIndex()
    texts: list[str] = []
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column (QAbstractListModel keeps it private)
        columns = 1
    if isinstance(view, QTableView | QTreeView):
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if header and not _hidden(view, column):
                texts.append(str(header))
    names = 0 if isinstance(model, QFileSystemModel) else None  # the user's own files
    for row in range(min(rows, model.rowCount(root))):
        for column in range(max(columns, 1)):
            if column == names or (
                isinstance(view, QTableView | QTreeView) and _hidden(view, column)
            ):
                continue
            value = model.index(row, column, root).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def _hidden(view: QTableView | QTreeView, column: int) -> bool:
    return view.isColumnHidden(column)


def menu_actions(menu: QMenu, prefix: str = "") -> list[tuple[str, QAction]]:
    """Every action of ``menu`` and its submenus, named ``Menu › Item``."""
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{prefix}{menu.title()} › {action.text()}".replace("&", "")
        if action.menu() is not None:
            found.extend(menu_actions(action.menu(), f"{prefix}{menu.title()} › "))
        else:
            found.append((name, action))
    return found


def _open_windows(besides: set[int]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in besides and not isinstance(w, QMenu)
    ]


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def read_window(name: str, widget: QWidget, shots: Path | None) -> Seen:
    """Read one open window (and save its screenshot into ``shots`` when given)."""
    QApplication.processEvents()
    seen = Seen(name, widget.windowTitle(), visible_texts(widget), misfits=misfits(widget))
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^\w]+", "-", name, flags=re.ASCII).strip("-").lower() or "window"
        taken = len(list(shots.glob("*.png"))) + 1
        seen.screenshot = shots / f"{taken:02d}-{slug}.png"
        widget.grab().save(str(seen.screenshot))
    return seen


def trigger_and_read(
    name: str,
    trigger: Callable[[], object],
    shots: Path | None = None,
    keep: set[int] | None = None,
) -> list[Seen]:
    """Run ``trigger`` and read every window it opens (modal ones while they block); close them."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()} | (keep or set())
    seen: list[Seen] = []
    read: set[int] = set()

    def read_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) not in before and id(modal) not in read:
            read.add(id(modal))
            seen.append(read_window(f"{name} {len(seen) + 1}", modal, shots))
            _close(modal)
        timer.start(150)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(read_modal)
    timer.start(300)
    try:
        trigger()
        QApplication.processEvents()
        for widget in _open_windows(before):
            if id(widget) not in read:
                read.add(id(widget))
                seen.append(read_window(f"{name} {len(seen) + 1}", widget, shots))
                _close(widget)
    finally:
        timer.stop()
    QApplication.processEvents()
    return seen
