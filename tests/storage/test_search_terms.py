"""What a search term finds: basin names, FTS5 syntax typed as text, counts without doubles."""

from __future__ import annotations

import pytest
from store_team import Team

from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.search import (
    FindingQuery,
    basins_named,
    count_findings,
    find_finding_ids,
    find_findings,
)
from inspect_app.storage.store import Store


def _add(team: Team, description: str, **fields: object) -> str:
    data: dict[str, object] = {
        "category": "water_outfall",
        "site_id": team.site.id,
        "observed_at": "2026-11-30T10:00:00+08:00",
    }
    data.update(fields)
    made = findings.add_finding(
        team.store,
        team.lead.id,
        str(data.pop("patrol_id", team.patrol.id)),
        description=description,
        **data,  # type: ignore[arg-type]
    )
    return made.id


def _ids(store: Store, text: str, **criteria: object) -> set[str]:
    query = FindingQuery(text=text, **criteria)  # type: ignore[arg-type]
    found = find_finding_ids(store, query)
    assert len(found) == len(set(found))
    assert count_findings(store, query) == len(found)
    assert [h.id for h in find_findings(store, query, limit=len(found) + 1)] == found
    return set(found)


def test_a_basin_name_finds_that_basins_findings(team: Team) -> None:
    store, lead = team.store, team.lead.id
    qiong = patrols.add_patrol(store, lead, "2026-11-02", "琼江", [lead])
    fu = _add(team, "雨水排口混入生活污水")  # team.patrol: 涪江 (fujiang)
    qi = _add(team, "沉淀池溢流", patrol_id=qiong.id)
    named = _add(team, "涪江支流岸边堆放建筑垃圾", patrol_id=qiong.id)  # the name in its text
    assert _ids(store, "涪江") == {fu, named}
    assert _ids(store, "琼江") == {qi, named}
    assert _ids(store, "Fujiang") == _ids(store, "fujiang") == {fu}
    assert _ids(store, "琼江 溢流") == {qi}  # every term must hold, wherever
    assert _ids(store, "琼江 排口") == set()
    assert _ids(store, "涪江", status="open") == {fu, named}
    assert _ids(store, "涪江", basin="琼江") == {named}
    assert _ids(store, "江") == {named}  # one character names no basin: only the text
    assert basins_named("江") == [] and basins_named("fu") == []
    assert basins_named("长江") == basins_named("yangtze") == ["yangtze"]  # 长江（川渝段）
    assert basins_named("川渝段") == basins_named("sichuan") == []  # the reach, not the river
    assert basins_named("嘉陵") == basins_named("jial") == ["jialing"]
    patrols.edit_patrol(store, lead, qiong.id, basin="fujiang")
    assert _ids(store, "涪江") == {fu, qi, named}  # read from the patrols now


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"', {2}),
        ("*", {2}),
        ("OR", {0}),  # the word "or", not an operator
        ("a OR b", {0}),  # three terms, "a", "or" and "b", each somewhere in the text
        ("-x", {1}),
        ("NEAR(", {1}),
        ("(", {0, 1}),
        (")", {0, 1}),
        ('"cod', set()),
        ("cod*", set()),
        ("^", set()),
        (":", set()),
        ("{tokens}:", set()),
    ],
)
def test_fts_syntax_is_searched_as_text(team: Team, text: str, found: set[int]) -> None:
    made = [  # "serious": the severity is in the text too, and "minor" and "major" hold "or"
        _add(team, "Flow meter OR bypass (see photo)", severity="serious"),
        _add(team, "标签写着 -x 与 NEAR(2) 字样", severity="serious"),
        _add(team, '门牌"12号*"', severity="serious"),
    ]
    assert _ids(team.store, text) == {made[n] for n in found}


def test_a_finding_found_several_ways_is_counted_once(team: Team) -> None:
    store, lead = team.store, team.lead.id
    a = _add(team, "化工废水直排")  # its text, its party (某某化工) and its notice: 化工
    b = _add(team, "噪声扰民")  # through its party only
    other = registry.add_site(store, lead, "安居养殖场")
    c = _add(team, "粪污直排", site_id=other.id)
    notices.create_draft(
        store, lead, team.agency.id, team.site.id, [a, c], "责令停止化工废水直排", "2026-12-31"
    )
    assert _ids(store, "化工") == {a, b, c}
    assert _ids(store, "直排") == {a, c}
    assert _ids(store, "化 直排") == {a, c}
    assert _ids(store, "化工 养殖") == {c}  # 化工 through its notice, 养殖 through its party
    findings.withdraw_finding(store, lead, c)
    assert _ids(store, "化工") == {a, b}


def test_one_character_reads_its_own_token(team: Team) -> None:
    """A character is found wherever it stands: first, last, alone, or inside a run."""
    made = [_add(team, "废"), _add(team, "废水"), _add(team, "固废"), _add(team, "处置废物 Z")]
    assert _ids(team.store, "废") == set(made)
    assert _ids(team.store, "z") == {made[3]}
    assert _ids(team.store, "固") == {made[2]}
