"""Render the 送达回证 (proof of service) of an enforcement document.

Format No. 18 of the former MEP's 《环境行政执法文书制作指南》(2016). Service follows
《中华人民共和国行政处罚法》(2021) 第六十一条, which applies the service rules of the
《中华人民共和国民事诉讼法》(2023年修正): 直接送达 and 委托送达 signed by the recipient, 邮寄送达
(the date signed for), 电子送达 (only with written consent), 公告送达 (deemed served after the
waiting period, 第九十五条) and — when the recipient refuses to sign — 留置送达 with the reason,
the date, the witness and the servers' signatures (第八十九条). What each method needs is
checked in :mod:`inspect_app.storage.service_rules`.

One bordered form: 送达文书名称及文号 (the 文号 with GB/T 9704-2012 〔〕 brackets), 受送达人,
送达地点, 送达方式 (all six printed, the chosen one ticked), 收件人及与当事人关系, 送达时间,
送达人 with their 执法证号 (and agency, when another's), 收件人签名 (the hand-drawn signature
and its time; or the refusal block: 拒收事由, date, 见证人 name, unit and signature),
送达人签名, 备注 (the method's details, then remarks, then a small print copy of the photo of
leaving the document); then the ``Officer`` box for the serving officer's PAdES signature.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inspect_app.domain.document_content import RenderedDocument, ServiceReceiptContent
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.layout import (
    CONTENT_WIDTH,
    CheckLine,
    SignatureSlot,
    build_pdf,
    form_table,
    format_cn_datetime,
    normalise_document_number,
    p,
    photo,
)
from inspect_app.notices.signature_render import HandSignatureFlowable, hand_signature_block

TITLE = "送达回证"
METHODS = ("直接送达", "留置送达", "委托送达", "邮寄送达", "电子送达", "公告送达")
LEFT_AT_PREMISES = "留置送达"
NO_SIGNATURE = ("邮寄送达", "电子送达", "公告送达")
"""Methods with no signature on the spot (``storage/service_rules.NO_SIGNATURE``)."""
SIGNATURE_FIELD = "Officer"
SIGNATURE_LABEL = "送达人电子签名"
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 55 * mm, 25 * mm

_LABEL_WIDTH = 42 * mm
_VALUE_WIDTH = CONTENT_WIDTH - _LABEL_WIDTH - 20
LEAVING_PHOTO_SIZE = (36 * mm, 24 * mm)
"""The print copy of the photo of leaving the document: small, inside 备注."""


def render_service_receipt(content: ServiceReceiptContent) -> RenderedDocument:
    """Render a 送达回证 in memory with its ``Officer`` signature box.

    Raises:
        ValidationError: an unknown method, no serving officer, a malformed time, a refusal
            not served as 留置送达, or bad signature strokes.
        FontMissingError: the CJK font is not installed.
    """
    _check(content)
    pdf, boxes = build_pdf(
        _story(content),
        title=f"{content.agency_name}{TITLE} {content.document_number}",
        author=content.agency_name,
        subject=TITLE,
        draft=False,
    )
    return RenderedDocument(pdf=pdf, signature_boxes=tuple(boxes))


def _check(content: ServiceReceiptContent) -> None:
    if content.method not in METHODS:
        raise ValidationError(
            NoticeMsg.RECEIPT_UNKNOWN_METHOD(method=content.method, methods="、".join(METHODS))
        )
    if not content.servers:
        raise ValidationError(NoticeMsg.RECEIPT_NO_SERVER())
    format_cn_datetime(content.served_at)
    if content.recipient_signature.refused and content.method != LEFT_AT_PREMISES:
        raise ValidationError(NoticeMsg.RECEIPT_REFUSAL_NOT_LEFT())


def _story(content: ServiceReceiptContent) -> list[Flowable]:
    number = normalise_document_number(content.document_number)
    servers = _servers_cell(content)
    recipient = content.recipient
    if content.recipient_relation:
        recipient = f"{recipient}（{content.recipient_relation}）"
    rows: list[list[object]] = [
        ["送达文书名称及文号", [p(content.document_title, "cell"), p(number, "cell")]],
        ["受送达人", content.party_name or content.recipient],
        ["送达地点", content.address],
        ["送达方式", CheckLine([(content.method == m, m) for m in METHODS])],
        ["收件人及与当事人关系", recipient],
        ["送达时间", format_cn_datetime(content.served_at)],
        ["送达人（签名）" if content.server_signatures else "送达人", servers],
        ["收件人签名", _recipient_cell(content)],
    ]
    rows.append(["备注", _note_cell(content)])
    table = form_table(rows, [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH])
    # Paper forms leave room to write: taller rows than the other documents' tables.
    table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    return [
        p(content.agency_name, "agency"),
        p(TITLE, "title"),
        Spacer(1, 6),
        table,
        Spacer(1, 4 * mm),
        SignatureSlot(SIGNATURE_FIELD, SIGNATURE_LABEL, SIGNATURE_WIDTH, SIGNATURE_HEIGHT),
    ]


def _recipient_cell(content: ServiceReceiptContent) -> Flowable | list[Flowable]:
    """The recipient's signature, or the refusal block of 第八十九条."""
    signature = content.recipient_signature
    if not signature.refused and signature.strokes_json is None and content.method in NO_SIGNATURE:
        return p(f"{content.method}，无现场签名（见备注）。", "cell")
    if not signature.refused:
        return hand_signature_block(
            signature,
            width=_VALUE_WIDTH,
            drawing_height=18 * mm,
            refused_text="拒绝签收",
            labelled=False,
        )
    reason = signature.refusal_reason or "未记录"
    cells: list[Flowable] = [p(f"受送达人拒绝签收。拒收事由：{reason}", "cell")]
    if signature.signed_at:
        cells.append(p(f"拒收日期：{format_cn_datetime(signature.signed_at)}", "cell"))
    if signature.witness:
        unit = f"（{signature.witness_unit}）" if signature.witness_unit else ""
        witness = p(f"见证人：{signature.witness}{unit}　见证人签名：", "cell")
        if signature.witness_strokes_json:
            drawing = HandSignatureFlowable(signature.witness_strokes_json, 26 * mm, 9 * mm)
            cells.append(_inline([witness, drawing], [_VALUE_WIDTH - 28 * mm, 28 * mm]))
        else:
            cells.append(witness)
    else:
        cells.append(p("无见证人：以照片或录像记录留置过程（见备注）。", "cell"))
    return cells


