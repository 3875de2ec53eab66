"""Starting the GUI: a store that cannot be opened is a message box and exit code 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from inspect_app.storage.store import DB_NAME
from inspect_app.ui import main as ui_main

pytestmark = pytest.mark.gui


def test_unusable_store_is_reported_and_exits_1(qapp, tmp_path: Path, monkeypatch) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"this is not an SQLite file" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert ui_main.run_gui(data_dir, ["inspect-app"]) == 1
    assert len(shown) == 1 and DB_NAME in shown[0]
    assert "Traceback" not in shown[0]


def test_cjk_font_becomes_the_application_font(qapp) -> None:
    family = ui_main.install_cjk_font(qapp)
    assert family is not None and "WenQuanYi" in family
    assert qapp.font().families()[0] == family
