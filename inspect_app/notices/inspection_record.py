"""Render the 现场检查（勘察）笔录 (on-site inspection record) and the 复查笔录 (re-inspection).

Format No. 3 of the former MEP's 《环境行政执法文书制作指南》(2016). The template text itself
could not be retrieved (``shared/reference/enforcement-documents.md`` §4.3), so the fields follow
practice and the procedural rules (``shared/reference/enforcement-procedure.md``, "The
inspection record"), in this order:

* a bordered form: 检查时间 ``YYYY年M月D日H时M分至H时M分`` (both dates when it runs past
  midnight), 检查地点, 被检查单位 with 统一社会信用代码 (GB 32100-2015), 法定代表人（负责人）,
  地址, 现场负责人 and 联系电话, every 执法人员 with the 执法证号 — at least two
  (《中华人民共和国行政处罚法》(2021) 第四十二条: 执法人员不得少于两人), the 记录人 (one of
  them), the 复查依据 (the 文号 of the decision, GB/T 9704-2012 〔〕 brackets) for a 复查笔录;
* the procedural check boxes: certificates shown (《行政处罚法》第五十五条) and the party told of
  its right to ask for recusal and whether it does (第四十三条), as in the 司法部
  《行政检查文书基本格式文本（试行）》(2025);
* 检查情况 (the narrative), then the questions and answers as "问：…" / "答：…" paragraphs in
  order (an empty answer: "答：（未作回答）"), 复查结论 for a re-inspection, 现场照片
  (numbered, with time, 北纬/东经, the SHA-256 of the original, a small print copy), 当事人意见,
  then "（以下空白）" so nothing can be added after the last entry, as on the paper forms;
* the party's confirmation in their own words (default "以上笔录我已看过，与事实相符。") with
  the party's signature and date — or the refusal: "当事人拒绝签名。拒签事由：…",
  "见证人：姓名（单位或身份）" and the witness's own signature (《民事诉讼法》第八十九条);
* every officer's hand signature, the 记录人 signing as 记录人; then one PAdES field per officer
  who e-signs at closing (``Officer``, ``Officer2`` … :func:`officer_field`), each labelled with
  the officer's name, and a line naming who e-signed;
* the foot of EVERY page: "当事人（签名）：[signature] YYYY年M月D日" above "第 N 页 共 M 页" and
  the record id in small grey type.

**The party signs every page — how.** On paper the party reads each page and signs it. Here the
party reads the whole record on screen page by page (the dialog's preview) and then signs once;
that one captured signature is printed at the foot of every page, in the "当事人（签名）：" line
with the date, and the officers' PAdES signatures then seal all pages together: a page swapped,
added or removed afterwards breaks every signature (pyHanko's difference analysis, ``pdfsig``).
A separate capture per page would add nothing a court could check — the strokes of a screen
signature carry no page binding of their own; the seal over the whole document does — and it
would make the party sign five times on a tablet in the rain. A party who refuses is shown as
refusing on every page, the reason and witness in full in the signature section.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inspect_app.domain.document_content import (
    HandSignature,
    InspectionRecordContent,
    RenderedDocument,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices import layout
from inspect_app.notices.fonts import register_reportlab_font
from inspect_app.notices.layout import (
    CONTENT_WIDTH,
    CheckLine,
    SignatureSlot,
    build_pdf,
    check_evidence,
    evidence_block,
    form_table,
    format_cn_date,
    format_cn_period,
    normalise_document_number,
    p,
    paragraphs,
)
from inspect_app.notices.signature_render import (
    HandSignatureFlowable,
    hand_signature_block,
    refusal_text,
    signature_grid,
)

TITLE = "现场检查（勘察）笔录"
REINSPECTION_TITLE = "复查笔录"
SIGNATURE_FIELD = "Officer"
"""The first officer's PAdES field (the closing officer); the next are ``Officer2`` …"""
SIGNATURE_LABEL = "执法人员电子签名"
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 55 * mm, 25 * mm
PHOTO_WIDTH, PHOTO_HEIGHT = 60 * mm, 45 * mm
BLANK_BELOW = "（以下空白）"
MIN_OFFICERS = 2  # 《中华人民共和国行政处罚法》(2021) 第四十二条
DEFAULT_CONFIRMATION = "以上笔录我已看过，与事实相符。"
PARTY_LABEL = "当事人（签名）"
PARTY_REFUSED = "当事人拒绝签名"
RECORDER_LABEL = "记录人"
OFFICER_LABEL = "执法人员"
NO_ANSWER = "（未作回答）"
FOOT_RESERVE = 13 * mm
"""Height kept free above the bottom margin of every page for the party's signature line."""
FOOT_SIGNATURE_WIDTH, FOOT_SIGNATURE_HEIGHT = 30 * mm, 9 * mm
FOOT_FONT_SIZE = 10.5

