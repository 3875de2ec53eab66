"""Keyed messages of the command line: its own input errors, prompts, warnings and summaries.

What ``inspect_app/cli/`` (and the entry point, ``inspect_app/app.py``) says itself; errors of
the core reach it keyed by their own families. The help text is not here: it is context
``CommandLine`` of the catalog, declared where each option is (``inspect_app/cli/``).

What a person types — an option (``--as OFFICER_ID``), a command (``'officer list'``), an
environment variable — is a parameter, never part of a template: it reads the same in every
language and a translator cannot change it by mistake.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class CliMsg(MessageKind):
    """The command line's own messages: ``CliMsg.X.id``; ``CliMsg.X(**params)``."""

    # -- words and lines of every command (inspect_app/cli/__init__.py, inspect_app/app.py) ----
    ERROR_LINE = translate("Message", "error: {message}", "cli.error_line")
    REFUSED_FILE = translate("Message", "{file}: {reason}", "cli.refused_file")
    USAGE_ERROR = translate("Message", "usage error: {message}", "cli.usage_error")
    CHOOSE_COMMAND = translate("Message", "choose a command: {commands}", "cli.choose_command")
    INTERRUPTED = translate("Message", "interrupted", "cli.interrupted")
    OS_ERROR = translate("Message", "{problem}: {path}", "cli.os_error")
    OS_ERROR_NO_PATH = translate(
        "Message", "the operating system refused: {problem}", "cli.os_error_no_path"
    )
    UNEXPECTED = translate(
        "Message", "unexpected {kind}: {problem} (details in the log)", "cli.unexpected"
    )
    UNEXPECTED_LOGGED = translate(
        "Message",
        "unexpected {kind}: {problem} (details in the log: {log})",
        "cli.unexpected_logged",
    )
    NO_DISPLAY = translate(
        "Message",
        "no graphical display here ({display} and {wayland} are not set): start the window "
        "from the desktop, or give a command ({help}); {offscreen} runs it without a screen",
        "cli.no_display",
    )
    DATA_DIR_EMPTY = translate(
        "Message", "{option} is empty: give the store folder", "cli.data_dir_empty"
    )
    OP_QUARANTINED = translate("Message", "op {op} quarantined: {reason}", "cli.op_quarantined")
    SIGNATURES_INVALID = translate(
        "Message",
        "the document's signatures are not all valid (see above)",
        "cli.signatures_invalid",
    )
    CHECK_FAILED = translate(
        "Message",
        "the store failed its check (see {fields})",
        "cli.check_failed",
    )

    # -- who is acting ---------------------------------------------------------------------
    UNKNOWN_OFFICER = translate(
        "Message", "no officer {officer} in this store: see '{command}'", "cli.unknown_officer"
    )
    NO_OFFICER_CHOSEN = translate(
        "Message",
        "no officer chosen on this laptop: choose who you are with '{use}' (see '{list}'), "
        "or pass {option}",
        "cli.no_officer_chosen",
    )
    NO_OFFICER_YET = translate(
        "Message",
        "no officer yet: add one with '{add}', or pass {option}",
        "cli.no_officer_yet",
    )

    # -- records, replicas, sync (inspect_app/cli/__init__.py) ------------------------------
    NOTHING_TO_CHANGE_AGENCY = translate(
        "Message",
        "nothing to change: give at least one of {options} (the seal: '{command}')",
        "cli.nothing_to_change_agency",
    )
    NOTHING_TO_CHANGE_SITE = translate(
        "Message",
        "nothing to change: give at least one of {options} ('' clears an optional field)",
        "cli.nothing_to_change_site",
    )
    NOTHING_TO_CHANGE = translate(
        "Message",
        "nothing to change: give at least one of {options} …",
        "cli.nothing_to_change",
    )
    POSITION_NEEDS_BOTH = translate(
        "Message", "give a position as both {lat} and {lon}", "cli.position_needs_both"
    )
    NO_CLONE_DETECTED = translate(
        "Message",
        "no clone or restore was detected on this laptop; use {option} to give it a new "
        "identity anyway",
        "cli.no_clone_detected",
    )
    NEXT_STEP_ENROL = translate(
        "Message",
        "a team lead enrols it: {command}",
        "cli.next_step_enrol",
    )
    UNKNOWN_REPLICA = translate(
        "Message",
        "no replica {replica} is known here: see '{list}' (or leave out {option} to export "
        "everything)",
        "cli.unknown_replica",
    )

    # -- files read (inspect_app/cli/inputs.py) -------------------------------------------
    PROMPT = translate("Message", "{prompt}: ", "cli.prompt")
    PROMPT_AGAIN = translate("Message", "again: ", "cli.prompt_again")
    PASSPHRASE_NEW_CA = translate("Message", "new CA key passphrase", "cli.passphrase_new_ca")
    PASSPHRASE_CA = translate("Message", "CA key passphrase", "cli.passphrase_ca")
    PASSPHRASE_NEW_PKCS = translate("Message", "new PKCS#12 passphrase", "cli.passphrase_new_pkcs")
    PASSPHRASE_PKCS = translate("Message", "PKCS#12 passphrase", "cli.passphrase_pkcs")
    PASSPHRASE_SIGNING = translate("Message", "signing passphrase", "cli.passphrase_signing")
    PASSPHRASE_FILE_TOO_LARGE = translate(
        "Message",
        "{path} is larger than 64 KB: not a passphrase file",
        "cli.passphrase_file_too_large",
    )
    PASSPHRASE_FILE_UNREADABLE = translate(
        "Message",
        "cannot read the passphrase file {path}: {reason}",
        "cli.passphrase_file_unreadable",
    )
    PASSPHRASE_FILE_UTF_SIXTEEN = translate(
        "Message",
        "the passphrase file {path} is UTF-16 text: save it as UTF-8",
        "cli.passphrase_file_utf_sixteen",
    )
    PASSPHRASE_FILE_NOT_UTF = translate(
        "Message", "the passphrase file {path} is not UTF-8 text", "cli.passphrase_file_not_utf"
    )
    PASSPHRASE_FIRST_LINE_EMPTY = translate(
        "Message",
        "the first line of {path} is empty (the passphrase must be on the first line)",
        "cli.passphrase_first_line_empty",
    )
    PASSPHRASE_NO_TERMINAL = translate(
        "Message",
        "{prompt}: give {option} (no terminal to ask on)",
        "cli.passphrase_no_terminal",
    )
    PASSPHRASES_DIFFER = translate(
        "Message", "the two passphrases differ; nothing was changed", "cli.passphrases_differ"
    )
    PASSPHRASE_EMPTY = translate("Message", "the passphrase is empty", "cli.passphrase_empty")
    WHAT_STROKES_FILE = translate("Message", "a signature strokes file", "cli.what_strokes_file")
    WHAT_NARRATIVE_FILE = translate("Message", "a narrative text file", "cli.what_narrative_file")
    WHAT_TURNS_FILE = translate(
        "Message", "a questions-and-answers JSON file", "cli.what_turns_file"
    )
    TEXT_FILE_TOO_LARGE = translate(
        "Message", "{path} is larger than 1 MB: not {what}", "cli.text_file_too_large"
    )
    TEXT_FILE_NOT_UTF = translate(
        "Message", "{path} is not UTF-8 text: not {what}", "cli.text_file_not_utf"
    )
    STROKES_NOT_JSON = translate(
        "Message",
        "{path} is not JSON (line {line}, column {column}): not a signature strokes file",
        "cli.strokes_not_json",
    )

    # -- documents: PKI, issue, verify, export, seal (inspect_app/cli/documents.py) ------------
    NO_TEAM_CA = translate(
        "Message",
        "this store holds no team CA certificate yet: a team lead runs '{command}' once, "
        "then syncs",
        "cli.no_team_ca",
    )
    TRUST_TOO_LARGE = translate(
        "Message", "{path} is not a PEM certificate (larger than 1 MB)", "cli.trust_too_large"
    )
    TRUST_NOT_PEM = translate("Message", "{path} is not a PEM certificate", "cli.trust_not_pem")
    PDF_TOO_LARGE = translate(
        "Message", "{path} is larger than 64 MB: not a notice", "cli.pdf_too_large"
    )
    TRUST_UNUSABLE = translate(
        "Message",
        "a trusted CA certificate ({paths}) cannot be used: {problem}",
        "cli.trust_unusable",
    )
    TEAM_CA_UNUSABLE = translate(
        "Message",
        "a trusted CA certificate (the store's team CA) cannot be used: {problem}",
        "cli.team_ca_unusable",
    )
    DRAFT_LABEL = translate("Message", "draft {id}", "cli.draft_label")
    NOT_DRAFT_CHANGE = translate(
        "Message",
        "notice {notice} is {status}: an issued notice is never changed; supersede it with a "
        "corrected one ('{command}')",
        "cli.not_draft_change",
    )
    NOT_DRAFT_DISCARD = translate(
        "Message",
        "notice {notice} is {status}: an issued notice is never withdrawn; supersede it with a "
        "corrected one ('{command}')",
        "cli.not_draft_discard",
    )
    NOTHING_TO_CHANGE_NOTICE = translate(
        "Message",
        "nothing to change: give {order} or {deadline}",
        "cli.nothing_to_change_notice",
    )
    NUMBER_STAYS_USED = translate(
        "Message",
        "its number {number} stays used: document numbers are never reused",
        "cli.number_stays_used",
    )
    NO_SIGNED_DECISION = translate(
        "Message",
        "notice {notice} is {status}: it has no signed decision yet (a team lead issues it with "
        "'{command}')",
        "cli.no_signed_decision",
    )
    NO_SIGNED_RECEIPT = translate(
        "Message",
        "notice {notice} has no signed service receipt (送达回证) here (it is signed with "
        "'{command}')",
        "cli.no_signed_receipt",
    )
    NO_CLOSED_RECORD = translate(
        "Message",
        "notice {notice} has no closed re-inspection record (复查笔录) here (one is closed with "
        "'{command}')",
        "cli.no_closed_record",
    )
    SEAL_LEAD_ONLY = translate(
        "Message",
        "only a team lead sets an agency's seal (act {option} a team lead)",
        "cli.seal_lead_only",
    )
    SEAL_TOO_LARGE = translate(
        "Message",
        "{path} is larger than 150 KB: use a smaller PNG image",
        "cli.seal_too_large",
    )
    SEAL_NOT_PNG = translate("Message", "{path} is not a PNG image", "cli.seal_not_png")

    # -- on-site records and service (inspect_app/cli/records.py) ------------------------------
    BAD_TIME = translate(
        "Message",
        "{option} must be a time like 2026-11-28T09:30:00+08:00 (got '{value}')",
        "cli.bad_time",
    )
    STROKES_OR_REFUSED = translate(
        "Message", "give either {strokes} or {refused}, not both", "cli.strokes_or_refused"
    )
    PARTY_REFUSAL_NEEDS_WITNESS = translate(
        "Message",
        "a refusal to sign needs {option} (who saw the party refuse)",
        "cli.party_refusal_needs_witness",
    )
    RECIPIENT_REFUSAL_NEEDS_WITNESS = translate(
        "Message",
        "a refusal to sign needs {option} (who saw the recipient refuse)",
        "cli.recipient_refusal_needs_witness",
    )
    WITNESS_ONLY_FOR_REFUSAL = translate(
        "Message", "{witness} is only for a refusal ({refused})", "cli.witness_only_for_refusal"
    )
    PARTY_SIGNATURE_NEEDED = translate(
        "Message",
        "give the party's signature ({strokes}) or {refused}",
        "cli.party_signature_needed",
    )
    RECIPIENT_SIGNATURE_NEEDED = translate(
        "Message",
        "give the recipient's signature ({strokes}) or {refused}",
        "cli.recipient_signature_needed",
    )
    CERTIFICATE_OF_ANOTHER = translate(
        "Message",
        "the signing certificate imported for you names another officer",
        "cli.certificate_of_another",
    )
    REINSPECT_NOT_SERVED_YET = translate(
        "Message",
        "the notice is issued but not served yet: record its service first "
        "('{command}'); only a served notice is re-inspected",
        "cli.reinspect_not_served_yet",
    )
    REINSPECT_NOT_SERVED = translate(
        "Message",
        "the notice is {status}: only a served notice is re-inspected",
        "cli.reinspect_not_served",
    )
    REINSPECT_OTHER_PARTY = translate(
        "Message",
        "{option} differs from the notice's party: re-inspect that party",
        "cli.reinspect_other_party",
    )
    TWO_OFFICERS_TAKE_PART = translate(
        "Message",
        "name at least two officers who take part ({options}; 《行政处罚法》第四十二条)",
        "cli.two_officers_take_part",
    )
    OUTCOME_ONLY_REINSPECTION = translate(
        "Message",
        "{outcome} is only for a re-inspection ({reinspect})",
        "cli.outcome_only_reinspection",
    )
    GIVE_SITE_AND_AGENCY = translate(
        "Message",
        "give {site} and {agency} (the party and the agency)",
        "cli.give_site_and_agency",
    )
    GIVE_OPTION = translate(
        "Message", "give {option} (the party and the agency)", "cli.give_option"
    )
    OUTCOME_ONLY_REINSPECTION_RECORD = translate(
        "Message",
        "{option} is only for a re-inspection record",
        "cli.outcome_only_reinspection_record",
    )
    QUESTIONS_ANSWERS_MISMATCH = translate(
        "Message",
        "give one {answer} for each {question}, in order (an empty {answer} when the party "
        "did not answer)",
        "cli.questions_answers_mismatch",
    )
    RECORD_TWO_OFFICERS = translate(
        "Message",
        "a record needs at least two officers (《行政处罚法》第四十二条)",
        "cli.record_two_officers",
    )
    SIGNED_BEFORE_CHANGE = translate(
        "Message",
        "{count} hand signature(s) were made before this change; ask the signers to sign again "
        "if the change matters to them",
        "cli.signed_before_change",
    )
    LIMIT_TOO_SMALL = translate("Message", "{option} must be 1 or more", "cli.limit_too_small")
    RECORD_CLOSED_NO_SIGNATURES = translate(
        "Message",
        "this record is signed and closed: it takes no more signatures",
        "cli.record_closed_no_signatures",
    )
    OFFICER_CANNOT_REFUSE = translate(
        "Message",
        "an officer signs with {option}; only the party can refuse",
        "cli.officer_cannot_refuse",
    )
    NOT_RECORD_OFFICER = translate(
        "Message",
        "that officer is not one of the record's officers (add them with '{command}' first)",
        "cli.not_record_officer",
    )
    OFFICER_SIGNATURE_NEEDED = translate(
        "Message",
        "give the officer's signature: {option}",
        "cli.officer_signature_needed",
    )
    PARTY_NAME_NEEDED = translate(
        "Message",
        "{option} needs the name of the person signing for the party",
        "cli.party_name_needed",
    )
    RECORD_ALREADY_CLOSED = translate(
        "Message",
        "this record is already signed and closed ({sha})",
        "cli.record_already_closed",
    )
    CLOSE_PARTICIPANTS_ONLY = translate(
        "Message",
        "only an officer who took part can sign and close the record (act {option} one of them)",
        "cli.close_participants_only",
    )
    CLOSE_NOTICE_NOT_SERVED = translate(
        "Message",
        "the notice is {status}: only a served notice can be closed (销号); record its service "
        "first",
        "cli.close_notice_not_served",
    )
    RECORD_STILL_OPEN = translate(
        "Message",
        "this record is still open: it has no signed PDF yet (sign and close it with '{command}')",
        "cli.record_still_open",
    )
    ALREADY_SERVED = translate(
        "Message",
        "{number} was already served on {served_at}: a notice is served once (to correct the "
        "service, supersede the notice)",
        "cli.already_served",
    )
    RECIPIENT_NAME_NEEDED = translate(
        "Message",
        "{option} needs the name of the person served",
        "cli.recipient_name_needed",
    )
    SIGN_NEEDS_OUT = translate(
        "Message",
        "{sign} needs {out} for the signed receipt",
        "cli.sign_needs_out",
    )
    RECEIPT_SERVERS_ONLY = translate(
        "Message",
        "only an officer who served the notice signs the receipt: name yourself with "
        "{officer}, or act {acting} one of the serving officers",
        "cli.receipt_servers_only",
    )
    OUT_NEEDS_SIGN = translate(
        "Message",
        "{out} and {passphrase} are for signing the receipt: add {sign}",
        "cli.out_needs_sign",
    )
    RECEIPT_NOT_SIGNED = translate(
        "Message",
        "the service was recorded (id {id}) but its receipt was not signed: {problem}",
        "cli.receipt_not_signed",
    )

    # -- inspect-app --self-check (inspect_app/self_check.py) ----------------------------------
    SELF_CHECK_HEADER = translate(
        "Message",
        "{program} {version} self-check ({platform}, {python})",
        "cli.self_check_header",
    )
    SELF_CHECK_PASSED = translate(
        "Message",
        "self-check: all items passed",
        "cli.self_check_passed",
    )
    SELF_CHECK_FAILED = translate(
        "Message",
        "self-check: FAILED: {items}",
        "cli.self_check_failed",
    )
    SELF_CHECK_SECONDS = translate(
        "Message",
        "{seconds} s",
        "cli.self_check_seconds",
    )
    SELF_CHECK_MISSING = translate(
        "Message",
        "missing in {folder}: {files}",
        "cli.self_check_missing",
    )
    SELF_CHECK_FONT_NOT_EMBEDDED = translate(
        "Message",
        "the font {font} was not embedded",
        "cli.self_check_font_not_embedded",
    )
    SELF_CHECK_FONTS = translate(
        "Message",
        "{fonts} (embedded as TrueType)",
        "cli.self_check_fonts",
    )
    SELF_CHECK_SQLITE_OLD = translate(
        "Message",
        "{product} {version} predates 3.51.3, which fixed a rare corruption when two connections "
        "write or checkpoint one store at once (the WAL-reset bug); do not run the window and a "
        "writing command on the same data folder together",
        "cli.self_check_sqlite_old",
    )
    SELF_CHECK_SQLITE = translate(
        "Message",
        "{product} {version}",
        "cli.self_check_sqlite",
    )
    SELF_CHECK_QT_TIMEOUT = translate(
        "Message",
        "the Qt probe did not finish in {seconds} s",
        "cli.self_check_qt_timeout",
    )
    SELF_CHECK_QT_NO_START = translate(
        "Message",
        "Qt could not start (exit {code}): {said}",
        "cli.self_check_qt_no_start",
    )
    SELF_CHECK_QT_UNTRANSLATED = translate(
        "Message",
        "Qt {qt} on '{platform}' started, but the Chinese translation did not load ({title})",
        "cli.self_check_qt_untranslated",
    )
    SELF_CHECK_QT = translate(
        "Message",
        "Qt {qt}, platform '{platform}', zh_CN title '{title}', Qt's own zh_CN strings loaded",
        "cli.self_check_qt",
    )
    SELF_CHECK_QT_OWN_MISSING = translate(
        "Message",
        "Qt {qt}, platform '{platform}', zh_CN title '{title}', Qt's own zh_CN strings missing",
        "cli.self_check_qt_own_missing",
    )
    SELF_CHECK_STORE_BAD = translate(
        "Message",
        "the scratch store does not check out: {report}",
        "cli.self_check_store_bad",
    )
    SELF_CHECK_REBUILD_DIFFERS = translate(
        "Message",
        "rebuilding the scratch store changed its tables",
        "cli.self_check_rebuild_differs",
    )
    SELF_CHECK_STORE = translate(
        "Message",
        "{ops} ops written, checked and rebuilt",
        "cli.self_check_store",
    )
    SELF_CHECK_NOT_REACHED = translate(
        "Message",
        "not reached: the scratch store failed",
        "cli.self_check_not_reached",
    )
    SELF_CHECK_PDF_BAD = translate(
        "Message",
        "the signed notice does not verify: {problems}",
        "cli.self_check_pdf_bad",
    )
    SELF_CHECK_PDF = translate(
        "Message",
        "notice drafted ({size} KiB), signed (PAdES) and verified",
        "cli.self_check_pdf",
    )
    SELF_CHECK_HEIC_BAD = translate(
        "Message",
        "{name} read as {format}, problems: {problems}",
        "cli.self_check_heic_bad",
    )
    SELF_CHECK_HEIC = translate(
        "Message",
        "{name}: {width}×{height} HEIF, taken {taken}",
        "cli.self_check_heic",
    )
    WAITING_DAYS_TOO_FEW = translate(
        "Message",
        "{option} must be at least 1 day, not {value}: a public notice counts as served only "
        "after its waiting period (30 days unless a law sets another, 民事诉讼法 第九十五条)",
        "cli.waiting_days_too_few",
    )
    LAW_TABLE_NOTE = translate(
        "Message",
        "the articles are those of the versions named per law, from the National Laws and "
        "Regulations Database (国家法律法规数据库, {site}); an article not yet checked "
        "word for word against the official text must be checked by the agency's lawyer",
        "cli.law_table_note",
    )
