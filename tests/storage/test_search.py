"""Search and filters: Chinese text of any length, the index kept with every op, each filter."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from store_team import Team

from inspect_app.domain.entities import NoticeStatus, new_id
from inspect_app.domain.errors import InspectError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import findings, inspection_records, notices, patrols, receive, registry
from inspect_app.storage.search import (
    FindingQuery,
    SortKey,
    count_findings,
    find_finding_ids,
    find_findings,
    match_expression,
    search_records,
    tokens,
)
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import replicas

OUTFALL = "现场检查发现该公司入河排污口超标排放废水，COD浓度异常，依据遂环责改〔2026〕15号整改。"
STORAGE = "危险废物贮存间防渗措施缺失，台账记录不全。"
NOISE = "夜间施工噪声扰民。"


def _finding(team: Team, description: str, **fields: object) -> str:
    data: dict[str, object] = {
        "category": "water_outfall",
        "site_id": team.site.id,
        "observed_at": "2026-11-30T10:00:00+08:00",
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


def _ids(store: Store, **criteria: object) -> set[str]:
    query = FindingQuery(**criteria)  # type: ignore[arg-type]
    found = set(find_finding_ids(store, query))
    assert count_findings(store, query) == len(found)
    assert {h.id for h in find_findings(store, query, limit=0)} == found
    return found


@pytest.fixture
def three(team: Team) -> tuple[str, str, str]:
    return (
        _finding(team, OUTFALL),
        _finding(team, STORAGE, category="hazardous_waste", severity="serious"),
        _finding(team, NOISE, category="noise", observed_at="2026-10-01T23:00:00+08:00"),
    )


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("排污", {0}),  # two characters: what trigrams cannot find
        ("超标", {0, 2}),  # also the name of the noise category: 超标排放工业噪声
        ("废", {0, 1}),  # one character, in the middle (废水) and at a start (废物)
        ("扰民", {2}),  # two characters at the very end of a text
        ("噪", {2}),
        ("入河排污口", {0}),
        ("cod", {0}),  # Latin, case-folded
        ("ＣＯＤ", {0}),  # full-width, NFKC
        ("〔2026〕15号", {0}),  # a document number (文号)
        ("15号", {0}),
        ("化工", {0, 1, 2}),  # the party's name
        ("91350100M000100Y43", {0, 1, 2}),  # the party's credit code, whole
        ("m000100", {0, 1, 2}),  # and a piece of it, any case
        ("排污 化工", {0}),  # every term, wherever it is (finding and party)
        ("排污 噪声", set()),
        ("超排", set()),  # both characters occur, but not side by side
        ("排污口超标排放", {0}),  # a longer phrase, adjacent in the text
        ("危险废物", {1}),
        ("入河排污口 ", {0}),
        ("water_outfall", {0}),  # the category, by code
        ("入河排污口设置", set()),
    ],
)
def test_text_search_finds_substrings_of_any_length(
    team: Team, three: tuple[str, str, str], text: str, which: set[int]
) -> None:
    assert _ids(team.store, text=text) == {three[n] for n in which}


def test_an_empty_text_filters_nothing_and_tokens_never_cross_spaces(
    team: Team, three: tuple[str, str, str]
) -> None:
    assert _ids(team.store, text="   ") == set(three)
    assert match_expression("  ") is None
    # each run's bigrams and closing character, then every character once (v8)
    assert tokens("ab cd") == ["61x62", "62x", "63x64", "64x", "61x", "62x", "63x", "64x"]
    finding = _finding(team, "甲乙 丙丁")
    assert finding not in _ids(team.store, text="乙丙")
    assert finding in _ids(team.store, text="乙")


def test_the_index_follows_every_change_in_the_same_transaction(
    team: Team, three: tuple[str, str, str]
) -> None:
    store, lead = team.store, team.lead.id
    findings.edit_finding(store, lead, three[2], description="夜间露天焚烧垃圾")
    assert _ids(store, text="施工") == set()
    assert _ids(store, text="焚烧") == {three[2]}
    registry.edit_site(store, lead, team.site.id, name="某某造纸有限公司")
    assert _ids(store, text="化工") == set()
    assert _ids(store, text="造纸") == set(three)
    findings.withdraw_finding(store, lead, three[0])
    assert _ids(store, text="排污") == set()
    assert store.db.conn.execute(
        "SELECT count(*) FROM search_doc WHERE entity_id = ?", [three[0]]
    ).fetchone() == (0,)
    # A refused write writes nothing: neither rows nor index.
    good = Change(OpKind.SET, "finding", three[1], {"description": "违法倾倒污泥"})
    bad = Change(OpKind.SET, "finding", three[1], {"severity": "not-a-severity"})
    with pytest.raises(InspectError):
        store.write([good, bad], lead)
    assert _ids(store, text="污泥") == set()
    assert _ids(store, text="危险废物") == {three[1]}


def test_notices_and_records_find_the_findings_they_name(
    team: Team, three: tuple[str, str, str]
) -> None:
    store, lead = team.store, team.lead.id
    notice = notices.create_draft(
        store, lead, team.agency.id, team.site.id, [three[1]], "责令限期清运处置", "2026-12-31"
    )
    assert _ids(store, text="清运") == {three[1]}
    hits = search_records(store, "清运")
    assert [(h.entity, h.id) for h in hits] == [("notice", notice.id)]
    fields = {
        "kind": "inspection",
        "site_id": team.site.id,
        "agency_id": team.agency.id,
        "started_at": "2026-11-30T09:00:00+08:00",
        "place": "厂区",
        "narrative": "执法人员出示证件后进入厂区检查雨污分流情况",
    }
    record = inspection_records.add_record(store, lead, fields, [lead], [three[2]])
    assert _ids(store, text="雨污分流") == {three[2]}
    assert ("inspection_record", record.id) in {
        (h.entity, h.id) for h in search_records(store, "雨污分流")
    }
    assert {h.entity for h in search_records(store, "化工")} == {"site"}


def test_rebuild_and_check_give_the_same_index(team: Team, three: tuple[str, str, str]) -> None:
    store = team.store
    before = {t: _ids(store, text=t) for t in ("排污", "废", "化工", "扰民")}
    store.rebuild()
    assert {t: _ids(store, text=t) for t in before} == before
    report = store.check()
    assert report.tables_match_log
    store.db.conn.execute(
        "DELETE FROM search_fts WHERE rowid = (SELECT min(rowid) FROM search_fts)"
    )
    assert not store.check().tables_match_log  # db check sees an index that lost a document


def test_an_older_store_is_indexed_when_it_opens(tmp_path: Path) -> None:
    """The frozen version-3 store (made by that app) is upgraded: its records are searchable."""
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "store-v3.sqlite3"
    shutil.copy(fixture, tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert len(_ids(store, text="暗管")) == 1
        assert _ids(store, text="危废") == set()  # that finding is withdrawn
        assert len(_ids(store, text="化工")) == 1  # through the party
        assert [h.entity for h in search_records(store, "危废")] == []
        assert store.check().tables_match_log


def test_each_filter(team: Team, tmp_path: Path) -> None:
    store, lead, inspector = team.store, team.lead.id, team.inspector.id
    other_site = registry.add_site(
        store, lead, "重庆某养殖场", region="500153", latitude="29.41", longitude="105.59"
    )
    registry.edit_site(store, lead, team.site.id, region="510903")
    qiong = patrols.add_patrol(store, lead, "2026-10-02", "琼江", [lead, inspector])
    a = _finding(team, OUTFALL, latitude="30.5", longitude="105.6")
    b = _finding(
        team,
        STORAGE,
        category="hazardous_waste",
        severity="serious",
        officer=inspector,
        site_id=other_site.id,
        patrol_id=qiong.id,
        observed_at="2026-10-02T09:00:00+08:00",
    )
    c = _finding(
        team, NOISE, category="noise", severity="major", observed_at="2026-11-01T00:00:00+08:00"
    )
    findings.edit_finding(
        store, lead, c, status="no_violation", status_reason="现场复核未发现违法行为"
    )
    everything = {a, b, c}
    assert _ids(store) == everything
    assert _ids(store, basin="qiongjiang") == {b}
    assert _ids(store, basin="琼江") == {b}  # a name finds the stored code
    assert _ids(store, basin="fujiang") == {a, c}
    assert _ids(store, region="51") == {a, c}
    assert _ids(store, region="510000") == {a, c}  # a province's own code covers it all
    assert _ids(store, region="500000") == {b}
    assert _ids(store, region="5009") == set()
    assert _ids(store, region="500153") == {b}
    assert _ids(store, date_from=date(2026, 11, 1)) == {a, c}  # inclusive, local date
    assert _ids(store, date_to=date(2026, 10, 2)) == {b}
    assert _ids(store, date_from=date(2026, 10, 3), date_to=date(2026, 11, 1)) == {c}
    assert _ids(store, category="hazardous_waste") == {b}
    assert _ids(store, severity="serious") == {b}
    assert _ids(store, severity="minor") == {a}
    assert _ids(store, status="no_violation") == {c}
    assert _ids(store, officer=inspector) == {b}
    assert _ids(store, party=other_site.id) == {b}
    assert _ids(store, patrol=qiong.id) == {b}
    assert _ids(store, bbox=(30.0, 105.0, 31.0, 106.0)) == {a}
    assert _ids(store, bbox=(29.0, 105.0, 29.2, 106.0)) == set()
    assert _ids(store, no_evidence=True) == everything
    assert _ids(store, no_evidence=False) == set()
    assert _ids(store, text="废", severity="serious", basin="琼江") == {b}
    # overdue: named by an issued notice whose deadline is before today
    notice = notices.create_draft(
        store, lead, team.agency.id, team.site.id, [a], "整改", "2026-12-01"
    )
    assert _ids(store, overdue=True, today=date(2026, 12, 5)) == set()  # a draft is not
    store.write([Change(OpKind.SET, "notice", notice.id, {"status": NoticeStatus.ISSUED})], lead)
    assert _ids(store, overdue=True, today=date(2026, 12, 5)) == {a}
    assert _ids(store, overdue=True, today=date(2026, 12, 1)) == set()  # due that day
    assert _ids(store, overdue=False, today=date(2026, 12, 5)) == {b, c}
    assert _ids(store, conflicted=True) == set()
    assert _ids(store, held=True) == set()
    assert _ids(store, held=False) == everything


def _conflicting_copy(team: Team, folder: Path) -> Store:
    """A second laptop that received everything, then its own ops."""
    copy = Store.open(folder)
    replicas.enroll(copy, None, team.store.replica_id, team.store.public_key, "A")
    replicas.enroll(team.store, team.lead.id, copy.replica_id, copy.public_key, "B")
    entries = team.store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    receive.receive(copy, [(str(b), s) for b, s in entries])
    return copy


def test_conflicted_and_quarantined(team: Team, tmp_path: Path) -> None:
    store, lead = team.store, team.lead.id
    a = _finding(team, OUTFALL)
    b = _finding(team, STORAGE)
    copy = _conflicting_copy(team, tmp_path / "b")
    try:
        findings.edit_finding(copy, lead, a, severity="serious")
        findings.edit_finding(store, lead, a, severity="major")
        mine = copy.db.conn.execute(
            "SELECT body, sig FROM ops WHERE replica = ? ORDER BY pos", [copy.replica_id]
        ).fetchall()
        receive.receive(store, [(str(body), sig) for body, sig in mine])
        assert _ids(store, conflicted=True) == {a}
        assert _ids(store, conflicted=False) == {b}
        assert find_findings(store, FindingQuery(conflicted=True))[0].conflicted
        # An op from a laptop never enrolled here is quarantined: its finding shows as held.
        stranger = Store.open(tmp_path / "c")
        try:
            replicas.enroll(stranger, None, store.replica_id, store.public_key, "A")
            entries = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
            receive.receive(stranger, [(str(x), s) for x, s in entries])
            findings.edit_finding(stranger, lead, b, description="陌生电脑的修改")
            theirs = stranger.db.conn.execute(
                "SELECT body, sig FROM ops WHERE replica = ?", [stranger.replica_id]
            ).fetchall()
        finally:
            stranger.close()
        report = receive.receive(store, [(str(x), s) for x, s in theirs])
        assert report.quarantined
        assert _ids(store, held=True) == {b}
        assert _ids(store, held=False) == {a}
    finally:
        copy.close()


def test_sorting_and_paging_are_stable(team: Team) -> None:
    store = team.store
    made = [
        _finding(
            team,
            f"第{n}号问题",
            severity=("minor", "major", "serious")[n % 3],
            observed_at=f"2026-11-{1 + n % 5:02d}T10:00:00+08:00",
        )
        for n in range(12)
    ]
    for sort in SortKey:
        for descending in (True, False):
            query = FindingQuery(sort=sort, descending=descending)
            whole = find_finding_ids(store, query)
            assert sorted(whole) == sorted(made)
            pages = [h.id for o in range(0, 12, 5) for h in find_findings(store, query, 5, o)]
            assert pages == whole
    newest = find_findings(store, FindingQuery(), limit=3)
    assert [h.observed_at[:10] for h in newest] == ["2026-11-05"] * 2 + ["2026-11-04"]
    worst = find_findings(store, FindingQuery(sort=SortKey.SEVERITY), limit=1)[0]
    assert worst.severity == "serious"
    first = find_findings(store, FindingQuery(sort=SortKey.SEVERITY, descending=False), 1)[0]
    assert first.severity == "minor" and first.party_name == "某某化工有限公司"
    assert first.officer_name == "张三" and first.basin == "fujiang" and first.photo_count == 0


def test_the_text_index_tables_stay_out_of_the_digest(team: Team) -> None:
    before = team.store.digest()
    team.store.db.conn.execute(
        "INSERT INTO search_doc (entity, entity_id) VALUES ('x', ?)", [new_id()]
    )
    assert team.store.digest() == before
    with pytest.raises(sqlite3.IntegrityError):  # one document per record
        team.store.db.conn.execute(
            "INSERT INTO search_doc (entity, entity_id) SELECT entity, entity_id FROM search_doc"
        )
