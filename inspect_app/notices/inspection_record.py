"""Render the 现场检查（勘察）笔录 (on-site inspection record) and the 复查笔录 (re-inspection).

Format No. 3 of the former MEP's 《环境行政执法文书制作指南》(2016). The template text itself
could not be retrieved (``shared/reference/enforcement-documents.md`` §4.3), so the fields follow
practice and the procedural rules:

* a bordered form: 检查时间 ``YYYY年M月D日H时M分至H时M分`` (both dates when it runs past
  midnight), 检查地点, 被检查单位 with 统一社会信用代码 (GB 32100-2015), 法定代表人（负责人）,
  地址, 现场负责人 and 联系电话, every 执法人员 with the 执法证号 — at least two
  (《中华人民共和国行政处罚法》(2021) 第四十二条: 执法人员不得少于两人), the 复查依据 (the 文号 of
  the decision, GB/T 9704-2012 〔〕 brackets) for a 复查笔录;
* the procedural check boxes: certificates shown (《行政处罚法》第五十五条) and the party told of
  its right to ask for recusal and whether it does (第四十三条), as in the 司法部
  《行政检查文书基本格式文本（试行）》(2025);
* 检查情况 (the narrative), 复查结论 for a re-inspection, 现场照片 (numbered, with time,
  北纬/东经, the SHA-256 of the original, a small print copy), 当事人意见, then "（以下空白）" so
  nothing can be added after the last entry, as on the paper forms;
* the hand-drawn signatures, officers first then the party (a refusal is printed with its
  witness, 《行政处罚法》第五十五条), and the ``Officer`` box (about 55 × 25 mm) for the closing
  officer's PAdES signature;
* every footer: "第 N 页 共 M 页" and the record id in small grey type.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspect_app.domain.document_content import (
    HandSignature,
    InspectionRecordContent,
    RenderedDocument,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.layout import (
    CONTENT_WIDTH,
    CheckLine,
    SignatureSlot,
    build_pdf,
    check_evidence,
    evidence_block,
    form_table,
    format_cn_period,
    normalise_document_number,
    p,
    paragraphs,
)
from inspect_app.notices.signature_render import hand_signature_block, signature_grid

TITLE = "现场检查（勘察）笔录"
REINSPECTION_TITLE = "复查笔录"
SIGNATURE_FIELD = "Officer"
SIGNATURE_LABEL = "执法人员电子签名"
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 55 * mm, 25 * mm
PHOTO_WIDTH, PHOTO_HEIGHT = 60 * mm, 45 * mm
BLANK_BELOW = "（以下空白）"
MIN_OFFICERS = 2  # 《中华人民共和国行政处罚法》(2021) 第四十二条

_LABEL_WIDTH = 42 * mm  # "法定代表人（负责人）" on one line at 10.5 pt
_SECOND_LABEL_WIDTH = 22 * mm


def render_inspection_record(content: InspectionRecordContent) -> RenderedDocument:
    """Render a 现场检查（勘察）笔录 (or 复查笔录) in memory with its ``Officer`` signature box.

    Raises:
        ValidationError: fewer than two officers, a malformed or reversed time, a 复查笔录
            without the 文号 it checks, a bad photo hash, or bad signature strokes.
        FontMissingError: the CJK font is not installed.
    """
    _check(content)
    title = REINSPECTION_TITLE if content.reinspection else TITLE
    pdf, boxes = build_pdf(
        _story(content, title),
        title=f"{content.agency_name}{title}",
        author=content.agency_name,
        subject=title,
        draft=False,
        footer_note=f"笔录ID：{content.record_id}",
    )
    return RenderedDocument(pdf=pdf, signature_boxes=tuple(boxes))


def _check(content: InspectionRecordContent) -> None:
    if len(content.officers) < MIN_OFFICERS:
        raise ValidationError(NoticeMsg.RECORD_CONTENT_FEW_OFFICERS())
    format_cn_period(content.started_at, content.ended_at)
    if content.reinspection and not (content.notice_number or "").strip():
        raise ValidationError(NoticeMsg.RECORD_CONTENT_NO_NUMBER())
    check_evidence(content.photos)


def _story(content: InspectionRecordContent, title: str) -> list[Flowable]:
    story: list[Flowable] = [
        p(content.agency_name, "agency"),
        p(title, "title"),
        Spacer(1, 4),
        _form(content),
        p("检查情况：", "heading"),
        *paragraphs(content.narrative or "（无）"),
    ]
    if content.reinspection:
        story += [p("复查结论：", "heading"), p(content.outcome or "（未填写）", "body")]
    for number, item in enumerate(content.photos):
        heading = [p("现场照片：", "heading")] if number == 0 else []
        story.append(
            evidence_block(
                item, label="照片", max_width=PHOTO_WIDTH, max_height=PHOTO_HEIGHT, lead=heading
            )
        )
    story += [
        p("当事人意见：", "heading"),
        *paragraphs(content.party_statement or "（无）"),
        p(BLANK_BELOW, "blank"),
    ]
    story.append(KeepTogether([p("签名：", "heading"), _signatures(content.signatures)]))
    story += [
        Spacer(1, 4 * mm),
        SignatureSlot(SIGNATURE_FIELD, SIGNATURE_LABEL, SIGNATURE_WIDTH, SIGNATURE_HEIGHT),
    ]
    return story


def _form(content: InspectionRecordContent) -> Flowable:
    """The bordered header form: four columns, wide values spanning the last three."""
    party = content.party
    officers = [
        p(f"{o.name}（{o.agency_name}）　执法证号：{o.certificate_no}", "cell")
        for o in content.officers
    ]
    rows: list[list[object]] = [
        ["检查时间", format_cn_period(content.started_at, content.ended_at), "", ""],
        ["检查地点", content.place, "", ""],
        ["被检查单位", party.name, "", ""],
        ["统一社会信用代码", party.credit_code, "", ""],
        ["法定代表人（负责人）", party.legal_representative, "", ""],
        ["地址", party.address, "", ""],
        ["现场负责人", content.on_site_person, "联系电话", content.on_site_contact or "—"],
        ["执法人员", officers, "", ""],
    ]
    if content.reinspection:
        rows.append(["复查依据", normalise_document_number(content.notice_number or ""), "", ""])
    rows.append(["告知事项", _notices(content), "", ""])
    wide = [index for index, row in enumerate(rows) if row[2] == ""]
    value_width = (CONTENT_WIDTH - _LABEL_WIDTH - _SECOND_LABEL_WIDTH) / 2
    return form_table(
        rows,
        [_LABEL_WIDTH, value_width, _SECOND_LABEL_WIDTH, value_width],
        label_columns=(0, 2),
        spans=[((1, row), (3, row)) for row in wide],
    )


def _notices(content: InspectionRecordContent) -> list[Flowable]:
    """The procedural check lines: certificates shown; recusal told; the party's answer."""
    asked, requested = content.recusal_asked, content.recusal_requested
    return [
        CheckLine(
            [
                "执法人员已出示执法证件：",
                (content.certificates_shown, "是"),
                (not content.certificates_shown, "否"),
            ]
        ),
        CheckLine(["已告知当事人有申请回避的权利：", (asked, "是"), (not asked, "否")]),
        CheckLine(
            ["当事人：", (asked and not requested, "不申请回避"), (asked and requested, "申请回避")]
        ),
    ]


def _signatures(signatures: tuple[HandSignature, ...]) -> Flowable:
    """Officers' blocks first, then the party's (and any other signer), two to a row."""
    ordered = sorted(signatures, key=lambda s: 0 if s.role_label.startswith("执法") else 1)
    if not ordered:
        return p("（无签名）", "field")
    column = CONTENT_WIDTH / 2
    blocks = [hand_signature_block(s, width=column - 6) for s in ordered]
    return signature_grid(blocks, column)


__all__: list[str] = ["render_inspection_record"]
