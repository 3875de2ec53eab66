"""Keyed messages about the store: opening, numbering, agencies, files and records.

Raised (or reported) by ``inspect_app/storage/`` — the data folder and its store file, the
single write path, schema upgrades, document numbers, the registry of agencies and officers,
signed documents, output files and the data folder's hygiene — and the summary of a photo
import (``inspect_app/photos/importer.py``).

Commands of the command line a message tells a person to run are parameters (``{command}``,
``{option}``): they are typed as they are, in any language.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class StoreMsg(MessageKind):
    """The store's keyed messages: ``StoreMsg.X.id``, ``StoreMsg.X.english``; ``StoreMsg.X(**p)``.

    Ids are ``family.what`` and never change once released (scripts read them from
    ``--json``); the English may be reworded (the ``.ts`` entry then needs translating again).
    """

    # -- record kinds, given as the {entity} parameter below ------------------------------------
    # The English is the entity's name in the store (what --json and logs show).
    ENTITY_AGENCY = translate("Message", "agency", "entity.agency")
    ENTITY_OFFICER = translate("Message", "officer", "entity.officer")
    ENTITY_PATROL = translate("Message", "patrol", "entity.patrol")
    ENTITY_SITE = translate("Message", "site", "entity.site")
    ENTITY_FINDING = translate("Message", "finding", "entity.finding")
    ENTITY_PHOTO = translate("Message", "photo", "entity.photo")
    ENTITY_REPLICA = translate("Message", "replica", "entity.replica")
    ENTITY_NOTICE = translate("Message", "notice", "entity.notice")
    ENTITY_TEAM_CA = translate("Message", "team_ca", "entity.team_ca")
    ENTITY_CERTIFICATE = translate("Message", "certificate", "entity.certificate")
    ENTITY_NUMBER_BLOCK = translate("Message", "number_block", "entity.number_block")
    ENTITY_INSPECTION_RECORD = translate("Message", "inspection_record", "entity.inspection_record")
    ENTITY_SERVICE = translate("Message", "service", "entity.service")
    ENTITY_SIGNATURE = translate("Message", "signature", "entity.signature")
    ENTITY_DOCUMENT = translate("Message", "document", "entity.document")
    ENTITY_WARNING_ACCEPTANCE = translate(
        "Message", "warning_acceptance", "entity.warning_acceptance"
    )
    ENTITY_EVIDENCE_ITEM = translate("Message", "evidence_item", "entity.evidence_item")
    ENTITY_CRL = translate("Message", "crl", "entity.crl")

    # -- opening the data folder and its store file (storage/store.py, database.py) ------------
    STORE_NOT_A_FOLDER = translate(
        "Message", "{folder} is a file, not a data folder; choose a folder", "store.not_a_folder"
    )
    STORE_FOLDER_NOT_CREATED = translate(
        "Message", "cannot create the data folder {folder}: {reason}", "store.folder_not_created"
    )
    STORE_FILE_EMPTY = translate(
        "Message",
        "the store file {path} is empty (0 bytes): it was damaged. Restore it from {backups} "
        "or a copy; nothing was changed",
        "store.file_empty",
    )
    STORE_FILE_MISSING = translate(
        "Message",
        "{path} is missing but {photos} holds evidence photos: restore the store file from a "
        "backup rather than starting an empty store here",
        "store.file_missing",
    )
    STORE_FOLDER_READ_ONLY = translate(
        "Message",
        "no write permission on {folder}: the store needs a writable folder (SQLite WAL); copy "
        "the folder somewhere writable to open or check it",
        "store.folder_read_only",
    )
    STORE_NOT_USABLE = translate(
        "Message", "{path} is not a usable store: {reason}", "store.not_usable"
    )
    STORE_CANNOT_OPEN = translate(
        "Message",
        "cannot open the store {path}: {reason}. Check the file is an inspect_app store, or "
        "choose another data folder.",
        "store.cannot_open",
    )
    STORE_SCHEMA_TOO_NEW = translate(
        "Message",
        "this store has schema version {version}, newer than this app understands "
        "({supported}); install the newer app version to open it",
        "store.schema_too_new",
    )
    STORE_UPGRADE_FAILED = translate(
        "Message",
        "upgrading the store to version {version} failed: {reason}",
        "store.upgrade_failed",
    )
    STORE_UPGRADE_FAILED_BACKUP = translate(
        "Message",
        "upgrading the store to version {version} failed: {reason}; a backup is at {backup}",
        "store.upgrade_failed_backup",
    )

    # -- the write path (storage/store.py, database.py) -----------------------------------------
    STORE_NESTED_TRANSACTION = translate(
        "Message", "internal error: nested write transaction", "store.nested_transaction"
    )
    STORE_BUSY = translate(
        "Message", "the store is busy ({reason}); close other copies of the app", "store.busy"
    )
    STORE_NOT_SAVED = translate(
        "Message",
        "the change could not be saved ({reason}); nothing was written",
        "store.not_saved",
    )
    STORE_WRITING_STOPPED = translate(
        "Message", "writing is stopped: {reason}", "store.writing_stopped"
    )
    STORE_OTHER_HISTORY = translate(
        "Message",
        "this data folder holds an older or different history than this laptop wrote (it "
        "wrote op #{seq}, the store ends at #{last}): a backup or another laptop's copy was put "
        "in place. Run '{command}', have a team lead enrol the new id, then sync — the ops from "
        "the other history come back from the hub",
        "store.other_history",
    )
    STORE_NOTHING_TO_CHANGE = translate("Message", "nothing to change", "store.nothing_to_change")
    STORE_NO_SUCH_FIELD = translate(
        "Message", "{entity} has no field {field}", "store.no_such_field"
    )
    STORE_NO_SUCH_SET = translate("Message", "{entity} has no set {name}", "store.no_such_set")
    STORE_SET_NEEDS_IDS = translate("Message", "{name} needs a list of ids", "store.set_needs_ids")
    STORE_LEAD_ONLY = translate(
        "Message", "only a team lead can do this (act --as a team lead)", "store.lead_only"
    )
    STORE_REBUILD_REFUSED = translate(
        "Message",
        "the op log is damaged ({breaks} break(s), first at op {position}: {problem}); rebuild "
        "refused. Restore from a backup, or rebuild anyway with {option}",
        "store.rebuild_refused",
    )
    STORE_REBUILD_FAILED = translate(
        "Message", "rebuild failed, tables left as they were: {reason}", "store.rebuild_failed"
    )
    STORE_EVIDENCE_MISSING = translate("Message", "evidence file missing", "store.evidence_missing")
    STORE_EVIDENCE_ALTERED = translate(
        "Message",
        "evidence file does not match its SHA-256 (altered)",
        "store.evidence_altered",
    )

    # -- records (storage/rows.py, registry.py, patrols.py, services.py) ------------------------
    RECORD_NOT_FOUND = translate(
        "Message", "no {entity} with id {id} in this store", "record.not_found"
    )
    RECORD_WITHDRAWN = translate(
        "Message", "{entity} {id} was withdrawn (it stays in the history)", "record.withdrawn"
    )
    AGENCY_CODE_TAKEN = translate(
        "Message",
        "the short code {code} is already used by {agency}: document numbers would collide; "
        "choose another code",
        "agency.code_taken",
    )
    AGENCY_NO_SUCH_FIELD = translate(
        "Message", "an agency has no field {fields}", "agency.no_such_field"
    )
    OFFICER_CERTIFICATE_TAKEN = translate(
        "Message",
        "certificate number {number} already belongs to {officer}",
        "officer.certificate_taken",
    )
    PATROL_NO_OFFICER = translate(
        "Message", "a patrol needs at least one officer", "patrol.no_officer"
    )
    # -- mending mistakes (storage/patrols.py, storage/mending.py, storage/undo.py) -----------
    PATROL_DECISION_IN_FORCE = translate(
        "Message",
        "decision {number} is in force and states this patrol's date and team; supersede the "
        "decision first, then correct the patrol",
        "patrol.decision_in_force",
    )
    PATROL_RECORDER_STAYS = translate(
        "Message",
        "{officer} recorded {count} finding(s) of this patrol and stays on its team; move those "
        "findings to another patrol first",
        "patrol.recorder_stays",
    )
    PATROL_HAS_FINDINGS = translate(
        "Message",
        "{count} finding(s) are still in this patrol: move them to another patrol or withdraw "
        "them first",
        "patrol.has_findings",
    )
    FINDING_ALREADY_IN_PATROL = translate(
        "Message", "the finding is already in this patrol", "finding.already_in_patrol"
    )
    FINDING_DECISION_IN_FORCE = translate(
        "Message",
        "decision {number} is in force and names this finding; supersede the decision first",
        "finding.decision_in_force",
    )
    FINDING_IN_DRAFT = translate(
        "Message",
        "a draft decision for {party} names this finding: take the finding out of the draft or "
        "discard the draft first",
        "finding.in_draft",
    )
    FINDING_IN_SIGNED_RECORD = translate(
        "Message",
        "a signed on-site record names this finding; a finding on a signed record stays",
        "finding.in_signed_record",
    )
    WITHDRAW_REASON_NEEDED = translate(
        "Message",
        "say why the {entity} is withdrawn: the reason is kept in its history",
        "withdraw.reason_needed",
    )
    WITHDRAW_REASON_TOO_LONG = translate(
        "Message",
        "the reason is longer than {max_len} characters",
        "withdraw.reason_too_long",
    )
    WITHDRAW_PHOTO_NOT_LINKED = translate(
        "Message", "the photo is not evidence of this finding", "withdraw.photo_not_linked"
    )
    WITHDRAW_PHOTO_IN_DECISION = translate(
        "Message",
        "decision {number} is in force and lists this photo as evidence; supersede the "
        "decision first",
        "withdraw.photo_in_decision",
    )
    WITHDRAW_SITE_HAS_FINDINGS = translate(
        "Message",
        "{count} finding(s) name this party: give them another party or withdraw them first",
        "withdraw.site_has_findings",
    )
    WITHDRAW_SITE_IN_NOTICE = translate(
        "Message",
        "{count} notice(s) name this party; a party named in a notice stays",
        "withdraw.site_in_notice",
    )
    HISTORY_CHANGED = translate("Message", "{field}: {old} → {new}", "history.changed")
    HISTORY_SET_TO = translate("Message", "{field}: {new}", "history.set_to")
    HISTORY_ADDED = translate("Message", "{field}: added {members}", "history.added")
    HISTORY_REMOVED = translate("Message", "{field}: removed {members}", "history.removed")
    HISTORY_RESOLVED_WITHDRAWN = translate(
        "Message", "conflict resolved: the record is withdrawn", "history.resolved_withdrawn"
    )
    HISTORY_RESOLVED_KEPT = translate(
        "Message", "conflict resolved: the record is kept", "history.resolved_kept"
    )
    HISTORY_CANDIDATE = translate(
        "Message",
        "open conflict on {field}: {value} written by {officer} on laptop {replica} at {time}",
        "history.candidate",
    )
    UNDO_NOTHING = translate("Message", "nothing to undo", "undo.nothing")
    UNDO_NOT_UNDOABLE = translate(
        "Message",
        "a change of a {entity} cannot be undone: documents, numbers, keys, enrolments and "
        "conflict resolutions follow their own procedure",
        "undo.not_undoable",
    )
    UNDO_LATER_CHANGE = translate(
        "Message",
        "{officer} changed the {field} of this {entity} at {time}, after your change; undoing "
        "would overwrite it, so nothing was undone",
        "undo.later_change",
    )
    SERVICE_NO_OFFICER = translate(
        "Message", "name the officer(s) who served the notice (送达人)", "service.no_officer"
    )
    SERVICE_NO_SIGNATURE = translate(
        "Message",
        "the recipient signs the receipt, or refuses before a witness (only service by post "
        "has no signature)",
        "service.no_signature",
    )
    # -- what each method of service needs (storage/service_rules.py) ---------------------------
    SERVICE_SIGNATURE_NEEDED = translate(
        "Message",
        "the recipient signs the receipt on the spot (service in person or entrusted)",
        "service.signature_needed",
    )
    SERVICE_NO_SIGNATURE_EXPECTED = translate(
        "Message",
        "service by post, by electronic means or by public notice has no signature on the "
        "spot: leave the recipient's signature out",
        "service.no_signature_expected",
    )
    SERVICE_NO_RELATION = translate(
        "Message",
        "say how the person who received the document relates to the party (本人, 法定代表人, "
        "授权委托人, 同住成年家属, 收发部门 or 其他)",
        "service.no_relation",
    )
    SERVICE_NO_TRACKING = translate(
        "Message",
        "service by post (邮寄送达) needs the postal tracking number; its time is when the "
        "delivery was signed for",
        "service.no_tracking",
    )
    SERVICE_NO_ENTRUSTED_BODY = translate(
        "Message",
        "entrusted service (委托送达) names the body entrusted with it",
        "service.no_entrusted_body",
    )
    SERVICE_NO_CONSENT = translate(
        "Message",
        "electronic service (电子送达) only with the party's written consent: attach the scan "
        "of the signed 送达地址确认书",
        "service.no_consent",
    )
    SERVICE_NO_ELECTRONIC_ADDRESS = translate(
        "Message",
        "electronic service (电子送达) needs the address the party agreed to (e-mail, fax or "
        "other)",
        "service.no_electronic_address",
    )
    SERVICE_NO_PUBLICATION = translate(
        "Message",
        "service by public notice (公告送达) needs the date the notice was published and the "
        "waiting period in days",
        "service.no_publication",
    )
    SERVICE_NOT_DEEMED_DATE = translate(
        "Message",
        "a public notice published on {published} is deemed served {days} days later, on "
        "{deemed}: that is the service time",
        "service.not_deemed_date",
    )
    SERVICE_PUBLIC_NOTICE_RUNNING = translate(
        "Message",
        "the public notice published on {published} runs until {deemed} (公告中): the decision "
        "counts as served only from that day; record the service then",
        "service.public_notice_running",
    )
    SERVICE_LEFT_NEEDS_REFUSAL = translate(
        "Message",
        "service left at the premises (留置送达) records the recipient's refusal to sign",
        "service.left_needs_refusal",
    )
    SERVICE_NO_WITNESS_OR_RECORDING = translate(
        "Message",
        "service left at the premises needs a witness (name, unit or identity, signature) or a "
        "photo or video of leaving the document (《民事诉讼法》第八十九条)",
        "service.no_witness_or_recording",
    )
    SERVICE_SERVER_NO_SIGNATURE = translate(
        "Message",
        "service left at the premises is signed by hand by every server: {officer} has no "
        "hand signature yet (draw it in the officer's settings)",
        "service.server_no_signature",
    )
    SERVICE_FILE_MISSING = translate(
        "Message",
        "the file {sha} is not in this data folder: add it again",
        "service.file_missing",
    )
    SERVICE_NEEDS_RECEIPT = translate(
        "Message",
        "a service is recorded together with its signed receipt (送达回证), never without it",
        "service.needs_receipt",
    )
    SERVICE_RECEIPT_MISSING = translate(
        "Message",
        "decision {number} is marked served but its service {service} has no signed receipt "
        "(送达回证): make the receipt for that service ({command})",
        "service.receipt_missing",
    )

    # -- document numbers (storage/numbering.py) -------------------------------------------------
    NUMBERING_NO_CREATION_RECORD = translate(
        "Message", "agency {agency} has no creation record", "numbering.no_creation_record"
    )
    NUMBERING_NOT_ALLOCATOR = translate(
        "Message",
        "document numbers of this agency are allocated by replica {replica}, not this laptop: "
        "reserve numbers there and sync, or ask a team lead to hand numbering over",
        "numbering.not_allocator",
    )
    NUMBERING_HOLDER_NOT_ENROLLED = translate(
        "Message",
        "replica {replica} is not an enrolled laptop of this team (see '{command}'): numbers "
        "reserved for it would be wasted",
        "numbering.holder_not_enrolled",
    )
    NUMBERING_BAD_COUNT = translate(
        "Message", "reserve between 1 and {limit} numbers at a time", "numbering.bad_count"
    )
    NUMBERING_NONE_FREE = translate(
        "Message",
        "this laptop holds no free document numbers for {year}: on the numbering laptop "
        "(replica {replica}) run '{command}', then sync, and issue again",
        "numbering.none_free",
    )

    # -- signed documents and the team CA (storage/documents.py) --------------------------------
    DOCUMENT_NOT_PDF = translate("Message", "not a PDF file", "document.not_pdf")
    DOCUMENT_TOO_LARGE = translate(
        "Message", "the document is larger than {limit} MB", "document.too_large"
    )
    DOCUMENT_NOT_ARRIVED = translate(
        "Message",
        "the signed document {sha} has not arrived on this laptop yet: sync again",
        "document.not_arrived",
    )
    DOCUMENT_ALTERED = translate(
        "Message",
        "the stored document {sha} no longer matches its SHA-256: run '{command}' and sync to "
        "fetch a good copy",
        "document.altered",
    )
    DOCUMENT_NO_TEAM_CA = translate(
        "Message",
        "this team has no certificate authority yet: a team lead runs '{command}' once, then syncs",
        "document.no_team_ca",
    )

    # -- files a person names, and the data folder (storage/hygiene.py) -------------------------
    FILE_INSIDE_DATA_FOLDER = translate(
        "Message",
        "{path} is inside the data folder {folder}; save the file elsewhere",
        "file.inside_data_folder",
    )
    FILE_NOT_REGULAR = translate(
        "Message",
        "{path} exists and is not a regular file; choose a file name",
        "file.not_regular",
    )
    FILE_EXISTS = translate(
        "Message", "{path} already exists; choose another name (or {option})", "file.exists"
    )
    FILE_NO_FOLDER = translate("Message", "the folder {folder} does not exist", "file.no_folder")
    FILE_FOLDER_NOT_WRITABLE = translate(
        "Message", "no permission to write in {folder}", "file.folder_not_writable"
    )
    FILE_CANNOT_WRITE = translate("Message", "cannot write {path}: {reason}", "file.cannot_write")
    FILE_CANNOT_READ = translate("Message", "cannot read {path}: {reason}", "file.cannot_read")
    # -- evidence files of a case (storage/evidence_files.py): kinds, size and type ----------
    EVIDENCE_KIND_VIDEO = translate("Message", "video clip", "evidence.kind_video")
    EVIDENCE_KIND_AUDIO = translate("Message", "audio recording", "evidence.kind_audio")
    EVIDENCE_KIND_MONITORING = translate(
        "Message", "monitoring-data extract", "evidence.kind_monitoring"
    )
    EVIDENCE_KIND_SCAN = translate("Message", "scanned document", "evidence.kind_scan")
    EVIDENCE_KIND_OTHER = translate("Message", "other evidence file", "evidence.kind_other")
    EVIDENCE_FILE_SIZE = translate(
        "Message",
        "{name} is empty or larger than {limit} MiB: it was not stored",
        "evidence.file_size",
    )
    EVIDENCE_FILE_TYPE = translate(
        "Message",
        "{name} is not a {kind} file this app accepts (its bytes are checked, not its name): "
        "{formats}",
        "evidence.file_type",
    )
    # -- map layers an office provides (storage/map_layers.py) ----------------------------------
    MAP_LAYER_UNREADABLE = translate(
        "Message",
        "{path} is not a map layer this app can read ({reason}); use GeoJSON, GeoPackage or "
        "MBTiles",
        "map.layer_unreadable",
    )
    MAP_LAYER_OTHER_CRS = translate(
        "Message",
        "{path} uses the coordinate system {srs}; save the layer in WGS84 (EPSG:4326) and add "
        "it again",
        "map.layer_other_crs",
    )
    MAP_TILES_OFFSET_DATUM = translate(
        "Message",
        "{path} holds tiles in GCJ-02 (the offset datum of Chinese web maps), which cannot be "
        "aligned with GPS positions; ask for WGS84 tiles",
        "map.tiles_offset_datum",
    )
    HYGIENE_CANNOT_READ = translate(
        "Message", "{path}: cannot read ({reason})", "hygiene.cannot_read"
    )
    HYGIENE_CANNOT_READ_FOLDER = translate(
        "Message", "{path}: cannot read the folder ({reason})", "hygiene.cannot_read_folder"
    )
    HYGIENE_CANNOT_TIGHTEN = translate(
        "Message",
        "{path}: cannot make it owner-only ({mode}; {reason}); run the app as the account that "
        "owns the data folder",
        "hygiene.cannot_tighten",
    )
    HYGIENE_CANNOT_REMOVE = translate(
        "Message", "{path}: cannot remove ({reason})", "hygiene.cannot_remove"
    )
    HYGIENE_CANNOT_REMOVE_NO_PERMISSION = translate(
        "Message", "{path}: cannot remove (no permission)", "hygiene.cannot_remove_no_permission"
    )

    # -- the summary of a photo import (photos/importer.py) -------------------------------------
    IMPORT_ALREADY_IN_FINDING = translate(
        "Message",
        "{count} already in this finding (not added again): {names}",
        "import.already_in_finding",
    )
    IMPORT_ALREADY_IN_RECORD = translate(
        "Message",
        "{count} already in this record (not added again): {names}",
        "import.already_in_record",
    )
    IMPORT_CANCELLED = translate(
        "Message", "Import cancelled: {count} photo(s) were imported.", "import.cancelled"
    )

    # -- exports of findings and the register of notices (exports/) ----------------------------
    # Column headers of the CSV and XLSX files (GeoJSON/KML keep stable English keys).
    EXPORT_COLUMN_FINDING_ID = translate("Message", "Finding ID", "export.column_finding_id")
    EXPORT_COLUMN_PATROL_DATE = translate("Message", "Patrol date", "export.column_patrol_date")
    EXPORT_COLUMN_BASIN = translate("Message", "Basin", "export.column_basin")
    EXPORT_COLUMN_CATEGORY = translate("Message", "Category", "export.column_category")
    EXPORT_COLUMN_CATEGORY_CODE = translate(
        "Message", "Category code", "export.column_category_code"
    )
    EXPORT_COLUMN_SEVERITY = translate("Message", "Severity", "export.column_severity")
    EXPORT_COLUMN_STATUS = translate("Message", "Status", "export.column_status")
    EXPORT_COLUMN_OBSERVED_AT = translate("Message", "Observed at", "export.column_observed_at")
    EXPORT_COLUMN_PARTY = translate("Message", "Party", "export.column_party")
    EXPORT_COLUMN_CREDIT_CODE = translate(
        "Message", "Unified social credit code", "export.column_credit_code"
    )
    EXPORT_COLUMN_LATITUDE = translate("Message", "Latitude (WGS84)", "export.column_latitude")
    EXPORT_COLUMN_LONGITUDE = translate("Message", "Longitude (WGS84)", "export.column_longitude")
    EXPORT_COLUMN_DESCRIPTION = translate("Message", "Description", "export.column_description")
    EXPORT_COLUMN_LEGAL_BASIS = translate("Message", "Legal basis", "export.column_legal_basis")
    EXPORT_COLUMN_PHOTOS = translate("Message", "Evidence photos", "export.column_photos")
    EXPORT_COLUMN_LOGGED_BY = translate("Message", "Logged by", "export.column_logged_by")
    EXPORT_COLUMN_NOTICE_ID = translate("Message", "Notice ID", "export.column_notice_id")
    EXPORT_COLUMN_NUMBER = translate("Message", "Document number", "export.column_number")
    EXPORT_COLUMN_STAGE = translate("Message", "Stage", "export.column_stage")
    EXPORT_COLUMN_DEADLINE = translate("Message", "Deadline", "export.column_deadline")
    EXPORT_COLUMN_DAYS_OVERDUE = translate("Message", "Days overdue", "export.column_days_overdue")
    EXPORT_COLUMN_AGENCY = translate("Message", "Issuing agency", "export.column_agency")
    EXPORT_COLUMN_FINDINGS = translate("Message", "Finding IDs", "export.column_findings")
    EXPORT_COLUMN_DRAFTED_AT = translate("Message", "Drafted at", "export.column_drafted_at")
    EXPORT_COLUMN_ISSUED_AT = translate("Message", "Issued at", "export.column_issued_at")
    EXPORT_COLUMN_ISSUED_BY = translate("Message", "Issued by", "export.column_issued_by")
    EXPORT_COLUMN_SERVED_AT = translate("Message", "Served at", "export.column_served_at")
    EXPORT_COLUMN_CLOSED_AT = translate("Message", "Closed at", "export.column_closed_at")
    EXPORT_COLUMN_SUPERSEDES = translate("Message", "Supersedes", "export.column_supersedes")
    # Cell values: a finding's severity and status.
    EXPORT_SEVERITY_MINOR = translate("Message", "Minor", "export.severity_minor")
    EXPORT_SEVERITY_MAJOR = translate("Message", "Major", "export.severity_major")
    EXPORT_SEVERITY_SERIOUS = translate("Message", "Serious", "export.severity_serious")
    EXPORT_STATUS_OPEN = translate("Message", "Open", "export.status_open")
    EXPORT_STATUS_NOTIFIED = translate("Message", "Decision issued", "export.status_notified")
    EXPORT_STATUS_SERVED = translate("Message", "Decision served", "export.status_served")
    EXPORT_STATUS_RECTIFIED = translate("Message", "Rectified", "export.status_rectified")
    EXPORT_STATUS_CLOSED = translate("Message", "Closed", "export.status_closed")
    EXPORT_STATUS_NO_VIOLATION = translate(
        "Message", "No violation found", "export.status_no_violation"
    )
    EXPORT_STATUS_HANDED_OVER = translate(
        "Message", "Handed over to the local authority", "export.status_handed_over"
    )
    # What an export did.
    EXPORT_DONE = translate("Message", "{count} rows written to {path}", "export.done")
    EXPORT_DONE_SKIPPED = translate(
        "Message",
        "{count} findings written to {path}; {skipped} were left out because neither they nor "
        "their party have a position (the CSV and XLSX exports hold them)",
        "export.done_skipped",
    )
    EXPORT_DONE_AT_PARTY = translate(
        "Message",
        "{count} findings written to {path}; {at_party} of them have no position of their own "
        "and are placed at their party's",
        "export.done_at_party",
    )
    EXPORT_DONE_AT_PARTY_SKIPPED = translate(
        "Message",
        "{count} findings written to {path}; {at_party} of them have no position of their own "
        "and are placed at their party's; {skipped} were left out because neither they nor "
        "their party have a position (the CSV and XLSX exports hold them)",
        "export.done_at_party_skipped",
    )
    # What an export refuses (nothing is written, an existing file is left as it was).
    EXPORT_NO_FINDINGS = translate(
        "Message",
        "no findings match the filters, so {path} was not written; change or clear the filters",
        "export.no_findings",
    )
    EXPORT_NO_NOTICES = translate(
        "Message",
        "no notices match the filters, so {path} was not written",
        "export.no_notices",
    )
    EXPORT_NONE_PLACED = translate(
        "Message",
        "none of the {count} findings has a position, nor has its party, so {path} was not "
        "written; export them as CSV or XLSX",
        "export.none_placed",
    )
    EXPORT_SUFFIX_MISMATCH = translate(
        "Message",
        "{path} is named as a {named} file but the format asked for is {format}: name it "
        "{suggested}, or ask for {named}",
        "export.suffix_mismatch",
    )
    EXPORT_SUFFIX_MISSING = translate(
        "Message",
        "{path} does not end in {suffix}, so other programs would not open it as {format}: "
        "name it {suggested}",
        "export.suffix_missing",
    )
    EXPORT_FORMAT_UNKNOWN = translate(
        "Message",
        "the name {path} does not say a format this export writes: end it in {suffixes}",
        "export.format_unknown",
    )

    # -- the finding list's filters (storage/query_checks.py) ----------------------------------
    QUERY_UNKNOWN_BASIN = translate(
        "Message",
        "there is no basin {name} in the reference data; give a code or a name of one of: {valid}",
        "query.unknown_basin",
    )
    QUERY_UNKNOWN_CATEGORY = translate(
        "Message",
        "there is no finding category {code}; valid codes: {valid}",
        "query.unknown_category",
    )
    QUERY_UNKNOWN_SEVERITY = translate(
        "Message", "{value} is not a severity; use one of: {valid}", "query.unknown_severity"
    )
    QUERY_UNKNOWN_STATUS = translate(
        "Message", "{value} is not a finding status; use one of: {valid}", "query.unknown_status"
    )
    QUERY_UNKNOWN_STAGE = translate(
        "Message", "{value} is not a stage of a notice; use one of: {valid}", "query.unknown_stage"
    )
    QUERY_UNKNOWN_REGION = translate(
        "Message",
        "{code} is not a GB/T 2260 region code in the reference data, nor its first 2 or 4 "
        "digits (51 Sichuan, 50 Chongqing, 5109 Suining)",
        "query.unknown_region",
    )
    QUERY_DATES_REVERSED = translate(
        "Message",
        "the start date {date_from} is after the end date {date_to}; nothing could match",
        "query.dates_reversed",
    )
    QUERY_BAD_BOX = translate(
        "Message",
        "the map area {bbox} is not a box of WGS84 degrees: south must not exceed north (both "
        "within -90 to 90), west must not exceed east (both within -180 to 180)",
        "query.bad_box",
    )
    EXPORT_CANCELLED = translate(
        "Message", "the export was cancelled; {path} was not written", "export.cancelled"
    )


def entity_label(entity: str) -> StoreMsg | str:
    """Return the ``entity.*`` word naming a kind of record (``"site"`` → ``ENTITY_SITE``).

    A message parameter: each front door translates it (its English is the store name). An
    entity without a word is given as its store name.
    """
    return _ENTITY_LABELS.get(entity, entity)


_ENTITY_LABELS: dict[str, StoreMsg] = {
    kind.english: kind for kind in StoreMsg if kind.id.startswith("entity.")
}


def evidence_kind_word(kind: str) -> StoreMsg | str:
    """The ``evidence.kind_*`` word of a file kind (``"video"`` → ``EVIDENCE_KIND_VIDEO``).

    A message parameter, translated by each front door; an unknown kind is given as it is.
    """
    return {
        "video": StoreMsg.EVIDENCE_KIND_VIDEO,
        "audio": StoreMsg.EVIDENCE_KIND_AUDIO,
        "monitoring": StoreMsg.EVIDENCE_KIND_MONITORING,
        "scan": StoreMsg.EVIDENCE_KIND_SCAN,
        "other": StoreMsg.EVIDENCE_KIND_OTHER,
    }.get(kind, kind)
