"""The case file's copy of the evidence register (案卷证据目录), with the leads' explanations.

The decision prints the register without the explanations; the case file keeps them: every
item with its type, source, time, what it proves and SHA-256, then each doubt about it (clip
times off the record's, a photo off-date or off-site) and the team lead's answer. The export
is a CSV (UTF-8 with BOM, so spreadsheet programs used in the offices open it as Chinese);
its column titles are Chinese because the case file is a Chinese record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from inspect_app.domain.messages import Message
from inspect_app.storage.evidence_checks import evidence_doubts
from inspect_app.storage.evidence_register import build_register, cn_moment
from inspect_app.storage.store import Store

COLUMNS = (
    "序号",
    "证据类型",
    "来源",
    "时间",
    "内容",
    "证明内容",
    "SHA-256",
    "存疑情况",
    "组长说明",
)


def case_file_rows(store: Store, notice_id: str, text: Callable[[Message], str]) -> list[list[str]]:
    """The register as rows of :data:`COLUMNS` (one per item; doubts joined by ``；``).

    ``text`` renders a keyed message in the reader's language (the front door's renderer).

    Raises:
        NotFoundError: no such notice.
    """
    items = build_register(store, notice_id)
    doubts = evidence_doubts(store, notice_id, items)
    out = []
    for item in items:
        mine = [d for d in doubts if d.item.key == item.key]
        when = cn_moment(item.recorded_at)
        if item.ended_at:
            when += f"至{cn_moment(item.ended_at)}"
        answers = dict.fromkeys(
            (d.answer + (f"（{d.answered_by}）" if d.answered_by else "")) for d in mine if d.answer
        )
        out.append(
            [
                str(item.number),
                item.type_zh,
                item.source,
                when,
                item.description,
                item.proves,
                item.sha256 or "",
                "；".join(text(d.message) for d in mine),
                "；".join(answers) or (item.explanation or ""),
            ]
        )
    return out


def case_file_csv(store: Store, notice_id: str, text: Callable[[Message], str]) -> bytes:
    """The case file's register as CSV bytes (UTF-8 with BOM, CRLF lines, RFC 4180).

    Raises:
        NotFoundError: no such notice.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(case_file_rows(store, notice_id, text))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
