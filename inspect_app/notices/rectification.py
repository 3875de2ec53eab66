"""Render the 责令改正违法行为决定书 (rectification decision) with reportlab platypus.

Format No. 10 of the former MEP's 《环境行政执法文书制作指南》(2016); the parts follow the
published decisions collected in ``shared/reference/enforcement-documents.md`` §4.2 (title, 文号,
party with credit code and legal representative, facts with the officers and their 执法证号,
numbered evidence each saying what it proves, violated provisions, legal basis, order and
deadline, supervision, remedies, 落款). The shared page layout is :mod:`.layout`.

* the document number puts the year in hexagonal brackets 〔〕 (GB/T 9704-2012 §7.2.4);
* each evidence item prints the capture time, GPS or "无GPS", the full SHA-256 of the original
  (64 hex digits in the mono face, one unbroken token), what it shows and — when given — what it
  proves ("证明：…"), then the print-size photo scaled to at most 70 mm × 90 mm;
* remedies: 60 days for administrative reconsideration (《中华人民共和国行政复议法》第二十条,
  2023 revision) to the named people's government, and 6 months for litigation
  (《中华人民共和国行政诉讼法》第四十六条) to the named court;
* 违反条款 and 责令改正依据 print only the citations stored on the notice
  (``notices/citations.py``); with ``content.law_texts`` the 附件 "相关法律条文" follows on
  pages of its own in the same PDF (:mod:`.law_annex`);
* a draft carries the "草稿 DRAFT" header and watermark and has no signature field;
* an issued decision adds, beside the 落款, a QR code carrying ``content.qr_payload`` (the notice
  id and the digest of the content), the ``TeamLead`` signature box (about 60 × 30 mm, for the
  PAdES signature of the team lead who issues it, 签发) with the signatory's name under it, and
  the notice id in small grey type in every footer.

:func:`render_decision` renders in memory; :func:`render_rectification_notice` writes the same
PDF to a file atomically (temp file in the destination folder, fsync, ``os.replace``).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inspect_app.domain.document_content import RenderedDocument
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.notice_content import NoticeContent, NoticeEvidence
from inspect_app.notices.files import write_atomic
from inspect_app.notices.law_annex import annex_story
from inspect_app.notices.layout import (
    CONTENT_WIDTH,
    PHOTO_MAX_HEIGHT,
    PHOTO_MAX_WIDTH,
    SignatureSlot,
    build_pdf,
    check_evidence,
    evidence_block,
    format_cn_date,
    hemisphere_text,
    mono,
    normalise_document_number,
    p,
    p_markup,
    photo,
)
from inspect_app.notices.seal import SignOff

TITLE_SUFFIX = "责令改正违法行为决定书"
RECONSIDERATION_DAYS = 60  # 《中华人民共和国行政复议法》（2023修订）第二十条
LITIGATION_MONTHS = 6  # 《中华人民共和国行政诉讼法》第四十六条
SIGNATURE_FIELD = "TeamLead"
SIGNATURE_LABEL = "负责人签发（电子签名）"
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 60 * mm, 30 * mm
QR_SIZE = 24 * mm
QR_CAPTION = "扫码核验 文书编号与内容摘要"
QR_CAPTION_MARKUP = QR_CAPTION.replace(" ", "<br/>")

_photo = photo  # the former private helper, still used by callers that size photos


def render_decision(content: NoticeContent) -> RenderedDocument:
    """Render the decision in memory and return the PDF with its signature box.

    A draft gets the DRAFT marks and no signature box; an issued decision gets the QR code
    (when ``content.qr_payload`` is given), the ``TeamLead`` box at the 落款 and the notice id
    in the footer (when ``content.notice_id`` is given).

    Raises:
        ValidationError: a date is not ``YYYY-MM-DD``, a SHA-256 is not 64 hex digits, or
            there are no officers / facts.
        FontMissingError: the CJK font is not installed.
    """
    _check(content)
    footer = None if content.draft or not content.notice_id else f"文书ID：{content.notice_id}"
    pdf, boxes = build_pdf(
        _story(content),
        title=(
            f"{content.agency_name}{TITLE_SUFFIX} "
            f"{normalise_document_number(content.document_number)}"
        ),
        author=content.agency_name,
        subject=TITLE_SUFFIX,
        draft=content.draft,
        footer_note=footer,
    )
    return RenderedDocument(pdf=pdf, signature_boxes=tuple(boxes))


def render_rectification_notice(content: NoticeContent, out: Path) -> Path:
    """Render ``content`` as an A4 PDF at ``out`` and return ``out``.

    Args:
        content: the notice content; dates ``YYYY-MM-DD``; evidence images are print-size
            derivative JPEGs (an EXIF orientation left on them is applied in memory).
        out: destination file; its folder must exist. An existing file is replaced atomically.

    Returns:
        ``out``.

    Raises:
        ValidationError: if a date is not ``YYYY-MM-DD``, a SHA-256 is not 64 hex digits, or
            there are no officers / facts.
        FontMissingError: if the CJK font is not installed.
        OSError: if the file cannot be written (the destination is left untouched).
    """
    out = Path(out)
    write_atomic(out, render_decision(content).pdf)
    return out


# ---------------------------------------------------------------------------- content checks


def _check(content: NoticeContent) -> None:
    """Raise ValidationError on content that cannot make a lawful-looking notice."""
    for missing, value in (
        (NoticeMsg.CONTENT_NO_INSPECTION_DATE, content.inspection_date),
        (NoticeMsg.CONTENT_NO_ISSUE_DATE, content.issue_date),
    ):
        if not value:
            raise ValidationError(missing())
        format_cn_date(value)
    if content.deadline is not None:
        format_cn_date(content.deadline)
    if not content.officers:
        raise ValidationError(NoticeMsg.CONTENT_NO_OFFICERS())
    if not content.facts:
        raise ValidationError(NoticeMsg.CONTENT_NO_FACTS())
    check_evidence([e for e in content.evidence if e.sha256])  # an unsigned record has none


# ---------------------------------------------------------------------------- story


def _story(content: NoticeContent) -> list[Flowable]:
    """Build the flowables of the notice, top to bottom."""
    party = content.party
    story: list[Flowable] = [
        p(content.agency_name, "agency"),
        p(TITLE_SUFFIX, "title"),
        p(normalise_document_number(content.document_number), "number"),
        p(f"当事人：{party.name}", "field"),
        p(f"统一社会信用代码：{party.credit_code}", "field"),
        p(f"法定代表人（负责人）：{party.legal_representative}", "field"),
        p(f"地址：{party.address}", "field"),
        Spacer(1, 6),
    ]
    if content.supersedes_number:
        story.append(
            p(
                f"本决定书更正并取代{content.agency_name}"
                f"{normalise_document_number(content.supersedes_number)}责令改正违法行为决定书，"
                "原决定书自本决定书送达之日起不再执行。",
                "body",
            )
        )

    officers = "、".join(
        f"{o.name}（{o.agency_name}，执法证号：{o.certificate_no}）" for o in content.officers
    )
    story.append(p("一、违法事实", "heading"))
    story.append(
        p(
            f"{format_cn_date(content.inspection_date)}，执法人员{officers}"
            f"在{content.place}对你单位进行现场检查，发现你单位存在以下环境违法行为：",
            "body",
        )
    )
    numbered = len(content.facts) > 1
    for i, fact in enumerate(content.facts, 1):
        story.append(p(f"（{i}）{fact}" if numbered else fact, "body"))

    if content.evidence:
        story.append(p("二、证据", "heading"))
        story.append(p("以上事实，有下列证据为凭：", "body"))
        for item in content.evidence:
            story.append(_evidence_item(item))

    # only the citations stored on the notice (notices/citations.py); a draft may have none yet
    provisions = "、".join(content.violated_provisions) or "（尚未选择违反条款）"
    basis = "、".join(content.legal_basis) or "（尚未选择责令改正依据）"
    story += [
        p("三、违反条款", "heading"),
        p(f"你单位的上述行为违反了{provisions}的规定。", "body"),
        p("四、责令改正依据及内容", "heading"),
        p(f"依据{basis}的规定，现责令你单位：{content.order}", "body"),
    ]
    if content.deadline:
        story.append(
            p(
                f"请于{format_cn_date(content.deadline)}前改正上述违法行为，"
                "并将改正情况书面报送我局。",
                "body",
            )
        )
    else:
        story.append(p("请立即改正上述违法行为，并将改正情况书面报送我局。", "body"))
    story += [
        p("五、监督及后果", "heading"),
        p(
            "我局将对你单位改正违法行为的情况进行监督检查。逾期不改正或者拒不改正的，"
            "我局将依法予以处理；构成其他违法行为的，依法追究法律责任。",
            "body",
        ),
    ]
    remedies = [
        p("六、申请行政复议或者提起行政诉讼的途径和期限", "heading"),
        p(
            f"你单位如不服本决定，可以自收到本决定书之日起{RECONSIDERATION_DAYS}日内"
            f"向{content.reconsideration_body}申请行政复议（《中华人民共和国行政复议法》第二十条），"
            f"也可以自收到本决定书之日起{LITIGATION_MONTHS}个月内"
            f"向{content.litigation_court}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。",
            "body",
        ),
        Spacer(1, 28),
        *_closing(content),
    ]
    # The 落款 never stands alone on a page: the last section goes with it (GB/T 9704-2012
    # §7.3.5 keeps the signature block with body text).
    story.append(KeepTogether(remedies))
    # 附件 "相关法律条文" on pages of its own, inside the same (signed) PDF
    story += annex_story(content.law_texts, content.document_number)
    return story


def _evidence_item(item: NoticeEvidence) -> Flowable:
    """One evidence item: a photo with its print copy, anything else as text (no image).

    Text items (records, clips, extracts, scans; built from the case's evidence register)
    print type, count/description and time, what they prove, and the SHA-256 of the file (of
    a closed record: its signed PDF) — as published decisions list them (§4.2 row 8).
    """
    if item.kind == "现场照片" or item.image_path is not None or item.damaged:
        return evidence_block(item)
    if item.description.startswith(item.kind):  # a record: 现场检查（勘察）笔录1份
        head = f"证据{item.index}：{item.description}"
    else:
        head = f"证据{item.index}：{item.kind}：{item.description}"
    parts: list[Flowable] = [p(head, "evidence_head")]
    if item.taken_at:
        parts.append(p(f"时间：{item.taken_at}", "evidence"))
    if item.proves:
        parts.append(p(f"证明：{item.proves}", "evidence"))
    if item.sha256:
        parts.append(p_markup(f"SHA-256：{mono(item.sha256.lower())}", "hash"))
    else:
        parts.append(p("SHA-256：笔录签署后生成（尚未签署）", "evidence"))
    return KeepTogether(parts)


def _closing(content: NoticeContent) -> list[Flowable]:
    """The 落款: the agency centred over the date, the seal (if any) pressed over both.

    GB/T 9704-2012 §7.3.5.1 (:class:`~inspect_app.notices.layout.SignOff`). When issued, the
    TeamLead box, with the signatory's name, stands under the date and the QR code beside
    it; the seal is printed on the page, never inside the signature box, and a draft never
    shows it.
    """
    sign_off = SignOff(
        content.agency_name,
        format_cn_date(content.issue_date),
        None if content.draft else content.seal_png,
    )
    if content.draft:
        return [sign_off]
    sign_block: list[Flowable] = [
        sign_off,
        Spacer(1, 3 * mm),
        SignatureSlot(SIGNATURE_FIELD, SIGNATURE_LABEL, SIGNATURE_WIDTH, SIGNATURE_HEIGHT),
        p(f"签发人：{content.signatory or '　　　　'}", "cell_center"),
    ]
    left: Flowable = Spacer(1, 1)
    if content.qr_payload:
        left = Table(
            [[qr_code(content.qr_payload)], [p_markup(QR_CAPTION_MARKUP, "caption")]],
            colWidths=[QR_SIZE + 2 * mm],
            style=[
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ],
        )
        left.hAlign = "LEFT"
    table = Table(
        [[left, sign_block]],
        colWidths=[CONTENT_WIDTH - SIGNATURE_WIDTH, SIGNATURE_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def qr_code(payload: str, size: float = QR_SIZE) -> Drawing:
    """A ``size`` × ``size`` vector QR code (error correction M) carrying ``payload``.

    No quiet zone is drawn: the white space of the page around it serves (ISO/IEC 18004 asks
    for 4 modules; the layout leaves at least that much).
    """
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0, barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    drawing.hAlign = "LEFT"
    return drawing


__all__: list[str] = [
    "LITIGATION_MONTHS",
    "PHOTO_MAX_HEIGHT",
    "PHOTO_MAX_WIDTH",
    "RECONSIDERATION_DAYS",
    "TITLE_SUFFIX",
    "format_cn_date",
    "hemisphere_text",
    "normalise_document_number",
    "qr_code",
    "render_decision",
    "render_rectification_notice",
]
