"""Pairing a new laptop through a real hub in the windows: the lead's code, both screens' codes.

The lead's window (laptop A, enrolled on a real hub on 127.0.0.1) shows a pairing code; a new
laptop's window types it in "Join an existing team…", receives the team from the hub, picks
its officer; the lead's window then shows the new laptop's code, equal to the one on the new
laptop's screen (issue 12, the short-code pairing with a real hub).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hub_fixtures import World, make_world
from PySide6.QtCore import Qt
from ui_helpers import screen_tag

from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage.receive import trusted_key
from inspect_app.sync import hub_client, joining
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY

pytestmark = pytest.mark.gui

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def world(tmp_path: Path):
    made = make_world(tmp_path)
    hub_client.push(made.a, made.url)
    made.a.set_setting("current_officer", made.lead)
    yield made
    made.close()


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_the_lead_shows_a_code_and_the_new_laptop_pairs_with_it(
    qtbot, world: World, open_window, translations, tmp_path: Path, language: str
) -> None:
    translations.apply(language)
    translations.settings.setValue(SETTINGS_KEY, world.url)  # the lead synced before
    lead = open_window(world.a.data_dir)
    lead.start()
    assert lead.sync_menu.pair_action.isEnabled()
    dialog = lead.sync_menu.pair_laptop()
    qtbot.waitExposed(dialog)
    assert dialog.address.text() == world.url
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.ticket is not None, timeout=30000)
    code = dialog.ticket.code
    assert dialog.code.text().replace(" ", "") == code and dialog.code.isVisible()
    shots = DOCS if os.environ.get("INSPECT_APP_SCREENSHOT") else tmp_path
    dialog.grab().save(str(shots / f"pair-1-lead-{language}-{screen_tag()}.png"))

    laptop = open_window(tmp_path / "laptop-c")
    laptop.start()
    laptop.setup_dialog.join_button.click()
    join = laptop.join_dialog
    qtbot.waitExposed(join)
    join.hub_box.address.setText(world.url)
    qtbot.keyClicks(join.hub_box.code, f"{code[:4]} {code[4:]}")
    join.hub_box.label.setText("王芳的笔记本")
    qtbot.mouseClick(join.hub_box.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: join.pages.currentIndex() == 1, timeout=60000)
    assert join.paired is not None and join.chosen_officer() is None
    row = next(i for i in range(join.officer_list.count())
               if join.officer_list.item(i).text().startswith("李四"))  # fmt: skip
    join.officer_list.setCurrentRow(row)
    qtbot.mouseClick(join.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: join.pages.currentIndex() == 2, timeout=30000)
    assert laptop.context.officer_id() == world.inspector
    assert not join.qr.isVisible() and join.laptop_code.text() == join.paired.laptop_code
    assert join.paired.hub_code in join.request_intro.text()  # the hub's code to compare
    join.grab().save(str(shots / f"pair-2-laptop-{language}-{screen_tag()}.png"))

    qtbot.waitUntil(lambda: dialog.state.get("state") == "paired", timeout=30000)
    assert dialog.laptop_code.text() == join.laptop_code.text()  # both screens agree
    assert "王芳的笔记本" in dialog.paired.text()
    dialog.grab().save(str(shots / f"pair-3-lead-paired-{language}-{screen_tag()}.png"))
    new_key = laptop.context.store.public_key
    assert trusted_key(world.hub, laptop.context.store.replica_id) == new_key
    assert dialog.laptop_code.text() == joining.laptop_code(new_key)


def test_a_wrong_code_says_so_and_joins_nothing(
    qtbot, world: World, open_window, translations, tmp_path: Path
) -> None:
    translations.apply(CHINESE)
    laptop = open_window(tmp_path / "laptop-d")
    join = laptop.open_join_team()
    qtbot.waitExposed(join)
    join.hub_box.address.setText(world.url)
    join.hub_box.code.setText("1234")  # too short: said before asking the hub
    assert not join.pair_with_hub() and join.error_label.isVisible()
    join.hub_box.code.setText("12345678")  # no pairing open: the hub refuses it
    assert join.pair_with_hub()
    qtbot.waitUntil(lambda: not join.busy, timeout=30000)
    assert join.error_label.isVisible() and "配对码不正确" in join.error_label.text()
    assert join.pages.currentIndex() == 0 and join.paired is None
    assert trusted_key(laptop.context.store, world.hub.replica_id) is None
