"""How many numbers of a block are used (:func:`numbering.used_in_block`), as the window shows."""

from __future__ import annotations

from pathlib import Path

import document_world

from inspect_app.notices.issue import local_now
from inspect_app.storage import notices, numbering, registry
from inspect_app.storage.store import Store
from inspect_app.sync import replicas

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def _other_laptop(w: World, tmp_path: Path) -> str:
    """Enrol a second laptop on the world's store; its replica id."""
    with Store.open(tmp_path / "other") as other:
        replicas.enroll(w.store, w.lead.id, other.replica_id, other.public_key, "二组笔记本")
        return other.replica_id


def test_a_new_block_has_none_used_and_each_issue_uses_one(world: World, tmp_path: Path):
    year = local_now().year
    other = _other_laptop(world, tmp_path)
    theirs = numbering.reserve_block(world.store, world.lead.id, world.agency.id, year, other, 5)
    assert (theirs.first, theirs.last) == (1, 5)
    assert numbering.used_in_block(world.store, theirs) == 0

    number = document_world.issue(world)  # the numbering laptop reserves 6..25 for itself
    assert number == f"遂环责改〔{year}〕6号"
    ours = next(b for b in numbering.list_blocks(world.store, world.agency.id, year) if b != theirs)
    assert (ours.first, ours.last, ours.holder) == (6, 25, world.store.replica_id)
    assert numbering.used_in_block(world.store, ours) == 1
    assert numbering.used_in_block(world.store, theirs) == 0


def test_superseded_and_discarded_numbers_stay_used(world: World):
    store, lead = world.store, world.lead.id
    year = local_now().year
    document_world.issue(world)
    correction = notices.supersede(store, lead, world.notice_id)
    # a number taken for an issue that then failed, and the draft discarded afterwards
    numbered = notices.assign_number(store, lead, correction.id, year)
    assert numbered.number_seq == 2
    restored = notices.discard_draft(store, lead, correction.id)
    assert restored is not None and restored.id == world.notice_id
    (block,) = numbering.list_blocks(store, world.agency.id, year)
    assert numbering.used_in_block(store, block) == 2
    assert numbering.next_free_number(store, world.agency.id, year) == 3


def test_other_agencies_and_years_are_not_counted(world: World):
    store, lead = world.store, world.lead.id
    year = local_now().year
    document_world.issue(world)
    other_agency = registry.add_agency(store, "重庆市潼南区生态环境局", "潼环", "500152")
    (mine,) = numbering.list_blocks(store, world.agency.id, year)
    theirs = numbering.reserve_block(store, lead, other_agency.id, year, store.replica_id, 3)
    last_year = numbering.reserve_block(store, lead, world.agency.id, year - 1, store.replica_id, 3)
    assert numbering.used_in_block(store, mine) == 1
    assert numbering.used_in_block(store, theirs) == 0
    assert numbering.used_in_block(store, last_year) == 0
