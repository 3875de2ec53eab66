"""Documents speak in keyed messages: a real draft's warnings, issue blockers and record gaps.

The core gives ``NoticeMsg`` members (ids with typed parameters); the command line prints
them in the reader's language and ``--json`` carries each one's id and parameters beside the
English.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import refused, run

from inspect_app.cli.messages import render
from inspect_app.domain.entities import RecordKind, Role
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE, ENGLISH, Msg
from inspect_app.domain.messages.notice import NoticeMsg, bullet_list
from inspect_app.notices.draft import build_content
from inspect_app.notices.issue import local_now
from inspect_app.storage import notices
from inspect_app.storage.findings import add_finding
from inspect_app.storage.inspection_records import add_record, record_gaps
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_agency, add_officer, add_site
from inspect_app.storage.store import Store

CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture
def lone_officer(tmp_path: Path) -> tuple[Path, str, str, str]:
    """(data folder, officer id, finding id, site id): one officer, a party without a code.

    The agency has no reconsideration body or court, the finding no photo: a draft of it
    warns about all of that.
    """
    data = tmp_path / "data"
    with Store.open(data) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officer = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
        patrol = add_patrol(store, officer.id, "2026-05-03", "fujiang", [officer.id])
        site = add_site(store, officer.id, "射洪市某砂石加工厂", region="510922")
        finding = add_finding(store, officer.id, patrol.id, "water_outfall", site_id=site.id)
    return data, officer.id, finding.id, site.id


def _draft(data: Path, officer: str, finding: str, out: Path, *options: str, env: dict[str, str]):
    today = local_now().date().isoformat()
    args = ("--as", officer, *options, "notice", "draft", "--finding", finding)
    return run(data, *args, "--out", str(out), "--deadline", today, env=env)


EXPECTED = [
    "notice.draft_few_officers",
    "notice.draft_no_credit_code",
    "notice.deadline_today",
    "notice.draft_generic_remedies",
    "notice.draft_no_evidence",
]


def test_a_real_drafts_warnings_in_chinese_and_as_json(
    lone_officer: tuple[Path, str, str, str], tmp_path: Path
) -> None:
    data, officer, finding, _site = lone_officer
    out = json.loads(
        _draft(data, officer, finding, tmp_path / "a.pdf", "--json", env=CHINESE_ENV).stdout
    )
    warnings = out["warnings"]
    assert [w["message_id"] for w in warnings] == EXPECTED
    assert warnings[3] == {
        "text": "遂宁市生态环境局 has no reconsideration body or court set: generic wording is "
        "printed",
        "message_id": "notice.draft_generic_remedies",
        "params": {"agency": "遂宁市生态环境局"},
    }
    chinese = _draft(data, officer, finding, tmp_path / "b.pdf", env=CHINESE_ENV).stdout
    assert "提示：6" in chinese  # the finding is in the first draft now
    for line in (
        "  - 执法人员少于两人（执法人员不得少于两人）。",
        "  - 当事人没有统一社会信用代码。",
        "  - 整改期限为今天。",
        "  - 遂宁市生态环境局未设置行政复议机关或行政诉讼管辖法院：将打印通用表述。",
        "  - 没有证据照片。",
        f"  - 问题 {finding[:8]} 已列入另一份决定书草稿。",
    ):
        assert line + "\n" in chinese, chinese
    english = _draft(data, officer, finding, tmp_path / "c.pdf", env=ENGLISH_ENV).stdout
    assert "  - the deadline is today\n" in english
    assert "  - 整改期限为今天。" not in english
    assert warnings[2]["text"] == "the deadline is today"  # --json keeps the English


def test_draft_warnings_are_typed_and_dates_are_dates(
    lone_officer: tuple[Path, str, str, str],
) -> None:
    data, officer, finding, _site = lone_officer
    today = date(2026, 5, 3)
    far = (today + timedelta(days=4 * 365)).isoformat()
    with Store.open(data) as store:
        _content, _agency, _party, warnings = build_content(
            store, officer, [finding], deadline=far, today=today
        )
    deadline = date.fromisoformat(far)
    assert NoticeMsg.DEADLINE_FAR(deadline=deadline) in warnings
    assert render(NoticeMsg.DEADLINE_FAR(deadline=deadline), CHINESE) == (
        f"整改期限 {deadline.year}年{deadline.month}月{deadline.day}日 距今超过三年。"
    )
    assert str(NoticeMsg.DEADLINE_FAR(deadline=deadline)) == (
        f"the deadline {far} is more than three years away"
    )


def test_the_issue_refusal_lists_each_blocker_in_chinese(
    lone_officer: tuple[Path, str, str, str], tmp_path: Path
) -> None:
    data, officer, finding, site = lone_officer
    with Store.open(data) as store:
        agency = store.db.conn.execute("SELECT id FROM agency").fetchone()[0]
        draft = notices.create_draft(store, officer, agency, site, [finding])
    args = ("--as", officer, "notice", "issue", draft.id, "--out", str(tmp_path / "x.pdf"))
    line = refused(data, *args, env=CHINESE_ENV).stderr
    assert line.startswith("错误：决定书暂不能签发：请先绘制一次预留签名")
    for blocker in (
        "请先绘制一次预留签名（文书 ▸ 我的签名…），以便印在决定书上。"
        "（命令行：inspect-app notice signature --strokes FILE.json）；",
        "；没有整改期限：请设定当事人须完成整改的日期；",  # one line, items joined by ；
        "；当事人射洪市某砂石加工厂没有有效的统一社会信用代码（GB 32100-2015）；",
        "；遂宁市生态环境局未设置行政复议机关；",
        "；巡查的执法人员少于两人（执法人员不得少于两人，《行政处罚法》第四十二条）；",
    ):
        assert blocker in line, line
    assert "。; " not in line and "）; " not in line
    assert "cannot" not in line and "deadline" not in line

    out = json.loads(refused(data, "--json", *args, env=CHINESE_ENV).stdout)
    assert out["message_id"] == "notice.issue_blocked"
    assert out["error"].startswith("the decision cannot be issued yet:\n- draw your signature")
    assert "- no deadline (整改期限)" in out["params"]["blockers"]


def test_record_gaps_are_keyed_and_close_refusal_lists_them(
    lone_officer: tuple[Path, str, str, str],
) -> None:
    data, officer, _finding, site = lone_officer
    with Store.open(data) as store:
        agency = store.db.conn.execute("SELECT id FROM agency").fetchone()[0]
        started = (local_now() - timedelta(hours=1)).isoformat()
        fields = {
            "kind": RecordKind.INSPECTION,
            "site_id": site,
            "agency_id": agency,
            "started_at": started,
            "place": "射洪市太和街道",
        }
        record = add_record(store, officer, fields, [officer])
        gaps = record_gaps(store, record.id)
    assert gaps[0] == NoticeMsg.GAP_TWO_OFFICERS()
    assert NoticeMsg.GAP_OFFICER_UNSIGNED(name="张伟") in gaps
    refusal = ValidationError(NoticeMsg.RECORD_NOT_CLOSABLE(gaps=bullet_list(gaps)))
    assert str(refusal).splitlines()[0] == "the record cannot be closed yet:"
    chinese = render(refusal.keyed_message, CHINESE)  # type: ignore[arg-type]
    lines = chinese.splitlines()
    assert lines[0] == "笔录暂不能结束：" and len(lines) == len(gaps) + 1
    assert "- 执法人员张伟尚未签名。" in lines


def test_times_and_statuses_are_words_of_the_catalog(
    lone_officer: tuple[Path, str, str, str],
) -> None:
    data, officer, finding, site = lone_officer
    with Store.open(data) as store:
        agency = store.db.conn.execute("SELECT id FROM agency").fetchone()[0]
        draft = notices.create_draft(store, officer, agency, site, [finding])
        with pytest.raises(ValidationError) as served:
            notices.mark_served(store, officer, draft.id, local_now().isoformat())
        tomorrow = (local_now() + timedelta(days=1)).isoformat()
        fields = {
            "kind": RecordKind.INSPECTION,
            "site_id": site,
            "agency_id": agency,
            "started_at": tomorrow,
            "place": "射洪市太和街道",
        }
        with pytest.raises(ValidationError) as future:
            add_record(store, officer, fields, [officer])
    assert served.value.keyed_message == NoticeMsg.SERVE_NOT_ISSUED(status=NoticeMsg.STATUS_DRAFT)
    assert str(served.value) == "only an issued notice can be served (this one is draft)"
    assert render(served.value.keyed_message, CHINESE) == (  # type: ignore[arg-type]
        "只有已签发的决定书可以送达（此决定书为“草稿”状态）。"
    )
    keyed = future.value.keyed_message
    assert keyed is not None and keyed.msg is NoticeMsg.TIME_IN_FUTURE
    assert render(keyed, CHINESE).startswith("开始时间 ")
    assert str(future.value).startswith("the start time ")


def test_a_bullet_list_reads_one_item_a_line_in_both_languages() -> None:
    items = [NoticeMsg.ISSUE_NO_ORDER(), Msg.FIELD_EMPTY(field=Msg.LABEL_NAME)]
    listed = NoticeMsg.ISSUE_BLOCKED(blockers=bullet_list(items))
    assert render(listed, ENGLISH).splitlines() == [
        "the decision cannot be issued yet:",
        "- no order (责令内容): say what the party must do",
        "- name must not be empty",
    ]
    assert render(listed, CHINESE).splitlines()[1:] == [
        "- 没有责令内容：请写明当事人须做什么。",
        "- " + render(Msg.FIELD_EMPTY(field=Msg.LABEL_NAME), CHINESE),
    ]
    assert bullet_list(items[:1]) == items[0]
    with pytest.raises(ValueError):
        bullet_list([])
