"""Render the 送达回证 (proof of service) of an enforcement document.

Format No. 18 of the former MEP's 《环境行政执法文书制作指南》(2016). Service follows
《中华人民共和国行政处罚法》(2021) 第六十一条, which applies the service rules of the
《中华人民共和国民事诉讼法》: direct service (直接送达) signed by the recipient, service by post
(邮寄送达), and — when the recipient refuses to sign — leaving the document at the premises
(留置送达) with a witness (《民事诉讼法》(2023) 第八十九条).

One bordered form: 送达文书名称及文号 (the 文号 with GB/T 9704-2012 〔〕 brackets), 受送达人,
送达地点, 送达方式 (all three printed, the chosen one ticked), 送达时间, 送达人 with their
执法证号, 受送达人签名 (the hand-drawn signature and its time, or "拒绝签收" with the witness),
备注; then the ``Officer`` box for the serving officer's PAdES signature.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

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
)
from inspect_app.notices.signature_render import hand_signature_block

TITLE = "送达回证"
METHODS = ("直接送达", "邮寄送达", "留置送达")
LEFT_AT_PREMISES = "留置送达"
SIGNATURE_FIELD = "Officer"
SIGNATURE_LABEL = "送达人电子签名"
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 55 * mm, 25 * mm

_LABEL_WIDTH = 42 * mm


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
    servers = [
        p(f"{o.name}（{o.agency_name}）　执法证号：{o.certificate_no}", "cell")
        for o in content.servers
    ]
    signature = hand_signature_block(
        content.recipient_signature,
        width=CONTENT_WIDTH - _LABEL_WIDTH - 20,
        drawing_height=20 * mm,
        refused_text="拒绝签收",
        labelled=False,
    )
    rows: list[list[object]] = [
        ["送达文书名称及文号", [p(content.document_title, "cell"), p(number, "cell")]],
        ["受送达人", content.recipient],
        ["送达地点", content.address],
        ["送达方式", CheckLine([(content.method == m, m) for m in METHODS])],
        ["送达时间", format_cn_datetime(content.served_at)],
        ["送达人", servers],
        ["受送达人签名", signature],
        ["备注", [p(content.note or "", "cell"), Spacer(1, 0 if content.note else 18 * mm)]],
    ]
    table = form_table(rows, [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH])
    # Paper forms leave room to write: taller rows than the other documents' tables.
    table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 11), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)])
    return [
        p(content.agency_name, "agency"),
        p(TITLE, "title"),
        Spacer(1, 6),
        table,
        Spacer(1, 8 * mm),
        SignatureSlot(SIGNATURE_FIELD, SIGNATURE_LABEL, SIGNATURE_WIDTH, SIGNATURE_HEIGHT),
    ]


__all__: list[str] = ["METHODS", "render_service_receipt"]
