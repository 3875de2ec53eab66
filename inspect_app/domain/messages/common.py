"""Keyed messages about the values records hold.

Photos, coordinates, times, field values, credit codes, region codes, hand signatures and
the reference data.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class Msg(MessageKind):
    """Every keyed message of the core: ``Msg.X.id``, ``Msg.X.english``; ``Msg.X(**params)``.

    Ids are ``family.what`` and never change once released (scripts read them from
    ``--json``); the English may be reworded (the ``.ts`` entry then needs translating again).
    """

    # -- photos: why a file was not imported (inspect_app/photos/) -----------------------------
    PHOTO_NOT_FOUND = translate(
        "Message", "{name} was not found: check that the file still exists.", "photo.not_found"
    )
    PHOTO_IS_FOLDER = translate(
        "Message", "{name} is a folder, not a photo file.", "photo.is_folder"
    )
    PHOTO_FILE_UNREADABLE = translate(
        "Message",
        "{name} cannot be read ({reason}): check the file and its permissions.",
        "photo.file_unreadable",
    )
    PHOTO_EMPTY = translate(
        "Message",
        "{name} is empty (0 bytes): copy the original photo from the camera again.",
        "photo.empty",
    )
    PHOTO_TOO_LARGE = translate(
        "Message",
        "{name} is too large to open safely ({pixels} pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_large",
    )
    PHOTO_TOO_MANY_PIXELS = translate(
        "Message",
        "{name} is too large to open safely (too many pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_many_pixels",
    )
    PHOTO_NOT_DECODABLE = translate(
        "Message", "{name} cannot be read as an image ({reason}).", "photo.not_decodable"
    )
    PHOTO_BROKEN_HEADER = translate(
        "Message", "{name} is not a readable image ({error}).", "photo.broken_header"
    )
    PHOTO_EMPTY_SIZE = translate(
        "Message",
        "{name} claims an empty image size ({width}×{height}).",
        "photo.empty_size",
    )
    PHOTO_AVIF = translate(
        "Message",
        "{name} is an AVIF image, which this installation cannot read: convert it to JPEG.",
        "photo.avif",
    )
    PHOTO_NOT_AN_IMAGE = translate(
        "Message",
        "{name} is not an image file that can be read (JPEG, PNG, TIFF, WebP …).",
        "photo.not_an_image",
    )
    PHOTO_HEIF_NO_DECODER = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: convert it to JPEG "
        "(on an iPhone choose Camera > Formats > Most Compatible) or install the pi-heif "
        "package.",
        "photo.heif_no_decoder",
    )
    PHOTO_HEIF_DAMAGED = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: the file is damaged "
        "or uses a HEIF feature that is not supported ({problem}); copy the original from the "
        "phone again, or convert it to JPEG.",
        "photo.heif_damaged",
    )
    PHOTO_FOLDER_CHOSEN = translate(
        "Message", "{name} is a folder; choose photo files.", "photo.folder_chosen"
    )
    PHOTO_NOT_REGULAR_FILE = translate(
        "Message",
        "{name} is not a regular file (a device, pipe or socket); choose photo files.",
        "photo.not_regular_file",
    )
    PHOTO_READ_FAILED = translate(
        "Message", "{name} could not be read ({error}).", "photo.read_failed"
    )
    PHOTO_STORE_FAILED = translate(
        "Message",
        "{name} could not be stored ({reason}): check free disk space and try again.",
        "photo.store_failed",
    )
    PHOTO_FOLDER_EMPTY = translate(
        "Message", "no photos found in folder {folder} ({endings}).", "photo.folder_empty"
    )
    PHOTO_FOLDER_UNREADABLE = translate(
        "Message", "folder {folder} cannot be read ({reason}).", "photo.folder_unreadable"
    )
    PHOTO_RECORD_CLOSED = translate(
        "Message",
        "this record is signed and closed: it takes no more photos",
        "photo.record_closed",
    )
    PHOTO_PATHS_MISSING = translate(
        "Message",
        "no such file or folder: {paths} (nothing was saved)",
        "photo.paths_missing",
    )
    PHOTO_NO_SUCH_PATH = translate("Message", "no such file or folder", "photo.no_such_path")

    # -- field names, given as the {field} / {axis} parameter of the messages below -----------
    # The English is the field's name in the store (what --json and logs show).
    LABEL_NAME = translate("Message", "name", "label.name")
    LABEL_CODE = translate("Message", "code", "label.code")
    LABEL_REGION = translate("Message", "region", "label.region")
    LABEL_ADDRESS = translate("Message", "address", "label.address")
    LABEL_RECONSIDERATION_BODY = translate(
        "Message", "reconsideration_body", "label.reconsideration_body"
    )
    LABEL_LITIGATION_COURT = translate("Message", "litigation_court", "label.litigation_court")
    LABEL_SEAL_PNG = translate("Message", "seal_png", "label.seal_png")
    LABEL_LEGAL_REPRESENTATIVE = translate(
        "Message", "legal_representative", "label.legal_representative"
    )
    LABEL_DESCRIPTION = translate("Message", "description", "label.description")
    LABEL_LATITUDE = translate("Message", "latitude", "label.latitude")
    LABEL_LONGITUDE = translate("Message", "longitude", "label.longitude")
    LABEL_OBSERVED_AT = translate("Message", "observed_at", "label.observed_at")
    LABEL_DATE = translate("Message", "date", "label.date")
    LABEL_DEADLINE = translate("Message", "deadline", "label.deadline")
    LABEL_STARTED_AT = translate("Message", "started_at", "label.started_at")
    LABEL_ENDED_AT = translate("Message", "ended_at", "label.ended_at")
    LABEL_SERVED_AT = translate("Message", "served_at", "label.served_at")
    LABEL_PLACE = translate("Message", "place", "label.place")
    LABEL_ORDER_TEXT = translate("Message", "order_text", "label.order_text")
    LABEL_NOTE = translate("Message", "note", "label.note")
    LABEL_CAPTION = translate("Message", "caption", "label.caption")
    LABEL_CATEGORY = translate("Message", "category", "label.category")
    LABEL_SEVERITY = translate("Message", "severity", "label.severity")
    LABEL_RECIPIENT = translate("Message", "recipient", "label.recipient")

    # -- field names of the command line's listings (inspect_app/cli/human.py): the key of
    # each result field, shown as this word; --json keeps the key.
    LABEL_ID = translate("Message", "id", "label.id")
    LABEL_NUMBERING_REPLICA = translate("Message", "numbering_replica", "label.numbering_replica")
    LABEL_SEAL = translate("Message", "seal", "label.seal")
    LABEL_AGENCY_ID = translate("Message", "agency_id", "label.agency_id")
    LABEL_CERTIFICATE_NO = translate("Message", "certificate_no", "label.certificate_no")
    LABEL_ROLE = translate("Message", "role", "label.role")
    LABEL_CURRENT = translate("Message", "current", "label.current")
    LABEL_OFFICERS = translate("Message", "officers", "label.officers")
    LABEL_AGENCIES = translate("Message", "agencies", "label.agencies")
    LABEL_CREDIT_CODE = translate("Message", "credit_code", "label.credit_code")
    LABEL_SITES = translate("Message", "sites", "label.sites")
    LABEL_BASIN = translate("Message", "basin", "label.basin")
    LABEL_AREA = translate("Message", "area", "label.area")
    LABEL_PURPOSE = translate("Message", "purpose", "label.purpose")
    LABEL_OFFICER_IDS = translate("Message", "officer_ids", "label.officer_ids")
    LABEL_PATROLS = translate("Message", "patrols", "label.patrols")
    LABEL_CODES = translate("Message", "codes", "label.codes")
    LABEL_BASINS = translate("Message", "basins", "label.basins")
    LABEL_NAME_ZH = translate("Message", "name_zh", "label.name_zh")
    LABEL_NAME_EN = translate("Message", "name_en", "label.name_en")
    LABEL_REGIONS = translate("Message", "regions", "label.regions")
    LABEL_VERIFIED = translate("Message", "verified", "label.verified")
    LABEL_CATEGORIES = translate("Message", "categories", "label.categories")
    LABEL_VIOLATED_PROVISION = translate(
        "Message", "violated_provision", "label.violated_provision"
    )
    LABEL_LEGAL_BASIS = translate("Message", "legal_basis", "label.legal_basis")
    LABEL_DEFAULT_ORDER_ZH = translate("Message", "default_order_zh", "label.default_order_zh")
    LABEL_SERVICES_WITHOUT_RECEIPT = translate(
        "Message", "services_without_receipt", "label.services_without_receipt"
    )
    LABEL_ATTACH_LAW_TEXTS = translate("Message", "attach_law_texts", "label.attach_law_texts")
    LABEL_ORDER_BASIS = translate("Message", "order_basis", "label.order_basis")
    LABEL_VIOLATED_PROVISIONS = translate(
        "Message", "violated_provisions", "label.violated_provisions"
    )
    LABEL_BASIS_CANDIDATES = translate("Message", "basis_candidates", "label.basis_candidates")
    LABEL_VIOLATED_CANDIDATES = translate(
        "Message", "violated_candidates", "label.violated_candidates"
    )
    LABEL_PATROL_ID = translate("Message", "patrol_id", "label.patrol_id")
    LABEL_STATUS = translate("Message", "status", "label.status")
    LABEL_SITE_ID = translate("Message", "site_id", "label.site_id")
    LABEL_PHOTO_IDS = translate("Message", "photo_ids", "label.photo_ids")
    LABEL_PHOTOS = translate("Message", "photos", "label.photos")
    LABEL_ERRORS = translate("Message", "errors", "label.errors")
    LABEL_FILE = translate("Message", "file", "label.file")
    LABEL_SHA256 = translate("Message", "sha256", "label.hash")
    LABEL_TAKEN_AT = translate("Message", "taken_at", "label.taken_at")
    LABEL_ALTITUDE = translate("Message", "altitude", "label.altitude")
    LABEL_ORIENTATION = translate("Message", "orientation", "label.orientation")
    LABEL_CAMERA = translate("Message", "camera", "label.camera")
    LABEL_GPS_STATUS = translate("Message", "gps_status", "label.gps_status")
    LABEL_DAMAGED = translate("Message", "damaged", "label.damaged")
    LABEL_DUPLICATE = translate("Message", "duplicate", "label.duplicate")
    LABEL_FORMAT = translate("Message", "format", "label.format")
    LABEL_SIZE_BYTES = translate("Message", "size_bytes", "label.size_bytes")
    LABEL_CAMERA_MAKE = translate("Message", "camera_make", "label.camera_make")
    LABEL_CAMERA_MODEL = translate("Message", "camera_model", "label.camera_model")
    LABEL_ORIGINAL_NAME = translate("Message", "original_name", "label.original_name")
    LABEL_HISTORY = translate("Message", "history", "label.history")
    LABEL_REASON = translate("Message", "reason", "label.reason")
    LABEL_PATH = translate("Message", "path", "label.path")
    LABEL_BYTES = translate("Message", "bytes", "label.bytes")
    # an export's summary (exports/jobs.py ExportSummary.as_json)
    LABEL_ROWS = translate("Message", "rows", "label.rows")
    LABEL_SKIPPED_NO_POSITION = translate(
        "Message", "skipped_no_position", "label.skipped_no_position"
    )
    LABEL_PLACED_AT_PARTY = translate("Message", "placed_at_party", "label.placed_at_party")
    LABEL_SUMMARY = translate("Message", "summary", "label.summary")
    LABEL_OPS = translate("Message", "ops", "label.ops")
    LABEL_BUNDLE_ID = translate("Message", "bundle_id", "label.bundle_id")
    LABEL_SEALED_FOR = translate("Message", "sealed_for", "label.sealed_for")
    LABEL_SET_ASIDE = translate("Message", "set_aside", "label.set_aside")
    LABEL_OK = translate("Message", "ok", "label.ok")
    LABEL_INTEGRITY = translate("Message", "integrity", "label.integrity")
    LABEL_TABLES_MATCH_LOG = translate("Message", "tables_match_log", "label.tables_match_log")
    LABEL_CHAIN_BREAKS = translate("Message", "chain_breaks", "label.chain_breaks")
    LABEL_PHOTO_PROBLEMS = translate("Message", "photo_problems", "label.photo_problems")
    LABEL_WRITE_BLOCKED = translate("Message", "write_blocked", "label.write_blocked")
    LABEL_PERMISSIONS_TIGHTENED = translate(
        "Message", "permissions_tightened", "label.permissions_tightened"
    )
    LABEL_PERMISSIONS_EXAMPLES = translate(
        "Message", "permissions_examples", "label.permissions_examples"
    )
    LABEL_TEMP_FILES = translate("Message", "temp_files", "label.temp_files")
    LABEL_TEMP_FILES_REMOVED = translate(
        "Message", "temp_files_removed", "label.temp_files_removed"
    )
    LABEL_HYGIENE_PROBLEMS = translate("Message", "hygiene_problems", "label.hygiene_problems")
    LABEL_DATA_DIR = translate("Message", "data_dir", "label.data_dir")
    LABEL_REPLICA_ID = translate("Message", "replica_id", "label.replica_id")
    LABEL_DIGEST = translate("Message", "digest", "label.digest")
    LABEL_PUBLIC_KEY = translate("Message", "public_key", "label.public_key")
    LABEL_LAPTOP_CODE = translate("Message", "laptop_code", "label.laptop_code")
    LABEL_SOURCE = translate("Message", "source", "label.source")
    LABEL_REQUEST_TEXT = translate("Message", "request_text", "label.request_text")
    LABEL_OFFICER_NAME = translate("Message", "officer_name", "label.officer_name")
    LABEL_MARKS = translate("Message", "marks", "label.marks")
    LABEL_ANNOTATION = translate("Message", "annotation", "label.annotation")
    LABEL_EVIDENCE_STAMP = translate("Message", "evidence_stamp", "label.evidence_stamp")
    LABEL_HUB_CODE = translate("Message", "hub_code", "label.hub_code")
    LABEL_HUB_ID = translate("Message", "hub_id", "label.hub_id")
    LABEL_SLOT = translate("Message", "slot", "label.slot")
    # helper S8 (issue 15): hub refusals, conflict list, team pairing, db check of a cache
    LABEL_PHOTOS_ELSEWHERE = translate("Message", "photos_elsewhere", "label.photos_elsewhere")
    LABEL_PEER = translate("Message", "peer", "label.peer")
    LABEL_COUNT = translate("Message", "count", "label.count")
    LABEL_DETAIL = translate("Message", "detail", "label.detail")
    LABEL_CANDIDATES = translate("Message", "candidates", "label.candidates")
    LABEL_VALUE = translate("Message", "value", "label.value")
    LABEL_PROVISIONAL = translate("Message", "provisional", "label.provisional")
    LABEL_RESOLVED_BY = translate("Message", "resolved_by", "label.resolved_by")
    LABEL_COVERS = translate("Message", "covers", "label.covers")
    LABEL_PAIRING_CODE = translate("Message", "pairing_code", "label.pairing_code")
    LABEL_CHANGED_FIELD = translate("Message", "changed_field", "label.changed_field")
    LABEL_EXPIRES_IN = translate("Message", "expires_in", "label.expires_in")
    LABEL_STATE = translate("Message", "state", "label.state")
    LABEL_REPLICAS = translate("Message", "replicas", "label.replicas")
    LABEL_CONFLICTS = translate("Message", "conflicts", "label.conflicts")
    LABEL_NOTICES = translate("Message", "notices", "label.notices")
    LABEL_WARNINGS = translate("Message", "warnings", "label.warnings")
    LABEL_FINDINGS = translate("Message", "findings", "label.findings")
    LABEL_NUMBER = translate("Message", "number", "label.number")
    LABEL_V = translate("Message", "v", "label.v")
    LABEL_SEQ = translate("Message", "seq", "label.seq")
    LABEL_PREV = translate("Message", "prev", "label.prev")
    LABEL_HLC = translate("Message", "hlc", "label.hlc")
    LABEL_WALL = translate("Message", "wall", "label.wall")
    LABEL_KIND = translate("Message", "kind", "label.kind")
    LABEL_ENTITY = translate("Message", "entity", "label.entity")
    LABEL_DATA = translate("Message", "data", "label.data")
    LABEL_DEPS = translate("Message", "deps", "label.deps")
    LABEL_OP_ID = translate("Message", "op_id", "label.op_id")
    LABEL_HELD = translate("Message", "held", "label.held")
    LABEL_QUARANTINED = translate("Message", "quarantined", "label.quarantined")
    LABEL_FORKS = translate("Message", "forks", "label.forks")
    LABEL_WAITING_GAPS = translate("Message", "waiting_gaps", "label.waiting_gaps")
    LABEL_OUTSIDE_GAPS = translate("Message", "outside_gaps", "label.outside_gaps")
    LABEL_NOT_HERE = translate("Message", "not_here", "label.not_here")
    LABEL_SCOPE = translate("Message", "scope", "label.scope")
    LABEL_SCOPE_NOTES = translate("Message", "scope_notes", "label.scope_notes")
    LABEL_PROTECTION = translate("Message", "protection", "label.protection")
    LABEL_PROTECTION_WARNINGS = translate(
        "Message", "protection_warnings", "label.protection_warnings"
    )
    LABEL_RECOVERY_KEY = translate("Message", "recovery_key", "label.recovery_key")
    LABEL_ADVICE = translate("Message", "advice", "label.advice")
    LABEL_RECOVERED = translate("Message", "recovered", "label.recovered")
    LABEL_PASSPHRASE_CHANGED = translate(
        "Message", "passphrase_changed", "label.passphrase_changed"
    )
    LABEL_STORE_ENCRYPTED_NOW = translate(
        "Message", "store_encrypted_now", "label.store_encrypted_now"
    )
    LABEL_RESUMED_FROM = translate("Message", "resumed_from", "label.resumed_from")
    LABEL_SIDE_FILES_ENCRYPTED = translate(
        "Message", "side_files_encrypted", "label.side_files_encrypted"
    )
    LABEL_FILES_SEALED = translate("Message", "files_sealed", "label.files_sealed")
    LABEL_FILES_ALREADY_SEALED = translate(
        "Message", "files_already_sealed", "label.files_already_sealed"
    )
    LABEL_REMOVED = translate("Message", "removed", "label.removed")
    LABEL_LEFT_CLEAR = translate("Message", "left_clear", "label.left_clear")
    LABEL_PUSH = translate("Message", "push", "label.push")
    LABEL_PULL = translate("Message", "pull", "label.pull")
    LABEL_PAGES = translate("Message", "pages", "label.pages")
    LABEL_CURSOR_RESET = translate("Message", "cursor_reset", "label.cursor_reset")
    LABEL_CURSOR = translate("Message", "cursor", "label.cursor")
    LABEL_SCOPED = translate("Message", "scoped", "label.scoped")
    LABEL_SCOPE_KEYS = translate("Message", "scope_keys", "label.scope_keys")
    LABEL_RECORD = translate("Message", "record", "label.record")
    LABEL_PINNED = translate("Message", "pinned", "label.pinned")
    LABEL_LABEL = translate("Message", "label", "label.label")
    LABEL_THIS = translate("Message", "this", "label.this")
    LABEL_SUPERSEDES = translate("Message", "supersedes", "label.supersedes")
    LABEL_SUPERSEDED_BY = translate("Message", "superseded_by", "label.superseded_by")
    LABEL_CHAIN = translate("Message", "chain", "label.chain")
    LABEL_RELEASED = translate("Message", "released", "label.released")
    LABEL_PREVIOUS_ID = translate("Message", "previous_id", "label.previous_id")
    LABEL_REWRITTEN = translate("Message", "rewritten", "label.rewritten")
    LABEL_NOT_REWRITTEN = translate("Message", "not_rewritten", "label.not_rewritten")
    LABEL_NEXT_STEP = translate("Message", "next_step", "label.next_step")
    LABEL_WITHDRAWN = translate("Message", "withdrawn", "label.withdrawn")
    LABEL_STOPPED = translate("Message", "stopped", "label.stopped")
    LABEL_FINGERPRINT = translate("Message", "fingerprint", "label.fingerprint")
    LABEL_NOTICE_ID = translate("Message", "notice_id", "label.notice_id")
    LABEL_NOT_AFTER = translate("Message", "not_after", "label.not_after")
    LABEL_METHOD = translate("Message", "method", "label.method")
    LABEL_OUTCOME = translate("Message", "outcome", "label.outcome")
    LABEL_SIGNED_AT = translate("Message", "signed_at", "label.signed_at")
    LABEL_SIGNED_BY = translate("Message", "signed_by", "label.signed_by")
    LABEL_SIGNED = translate("Message", "signed", "label.signed")
    LABEL_SIGNATURES = translate("Message", "signatures", "label.signatures")
    LABEL_WITNESS = translate("Message", "witness", "label.witness")
    LABEL_PARTY = translate("Message", "party", "label.party")
    LABEL_SUBJECT = translate("Message", "subject", "label.subject")
    LABEL_CERTIFICATES = translate("Message", "certificates", "label.certificates")
    LABEL_TEAM_CAS = translate("Message", "team_cas", "label.team_cas")
    LABEL_GAPS = translate("Message", "gaps", "label.gaps")
    LABEL_RECORDS = translate("Message", "records", "label.records")
    LABEL_RECORD_ID = translate("Message", "record_id", "label.record_id")
    LABEL_DOCUMENTS = translate("Message", "documents", "label.documents")
    LABEL_SERVICES = translate("Message", "services", "label.services")
    LABEL_REINSPECTIONS = translate("Message", "reinspections", "label.reinspections")
    LABEL_NOTICE_STATUS = translate("Message", "notice_status", "label.notice_status")
    LABEL_NOTICE_NUMBER = translate("Message", "notice_number", "label.notice_number")
    LABEL_SUPERSEDES_NUMBER = translate("Message", "supersedes_number", "label.supersedes_number")
    LABEL_SUPERSEDED_BY_NUMBER = translate(
        "Message", "superseded_by_number", "label.superseded_by_number"
    )
    LABEL_DAYS_LEFT = translate("Message", "days_left", "label.days_left")
    LABEL_OVERDUE = translate("Message", "overdue", "label.overdue")
    LABEL_HANDED_OVER_TO = translate("Message", "handed_over_to", "label.handed_over_to")
    LABEL_STATUS_REASON = translate("Message", "status_reason", "label.status_reason")
    LABEL_RECEIPT_PATH = translate("Message", "receipt_path", "label.receipt_path")
    LABEL_OFFICER_ID = translate("Message", "officer_id", "label.officer_id")
    LABEL_CONTACT = translate("Message", "contact", "label.contact")
    LABEL_ON_SITE_PERSON = translate("Message", "on_site_person", "label.on_site_person")
    LABEL_ON_SITE_CONTACT = translate("Message", "on_site_contact", "label.on_site_contact")
    LABEL_NARRATIVE = translate("Message", "narrative", "label.narrative")
    LABEL_PARTY_STATEMENT = translate("Message", "party_statement", "label.party_statement")
    LABEL_RECUSAL_ASKED = translate("Message", "recusal_asked", "label.recusal_asked")
    LABEL_RECUSAL_REQUESTED = translate("Message", "recusal_requested", "label.recusal_requested")
    LABEL_REFUSALS = translate("Message", "refusals", "label.refusals")
    LABEL_FIRST_SEEN = translate("Message", "first_seen", "label.first_seen")
    LABEL_LAST_SEEN = translate("Message", "last_seen", "label.last_seen")
    LABEL_OPS_APPLIED = translate("Message", "ops_applied", "label.ops_applied")
    LABEL_AGE_SECONDS = translate("Message", "age_seconds", "label.age_seconds")
    LABEL_PROBLEM = translate("Message", "problem", "label.problem")
    LABEL_CERTIFICATES_SHOWN = translate(
        "Message", "certificates_shown", "label.certificates_shown"
    )
    LABEL_REFUSED = translate("Message", "refused", "label.refused")
    LABEL_SIGNATURE_ID = translate("Message", "signature_id", "label.signature_id")
    LABEL_KEY = translate("Message", "key", "label.key")
    LABEL_OUT = translate("Message", "out", "label.out")
    LABEL_NUMBER_YEAR = translate("Message", "number_year", "label.number_year")
    LABEL_NUMBER_SEQ = translate("Message", "number_seq", "label.number_seq")
    LABEL_ISSUED_AT = translate("Message", "issued_at", "label.issued_at")
    LABEL_ISSUED_BY = translate("Message", "issued_by", "label.issued_by")
    LABEL_DOCUMENT_ID = translate("Message", "document_id", "label.document_id")
    LABEL_CONTENT_SHA256 = translate("Message", "content_sha256", "label.content_hash")
    LABEL_CLOSED_AT = translate("Message", "closed_at", "label.closed_at")
    LABEL_CREATED_AT = translate("Message", "created_at", "label.created_at")
    LABEL_FINDING_IDS = translate("Message", "finding_ids", "label.finding_ids")
    LABEL_MESSAGE = translate("Message", "message", "label.message")
    LABEL_FINDING_ID = translate("Message", "finding_id", "label.finding_id")
    LABEL_AGENCY_NAME = translate("Message", "agency_name", "label.agency_name")
    LABEL_PARTY_NAME = translate("Message", "party_name", "label.party_name")
    LABEL_PHOTO_ID = translate("Message", "photo_id", "label.photo_id")
    LABEL_WHERE = translate("Message", "where", "label.where")
    LABEL_SINCE = translate("Message", "since", "label.since")
    LABEL_PHOTOS_SENT = translate("Message", "photos_sent", "label.photos_sent")
    LABEL_PHOTOS_RESUMED = translate("Message", "photos_resumed", "label.photos_resumed")
    LABEL_PHOTOS_FAILED = translate("Message", "photos_failed", "label.photos_failed")
    LABEL_PHOTOS_EXPECTED = translate("Message", "photos_expected", "label.photos_expected")
    LABEL_OWN_OPS_MISSING = translate("Message", "own_ops_missing", "label.own_ops_missing")
    LABEL_OPS_SENT = translate("Message", "ops_sent", "label.ops_sent")
    LABEL_IDENTITY_PROBLEM = translate("Message", "identity_problem", "label.identity_problem")
    LABEL_HUB_REPLICA = translate("Message", "hub_replica", "label.hub_replica")
    LABEL_FLAGGED = translate("Message", "flagged", "label.flagged")
    LABEL_ENTITY_ID = translate("Message", "entity_id", "label.entity_id")
    LABEL_CONFLICTS_OPENED = translate("Message", "conflicts_opened", "label.conflicts_opened")
    LABEL_ACCEPTED = translate("Message", "accepted", "label.accepted")
    LABEL_VALID = translate("Message", "valid", "label.valid")
    LABEL_UNSIGNED_FIELDS = translate("Message", "unsigned_fields", "label.unsigned_fields")
    LABEL_TRUSTED = translate("Message", "trusted", "label.trusted")
    LABEL_SIGNING_TIME = translate("Message", "signing_time", "label.signing_time")
    LABEL_SIGNER = translate("Message", "signer", "label.signer")
    LABEL_RECORDED = translate("Message", "recorded", "label.recorded")
    LABEL_PROBLEMS = translate("Message", "problems", "label.problems")
    LABEL_MODIFICATION = translate("Message", "modification", "label.modification")
    LABEL_INTACT = translate("Message", "intact", "label.intact")
    LABEL_DOCMDP_OK = translate("Message", "docmdp_ok", "label.docmdp_ok")
    LABEL_COVERAGE = translate("Message", "coverage", "label.coverage")
    LABEL_CHANGED_AFTER_SIGNING = translate(
        "Message", "changed_after_signing", "label.changed_after_signing"
    )
    LABEL_FIELD = translate("Message", "field", "label.field")
    LABEL_CHANGES = translate("Message", "changes", "label.changes")
    LABEL_HUB = translate("Message", "hub", "label.hub")
    LABEL_RECEIVED = translate("Message", "received", "label.received")
    LABEL_APPLIED = translate("Message", "applied", "label.applied")
    LABEL_PHOTOS_RECEIVED = translate("Message", "photos_received", "label.photos_received")
    LABEL_REASON_CODE = translate("Message", "reason_code", "label.reason_code")
    LABEL_REFERENCE_CODE = translate("Message", "reference_code", "label.reference_code")
    LABEL_CERTIFICATE_CHAIN = translate("Message", "certificate_chain", "label.certificate_chain")
    LABEL_WARNING_KIND = translate("Message", "warning_kind", "label.warning_kind")
    LABEL_DOUBT_ACCEPTED = translate("Message", "doubt_accepted", "label.doubt_accepted")
    LABEL_AT = translate("Message", "at", "label.at")
    LABEL_TOTAL = translate("Message", "total", "label.total")
    LABEL_ITEM_NO = translate("Message", "item_no", "label.item_no")
    LABEL_EVIDENCE_TYPE = translate("Message", "evidence_type", "label.evidence_type")
    LABEL_EVIDENCE_KIND = translate("Message", "evidence_kind", "label.evidence_kind")
    LABEL_ITEM_KEY = translate("Message", "item_key", "label.item_key")
    LABEL_CONTENT = translate("Message", "content", "label.content")
    LABEL_PROVES = translate("Message", "proves", "label.proves")
    LABEL_EXPLANATION = translate("Message", "explanation", "label.explanation")
    LABEL_EVIDENCE_ITEMS = translate("Message", "evidence_items", "label.evidence_items")
    LABEL_DOUBTS = translate("Message", "doubts", "label.doubts")
    LABEL_ANSWER = translate("Message", "answer", "label.answer")
    LABEL_CASE_FILE = translate("Message", "case_file", "label.case_file")
    # -- issue 13's command results (cli/records.py, serving.py, laws.py, revocation.py) -----
    LABEL_RECORDER_ID = translate("Message", "recorder_id", "label.recorder_id")
    LABEL_TURNS = translate("Message", "turns", "label.turns")
    LABEL_Q = translate("Message", "q", "label.q")
    LABEL_A = translate("Message", "a", "label.a")
    LABEL_PARTY_CONFIRMATION = translate(
        "Message", "party_confirmation", "label.party_confirmation"
    )
    LABEL_REFUSAL_REASON = translate("Message", "refusal_reason", "label.refusal_reason")
    LABEL_WITNESS_UNIT = translate("Message", "witness_unit", "label.witness_unit")
    LABEL_WITNESS_SIGNED = translate("Message", "witness_signed", "label.witness_signed")
    LABEL_WITNESS_STROKES = translate("Message", "witness_strokes", "label.witness_strokes")
    LABEL_VIOLATED_TEXT = translate("Message", "violated_text", "label.violated_text")
    LABEL_ORDER_BASIS_TEXT = translate("Message", "order_basis_text", "label.order_basis_text")
    LABEL_OFFICER_NOTES = translate("Message", "officer_notes", "label.officer_notes")
    LABEL_VIOLATED = translate("Message", "violated", "label.violated")
    LABEL_BASIS = translate("Message", "basis", "label.basis")
    LABEL_RECIPIENT_RELATION = translate(
        "Message", "recipient_relation", "label.recipient_relation"
    )
    LABEL_RECEIPT_SHA256 = translate("Message", "receipt_sha256", "label.receipt_hash")
    LABEL_LEVEL = translate("Message", "level", "label.level")
    LABEL_VALIDATED_AT = translate("Message", "validated_at", "label.validated_at")
    LABEL_DOC_TIMESTAMPS = translate("Message", "doc_timestamps", "label.doc_timestamps")
    LABEL_KNOWN = translate("Message", "known", "label.known")
    LABEL_LTA_COPY = translate("Message", "lta_copy", "label.lta_copy")
    LABEL_UPGRADE_OF = translate("Message", "upgrade_of", "label.upgrade_of")
    LABEL_SUBJECT_ID = translate("Message", "subject_id", "label.subject_id")
    LABEL_SIGNER_FINGERPRINT = translate(
        "Message", "signer_fingerprint", "label.signer_fingerprint"
    )
    LABEL_TIME_SOURCE = translate("Message", "time_source", "label.time_source")
    LABEL_REVOCATION = translate("Message", "revocation", "label.revocation")
    LABEL_THIS_UPDATE = translate("Message", "this_update", "label.this_update")
    LABEL_NEXT_UPDATE = translate("Message", "next_update", "label.next_update")
    LABEL_REFUSED_TO_SIGN = translate("Message", "refused_to_sign", "label.refused_to_sign")
    LABEL_CRL_NUMBER = translate("Message", "crl_number", "label.crl_number")
    LABEL_CRL_DATE = translate("Message", "crl_date", "label.crl_date")
    LABEL_LAWS = translate("Message", "laws", "label.laws")
    LABEL_ALIASES = translate("Message", "aliases", "label.aliases")
    LABEL_VERSION = translate("Message", "version", "label.version")
    LABEL_ARTICLES = translate("Message", "articles", "label.articles")
    LABEL_ARTICLE = translate("Message", "article", "label.article")
    LABEL_TEXT = translate("Message", "text", "label.text")
    LABEL_CITATION = translate("Message", "citation", "label.citation")
    LABEL_REVOKED_AT = translate("Message", "revoked_at", "label.revoked_at")
    LABEL_REVOKED = translate("Message", "revoked", "label.revoked")
    LABEL_REVOCATION_REASON = translate("Message", "revocation_reason", "label.revocation_reason")
    LABEL_E_SIGNED_BY = translate("Message", "e_signed_by", "label.e_signed_by")
    LABEL_ELECTRONIC_ADDRESS = translate(
        "Message", "electronic_address", "label.electronic_address"
    )
    LABEL_ENTRUSTED_TO = translate("Message", "entrusted_to", "label.entrusted_to")
    LABEL_TRACKING_NO = translate("Message", "tracking_no", "label.tracking_no")
    LABEL_PUBLISHED_AT = translate("Message", "published_at", "label.published_at")
    LABEL_WAITING_DAYS = translate("Message", "waiting_days", "label.waiting_days")
    LABEL_FILE_ID = translate("Message", "file_id", "label.file_id")
    LABEL_MEDIA_TYPE = translate("Message", "media_type", "label.media_type")
    LABEL_RECORDED_AT = translate("Message", "recorded_at", "label.recorded_at")

    # -- coordinates (inspect_app/domain/coordinates.py, entities.py) ---------------------------
    COORDINATE_FLOAT = translate(
        "Message", "{axis} must be given as decimal text, not a float", "coordinate.float"
    )
    COORDINATE_NOT_DECIMAL = translate(
        "Message",
        "{axis} {value} is not decimal degrees (write e.g. 30.5728 or -3.7247)",
        "coordinate.not_decimal",
    )
    COORDINATE_NOT_A_NUMBER = translate(
        "Message", "{axis} {value} is not a number of degrees", "coordinate.not_a_number"
    )
    COORDINATE_OUT_OF_RANGE = translate(
        "Message", "{axis} {value} is outside −{limit}…{limit} degrees", "coordinate.out_of_range"
    )
    COORDINATE_HALF_POSITION = translate(
        "Message",
        "give both latitude and longitude (WGS84), or neither",
        "coordinate.half_position",
    )

    # -- dates and times (inspect_app/domain/entities.py); the years are _FIRST_YEAR, _LAST_YEAR
    TIME_NOT_A_DATE = translate(
        "Message", "{field} must be a date YYYY-MM-DD (got {value})", "time.not_a_date"
    )
    TIME_NOT_A_TIME = translate(
        "Message",
        "{field} must be a time like 2026-05-01T10:30:00+08:00 (got {value})",
        "time.not_a_time",
    )
    TIME_IMPLAUSIBLE_YEAR = translate(
        "Message", "{field} {value} is not a plausible date (1990–2100)", "time.implausible_year"
    )

    # -- field values of the entity registry (inspect_app/domain/entities.py) -----------------
    FIELD_REQUIRED = translate("Message", "{field} is required", "field.required")
    FIELD_NOT_TEXT = translate("Message", "{field} must be text", "field.not_text")
    FIELD_UNSAFE_CHARACTERS = translate(
        "Message",
        "{field} contains control or text-direction characters",
        "field.unsafe_characters",
    )
    FIELD_EMPTY = translate("Message", "{field} must not be empty", "field.empty")
    FIELD_TOO_LONG = translate(
        "Message", "{field} is longer than {max_len} characters", "field.too_long"
    )
    FIELD_NOT_ONE_OF = translate(
        "Message", "{field} must be one of: {allowed} (got {value})", "field.not_one_of"
    )
    FIELD_NOT_A_REFERENCE = translate(
        "Message",
        "{field} must be the id of a record of the kind {entity} (got {value})",
        "field.not_a_reference",
    )
    FIELD_NOT_A_REGION = translate(
        "Message",
        "{field} must be a 6-digit GB/T 2260 region code such as 510900 (got {value})",
        "field.not_a_region",
    )
    FIELD_NOT_SCOPE = translate(
        "Message",
        "{field} must be a list of at most {limit} scope keys of at most {max_len} characters, "
        "each written {forms} (got {value})",
        "field.not_scope",
    )
    FIELD_NOT_WHOLE_NUMBER = translate(
        "Message", "{field} must be a whole number", "field.not_whole_number"
    )
    FIELD_NOT_BOOLEAN = translate("Message", "{field} must be true or false", "field.not_boolean")
    FIELD_NOT_A_HASH = translate(
        "Message",
        "{field} must be a SHA-256: 64 lower-case hex characters",
        "field.not_a_hash",
    )
    FIELD_NOT_REPLICA_ID = translate(
        "Message", "{field} must be a replica id: 32 hex characters", "field.not_replica_id"
    )
    FIELD_OUT_OF_RANGE = translate(
        "Message", "{field} must be between 1 and 1000000", "field.out_of_range"
    )
    FIELD_NOT_BASE_TEXT = translate(
        "Message", "{field} is not base64 text of the allowed size", "field.not_base_text"
    )
    RECORD_TURNS_INVALID = translate(
        "Message",
        "the questions and answers are not in the form this app writes (at most {max_turns} "
        "turns, each question not empty, each text at most {max_len} characters)",
        "record.turns_invalid",
    )
    CITATION_INVALID = translate(
        "Message",
        "the legal citations are not in the form this app writes (at most {max_count}, each a "
        "law with an article, paragraph and item numbered from 1, none twice)",
        "citation.invalid",
    )
    ANNOTATION_NOT_JSON = translate(
        "Message",
        "the photo's annotation is not in the form this app writes",
        "photo.annotation_not_json",
    )
    ANNOTATION_TOO_MANY = translate(
        "Message",
        "a photo's annotation holds at most {limit} marks",
        "photo.annotation_too_many",
    )
    ANNOTATION_BAD_SHAPE = translate(
        "Message",
        "mark {number} of the photo's annotation is not an arrow, ellipse, rectangle or short "
        "text inside the photo",
        "photo.annotation_bad_shape",
    )
    FIELD_NOT_CERTIFICATE = translate(
        "Message",
        "{field} must be one X.509 certificate in PEM form",
        "field.not_certificate",
    )
    FIELD_NOT_PNG = translate("Message", "{field} must be a PNG image (base64)", "field.not_png")
    FIELD_PNG_TOO_LARGE = translate(
        "Message", "{field} is too large: use a PNG under 150 KB", "field.png_too_large"
    )
    FIELD_NOT_PUBLIC_KEY = translate(
        "Message",
        "{field} must be an Ed25519 public key: 64 hex characters",
        "field.not_public_key",
    )
    FIELD_BAD_ID = translate("Message", "{value} is not a valid {entity} id", "field.bad_id")
    FIELD_UNKNOWN = translate("Message", "{entity} has no field {fields}", "field.unknown")
    FIELD_REQUIRED_ON_CREATE = translate(
        "Message", "{entity} {field} is required", "field.required_on_create"
    )
    FIELD_NOT_CLEARABLE = translate(
        "Message", "{entity} {field} must not be cleared", "field.not_clearable"
    )
    FIELD_UNKNOWN_ENTITY = translate("Message", "unknown entity {entity}", "field.unknown_entity")

    # -- unified social credit codes, GB 32100-2015 (inspect_app/domain/credit_code.py) --------
    CREDIT_CODE_NOT_TEXT = translate(
        "Message", "a credit code must be text.", "credit_code.not_text"
    )
    CREDIT_CODE_EMPTY = translate(
        "Message", "the credit code is empty; it has 18 characters.", "credit_code.empty"
    )
    CREDIT_CODE_WRONG_LENGTH = translate(
        "Message",
        "a credit code has 18 characters, this one has {length}: {code}.",
        "credit_code.wrong_length",
    )
    CREDIT_CODE_PREFIX_LENGTH = translate(
        "Message",
        "the first part of a credit code must be 17 characters, got {length}.",
        "credit_code.prefix_length",
    )
    CREDIT_CODE_BAD_CHARACTER = translate(
        "Message",
        "character '{char}' at position {position} is not allowed; valid characters are "
        "{alphabet}.",
        "credit_code.bad_character",
    )
    CREDIT_CODE_UNUSED_LETTER = translate(
        "Message",
        "character '{char}' at position {position} is not allowed: credit codes do not use the "
        "letters I, O, Z, S and V.",
        "credit_code.unused_letter",
    )
    CREDIT_CODE_CHECK_CHARACTER = translate(
        "Message",
        "{code}: check character should be {expected}, not {actual}; please re-check the code.",
        "credit_code.check_character",
    )

    # -- GB/T 2260 region codes (inspect_app/domain/reference.py) -----------------------------
    REGION_NOT_TEXT = translate("Message", "a region code must be text.", "region.not_text")
    REGION_MALFORMED = translate(
        "Message",
        "region code {code} is not six digits per GB/T 2260 (e.g. 510903).",
        "region.malformed",
    )
    REGION_UNKNOWN = translate(
        "Message",
        "region code {code} is not in the reference list {file}.",
        "region.unknown",
    )

    # -- hand-drawn signatures (inspect_app/domain/signature.py) ------------------------------
    LABEL_SIGNATURE_WIDTH = translate("Message", "width", "label.width")
    LABEL_SIGNATURE_HEIGHT = translate("Message", "height", "label.height")
    LABEL_SIGNATURE_POINTS = translate("Message", "points", "label.points")
    SIGNATURE_EMPTY = translate("Message", "the signature is empty", "signature.empty")
    SIGNATURE_NOT_WHOLE_NUMBERS = translate(
        "Message", "signature {part} must be whole numbers", "signature.not_whole_numbers"
    )
    SIGNATURE_NOT_TEXT = translate(
        "Message", "signature must be text (JSON strokes)", "signature.not_text"
    )
    SIGNATURE_TOO_LARGE = translate(
        "Message", "signature is too large: draw it again more simply", "signature.too_large"
    )
    SIGNATURE_NOT_STROKE_DATA = translate(
        "Message", "signature is not valid stroke data", "signature.not_stroke_data"
    )
    SIGNATURE_WRONG_KEYS = translate(
        "Message", "signature must have exactly w, h and strokes", "signature.wrong_keys"
    )
    SIGNATURE_GRID_OUT_OF_RANGE = translate(
        "Message", "signature grid size is out of range", "signature.grid_out_of_range"
    )
    SIGNATURE_TOO_MANY_STROKES = translate(
        "Message", "signature must have at most {limit} strokes", "signature.too_many_strokes"
    )
    SIGNATURE_BAD_STROKE = translate(
        "Message", "each signature stroke must be a list of x, y pairs", "signature.bad_stroke"
    )
    SIGNATURE_POINT_OUTSIDE = translate(
        "Message", "signature point lies outside its grid", "signature.point_outside"
    )
    SIGNATURE_TOO_MANY_POINTS = translate(
        "Message", "signature has more than {limit} points", "signature.too_many_points"
    )
    SIGNATURE_NO_STROKE = translate(
        "Message",
        "the signature is empty: sign with at least one stroke",
        "signature.no_stroke",
    )
    FIELD_PROBLEM = translate("Message", "{field}: {problem}", "field.problem")
    FILE_PROBLEM = translate("Message", "{path}: {problem}", "file.problem")

    # -- the reference data: categories, basins, the files (inspect_app/domain/reference.py) --
    CATEGORY_UNKNOWN = translate(
        "Message", "unknown finding category {code}; valid codes: {valid}.", "category.unknown"
    )
    BASIN_UNKNOWN = translate("Message", "unknown basin {name}; valid: {valid}.", "basin.unknown")
    REFERENCE_UNREADABLE = translate(
        "Message",
        "reference data file {path} cannot be read ({reason}); reinstall the app.",
        "reference.unreadable",
    )
    REFERENCE_NOT_JSON = translate(
        "Message",
        "reference data file {path} is malformed: line {line}: {problem}.",
        "reference.not_json",
    )
    REFERENCE_NOT_OBJECT = translate(
        "Message",
        "reference data file {path} is malformed: it must hold a JSON object.",
        "reference.not_object",
    )
    REFERENCE_MISSING_FIELD = translate(
        "Message",
        "{file}: an entry lacks the required field {field}.",
        "reference.missing_field",
    )
    REFERENCE_DUPLICATE_CODE = translate(
        "Message", "{file}: code {code} appears twice.", "reference.duplicate_code"
    )
    REFERENCE_NOT_A_MAP = translate(
        "Message", "{file}: {key} must be an object of code → name.", "reference.not_a_map"
    )
    REFERENCE_BASIN_UNKNOWN_REGIONS = translate(
        "Message",
        "{file}: basin {code} names region codes missing from {regions_file}: {codes}.",
        "reference.basin_unknown_regions",
    )
