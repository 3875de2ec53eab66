"""Keyed messages about documents.

Drafting warnings, issue blockers, record gaps, closing and service: what
``inspect_app/notices/`` (draft, issue, closing, the three document layouts) and
``inspect_app/storage/notices.py`` / ``inspection_records.py`` tell a person.

Lists (the blockers of an issue, the gaps of a record) are one message each; the error that
lists them takes them as one parameter made by :func:`bullet_list`.
"""

from __future__ import annotations

from collections.abc import Sequence

from inspect_app.domain.messages.catalog import Message, MessageKind, translate


class NoticeMsg(MessageKind):
    """Keyed messages about documents: ``NoticeMsg.X.id``, ``NoticeMsg.X(**params)``.

    Ids are ``notice.what`` and never change once released (scripts read them from ``--json``).
    """

    # -- words given as parameters (a notice's status, what a time is, a kind of record) --------
    STATUS_DRAFT = translate("Message", "draft", "notice.status_draft")
    STATUS_ISSUED = translate("Message", "issued", "notice.status_issued")
    STATUS_SERVED = translate("Message", "served", "notice.status_served")
    STATUS_CLOSED = translate("Message", "closed", "notice.status_closed")
    STATUS_SUPERSEDED = translate("Message", "superseded", "notice.status_superseded")
    MOMENT_ISSUE = translate("Message", "the issue", "notice.moment_issue")
    MOMENT_SERVICE = translate("Message", "the service", "notice.moment_service")
    MOMENT_SERVICE_TIME = translate("Message", "the service time", "notice.moment_service_time")
    MOMENT_REINSPECTION_START = translate(
        "Message", "the re-inspection start", "notice.moment_reinspection_start"
    )
    MOMENT_START = translate("Message", "the start time", "notice.moment_start")
    MOMENT_END = translate("Message", "the end time", "notice.moment_end")
    MOMENT_SIGNING = translate("Message", "the signing time", "notice.moment_signing")
    # One item after another in a list (see bullet_list): the items are messages too.
    LIST_MORE = translate("Message", "{first}\n- {rest}", "notice.list_more")

    # -- drafting warnings (inspect_app/notices/draft.py): the draft is made, a lead checks ----
    DRAFT_FEW_OFFICERS = translate(
        "Message", "fewer than two officers (执法人员不得少于两人)", "notice.draft_few_officers"
    )
    DRAFT_NO_CREDIT_CODE = translate(
        "Message", "the party has no unified social credit code", "notice.draft_no_credit_code"
    )
    DEADLINE_IMMEDIATE = translate(
        "Message", "no deadline: the order reads 立即 (immediately)", "notice.deadline_immediate"
    )
    DEADLINE_TODAY = translate("Message", "the deadline is today", "notice.deadline_today")
    DEADLINE_FAR = translate(
        "Message", "the deadline {deadline} is more than three years away", "notice.deadline_far"
    )
    DRAFT_GENERIC_REMEDIES = translate(
        "Message",
        "{agency} has no reconsideration body or court set: generic wording is printed",
        "notice.draft_generic_remedies",
    )
    DRAFT_NO_EVIDENCE = translate("Message", "no evidence photos", "notice.draft_no_evidence")
    DRAFT_FINDING_IN_NOTICE = translate(
        "Message",
        "finding {finding} is already in notice {number} ({status})",
        "notice.draft_finding_in_notice",
    )
    DRAFT_FINDING_IN_DRAFT = translate(
        "Message",
        "finding {finding} is already in another draft notice",
        "notice.draft_finding_in_draft",
    )
    EVIDENCE_NO_TIME = translate(
        "Message", "evidence {index} has no capture time", "notice.evidence_no_time"
    )
    EVIDENCE_IN_FUTURE = translate(
        "Message",
        "evidence {index} is dated {taken}, in the future: check the camera clock",
        "notice.evidence_in_future",
    )
    EVIDENCE_CLIP_NO_TIMES = translate(
        "Message",
        "evidence {number} ({clip}): the recording's start and end times are not known",
        "notice.evidence_clip_no_times",
    )
    EVIDENCE_CLIP_NO_RECORD = translate(
        "Message",
        "evidence {number} ({clip}): the case has no inspection record whose times the "
        "recording could match",
        "notice.evidence_clip_no_record",
    )
    EVIDENCE_CLIP_OFF_RECORD = translate(
        "Message",
        "evidence {number} ({clip}): the recording {start} – {end} does not match the times of "
        "any inspection record of the case (±{minutes} min)",
        "notice.evidence_clip_off_record",
    )
    EVIDENCE_PHOTO_DOUBT = translate(
        "Message", "evidence {number}: {warning}", "notice.evidence_photo_doubt"
    )
    EVIDENCE_RECORD_UNSIGNED = translate(
        "Message",
        "evidence {number}: the inspection record of {day} is not signed yet, so the decision "
        "prints no SHA-256 for it",
        "notice.evidence_record_unsigned",
    )
    ISSUE_EVIDENCE_UNANSWERED = translate(
        "Message",
        "{warning} — a team lead must explain it in the evidence register (the explanation goes "
        "into the case file, not the decision)",
        "notice.issue_evidence_unanswered",
    )
    EVIDENCE_OTHER_DAY = translate(
        "Message",
        "evidence {index} was taken on {taken}, not on the inspection day {day}",
        "notice.evidence_other_day",
    )
    FINDING_FAR_FROM_SITE = translate(
        "Message",
        "a finding's position is {km} km from the party's site",
        "notice.finding_far_from_site",
    )

    # -- plausibility of evidence (inspect_app/storage/plausibility.py): warnings, never refusals
    PLAUSIBILITY_FAR = translate(
        "Message",
        "photo {photo} was taken {km} km from the site (more than {limit} km)",
        "notice.plausibility_far",
    )
    PLAUSIBILITY_OUTSIDE_REGION = translate(
        "Message",
        "photo {photo} was taken outside the patrol's region ({region})",
        "notice.plausibility_outside_region",
    )
    PLAUSIBILITY_OTHER_DAY = translate(
        "Message",
        "photo {photo} was taken on {taken}, not on the patrol day {day}",
        "notice.plausibility_other_day",
    )
    PLAUSIBILITY_OBSERVED_AFTER_RECORDED = translate(
        "Message",
        "the finding was observed at {observed}, after it was recorded ({recorded})",
        "notice.plausibility_observed_after_recorded",
    )
    PLAUSIBILITY_NO_POSITION = translate(
        "Message", "photo {photo} has no GPS position", "notice.plausibility_no_position"
    )
    ISSUE_WARNING_FINDING = translate(
        "Message", "finding {finding}: {warning}", "notice.issue_warning_finding"
    )

    # -- drafting refusals (inspect_app/notices/draft.py) -----------------------------------------
    DRAFT_NO_FINDINGS = translate(
        "Message", "choose at least one finding for the notice", "notice.draft_no_findings"
    )
    DRAFT_FINDING_WITHOUT_PARTY = translate(
        "Message",
        "finding {findings} has no party; pick the party (site) first",
        "notice.draft_finding_without_party",
    )
    DRAFT_SEVERAL_PARTIES = translate(
        "Message",
        "a notice is served on one party: choose findings of one site only",
        "notice.draft_several_parties",
    )
    DEADLINE_NOT_A_DATE = translate(
        "Message",
        "the deadline must be a date YYYY-MM-DD (got '{value}')",
        "notice.deadline_not_a_date",
    )
    DEADLINE_IN_PAST = translate(
        "Message",
        "the deadline {deadline} is in the past; choose a later date",
        "notice.deadline_in_past",
    )

    # -- issue blockers (inspect_app/notices/issue.py issue_blockers) ---------------------------
    # Those naming a place in the window get the command on the command line (cli/documents.py).
    ISSUE_NOT_DRAFT = translate(
        "Message",
        "the notice is already {status}; supersede it to correct it",
        "notice.issue_not_draft",
    )
    ISSUE_LEAD_ONLY = translate(
        "Message", "only a team lead can issue a decision", "notice.issue_lead_only"
    )
    ISSUE_NO_SIGNATURE = translate(
        "Message",
        "draw your signature once (Documents ▸ My signature…) so it appears on the decision",
        "notice.issue_no_signature",
    )
    ISSUE_NO_FINDING = translate(
        "Message", "the notice covers no finding", "notice.issue_no_finding"
    )
    ISSUE_NO_DEADLINE = translate(
        "Message",
        "no deadline (整改期限): set the date by which the party must comply",
        "notice.issue_no_deadline",
    )
    ISSUE_DEADLINE_PASSED = translate(
        "Message",
        "the deadline {deadline} has passed; choose a later date",
        "notice.issue_deadline_passed",
    )
    ISSUE_NO_ORDER = translate(
        "Message", "no order (责令内容): say what the party must do", "notice.issue_no_order"
    )
    ISSUE_BAD_CREDIT_CODE = translate(
        "Message",
        "the party {party} has no valid unified social credit code (GB 32100-2015)",
        "notice.issue_bad_credit_code",
    )
    ISSUE_NO_ADDRESS = translate(
        "Message", "the party {party} has no address", "notice.issue_no_address"
    )
    ISSUE_NO_RECONSIDERATION_BODY = translate(
        "Message",
        "{agency} has no body for administrative reconsideration (复议机关)",
        "notice.issue_no_reconsideration_body",
    )
    ISSUE_NO_COURT = translate(
        "Message",
        "{agency} has no court for administrative litigation (管辖法院)",
        "notice.issue_no_court",
    )
    ISSUE_FINDING_UNAVAILABLE = translate(
        "Message", "finding {finding}: {problem}", "notice.issue_finding_unavailable"
    )
    ISSUE_WARNING_NO_SEAL = translate(
        "Message",
        "{agency} has no seal image: the decision will be issued without a seal over its "
        "issuing agency and date (stamp the paper copy, or set the seal under Documents ▸ "
        "Agencies…)",
        "notice.issue_warning_no_seal",
    )
    ISSUE_PHOTO_MISSING = translate(
        "Message",
        "evidence photo {photo} of finding {finding} has not arrived on this laptop: sync first",
        "notice.issue_photo_missing",
    )
    ISSUE_FEW_OFFICERS = translate(
        "Message",
        "fewer than two officers (执法人员不得少于两人，《行政处罚法》第四十二条)",
        "notice.issue_few_officers",
    )
    ISSUE_CONFLICT = translate(
        "Message",
        "{entity} {id} has an open sync conflict: a team lead must resolve it first",
        "notice.issue_conflict",
    )
    ISSUE_NO_TEAM_CA = translate(
        "Message",
        "the team has no certificate authority yet: a team lead creates it once "
        "(Documents ▸ Team certificates…)",
        "notice.issue_no_team_ca",
    )
    ISSUE_NO_CERTIFICATE = translate(
        "Message",
        "no signing certificate of yours on this laptop: import your PKCS#12 file "
        "(Documents ▸ Import certificate…)",
        "notice.issue_no_certificate",
    )
    WITH_COMMAND = translate(
        "Message", "{problem} (on the command line: {command})", "notice.with_command"
    )
    ISSUE_BLOCKED = translate(
        "Message", "the decision cannot be issued yet:\n- {blockers}", "notice.issue_blocked"
    )
    CERTIFICATE_OF_ANOTHER = translate(
        "Message",
        "this signing certificate belongs to another officer: sign with your own",
        "notice.certificate_of_another",
    )
    ISSUED_COPY_FAILED = translate(
        "Message",
        "{number} is issued and stored, but its copy could not be written to {path} "
        "({reason}): export it from the notice instead",
        "notice.issued_copy_failed",
    )

    # -- a notice's life (inspect_app/storage/notices.py) ---------------------------------------
    NOT_DRAFT_UNCHANGEABLE = translate(
        "Message",
        "notice {notice} is {status}: issued notices never change; supersede it with a "
        "corrected one",
        "notice.not_draft_unchangeable",
    )
    SUPERSEDE_NOT_ISSUED = translate(
        "Message",
        "only an issued notice can be superseded (this one is {status}); a draft can simply "
        "be edited",
        "notice.supersede_not_issued",
    )
    DISCARD_NOT_DRAFT = translate(
        "Message",
        "notice {notice} is {status}: only a draft can be discarded; an issued notice is "
        "corrected by superseding it",
        "notice.discard_not_draft",
    )
    DISCARD_CORRECTION_LEAD_ONLY = translate(
        "Message",
        "only a team lead can discard a correction: it puts {notice} back in force",
        "notice.discard_correction_lead_only",
    )
    ALREADY_SERVED = translate(
        "Message",
        "{notice} was already served on {served_at}: a notice is served once",
        "notice.already_served",
    )
    SERVE_NOT_ISSUED = translate(
        "Message",
        "only an issued notice can be served (this one is {status})",
        "notice.serve_not_issued",
    )
    CLOSE_NOT_SERVED = translate(
        "Message",
        "only a served notice can be closed (this one is {status}): serve it first",
        "notice.close_not_served",
    )
    TIME_IN_FUTURE = translate("Message", "{what} {when} is in the future", "notice.time_in_future")
    TIME_BEFORE = translate(
        "Message", "{what} {when} is before {other} ({other_when})", "notice.time_before"
    )
    TIME_MALFORMED = translate(
        "Message",
        "{what} must be a time like 2026-05-01T10:30:00+08:00 (got '{value}')",
        "notice.time_malformed",
    )

    # -- inspection records and hand signatures (inspect_app/storage/inspection_records.py) ----
    REINSPECTION_NEEDS_NOTICE = translate(
        "Message",
        "a re-inspection record must name the notice it checks",
        "notice.reinspection_needs_notice",
    )
    REINSPECTION_NOT_SERVED = translate(
        "Message",
        "only a served notice can be re-inspected: record its service first",
        "notice.reinspection_not_served",
    )
    RECORD_NOT_REINSPECTION = translate(
        "Message",
        "only a re-inspection record has a notice and an outcome",
        "notice.record_not_reinspection",
    )
    REFUSAL_NEEDS_WITNESS = translate(
        "Message",
        "a refusal to sign needs a witness (见证人) name",
        "notice.refusal_needs_witness",
    )
    SIGNATURE_MISSING = translate(
        "Message",
        "draw the signature, or record a refusal with a witness",
        "notice.signature_missing",
    )
    OFFICER_SIGNATURE_UNNAMED = translate(
        "Message",
        "an officer's signature must name the officer",
        "notice.officer_signature_unnamed",
    )
    RECORDER_NOT_OFFICER = translate(
        "Message",
        "the recorder (记录人) must be one of the record's officers",
        "notice.recorder_not_officer",
    )
    REFUSAL_NEEDS_REASON = translate(
        "Message",
        "a refusal to sign needs the reason given (拒签事由)",
        "notice.refusal_needs_reason",
    )
    REFUSAL_NEEDS_WITNESS_UNIT = translate(
        "Message",
        "a refusal to sign needs the witness's unit or identity",
        "notice.refusal_needs_witness_unit",
    )
    REFUSAL_NEEDS_WITNESS_SIGNATURE = translate(
        "Message",
        "a refusal to sign needs the witness's hand signature",
        "notice.refusal_needs_witness_signature",
    )

    # -- record gaps (inspect_app/storage/inspection_records.py record_gaps) --------------------
    GAP_TWO_OFFICERS = translate(
        "Message",
        "at least two officers must take part (《行政处罚法》第四十二条)",
        "notice.gap_two_officers",
    )
    GAP_CERTIFICATES_SHOWN = translate(
        "Message",
        "record that the officers showed their enforcement certificates",
        "notice.gap_certificates_shown",
    )
    GAP_RECUSAL = translate(
        "Message",
        "record that the party was told of its right to ask for recusal (回避)",
        "notice.gap_recusal",
    )
    GAP_NO_END_TIME = translate(
        "Message", "give the time the inspection ended", "notice.gap_no_end_time"
    )
    GAP_END_BEFORE_START = translate(
        "Message", "the end time is before the start time", "notice.gap_end_before_start"
    )
    GAP_NO_NARRATIVE = translate(
        "Message", "describe what was inspected and found", "notice.gap_no_narrative"
    )
    GAP_NO_RECORDER = translate(
        "Message",
        "name the recorder (记录人), one of the record's officers",
        "notice.gap_no_recorder",
    )
    GAP_NO_OUTCOME = translate(
        "Message", "give the re-inspection outcome (rectified or not)", "notice.gap_no_outcome"
    )
    GAP_OFFICER_UNSIGNED = translate(
        "Message", "officer {name} has not signed", "notice.gap_officer_unsigned"
    )
    GAP_PARTY_UNSIGNED = translate(
        "Message",
        "the party has not signed (or record a refusal with a witness)",
        "notice.gap_party_unsigned",
    )

    # -- closing records and receipts (inspect_app/notices/closing.py) --------------------------
    RECORD_ALREADY_CLOSED = translate(
        "Message", "this record is already signed and closed", "notice.record_already_closed"
    )
    RECORD_NOT_PARTICIPANT = translate(
        "Message",
        "only an officer who took part can sign and close the record",
        "notice.record_not_participant",
    )
    RECORD_NOT_CLOSABLE = translate(
        "Message", "the record cannot be closed yet:\n- {gaps}", "notice.record_not_closable"
    )
    REINSPECTION_LEAD_CLOSES = translate(
        "Message",
        "this re-inspection closes the notice (销号): a team lead signs and closes it",
        "notice.reinspection_lead_closes",
    )
    SERVICE_NO_RECIPIENT_SIGNATURE = translate(
        "Message",
        "the service has no recipient signature or witnessed refusal",
        "notice.service_no_recipient_signature",
    )
    RECEIPT_ALREADY_SIGNED = translate(
        "Message", "this service receipt is already signed", "notice.receipt_already_signed"
    )
    RECEIPT_NOT_SERVER = translate(
        "Message",
        "only an officer who served the notice can sign the receipt",
        "notice.receipt_not_server",
    )

    # -- document content (the layouts: rectification.py, inspection_record.py, …) -------------
    CONTENT_NO_INSPECTION_DATE = translate(
        "Message",
        "the decision needs its inspection date (检查日期)",
        "notice.content_no_inspection_date",
    )
    CONTENT_NO_ISSUE_DATE = translate(
        "Message", "the decision needs its date of issue (落款日期)", "notice.content_no_issue_date"
    )
    CONTENT_NO_OFFICERS = translate(
        "Message",
        "the decision must list its officers and their certificate numbers (执法人员)",
        "notice.content_no_officers",
    )
    CONTENT_NO_FACTS = translate(
        "Message",
        "the decision must state at least one violation (违法事实)",
        "notice.content_no_facts",
    )
    RECORD_CONTENT_FEW_OFFICERS = translate(
        "Message",
        "an inspection needs at least two officers (两名以上执法人员, 《行政处罚法》第四十二条)",
        "notice.record_content_few_officers",
    )
    RECORD_CONTENT_NO_NUMBER = translate(
        "Message",
        "a re-inspection record must give the number of the decision it checks (复查依据)",
        "notice.record_content_no_number",
    )
    RECEIPT_UNKNOWN_METHOD = translate(
        "Message",
        "unknown method of service (送达方式) '{method}': use one of {methods}",
        "notice.receipt_unknown_method",
    )
    RECEIPT_NO_SERVER = translate(
        "Message",
        "a service receipt must name the serving officer (送达人)",
        "notice.receipt_no_server",
    )
    RECEIPT_REFUSAL_NOT_LEFT = translate(
        "Message",
        "a recipient who refuses to sign is served by leaving the decision at the premises "
        "(留置送达, 《民事诉讼法》第八十九条)",
        "notice.receipt_refusal_not_left",
    )
    DATE_MALFORMED = translate(
        "Message", "a date must be written YYYY-MM-DD (got '{value}')", "notice.date_malformed"
    )
    LOCAL_TIME_MALFORMED = translate(
        "Message",
        "a time must be written YYYY-MM-DD HH:MM (got '{value}')",
        "notice.local_time_malformed",
    )
    PERIOD_REVERSED = translate(
        "Message",
        "the end {end} lies before the start {start} (结束时间早于开始时间)",
        "notice.period_reversed",
    )
    EVIDENCE_BAD_HASH = translate(
        "Message",
        "evidence {index}: the SHA-256 must be 64 hexadecimal digits (got '{value}')",
        "notice.evidence_bad_hash",
    )
    EVIDENCE_BAD_POSITION = translate(
        "Message",
        "evidence {index}: the position (经纬度) is not a valid latitude and longitude",
        "notice.evidence_bad_position",
    )

    # -- a finding's status follows its documents (domain/finding_status.py) ---------------------
    FINDING_STATUS_BY_DOCUMENTS = translate(
        "Message",
        "“decision issued”, “decision served” and “rectified” follow the decision's documents "
        "(its issue, its service, the re-inspection) and are never set by hand",
        "notice.finding_status_by_documents",
    )
    FINDING_CLOSE_NO_DECISION = translate(
        "Message",
        "finding {finding} cannot be closed (销号): no decision has been issued for it. Issue a "
        "decision, record its service (送达回证) and then the re-inspection (复查) — or, if "
        "nothing was wrong, set “no violation found”",
        "notice.finding_close_no_decision",
    )
    FINDING_CLOSE_NOT_SERVED = translate(
        "Message",
        "finding {finding} cannot be closed (销号): decision {notice} has not been served. "
        "Record its service (送达回证) first, then the re-inspection (复查); when a team lead "
        "signs a re-inspection record that finds it rectified, the finding closes",
        "notice.finding_close_not_served",
    )
    FINDING_CLOSE_NO_REINSPECTION = translate(
        "Message",
        "finding {finding} cannot be closed (销号): no re-inspection (复查) of decision {notice} "
        "has found it rectified. Record the re-inspection; when a team lead signs that record, "
        "the finding closes",
        "notice.finding_close_no_reinspection",
    )
    FINDING_CLOSE_SIGN_RECORD = translate(
        "Message",
        "finding {finding} is not closed by hand: the re-inspection of decision {notice} found it "
        "rectified, so a team lead signs and closes that record, which closes the finding",
        "notice.finding_close_sign_record",
    )
    FINDING_ALREADY_CLOSED = translate(
        "Message",
        "finding {finding} was already closed (销号) with decision {notice}",
        "notice.finding_already_closed",
    )
    FINDING_FOLLOWS_DECISION = translate(
        "Message",
        "finding {finding} follows decision {notice} ({status}): its status cannot be set by "
        "hand. If the decision is wrong, supersede it",
        "notice.finding_follows_decision",
    )
    FINDING_HANDOVER_INCOMPLETE = translate(
        "Message",
        "handing a finding over to the local authority (移交属地) needs both the receiving "
        "authority and the reason",
        "notice.finding_handover_incomplete",
    )
    FINDING_HANDOVER_FIELDS_ALONE = translate(
        "Message",
        "the receiving authority is given only when a finding is handed over (移交属地)",
        "notice.finding_handover_fields_alone",
    )
    FINDING_DECISION_FOR_CLOSED = translate(
        "Message",
        "finding {finding} was closed (销号) with decision {notice}: a closed finding takes no "
        "new decision. If the violation has recurred, record it as a new finding",
        "notice.finding_decision_for_closed",
    )

    # -- legal citations of a decision (domain/legal_citation.py, notices/citations.py) ------
    CITATION_BAD_SPEC = translate(
        "Message",
        "{spec} is not a citation: write LAW:ARTICLE[:PARAGRAPH[:ITEM]], e.g. {example}",
        "notice.citation_bad_spec",
    )
    CITATION_UNKNOWN_LAW = translate(
        "Message",
        "{citation}: the law {law} is not in the bundled table of laws (known: {known})",
        "notice.citation_unknown_law",
    )
    CITATION_UNKNOWN_ARTICLE = translate(
        "Message",
        "{citation}: the bundled table holds no article {article} of {law}",
        "notice.citation_unknown_article",
    )
    CITATION_UNKNOWN_PARAGRAPH = translate(
        "Message",
        "{citation}: article {article} of {law} has {count} paragraph(s) (款)",
        "notice.citation_unknown_paragraph",
    )
    CITATION_UNKNOWN_ITEM = translate(
        "Message",
        "{citation}: that paragraph of article {article} of {law} has {count} item(s) (项)",
        "notice.citation_unknown_item",
    )
    CITATION_ITEM_NEEDS_PARAGRAPH = translate(
        "Message",
        "{citation}: article {article} of {law} has several paragraphs: name the paragraph "
        "(款) of the item",
        "notice.citation_item_needs_paragraph",
    )
    ISSUE_NO_VIOLATED = translate(
        "Message",
        "no violated provision (违反条款) is chosen: edit the draft",
        "notice.issue_no_violated",
    )
    ISSUE_NO_ORDER_BASIS = translate(
        "Message",
        "no basis for the order (责令改正依据) is chosen: edit the draft",
        "notice.issue_no_order_basis",
    )
    ISSUE_CITATION_UNKNOWN = translate(
        "Message",
        "a cited provision is not in the bundled table of laws: {problem}",
        "notice.issue_citation_unknown",
    )


_STATUS_WORDS = {
    "draft": NoticeMsg.STATUS_DRAFT,
    "issued": NoticeMsg.STATUS_ISSUED,
    "served": NoticeMsg.STATUS_SERVED,
    "closed": NoticeMsg.STATUS_CLOSED,
    "superseded": NoticeMsg.STATUS_SUPERSEDED,
}


def status_word(status: str) -> NoticeMsg | str:
    """The word for a notice's status (a ``NoticeStatus`` value) as a message parameter.

    An unknown value (a newer replica's) is passed through as text.
    """
    return _STATUS_WORDS.get(str(status), str(status))


def bullet_list(items: Sequence[Message]) -> Message:
    """Return ``items`` as one message: each after the first on a new ``- `` line.

    The error that lists them puts it after its own ``- `` (``ISSUE_BLOCKED(blockers=…)``),
    so ``str()`` reads the heading, then one ``- item`` line each, every item translated.

    Raises:
        ValueError: ``items`` is empty (an empty list is no reason to refuse).
    """
    if not items:
        raise ValueError("a bullet list needs at least one item")
    message = items[-1]
    for item in reversed(items[:-1]):
        message = NoticeMsg.LIST_MORE(first=item, rest=message)
    return message
