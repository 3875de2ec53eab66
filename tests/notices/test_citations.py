"""Legal citations per case: the bundled table, the check against it, what the decision prints.

Real store (``document_world``), real PDFs read back with ``pdftotext``/``pdfinfo``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import document_world
import pytest
from pdf_tools import page_count, pdftotext

from inspect_app.domain import legal_citation
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.law_table import UNVERIFIED_NOTE, LawTable, cn_number
from inspect_app.domain.legal_citation import Citation, check_known, parse_spec
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.citations import (
    ensure_citations,
    notice_citations,
    officer_notes,
    set_citations,
)
from inspect_app.notices.draft import build_content, draft_notice
from inspect_app.notices.issue import issue_blockers, issue_notice, local_now
from inspect_app.notices.rectification import render_rectification_notice
from inspect_app.paths import resource
from inspect_app.storage import notices
from inspect_app.storage.laws import law_table
from inspect_app.storage.reference_data import reference

document_template = document_world.document_template
world = document_world.world
World = document_world.World

WP = "water_pollution_2017"
AP = Citation("administrative_penalty_2021", 28, 1)


def _ids(messages: list) -> list[str]:
    return [m.id for m in messages]


# ---------------------------------------------------------------------------- the table


def test_table_loads_and_holds_every_category_candidate():
    table = law_table()
    assert len(table.laws) >= 12
    for law in table.laws:
        assert law.name.startswith("《") and law.name.endswith("》"), law.id
        assert law.version and "flk.npc.gov.cn" in law.source
        for article in law.articles.values():
            assert article.paragraphs and all(p.text for p in article.paragraphs)
    for category in reference().categories:
        assert category.default_violated(), category.code
        assert category.default_basis(), category.code
        cited = [c.citation for c in category.violated_candidates + category.basis_candidates]
        assert check_known(cited, table) == [], category.code
    # the basis of every order includes 《行政处罚法》第二十八条第一款 (§4.2 row 10)
    assert all(AP in c.default_basis() for c in reference().categories)
    # the file parses as plain JSON too (a reviewer edits it by hand)
    doc = json.loads(resource("reference", "laws.json").read_text(encoding="utf-8"))
    assert {law["id"] for law in doc["laws"]} == {law.id for law in table.laws}


def test_known_texts_quoted_word_for_word():
    table = law_table()
    article = table.article("administrative_penalty", 28)
    assert article is not None and article.verified
    assert (
        article.paragraphs[0].text
        == "行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。"
    )
    items = table.article(WP, 83).paragraphs[0].items
    assert len(items) == 4 and items[1].startswith("超过水污染物排放标准")
    # 第五条 of the radiation regulation has one paragraph: the old default 第五条第一款 was wrong
    assert len(table.article("radiation_regulation_2019", 5).paragraphs) == 1


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (28, "二十八"),
        (100, "一百"),
        (101, "一百零一"),
        (102, "一百零二"),
        (110, "一百一十"),
        (112, "一百一十二"),
        (200, "二百"),
        (305, "三百零五"),
        (999, "九百九十九"),
    ],
)
def test_chinese_numerals(number: int, text: str):
    assert cn_number(number) == text


def test_chinese_numerals_all_distinct_and_bounded():
    seen = {cn_number(n) for n in range(1, 1000)}
    assert len(seen) == 999
    assert all(re.fullmatch("[一二三四五六七八九十百零]+", s) for s in seen)
    for bad in (0, 1000, -3, True):
        with pytest.raises(ValueError):
            cn_number(bad)


def test_printing_citations_as_published_decisions():
    table = law_table()
    assert legal_citation.format_citation(Citation(WP, 22), table) == (
        "《中华人民共和国水污染防治法》第二十二条"
    )
    assert legal_citation.format_citation(parse_spec("water_pollution:84:2", table), table) == (
        "《中华人民共和国水污染防治法》第八十四条第二款"
    )
    assert legal_citation.format_citation(parse_spec("water_pollution:83::2", table), table) == (
        "《中华人民共和国水污染防治法》第八十三条第（二）项"
    )
    assert legal_citation.format_citation(parse_spec("solid_waste:102:1:7", table), table) == (
        "《中华人民共和国固体废物污染环境防治法》第一百零二条第一款第（七）项"
    )
    groups = legal_citation.citation_groups([Citation(WP, 10), Citation(WP, 39), AP], table)
    assert groups == (
        "《中华人民共和国水污染防治法》第十条、第三十九条",
        "《中华人民共和国行政处罚法》第二十八条第一款",
    )


def test_check_known_refuses_what_the_table_does_not_hold():
    table = law_table()
    problems = {
        "forest_2019:12": NoticeMsg.CITATION_UNKNOWN_LAW,
        "water_pollution_2017:200": NoticeMsg.CITATION_UNKNOWN_ARTICLE,
        "water_pollution_2017:22:2": NoticeMsg.CITATION_UNKNOWN_PARAGRAPH,
        "water_pollution_2017:83::5": NoticeMsg.CITATION_UNKNOWN_ITEM,
        "solid_waste_2020:102:1:12": NoticeMsg.CITATION_UNKNOWN_ITEM,
        "solid_waste_2020:102::7": NoticeMsg.CITATION_ITEM_NEEDS_PARAGRAPH,
        "water_pollution_2017:84:2:1": NoticeMsg.CITATION_UNKNOWN_ITEM,
    }
    for text, expected in problems.items():
        found = check_known([parse_spec(text)], table)
        assert [m.msg for m in found] == [expected], text
        assert text in str(found[0])
    fine = ["water_pollution_2017:84:3", "water_pollution:83::4", "solid_waste:112:1:13"]
    assert check_known([parse_spec(t, table) for t in fine], table) == []
    for bad in ("water_pollution", "water_pollution:x", "Water:1", "wp:1:2:3:4", "wp:0", "wp:1:"):
        with pytest.raises(ValidationError) as refused:
            parse_spec(bad)
        assert refused.value.keyed_message.msg is NoticeMsg.CITATION_BAD_SPEC


def test_table_refuses_a_broken_file(tmp_path: Path):
    (tmp_path / "laws.json").write_text('{"laws": [{"id": "x_1"}]}', encoding="utf-8")
    with pytest.raises(ValidationError):
        LawTable.load(tmp_path / "laws.json")
    (tmp_path / "laws.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError):
        LawTable.load(tmp_path / "laws.json")


# ---------------------------------------------------------------------------- per case


def _render(w: World, out: Path) -> str:
    notice = notices.get_notice(w.store, w.notice_id)
    content, *_ = build_content(
        w.store,
        w.lead.id,
        list(notice.finding_ids),
        notice.agency_id,
        notice.order_text,
        notice.deadline,
        notice_id=notice.id,
    )
    render_rectification_notice(content, out)
    return pdftotext(out)


def test_old_draft_reads_category_defaults_and_is_filled_once(world: World):
    store = world.store
    draft = notices.get_notice(store, world.notice_id)
    assert draft.attach_law_texts is None  # made as drafts were before schema v10
    cited = notice_citations(store, draft)
    assert not cited.stored
    assert cited.violated == (Citation(WP, 22),)
    assert cited.basis == (Citation(WP, 84, 2), AP)
    ops = store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0]
    filled = ensure_citations(store, world.lead.id, world.notice_id)
    assert filled.attach_law_texts  # stored (SQLite gives 1)
    assert json.loads(filled.violated_provisions) == [
        {"article": 22, "item": None, "law": WP, "paragraph": None}
    ]
    ensure_citations(store, world.lead.id, world.notice_id)  # a second open writes nothing
    assert store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0] == ops + 1


def test_decision_prints_only_the_chosen_citations_and_the_annex(world: World, tmp_path: Path):
    store = world.store
    # the officer wrote a free-text legal basis on the finding: a note, never printed
    store.write(
        [
            Change(
                OpKind.SET, "finding", world.finding_id, {"legal_basis": "《某某条例》第九十九条"}
            )
        ],
        world.lead.id,
    )
    set_citations(
        store,
        world.lead.id,
        world.notice_id,
        violated=[Citation(WP, 22)],
        basis=[Citation(WP, 84, 1), AP],
        attach_law_texts=True,
    )
    text = _render(world, tmp_path / "on.pdf")
    flat = "".join(text.split())
    assert "违反了《中华人民共和国水污染防治法》第二十二条的规定" in flat
    assert "依据《中华人民共和国水污染防治法》第八十四条第一款、" in flat
    assert "第八十四条第二款" not in flat  # the category's default, not chosen
    assert "某某条例" not in flat  # the finding's note is not a violated provision
    annex = flat[flat.index("附件：相关法律条文") :]
    assert flat.index("附件：相关法律条文") > flat.index("六、申请行政复议")
    for part in (
        "《中华人民共和国水污染防治法》",
        "2017年6月27日第二次修正，2018年1月1日起施行",
        "第二十二条向水体排放污染物的企业事业单位",
        "第八十四条在饮用水水源保护区内设置排污口的",
        "《中华人民共和国行政处罚法》",
        "2021年1月22日修订，2021年7月15日起施行",
        "行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。",
        UNVERIFIED_NOTE,  # 第二十二条 and 第八十四条 await a lawyer's check
    ):
        assert part in annex, part
    assert [n for n, _ in officer_notes(store, notices.get_notice(store, world.notice_id))] == [
        world.finding_id
    ]
    pages_on = page_count(tmp_path / "on.pdf")

    set_citations(store, world.lead.id, world.notice_id, attach_law_texts=False)
    text = _render(world, tmp_path / "off.pdf")
    flat = "".join(text.split())
    assert "附件" not in flat and "第八十四条第一款" in flat
    assert page_count(tmp_path / "off.pdf") < pages_on


def test_set_citations_refuses_unknown_and_issued(world: World):
    store = world.store
    with pytest.raises(ValidationError) as refused:
        set_citations(store, world.lead.id, world.notice_id, violated=[Citation(WP, 200)])
    assert refused.value.keyed_message.msg is NoticeMsg.CITATION_UNKNOWN_ARTICLE
    assert notices.get_notice(store, world.notice_id).attach_law_texts is None  # nothing written


def test_blockers_name_missing_and_unknown_citations(world: World):
    store = world.store
    today = local_now().date()
    set_citations(store, world.lead.id, world.notice_id, violated=[], basis=[])
    gaps = _ids(issue_blockers(store, world.notice_id, world.lead.id, today))
    assert NoticeMsg.ISSUE_NO_VIOLATED.id in gaps and NoticeMsg.ISSUE_NO_ORDER_BASIS.id in gaps
    # a citation the table does not hold (e.g. synced from a laptop with a newer table)
    stored = legal_citation.dump([Citation(WP, 22), Citation("forest_2019", 12)])
    store.write(
        [Change(OpKind.SET, "notice", world.notice_id, {"violated_provisions": stored})],
        world.lead.id,
    )
    store.write(
        [
            Change(
                OpKind.SET,
                "notice",
                world.notice_id,
                {"order_basis": legal_citation.dump([AP])},
            )
        ],
        world.lead.id,
    )
    found = issue_blockers(store, world.notice_id, world.lead.id, today)
    unknown = [m for m in found if m.msg is NoticeMsg.ISSUE_CITATION_UNKNOWN]
    assert len(unknown) == 1 and "forest_2019:12" in str(unknown[0])
    assert NoticeMsg.ISSUE_NO_VIOLATED.id not in _ids(found)
    with pytest.raises(ValidationError) as refused:
        issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    assert "forest_2019:12" in str(refused.value)


def test_issued_decision_carries_the_annex_in_the_signed_pdf(world: World, tmp_path: Path):
    store = world.store
    set_citations(
        store,
        world.lead.id,
        world.notice_id,
        violated=[Citation(WP, 22)],
        basis=[Citation(WP, 84, 2), AP],
        attach_law_texts=True,
    )
    out = tmp_path / "issued.pdf"
    issue_notice(store, world.lead.id, world.notice_id, world.lead_credential, out)
    flat = "".join(pdftotext(out).split())
    assert "附件：相关法律条文" in flat and "第八十四条第二款" in flat
    assert "第八十四条第一款" not in flat
    with pytest.raises(ValidationError) as refused:
        set_citations(store, world.lead.id, world.notice_id, attach_law_texts=False)
    assert refused.value.keyed_message.msg is NoticeMsg.NOT_DRAFT_UNCHANGEABLE


def test_new_draft_stores_the_default_citations(world: World, tmp_path: Path):
    result = draft_notice(world.store, world.lead.id, [world.finding_id], tmp_path / "d.pdf")
    cited = notice_citations(world.store, result.notice)
    assert cited.stored and cited.attach_law_texts
    assert cited.violated == (Citation(WP, 22),)
    assert cited.basis == (Citation(WP, 84, 2), AP)
    assert "附件：相关法律条文" in "".join(pdftotext(tmp_path / "d.pdf").split())


def test_a_correction_starts_from_what_the_corrected_decision_cited(world: World):
    store = world.store
    chosen = [Citation(WP, 84, 1), AP]
    set_citations(store, world.lead.id, world.notice_id, basis=chosen, attach_law_texts=False)
    issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    correction = notices.supersede(store, world.lead.id, world.notice_id)
    cited = notice_citations(store, correction)
    assert cited.basis == tuple(chosen) and not cited.attach_law_texts and not cited.stored
    filled = ensure_citations(store, world.lead.id, correction.id)
    assert notice_citations(store, filled).basis == tuple(chosen)
