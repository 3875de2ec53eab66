"""Example parameters for the messages of ``inspect_app.domain.messages.notice`` (``NoticeMsg``)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from inspect_app.domain.messages import Msg, Param, Place
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg

_WORDS = [
    NoticeMsg.STATUS_DRAFT,
    NoticeMsg.STATUS_ISSUED,
    NoticeMsg.STATUS_SERVED,
    NoticeMsg.STATUS_CLOSED,
    NoticeMsg.STATUS_SUPERSEDED,
    StoreMsg.ENTITY_NOTICE,
    StoreMsg.ENTITY_FINDING,
    StoreMsg.ENTITY_SITE,
    NoticeMsg.MOMENT_ISSUE,
    NoticeMsg.MOMENT_SERVICE,
    NoticeMsg.MOMENT_SERVICE_TIME,
    NoticeMsg.MOMENT_REINSPECTION_START,
    NoticeMsg.MOMENT_START,
    NoticeMsg.MOMENT_END,
    NoticeMsg.MOMENT_SIGNING,
]
_WITHOUT_PARAMETERS = [
    NoticeMsg.DRAFT_FEW_OFFICERS,
    NoticeMsg.DRAFT_NO_CREDIT_CODE,
    NoticeMsg.DEADLINE_IMMEDIATE,
    NoticeMsg.DEADLINE_TODAY,
    NoticeMsg.DRAFT_NO_EVIDENCE,
    NoticeMsg.DRAFT_NO_FINDINGS,
    NoticeMsg.DRAFT_SEVERAL_PARTIES,
    NoticeMsg.ISSUE_LEAD_ONLY,
    NoticeMsg.ISSUE_NO_FINDING,
    NoticeMsg.ISSUE_NO_DEADLINE,
    NoticeMsg.ISSUE_NO_ORDER,
    NoticeMsg.ISSUE_FEW_OFFICERS,
    NoticeMsg.ISSUE_NO_SIGNATURE,
    NoticeMsg.ISSUE_NO_TEAM_CA,
    NoticeMsg.ISSUE_NO_CERTIFICATE,
    NoticeMsg.CERTIFICATE_OF_ANOTHER,
    NoticeMsg.REINSPECTION_NEEDS_NOTICE,
    NoticeMsg.REINSPECTION_NOT_SERVED,
    NoticeMsg.RECORD_NOT_REINSPECTION,
    NoticeMsg.REFUSAL_NEEDS_WITNESS,
    NoticeMsg.SIGNATURE_MISSING,
    NoticeMsg.OFFICER_SIGNATURE_UNNAMED,
    NoticeMsg.RECORDER_NOT_OFFICER,
    NoticeMsg.GAP_NO_RECORDER,
    NoticeMsg.REFUSAL_NEEDS_REASON,
    NoticeMsg.REFUSAL_NEEDS_WITNESS_UNIT,
    NoticeMsg.REFUSAL_NEEDS_WITNESS_SIGNATURE,
    NoticeMsg.GAP_TWO_OFFICERS,
    NoticeMsg.GAP_CERTIFICATES_SHOWN,
    NoticeMsg.GAP_RECUSAL,
    NoticeMsg.GAP_NO_END_TIME,
    NoticeMsg.GAP_END_BEFORE_START,
    NoticeMsg.GAP_NO_NARRATIVE,
    NoticeMsg.GAP_NO_OUTCOME,
    NoticeMsg.GAP_PARTY_UNSIGNED,
    NoticeMsg.RECORD_ALREADY_CLOSED,
    NoticeMsg.RECORD_NOT_PARTICIPANT,
    NoticeMsg.REINSPECTION_LEAD_CLOSES,
    NoticeMsg.SERVICE_NO_RECIPIENT_SIGNATURE,
    NoticeMsg.RECEIPT_ALREADY_SIGNED,
    NoticeMsg.RECEIPT_NOT_SERVER,
    NoticeMsg.CONTENT_NO_INSPECTION_DATE,
    NoticeMsg.CONTENT_NO_ISSUE_DATE,
    NoticeMsg.CONTENT_NO_OFFICERS,
    NoticeMsg.CONTENT_NO_FACTS,
    NoticeMsg.RECORD_CONTENT_FEW_OFFICERS,
    NoticeMsg.RECORD_CONTENT_NO_NUMBER,
    NoticeMsg.RECEIPT_NO_SERVER,
    NoticeMsg.RECEIPT_REFUSAL_NOT_LEFT,
]
_NUMBER = "遂环责改〔2026〕3号"
_AGENCY = "遂宁市生态环境局"

EXAMPLES: dict[NoticeMsg, dict[str, Param]] = {
    **{word: {} for word in _WORDS},
    **{msg: {} for msg in _WITHOUT_PARAMETERS},
    NoticeMsg.LIST_MORE: {
        "first": NoticeMsg.GAP_NO_END_TIME(),
        "rest": NoticeMsg.GAP_OFFICER_UNSIGNED(name="张三"),
    },
    NoticeMsg.DEADLINE_FAR: {"deadline": date(2030, 6, 1)},
    NoticeMsg.DRAFT_GENERIC_REMEDIES: {"agency": _AGENCY},
    NoticeMsg.DRAFT_FINDING_IN_NOTICE: {
        "finding": "3f2a9c1e",
        "number": _NUMBER,
        "status": NoticeMsg.STATUS_ISSUED,
    },
    NoticeMsg.DRAFT_FINDING_IN_DRAFT: {"finding": "3f2a9c1e"},
    NoticeMsg.EVIDENCE_NO_TIME: {"index": 2},
    NoticeMsg.EVIDENCE_IN_FUTURE: {"index": 2, "taken": date(2027, 1, 3)},
    NoticeMsg.EVIDENCE_OTHER_DAY: {
        "index": 3,
        "taken": date(2026, 11, 20),
        "day": date(2026, 11, 28),
    },
    NoticeMsg.FINDING_FAR_FROM_SITE: {"km": 1_240},
    NoticeMsg.PLAUSIBILITY_FAR: {
        "photo": "DSCN0010.jpg",
        "km": Decimal("8123.4"),
        "limit": Decimal("1.0"),
    },
    NoticeMsg.PLAUSIBILITY_OUTSIDE_REGION: {
        "photo": "DSCN0010.jpg",
        "region": Place("四川省、重庆市", "Sichuan Province, Chongqing Municipality"),
    },
    NoticeMsg.PLAUSIBILITY_OBSERVED_AFTER_RECORDED: {
        "observed": datetime(2026, 11, 28, 15, 40),
        "recorded": datetime(2026, 11, 28, 9, 12),
    },
    NoticeMsg.PLAUSIBILITY_OTHER_DAY: {
        "photo": "DSCN0010.jpg",
        "taken": date(2026, 11, 20),
        "day": date(2026, 11, 28),
    },
    NoticeMsg.PLAUSIBILITY_NO_POSITION: {"photo": "DSCN0010.jpg"},
    NoticeMsg.ISSUE_WARNING_FINDING: {
        "finding": "3f2a9c1e",
        "warning": NoticeMsg.PLAUSIBILITY_OTHER_DAY(
            photo="DSCN0010.jpg", taken=date(2026, 11, 20), day=date(2026, 11, 28)
        ),
    },
    NoticeMsg.DRAFT_FINDING_WITHOUT_PARTY: {"findings": "3f2a9c1e, 77b0d4aa"},
    NoticeMsg.DEADLINE_NOT_A_DATE: {"value": "下周五"},
    NoticeMsg.DEADLINE_IN_PAST: {"deadline": date(2026, 1, 5)},
    NoticeMsg.ISSUE_NOT_DRAFT: {"status": NoticeMsg.STATUS_SERVED},
    NoticeMsg.ISSUE_DEADLINE_PASSED: {"deadline": date(2026, 1, 5)},
    NoticeMsg.ISSUE_BAD_CREDIT_CODE: {"party": "射洪市某砂石加工厂"},
    NoticeMsg.ISSUE_NO_ADDRESS: {"party": "射洪市某砂石加工厂"},
    NoticeMsg.ISSUE_NO_RECONSIDERATION_BODY: {"agency": _AGENCY},
    NoticeMsg.ISSUE_NO_COURT: {"agency": _AGENCY},
    NoticeMsg.ISSUE_FINDING_UNAVAILABLE: {
        "finding": "3f2a9c1e",
        "problem": Msg.FIELD_EMPTY(field=Msg.LABEL_DESCRIPTION),
    },
    NoticeMsg.ISSUE_WARNING_NO_SEAL: {"agency": "遂宁市生态环境局"},
    NoticeMsg.ISSUE_PHOTO_MISSING: {"photo": "9b1c0e77aa31", "finding": "3f2a9c1e"},
    NoticeMsg.ISSUE_CONFLICT: {"entity": StoreMsg.ENTITY_FINDING, "id": "3f2a9c1e"},
    NoticeMsg.WITH_COMMAND: {
        "problem": NoticeMsg.ISSUE_NO_TEAM_CA(),
        "command": "inspect-app pki init-ca",
    },
    NoticeMsg.ISSUE_BLOCKED: {
        "blockers": NoticeMsg.LIST_MORE(
            first=NoticeMsg.ISSUE_NO_ORDER(), rest=NoticeMsg.ISSUE_NO_DEADLINE()
        )
    },
    NoticeMsg.ISSUED_COPY_FAILED: {
        "number": _NUMBER,
        "path": Path("/media/U盘/决定书.pdf"),
        "reason": "No space left on device",
    },
    NoticeMsg.NOT_DRAFT_UNCHANGEABLE: {"notice": _NUMBER, "status": NoticeMsg.STATUS_ISSUED},
    NoticeMsg.SUPERSEDE_NOT_ISSUED: {"status": NoticeMsg.STATUS_DRAFT},
    NoticeMsg.DISCARD_NOT_DRAFT: {"notice": _NUMBER, "status": NoticeMsg.STATUS_SERVED},
    NoticeMsg.DISCARD_CORRECTION_LEAD_ONLY: {"notice": _NUMBER},
    NoticeMsg.ALREADY_SERVED: {"notice": _NUMBER, "served_at": datetime(2026, 11, 30, 15, 40)},
    NoticeMsg.SERVE_NOT_ISSUED: {"status": NoticeMsg.STATUS_DRAFT},
    NoticeMsg.CLOSE_NOT_SERVED: {"status": NoticeMsg.STATUS_ISSUED},
    NoticeMsg.TIME_IN_FUTURE: {
        "what": NoticeMsg.MOMENT_SERVICE_TIME,
        "when": datetime(2027, 1, 3, 9, 30),
    },
    NoticeMsg.TIME_BEFORE: {
        "what": NoticeMsg.MOMENT_SERVICE_TIME,
        "when": datetime(2026, 11, 28, 9, 30),
        "other": NoticeMsg.MOMENT_ISSUE,
        "other_when": datetime(2026, 11, 29, 10, 0),
    },
    NoticeMsg.TIME_MALFORMED: {"what": NoticeMsg.MOMENT_START, "value": "明天上午"},
    NoticeMsg.GAP_OFFICER_UNSIGNED: {"name": "张三"},
    NoticeMsg.RECORD_NOT_CLOSABLE: {
        "gaps": NoticeMsg.LIST_MORE(
            first=NoticeMsg.GAP_NO_END_TIME(), rest=NoticeMsg.GAP_PARTY_UNSIGNED()
        )
    },
    NoticeMsg.RECEIPT_UNKNOWN_METHOD: {
        "method": "电子送达",
        "methods": "直接送达、邮寄送达、留置送达",
    },
    NoticeMsg.DATE_MALFORMED: {"value": "2025/03/14"},
    NoticeMsg.LOCAL_TIME_MALFORMED: {"value": "2025-03-14"},
    NoticeMsg.PERIOD_REVERSED: {"end": "2025-03-14 08:00", "start": "2025-03-14 09:30"},
    NoticeMsg.EVIDENCE_BAD_HASH: {"index": 1, "value": "abc"},
    NoticeMsg.EVIDENCE_BAD_POSITION: {"index": 1},
    NoticeMsg.FINDING_STATUS_BY_DOCUMENTS: {},
    NoticeMsg.FINDING_CLOSE_NO_DECISION: {"finding": "3f2a9c1e"},
    NoticeMsg.FINDING_CLOSE_NOT_SERVED: {"finding": "3f2a9c1e", "notice": _NUMBER},
    NoticeMsg.FINDING_CLOSE_NO_REINSPECTION: {"finding": "3f2a9c1e", "notice": _NUMBER},
    NoticeMsg.FINDING_CLOSE_SIGN_RECORD: {"finding": "3f2a9c1e", "notice": _NUMBER},
    NoticeMsg.FINDING_ALREADY_CLOSED: {"finding": "3f2a9c1e", "notice": _NUMBER},
    NoticeMsg.FINDING_FOLLOWS_DECISION: {
        "finding": "3f2a9c1e",
        "notice": _NUMBER,
        "status": NoticeMsg.STATUS_SERVED,
    },
    NoticeMsg.FINDING_HANDOVER_INCOMPLETE: {},
    NoticeMsg.FINDING_HANDOVER_FIELDS_ALONE: {},
    NoticeMsg.FINDING_DECISION_FOR_CLOSED: {"finding": "3f2a9c1e", "notice": _NUMBER},
    NoticeMsg.CITATION_BAD_SPEC: {
        "spec": "water_pollution_2017-22",
        "example": "water_pollution_2017:84:2",
    },
    NoticeMsg.CITATION_UNKNOWN_LAW: {
        "citation": "forest_2019:12",
        "law": "forest_2019",
        "known": "water_pollution_2017, solid_waste_2020",
    },
    NoticeMsg.CITATION_UNKNOWN_ARTICLE: {
        "citation": "water_pollution_2017:200",
        "article": 200,
        "law": "《中华人民共和国水污染防治法》",
    },
    NoticeMsg.CITATION_UNKNOWN_PARAGRAPH: {
        "citation": "water_pollution_2017:22:2",
        "article": 22,
        "law": "《中华人民共和国水污染防治法》",
        "count": 1,
    },
    NoticeMsg.CITATION_UNKNOWN_ITEM: {
        "citation": "water_pollution_2017:83::9",
        "article": 83,
        "law": "《中华人民共和国水污染防治法》",
        "count": 4,
    },
    NoticeMsg.CITATION_ITEM_NEEDS_PARAGRAPH: {
        "citation": "solid_waste_2020:102::7",
        "article": 102,
        "law": "《中华人民共和国固体废物污染环境防治法》",
    },
    NoticeMsg.ISSUE_NO_VIOLATED: {},
    NoticeMsg.ISSUE_NO_ORDER_BASIS: {},
    NoticeMsg.ISSUE_CITATION_UNKNOWN: {
        "problem": NoticeMsg.CITATION_UNKNOWN_ARTICLE(
            citation="water_pollution_2017:200",
            article=200,
            law="《中华人民共和国水污染防治法》",
        )
    },
    NoticeMsg.EVIDENCE_CLIP_NO_TIMES: {"number": 5, "clip": "DSJ-0001.mp4"},
    NoticeMsg.EVIDENCE_CLIP_NO_RECORD: {"number": 5, "clip": "DSJ-0001.mp4"},
    NoticeMsg.EVIDENCE_CLIP_OFF_RECORD: {
        "number": 5,
        "clip": "DSJ-0001.mp4",
        "start": datetime(2026, 11, 28, 14, 2),
        "end": datetime(2026, 11, 28, 14, 40),
        "minutes": 10,
    },
    NoticeMsg.EVIDENCE_PHOTO_DOUBT: {
        "number": 3,
        "warning": NoticeMsg.PLAUSIBILITY_OTHER_DAY(
            photo="DSCN0010.jpg", taken=date(2008, 10, 22), day=date(2026, 11, 28)
        ),
    },
    NoticeMsg.EVIDENCE_RECORD_UNSIGNED: {"number": 1, "day": date(2026, 11, 28)},
    NoticeMsg.ISSUE_EVIDENCE_UNANSWERED: {
        "warning": NoticeMsg.EVIDENCE_CLIP_NO_RECORD(number=5, clip="DSJ-0001.mp4"),
    },
}
