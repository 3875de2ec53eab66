"""What the on-site inspection record and the service receipt say, independent of layout.

Filled from the store by the document services and handed to the renderers in
:mod:`inspect_app.notices`. Formats follow the former MEP's 《环境行政执法文书制作指南》(2016):
No. 3 现场检查（勘察）笔录 and No. 18 送达回证; the procedural parts (two officers or more,
certificates shown, recusal asked, party signature or a witnessed refusal) follow
《行政处罚法》(2021) 第四十二条、第五十五条 and the
司法部《行政检查文书基本格式文本（试行）》(2025).
Standard library only. Times are local (Asia/Shanghai) text ``YYYY-MM-DD HH:MM``; dates
``YYYY-MM-DD``.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspect_app.domain.notice_content import NoticeEvidence, NoticeOfficer, NoticeParty
from inspect_app.domain.record_turns import Turn


@dataclass(frozen=True)
class HandSignature:
    """One hand-drawn signature block on a document.

    Attributes:
        role_label: printed label, e.g. ``"执法人员"``, ``"被检查单位负责人"``, ``"受送达人"``.
        name: the signer's printed name (may be empty when the party refused).
        strokes_json: the signature strokes (:mod:`inspect_app.domain.signature` wire form),
            or None when not signed.
        signed_at: local time text ``YYYY-MM-DD HH:MM`` or None.
        refused: True when the person refused to sign (拒绝签名).
        witness: the witness's name when ``refused`` (见证人), else None.
        refusal_reason: why the person refused (拒签事由 / 拒收事由), printed with the refusal.
        witness_unit: the witness's unit or identity (e.g. ``"XX村民委员会主任"``).
        witness_strokes_json: the witness's hand signature strokes, or None
            (民事诉讼法 第八十九条: the server and the witness sign).
    """

    role_label: str
    name: str
    strokes_json: str | None
    signed_at: str | None = None
    refused: bool = False
    witness: str | None = None
    refusal_reason: str | None = None
    witness_unit: str | None = None
    witness_strokes_json: str | None = None


@dataclass(frozen=True)
class InspectionRecordContent:
    """现场检查（勘察）笔录, or 复查笔录 when ``reinspection`` is True.

    Attributes:
        agency_name: the inspecting agency's full name (title prefix).
        record_id: the record's id (printed small in the footer for traceability).
        started_at: local time ``YYYY-MM-DD HH:MM`` the inspection began.
        ended_at: local time ``YYYY-MM-DD HH:MM`` it ended.
        place: where it took place.
        party: the inspected party (name, credit code, legal representative, address).
        on_site_person: 现场负责人 name.
        on_site_contact: 现场负责人 contact (phone), may be empty.
        officers: at least two officers with certificate numbers.
        certificates_shown: the officers showed their enforcement certificates (出示执法证件).
        recusal_asked: the party was told of and asked about recusal (告知并询问是否申请回避).
        recusal_requested: the party asked for recusal of an officer (True/False).
        narrative: what was inspected and found (检查情况).
        photos: evidence photos taken, numbered (print derivatives, no originals).
        party_statement: the party's statement (当事人意见), e.g. "以上记录属实".
        signatures: officers' then party's (and witness) signature blocks.
        reinspection: True for a 复查 record.
        notice_number: for a 复查 record, the 文号 of the decision being checked, else None.
        outcome: for a 复查 record, e.g. "已整改完毕" / "未按期整改", else None.
        recorder: the 记录人's name (one of the officers), None when not named.
        turns: the questions and answers (问/答), in order; an empty answer is printed
            "答：（未作回答）".
        party_confirmation: the party's own words above their signature (e.g.
            "以上笔录我已看过，与事实相符"); empty: the default words are printed.
        party_signature: the party's signature or witnessed refusal, printed under the
            confirmation and at the foot of every page; None: taken from ``signatures`` (the
            first block that is not an officer's), else a blank line to sign on paper.
        e_signers: names of the officers who e-sign the record (PAdES), in field order
            (``Officer``, ``Officer2`` …); empty: one unnamed ``Officer`` field.
    """

    agency_name: str
    record_id: str
    started_at: str
    ended_at: str
    place: str
    party: NoticeParty
    on_site_person: str
    on_site_contact: str
    officers: tuple[NoticeOfficer, ...]
    certificates_shown: bool
    recusal_asked: bool
    recusal_requested: bool
    narrative: str
    photos: tuple[NoticeEvidence, ...]
    party_statement: str
    signatures: tuple[HandSignature, ...]
    reinspection: bool = False
    notice_number: str | None = None
    outcome: str | None = None
    recorder: str | None = None
    turns: tuple[Turn, ...] = ()
    party_confirmation: str = ""
    party_signature: HandSignature | None = None
    e_signers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceReceiptContent:
    """送达回证: proof that a document was served (format No. 18 of the 2016 guide).

    Attributes:
        agency_name: the serving agency's full name.
        document_title: e.g. ``"责令改正违法行为决定书"``.
        document_number: its 文号.
        recipient: the party served (受送达人), name.
        address: where it was served (送达地点).
        method: printed method: ``"直接送达"``, ``"留置送达"``, ``"委托送达"``, ``"邮寄送达"``,
            ``"电子送达"`` or ``"公告送达"``.
        served_at: local time ``YYYY-MM-DD HH:MM``.
        servers: the officers who served it (送达人), at least one.
        recipient_signature: the recipient's hand-drawn signature, a refusal (留置送达: 拒收事由,
            witness name, unit and signature), or a blank block (post, electronic, public
            notice: no signature on the spot).
        note: 备注 (the officer's remarks), may be empty.
        party_name: the party the document is addressed to (受送达人); empty: ``recipient``.
        recipient_relation: the person who received it in relation to the party, printed
            (``"法定代表人（负责人）"``), empty when nobody received it in person.
        method_details: lines printed in 备注 before ``note``: the tracking number, the body
            entrusted, the e-address and consent, the publication and deemed dates.
        server_signatures: the servers' hand signatures (送达人签名), in ``servers`` order.
        leaving_image: a print copy of the photo of leaving the document (a path, or its
            JPEG bytes made in memory from the stored original), or None.
        leaving_text: a line about the recording of leaving it (e.g. a video's SHA-256), or "".
    """

    agency_name: str
    document_title: str
    document_number: str
    recipient: str
    address: str
    method: str
    served_at: str
    servers: tuple[NoticeOfficer, ...]
    recipient_signature: HandSignature
    note: str = ""
    party_name: str = ""
    recipient_relation: str = ""
    method_details: tuple[str, ...] = ()
    server_signatures: tuple[HandSignature, ...] = ()
    leaving_image: str | bytes | None = None
    leaving_text: str = ""


@dataclass(frozen=True)
class SignatureBox:
    """Where a renderer left room for a PAdES signature field.

    Attributes:
        name: the field name, e.g. ``"TeamLead"``.
        page: 0-based page index.
        box: (x1, y1, x2, y2) in PDF points from the page's bottom-left corner.
    """

    name: str
    page: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered, unsigned PDF and the boxes left for its digital signature(s).

    Attributes:
        pdf: the PDF bytes.
        signature_boxes: where signature fields go (empty for drafts).
    """

    pdf: bytes
    signature_boxes: tuple[SignatureBox, ...]
