"""A case's evidence register (证据清单): what the decision's evidence list is built from.

A case is one notice (draft → issued). Its register lists, in this order (records first, as
published decisions do, ``shared/reference/enforcement-documents.md`` §4.2 row 8):

1. the inspection records of the case — 现场检查（勘察）笔录, then 复查笔录 — that is, every
   live record whose ``notice_id`` is the notice **or** whose findings include one of the
   notice's findings (an on-site record is written before any notice exists and names its
   findings; a re-inspection record names its notice);
2. the photos of the notice's findings, finding by finding, each in its evidence order;
3. clips (video, then audio, together in one group), monitoring-data extracts, scans of
   documents obtained from the party, other files — stored ``evidence_item`` records with
   a ``file_id``.

Records and photos are *derived* items: an ``evidence_item`` whose ``subject_id`` is the record
id or the photo's SHA-256 only holds what the register adds (what it proves, its place, a
lead's explanation). Within a group the stored ``position`` orders items (unset: after the
set ones, in the derived order). The writes are
``storage/evidence_items.py``; the judge (``storage/evidence_rules.py``) keeps an explanation
lead-only and freezes an issued case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from inspect_app.domain.entities import EvidenceKind, RecordKind
from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.records import EvidenceItem, Finding, Photo, Site
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.storage.reference_data import reference
from inspect_app.storage.rows import rows
from inspect_app.storage.store import Store

GROUPS: tuple[tuple[str, ...], ...] = (
    (EvidenceKind.RECORD,),
    (EvidenceKind.PHOTO,),
    (EvidenceKind.VIDEO, EvidenceKind.AUDIO),
    (EvidenceKind.MONITORING,),
    (EvidenceKind.SCAN,),
    (EvidenceKind.OTHER,),
)
"""The register's groups, in printing order (clips: video and audio together)."""
KIND_ZH = {
    EvidenceKind.RECORD: "现场检查（勘察）笔录",
    EvidenceKind.PHOTO: "现场照片",
    EvidenceKind.VIDEO: "视听资料",
    EvidenceKind.AUDIO: "视听资料",
    EvidenceKind.MONITORING: "监测数据",
    EvidenceKind.SCAN: "书证",
    EvidenceKind.OTHER: "其他证据",
}
"""The evidence type as the decision prints it (《行政诉讼法》第三十三条 names the kinds)."""
RECORD_SOURCE = "执法人员现场制作"
SUMMARY_CHARS = 30


@dataclass(frozen=True)
class RegisterItem:
    """One numbered item of a case's register.

    Attributes:
        number: 1-based place in the register (the decision's 证据 number).
        kind: an :class:`EvidenceKind` value.
        key: stable key: ``record:<id>``, ``photo:<sha256>`` or ``item:<evidence_item id>``.
        type_zh: the printed type (``现场检查（勘察）笔录``, ``复查笔录``, ``现场照片`` …).
        source: who or what made it (camera make/model, ``执法人员现场制作``, the device).
        recorded_at / ended_at: ISO 8601 times (a record's start/end, a clip's), or None.
        description: what it is (a caption, a clip's ``执法记录仪视频 1 段，时长 mm:ss``).
        proves: what it proves (the stored text, else the default drawn from the finding).
        proves_is_default: True when nobody edited ``proves``.
        sha256: the file's SHA-256 (a closed record: its signed PDF), or None.
        item_id: the ``evidence_item`` record holding overrides or the file, or None.
        subject_id: the record id or photo SHA-256 a derived item is about.
        explanation: a lead's answer to a warning about it (goes into the case file).
        finding_id / finding_number: the finding a photo belongs to, its 1-based number.
        media_type, size_bytes, original_name: of a stored file.
        position: the stored position, or None.
    """

    number: int
    kind: str
    key: str
    type_zh: str
    source: str
    recorded_at: str | None
    ended_at: str | None
    description: str
    proves: str
    proves_is_default: bool = True
    sha256: str | None = None
    item_id: str | None = None
    subject_id: str | None = None
    explanation: str | None = None
    finding_id: str | None = None
    finding_number: int | None = None
    media_type: str | None = None
    size_bytes: int | None = None
    original_name: str | None = None
    position: int | None = None

    @property
    def group(self) -> int:
        """The index of the item's group in :data:`GROUPS`."""
        return next(i for i, kinds in enumerate(GROUPS) if self.kind in kinds)


def local(text: str | None) -> datetime | None:
    """An ISO 8601 time as an aware Asia/Shanghai datetime (no offset: Asia/Shanghai)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TEAM_TZ)
    return moment.astimezone(TEAM_TZ)


def cn_moment(text: str | None) -> str:
    """``2026年11月28日10时21分`` (Asia/Shanghai) for an ISO time; empty when unknown."""
    moment = local(text)
    if moment is None:
        return ""
    return f"{moment.year}年{moment.month}月{moment.day}日{moment.hour}时{moment.minute:02d}分"


def cn_span(start: str | None, end: str | None) -> str:
    """``2026年11月28日10时02分至10时40分`` (the day once when both are on it); empty: unknown."""
    first, last = cn_moment(start), cn_moment(end)
    if not first:
        return ""
    if last and last.split("日")[0] == first.split("日")[0]:
        last = last.split("日", 1)[1]
    return f"{first}至{last}" if last else first


def duration_text(start: str | None, end: str | None) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour) between two ISO times; empty when unknown."""
    a, b = local(start), local(end)
    if a is None or b is None or b < a:
        return ""
    seconds = int((b - a).total_seconds())
    hours, rest = divmod(seconds, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )


