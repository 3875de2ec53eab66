"""A team lead finishes the office set-up in the window alone: agencies, team PKI, record photos.

Each test drives the real dialogs over a real store and the real writer thread: the agency
dialog (fields, a seal PNG made with Pillow, refused files), the team certificates dialog
(a team CA on a fresh store, a certificate issued to a file and imported), a re-inspection
record taking its own photos, and the issue dialog's "Set up agency…" path that unblocks an
issue. The Chinese UI is on (as on the teams' laptops).
"""

from __future__ import annotations

import base64
import io
import os
import re
import stat
from datetime import date
from pathlib import Path

import document_world
import pytest
import ui_helpers
from fixture_photos import photo_path
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from ui_helpers import select

from inspect_app.domain.entities import ENTITIES, SignerRole
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.notices.credentials import officer_p12_path
from inspect_app.notices.issue import local_now
from inspect_app.storage.documents import certificates_of, team_ca_pems
from inspect_app.storage.inspection_records import (
    add_signature,
    get_record,
    signature_change,
    signatures_of,
)
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import add_officer, edit_agency, get_agency, list_agencies
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import bulleted, error_text, message_text
from inspect_app.ui.models.certificates import CertificateTableModel
from inspect_app.ui.widgets.pki.create_ca_dialog import CreateCaDialog

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 60000
CA_PASSPHRASE = "新的团队CA口令2026"
P12_PASSPHRASE = "李娜的签名证书口令"


