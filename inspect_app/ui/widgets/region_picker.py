"""A searchable picker of GB/T 2260 region codes: type a code or a place name, choose.

Replaces a bare six-digit field with an input mask, which dropped anything but digits
without a word (issue 12). The list is the reference data's regions
(``resources/reference/regions.json``), each shown as ``510903 船山区（遂宁市）`` — the
code, the name in the UI language and, for a county-level division, its city. Typing
filters by any part of that text (code, Chinese or English name). A six-digit code not in
the list is kept as typed (the list holds only the divisions along the cross-border
basins); anything else is no region, and :meth:`RegionPicker.problem` says why.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from inspect_app.storage.reference_data import reference
from inspect_app.ui.i18n import ENGLISH, current_language

_CODE = re.compile(r"^\s*(\d{6})\b")


def region_display(code: str, english: bool | None = None) -> str:
    """``code`` with its name (and its city's, for a county-level division), or the bare code.

    Args:
        code: a six-digit GB/T 2260 code.
        english: English names (None: the UI language).
    """
    data = reference()
    english = current_language() == ENGLISH if english is None else english

    def name(of: str) -> str | None:
        if of not in data.regions:
            return None
        return data.region_name_en(of) if english else data.regions[of]

    own = name(code)
    if own is None:
        return code
    city = code[:4] + "00"
    if code.endswith("00") or city == code or name(city) is None:
        return f"{code} {own}"
    return f"{code} {own} ({name(city)})" if english else f"{code} {own}（{name(city)}）"


class RegionPicker(QComboBox):
    """An editable drop-down of the reference regions that filters as the user types.

    Attributes:
        code_changed: emitted with the code (``""`` for none) whenever it changes.
    """

    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._fill()
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._last = ""
        self.editTextChanged.connect(self._on_text_changed)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def _fill(self) -> None:
        keep = self.code()
        self.blockSignals(True)
        self.clear()
        for code in sorted(reference().regions):
            self.addItem(region_display(code), code)
        self.blockSignals(False)
        self.set_code(keep)

    def code(self) -> str:
        """The chosen code: a listed region's, six digits as typed, or ``""``."""
        if not hasattr(self, "_last"):
            return ""
        text = self.currentText()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        match = _CODE.match(text)
        return match.group(1) if match else ""

    def set_code(self, code: str | None) -> None:
        """Show ``code`` (``None`` or ``""``: nothing chosen)."""
        code = code or ""
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code)

    def is_listed(self) -> bool:
        """True when the chosen code is one of the reference regions."""
        return self.code() in reference().regions

    def problem(self) -> str | None:
        """Why the typed text is not a region code, in the UI language; None when fine."""
        text = self.currentText().strip()
        if not text or self.code():
            return None
        return self.tr(
            "“{0}” is not a region: choose one from the list or type its six-digit "
            "GB/T 2260 code (e.g. 510900)."
        ).format(text)

    def _on_text_changed(self, _text: str) -> None:
        code = self.code()
        if code != self._last:
            self._last = code
            self.code_changed.emit(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: names in the new language on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
