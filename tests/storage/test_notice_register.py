"""The notices register: narrowed to a stage, sorted by a column, paged — and its table model."""

from __future__ import annotations

from datetime import date, timedelta

import document_world
import pytest

from inspect_app.storage import findings, notices, registry
from inspect_app.storage.notice_register import (
    RegisterSort,
    Stage,
    count_register,
    register_ids,
    register_page,
    register_rows,
)

document_template = document_world.document_template
world = document_world.world


@pytest.fixture
def register(world: document_world.World) -> tuple[document_world.World, date]:
    """The world's notice issued, plus three drafts of other parties (one without deadline)."""
    document_world.issue(world)
    store, lead = world.store, world.lead.id
    deadline = date.fromisoformat(str(notices.get_notice(store, world.notice_id).deadline))
    for name, days in (("阿坝某水电站", 5), ("重庆某某建材有限公司", None), ("潼南某养殖场", 60)):
        site = registry.add_site(store, lead, name)
        finding = findings.add_finding(store, lead, world.patrol_id, "water_outfall")
        notices.create_draft(
            store,
            lead,
            world.agency.id,
            site.id,
            [finding.id],
            order_text="立即整改",
            deadline=None if days is None else (deadline + timedelta(days=days)).isoformat(),
        )
    return world, deadline


def names(rows: list) -> list[str]:
    return [row.party for row in rows]


def test_a_stage_lists_only_its_notices_and_overdue_is_past_the_deadline(register) -> None:
    world, deadline = register
    store = world.store
    assert count_register(store, deadline) == 4
    assert count_register(store, deadline, Stage.DRAFT) == 3
    assert count_register(store, deadline, Stage.ISSUED) == 1
    assert count_register(store, deadline, Stage.SERVED) == 0
    assert [r.notice.id for r in register_page(store, deadline, stage=Stage.ISSUED)] == [
        world.notice_id
    ]
    # Overdue: issued and past the deadline — not on the deadline day itself.
    assert count_register(store, deadline, Stage.OVERDUE) == 0
    late = register_page(store, deadline + timedelta(days=1), stage=Stage.OVERDUE)
    assert [(r.notice.id, r.overdue, r.days_left) for r in late] == [(world.notice_id, True, -1)]
    # A stage without a sort keeps the follow-up order: by deadline, none last.
    drafts = register_page(store, deadline, stage=Stage.DRAFT)
    assert names(drafts) == ["阿坝某水电站", "潼南某养殖场", "重庆某某建材有限公司"]


def test_sorted_by_a_column_either_way_with_blanks_last(register) -> None:
    world, deadline = register
    store = world.store
    party = world.site.name
    by_party = register_page(store, deadline, sort=RegisterSort.PARTY)
    assert names(by_party) == sorted(names(by_party))
    assert (
        names(register_page(store, deadline, sort=RegisterSort.PARTY, descending=True))
        == (names(by_party)[::-1])
    )
    by_deadline = register_page(store, deadline, sort=RegisterSort.DEADLINE)
    assert names(by_deadline) == [party, "阿坝某水电站", "潼南某养殖场", "重庆某某建材有限公司"]
    backwards = register_page(store, deadline, sort=RegisterSort.DEADLINE, descending=True)
    assert names(backwards) == ["潼南某养殖场", "阿坝某水电站", party, "重庆某某建材有限公司"]
    by_stage = register_page(store, deadline, sort=RegisterSort.STAGE, descending=True)
    assert [r.notice.status for r in by_stage] == ["issued", "draft", "draft", "draft"]
    # Only the issued notice has a number: the drafts (no number) come last both ways.
    for descending in (False, True):
        numbered = register_page(store, deadline, sort=RegisterSort.NUMBER, descending=descending)
        assert numbered[0].notice.id == world.notice_id
    # Paging: two pages of two give the sorted list.
    pages = [
        *register_page(store, deadline, 0, 2, sort=RegisterSort.PARTY),
        *register_page(store, deadline, 2, 2, sort=RegisterSort.PARTY),
    ]
    assert names(pages) == names(by_party)


@pytest.mark.gui
def test_the_table_model_filters_and_sorts_through_the_store(register, qtmodeltester) -> None:
    from PySide6.QtCore import Qt

    from inspect_app.ui.models.notices import NoticeTableModel

    world, _deadline = register
    checked = NoticeTableModel(world.store)  # one page holds all (the Qt tester fetches more
    qtmodeltester.check(checked)  # from inside its reset check: see paging below, unchecked)
    checked.set_stage("draft")
    checked.sort(NoticeTableModel.DEADLINE, Qt.SortOrder.DescendingOrder)
    assert checked.rowCount() == 3
    model = NoticeTableModel(world.store, page_size=2)
    assert model.total() == 4
    model.set_stage("draft")
    assert model.total() == 3 and model.stage is Stage.DRAFT
    model.sort(NoticeTableModel.PARTY, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.follow_up_row(r).party for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) == 3
    model.sort(-1)  # the follow-up order again
    model.set_stage(None)
    assert model.total() == 4
    assert model.follow_up_row(0).notice.id == world.notice_id  # issued before drafts


def test_sorted_ids_then_rows_by_id_give_the_same_pages(register) -> None:
    world, deadline = register
    store = world.store
    for sort in RegisterSort:
        for descending in (False, True):
            ids = register_ids(store, deadline, sort, descending=descending)
            paged = register_page(store, deadline, 0, 10, sort=sort, descending=descending)
            assert ids == [r.notice.id for r in paged]
            assert register_rows(store, deadline, ids) == paged
    drafts = register_ids(store, deadline, RegisterSort.PARTY, stage=Stage.DRAFT)
    assert len(drafts) == 3 and world.notice_id not in drafts
