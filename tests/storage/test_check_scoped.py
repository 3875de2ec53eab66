"""``db check`` on a scoped laptop (issue 15, design scoped-pull.md 3.3 and 7).

Laptop B is scoped to the basin ``fujiang`` by the team lead and holds what a scoped pull
would bring it: A's ops without a patrol of another basin (a gap in A's chain), a member
finding with its photo's bytes, and a finding held as a dependency whose photo bytes are not
here. Out-of-scope gaps at or below the hub's frontier neither break nor wait; above it they
still wait; a gap in B's own chain is still a break; a dependency's missing photo is "not on
this laptop", a member's still a problem. ``mark_roles``, ``presence`` and ``member_files``
follow the same roles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fixture_photos import photo_path
from store_team import Team, make_team

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.photos.importer import import_photos
from inspect_app.photos.ingest import IngestedPhoto
from inspect_app.storage import findings, oplog, patrols, receive
from inspect_app.storage.database import put_meta, write_transaction
from inspect_app.storage.scope import (
    SCOPE_FRONTIER_PREFIX,
    mark_roles,
    member_files,
    outside_frontier,
    presence,
    set_scope,
)
from inspect_app.storage.store import Store
from inspect_app.sync import replicas

HUB = "0f" * 16
OTHER_HUB = "1e" * 16


@dataclass
class Scoped:
    """The lead's store A (the hub's history), scoped laptop B, and what B holds."""

    team: Team
    b: Store
    member: str  # finding on the fujiang patrol, its photo's bytes here
    dependency: str  # finding held as a dependency, its own photo's bytes not here
    away: str  # finding of the other basin's patrol: not on B at all
    member_photo: str
    dependency_photo: str
    gap: tuple[int, int]  # A's seqs B lacks (first, last)
    leave_out: set[str]  # the records of those ops


def _photo(store: Store, officer: str, finding_id: str, name: str) -> str:
    made = [
        item
        for item in import_photos(store, officer, finding_id, [photo_path(name)], workers=1)
        if isinstance(item, IngestedPhoto)
    ]
    return made[0].sha256


def _entries(store: Store, leave_out: set[str] = frozenset()) -> list[tuple[str, str | None]]:
    rows = store.db.conn.execute(
        "SELECT body, sig, entity || ':' || entity_id FROM ops ORDER BY pos"
    ).fetchall()
    return [(str(body), sig) for body, sig, record in rows if record not in leave_out]


def _frontier(store: Store, hub: str, seqs: dict[str, int]) -> None:
    with write_transaction(store.db):
        put_meta(store.db, SCOPE_FRONTIER_PREFIX + hub, json.dumps(seqs))


@pytest.fixture
def scoped(tmp_path: Path) -> Iterator[Scoped]:
    a = Store.open(tmp_path / "a")
    b = Store.open(tmp_path / "b")
    team = make_team(a)
    lead = team.lead.id
    replicas.enroll(a, lead, b.replica_id, b.public_key, "乙")
    replicas.enroll(b, None, a.replica_id, a.public_key, "甲")
    set_scope(a, lead, b.replica_id, ["basin:fujiang"])
    member = findings.add_finding(a, lead, team.patrol.id, "water_outfall", team.site.id).id
    member_photo = _photo(a, lead, member, "recurser_Landscape_6.jpg")
    first = oplog.last_op(a.db, a.replica_id)[0] + 1
    other = patrols.add_patrol(a, lead, "2026-12-01", "jialing", [lead])
    away = findings.add_finding(a, lead, other.id, "water_outfall").id
    _photo(a, lead, away, "exifpy_gps_DSCN0010.jpg")
    last = oplog.last_op(a.db, a.replica_id)[0]
    dependency = findings.add_finding(a, lead, team.patrol.id, "air", team.site.id).id
    dependency_photo = _photo(a, lead, dependency, "recurser_Portrait_8.jpg")
    leave_out = {f"patrol:{other.id}", f"finding:{away}"}
    away_photos = findings.get_finding(a, away).photo_ids
    leave_out |= {f"photo:{sha}" for sha in away_photos}
    report = receive.receive(b, _entries(a, leave_out))
    assert not report.quarantined
    assert b.blobs.put_file(photo_path("recurser_Landscape_6.jpg"))[0] == member_photo
    with write_transaction(b.db):
        mark_roles(
            b.db.conn,
            {
                f"finding:{member}": "m",
                f"photo:{member_photo}": "m",
                f"finding:{dependency}": "d",
                f"photo:{dependency_photo}": "d",
            },
        )
    yield Scoped(
        team, b, member, dependency, away, member_photo, dependency_photo, (first, last), leave_out
    )
    a.close()
    b.close()


def test_an_out_of_scope_gap_below_the_frontier_neither_breaks_nor_waits(
    scoped: Scoped,
) -> None:
    a, b = scoped.team.store, scoped.b
    report = b.check()
    assert (report.waiting_gaps, report.outside_gaps) == (1, 0)  # no complete scoped pull yet
    _frontier(b, HUB, {a.replica_id: scoped.gap[1]})
    report = b.check()
    assert (report.waiting_gaps, report.outside_gaps) == (0, 1)
    assert report.ok and not report.chain_breaks


def test_a_gap_above_the_frontier_still_waits(scoped: Scoped) -> None:
    a, b = scoped.team.store, scoped.b
    _frontier(b, HUB, {a.replica_id: scoped.gap[1] - 1})  # the hub had not all of it
    report = b.check()
    assert (report.waiting_gaps, report.outside_gaps) == (1, 0) and report.ok
    _frontier(b, OTHER_HUB, {a.replica_id: scoped.gap[1] + 5})  # another hub: the max counts
    assert outside_frontier(b)[a.replica_id] == scoped.gap[1] + 5
    report = b.check()
    assert (report.waiting_gaps, report.outside_gaps) == (0, 1)


def test_a_damaged_frontier_is_skipped(scoped: Scoped) -> None:
    a, b = scoped.team.store, scoped.b
    _frontier(b, HUB, {a.replica_id: "many", "x": True})  # type: ignore[dict-item]
    with write_transaction(b.db):
        put_meta(b.db, SCOPE_FRONTIER_PREFIX + OTHER_HUB, "not json")
    assert outside_frontier(b) == {}
    assert b.check().waiting_gaps == 1


def test_a_gap_in_the_own_chain_is_still_a_break(scoped: Scoped) -> None:
    team, b = scoped.team, scoped.b
    for text in ("甲", "乙"):
        findings.add_finding(b, team.lead.id, team.patrol.id, "air", description=text)
    seq = oplog.last_op(b.db, b.replica_id)[0]
    _frontier(b, HUB, {team.store.replica_id: scoped.gap[1], b.replica_id: seq})
    conn = b.db.conn
    conn.execute("DROP TRIGGER ops_no_update")
    conn.execute("DROP TRIGGER ops_no_delete")
    conn.execute("DELETE FROM ops WHERE replica = ? AND seq = ?", [b.replica_id, seq - 1])
    report = b.check()
    assert any("sequence gap" in gap.problem for gap in report.chain_breaks), report
    assert report.outside_gaps == 1 and not report.ok


def test_a_dependencys_missing_photo_is_not_here_a_members_is_a_problem(
    scoped: Scoped,
) -> None:
    b = scoped.b
    report = b.check()
    assert report.not_here == [scoped.dependency_photo]
    assert report.photo_problems == [] and report.ok
    b.blobs.path(scoped.member_photo).unlink()  # a member's photo lost
    report = b.check()
    assert report.photo_problems == [(scoped.member_photo, StoreMsg.STORE_EVIDENCE_MISSING())]
    assert report.not_here == [scoped.dependency_photo] and not report.ok


def test_a_photo_a_member_also_lists_is_a_members_file(scoped: Scoped) -> None:
    """The dependency finding's photo, attached to the member finding too (A, then pulled)."""
    team, b = scoped.team, scoped.b
    a = team.store
    shared = _photo(a, team.lead.id, scoped.member, "recurser_Portrait_8.jpg")
    assert shared == scoped.dependency_photo
    receive.receive(b, _entries(a, scoped.leave_out))
    assert scoped.dependency_photo in member_files(b)
    report = b.check()
    assert report.not_here == [] and [s for s, _ in report.photo_problems] == [shared]


