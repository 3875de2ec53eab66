"""Mending travels like any change (issue 12): a withdrawal's reason (the op's ``reason``
annotation), a patrol's team edit and a moved finding reach the other laptops by bundle,
``db check`` stays green and the history there shows the same reason and laptop."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import make_fleet

from inspect_app.storage import findings, mending, patrols
from inspect_app.storage.history import record_history


def test_withdraw_reason_team_edit_and_move_travel(tmp_path: Path) -> None:
    fleet = make_fleet(tmp_path, n=2)
    try:
        office, laptop = fleet.stores
        found = findings.add_finding(laptop, fleet.inspector, fleet.patrol, "water_outfall")
        other = patrols.add_patrol(laptop, fleet.inspector, "2026-12-01", "fujiang", [fleet.lead])
        patrols.move_finding(laptop, fleet.inspector, found.id, other.id)
        patrols.edit_patrol(
            laptop, fleet.inspector, other.id, officer_ids=[fleet.lead, fleet.inspector]
        )
        spare = findings.add_finding(laptop, fleet.inspector, other.id, "water_outfall")
        mending.withdraw_finding(laptop, fleet.inspector, spare.id, "现场核实后不属实")
        fleet.settle()
        assert office.digest() == laptop.digest()
        assert office.check().ok and laptop.check().ok
        assert findings.get_finding(office, found.id).patrol_id == other.id
        assert patrols.get_patrol(office, other.id).officer_ids == (fleet.lead, fleet.inspector)
        assert not office.exists("finding", spare.id)
        entry = record_history(office, "finding", spare.id).entries[0]
        assert (entry.kind, entry.reason, entry.officer) == ("withdraw", "现场核实后不属实", "李四")
        assert not entry.this_laptop and entry.replica == laptop.replica_id
        # a rebuild from the log gives the same tables (the annotation changes no meaning)
        before = office.digest()
        office.rebuild()
        assert office.digest() == before
    finally:
        fleet.close()
