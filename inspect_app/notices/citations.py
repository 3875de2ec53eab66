"""The legal citations of a decision per case: chosen, stored on the notice, checked.

A notice stores its violated provisions (违反条款) and the basis of its order (责令改正依据)
as structured citations (``notice.violated_provisions``, ``notice.order_basis``, see
:mod:`inspect_app.domain.legal_citation`) and whether the 附件 "相关法律条文" is attached
(``notice.attach_law_texts``). Drafting fills them from the default candidates of the
findings' categories; the lead edits them (draft dialog, ``notice edit``); the decision prints
only what is stored.

A draft made before schema v10 has none stored (``attach_law_texts`` is NULL):
:func:`notice_citations` reads it as the categories' defaults, and :func:`ensure_citations`
(called when the lead opens the draft to edit it) writes them once. A correction (a draft
that supersedes a decision, ``storage/notices.supersede``) starts from what the corrected
decision cited. A draft whose
``attach_law_texts`` is set but whose lists are empty has had its citations removed: that
blocks issuing (:func:`citation_blockers`).

Light module (no reportlab): the window imports it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from inspect_app.domain import legal_citation
from inspect_app.domain.entities import NoticeStatus
from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.legal_citation import Citation
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Notice
from inspect_app.domain.reference import Candidate, Category
from inspect_app.storage.findings import get_finding
from inspect_app.storage.laws import law_table
from inspect_app.storage.notices import get_notice
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store


@dataclass(frozen=True)
class NoticeCitations:
    """What a notice cites.

    Attributes:
        violated: 违反条款, in print order.
        basis: 责令改正依据, in print order.
        attach_law_texts: whether the 附件 "相关法律条文" follows the decision.
        stored: False for a draft made before citations were stored (the categories'
            defaults are shown until the lead opens it).
    """

    violated: tuple[Citation, ...]
    basis: tuple[Citation, ...]
    attach_law_texts: bool = True
    stored: bool = True


def category_defaults(categories: Sequence[Category]) -> NoticeCitations:
    """The default candidates of ``categories``, each citation once, in category order."""
    violated = tuple(dict.fromkeys(c for cat in categories for c in cat.default_violated()))
    basis = tuple(dict.fromkeys(c for cat in categories for c in cat.default_basis()))
    return NoticeCitations(violated, basis, True, stored=False)


def _categories(store: Store, finding_ids: Sequence[str]) -> list[Category]:
    out: list[Category] = []
    for finding_id in finding_ids:
        try:
            out.append(reference().category(get_finding(store, finding_id).category))
        except InspectError:
            continue  # a withdrawn finding: the issue blockers say so
    return list(dict.fromkeys(out))


def defaults_for_findings(store: Store, finding_ids: Sequence[str]) -> NoticeCitations:
    """The default citations of the categories of ``finding_ids`` (not stored)."""
    return category_defaults(_categories(store, finding_ids))


def _stored(notice: Notice) -> bool:
    """True when the notice stores its citations (a v10 draft or decision)."""
    return any(
        v is not None
        for v in (notice.attach_law_texts, notice.violated_provisions, notice.order_basis)
    )


def notice_citations(store: Store, notice: Notice) -> NoticeCitations:
    """What ``notice`` cites, as stored.

    A draft with nothing stored reads as what the decision it corrects cited, else as its
    categories' defaults (a pre-v10 draft). A citation stored without ``attach_law_texts``
    (written by another app) counts as stored: the defaults never replace what was chosen.
    """
    if not _stored(notice):
        if notice.supersedes:
            corrected = get_notice(store, notice.supersedes)
            if _stored(corrected):
                return dataclasses.replace(notice_citations(store, corrected), stored=False)
        return defaults_for_findings(store, notice.finding_ids)
    return NoticeCitations(
        legal_citation.parse(notice.violated_provisions or "[]"),
        legal_citation.parse(notice.order_basis or "[]"),
        bool(notice.attach_law_texts),
        stored=True,
    )


def candidates(store: Store, notice: Notice) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    """The candidates the notice's categories propose: (违反条款, 责令改正依据), each once."""
    categories = _categories(store, notice.finding_ids)
    violated = tuple(dict.fromkeys(c for cat in categories for c in cat.violated_candidates))
    basis = tuple(dict.fromkeys(c for cat in categories for c in cat.basis_candidates))
    return violated, basis


