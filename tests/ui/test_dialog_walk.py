"""A walk through every dialog of the window, in Chinese and in English (issue 10).

Over the document world (a team with certificates, a party, a finding with photos, a draft
decision), every enabled action of every menu is triggered, with the draft selected, then
with the decision issued, then served, then with an on-site record; each window that opens
is read (visible labels, buttons, titles, items, headers, tips) and closed. In Chinese no
English may show, except names, codes, units and formats (``dialog_walk.ALLOWED_LATIN``).

Every window that opens must fit the test screen, the smallest the app supports (1024×700,
``tests/laptop_screen.json``): its frame inside the screen, every control whole
(``dialog_walk.misfits``) — issue 12.

``INSPECT_APP_SCREENSHOT=1`` also saves every window into ``docs/dialogs/<language>/`` with
the main window at 1366×768 (the walk of the docs); otherwise the screenshots go to the
test's temporary folder and the main window has the screen's size.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import document_world
import pytest
import ui_helpers
from dialog_walk import Seen, english_words, menu_actions, read_window, trigger_and_read
from ui_helpers import select

from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.ui.widgets.signature_pad import sign_here

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
window = ui_helpers.window

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dialogs"


def _walk(qtbot, window, shots: Path, done: set[str]) -> list[Seen]:
    """Trigger every enabled menu action not walked yet (by its object); read what opens."""
    skip = {
        id(window.quit_action),
        id(window.chinese_action),
        id(window.english_action),
        id(window.help_menu.log_folder_action),  # opens the desktop's file manager
    }
    seen: list[Seen] = []
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for name, action in menu_actions(top.menu()):
            key = f"{id(action)}"
            if id(action) in skip or key in done or not action.isEnabled():
                continue
            done.add(key)
            window.activateWindow()
            seen.extend(trigger_and_read(name, action.trigger, shots))
            qtbot.wait(20)
    return seen


def _data_words(world) -> set[str]:
    """Latin words of the world's own data: the photos' original file names and cameras."""
    rows = world.store.db.conn.execute(
        "SELECT original_name, camera_make, camera_model FROM photo"
    ).fetchall()
    return {w for row in rows for text in row if text for w in re.findall(r"[A-Za-z]+", text)}


def _states(qtbot, world, window) -> list[tuple[str, Callable[[], object]]]:
    def on_the_finding() -> None:
        window.start()
        window.select_patrol(world.patrol_id)
        qtbot.waitUntil(lambda: window.findings.row_of(world.finding_id) >= 0)
        window.select_finding(world.finding_id)
        qtbot.waitUntil(lambda: window.editor.finding_id == world.finding_id)
        window.show_tab(0)

    def on_the_notice() -> None:
        select(qtbot, window, world.notice_id)
        window.show_tab(1)

    return [
        ("finding", on_the_finding),
        ("draft", on_the_notice),
        ("issued", lambda: document_world.issue(world)),
        ("served", lambda: document_world.serve(world)),
        ("record", lambda: document_world.make_record(world)),
    ]


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_every_dialog_speaks_the_window_language(
    qtbot, world, window, translations, tmp_path: Path, language: str
) -> None:
    window.set_language(language)
    docs = bool(os.environ.get("INSPECT_APP_SCREENSHOT"))
    if docs:
        window.resize(1366, 768)
    else:
        # the whole screen, frame included (set directly: a window manager's "maximised"
        # arrives asynchronously, if at all, on the offscreen platform)
        screen = window.screen().availableGeometry()
        frame, inner = window.frameGeometry(), window.geometry()
        left, top = inner.x() - frame.x(), inner.y() - frame.y()
        right, bottom = frame.right() - inner.right(), frame.bottom() - inner.bottom()
        window.setGeometry(screen.adjusted(left, top, -right, -bottom))
        qtbot.wait(50)
        assert window.frameGeometry().width() <= screen.width(), window.minimumSizeHint()
    shots = DOCS / language if docs else tmp_path / "shots"
    done: set[str] = set()
    seen: list[Seen] = []
    for state, reach in _states(qtbot, world, window):
        reach()
        if state not in ("finding", "draft"):
            select(qtbot, window, world.notice_id)
        seen.extend(_walk(qtbot, window, shots / state, done))
    index = "\n".join(
        f"{s.name}\t{s.title}\t{s.screenshot.relative_to(shots) if s.screenshot else ''}"
        for s in seen
    )
    (shots / "index.txt").write_text(index + "\n", encoding="utf-8")
    assert len(seen) >= 12, index  # the walk reached the dialogs
    misfit = {f"{s.name} ({s.title})": s.misfits for s in seen if s.misfits}
    assert not misfit, "\n".join(f"{k}: {v}" for k, v in misfit.items())
    if language == CHINESE:
        data = _data_words(world)
        leaks = {s.name: sorted(s.english(data)) for s in seen if s.english(data)}
        assert not leaks, "\n".join(f"{k}: {v}" for k, v in leaks.items())
    else:
        assert english_words(["Sign here"]) == {"Sign", "here"}  # the check itself works


def test_the_empty_pads_hint_has_no_english_in_the_chinese_window(translations) -> None:
    """The pad's hint is painted, not a widget's text: the walk cannot read it."""
    translations.apply(CHINESE)
    assert sign_here() == "请在此签名" and not english_words([sign_here()])
    translations.apply(ENGLISH)
    assert "Sign here" in sign_here() and "请在此签名" in sign_here()  # the signer reads Chinese


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_dialogs_opened_from_other_dialogs_speak_the_window_language(
    qtbot, world, window, tmp_path: Path, language: str
) -> None:
    """What the menus do not open directly: party, drawing, certificate, viewer, crash…"""
    from inspect_app.storage.findings import get_finding
    from inspect_app.storage.registry import get_site
    from inspect_app.ui.crash import CrashDialog
    from inspect_app.ui.widgets.dashboard import ThresholdsDialog
    from inspect_app.ui.widgets.notice_dialog import NoticeDialog
    from inspect_app.ui.widgets.party_dialog import PartyDialog
    from inspect_app.ui.widgets.photo_viewer import PhotoViewer
    from inspect_app.ui.widgets.pki.create_ca_dialog import CreateCaDialog
    from inspect_app.ui.widgets.pki.issue_certificate_dialog import IssueCertificateDialog
    from inspect_app.ui.widgets.signature_dialog import SignatureDialog

    window.set_language(language)
    context = window.context
    finding = get_finding(world.store, world.finding_id)
    site = get_site(world.store, world.site.id)
    made = {
        "party": lambda: PartyDialog(context, window),
        "signature": lambda: SignatureDialog("当事人", "王某某", window),
        "issue-certificate": lambda: IssueCertificateDialog(context, world.inspector.id, window),
        "create-ca": lambda: CreateCaDialog(context, [], window),
        "thresholds": lambda: ThresholdsDialog(context, window),
        "photo-viewer": lambda: PhotoViewer(context, list(world.photo_ids), 0, window),
        "notice": lambda: NoticeDialog(site, [finding], [finding], window),
        "crash": lambda: CrashDialog(world.data_dir, False, window),
    }
    shots = DOCS / language / "inner" if os.environ.get("INSPECT_APP_SCREENSHOT") else tmp_path
    seen: list[Seen] = []
    for name, make in made.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        seen.append(read_window(name, dialog, shots))
        dialog.reject()
        dialog.deleteLater()
    assert all(s.texts for s in seen)
    misfit = {s.name: s.misfits for s in seen if s.misfits}
    assert not misfit, "\n".join(f"{k}: {v}" for k, v in misfit.items())
    if language == CHINESE:
        data = _data_words(world)
        leaks = {s.name: sorted(s.english(data)) for s in seen if s.english(data)}
        assert not leaks, "\n".join(f"{k}: {v}" for k, v in leaks.items())