def test_roles_presence_and_member_files(scoped: Scoped) -> None:
    b = scoped.b
    assert presence(b, "finding", scoped.member) == "member"
    assert presence(b, "finding", scoped.dependency) == "dependency"
    assert presence(b, "photo", scoped.dependency_photo) == "dependency"
    assert presence(b, "finding", scoped.away) == "absent"
    assert presence(b, "site", scoped.team.site.id) == "member"  # never marked: a member
    with pytest.raises(ValidationError):
        presence(b, "no_such_entity", scoped.member)
    assert member_files(b) == [scoped.member_photo]
    with write_transaction(b.db):  # a member named again with role "d" stays a member
        mark_roles(b.db.conn, {f"finding:{scoped.member}": "d"})
    assert presence(b, "finding", scoped.member) == "member"
    with write_transaction(b.db):  # a dependency becoming a member
        mark_roles(b.db.conn, {f"photo:{scoped.dependency_photo}": "m"})
    assert presence(b, "photo", scoped.dependency_photo) == "member"
    assert member_files(b) == sorted([scoped.member_photo, scoped.dependency_photo])
    with pytest.raises(ValueError, match="not a scope role"):
        mark_roles(b.db.conn, {"finding:x": "x"})


def test_widened_to_everything_every_record_is_a_member(scoped: Scoped) -> None:
    team, b = scoped.team, scoped.b
    a = team.store
    _frontier(b, HUB, {a.replica_id: scoped.gap[1]})
    set_scope(a, team.lead.id, b.replica_id, None)
    receive.receive(b, _entries(a, scoped.leave_out))
    assert presence(b, "finding", scoped.dependency) == "member"
    assert scoped.dependency_photo in member_files(b)
    assert outside_frontier(b) == {}
    report = b.check()  # a full pull fills the gap and brings every file now
    assert report.not_here == [] and report.outside_gaps == 0
    assert scoped.dependency_photo in [sha for sha, _ in report.photo_problems]
