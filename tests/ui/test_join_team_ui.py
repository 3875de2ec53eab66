"""Joining a team in the window, between two real stores, without typing any hex (issue 12).

The office (a lead's store) exports a bundle. A new laptop's window starts on the set-up,
goes to "Join an existing team…", reads the bundle, refuses to join until the office code
typed matches, lists the officers with none chosen, makes the request (QR code and file).
The lead's window enrols the laptop from the scanned text; the laptop's records then reach
the office. Screenshots of each step go to the test's folder (``docs/`` with
``INSPECT_APP_SCREENSHOT=1``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dialog_walk import misfits
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from store_team import make_team
from ui_helpers import screen_tag

from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage import registry
from inspect_app.storage.receive import trusted_key
from inspect_app.storage.store import Store
from inspect_app.sync import joining
from inspect_app.sync.bundle import export_bundle, import_bundle
from inspect_app.ui.widgets.join_team_dialog import JoinTeamDialog

pytestmark = pytest.mark.gui

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _shot(widget, folder: Path, name: str) -> None:
    if os.environ.get("INSPECT_APP_SCREENSHOT"):
        folder = DOCS
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_a_new_laptop_joins_and_the_lead_enrols_it_from_the_scan(
    qtbot, open_window, translations, tmp_path: Path, language: str
) -> None:
    team = make_team(Store.open(tmp_path / "office"))
    office_code = joining.laptop_code(team.store.public_key)
    bundle = Path(export_bundle(team.store, tmp_path / "office.zip").path)
    team.store.set_setting("current_officer", team.lead.id)
    team.store.close()

    laptop = open_window(tmp_path / "laptop")
    laptop.set_language(language)
    laptop.start()  # first run: no officer yet
    setup = laptop.setup_dialog
    assert setup is not None and setup.isVisible()
    qtbot.mouseClick(setup.join_button, Qt.MouseButton.LeftButton)
    dialog: JoinTeamDialog = laptop.join_dialog
    qtbot.waitExposed(dialog)
    assert not setup.isVisible()

    dialog.read_offer(bundle)
    qtbot.waitUntil(lambda: dialog.offer is not None, timeout=30000)
    assert dialog.office_code.text() == office_code
    assert "遂宁市生态环境局" in dialog.offer_label.text()
    assert not dialog.next_button.isEnabled()  # no code typed: no join
    qtbot.keyClicks(dialog.typed_code, "1111 2222 3333 4444")
    assert not dialog.next_button.isEnabled() and dialog.code_check.text()
    dialog.typed_code.clear()
    qtbot.keyClicks(dialog.typed_code, office_code.replace(" ", "-"))
    assert dialog.next_button.isEnabled()
    _shot(dialog, tmp_path, f"join-1-bundle-{language}-{screen_tag()}")
    assert misfits(dialog) == []
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30000)
    assert dialog.officer_list.count() == 2
    assert dialog.chosen_officer() is None  # never a default, never the lead
    assert not dialog.next_button.isEnabled()
    names = [dialog.officer_list.item(i).text() for i in range(2)]
    row = next(i for i, text in enumerate(names) if text.startswith("李四"))
    dialog.officer_list.setCurrentRow(row)
    assert "李四" in dialog.label_edit.text()
    _shot(dialog, tmp_path, f"join-2-officer-{language}-{screen_tag()}")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30000)
    request = dialog.request
    assert request is not None and request.officer_name == "李四"
    assert dialog.laptop_code.text() == request.code
    assert len(dialog.qr.modules) >= 21  # a real QR symbol (version 1 is 21 modules)
    assert laptop.context.officer_id() == team.inspector.id
    saved = dialog.save_request(tmp_path / "request.json")
    assert saved is not None and joining.read_request(saved) == request
    assert dialog.save_request(tmp_path / "request.json") is None  # never overwritten
    assert dialog.error_label.isVisible()
    _shot(dialog, tmp_path, f"join-3-request-{language}-{screen_tag()}")
    assert misfits(dialog) == []
    dialog.accept()

    office = open_window(tmp_path / "office")
    office.set_language(language)
    enrol = office.sync_menu.enrol_replica()
    qtbot.waitExposed(enrol)
    enrol.scan.setFocus()
    enrol.scan.setText(request.to_text())  # a handheld scanner types the QR code's text
    assert enrol.code.text() == request.code and enrol.code.isVisible()
    assert enrol.replica_id.text() == request.replica and enrol.label.text() == request.label
    _shot(enrol, tmp_path, f"join-4-enrol-{language}-{screen_tag()}")
    with qtbot.waitSignal(enrol.saved, timeout=30000):
        qtbot.mouseClick(
            enrol.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    office_store = office.context.store
    assert trusted_key(office_store, request.replica) == request.public_key

    # the laptop's first record reaches the office
    with Store.open(tmp_path / "laptop") as store:
        registry.add_site(store, team.inspector.id, "射洪市某某纸业有限公司")
        back = Path(export_bundle(store, tmp_path / "back.zip").path)
    with Store.open(tmp_path / "office") as store:
        report = import_bundle(store, back)
    assert report.accepted > 0 and not report.quarantined


def test_a_damaged_or_foreign_file_says_why_and_joins_nothing(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window()
    dialog = window.open_join_team()
    qtbot.waitExposed(dialog)
    junk = tmp_path / "photo.zip"
    junk.write_bytes(b"PK\x03\x04 not really a bundle")
    dialog.read_offer(junk)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=30000)
    assert dialog.offer is None and not dialog.next_button.isEnabled()
    assert "Traceback" not in dialog.error_label.text()
    assert registry.list_officers(window.context.store) == []