_LABEL_WIDTH = 42 * mm  # "法定代表人（负责人）" on one line at 10.5 pt
_SECOND_LABEL_WIDTH = 22 * mm


def officer_field(index: int) -> str:
    """The PAdES field name of the ``index``-th (0-based) officer who e-signs a record."""
    return SIGNATURE_FIELD if index == 0 else f"{SIGNATURE_FIELD}{index + 1}"


def render_inspection_record(content: InspectionRecordContent) -> RenderedDocument:
    """Render a 现场检查（勘察）笔录 (or 复查笔录) in memory with its officers' signature boxes.

    One box per name of ``content.e_signers`` (:func:`officer_field` names), or one
    ``Officer`` box when it is empty; the party's signature line at the foot of every page.

    Raises:
        ValidationError: fewer than two officers, a malformed or reversed time, a 复查笔录
            without the 文号 it checks, a bad photo hash, or bad signature strokes.
        FontMissingError: the CJK font is not installed.
    """
    _check(content)
    title = REINSPECTION_TITLE if content.reinspection else TITLE
    party = party_signature_of(content)
    if party is not None and party.strokes_json:
        HandSignatureFlowable(party.strokes_json, 1, 1)  # bad strokes: refused before layout
    pdf, boxes = build_pdf(
        _story(content, title),
        title=f"{content.agency_name}{title}",
        author=content.agency_name,
        subject=title,
        draft=False,
        footer_note=f"笔录ID：{content.record_id}",
        page_foot=party_foot(party),
        foot_reserve=FOOT_RESERVE,
    )
    return RenderedDocument(pdf=pdf, signature_boxes=tuple(boxes))


def party_signature_of(content: InspectionRecordContent) -> HandSignature | None:
    """The party's block: ``party_signature``, else the first non-officer block, else None."""
    if content.party_signature is not None:
        return content.party_signature
    return next((s for s in content.signatures if not _is_officer(s)), None)


def _is_officer(signature: HandSignature) -> bool:
    return signature.role_label.startswith(OFFICER_LABEL) or signature.role_label == (
        RECORDER_LABEL
    )


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
    if content.turns:
        story.append(p("询问情况：", "heading"))
        for turn in content.turns:
            story += paragraphs(f"问：{turn.question}")
            story += paragraphs(f"答：{turn.answer or NO_ANSWER}")
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
        KeepTogether(_confirmation(content)),
        KeepTogether([p("执法人员签名：", "heading"), _officer_signatures(content)]),
        Spacer(1, 4 * mm),
        KeepTogether(_e_signature_section(content)),
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
        [RECORDER_LABEL, content.recorder or "（未指定）", "", ""],
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


def _confirmation(content: InspectionRecordContent) -> list[Flowable]:
    """当事人确认: the party's own words, then their signature and date (or the refusal)."""
    party = party_signature_of(content) or HandSignature(PARTY_LABEL, "", None)
    words = (content.party_confirmation or "").strip() or DEFAULT_CONFIRMATION
    block = hand_signature_block(
        HandSignature(
            role_label=PARTY_LABEL,
            name=party.name,
            strokes_json=party.strokes_json,
            signed_at=party.signed_at,
            refused=party.refused,
            witness=party.witness,
            refusal_reason=party.refusal_reason,
            witness_unit=party.witness_unit,
            witness_strokes_json=party.witness_strokes_json,
        ),
        width=CONTENT_WIDTH * 0.6,
        refused_text=PARTY_REFUSED,
    )
    return [p("当事人确认：", "heading"), *paragraphs(words), block]


