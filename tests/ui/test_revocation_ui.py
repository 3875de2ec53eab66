"""The window's side of signatures that last: verify knows the case; a lead revokes.

Real window over the document world (zh_CN), real signing and verification off the GUI
thread; screenshots of the verify dialog and the revoke dialog for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import document_world
import pytest
import ui_helpers

from inspect_app.notices.issue import issue_notice
from inspect_app.storage import notices
from inspect_app.storage.documents import document_bytes
from inspect_app.storage.lasting import latest_crl, revocations_by_fingerprint

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 60000


def test_verify_dialog_says_level_time_source_and_superseded(
    qtbot, world: World, window, tmp_path: Path
) -> None:
    store, lead = world.store, world.lead.id
    document_world.issue(world)
    old = notices.get_notice(store, world.notice_id)
    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(document_bytes(store, str(old.document_id)))
    new = notices.supersede(store, lead, world.notice_id)
    issued = issue_notice(store, lead, new.id, world.lead_credential)
    dialog = window.notices_view.verify_pdf()
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(pdf)
    assert dialog.ok is True
    match = dialog.store_label.text()
    assert f"已被决定书{issued.notice.number}替代" in match
    report = dialog.report.toPlainText()
    assert "PAdES级别：B-B" in report
    assert "取自签名电脑本机时钟" in report and "吊销状态未知" in report
    dialog.resize(760, 560)
    qtbot.wait(100)
    dialog.grab().save(f"/tmp/h2_verify_{ui_helpers.screen_tag()}.png")


def test_a_lead_revokes_from_the_certificates_dialog(qtbot, world: World, window) -> None:
    dialog = window.notices_view.team_certificates()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert dialog.select_officer(world.inspector.id)
    assert dialog.revoke_button.isEnabled()
    revoke = dialog.revoke_certificate()
    assert revoke is not None and revoke.ca_passphrase.isVisible()
    revoke.grab().save(f"/tmp/h2_revoke_{ui_helpers.screen_tag()}.png")
    revoke.revoke()  # no passphrase yet: refused with a message, nothing written
    assert revoke.error_label.isVisible() and not revocations_by_fingerprint(world.store)
    revoke.ca_passphrase.setText(document_world.CA_PASSPHRASE.decode())
    with qtbot.waitSignal(revoke.revoked, timeout=WAIT):
        revoke.revoke()
    assert revoke.outcome is not None and revoke.outcome.crl == 1
    assert "第1号" in revoke.result_label.text() or "1" in revoke.result_label.text()
    revoke.grab().save(f"/tmp/h2_revoked_{ui_helpers.screen_tag()}.png")
    revoke.close()
    assert latest_crl(world.store) is not None
    qtbot.waitUntil(
        lambda: any(r.revoked_at for r in (dialog.state.rows if dialog.state else [])),
        timeout=WAIT,
    )
    assert dialog.select_officer(world.inspector.id)
    assert not dialog.revoke_button.isEnabled()  # revoked once, for good
    dialog.grab().save(f"/tmp/h2_pki_{ui_helpers.screen_tag()}.png")


def test_an_inspector_cannot_revoke(qtbot, world: World, window) -> None:
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    from inspect_app.ui.widgets.pki.pki_dialog import PkiDialog

    dialog = PkiDialog(window.context, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert dialog.select_officer(world.lead.id)
    assert not dialog.revoke_button.isEnabled()
    assert dialog.revoke_certificate() is None and not dialog.error_label.isHidden()
    assert "负责人" in dialog.error_label.text() or "组长" in dialog.error_label.text()


def test_revoke_dialog_in_english(qtbot, world: World, window, translations) -> None:
    from inspect_app.domain.messages import ENGLISH

    translations.apply(ENGLISH)
    dialog = window.notices_view.team_certificates()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert dialog.select_officer(world.inspector.id)
    assert dialog.revoke_button.text() == "&Revoke…"
    revoke = dialog.revoke_certificate()
    assert revoke is not None and revoke.windowTitle() == "Revoke a certificate"
    qtbot.wait(50)
    revoke.grab().save(f"/tmp/h2_revoke_en_{ui_helpers.screen_tag()}.png")
    dialog.grab().save(f"/tmp/h2_pki_en_{ui_helpers.screen_tag()}.png")
