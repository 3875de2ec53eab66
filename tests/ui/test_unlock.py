"""The window's unlocking (issue 14): the unlock screen, the set-up choice, the start gate.

Real key files (Argon2id with the suite's cheap parameters, ``INSPECT_APP_KDF_PROFILE=fast``),
real widgets offscreen. The suite's passphrase file (``INSPECT_APP_STORE_PASSPHRASE_FILE``)
is removed from the environment here: the window must ask.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import keyfile, session, unlocking
from inspect_app.storage.protection.unlocking import Protection
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.widgets.protection_choice import ProtectionChoiceDialog
from inspect_app.ui.widgets.unlock_screen import RECOVER_COMMAND, UnlockScreen
from inspect_app.ui.window_session import WindowSession

pytestmark = pytest.mark.gui

PASSPHRASE = "青山绿水 mountain river"


@pytest.fixture(autouse=True)
def no_passphrase_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window asks: no passphrase file in the environment."""
    monkeypatch.delenv(unlocking.PASSPHRASE_FILE_ENV, raising=False)


@pytest.fixture
def locked_folder(tmp_path: Path) -> Path:
    """An encrypted data folder (key file only), locked."""
    folder = tmp_path / "locked"
    folder.mkdir()
    unlocking.create_encrypted(folder, PASSPHRASE)
    session.forget(folder)
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_a_wrong_passphrase_is_said_inline_and_the_right_one_unlocks(
    qtbot, translations, locked_folder: Path, language: str
) -> None:
    translations.apply(language)
    before = _digest(locked_folder / keyfile.KEY_FILE)
    screen = UnlockScreen(locked_folder)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.passphrase.echoMode() == screen.passphrase.EchoMode.Password
    assert str(locked_folder) in screen.folder.text()

    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.busy.isVisible()  # the derivation runs off the GUI thread
    qtbot.waitUntil(lambda: not screen.working, timeout=10000)
    assert screen.error_label.isVisible()
    assert screen.error_label.text() == message_text(
        ProtectMsg.WRONG_PASSPHRASE(folder=locked_folder)
    )
    assert screen.passphrase.text() == "" and screen.passphrase.hasFocus()
    assert screen.isVisible() and session.key_for(locked_folder) is None
    assert QApplication.activeModalWidget() in (None, screen)  # no message box to click away
    assert _digest(locked_folder / keyfile.KEY_FILE) == before  # nothing changed

    screen.passphrase.setText(PASSPHRASE)  # QTest types ASCII only; an input method the rest
    with qtbot.waitSignal(screen.unlocked, timeout=10000):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not screen.isVisible()
    assert session.key_for(locked_folder) is not None
    assert _digest(locked_folder / keyfile.KEY_FILE) == before


def test_an_empty_passphrase_is_refused_without_work(
    qtbot, translations, locked_folder: Path
) -> None:
    screen = UnlockScreen(locked_folder)
    qtbot.addWidget(screen)
    screen.show()
    screen.unlock_button.click()
    assert not screen.working
    assert screen.error_label.text() == message_text(ProtectMsg.PASSPHRASE_EMPTY())


def test_esc_keeps_the_screen_and_quit_ends(qtbot, translations, locked_folder: Path) -> None:
    screen = UnlockScreen(locked_folder)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Escape)
    assert screen.isVisible()
    with qtbot.waitSignal(screen.quit_requested):
        screen.quit_button.click()
    assert not screen.isVisible() and session.key_for(locked_folder) is None


def test_caps_lock_hint_follows_the_letters_typed(qtbot, translations, locked_folder: Path) -> None:
    screen = UnlockScreen(locked_folder)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.keyClick(screen.passphrase, "A")  # an upper-case letter without Shift
    assert screen.caps_hint.isVisible()
    qtbot.keyClick(screen.passphrase, "a")
    assert not screen.caps_hint.isVisible()
    qtbot.keyClick(screen.passphrase, "A", Qt.KeyboardModifier.ShiftModifier)
    assert not screen.caps_hint.isVisible()


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_forgot_passphrase_explains_the_recovery_key(
    qtbot, translations, locked_folder: Path, language: str
) -> None:
    translations.apply(language)
    screen = UnlockScreen(locked_folder)
    qtbot.addWidget(screen)
    screen.show()
    box = screen.explain_recovery()
    assert box.isVisible() and RECOVER_COMMAND in box.informativeText()
    # no recovery key wrapped yet: the help does not promise that nothing is lost
    assert screen.recovery_copies() == 0
    assert "cannot be opened" in box.text() or "无法打开" in box.text()
    box.close()


