"""The window renders keyed messages from the catalog, and Qt's own dialogs speak Chinese."""

from __future__ import annotations

import re

import pytest
from messages_examples import EXAMPLES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QLabel, QWidget

from inspect_app.cli.messages import render
from inspect_app.domain.errors import PhotoRejectedError, ValidationError
from inspect_app.domain.messages import CHINESE, ENGLISH, Msg, all_kinds
from inspect_app.ui.core_messages import error_text, message_text

pytestmark = pytest.mark.gui


def test_the_window_and_the_command_line_render_every_message_alike(translations) -> None:
    """Qt's .qm and the CLI's reading of the .ts give the same Chinese for every id."""
    for msg in all_kinds():
        message = msg(**EXAMPLES[msg])
        shown = message_text(message)
        assert shown == render(message, CHINESE), msg.id
        assert shown != message.english(), f"{msg.id} is not translated in the .qm"
    translations.apply(ENGLISH)
    message = Msg.PHOTO_EMPTY(name="a.jpg")
    assert message_text(message) == message.english()


def test_a_keyed_error_is_shown_in_chinese_and_an_unkeyed_one_as_it_came(translations) -> None:
    keyed = PhotoRejectedError(Msg.PHOTO_EMPTY(name="现场1.jpg"))
    assert error_text(keyed) == "现场1.jpg 是空文件（0 字节）：请从相机重新复制原始照片。"
    assert error_text(ValidationError("not keyed yet")) == "not keyed yet"


def test_qt_standard_dialogs_are_chinese(qtbot, translations) -> None:
    """Qt's own file dialog (non-native) has no English: qtbase_zh_CN.qm plus our fill-ins."""
    dialog = QFileDialog(None, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.add(widget.text())
        if widget.toolTip():
            texts.add(widget.toolTip())
        if isinstance(widget, QHeaderView):
            model = widget.model()
            for column in range(model.columnCount()):
                texts.add(model.headerData(column, Qt.Orientation.Horizontal))
    assert {"查找范围(&L)：", "文件类型(&T)：", "大小", "打开(&O)"} <= texts, texts
    english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t)]
    assert not english, english
    dialog.close()