def _officer_signatures(content: InspectionRecordContent) -> Flowable:
    """Every officer's hand signature, two to a row; the 记录人 signs as 记录人."""
    officers = [s for s in content.signatures if _is_officer(s)]
    if not officers:
        return p("（无签名）", "field")
    column = CONTENT_WIDTH / 2
    blocks = [
        hand_signature_block(_as_recorder(s, content.recorder), width=column - 6) for s in officers
    ]
    return signature_grid(blocks, column)


def _as_recorder(signature: HandSignature, recorder: str | None) -> HandSignature:
    if recorder and signature.name == recorder:
        return HandSignature(
            role_label=RECORDER_LABEL,
            name=signature.name,
            strokes_json=signature.strokes_json,
            signed_at=signature.signed_at,
        )
    return signature


def _e_signature_section(content: InspectionRecordContent) -> list[Flowable]:
    """The line naming who e-signed, then one PAdES box per officer, two to a row."""
    if not content.e_signers:
        slots = [SignatureSlot(SIGNATURE_FIELD, SIGNATURE_LABEL, SIGNATURE_WIDTH, SIGNATURE_HEIGHT)]
        return [slots[0]]
    names = "、".join(content.e_signers)
    slots = [
        SignatureSlot(
            officer_field(index),
            f"{SIGNATURE_LABEL}：{name}",
            SIGNATURE_WIDTH,
            SIGNATURE_HEIGHT,
            h_align="LEFT",
        )
        for index, name in enumerate(content.e_signers)
    ]
    rows = [slots[i : i + 2] for i in range(0, len(slots), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append(Spacer(1, 1))
    column = CONTENT_WIDTH / 2
    grid = Table(rows, colWidths=[column, column])
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    grid.hAlign = "LEFT"
    line = f"电子签名：本笔录全部页面由执法人员{names}以数字证书签名确认。"
    return [p(line, "cell"), Spacer(1, 2 * mm), grid]


def party_foot(party: HandSignature | None) -> Callable[[Canvas, Any], None]:
    """The drawer of the party's line at the foot of every page (see the module docstring).

    Signed: "当事人（签名）：" + the strokes (about 30 × 9 mm) + the date; refused: the
    refusal and its witness in one line; not yet signed: a ruled blank and "年　月　日".
    """

    def draw(canvas: Canvas, doc: Any) -> None:
        font = register_reportlab_font()
        x = layout.LEFT_MARGIN + layout.FRAME_PADDING
        base = layout.BOTTOM_MARGIN + 2 * mm  # the text baseline, inside the reserved strip
        canvas.saveState()
        canvas.setFont(font, FOOT_FONT_SIZE)
        label = f"{PARTY_LABEL}："
        canvas.drawString(x, base, label)
        x += canvas.stringWidth(label, font, FOOT_FONT_SIZE) + 2
        if party is not None and party.refused:
            _, witness = refusal_text(party, PARTY_REFUSED)
            canvas.drawString(x, base, f"{PARTY_REFUSED}，{witness}")
        elif party is not None and party.strokes_json:
            drawing = HandSignatureFlowable(
                party.strokes_json, FOOT_SIGNATURE_WIDTH, FOOT_SIGNATURE_HEIGHT
            )
            drawing.drawOn(canvas, x, base - 2 * mm)
            x += FOOT_SIGNATURE_WIDTH + 4 * mm
            when = format_cn_date(party.signed_at[:10]) if party.signed_at else ""
            canvas.drawString(x, base, when)
        else:
            canvas.setLineWidth(0.5)
            canvas.line(x, base - 1, x + FOOT_SIGNATURE_WIDTH, base - 1)
            canvas.drawString(x + FOOT_SIGNATURE_WIDTH + 4 * mm, base, "年　　月　　日")
        canvas.restoreState()

    return draw


__all__: list[str] = [
    "officer_field",
    "party_foot",
    "party_signature_of",
    "render_inspection_record",
]
