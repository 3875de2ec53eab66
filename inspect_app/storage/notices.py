"""Rectification notices (drafts for now): commands and queries."""

from __future__ import annotations

from collections.abc import Sequence

from inspect_app.domain.entities import NoticeStatus, new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Notice
from inspect_app.storage.rows import members, row
from inspect_app.storage.store import Store


def create_draft(
    store: Store,
    officer: str,
    agency_id: str,
    site_id: str,
    finding_ids: Sequence[str],
    order_text: str | None = None,
    deadline: str | None = None,
) -> Notice:
    """Record a draft notice of ``agency_id`` to ``site_id`` covering ``finding_ids``.

    Raises:
        ValidationError, NotFoundError: bad deadline or unknown agency/site/finding.
    """
    notice_id = new_id()
    data = {
        "agency_id": agency_id,
        "site_id": site_id,
        "status": NoticeStatus.DRAFT,
        "order_text": order_text,
        "deadline": deadline,
    }
    store.write(
        [
            Change(OpKind.CREATE, "notice", notice_id, data),
            Change(OpKind.ADD, "notice", notice_id, {"findings": list(finding_ids)}),
        ],
        officer,
    )
    return get_notice(store, notice_id)


def get_notice(store: Store, notice_id: str) -> Notice:
    """Return one notice with its finding ids; raises NotFoundError."""
    found = row(store.db, "notice", notice_id)
    finding_ids = members(store.db, "notice_findings", "notice_id", "finding_id", notice_id)
    return Notice.from_row(found, finding_ids=finding_ids)
