"""Sorting the finding list: every order read from an index, its keys kept with every op."""

from __future__ import annotations

import pytest
from store_team import Team

from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.migrations import MIGRATIONS, migrate
from inspect_app.storage.search import (
    FindingQuery,
    SortKey,
    find_finding_ids,
    find_findings,
    matching_sql,
)
from inspect_app.storage.store import Store


def _add(team: Team, description: str, day: int, **fields: object) -> str:
    data: dict[str, object] = {
        "category": "water_outfall",
        "site_id": team.site.id,
        "observed_at": f"2026-11-{day:02d}T10:00:00+08:00",
    }
    data.update(fields)
    made = findings.add_finding(
        team.store,
        str(data.pop("officer", team.lead.id)),
        str(data.pop("patrol_id", team.patrol.id)),
        description=description,
        **data,  # type: ignore[arg-type]
    )
    return made.id


def _order(store: Store, sort: SortKey, descending: bool) -> list[str]:
    return find_finding_ids(store, FindingQuery(sort=sort, descending=descending))


def _sort_keys(store: Store, finding_id: str) -> tuple[object, ...]:
    return tuple(
        store.db.conn.execute(
            "SELECT sort_party, sort_basin, sort_officer FROM finding WHERE id = ?", [finding_id]
        ).fetchone()
    )


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_every_order_reads_an_index_without_sorting(
    team: Team, sort: SortKey, descending: bool
) -> None:
    """The first page of any order comes straight from a partial index of the live findings."""
    _add(team, "排污口超标", 1)
    selected = matching_sql(team.store, FindingQuery(sort=sort, descending=descending), "f.id")
    assert selected is not None
    sql, params = selected
    plan = [r[3] for r in team.store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert plan[0].startswith("SCAN f USING") and "INDEX finding_live_" in plan[0], plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_orders_and_their_ties(team: Team) -> None:
    store, lead = team.store, team.lead.id
    other = registry.add_site(store, lead, "安居养殖场")
    qiong = patrols.add_patrol(store, lead, "2026-11-02", "qiongjiang", [lead])
    a = _add(team, "甲", 1, severity="minor")
    b = _add(team, "乙", 2, severity="serious", site_id=other.id, patrol_id=qiong.id)
    c = _add(team, "丙", 3, severity="minor", officer=team.inspector.id)
    d = _add(team, "丁", 4, severity="serious")
    assert _order(store, SortKey.SEVERITY, True) == [d, b, c, a]  # equal: newest first
    assert _order(store, SortKey.SEVERITY, False) == [a, c, b, d]  # equal: oldest first
    # 安居养殖场 < 某某化工有限公司 in code point order
    assert _order(store, SortKey.PARTY, False) == [b, a, c, d]
    assert _order(store, SortKey.BASIN, False) == [a, c, d, b]  # fujiang < qiongjiang
    assert _order(store, SortKey.OFFICER, False) == [a, b, d, c]  # 张三 < 李四
    sha = "ab" * 32  # a photo record (the file itself is not needed to count it)
    photo = {"width": 4000, "height": 3000, "format": "JPEG", "size_bytes": 1}
    store.write(
        [
            Change(OpKind.CREATE, "photo", sha, photo),
            Change(OpKind.ADD, "finding", a, {"photos": [sha]}),
        ],
        lead,
    )
    first = find_findings(store, FindingQuery(sort=SortKey.PARTY, descending=False), limit=1)
    assert first[0].id == b and first[0].party_name == "安居养殖场"
    assert first[0].basin == "qiongjiang" and first[0].officer_name == "张三"
    pages = [
        h.id
        for offset in (0, 2)
        for h in find_findings(store, FindingQuery(sort=SortKey.PHOTOS), 2, offset)
    ]
    assert pages == _order(store, SortKey.PHOTOS, True) == [a, d, c, b]
    assert _order(store, SortKey.PHOTOS, False) == [b, c, d, a]


def test_sort_keys_follow_renames_and_withdrawals(team: Team) -> None:
    store, lead = team.store, team.lead.id
    a = _add(team, "甲", 1)
    b = _add(team, "乙", 2)
    assert _sort_keys(store, a) == ("某某化工有限公司", "fujiang", "张三")
    registry.edit_site(store, lead, team.site.id, name="某某造纸有限公司")
    patrols.edit_patrol(store, lead, team.patrol.id, basin="qiongjiang")
    store.write([Change(OpKind.SET, "officer", lead, {"name": "张三丰"})], lead)
    assert (
        _sort_keys(store, a) == _sort_keys(store, b) == ("某某造纸有限公司", "qiongjiang", "张三丰")
    )
    findings.withdraw_finding(store, lead, b)
    assert _sort_keys(store, b) == (None, None, None)
    other = registry.add_site(store, lead, "安居养殖场")
    findings.edit_finding(store, lead, a, site_id=other.id)
    assert _sort_keys(store, a)[0] == "安居养殖场"
    assert store.check().tables_match_log  # a replay of the log gives the same keys
    store.rebuild()
    assert _sort_keys(store, a) == ("安居养殖场", "qiongjiang", "张三丰")
    assert _sort_keys(store, b) == (None, None, None)


def test_the_upgrade_fills_the_sort_keys(team: Team) -> None:
    """Schema v8 on a store that had none: keys read from the tables, indexes made."""
    store = team.store
    a = _add(team, "甲", 1)
    conn = store.db.conn
    v8 = ("party", "basin", "officer_name", "severity_rank", "status_rank")
    for name in v8:
        conn.execute(f"DROP INDEX finding_live_{name}")
    for column in ("sort_party", "sort_basin", "sort_officer"):
        conn.execute(f"ALTER TABLE finding DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 7")
    migrate(store.db, None, MIGRATIONS[:8])  # v8 alone (later versions are not undone here)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 8
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    assert _sort_keys(store, a) == ("某某化工有限公司", "fujiang", "张三")
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")} >= {
        f"finding_live_{name}" for name in v8
    }
    assert find_finding_ids(store, FindingQuery(text="甲")) == [a]
    assert store.check().tables_match_log
