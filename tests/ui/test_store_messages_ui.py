"""The store's refusals in the window: Chinese sentences, and decisions made on their keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspect_app.domain.errors import InspectError, StoreError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage.registry import add_agency
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.tasks import TaskManager

pytestmark = pytest.mark.gui


def test_a_refused_write_reaches_the_window_keyed_and_in_chinese(
    qtbot, data_dir: Path, translations
) -> None:
    with Store.open(data_dir) as store:
        add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    tasks = TaskManager(data_dir)
    refusals: list[InspectError] = []
    sentences: list[str] = []

    def job(store: Store) -> None:
        add_agency(store, "射洪市生态环境局", "遂环", "510981")

    tasks.write(job, refused=refusals.append, failed=sentences.append)
    qtbot.waitUntil(lambda: bool(refusals and sentences), timeout=10_000)
    tasks.shutdown()
    (refusal,) = refusals
    assert refusal.keyed_message is not None
    assert refusal.keyed_message.msg is StoreMsg.AGENCY_CODE_TAKEN  # what a caller decides on
    assert sentences == ["简称“遂环”已被遂宁市生态环境局使用：文号会冲突；请换一个简称。"]


def test_a_store_that_cannot_be_opened_says_so_in_chinese(tmp_path: Path, translations) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        Store.open(not_a_folder)
    assert error_text(caught.value) == f"{not_a_folder} 是文件，不是数据目录：请选择一个文件夹。"
