"""The verify dialog's times: Beijing time, labelled, and the signature's own (issue 13).

Real window over the document world (zh_CN), a real signed decision verified off the GUI
thread; a screenshot of the dialog for a person to look at.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import document_world
import pytest
import ui_helpers

from inspect_app.notices.verify_case import signature_moment
from inspect_app.storage import notices
from inspect_app.storage.documents import document_bytes

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 60000


def test_verify_dialog_shows_the_signatures_own_time_in_beijing_time(
    qtbot, world: World, window, tmp_path: Path
) -> None:
    store = world.store
    document_world.issue(world)
    sha = str(notices.get_notice(store, world.notice_id).document_id)
    pdf = tmp_path / "decision.pdf"
    pdf.write_bytes(document_bytes(store, sha))
    dialog = window.notices_view.verify_pdf()
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(pdf)
    assert dialog.ok is True
    report = dialog.outcome.report
    signer = report.signatures[-1]
    moment = signature_moment(report, signer.officer_id)
    assert moment is not None and moment.utcoffset() == dt.timedelta(hours=8)
    claimed = dt.datetime.fromisoformat(str(signer.signing_time))
    assert moment == claimed  # B-B: the laptop's claim, shown in Beijing time
    beijing = f"北京时间{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    assert beijing in dialog.store_label.text(), dialog.store_label.text()
    text = dialog.report.toPlainText()
    assert beijing in text and "签名时间为北京时间" in text
    utc = claimed.astimezone(dt.UTC)
    assert f"{utc.day}日 {utc:%H:%M}" not in text + dialog.store_label.text()
    dialog.resize(760, 560)
    qtbot.wait(100)
    dialog.grab().save(f"/tmp/hC_verify_{ui_helpers.screen_tag()}.png")