def _summary(text: str | None) -> str:
    """The first clause of a description, at most :data:`SUMMARY_CHARS` characters."""
    clause = (text or "").strip().split("。")[0].split("；")[0]
    return clause if len(clause) <= SUMMARY_CHARS else clause[: SUMMARY_CHARS - 1] + "…"


def stored_items(store: Store, notice_id: str) -> list[EvidenceItem]:
    """The live ``evidence_item`` records of a case (indexed by notice and position)."""
    found = rows(
        store.db,
        "SELECT * FROM evidence_item WHERE notice_id = ? AND withdrawn = 0 ORDER BY position, id",
        [notice_id],
    )
    return [EvidenceItem.from_row(r) for r in found]


def case_records(store: Store, notice_id: str, finding_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The live inspection records of a case, 现场检查笔录 first, then by start time.

    A record belongs to the case when its ``notice_id`` is the notice or one of its findings
    is one of ``finding_ids`` (see the module docstring).
    """
    marks = ",".join("?" * len(finding_ids)) or "NULL"
    return rows(
        store.db,
        "SELECT r.* FROM inspection_record r WHERE r.withdrawn = 0 AND r.id IN ("
        "SELECT id FROM inspection_record WHERE notice_id = ? UNION "
        "SELECT inspection_record_id FROM inspection_record_findings "
        f"WHERE finding_id IN ({marks})) "
        "ORDER BY r.kind = ?, r.started_at, r.id",
        [notice_id, *finding_ids, RecordKind.REINSPECTION],
    )


def _findings(store: Store, finding_ids: Sequence[str]) -> list[Finding]:
    from inspect_app.storage.findings import get_finding

    out = []
    for finding_id in finding_ids:
        try:
            out.append(get_finding(store, finding_id))
        except InspectError:
            continue  # withdrawn or not here: an issue blocker already
    return out


def _record_item(record: dict[str, Any], site: Site, categories: str) -> RegisterItem:
    day = cn_moment(record["started_at"]).split("日")[0] + "日"
    if record["kind"] == RecordKind.REINSPECTION:
        type_zh = "复查笔录"
        proves = f"证明{day}执法人员对{site.name}整改情况进行复查的过程和结果"
    else:
        type_zh = KIND_ZH[EvidenceKind.RECORD]
        proves = f"证明{day}执法人员对{site.name}进行现场检查时发现{categories}的事实"
    pages = "1份" + ("" if record.get("document_id") else "（尚未签署）")
    return RegisterItem(
        number=0,
        kind=EvidenceKind.RECORD,
        key=f"record:{record['id']}",
        type_zh=type_zh,
        source=RECORD_SOURCE,
        recorded_at=record["started_at"],
        ended_at=record.get("ended_at"),
        description=f"{type_zh}{pages}",
        proves=proves,
        sha256=record.get("document_id"),
        subject_id=record["id"],
    )


def _photo_item(photo: Photo, finding: Finding, number: int, nth: int, site: Site) -> RegisterItem:
    category = reference().category(finding.category).name_zh
    camera = " ".join(x for x in (photo.camera_make, photo.camera_model) if x) or "拍摄设备不详"
    if photo.caption:
        shows = photo.caption
        proves = f"证明{site.name}存在{category}问题：{photo.caption}（问题{number}）"
    else:
        shows = f"{site.name}现场{category}情况（问题{number}第{nth}张）"
        when = cn_moment(photo.taken_at)
        seen = _summary(finding.description) or f"存在{category}问题"
        at = f"{when}现场拍摄时" if when else "现场"
        proves = f"证明{at}{site.name}{seen}（问题{number}第{nth}张）"
    if photo.annotation:
        proves += "，图中标注处为违法情形所在位置"
    return RegisterItem(
        number=0,
        kind=EvidenceKind.PHOTO,
        key=f"photo:{photo.id}",
        type_zh=KIND_ZH[EvidenceKind.PHOTO],
        source=camera,
        recorded_at=photo.taken_at,
        ended_at=None,
        description=shows,
        proves=proves,
        sha256=photo.id,
        subject_id=photo.id,
        finding_id=finding.id,
        finding_number=number,
        original_name=photo.original_name,
    )


def _file_item(item: EvidenceItem, site: Site) -> RegisterItem:
    kind = item.kind
    length = duration_text(item.recorded_at, item.ended_at)
    span = cn_span(item.recorded_at, item.ended_at) if item.ended_at else ""
    if kind == EvidenceKind.VIDEO:
        what = f"执法记录仪视频1段，时长{length}" if length else "执法记录仪视频1段"
        proves = f"证明执法人员{span}对{site.name}进行现场检查的过程" if span else ""
    elif kind == EvidenceKind.AUDIO:
        what = f"录音1段，时长{length}" if length else "录音1段"
        proves = f"证明{span}现场询问{site.name}有关人员的过程" if span else ""
    elif kind == EvidenceKind.MONITORING:
        what = "在线监测数据摘录1份"
        proves = f"证明{site.name}{_summary(item.description) or '污染物排放监测'}的情况"
    elif kind == EvidenceKind.SCAN:
        what = "当事人提供的材料复印件（扫描件）1份"
        proves = f"证明{_summary(item.description) or site.name + '提供材料所载'}的事实"
    else:
        what = "其他证据1份"
        proves = f"证明{_summary(item.description) or item.original_name or '有关'}的情况"
    if item.description and kind in (EvidenceKind.VIDEO, EvidenceKind.AUDIO):
        proves = proves or f"证明{_summary(item.description)}"
    return RegisterItem(
        number=0,
        kind=kind,
        key=f"item:{item.id}",
        type_zh=KIND_ZH.get(kind, KIND_ZH[EvidenceKind.OTHER]),
        source=item.source or "",
        recorded_at=item.recorded_at,
        ended_at=item.ended_at,
        description=f"{what}（{item.description}）" if item.description else what,
        proves=proves or f"证明{site.name}存在违法行为的事实",
        sha256=item.file_id,
        item_id=item.id,
        media_type=item.media_type,
        size_bytes=item.size_bytes,
        original_name=item.original_name,
    )


def build_register(store: Store, notice_id: str) -> list[RegisterItem]:
    """The case's register, numbered from 1 (see the module docstring for the order).

    Reads the notice, its party and findings, the records of the case (one indexed query),
    each finding's photos in evidence order and the case's ``evidence_item`` records.

    Raises:
        NotFoundError: no such notice (or its party).
    """
    from inspect_app.storage.notices import get_notice
    from inspect_app.storage.registry import get_site

    notice = get_notice(store, notice_id)
    return register_of(store, notice_id, notice.finding_ids, get_site(store, notice.site_id))


def register_of(
    store: Store, notice_id: str | None, finding_ids: Sequence[str], site: Site
) -> list[RegisterItem]:
    """The register of a case given by its findings and party; see :func:`build_register`.

    ``notice_id`` None: a draft being made, which has no stored items yet.
    """
    from inspect_app.storage.findings import photos_of

    findings = _findings(store, finding_ids)
    categories = "、".join(
        dict.fromkeys(reference().category(f.category).name_zh for f in findings)
    )
    items: list[RegisterItem] = [
        _record_item(r, site, categories or "环境违法行为")
        for r in case_records(store, notice_id or "", list(finding_ids))
    ]
    seen: set[str] = set()
    for number, finding in enumerate(findings, start=1):
        nth = 0
        for photo in photos_of(store, finding.id):
            if photo.id in seen:
                continue
            seen.add(photo.id)
            nth += 1
            items.append(_photo_item(photo, finding, number, nth, site))
    stored = stored_items(store, notice_id) if notice_id else []
    by_subject: dict[str, EvidenceItem] = {}
    for item in stored:
        if item.subject_id and not item.file_id:
            by_subject.setdefault(item.subject_id, item)
    items += [_file_item(i, site) for i in stored if i.file_id]
    merged = []
    for derived_index, item in enumerate(items):
        own = by_subject.get(item.subject_id or "") if item.item_id is None else None
        source = own or _stored(stored, item.item_id)
        if source is not None:
            item = replace(
                item,
                item_id=source.id,
                proves=source.proves or item.proves,
                proves_is_default=not source.proves,
                explanation=source.explanation,
                position=source.position,
                source=source.source or item.source,
            )
        merged.append((item.group, item.position is None, item.position or 0, derived_index, item))
    merged.sort(key=lambda m: m[:4])
    return [replace(m[4], number=n) for n, m in enumerate(merged, start=1)]


def _stored(stored: Sequence[EvidenceItem], item_id: str | None) -> EvidenceItem | None:
    return next((i for i in stored if i.id == item_id), None) if item_id else None


def find_item(items: Sequence[RegisterItem], key: str) -> RegisterItem:
    """The item with ``key`` or its number (``"3"``) or a prefix of its id of 8+ characters.

    Raises:
        NotFoundError: no such item in the register.
    """
    for item in items:
        if key in (item.key, str(item.number), item.item_id, item.subject_id):
            return item
    if len(key) >= 8:
        hits = [
            i
            for i in items
            if (i.item_id or "").startswith(key) or (i.subject_id or "").startswith(key)
        ]
        if len(hits) == 1:
            return hits[0]
    raise NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=StoreMsg.ENTITY_EVIDENCE_ITEM, id=key))
