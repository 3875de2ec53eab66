"""A large receive recomputes finished records early: the rows are the ones it makes at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_team import Team

from inspect_app.domain.ops import Op
from inspect_app.storage import findings, receive
from inspect_app.storage.store import Store
from inspect_app.sync import replicas


def _history(team: Team) -> list[tuple[str, str | None]]:
    """Findings made, edited early and late, one withdrawn, one edited by another officer."""
    store, lead, inspector = team.store, team.lead.id, team.inspector.id
    made = [
        findings.add_finding(store, lead, team.patrol.id, "water_outfall").id for _ in range(12)
    ]
    for round_ in range(3):
        for n, finding_id in enumerate(made):
            if (n + round_) % 3 == 0:
                officer = inspector if n % 2 else lead
                findings.edit_finding(store, officer, finding_id, description=f"第{round_}轮 {n}")
    findings.withdraw_finding(store, lead, made[5])
    findings.edit_finding(store, lead, made[0], description="最后一次")
    rows = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    return [(str(body), sig) for body, sig in rows]


def _received(folder: Path, source: Store, entries: list[tuple[str, str | None]]) -> Store:
    target = Store.open(folder)
    replicas.enroll(target, None, source.replica_id, source.public_key, "A")
    report = receive.receive(target, entries)
    assert report.accepted == len(entries) and not report.quarantined
    return target


def test_the_raw_scan_names_each_ops_record(team: Team) -> None:
    entries = _history(team)
    for body, _sig in entries:
        op = Op.from_body_json(body)
        assert receive._record_of(body) == (op.entity, op.entity_id)
    assert receive._record_of({"not": "text"}) is None
    assert receive._record_of('{"data":{}}') is None


@pytest.mark.parametrize("scan", ["right", "wrong"])
def test_settling_after_every_entry_gives_the_rows_of_settling_at_the_end(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: str
) -> None:
    """The harshest schedule (settle after every entry), with the scan right or wrong."""
    entries = _history(team)
    at_end = _received(tmp_path / "end", team.store, entries)

    settled: list[int] = []
    placed = receive._Settling.placed

    def placed_then_settle(self: receive._Settling, index: int) -> None:
        placed(self, index)
        while self.settle_some():
            settled.append(index)

    monkeypatch.setattr(receive, "SETTLE_FROM", 1)
    monkeypatch.setattr(receive._Settling, "placed", placed_then_settle)
    if scan == "wrong":  # every op taken for the first finding's: records settle too early
        first = Op.from_body_json(entries[-1][0])
        monkeypatch.setattr(receive, "_record_of", lambda body: (first.entity, first.entity_id))
    early = _received(tmp_path / "early", team.store, entries)

    assert settled, "nothing was settled early"
    assert early.check().ok and at_end.check().ok
    # the two receivers differ only in their own enrolment of A (entity "replica")
    for query in (
        "SELECT * FROM finding ORDER BY id",
        "SELECT * FROM officer ORDER BY id",
        "SELECT * FROM heads WHERE entity != 'replica' ORDER BY 1, 2, 3",
        "SELECT * FROM conflicts ORDER BY 1",
    ):
        rows = early.db.conn.execute(query).fetchall()
        assert rows == at_end.db.conn.execute(query).fetchall()
    assert len(early.db.conn.execute("SELECT * FROM finding").fetchall()) == 12
    early.close()
    at_end.close()
