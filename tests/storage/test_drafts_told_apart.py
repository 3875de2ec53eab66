"""Two drafts for one party are told apart (issue 12): finding counts and default file names."""

from __future__ import annotations

from datetime import date

import document_world
from document_world import World

from inspect_app.storage import findings, notices
from inspect_app.storage.notice_register import register_page

document_template = document_world.document_template
world = document_world.world


def test_two_drafts_for_one_party_differ_in_name_and_count(world: World) -> None:
    store, day = world.store, date(2026, 12, 5)
    first = notices.draft_file_name(store, world.site.id, world.site.name, day)
    assert first == "遂宁某某化工有限公司-决定书草稿-2026-12-05-2.pdf"  # the world has one
    extra = findings.add_finding(
        store, world.lead.id, world.patrol_id, "noise", site_id=world.site.id
    )
    second = notices.create_draft(
        store,
        world.lead.id,
        world.agency.id,
        world.site.id,
        [world.finding_id, extra.id],
        order_text="立即停止夜间施工",
    )
    again = notices.draft_file_name(store, world.site.id, world.site.name, day)
    assert again != first and again.endswith("-2026-12-05-3.pdf")
    notices.discard_draft(store, world.lead.id, second.id)  # a withdrawn one still counts
    assert notices.draft_file_name(store, world.site.id, world.site.name, day) == again
    third = notices.create_draft(
        store, world.lead.id, world.agency.id, world.site.id, [extra.id, world.finding_id]
    )
    counts = {r.notice.id: r.findings for r in notices.follow_up(store, day)}
    assert counts == {world.notice_id: 1, third.id: 2}
    page = register_page(store, day, 0, 50)
    assert {r.notice.id: r.findings for r in page} == counts


def test_unsafe_characters_leave_the_name(world: World) -> None:
    name = notices.draft_file_name(world.store, world.site.id, 'A/B:"C"?', date(2026, 1, 2))
    assert name == "A_B_C_-决定书草稿-2026-01-02-2.pdf"
