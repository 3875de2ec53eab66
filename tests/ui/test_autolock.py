"""Auto-lock and Lock now (issue 14): the window over an encrypted folder locks and comes back.

A real encrypted store (SQLCipher, the suite's cheap Argon2id), a real main window, the idle
delay set through the user's setting to a fraction of a minute (no sleep over 2 s). The
suite's passphrase file is removed from the environment: only the unlock screen can unlock.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from inspect_app.domain.entities import Role
from inspect_app.storage.findings import add_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, ENGLISH, Translations
from inspect_app.ui.idle_lock import SETTING_KEY, auto_lock_minutes
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.widgets.protection_status import ProtectionStatus
from inspect_app.ui.window_session import WindowSession

pytestmark = pytest.mark.gui

PASSPHRASE = "绿水青山 lock me"


def _seed(folder: Path) -> dict[str, str]:
    with Store.open(folder) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        me = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
        store.set_setting("current_officer", me.id)
        old = add_patrol(store, me.id, "2026-05-04", "fujiang", [me.id])
        new = add_patrol(store, me.id, "2026-05-06", "qiongjiang", [me.id])
        finding = add_finding(store, me.id, old.id, "water_discharge", description="暗管排放 废水")
        add_finding(store, me.id, new.id, "air")
        return {"old_patrol": old.id, "finding": finding.id}


@pytest.fixture
def guarded(
    qtbot, tmp_path: Path, translations: Translations, monkeypatch
) -> Iterator[tuple[WindowSession, dict[str, str]]]:
    """An encrypted folder with a team and findings, its window watched by a session."""
    monkeypatch.delenv(unlocking.PASSPHRASE_FILE_ENV, raising=False)
    folder = tmp_path / "data"
    folder.mkdir()
    unlocking.create_encrypted(folder, PASSPHRASE)
    seeded = _seed(folder)
    store = Store.open(folder)
    guard = WindowSession(
        folder, translations.settings, None, lambda opened: MainWindow(opened, translations)
    )
    window = MainWindow(store, translations)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    guard.attach(window, store)
    yield guard, seeded
    guard.watcher.stop()
    if guard.screen is not None:
        guard.screen.tasks.shutdown()
        guard.screen.deleteLater()
    for widget in guard._hidden:
        widget.show()
    if guard.window is not None:
        guard.window.close()
        guard.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    guard.close()
    session.forget(folder)
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
    gc.collect()


def _unlock(qtbot, guard: WindowSession, passphrase: str = PASSPHRASE) -> None:
    screen = guard.screen
    assert screen is not None
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(guard.unlocked, timeout=10000):
        screen.try_unlock()


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_idle_locks_hides_the_data_and_unlocking_restores_the_view(
    qtbot, guarded, translations: Translations, language: str
) -> None:
    translations.apply(language)
    guard, seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    window.show_tab(0)
    window.select_patrol(seeded["old_patrol"])
    window.select_finding(seeded["finding"])
    assert window.editor.finding_id == seeded["finding"]
    translations.settings.setValue(SETTING_KEY, 0.01)  # 0.6 s
    window.protection_status.auto_lock_changed.emit()  # as Settings ▸ Auto-lock… does
    qtbot.waitUntil(lambda: guard.is_locked, timeout=5000)

    assert guard.full_lock and guard.window is None  # the window with the data is gone
    assert session.key_for(guard.data_dir) is None  # the key forgotten
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [guard.screen]
    with pytest.raises(unlocking.StoreLockedError):
        Store.open(guard.data_dir)  # nothing opens the store without the passphrase now

    screen = guard.screen
    assert screen is not None
    screen.passphrase.setText("wrong passphrase")
    screen.try_unlock()
    qtbot.waitUntil(lambda: not screen.working, timeout=10000)
    assert guard.is_locked and screen.error_label.isVisible()

    _unlock(qtbot, guard)
    again = guard.window
    assert isinstance(again, MainWindow) and again is not window and again.isVisible()
    assert again.tabs.currentIndex() == 0  # not the lead's overview start() would show
    assert again.findings.patrol_id == seeded["old_patrol"]
    assert again.editor.finding_id == seeded["finding"]
    assert again.editor.description.toPlainText() == "暗管排放 废水"


def test_input_keeps_the_window_unlocked(qtbot, guarded, translations: Translations) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert window is not None
    translations.settings.setValue(SETTING_KEY, 0.02)  # 1.2 s
    window.protection_status.auto_lock_changed.emit()
    handle = window.windowHandle()  # input arrives at the window, as the system delivers it
    for _ in range(8):  # 1.6 s of someone pressing keys
        QTest.keyClick(handle, Qt.Key.Key_Down)
        qtbot.wait(200)
        assert not guard.is_locked
    qtbot.waitUntil(lambda: guard.is_locked, timeout=5000)


def test_never_means_never(qtbot, guarded, translations: Translations) -> None:
    guard, _seeded = guarded
    translations.settings.setValue(SETTING_KEY, 0)
    assert auto_lock_minutes(translations.settings) == 0
    guard.window.protection_status.auto_lock_changed.emit()  # type: ignore[union-attr]
    qtbot.wait(1000)
    # idle for longer than the 0.01 minutes (0.6 s) that lock in the first test: still open
    assert guard.watcher.idle_seconds() > 0.6 and not guard.is_locked


def test_lock_now_ctrl_l(qtbot, guarded) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    status = window.protection_status
    assert status.lock_action.shortcut().toString() == "Ctrl+L"
    assert status.lock_action.isVisible()
    qtbot.waitUntil(lambda: not window.context.tasks.writing(), timeout=10000)
    qtbot.keyClick(window.patrol_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: guard.is_locked)  # on the next turn of the event loop
    assert guard.full_lock
    assert session.key_for(guard.data_dir) is None
    _unlock(qtbot, guard)
    assert not guard.is_locked and session.key_for(guard.data_dir) is not None


def test_a_dialog_with_typed_text_is_hidden_not_lost(
    qtbot, guarded, translations: Translations
) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    dialog = window.add_officer()
    qtbot.waitExposed(dialog)
    name = dialog.findChildren(QLineEdit)[0]
    name.setText("李娜")
    guard.lock()
    assert guard.is_locked and not guard.full_lock  # a screen lock: the text stays in memory
    assert not dialog.isVisible() and not window.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [guard.screen]
    _unlock(qtbot, guard)
    assert guard.window is window and window.isVisible() and dialog.isVisible()
    assert name.text() == "李娜"
    dialog.reject()


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_status_bar_says_encrypted_or_not(
    qtbot, tmp_path: Path, translations: Translations, open_window, monkeypatch, language: str
) -> None:
    translations.apply(language)
    monkeypatch.delenv(unlocking.PASSPHRASE_FILE_ENV, raising=False)
    encrypted, training, legacy = tmp_path / "enc", tmp_path / "training", tmp_path / "legacy"
    for folder in (encrypted, training):
        folder.mkdir()
    unlocking.create_encrypted(encrypted, PASSPHRASE)
    unlocking.create_clear(training)
    english = language == ENGLISH

    status = open_window(encrypted).protection_status
    assert isinstance(status, ProtectionStatus)
    assert status.text() == ("Encrypted" if english else "已加密")
    assert status.icon.isVisible()
    assert "AES-256" in status.toolTip() and "Argon2id" in status.toolTip()
    assert status.change_action.isVisible() and status.lock_action.isVisible()

    status = open_window(training).protection_status
    assert status.text() == ("Not encrypted (training laptop)" if english else "未加密（培训用机）")
    assert not status.change_action.isVisible() and not status.lock_action.isVisible()

    status = open_window(legacy).protection_status  # no key file: a store of a version before
    assert status.text() == (
        "Not encrypted — the app offers it at the next start"
        if english
        else "未加密——下次启动时将提示加密"
    )
    session.forget(encrypted)


def test_change_passphrase_dialog(qtbot, guarded) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    dialog = window.protection_status.change_passphrase()
    qtbot.waitExposed(dialog)
    dialog.old.setText("not it at all")
    dialog.new.setText("新的口令 new one")
    dialog.again.setText("新的口令 new one")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.old.text() == "" and dialog.focusWidget() is dialog.old

    dialog.new.setText("short")
    dialog.save()
    assert not dialog.working and dialog.error_label.isVisible()

    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("新的口令 new one")
    dialog.again.setText("新的口令 new one")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.save()
    assert not dialog.isVisible()
    session.forget(guard.data_dir)
    with pytest.raises(unlocking.WrongPassphraseError):
        unlocking.unlock(guard.data_dir, PASSPHRASE)
    assert unlocking.unlock(guard.data_dir, "新的口令 new one") is not None


def test_auto_lock_dialog_keeps_the_minutes(qtbot, guarded, translations: Translations) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    dialog = window.protection_status.choose_auto_lock()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.minutes.value() == 10  # the default
    dialog.minutes.setValue(3)
    with qtbot.waitSignal(window.protection_status.auto_lock_changed):
        dialog.buttons.accepted.emit()
    assert auto_lock_minutes(translations.settings) == 3


def test_a_running_write_is_not_cut_short(qtbot, guarded) -> None:
    guard, _seeded = guarded
    window = guard.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: not window.context.tasks.writing(), timeout=10000)
    release = threading.Event()
    wrote: list[str] = []

    def job(store: Store) -> str:  # an import or a sync, still running
        release.wait(10)
        store.set_setting("last_job", "done")
        return "done"

    window.context.tasks.write(job, succeeded=wrote.append)
    guard.lock()
    assert guard.is_locked and not guard.full_lock  # a screen lock: the store stays open
    assert not window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: wrote == ["done"], timeout=10000)  # the job finished its work
    _unlock(qtbot, guard)
    assert guard.window is window and window.isVisible()
    assert window.context.store.setting("last_job") == "done"
