"""What a rectification notice (责令改正违法行为决定书) says, independent of storage and layout.

These frozen dataclasses are filled by the notice service from the store (or by a test by hand)
and handed to a renderer such as
:func:`inspect_app.notices.rectification.render_rectification_notice`.
Fields follow the parts observed in published notices: number, party, facts with officers and
certificate numbers, numbered evidence, violated provisions, legal basis, order and deadline,
remedies (reconsideration and litigation) and the issuing agency with date. Standard library only.

Dates are ISO strings ``YYYY-MM-DD``; the renderer prints them as ``YYYY年M月D日``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspect_app.domain.law_table import LawText


@dataclass(frozen=True)
class NoticeOfficer:
    """An enforcement officer named in the facts.

    Attributes:
        name: full name, e.g. ``"张三"``.
        certificate_no: enforcement certificate number (执法证号).
        agency_name: the officer's agency (joint teams mix Sichuan and Chongqing agencies).
    """

    name: str
    certificate_no: str
    agency_name: str


@dataclass(frozen=True)
class NoticeEvidence:
    """One numbered evidence item (证据), usually a site photo.

    Attributes:
        index: 1-based number printed in the list.
        kind: type of evidence, e.g. ``"现场照片"``, ``"现场检查（勘察）笔录"``.
        taken_at: capture time as it should be printed (e.g. ``"2025-03-14 10:21:05"``), or None.
        latitude: decimal degrees as text (WGS-84), or None when there is no GPS.
        longitude: decimal degrees as text (WGS-84), or None when there is no GPS.
        sha256: 64 lower-case hex digits of the original file.
        description: what the item shows or proves.
        image_path: a print-size derivative JPEG (already oriented), never the original — a
            file, or its bytes (decrypted in memory from an encrypted data folder); None for
            evidence without an image.
        damaged: True when the original could not be decoded; a placeholder is printed.
        proves: what the item proves (证明内容), e.g. ``"证明当事人通过暗管排放废水"``; printed
            after the description, may be empty.
    """

    index: int
    kind: str
    taken_at: str | None
    latitude: str | None
    longitude: str | None
    sha256: str
    description: str
    image_path: Path | bytes | None = None
    damaged: bool = False
    proves: str = ""


@dataclass(frozen=True)
class NoticeParty:
    """The party the notice is served on (当事人).

    Attributes:
        name: organisation or person name.
        credit_code: unified social credit code (GB 32100-2015), already validated.
        legal_representative: 法定代表人（负责人）.
        address: registered or site address.
    """

    name: str
    credit_code: str
    legal_representative: str
    address: str


@dataclass(frozen=True)
class NoticeContent:
    """The full content of one rectification notice.

    Attributes:
        agency_name: issuing agency, full name (title prefix and 落款).
        document_number: 文号 with hexagonal brackets, e.g. ``"遂环责改字〔2025〕5号"``.
        party: the party.
        inspection_date: ``YYYY-MM-DD`` of the site inspection.
        place: where the inspection took place.
        officers: the officers who inspected (at least two in practice).
        facts: one sentence per finding (违法事实).
        evidence: numbered evidence items.
        violated_provisions: 违反条款, each a law name in 《》 with article.
        legal_basis: 责令改正依据, each a law name in 《》 with article.
        order: 责令内容 (what the party must do).
        deadline: ``YYYY-MM-DD`` by which to comply, or None for "立即".
        reconsideration_body: the people's government that hears 行政复议.
        litigation_court: the court that hears 行政诉讼.
        issue_date: ``YYYY-MM-DD`` printed in the 落款.
        draft: True until issued; drafts carry a "草稿 DRAFT" mark on every page.
        notice_id: the notice's id in the store (printed small and in the QR code), or None.
        qr_payload: text of the QR code printed by the 落款 (notice id and the SHA-256 of the
            content, see :func:`inspect_app.notices.issue.content_digest`), or None for none.
        signatory: the team lead who signs (签发人), printed under the signature box, or None.
        supersedes_number: the 文号 of the decision this one corrects and replaces, printed
            before the facts so the party knows which one no longer applies; None otherwise.
        law_texts: the articles quoted in the 附件 "相关法律条文" after the decision's last
            page (:func:`inspect_app.domain.legal_citation.law_texts`); empty for no 附件.
        seal_png: the issuing agency's seal (PNG bytes), pressed over the 落款 of an issued
            decision at its real size; None prints no seal (a draft never shows one).
    """

    agency_name: str
    document_number: str
    party: NoticeParty
    inspection_date: str
    place: str
    officers: tuple[NoticeOfficer, ...]
    facts: tuple[str, ...]
    evidence: tuple[NoticeEvidence, ...]
    violated_provisions: tuple[str, ...]
    legal_basis: tuple[str, ...]
    order: str
    deadline: str | None
    reconsideration_body: str
    litigation_court: str
    issue_date: str
    draft: bool = True
    notice_id: str | None = None
    qr_payload: str | None = None
    signatory: str | None = None
    supersedes_number: str | None = None
    law_texts: tuple[LawText, ...] = ()
    seal_png: bytes | None = None