def _servers_cell(content: ServiceReceiptContent) -> list[Flowable]:
    """Each server with their 执法证号 and, beside it, their hand signature (if drawn)."""
    drawn = {s.name: s.strokes_json for s in content.server_signatures if s.strokes_json}
    cells: list[Flowable] = []
    for o in content.servers:
        agency = "" if o.agency_name == content.agency_name else f"（{o.agency_name}）"
        text = p(f"{o.name}{agency}　执法证号：{o.certificate_no}", "cell")
        strokes = drawn.get(o.name)
        if strokes is None:
            cells.append(text)
            continue
        drawing = HandSignatureFlowable(strokes, 24 * mm, 8 * mm)
        cells.append(_inline([text, drawing], [_VALUE_WIDTH - 27 * mm, 27 * mm]))
    return cells


def _inline(cells: list[Flowable], widths: list[float]) -> Table:
    """Flowables side by side on one line, no borders."""
    return _inline_rows([cells], widths)


def _inline_rows(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _note_cell(content: ServiceReceiptContent) -> list[Flowable]:
    """备注: the method's details, the remarks, and the leaving photo (small print copy)."""
    cells: list[Flowable] = [p(line, "cell") for line in content.method_details]
    if content.note:
        cells.append(p(content.note, "cell"))
    if content.leaving_image:
        leaving = content.leaving_image
        image = photo(leaving if isinstance(leaving, bytes) else Path(leaving), *LEAVING_PHOTO_SIZE)
        text = p(content.leaving_text or "留置过程照片", "cell")
        width = LEAVING_PHOTO_SIZE[0] + 4
        cells.append(_inline([text, image], [_VALUE_WIDTH - width, width]))
    elif content.leaving_text:
        cells.append(p(content.leaving_text, "cell"))
    if not cells:
        cells.append(Spacer(1, 14 * mm))
    return cells


__all__: list[str] = ["METHODS", "render_service_receipt"]