def officer_notes(store: Store, notice: Notice) -> list[tuple[str, str]]:
    """The findings' own free-text legal basis, where an officer changed the default.

    Returns ``(finding id, text)`` pairs. These notes are shown to the lead in the draft
    dialog; they are never printed on the decision (the lead turns them into citations).
    """
    notes: list[tuple[str, str]] = []
    for finding_id in notice.finding_ids:
        try:
            finding = get_finding(store, finding_id)
            category = reference().category(finding.category)
        except InspectError:
            continue
        default = f"{category.violated_provision}；{category.legal_basis}"
        if finding.legal_basis and finding.legal_basis.strip() != default:
            notes.append((finding_id, finding.legal_basis.strip()))
    return notes


def _require_draft(notice: Notice) -> None:
    if notice.status != NoticeStatus.DRAFT:
        raise ValidationError(
            NoticeMsg.NOT_DRAFT_UNCHANGEABLE(
                notice=notice.number or notice.id[:8], status=status_word(notice.status)
            )
        )


def set_citations(
    store: Store,
    officer: str,
    notice_id: str,
    *,
    violated: Sequence[Citation] | None = None,
    basis: Sequence[Citation] | None = None,
    attach_law_texts: bool | None = None,
) -> Notice:
    """Store a draft's citations (None: keep what it has); the one rule every path calls.

    Every citation must be in the bundled table (:func:`legal_citation.check_known`); an
    empty list is allowed here (a lead may clear and re-choose) and blocks issuing.

    Raises:
        ValidationError: the notice is not a draft; a citation the table does not hold (the
            first such, keyed); more than ``MAX_CITATIONS`` or a duplicate.
    """
    notice = get_notice(store, notice_id)
    _require_draft(notice)
    current = notice_citations(store, notice)
    new_violated = tuple(violated) if violated is not None else current.violated
    new_basis = tuple(basis) if basis is not None else current.basis
    attach = attach_law_texts if attach_law_texts is not None else current.attach_law_texts
    table = law_table()
    legal_citation.require_known(new_violated, table)
    legal_citation.require_known(new_basis, table)
    data = {
        "violated_provisions": legal_citation.dump(new_violated) if new_violated else None,
        "order_basis": legal_citation.dump(new_basis) if new_basis else None,
        "attach_law_texts": bool(attach),
    }
    store.write([Change(OpKind.SET, "notice", notice_id, data)], officer)
    return get_notice(store, notice_id)


def ensure_citations(store: Store, officer: str, notice_id: str) -> Notice:
    """Write what a draft with nothing stored shows (:func:`notice_citations`), once.

    Nothing happens for a notice that stores its citations or is not a draft.
    """
    notice = get_notice(store, notice_id)
    if notice.status != NoticeStatus.DRAFT or _stored(notice):
        return notice
    shown = notice_citations(store, notice)  # the corrected decision's, or the defaults
    return set_citations(
        store,
        officer,
        notice_id,
        violated=shown.violated,
        basis=shown.basis,
        attach_law_texts=shown.attach_law_texts,
    )


def citation_blockers(store: Store, notice: Notice) -> list[Message]:
    """What in the notice's citations stops issuing: none chosen, or not in the table.

    ``ISSUE_NO_VIOLATED``, ``ISSUE_NO_ORDER_BASIS``, ``ISSUE_CITATION_UNKNOWN`` (naming the
    citation). Source: a decision names the violated provision and the basis of the order
    (``shared/reference/enforcement-documents.md`` §4.2 rows 9–10).
    """
    try:
        cited = notice_citations(store, notice)
    except ValidationError as exc:
        keyed = exc.keyed_message
        return [NoticeMsg.ISSUE_CITATION_UNKNOWN(problem=keyed if keyed else str(exc))]
    gaps: list[Message] = []
    if not cited.violated:
        gaps.append(NoticeMsg.ISSUE_NO_VIOLATED())
    if not cited.basis:
        gaps.append(NoticeMsg.ISSUE_NO_ORDER_BASIS())
    table = law_table()
    for problem in legal_citation.check_known(cited.violated + cited.basis, table):
        gaps.append(NoticeMsg.ISSUE_CITATION_UNKNOWN(problem=problem))
    return gaps