def test_set_up_choice_encrypts_by_default(qtbot, translations, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    dialog = ProtectionChoiceDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.encrypt.isChecked() and dialog.focusWidget() is dialog.passphrase

    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.again, "short")
    dialog.save()
    assert dialog.error_label.text() == message_text(
        ProtectMsg.PASSPHRASE_TOO_SHORT(length=5, minimum=unlocking.MIN_PASSPHRASE)
    )
    assert not (folder / keyfile.KEY_FILE).exists()

    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "!")
    dialog.save()
    assert dialog.error_label.text() == message_text(ProtectMsg.PASSPHRASES_DIFFER())
    assert not (folder / keyfile.KEY_FILE).exists()

    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.chosen, timeout=10000) as chosen:
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert chosen.args == [True]
    assert unlocking.protection_of(folder) is Protection.ENCRYPTED
    session.forget(folder)
    assert unlocking.unlock(folder, PASSPHRASE) is not None  # the passphrase typed opens it
    session.forget(folder)


def test_set_up_choice_no_encryption_for_a_training_laptop(
    qtbot, translations, tmp_path: Path
) -> None:
    folder = tmp_path / "training"
    dialog = ProtectionChoiceDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.clear.click()
    assert not dialog.passphrase.isEnabled()
    with qtbot.waitSignal(dialog.chosen, timeout=10000) as chosen:
        dialog.buttons.accepted.emit()
    assert chosen.args == [False]
    assert unlocking.protection_of(folder) is Protection.CLEAR_OPTED_OUT


def _when_shown(kind: type, act) -> None:
    """Run ``act(widget)`` on the first visible top-level ``kind`` once it shows."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_start_asks_the_set_up_choice_before_the_store(qtbot, translations, tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    guard = WindowSession(folder, translations.settings, None, lambda _s: None)  # type: ignore

    def choose(dialog: ProtectionChoiceDialog) -> None:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        dialog.save()

    _when_shown(ProtectionChoiceDialog, choose)
    assert guard.prepare() is None
    assert unlocking.protection_of(folder) is Protection.ENCRYPTED
    assert not (folder / "inspect.sqlite3").exists()  # the store comes after the choice
    assert session.key_for(folder) is not None
    session.forget(folder)


def test_start_unlocks_an_encrypted_folder_or_quits(
    qtbot, translations, locked_folder: Path
) -> None:
    guard = WindowSession(locked_folder, translations.settings, None, lambda _s: None)  # type: ignore
    _when_shown(UnlockScreen, lambda screen: screen.quit_button.click())
    assert guard.prepare() == 0  # Quit: the app ends, nothing opened
    assert session.key_for(locked_folder) is None

    def unlock(screen: UnlockScreen) -> None:
        screen.passphrase.setText(PASSPHRASE)
        screen.try_unlock()

    _when_shown(UnlockScreen, unlock)
    assert guard.prepare() is None
    assert session.key_for(locked_folder) is not None
    session.forget(locked_folder)


def test_a_damaged_key_file_is_said_at_start(
    qtbot, translations, locked_folder: Path, monkeypatch
) -> None:
    (locked_folder / keyfile.KEY_FILE).write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    guard = WindowSession(locked_folder, translations.settings, None, lambda _s: None)  # type: ignore
    assert guard.prepare() == 1
    assert len(shown) == 1 and keyfile.KEY_FILE in shown[0] and "Traceback" not in shown[0]


def test_the_lead_recovers_a_forgotten_passphrase_from_the_unlock_screen(
    qtbot, translations, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from inspect_app.storage.protection import recovery

    folder = tmp_path / "forgotten"
    folder.mkdir()
    key = unlocking.create_encrypted(folder, PASSPHRASE)
    public, pem = recovery.new_recovery_key("组长的恢复口令 lead".encode())
    found = keyfile.load(folder)
    assert found is not None
    found.wrap_recovery(key, X25519PublicKey.from_public_bytes(bytes.fromhex(public)))
    found.save(folder)  # as ensure_recovery_wraps does once the team's key arrived by sync
    session.forget(folder)
    key_file = tmp_path / "usb" / recovery.RECOVERY_KEY_FILE
    key_file.parent.mkdir()
    key_file.write_bytes(pem)

    screen = UnlockScreen(folder)
    qtbot.addWidget(screen)
    screen.show()
    box = screen.explain_recovery()
    assert screen.recover_button is not None and screen.recover_button.isVisible()
    screen.recover_button.click()
    dialog = screen.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.key_file.setText(str(key_file))
    dialog.key_passphrase.setText("not the lead's passphrase")
    dialog.new.setText("新口令 after recovery")
    dialog.again.setText("新口令 after recovery")
    before = _digest(folder / keyfile.KEY_FILE)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10000)
    assert dialog.error_label.text() == message_text(
        ProtectMsg.RECOVERY_KEY_UNREADABLE(path=key_file)
    )
    assert _digest(folder / keyfile.KEY_FILE) == before and session.key_for(folder) is None

    dialog.key_passphrase.setText("组长的恢复口令 lead")
    with qtbot.waitSignal(screen.unlocked, timeout=10000):
        dialog.save()
    assert not box.isVisible() and not screen.isVisible()
    assert session.key_for(folder) is not None
    session.forget(folder)
    with pytest.raises(unlocking.WrongPassphraseError):
        unlocking.unlock(folder, PASSPHRASE)
    assert unlocking.unlock(folder, "新口令 after recovery") is not None
    session.forget(folder)


_DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from inspect_app.ui import main as ui_main
from inspect_app.ui.widgets.unlock_screen import UnlockScreen

def poll():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, UnlockScreen) and widget.isVisible():
            print("unlock screen shown", flush=True)
            widget.passphrase.setText(sys.argv[2])
            widget.try_unlock()
            return
    QTimer.singleShot(20, poll)

app = QApplication(sys.argv[:1])
QTimer.singleShot(20, poll)
sys.exit(ui_main.run_gui(Path(sys.argv[1]), sys.argv[:1]))
"""


