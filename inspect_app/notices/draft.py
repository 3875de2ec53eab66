"""Drafting a rectification notice (责令改正违法行为决定书) from findings in the store.

Gathers the party, officers, facts and evidence of the chosen findings into a
:class:`~inspect_app.domain.notice_content.NoticeContent`, records the draft notice as an op,
and renders the PDF. The document number is left blank in a draft (``〔2026〕  号``): numbers
are allocated when a notice is issued (issue 4), so a draft never burns one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from inspect_app.domain import legal_citation
from inspect_app.domain.entities import EvidenceKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.notice_content import (
    NoticeContent,
    NoticeEvidence,
    NoticeOfficer,
    NoticeParty,
)
from inspect_app.domain.records import Agency, Finding, Notice, Officer, Photo, Site
from inspect_app.notices import files
from inspect_app.notices.annotated import STAMP_SETTING, annotated_path, make_annotated
from inspect_app.notices.citations import (
    category_defaults,
    defaults_for_findings,
    notice_citations,
    set_citations,
)
from inspect_app.notices.rectification import hemisphere_text, render_rectification_notice
from inspect_app.photos.importer import blob_store, derivatives
from inspect_app.storage.findings import get_finding
from inspect_app.storage.laws import law_table
from inspect_app.storage.notices import create_draft, get_notice
from inspect_app.storage.patrols import get_patrol
from inspect_app.storage.plausibility import TEAM_TZ, distance_m
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import get_agency, get_officer, get_site, list_agencies
from inspect_app.storage.store import Store

DEFAULT_RECONSIDERATION = "本级人民政府"
DEFAULT_COURT = "有管辖权的人民法院"
FAR_FROM_SITE_KM = 5.0


@dataclass(frozen=True)
class DraftResult:
    """A drafted notice: its record, the PDF path, and what a team lead must still check.

    ``warnings`` are keyed messages (``NoticeMsg.DRAFT_*``, ``DEADLINE_*``, ``EVIDENCE_*`` …);
    ``str()`` of each is its English sentence.
    """

    notice: Notice
    path: Path
    warnings: list[Message]


def _findings_of_one_party(store: Store, finding_ids: Sequence[str]) -> tuple[list[Finding], Site]:
    if not finding_ids:
        raise ValidationError(NoticeMsg.DRAFT_NO_FINDINGS())
    findings = [get_finding(store, fid) for fid in dict.fromkeys(finding_ids)]
    sites = {f.site_id for f in findings}
    if None in sites:
        missing = ", ".join(f.id[:8] for f in findings if f.site_id is None)
        raise ValidationError(NoticeMsg.DRAFT_FINDING_WITHOUT_PARTY(findings=missing))
    if len(sites) > 1:
        raise ValidationError(NoticeMsg.DRAFT_SEVERAL_PARTIES())
    return findings, get_site(store, str(sites.pop()))


def _officers(store: Store, findings: Sequence[Finding]) -> list[Officer]:
    seen: dict[str, Officer] = {}
    for finding in findings:
        for officer_id in get_patrol(store, finding.patrol_id).officer_ids:
            if officer_id not in seen:
                seen[officer_id] = get_officer(store, officer_id)
    return list(seen.values())


def _choose_agency(
    store: Store, agency_id: str | None, site: Site, officers: Sequence[Officer], acting: str
) -> Agency:
    """Pick the issuing agency.

    As given; else the team's agency in the site's province; else the acting officer's
    agency. Each notice is issued by one jurisdiction (enforcement-documents §4.5).
    """
    if agency_id:
        return get_agency(store, agency_id)
    team = {o.agency_id for o in officers}
    if site.region:
        for agency in list_agencies(store):
            if agency.id in team and agency.region[:2] == site.region[:2]:
                return agency
    return get_agency(store, get_officer(store, acting).agency_id)


def _evidence(
    store: Store, findings: Sequence[Finding], site: Site, notice_id: str | None = None
) -> list[NoticeEvidence]:
    """The decision's numbered evidence, built from the case's register.

    The register (``storage/evidence_register.py``) orders it — records first, then photos,
    clips, extracts, scans — and says what each item proves. Photos keep their print copies
    (marked and stamped copies when set); every other item prints as text (no image).
    """
    from inspect_app.storage.evidence_register import cn_span, register_of
    from inspect_app.storage.findings import get_photo

    items: list[NoticeEvidence] = []
    blobs, derived = blob_store(store), derivatives(store)
    stamping = store.setting(STAMP_SETTING) == "on"
    for entry in register_of(store, notice_id, [f.id for f in findings], site):
        proves = entry.proves.removeprefix("证明").lstrip("：:")
        if entry.kind != EvidenceKind.PHOTO:
            items.append(
                NoticeEvidence(
                    index=entry.number,
                    kind=entry.type_zh,
                    taken_at=cn_span(entry.recorded_at, entry.ended_at) or None,
                    latitude=None,
                    longitude=None,
                    sha256=entry.sha256 or "",
                    description=entry.description,
                    proves=proves,
                )
            )
            continue
        photo = get_photo(store, str(entry.subject_id))
        number = entry.finding_number or 1
        image: Path | bytes | None = None
        if blobs.has(photo.id):
            derived.ensure(photo.id, blobs.opener(photo.id))
            image = derived.print_bytes(photo.id)  # decrypted in memory, never to a file
        shows = entry.description
        stamp = _stamp_lines(photo, number) if stamping else ()
        if image is not None and (photo.annotation or stamp) and not photo.damaged:
            # marks and stamp on a derived copy; the SHA-256 printed stays the original's
            marks = photo.annotation or ""
            marked = annotated_path(derived.root, photo.id, marks, stamp)
            image = make_annotated(image, marks, marked, stamp, derived.key)
            if photo.annotation:
                shows += "（图中红色标注为执法人员所加，原图未改动）"
            if stamp:
                shows += "（图片下方的时间、位置为制作文书时所加）"
        items.append(
            NoticeEvidence(
                index=entry.number,
                kind="现场照片",
                taken_at=(photo.taken_at or "").replace("T", " ") or None,
                latitude=photo.latitude,
                longitude=photo.longitude,
                sha256=photo.id,
                description=shows,
                image_path=image,
                damaged=photo.damaged,
                proves=proves,
            )
        )
    return items


def _stamp_lines(photo: Photo, number: int) -> tuple[str, ...]:
    """The evidence stamp of a photo: capture time, position, the finding it proves."""
    taken = (photo.taken_at or "")[:19].replace("T", " ") or "拍摄时间不详"
    where = (
        f"纬度 {photo.latitude}，经度 {photo.longitude}"
        if photo.latitude and photo.longitude
        else "照片无GPS位置"
    )
    return (f"拍摄：{taken}　{where}", f"问题{number}　SHA-256 {photo.id[:16]}…")


def _fact(finding: Finding) -> str:
    category = reference().category(finding.category)
    when = (finding.observed_at or "")[:16].replace("T", " ")
    where = (
        hemisphere_text(finding.latitude, finding.longitude)
        if finding.latitude and finding.longitude
        else ""
    )
    parts = [f"{category.name_zh}：{finding.description or '（未填写描述）'}"]
    if when:
        parts.append(f"（发现时间{when}")
        parts.append(f"，位置{where}）" if where else "）")
    elif where:
        parts.append(f"（位置{where}）")
    return "".join(parts)


def check_deadline(deadline: str | None, today: date) -> list[Message]:
    """Validate a deadline (YYYY-MM-DD): refuse the past; warn on today or > 3 years ahead.

    Returns the warnings (``NoticeMsg.DEADLINE_IMMEDIATE`` without a deadline,
    ``DEADLINE_TODAY``, ``DEADLINE_FAR``); empty for an ordinary deadline.

    Raises:
        ValidationError: not a date (``DEADLINE_NOT_A_DATE``), or before ``today``
            (``DEADLINE_IN_PAST``).
    """
    if deadline is None:
        return [NoticeMsg.DEADLINE_IMMEDIATE()]
    try:
        day = date.fromisoformat(deadline)
    except ValueError:
        raise ValidationError(NoticeMsg.DEADLINE_NOT_A_DATE(value=deadline)) from None
    if day < today:
        raise ValidationError(NoticeMsg.DEADLINE_IN_PAST(deadline=day))
    if day == today:
        return [NoticeMsg.DEADLINE_TODAY()]
    if day > today + timedelta(days=3 * 365):
        return [NoticeMsg.DEADLINE_FAR(deadline=day)]
    return []


def _evidence_warnings(
    content: NoticeContent, findings: Sequence[Finding], site: Site, today: date
) -> list[Message]:
    warnings = []
    days = {content.inspection_date} | {f.observed_at[:10] for f in findings if f.observed_at}
    allowed = {date.fromisoformat(d) + timedelta(days=k) for d in days for k in (-1, 0, 1)}
    for item in content.evidence:
        if item.kind != "现场照片":
            continue  # records and clips: storage/evidence_checks.py
        if not item.taken_at:
            warnings.append(NoticeMsg.EVIDENCE_NO_TIME(index=item.index))
            continue
        try:
            taken = date.fromisoformat(item.taken_at[:10])
        except ValueError:
            continue
        if taken > today:
            warnings.append(NoticeMsg.EVIDENCE_IN_FUTURE(index=item.index, taken=taken))
        elif taken not in allowed:
            day = date.fromisoformat(content.inspection_date)
            warnings.append(NoticeMsg.EVIDENCE_OTHER_DAY(index=item.index, taken=taken, day=day))
    for finding in findings:
        if site.latitude and site.longitude and finding.latitude and finding.longitude:
            km = (
                distance_m(
                    float(site.latitude),
                    float(site.longitude),
                    float(finding.latitude),
                    float(finding.longitude),
                )
                / 1000
            )
            if km > FAR_FROM_SITE_KM:
                warnings.append(NoticeMsg.FINDING_FAR_FROM_SITE(km=round(km)))
    return warnings


def _already_noticed(store: Store, findings: Sequence[Finding]) -> list[Message]:
    """Warn about findings that another live notice (not superseded) already covers."""
    warnings = []
    for finding in findings:
        for number, status in store.db.conn.execute(
            "SELECT n.number, n.status FROM notice_findings f JOIN notice n ON n.id = f.notice_id "
            "WHERE f.finding_id = ? AND n.withdrawn = 0 AND n.status != 'superseded'",
            [finding.id],
        ):
            warnings.append(
                NoticeMsg.DRAFT_FINDING_IN_NOTICE(
                    finding=finding.id[:8], number=number, status=status_word(status)
                )
                if number
                else NoticeMsg.DRAFT_FINDING_IN_DRAFT(finding=finding.id[:8])
            )
    return warnings


def check_output_path(store: Store, out: Path, overwrite: bool) -> None:
    """Refuse an output path that would destroy something (:func:`files.check_output_path`).

    Raises:
        ValidationError: the path is inside the store's data folder (the store, evidence),
            is not a regular file, exists (unless ``overwrite``), or its folder is missing or
            not writable.
    """
    files.check_output_path(out, store.data_dir, overwrite)


def build_content(
    store: Store,
    acting_officer: str,
    finding_ids: Sequence[str],
    agency_id: str | None = None,
    order: str | None = None,
    deadline: str | None = None,
    today: date | None = None,
    notice_id: str | None = None,
) -> tuple[NoticeContent, Agency, Site, list[Message]]:
    """Assemble a draft notice's content; return it with the agency, the party and warnings.

    The warnings (keyed, see :class:`DraftResult`) do not stop the draft: fewer than two
    officers (《行政处罚法》(2021) 第四十二条), no credit code, the deadline's
    (:func:`check_deadline`), no reconsideration body or court, no evidence, a finding already
    in another notice, evidence without a capture time, dated in the future or not on the
    inspection day (±1 day), a finding more than :data:`FAR_FROM_SITE_KM` from the site.
    ``notice_id`` names the case whose evidence register (stored items: clips, extracts,
    scans, what each proves) builds the evidence list; None for a draft being made.

    Raises:
        ValidationError: no findings, findings of several parties, or a finding with no party.
        NotFoundError: an unknown finding or agency id.
    """
    today = today or datetime.now(TEAM_TZ).date()  # the team's day (Beijing), not the machine's
    findings, site = _findings_of_one_party(store, finding_ids)
    officers = _officers(store, findings)
    agency = _choose_agency(store, agency_id, site, officers, acting_officer)
    categories = [reference().category(f.category) for f in findings]
    warnings: list[Message] = []
    if len(officers) < 2:
        warnings.append(NoticeMsg.DRAFT_FEW_OFFICERS())
    if not site.credit_code:
        warnings.append(NoticeMsg.DRAFT_NO_CREDIT_CODE())
    warnings += check_deadline(deadline, today)
    if not (agency.reconsideration_body and agency.litigation_court):
        warnings.append(NoticeMsg.DRAFT_GENERIC_REMEDIES(agency=agency.name))
    # Citations (issue 13): only what the notice stores (a new draft: the categories' default
    # candidates); a finding's free-text legal_basis is an officer's note, never printed here.
    cited = (
        notice_citations(store, get_notice(store, notice_id))
        if notice_id
        else category_defaults(categories)
    )
    table = law_table()
    violated = legal_citation.citation_groups(cited.violated, table)
    basis = legal_citation.citation_groups(cited.basis, table)
    law_texts = (
        legal_citation.law_texts(cited.violated + cited.basis, table)
        if cited.attach_law_texts
        else ()
    )
    observed = sorted(f.observed_at[:10] for f in findings if f.observed_at)
    patrol = get_patrol(store, findings[0].patrol_id)
    basin = reference().basin(patrol.basin)
    place = site.address or f"{basin.name_zh}流域{patrol.area or ''}"
    content = NoticeContent(
        agency_name=agency.name,
        document_number=f"{agency.code}责改〔{today.year}〕  号",
        party=NoticeParty(
            name=site.name,
            credit_code=site.credit_code or "（未登记）",
            legal_representative=site.legal_representative or "（未登记）",
            address=site.address or "（未登记）",
        ),
        inspection_date=observed[0] if observed else patrol.date,
        place=place,
        officers=tuple(
            NoticeOfficer(o.name, o.certificate_no, get_agency(store, o.agency_id).name)
            for o in officers
        ),
        facts=tuple(_fact(f) for f in findings),
        evidence=tuple(_evidence(store, findings, site, notice_id)),
        violated_provisions=violated,
        legal_basis=basis,
        order=order or "；".join(dict.fromkeys(c.default_order_zh for c in categories)),
        deadline=deadline,
        reconsideration_body=agency.reconsideration_body or DEFAULT_RECONSIDERATION,
        litigation_court=agency.litigation_court or DEFAULT_COURT,
        issue_date=today.isoformat(),
        draft=True,
        law_texts=law_texts,
    )
    if not content.evidence:
        warnings.append(NoticeMsg.DRAFT_NO_EVIDENCE())
    warnings += _already_noticed(store, findings)
    warnings += _evidence_warnings(content, findings, site, today)
    return content, agency, site, warnings


def draft_notice(
    store: Store,
    officer: str,
    finding_ids: Sequence[str],
    out: Path,
    agency_id: str | None = None,
    order: str | None = None,
    deadline: str | None = None,
    overwrite: bool = False,
) -> DraftResult:
    """Record a draft notice for ``finding_ids`` (one party) and render it to ``out`` (PDF).

    The PDF is rendered first (written atomically); the draft op is recorded only after it
    succeeded, so a failed render leaves no record behind.

    Raises:
        ValidationError: see :func:`build_content` and :func:`check_output_path`; a deadline
            that is not a date or is in the past; the PDF cannot be written.
        NotFoundError: unknown finding or agency.
        FontMissingError: the CJK font is not installed.
    """
    check_output_path(store, out, overwrite)
    content, agency, site, warnings = build_content(
        store, officer, finding_ids, agency_id, order, deadline
    )
    try:
        render_rectification_notice(content, out)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ValidationError(StoreMsg.FILE_CANNOT_WRITE(path=out, reason=reason)) from exc
    notice = create_draft(
        store,
        officer,
        agency.id,
        site.id,
        list(dict.fromkeys(finding_ids)),
        content.order,
        deadline,
    )
    cited = defaults_for_findings(store, notice.finding_ids)  # what the PDF just printed
    notice = set_citations(
        store,
        officer,
        notice.id,
        violated=cited.violated,
        basis=cited.basis,
        attach_law_texts=cited.attach_law_texts,
    )
    return DraftResult(notice, out, warnings)