# -- helpers -----------------------------------------------------------------------------------
def red_seal_png(side: int = 240) -> bytes:
    """A round red seal on a transparent background, as a small PNG."""
    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, side - 8, side - 8), outline=(200, 16, 32, 255), width=10)
    draw.regular_polygon((side / 2, side / 2, side / 6), 5, fill=(200, 16, 32, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def noise_png(side: int = 320) -> bytes:
    """A PNG of random pixels: does not compress, so it is well over 150 KB."""
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def cell(model, row: int, column: int) -> str:
    return str(model.index(row, column).data())


# -- the agency dialog ---------------------------------------------------------------------------
def test_agency_fields_and_seal_are_saved(
    qtbot, qtmodeltester, world: World, window, tmp_path: Path
) -> None:
    dialog = window.notices_view.edit_agencies()
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.agency_id == world.agency.id
    assert dialog.name.text() == "遂宁市生态环境局" and dialog.code.text() == "遂环"
    assert dialog.region.currentText() == "510900 遂宁市" and dialog.region.code() == "510900"
    assert "遂环责改〔" in dialog.code_hint.text()
    assert dialog.choose_seal_button.isEnabled()  # the lead sets the seal
    assert not dialog.save_button.isEnabled()  # nothing changed yet

    dialog.code.setText("遂市环")
    dialog.reconsideration_body.setText("四川省生态环境厅")
    dialog.litigation_court.setText("遂宁市中级人民法院")
    assert dialog.is_dirty() and dialog.save_button.isEnabled()
    seal = tmp_path / "遂宁市生态环境局印章.png"
    seal.write_bytes(red_seal_png())
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.load_seal(seal)
    assert not dialog.error_label.isVisible()
    assert not dialog.seal_preview.pixmap().isNull()
    assert seal.name in dialog.seal_info.text() and "保存" in dialog.seal_info.text()

    with qtbot.waitSignal(dialog.agency_saved, timeout=WAIT):
        dialog.save_button.click()
    agency = get_agency(world.store, world.agency.id)
    assert agency.code == "遂市环"
    assert agency.reconsideration_body == "四川省生态环境厅"
    assert agency.litigation_court == "遂宁市中级人民法院"
    assert agency.seal_png is not None
    assert base64.b64decode(agency.seal_png) == seal.read_bytes()
    assert not dialog.is_dirty() and "已保存" in dialog.status_label.text()
    qtbot.waitUntil(lambda: not dialog.seal_preview.pixmap().isNull())  # the stored seal

    # refused files leave the saved seal as it is, with a sentence saying why
    jpeg = photo_path("exifpy_gps_DSCN0012.jpg")
    disguised = tmp_path / "seal.png"
    disguised.write_text("not an image", encoding="utf-8")
    large = tmp_path / "大印章.png"
    large.write_bytes(noise_png())
    assert large.stat().st_size > 150_000
    for path, words in ((jpeg, ("PNG",)), (disguised, ("PNG",)), (large, ("150", "KB"))):
        with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
            dialog.load_seal(path)
        text = dialog.error_label.text()
        assert dialog.error_label.isVisible() and path.name in text, text
        assert all(word in text for word in words), text
        assert not dialog.is_dirty()
    missing = tmp_path / "nowhere.png"
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.load_seal(missing)
    assert "nowhere.png" in dialog.error_label.text()

    # remove the seal: nothing changes until Save
    dialog.clear_seal_button.click()
    assert dialog.is_dirty() and get_agency(world.store, world.agency.id).seal_png is not None
    with qtbot.waitSignal(dialog.agency_saved, timeout=WAIT):
        dialog.save_button.click()
    assert get_agency(world.store, world.agency.id).seal_png is None
    dialog.close()


def test_new_agency_and_unsaved_changes(qtbot, qtmodeltester, world: World, window) -> None:
    dialog = window.notices_view.edit_agencies()
    dialog.litigation_court.setText("遂宁市船山区人民法院（改）")
    dialog.new_agency()  # refused: the change would be lost
    assert dialog.agency_id == world.agency.id and "保存" in dialog.error_label.text()
    dialog.revert_button.click()
    assert not dialog.is_dirty()

    dialog.new_agency()
    assert dialog.agency_id is None and dialog.name.text() == ""
    dialog.name.setText("重庆市潼南区生态环境局")
    dialog.code.setText("遂环")  # taken by the first agency
    dialog.region.setEditText("500152")
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.save_button.click()
    assert "遂环" in dialog.error_label.text() and "冲突" in dialog.error_label.text()
    assert len(list_agencies(world.store)) == 1
    dialog.code.setText("潼环")
    with qtbot.waitSignal(dialog.agency_saved, timeout=WAIT) as saved:
        dialog.save_button.click()
    made = get_agency(world.store, saved.args[0])
    assert (made.name, made.code, made.region) == ("重庆市潼南区生态环境局", "潼环", "500152")
    assert made.litigation_court is None
    assert dialog.model.rowCount() == 2 and dialog.agency_id == made.id
    row = dialog.model.row_of(made.id)
    assert dialog.model.index(row).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert "管辖法院" in dialog.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(dialog.model)
    assert dialog.select_agency(world.agency.id) and dialog.name.text() == "遂宁市生态环境局"

    # closing with unsaved changes warns once
    dialog.name.setText("改了名字")
    dialog.close_button.click()
    assert dialog.isVisible() and "未保存" in dialog.error_label.text()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_inspector_edits_an_agency_but_not_its_seal(qtbot, world: World, window) -> None:
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    view = window.notices_view
    assert view.agency_action.isEnabled() and not view.pki_action.isEnabled()
    assert view.team_certificates() is None
    dialog = view.edit_agencies()
    assert not dialog.choose_seal_button.isEnabled()
    assert "组长" in dialog.seal_hint.text()
    dialog.reconsideration_body.setText("四川省生态环境厅")
    with qtbot.waitSignal(dialog.agency_saved, timeout=WAIT):
        dialog.save_button.click()
    assert get_agency(world.store, world.agency.id).reconsideration_body == "四川省生态环境厅"


# -- the issue dialog's way to the agency --------------------------------------------------------
def test_set_up_agency_from_the_issue_dialog_unblocks_issuing(
    qtbot, world: World, window, tmp_path: Path
) -> None:
    edit_agency(world.store, world.lead.id, world.agency.id, litigation_court=None)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert dialog.agency_button.isVisible() and not dialog.pki_button.isVisible()
    assert any("管辖法院" in line for line in dialog.blockers)
    assert not dialog.issue_button.isEnabled()

    agency = dialog.set_up_agency()
    qtbot.waitExposed(agency)
    assert agency.agency_id == world.agency.id
    assert agency.litigation_court.text() == ""
    agency.litigation_court.setText("遂宁市船山区人民法院")
    with qtbot.waitSignal(agency.agency_saved, timeout=WAIT):
        agency.save_button.click()
    agency.close()
    qtbot.waitUntil(lambda: dialog.checked and dialog.blockers == [], timeout=WAIT)
    assert not dialog.agency_button.isVisible()

    dialog.output.set_path(tmp_path / "决定书.pdf")
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as issued:
        dialog.issue_button.click()
    assert issued.args[0].notice.number == f"遂环责改〔{local_now().year}〕1号"
    assert (tmp_path / "决定书.pdf").is_file()
    dialog.close()


# -- the team PKI --------------------------------------------------------------------------------
def test_pki_dialog_on_a_team_with_a_ca_refuses_a_second_key(
    qtbot, qtmodeltester, world: World, window
) -> None:
    dialog = window.notices_view.team_certificates()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    qtmodeltester.check(dialog.model)
    assert dialog.state.has_ca_key and len(dialog.state.cas) == 1
    assert "执法文书签名CA" in dialog.ca_label.text()
    assert not dialog.create_button.isEnabled()
    model = dialog.model
    assert model.rowCount() == 2
    for row in range(2):
        assert cell(model, row, CertificateTableModel.HERE) == "已导入"
        assert cell(model, row, CertificateTableModel.VALID_UNTIL).startswith("有效期至")
    assert dialog.selected_officer_id() == world.lead.id  # me, first
    assert dialog.issue_button.isEnabled()

    forced = CreateCaDialog(window.context, [ca.name for ca in dialog.state.cas], dialog)
    forced.open()
    assert forced.warning.isVisible()
    forced.passphrase.setText(CA_PASSPHRASE)
    forced.repeat.setText(CA_PASSPHRASE)
    with qtbot.waitSignal(forced.task_done, timeout=WAIT):
        forced.create_button.click()
    assert "已持有" in forced.error_label.text(), forced.error_label.text()
    assert forced.result is None
    assert len(team_ca_pems(world.store)) == 1
    forced.close()


def test_create_ca_issue_a_certificate_and_import_it(
    qtbot, qtmodeltester, make_window, data_dir: Path, officer, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        inspector = add_officer(store, "李娜", "51090020230002", officer.agency_id)
    window = make_window()
    window.resize(1024, 700)
    view = window.notices_view
    assert view.pki_action.isEnabled()
    dialog = view.team_certificates()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    shot(qtbot, dialog, "pki-no-ca")
    qtmodeltester.check(dialog.model)
    assert not dialog.state.cas and not dialog.state.has_ca_key
    assert "还没有" in dialog.ca_label.text()
    assert dialog.create_button.isEnabled() and not dialog.issue_button.isEnabled()
    assert cell(dialog.model, dialog.model.row_of(inspector.id), 2) == "未签发"

    create = dialog.create_ca()
    assert not create.warning.isVisible()
    create.passphrase.setText("short")
    create.repeat.setText("short")
    create.create_button.click()
    assert "8" in create.error_label.text() and not create.busy
    create.passphrase.setText(CA_PASSPHRASE)
    create.repeat.setText(CA_PASSPHRASE + "x")
    create.create_button.click()
    assert "不一致" in create.error_label.text() and not create.busy
    shot(qtbot, create, "create-ca-refused")
    create.repeat.setText(CA_PASSPHRASE)
    with qtbot.waitSignal(create.created, timeout=WAIT):
        create.create_button.click()
    assert create.passphrase.text() == "" and create.result_label.isVisible()
    assert not create.create_button.isVisible()
    create.close()
    qtbot.waitUntil(lambda: dialog.state.has_ca_key and not dialog.busy, timeout=WAIT)
    store = window.context.store
    assert len(team_ca_pems(store)) == 1
    assert not dialog.create_button.isEnabled()

    # a certificate for the inspector, saved to a file to hand over
    assert dialog.select_officer(inspector.id)
    issue = dialog.issue_certificate()
    assert not issue.import_here.isVisible()  # not my own certificate
    issue.ca_passphrase.setText("wrong CA passphrase")
    issue.new_passphrase.setText(P12_PASSPHRASE)
    issue.repeat.setText(P12_PASSPHRASE)
    out = tmp_path / "交接" / "李娜.p12"  # the folder does not exist yet
    issue.output.set_path(out)
    with qtbot.waitSignal(issue.task_done, timeout=WAIT):
        issue.issue_button.click()
    assert "口令" in issue.error_label.text() and issue.outcome is None
    assert certificates_of(store, inspector.id) == [] and not out.exists()
    issue.ca_passphrase.setText(CA_PASSPHRASE)
    with qtbot.waitSignal(issue.issued, timeout=WAIT) as issued:
        issue.issue_button.click()
    outcome = issued.args[0]
    assert outcome.path == out and out.read_bytes() == outcome.p12
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert str(out) in issue.result_label.text() and "导入证书" in issue.result_label.text()
    assert issue.ca_passphrase.text() == "" and issue.new_passphrase.text() == ""
    assert len(certificates_of(store, inspector.id)) == 1
    issue.close()
    qtbot.waitUntil(
        lambda: (
            not dialog.busy
            and cell(dialog.model, dialog.model.row_of(inspector.id), 2).startswith("有效期至")
        ),
        timeout=WAIT,
    )
    assert cell(dialog.model, dialog.model.row_of(inspector.id), 3) == "—"

    # the officer imports the file (here the same store stands for their laptop)
    importer = dialog.import_certificate()
    importer.file_field.set_path(out)
    importer.passphrase.setText(P12_PASSPHRASE)
    with qtbot.waitSignal(importer.imported, timeout=WAIT) as imported:
        importer.import_button.click()
    assert imported.args[0].officer_id == inspector.id
    assert officer_p12_path(store, inspector.id).read_bytes() == out.read_bytes()
    importer.close()
    qtbot.waitUntil(
        lambda: cell(dialog.model, dialog.model.row_of(inspector.id), 3) == "已导入",
        timeout=WAIT,
    )

    # the lead's own certificate, imported here at once
    own = dialog.issue_certificate(officer.id)
    assert own.import_here.isVisibleTo(own) and own.import_here.isChecked()
    own.ca_passphrase.setText(CA_PASSPHRASE)
    own.new_passphrase.setText("组长自己的证书口令")
    own.repeat.setText("组长自己的证书口令")
    own.output.set_path(tmp_path / "张伟.p12")
    with qtbot.waitSignal(own.issued, timeout=WAIT):
        own.issue_button.click()
    assert officer_p12_path(store, officer.id).is_file()
    assert "现在就可以" in own.result_label.text()
    own.close()
    qtbot.waitUntil(lambda: not window.context.tasks.busy(), timeout=WAIT)


def test_pki_sentences_are_translated(translations) -> None:
    # the team PKI's refusals are keyed messages: real ones, and the rest as raised
    from inspect_app.domain.messages.signing import SigningMsg
    from inspect_app.notices import pki

    refusals: list[Exception] = [
        ValidationError(SigningMsg.CA_KEY_EXISTS(path=Path("/x/pki/team-ca.key.pem"))),
        ValidationError(SigningMsg.NO_CA_KEY()),
        pki.PkiError(SigningMsg.CA_EXPIRED(date=date(2020, 1, 1))),
    ]
    with pytest.raises(pki.PkiError) as short:
        pki.create_ca("团队 CA", "遂宁市生态环境局", b"short")
    with pytest.raises(pki.PkiError) as empty:
        pki.create_ca(" ", "遂宁市生态环境局", b"long enough passphrase")
    refusals += [short.value, empty.value]
    for exc in refusals:
        shown = error_text(exc)
        assert re.search("[\u4e00-\u9fff]", shown) and "passphrase" not in shown, shown
        assert not re.search("[A-Za-z]{4,}", shown.replace("/x/pki/team-ca.key.pem", "")), shown
    assert error_text(short.value) == "团队 CA 私钥的口令过短（5 个字符）；至少需要 8 个字符。"
    assert error_text(empty.value) == "请填写团队 CA 名称：不能为空。"
    blocker = message_text(NoticeMsg.ISSUE_NO_CERTIFICATE())  # a keyed issue blocker
    assert blocker == "本机没有您的签名证书：请导入组长为您签发的证书文件（文书 ▸ 导入证书…）。"
    taken = message_text(StoreMsg.AGENCY_CODE_TAKEN(code="遂环", agency="遂宁市生态环境局"))
    assert taken == "简称“遂环”已被遂宁市生态环境局使用：文号会冲突；请换一个简称。"
    cannot = ValidationError(
        StoreMsg.FILE_CANNOT_WRITE(path=Path("/x/y.p12"), reason="Permission denied")
    )  # what saving a certificate file raises (ui/widgets/pki/issue_certificate_dialog.py)
    shown = bulleted(error_text(cannot))
    assert re.search("[\u4e00-\u9fff]", shown) and "/x/y.p12" in shown, shown
    # a field's rule is a keyed message: its field name is a translated word too
    with pytest.raises(ValidationError) as refused:
        ENTITIES["agency"].validate_fields({"seal_png": "iVBORw0KGgo" + "A" * 200_000}, False)
    assert str(refused.value) == "seal_png is too large: use a PNG under 150 KB"
    shown = error_text(refused.value)
    assert shown == "印章图片过大：请使用小于 150 KB 的 PNG 图片", shown


# -- photos of a re-inspection ------------------------------------------------------------------
def test_reinspection_adds_its_own_photos(
    qtbot, qtmodeltester, world: World, window, tmp_path: Path
) -> None:
    document_world.issue(world)
    document_world.serve(world)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.reinspect()
    qtbot.waitExposed(dialog)
    assert dialog.record_id is None and dialog.photos.rowCount() == len(world.photo_ids)
    new_photo = photo_path("exifpy_gps_DSCN0012.jpg")
    notes = tmp_path / "notes.txt"
    notes.write_text("复查笔记", encoding="utf-8")

    with qtbot.waitSignal(dialog.photos_added, timeout=WAIT) as added:
        dialog.add_photos([new_photo, notes])  # the record is saved first
    report = added.args[0]
    assert len(report.imported) == 1 and len(report.refused) == 1
    sha = report.imported[0].sha256
    assert dialog.record_id is not None
    record = get_record(world.store, dialog.record_id)
    assert record.kind == "reinspection" and record.notice_id == world.notice_id
    assert record.photo_ids == (sha,)
    assert dialog.photos.rowCount() == len(world.photo_ids) + 1
    assert dialog.photos.checked_ids() == [sha]
    row = dialog.photos.ids().index(sha)
    assert new_photo.name in dialog.photos.index(row).data()
    assert "notes.txt" in dialog.photo_messages.text()
    assert not dialog.busy and not dialog.cancel_photos_button.isVisible()
    qtmodeltester.check(dialog.photos)

    # saving again keeps the record's own photo
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.save_button.click()
    assert get_record(world.store, dialog.record_id).photo_ids == (sha,)

    # a photo added after a hand signature withdraws it: the signer signs what it now holds
    add_signature(
        world.store,
        world.lead.id,
        signature_change(
            dialog.record_id,
            SignerRole.OFFICER,
            local_now().isoformat(timespec="seconds"),
            name=world.lead.name,
            strokes=document_world.strokes(),
            officer_id=world.lead.id,
        ),
    )
    west = photo_path("exifpy_iphone6_gps_west.jpg")  # also evidence of the finding
    with qtbot.waitSignal(dialog.photos_added, timeout=WAIT):
        dialog.add_photos([west])
    record = get_record(world.store, dialog.record_id)
    assert len(record.photo_ids) == 2 and set(record.photo_ids) <= set(dialog.photos.checked_ids())
    assert dialog.photos.rowCount() == len(world.photo_ids) + 1  # listed once
    assert signatures_of(world.store, dialog.record_id) == []
    assert "撤回" in dialog.photo_messages.text()
    assert world.lead.id not in dialog.state.officer_signed
    assert get_notice(world.store, world.notice_id).status == "served"  # not closed by photos
    dialog.close()


def test_cancelling_a_record_photo_import_keeps_what_was_stored(
    qtbot, world: World, window, photos_dir: Path
) -> None:
    document_world.issue(world)
    document_world.serve(world)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.reinspect()
    names = ("exifpy_gps_DSCN0021.jpg", "exifpy_gps_DSCN0025.jpg", "exifpy_gps_DSCN0027.jpg")
    with qtbot.waitSignal(dialog.photos_added, timeout=WAIT) as added:
        dialog.add_photos([photos_dir / name for name in names])
        assert dialog.busy and dialog.cancel_photos_button.isVisible()
        dialog.reject()
        assert dialog.isVisible()  # stays open while the import runs
        dialog.cancel_photos()
    report = added.args[0]
    assert report.cancelled and len(report.imported) < len(names)
    assert "导入已取消" in dialog.photo_messages.text()
    record = get_record(world.store, dialog.record_id)
    assert list(record.photo_ids) == [p.sha256 for p in report.imported]
    assert dialog.photos.checked_ids() == list(record.photo_ids)
    assert not dialog.busy and not dialog.cancel_photos_button.isVisible()
    assert dialog.add_photos_button.isEnabled()


def test_issue_offers_the_team_certificates_when_the_team_has_no_ca(
    qtbot, world: World, window
) -> None:
    from inspect_app.ui.widgets.documents.issue_dialog import IssueCheck

    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert not dialog.pki_button.isVisible() and not dialog.agency_button.isVisible()
    # as the check reports on a laptop whose team has no CA yet
    no_ca = NoticeMsg.ISSUE_NO_TEAM_CA()
    dialog._on_checked(IssueCheck([no_ca], True, False, world.agency.id, True, False))
    assert dialog.pki_button.isVisible() and not dialog.certificate_button.isVisible()
    assert len(dialog.blockers) == 1 and "证书管理" in dialog.blockers[0]
    pki = dialog.team_certificates()
    qtbot.waitUntil(lambda: pki.state is not None and not pki.busy, timeout=WAIT)
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        pki.changed.emit()  # as after creating the CA or importing a certificate
    assert dialog.blockers == [] and not dialog.pki_button.isVisible()
    pki.close()


# -- menus and shortcuts ------------------------------------------------------------------------
def test_new_actions_are_in_the_menus_with_free_shortcuts(window) -> None:
    view = window.notices_view
    documents = window.documents_menu.actions()
    assert view.agency_action in documents and view.pki_action in documents
    assert view.agency_action in window.settings_menu.actions()
    assert view.agency_action.text() == "机构设置(&A)…"
    assert view.pki_action.text() == "证书管理(&T)…"
    assert view.agency_action.shortcut().toString() == "Ctrl+Shift+A"
    assert view.pki_action.shortcut().toString() == "Ctrl+Shift+T"
    taken = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert len(taken) == len(set(taken)), "two actions share a shortcut"


# -- screenshots --------------------------------------------------------------------------------
def shot(qtbot, widget, name: str) -> None:
    """Let pending layouts settle, then save ``/tmp/ui2-<name>.png``."""
    qtbot.wait(120)
    assert widget.grab().save(f"/tmp/ui2-{name}.png")


def test_office_setup_screenshots(qtbot, world: World, window, tmp_path: Path) -> None:
    """Grab every new dialog with the window at 1024 × 700, to look at."""
    window.resize(1024, 700)
    view = window.notices_view
    edit_agency(world.store, world.lead.id, world.agency.id, litigation_court=None)
    select(qtbot, window, world.notice_id)
    issue = view.issue()
    qtbot.waitUntil(lambda: issue.checked, timeout=WAIT)
    shot(qtbot, issue, "issue-agency-missing")
    agency = issue.set_up_agency()
    seal = tmp_path / "印章.png"
    seal.write_bytes(red_seal_png())
    with qtbot.waitSignal(agency.task_done, timeout=WAIT):
        agency.load_seal(seal)
    agency.litigation_court.setText("遂宁市船山区人民法院")
    shot(qtbot, agency, "agency")
    large = tmp_path / "扫描件-印章-原图.png"
    large.write_bytes(noise_png())
    with qtbot.waitSignal(agency.task_done, timeout=WAIT):
        agency.load_seal(large)
    shot(qtbot, agency, "agency-refused")
    agency.close_button.click()
    agency.close_button.click()
    issue.close()

    pki = view.team_certificates()
    qtbot.waitUntil(lambda: pki.state is not None and not pki.busy, timeout=WAIT)
    shot(qtbot, pki, "pki")
    create = CreateCaDialog(window.context, [ca.name for ca in pki.state.cas], pki)
    create.open()
    shot(qtbot, create, "create-ca")
    create.close()
    pki.select_officer(world.inspector.id)
    certificate = pki.issue_certificate()
    certificate.output.set_path(tmp_path / "李四.p12")
    shot(qtbot, certificate, "issue-certificate")
    certificate.ca_passphrase.setText(document_world.CA_PASSPHRASE.decode())
    certificate.new_passphrase.setText(P12_PASSPHRASE)
    certificate.repeat.setText(P12_PASSPHRASE)
    with qtbot.waitSignal(certificate.issued, timeout=WAIT):
        certificate.issue_button.click()
    shot(qtbot, certificate, "issue-certificate-done")
    certificate.close()
    qtbot.waitUntil(lambda: not pki.busy, timeout=WAIT)
    pki.close()

    edit_agency(
        world.store, world.lead.id, world.agency.id, litigation_court="遂宁市船山区人民法院"
    )
    document_world.issue(world)
    document_world.serve(world)
    select(qtbot, window, world.notice_id)
    record = view.reinspect()
    with qtbot.waitSignal(record.photos_added, timeout=WAIT):
        record.add_photos([photo_path("exifpy_gps_DSCN0012.jpg"), tmp_path / "missing.jpg"])
    shot(qtbot, record, "reinspection-photos")
    record.close()

    window.english_action.trigger()
    qtbot.waitUntil(lambda: view.agency_action.text() == "&Agencies…")
    agency = view.edit_agencies()
    qtbot.wait(50)
    shot(qtbot, agency, "agency-en")
    agency.close()
    pki = view.team_certificates()
    qtbot.waitUntil(lambda: pki.state is not None and not pki.busy, timeout=WAIT)
    shot(qtbot, pki, "pki-en")
    pki.close()
    window.chinese_action.trigger()
    qtbot.waitUntil(lambda: not window.context.tasks.busy(), timeout=WAIT)