def test_run_gui_unlocks_then_opens_the_window(locked_folder: Path) -> None:
    """The real start (its own process: ``app.exec`` once): the unlock screen, then the window."""
    import os
    import subprocess
    import sys

    from inspect_app.storage.store import Store
    from inspect_app.ui import main as ui_main

    unlocking.unlock(locked_folder, PASSPHRASE)
    Store.open(locked_folder).close()  # the store exists, encrypted
    session.forget(locked_folder)
    env = {k: v for k, v in os.environ.items() if k != unlocking.PASSPHRASE_FILE_ENV}
    env[ui_main.TITLE_HOOK_ENV] = "50"  # print the window's title once shown, then quit
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(locked_folder), PASSPHRASE],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    out = done.stdout.decode("utf-8").splitlines()
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    assert out[0] == "unlock screen shown"  # before the store opened: nothing else was shown
    assert len(out) == 2 and out[1]  # then the main window, over the unlocked store


def test_quitting_the_set_up_choice_writes_nothing(qtbot, translations, tmp_path: Path) -> None:
    folder = tmp_path / "undecided"
    guard = WindowSession(folder, translations.settings, None, lambda _s: None)  # type: ignore
    _when_shown(ProtectionChoiceDialog, lambda dialog: dialog.buttons.rejected.emit())
    assert guard.prepare() == 0
    assert unlocking.protection_of(folder) is Protection.NEW
    assert not (folder / keyfile.KEY_FILE).exists()


def test_start_offers_to_encrypt_an_older_versions_store(
    qtbot, translations, tmp_path: Path
) -> None:
    """A clear store with no key file (written before issue 14): encrypted in place at start."""
    from fixture_photos import photo_path

    from inspect_app.storage.protection.sealed_stream import is_sealed_file
    from inspect_app.storage.store import Store

    folder = tmp_path / "old"
    original = photo_path("exifpy_gps_DSCN0010.jpg")
    with Store.open(folder) as store:  # no passphrase file here: clear, no key file
        sha, _new = store.blobs.put_file(original)
    assert unlocking.protection_of(folder) is Protection.CLEAR_LEGACY
    guard = WindowSession(folder, translations.settings, None, lambda _s: None)  # type: ignore

    def encrypt(dialog: ProtectionChoiceDialog) -> None:
        assert dialog.existing and dialog.encrypt.isChecked()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        dialog.save()

    _when_shown(ProtectionChoiceDialog, encrypt)
    assert guard.prepare() is None
    assert unlocking.protection_of(folder) is Protection.ENCRYPTED
    assert not (folder / "inspect.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert is_sealed_file(folder / "photos" / sha[:2] / sha)
    assert not (folder / "encrypting").exists()
    with Store.open(folder) as store:  # the key the dialog unlocked
        assert store.check().ok
        assert store.blobs.read_bytes(sha) == original.read_bytes()
    session.forget(folder)


def test_not_now_leaves_an_older_versions_store_as_it_is(
    qtbot, translations, tmp_path: Path
) -> None:
    from inspect_app.storage.store import Store

    folder = tmp_path / "old"
    Store.open(folder).close()  # no passphrase file here: clear, no key file
    assert unlocking.protection_of(folder) is Protection.CLEAR_LEGACY
    before = _digest(folder / "inspect.sqlite3")
    guard = WindowSession(folder, translations.settings, None, lambda _s: None)  # type: ignore

    def not_now(dialog: ProtectionChoiceDialog) -> None:
        dialog.clear.click()
        dialog.save()

    _when_shown(ProtectionChoiceDialog, not_now)
    assert guard.prepare() is None
    assert unlocking.protection_of(folder) is Protection.CLEAR_LEGACY
    assert _digest(folder / "inspect.sqlite3") == before
