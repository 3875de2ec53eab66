"""A restore op (undo of a withdrawal) between real replicas: it lifts only what it knew.

Three laptops: a finding withdrawn and restored on one comes back everywhere; a withdrawal
made elsewhere concurrently with the restore still stands (the restore did not know it); an
edit concurrent with a withdrawal the restore lifted opens no lifecycle conflict; every
store converges to the same digest, and a rebuild from the log gives the same tables.
"""

from __future__ import annotations

from pathlib import Path

from sync_helpers import make_fleet

from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings


def _restore(store, officer: str, finding_id: str) -> None:
    store.write([Change(OpKind.RESTORE, "finding", finding_id)], officer)


def test_a_restore_lifts_the_withdrawals_it_knew_and_converges(tmp_path: Path) -> None:
    fleet = make_fleet(tmp_path, 3)
    office, a, b = fleet.stores
    try:
        kept = findings.add_finding(office, fleet.lead, fleet.patrol, "water_outfall", fleet.site)
        again = findings.add_finding(office, fleet.lead, fleet.patrol, "air", fleet.site)
        fleet.settle()

        # A withdraws and restores `kept`; B edits it concurrently: no conflict, it is live
        findings.withdraw_finding(a, fleet.inspector, kept.id)
        _restore(a, fleet.inspector, kept.id)
        findings.edit_finding(b, fleet.inspector, kept.id, description="补充说明")
        # A withdraws `again` and restores it; B withdraws it too, not knowing the restore
        findings.withdraw_finding(a, fleet.inspector, again.id)
        _restore(a, fleet.inspector, again.id)
        findings.withdraw_finding(b, fleet.inspector, again.id)
        fleet.settle()

        digests = {store.digest() for store in fleet.stores}
        assert len(digests) == 1
        for store in fleet.stores:
            assert store.exists("finding", kept.id)
            assert findings.get_finding(store, kept.id).description == "补充说明"
            assert not store.exists("finding", again.id)  # B's withdrawal stands
            conflicts = store.db.conn.execute(
                "SELECT count(*) FROM conflicts WHERE entity_id = ?", [kept.id]
            ).fetchone()[0]
            assert conflicts == 0
            before = store.digest()
            store.rebuild()
            assert store.digest() == before
    finally:
        fleet.close()


def test_restoring_a_live_record_is_refused(tmp_path: Path) -> None:
    import pytest

    from inspect_app.domain.errors import InspectError

    fleet = make_fleet(tmp_path, 2)
    try:
        finding = findings.add_finding(
            fleet.stores[0], fleet.lead, fleet.patrol, "water_outfall", fleet.site
        )
        with pytest.raises(InspectError):
            _restore(fleet.stores[0], fleet.lead, finding.id)
    finally:
        fleet.close()
