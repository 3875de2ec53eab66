"""Keyed messages about sync: bundles, the hub, the judge's verdicts, conflicts and progress.

Commands a person types (``inspect-app hub serve``), option names, HTTP header names, file
names inside a bundle and address forms are parameters, never words of a template, so the
Chinese templates hold no English. Kinds of record and notice statuses are words of the
catalog given as parameters (``store.entity_label``, ``notice.status_word``): their English is
the store's name, which ``--json`` shows.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import Message, MessageKind, translate


class SyncMsg(MessageKind):
    """Every keyed message of sync: ``SyncMsg.X.id``, ``SyncMsg.X.english``; ``SyncMsg.X(**p)``."""

    # -- the judge: why an op is refused or held (inspect_app/storage/judge.py) -------------------
    JUDGE_NEWER_FORMAT = translate(
        "Message",
        "op format {version} is newer than this app understands ({supported}): kept, and "
        "applied once this laptop's app is updated",
        "judge.newer_format",
    )
    JUDGE_UNKNOWN_KIND = translate(
        "Message",
        "op kind {kind} is unknown to this app version: kept, and applied once this laptop's "
        "app is updated",
        "judge.unknown_kind",
    )
    JUDGE_UNKNOWN_ENTITY = translate(
        "Message",
        "unknown entity {entity}: written by a newer app version; kept, and applied once this "
        "laptop's app is updated",
        "judge.unknown_entity",
    )
    JUDGE_NO_OFFICER = translate(
        "Message",
        "no officer is acting: choose who you are ({option}, or '{command}')",
        "judge.no_officer",
    )
    JUDGE_UNKNOWN_FIELD = translate(
        "Message",
        "{entity} has no field {fields} in this app version: kept, and applied once this "
        "laptop's app is updated",
        "judge.unknown_field",
    )
    JUDGE_UNKNOWN_SET = translate(
        "Message",
        "{entity} has no set {sets} in this app version: kept, and applied once this laptop's "
        "app is updated",
        "judge.unknown_set",
    )
    JUDGE_SET_NEEDS_IDS = translate("Message", "{set} needs a list of ids", "judge.set_needs_ids")
    JUDGE_NOT_NORMALISED = translate(
        "Message",
        "{entity} {id}: values not in the form this app writes (not normalised); refused",
        "judge.not_normalised",
    )
    JUDGE_NO_RECORD = translate("Message", "no {entity} with id {id}", "judge.no_record")
    JUDGE_OFFICER_NOT_HERE = translate(
        "Message",
        "acting officer {officer} is not known here yet: held until the officer's record arrives",
        "judge.officer_not_here",
    )
    JUDGE_NOT_LEAD_THEN = translate(
        "Message",
        "{entity} {kind} by officer {officer}, who was not a team lead when it was written: only "
        "a team lead can do this",
        "judge.not_lead_then",
    )
    JUDGE_ALREADY_EXISTS = translate(
        "Message", "{entity} {id} already exists", "judge.already_exists"
    )
    JUDGE_NO_EARLIER_OP = translate(
        "Message",
        "{kind} of {entity} {id} names no earlier op of it: refused",
        "judge.no_earlier_op",
    )
    JUDGE_NOT_IN_CONFLICT = translate(
        "Message",
        "a resolution only chooses among the values of an open conflict; {fields} of {entity} "
        "{id} is not in conflict",
        "judge.not_in_conflict",
    )
    JUDGE_OPEN_CONFLICT = translate(
        "Message",
        "{entity} {id} has an open sync conflict on {fields}: a team lead must resolve it first",
        "judge.open_conflict",
    )
    JUDGE_NEVER_EXISTED = translate(
        "Message", "{entity} {id} never existed: refused", "judge.never_existed"
    )
    JUDGE_WITHDRAWN_BEFORE = translate(
        "Message", "{entity} {id} was withdrawn before this change", "judge.withdrawn_before"
    )
    JUDGE_WAITING = translate(
        "Message",
        "an earlier change of {entity} {id} that this one builds on has not arrived (or is "
        "held): held until it does",
        "judge.waiting",
    )
    JUDGE_REFERENCE_MISSING = translate(
        "Message",
        "refers to {entity} {id}, which has not arrived here: held until it does",
        "judge.reference_missing",
    )
    JUDGE_DOCUMENT_FIXED = translate(
        "Message",
        "a signed document never changes and is never withdrawn",
        "judge.document_fixed",
    )
    JUDGE_REVOKED = translate(
        "Message",
        "replica {replica} wrote this after a team lead revoked it: kept, not applied (a "
        "re-enrolment lets it through)",
        "judge.revoked",
    )
    JUDGE_REVOKED_AFTER = translate(
        "Message",
        "replica {replica} wrote this after a team lead revoked it",
        "judge.revoked_after",
    )
    JUDGE_LEAD_BY_NON_LEAD = translate(
        "Message",
        "officer {officer} made a team lead by {by}, who is not a team lead: only a team lead "
        "appoints one",
        "judge.lead_by_non_lead",
    )
    JUDGE_TRUST_NEEDS_LEAD = translate(
        "Message",
        "only a team lead can enrol or revoke a replica (use {option})",
        "judge.trust_needs_lead",
    )
    # -- scoped pull (issue 15): a replica's scope, db check on a scoped laptop -------------
    JUDGE_SCOPE_NEEDS_LEAD = translate(
        "Message",
        "only a team lead can set a replica's scope (use {option})",
        "judge.scope_needs_lead",
    )
    SCOPE_EVERYTHING = translate(
        "Message",
        "receives every record from the hub (no scope set)",
        "sync.scope_everything",
    )
    SCOPE_LIMITED = translate(
        "Message",
        "receives from the hub only the records of its {count} scope key(s), with the records "
        "they depend on",
        "sync.scope_limited",
    )
    SCOPE_BOTH = translate(
        "Message",
        "give either scope keys or {option}, not both",
        "sync.scope_both",
    )
    SCOPE_UNKNOWN_REPLICA = translate(
        "Message",
        "no replica {replica} is enrolled here (see {command})",
        "sync.scope_unknown_replica",
    )
    SCOPE_UNKNOWN_BASIN = translate(
        "Message",
        "scope key {key}: no such basin; valid basins: {valid}",
        "sync.scope_unknown_basin",
    )
    SCOPE_UNKNOWN_AGENCY = translate(
        "Message",
        "scope key {key}: no such agency here (see {command})",
        "sync.scope_unknown_agency",
    )
    SCOPE_UNKNOWN_REGION = translate(
        "Message",
        "scope key {key}: no such region in the region list nor at an agency or site here (a "
        "city is 4 digits, a district 6)",
        "sync.scope_unknown_region",
    )
    CHECK_OUTSIDE_GAPS = translate(
        "Message",
        "{count} gap(s) in other replicas' op chains are outside this laptop's scope: the hub "
        "holds those ops and this laptop does not need them",
        "sync.check_outside_gaps",
    )
    CHECK_NOT_HERE = translate(
        "Message",
        "{count} evidence file(s) belong only to records outside this laptop's scope and are "
        "not on this laptop: they are downloaded when such a record is fetched",
        "sync.check_not_here",
    )
    JUDGE_NUMBERS_ELSEWHERE = translate(
        "Message",
        "document numbers of this agency are allocated by replica {replica}, not this laptop: "
        "reserve numbers there and sync",
        "judge.numbers_elsewhere",
    )
    JUDGE_NUMBERS_NOT_ALLOCATOR = translate(
        "Message",
        "document numbers reserved by replica {replica}, which does not allocate this agency's "
        "numbers (they could collide)",
        "judge.numbers_not_allocator",
    )
    JUDGE_NUMBER_INCOMPLETE = translate(
        "Message",
        "a document number needs its year and sequence number",
        "judge.number_incomplete",
    )
    JUDGE_NUMBER_NOT_IN_BLOCK = translate(
        "Message",
        "number {seq} of {year} is not in a number block that replica {replica} holds for this "
        "agency: numbers come only from its blocks",
        "judge.number_not_in_block",
    )
    JUDGE_SIGNER_NOT_PRESENT = translate(
        "Message",
        "only an officer who took part signs as an officer: add the officer to the record first",
        "judge.signer_not_present",
    )
    JUDGE_NO_OPEN_RECORD = translate(
        "Message",
        "no open record or service receipt with id {id}",
        "judge.no_open_record",
    )
    JUDGE_NOTICE_STARTS_DRAFT = translate(
        "Message", "a notice starts as a draft", "judge.notice_starts_draft"
    )
    JUDGE_NOTICE_FROZEN = translate(
        "Message",
        "this notice is {status}: its content never changes after issue; supersede it with a "
        "corrected notice",
        "judge.notice_frozen",
    )
    JUDGE_NOTICE_STEP = translate(
        "Message", "a notice cannot go from {current} to {target}", "judge.notice_step"
    )
    JUDGE_FIELD_WITH_STATUS = translate(
        "Message",
        "{field} is set only when the notice becomes {status}",
        "judge.field_with_status",
    )
    JUDGE_FIELD_WHEN_SUPERSEDED = translate(
        "Message",
        "{field} is set only when the notice is superseded",
        "judge.field_when_superseded",
    )
    JUDGE_BEFORE = translate("Message", "{field} cannot be before {earlier}", "judge.before")
    JUDGE_CLOSED = translate(
        "Message",
        "this record is signed and closed: it can no longer change (a correction is a new record)",
        "judge.closed",
    )
    JUDGE_CLOSED_AFTER = translate(
        "Message",
        "this record is signed and closed: it can no longer change",
        "judge.closed_after",
    )
    JUDGE_EVIDENCE_FROZEN = translate(
        "Message",
        "the evidence register of a decision that is {status} can no longer change",
        "judge.evidence_frozen",
    )
    JUDGE_SIGNATURE_FIXED = translate(
        "Message",
        "a hand signature never changes once given: withdraw it and sign again",
        "judge.signature_fixed",
    )

    # -- why an op is set aside, by its code (receive's own reasons, and rows of older versions) --
    SET_ASIDE_UNREADABLE = translate(
        "Message",
        "the change cannot be read (damaged on the way, or not a change of this app)",
        "set_aside.unreadable",
    )
    SET_ASIDE_UNKNOWN_REPLICA = translate(
        "Message",
        "written by a laptop that is not enrolled here (or was revoked): a team lead must enrol "
        "it first; kept, and applied once it is",
        "set_aside.unknown_replica",
    )
    SET_ASIDE_BAD_SIGNATURE = translate(
        "Message",
        "its signature does not verify (altered or forged)",
        "set_aside.bad_signature",
    )
    SET_ASIDE_EQUIVOCATION = translate(
        "Message",
        "its laptop sent a different change under the same number: it was cloned or restored "
        "from a backup; its changes from there on are held until it is reset and enrolled again",
        "set_aside.equivocation",
    )
    SET_ASIDE_FORK = translate(
        "Message",
        "its laptop's history split (a copy or an older backup wrote under the same identity): "
        "held until it is reset and enrolled again",
        "set_aside.fork",
    )
    IDENTITY_COPIED = translate(
        "Message",
        "this laptop's identity is also used by a copy or an older backup: run {command}, "
        "have a team lead enrol the new id, then sync",
        "replica.identity_copied",
    )
    SET_ASIDE_OTHER = translate(
        "Message", "set aside for a reason this version does not know", "set_aside.other"
    )
    SET_ASIDE_AS_RECORDED = translate(
        "Message", "{summary} (recorded: {detail})", "set_aside.as_recorded"
    )
    SET_ASIDE_NEWER_APP = translate(
        "Message",
        "written by a newer version of the app: kept, and applied once this laptop's app is "
        "updated",
        "set_aside.newer_app",
    )
    SET_ASIDE_INVALID = translate(
        "Message", "it breaks a rule: a value is not allowed", "set_aside.invalid"
    )
    SET_ASIDE_LIFECYCLE = translate(
        "Message", "it is not allowed in the record's current state", "set_aside.lifecycle"
    )
    SET_ASIDE_WAITING = translate(
        "Message",
        "it waits for a record, an officer or an earlier change that has not arrived",
        "set_aside.waiting",
    )
    SET_ASIDE_NOT_LEAD = translate(
        "Message", "only a team lead can make this change", "set_aside.not_lead"
    )
    SET_ASIDE_NUMBERING = translate(
        "Message",
        "its document number does not come from the laptop that allocates them",
        "set_aside.numbering",
    )
    SET_ASIDE_REVOKED = translate(
        "Message",
        "written after a team lead revoked its laptop",
        "set_aside.revoked",
    )
    SET_ASIDE_LEGACY = translate(
        "Message", "set aside by an earlier version of the app", "set_aside.legacy"
    )

    # -- the hub client: talking to the office hub (inspect_app/sync/hub_client.py) ---------------
    HUB_BAD_ADDRESS = translate("Message", "not a hub address: {url} ({error})", "hub.bad_address")
    HUB_ADDRESS_FORM = translate(
        "Message", "not a hub address: {url} (expected {form})", "hub.address_form"
    )
    HUB_UNREACHABLE = translate(
        "Message",
        "cannot reach the hub at {url} ({error}); check the address and that '{command}' is "
        "running there. Nothing was lost: sync again later",
        "hub.unreachable",
    )
    HUB_TIMEOUT = translate(
        "Message",
        "the hub at {url} did not answer within {seconds} s ({tries} tries); what arrived is "
        "kept — sync again later to finish",
        "hub.timeout",
    )
    HUB_CONNECTION_FAILED = translate(
        "Message",
        "the connection to the hub at {url} failed ({error}, {tries} tries); sync again later "
        "to finish",
        "hub.connection_failed",
    )
    HUB_REFUSED_LAPTOP = translate(
        "Message",
        "the hub at {url} refused this laptop (replica {replica}): {detail}",
        "hub.refused_laptop",
    )
    HUB_ANSWERED = translate(
        "Message",
        "the hub at {url} answered {status} to {method} {path}: {detail}",
        "hub.answered",
    )
    HUB_NOT_A_HUB = translate(
        "Message", "{url} is not an inspect_app hub (bad {path})", "hub.not_a_hub"
    )
    HUB_PROTOCOL = translate(
        "Message",
        "the hub speaks protocol {hub}, this app {ours}: update the older side",
        "hub.protocol",
    )
    HUB_NOT_ENROLLED_HERE = translate(
        "Message",
        "the hub's replica {hub} is not enrolled on this laptop: a team lead must enrol it first "
        "({command})",
        "hub.not_enrolled_here",
    )
    HUB_IMPOSTOR = translate(
        "Message",
        "the hub at {url} claims to be replica {hub} but does not hold the key enrolled for it "
        "here: refused (wrong address, or an impostor)",
        "hub.impostor",
    )
    HUB_PHOTO_REFUSED = translate(
        "Message", "the hub refused photo {sha}: {detail}", "hub.photo_refused"
    )
    HUB_UPLOAD_STUCK = translate(
        "Message",
        "upload of photo {sha} made no progress; sync again later",
        "hub.upload_stuck",
    )
    HUB_PHOTO_MISMATCH = translate(
        "Message",
        "photo {sha} from the hub does not match its hash: not stored",
        "hub.photo_mismatch",
    )
    HUB_MALFORMED = translate(
        "Message",
        "the hub at {url} sent a malformed answer ({error}); is it an inspect_app hub of the "
        "same version?",
        "hub.malformed",
    )
    HUB_CURSOR_DAMAGED = translate(
        "Message", "the hub refused the pull cursor 0; it is damaged", "hub.cursor_damaged"
    )
    HUB_SCHEMA_AHEAD = translate(
        "Message",
        "the hub's store is at schema {hub}, this laptop at {ours}: update this laptop's app",
        "hub.schema_ahead",
    )
    HUB_IDENTITY_FORKED = translate(
        "Message",
        "the hub holds a different history of this laptop's identity (a copy of this laptop, or "
        "an older backup of it, wrote under the same identity); run '{command}', have a team "
        "lead enrol the new id, then sync",
        "hub.identity_forked",
    )
    HUB_IDENTITY_AHEAD_ONE = translate(
        "Message",
        "the hub holds op #{seq} of this laptop that this store lacks: it was restored from an "
        "older backup; run '{command}', have a team lead enrol the new id, then sync",
        "hub.identity_ahead_one",
    )
    HUB_IDENTITY_AHEAD = translate(
        "Message",
        "the hub holds ops #{first}–#{last} of this laptop that this store lacks: it was "
        "restored from an older backup; run '{command}', have a team lead enrol the new id, "
        "then sync",
        "hub.identity_ahead",
    )
    HUB_PHOTO_FAILED = translate("Message", "photo {sha}: {reason}", "hub.photo_failed")

    # -- push / pull summaries and progress ------------------------------------------------------
    SYNC_PUSH_COMPLETE = translate(
        "Message",
        "push complete: {accepted} new op(s), {duplicate} already held",
        "sync.push_complete",
    )
    SYNC_PULL_COMPLETE = translate(
        "Message",
        "pull complete: {accepted} new op(s), {duplicate} already held",
        "sync.pull_complete",
    )
    SYNC_PUSH_INCOMPLETE = translate(
        "Message", "push incomplete: {problems} — sync again to finish", "sync.push_incomplete"
    )
    SYNC_PULL_INCOMPLETE = translate(
        "Message", "pull incomplete: {problems} — sync again to finish", "sync.pull_incomplete"
    )
    SYNC_PUSH_STOPPED = translate("Message", "push incomplete: {problems}", "sync.push_stopped")
    SYNC_OWN_OPS_MISSING = translate(
        "Message", "{count} op(s) of this laptop not on the hub", "sync.own_ops_missing"
    )
    SYNC_SET_ASIDE = translate(
        "Message", "{count} op(s) set aside (see '{command}')", "sync.set_aside"
    )
    SYNC_PHOTOS_FAILED = translate("Message", "{count} photo(s) failed", "sync.photos_failed")
    SYNC_PHOTOS_EXPECTED_HUB = translate(
        "Message", "{count} photo(s) still expected on the hub", "sync.photos_expected_hub"
    )
    SYNC_PHOTOS_EXPECTED_HERE = translate(
        "Message", "{count} photo(s) still expected here", "sync.photos_expected_here"
    )
    SYNC_AND = translate("Message", "{first}; {rest}", "sync.and")
    SYNC_BOTH = translate("Message", "push: {push}; pull: {pull}", "sync.both")
    SYNC_PROGRESS_PHOTO_OUT = translate(
        "Message", "Sending photo {number} ({sha}…)", "sync.progress_photo_out"
    )
    SYNC_PROGRESS_OPS_OUT = translate(
        "Message", "Sending changes {first}–{last} of {total}", "sync.progress_ops_out"
    )
    SYNC_PROGRESS_PAGE_IN = translate(
        "Message", "Received page {page} from the hub: {count} changes", "sync.progress_page_in"
    )
    SYNC_PROGRESS_PHOTO_IN = translate(
        "Message", "Receiving photo {sha}…", "sync.progress_photo_in"
    )

    # -- the hub server: its answers to a laptop (hub.py, hub_protocol.py, hub_door.py) ---------
    HUB_UNSIGNED = translate(
        "Message",
        "unsigned request: header {header} is missing (sign with the replica key)",
        "hub.unsigned",
    )
    HUB_BAD_REPLICA_HEADER = translate(
        "Message",
        "header {header} is not a replica id (32 hex): {value}",
        "hub.bad_replica_header",
    )
    HUB_BAD_TIMESTAMP = translate(
        "Message", "header {header} is not Unix seconds", "hub.bad_timestamp"
    )
    HUB_SIGNATURE_MALFORMED = translate(
        "Message",
        "signature of replica {replica} is malformed (128 hex expected)",
        "hub.signature_malformed",
    )
    HUB_NOT_ENROLLED = translate(
        "Message",
        "replica {replica} is not enrolled on this hub (or was revoked): a team lead enrols it "
        "on the lead's own laptop ({command}), then syncs that laptop with the hub",
        "hub.not_enrolled",
    )
    HUB_STAMP_AHEAD = translate(
        "Message",
        "request of replica {replica} is stamped {seconds} s ahead of the hub clock (more than "
        "{limit} s): stale or replayed; retry (the client takes the hub time from {path})",
        "hub.stamp_ahead",
    )
    HUB_STAMP_BEHIND = translate(
        "Message",
        "request of replica {replica} is stamped {seconds} s behind the hub clock (more than "
        "{limit} s): stale or replayed; retry (the client takes the hub time from {path})",
        "hub.stamp_behind",
    )
    HUB_FORGED = translate(
        "Message",
        "signature of replica {replica} does not verify (forged or altered)",
        "hub.forged",
    )
    HUB_CURSOR_MISMATCH = translate(
        "Message",
        "cursor {after} does not match this hub's log (the hub was restored or replaced): pull "
        "again from the start (nothing is duplicated)",
        "hub.cursor_mismatch",
    )
    HUB_NOT_SHA256 = translate(
        "Message", "not a SHA-256 (64 lowercase hex): {value}", "hub.not_a_hash"
    )
    HUB_TOTAL_TOO_SMALL = translate(
        "Message",
        "{name} must be the photo's size in bytes (at least 1)",
        "hub.total_too_small",
    )
    HUB_PHOTO_OVER_LIMIT = translate(
        "Message",
        "photo of {size} bytes is over the hub limit {limit}",
        "hub.photo_over_limit",
    )
    HUB_UPLOAD_RESTARTED = translate(
        "Message",
        "upload of {sha} declares {total} bytes but the partial upload held was of {held}: "
        "discarded, upload again from 0",
        "hub.upload_restarted",
    )
    HUB_WRONG_OFFSET = translate(
        "Message",
        "upload of {sha} at offset {offset}, but the hub holds {held} bytes: resume from {held}",
        "hub.wrong_offset",
    )
    HUB_EMPTY_CHUNK = translate("Message", "empty chunk", "hub.empty_chunk")
    HUB_CHUNK_PAST_END = translate(
        "Message",
        "chunk ends at byte {end}, past the declared total {total}",
        "hub.chunk_past_end",
    )
    HUB_UPLOAD_HASH = translate(
        "Message",
        "the {total} bytes uploaded do not hash to {sha}: discarded, upload the photo again",
        "hub.upload_hash",
    )
    HUB_BODY_DECLARED_TOO_LARGE = translate(
        "Message",
        "request body of {size} bytes is over the limit of {limit}",
        "hub.body_declared_too_large",
    )
    HUB_BODY_TOO_LARGE = translate(
        "Message",
        "request body is over the limit of {limit} bytes",
        "hub.body_too_large",
    )
    HUB_STORE_BUSY = translate(
        "Message", "the hub store cannot do this now: {detail}", "hub.store_busy"
    )
    HUB_DISK = translate("Message", "the hub could not write its disk: {error}", "hub.disk")
    HUB_UNEXPECTED = translate(
        "Message", "unexpected hub error {error} (see hub log)", "hub.unexpected"
    )
    HUB_PARAM_REQUIRED = translate(
        "Message", "query parameter {name} is required", "hub.param_required"
    )
    HUB_PARAM_NOT_NUMBER = translate(
        "Message",
        "query parameter {name} must be a whole number from 0 to {limit}: {value}",
        "hub.param_not_number",
    )
    HUB_BODY_NOT_JSON = translate(
        "Message", "the body is not valid JSON: {error}", "hub.body_not_json"
    )
    HUB_BODY_TOO_DEEP = translate(
        "Message", "the body is not valid JSON: nested too deeply", "hub.body_too_deep"
    )
    HUB_BAD_NONCE = translate(
        "Message",
        "{name} must be up to {limit} letters, digits or '-'",
        "hub.bad_nonce",
    )
    HUB_BODY_SHAPE = translate("Message", "the body must be {shape}", "hub.body_shape")
    HUB_TOO_MANY_OPS = translate(
        "Message",
        "{count} ops in one request; send at most {limit}",
        "hub.too_many_ops",
    )
    HUB_OP_SHAPE = translate("Message", "op #{number} must be {shape}", "hub.op_shape")
    HUB_OP_NOT_TEXT = translate(
        "Message",
        "op #{number} is not valid Unicode text (a lone surrogate)",
        "hub.op_not_text",
    )
    HUB_BAD_IDEMPOTENCY_KEY = translate(
        "Message",
        "{header} must be up to {limit} ASCII characters",
        "hub.bad_idempotency_key",
    )
    HUB_BAD_OP_ID = translate(
        "Message", "{name} must be an op id (64 lowercase hex)", "hub.bad_op_id"
    )
    HUB_BAD_CURSORS = translate(
        "Message",
        "{name} is not a scoped pull position ({error}): pull again from the start",
        "hub.bad_cursors",
    )
    HUB_RECORD_UNKNOWN = translate(
        "Message",
        "the hub holds no record {record}: it was never sent to the hub, or its id is wrong",
        "hub.record_unknown",
    )
    HUB_PHOTO_ABSENT = translate(
        "Message",
        "the hub does not hold photo {sha} (it is expected)",
        "hub.photo_absent",
    )
    HUB_NO_ROUTE = translate("Message", "not found: {method} {path}", "hub.no_route")
    HUB_METHOD_NOT_ALLOWED = translate(
        "Message", "method not allowed: {method} {path}", "hub.method_not_allowed"
    )
    HUB_TOO_MANY_CONNECTIONS = translate(
        "Message",
        "{peer} already holds {count} connections to this hub, all busy (the limit per "
        "address): retry in a moment",
        "hub.too_many_connections",
    )
    HUB_FULL = translate(
        "Message",
        "the hub holds {count} connections, all busy: retry in a moment",
        "hub.full",
    )
    HUB_BAD_HTTP = translate(
        "Message",
        "malformed HTTP/1.1 request, or request line and headers over {limit} bytes ({error})",
        "hub.bad_http",
    )
    HUB_DISPLACED = translate(
        "Message",
        "the hub needed this connection's place: its request did not arrive in time",
        "hub.displaced",
    )
    HUB_HEAD_TOO_LARGE = translate(
        "Message",
        "request line and headers over {limit} bytes",
        "hub.head_too_large",
    )
    HUB_LENGTH_REQUIRED = translate(
        "Message",
        "a request body needs a {header} header (chunked bodies are refused)",
        "hub.length_required",
    )
    HUB_BODY_OVER_DOOR = translate(
        "Message",
        "request body of {size} bytes is over the hub's limit of {limit}",
        "hub.body_over_door",
    )
    HUB_HEADER_TIMEOUT = translate(
        "Message",
        "request line and headers not received within {seconds} s",
        "hub.header_timeout",
    )
    HUB_BODY_TOO_SLOW = translate(
        "Message",
        "request body too slow: {got} of {length} bytes arrived in {elapsed} s (the hub needs "
        "{rate} KiB/s after {grace} s): send it again",
        "hub.body_too_slow",
    )
    HUB_WRITE_STALL = translate(
        "Message", "read nothing of the answer for {seconds} s", "hub.write_stall"
    )
    HUB_CANNOT_LISTEN = translate(
        "Message", "cannot listen on {host}:{port}: {error}", "hub.cannot_listen"
    )
    HUB_PORT_TAKEN = translate(
        "Message",
        "cannot listen on {host}:{port}: {error} (is another hub running?)",
        "hub.port_taken",
    )
    HUB_DID_NOT_START = translate("Message", "the hub at {url} did not start", "hub.did_not_start")
    HUB_LISTENING = translate(
        "Message",
        "hub replica {replica} listening on {url} ({keys} stops it)",
        "hub.listening",
    )
    HUB_BLOBS_UNAVAILABLE = translate(
        "Message",
        "the hub's photo store {store} cannot be reached or refused the request ({error}); "
        "nothing was half-stored: try again later",
        "hub.blobs_unavailable",
    )
    HUB_BLOBS_BAD_URL = translate(
        "Message",
        "{spec} is not a photo store the hub can use: give a folder or {form}",
        "hub.blobs_bad_url",
    )
    HUB_BLOBS_NO_CLIENT = translate(
        "Message",
        "photos in an object store need the {package} package: install it ({command})",
        "hub.blobs_no_client",
    )
    HUB_DATABASE_UNREACHABLE = translate(
        "Message",
        "the hub database {database} cannot be reached or refused the request ({error}); "
        "nothing was half-stored: try again later",
        "hub.database_unreachable",
    )
    HUB_DATABASE_NO_CLIENT = translate(
        "Message",
        "a hub on PostgreSQL needs the {package} package: install it ({command})",
        "hub.database_no_client",
    )
    HUB_KEY_MISSING = translate(
        "Message",
        "the hub key file {path} does not exist, and the hub database {database} already holds "
        "hub {replica}: copy that hub's key file to {path}, or give its path with {option}",
        "hub.key_missing",
    )
    HUB_KEY_WRONG = translate(
        "Message",
        "the key file {path} does not open the identity of hub {replica} kept in the hub "
        "database: use that hub's key file",
        "hub.key_wrong",
    )
    HUB_CACHE_OTHER = translate(
        "Message",
        "the folder {folder} holds replica {cache}, not hub {replica} of the hub database: give "
        "each hub process its own folder ({option}), empty the first time",
        "hub.cache_other",
    )
    HUB_CACHE_WRITES_STOPPED = translate(
        "Message",
        "this folder is the local cache of a hub process whose records live in the database "
        "{database}: a change made here would never reach it — make it on a laptop and sync",
        "hub.cache_writes_stopped",
    )
    HUB_FOLDER_IN_USE = translate(
        "Message",
        "another hub process serves from the folder {folder}: give each process its own "
        "folder ({option})",
        "hub.folder_in_use",
    )
    HUB_MOVED = translate(
        "Message",
        "the hub in {folder} was moved into the database {database} (hub migrate): serve that "
        "database ({option}); served again, this folder would split the hub's history",
        "hub.moved",
    )
    HUB_CACHE_NEEDS_DATABASE = translate(
        "Message",
        "the folder {folder} is the local cache of a hub on a database: serve it with "
        "{option}, or the laptops' ops would stay in this folder and never reach the database",
        "hub.cache_needs_database",
    )

    # -- bundles: export (inspect_app/sync/bundle.py) --------------------------------------------
    BUNDLE_TOO_LARGE = translate(
        "Message",
        "the bundle would be too large ({what}): export for one replica ({option}) or sync "
        "through the office hub",
        "bundle.too_large",
    )
    BUNDLE_OP_TOO_LARGE = translate("Message", "an op is over {limit} bytes", "bundle.op_too_large")
    BUNDLE_OPS_TOO_LARGE = translate(
        "Message", "{size} bytes of ops, at most {limit}", "bundle.ops_too_large"
    )
    BUNDLE_TOO_MANY_PHOTOS = translate(
        "Message", "{count} photos, at most {limit}", "bundle.too_many_photos"
    )
    BUNDLE_PHOTO_TOO_LARGE = translate(
        "Message", "a photo is over {limit} bytes", "bundle.photo_too_large"
    )
    BUNDLE_BYTES_TOO_MANY = translate(
        "Message", "{size} bytes, at most {limit}", "bundle.bytes_too_many"
    )
    BUNDLE_MANIFEST_TOO_LARGE = translate(
        "Message", "a manifest of {size} bytes", "bundle.manifest_too_large"
    )
    BUNDLE_CANNOT_WRITE = translate(
        "Message", "cannot write the bundle {path}: {error}", "bundle.cannot_write"
    )
    BUNDLE_READ_BACK = translate(
        "Message",
        "the bundle written to {path} did not read back correctly and was removed (is the drive "
        "failing or full?): {problem}",
        "bundle.read_back",
    )

    # -- bundles: import refusals; each is "{path}: {problem}" ----------------------------------
    BUNDLE_NO_SUCH_FILE = translate(
        "Message", "{path}: no such file; check the name and the folder", "bundle.no_such_file"
    )
    BUNDLE_IS_FOLDER = translate(
        "Message", "{path} is a folder: give the bundle file (a {suffix})", "bundle.is_folder"
    )
    BUNDLE_CANNOT_READ = translate("Message", "cannot be read ({error})", "bundle.cannot_read")
    BUNDLE_NO_END_RECORD = translate(
        "Message",
        "is not a readable bundle (damaged or truncated: no ZIP end record)",
        "bundle.no_end_record",
    )
    BUNDLE_UNREADABLE = translate(
        "Message",
        "is not a readable bundle (damaged or truncated): {error}",
        "bundle.unreadable",
    )
    BUNDLE_TOO_MANY_MEMBERS = translate(
        "Message", "has {count} members, at most {limit}; refused", "bundle.too_many_members"
    )
    BUNDLE_DIRECTORY_TOO_LARGE = translate(
        "Message",
        "its ZIP directory is {size} bytes, at most {limit}",
        "bundle.directory_too_large",
    )
    BUNDLE_NAME_TWICE = translate(
        "Message", "the member name {name} appears twice; refused", "bundle.name_twice"
    )
    BUNDLE_UNEXPECTED_MEMBER = translate(
        "Message", "unexpected member {name}; refused", "bundle.unexpected_member"
    )
    BUNDLE_ENCRYPTED = translate(
        "Message", "member {name} is encrypted; refused", "bundle.encrypted"
    )
    BUNDLE_COMPRESSION = translate(
        "Message",
        "member {name} uses compression method {method}; refused",
        "bundle.compression",
    )
    BUNDLE_MEMBER_TOO_LARGE = translate(
        "Message",
        "member {name} is too large ({size} bytes, at most {limit}); refused",
        "bundle.member_too_large",
    )
    BUNDLE_INCONSISTENT_SIZES = translate(
        "Message",
        "member {name} has inconsistent sizes in the ZIP directory",
        "bundle.inconsistent_sizes",
    )
    BUNDLE_RATIO = translate(
        "Message",
        "member {name} expands more than {ratio}:1 (a ZIP bomb?); refused",
        "bundle.ratio",
    )
    BUNDLE_TOO_MANY_BYTES = translate(
        "Message",
        "holds more than {limit} bytes uncompressed; refused",
        "bundle.too_many_bytes",
    )
    BUNDLE_NOT_A_BUNDLE = translate(
        "Message", "not a bundle (manifest or ops missing)", "bundle.not_a_bundle"
    )
    BUNDLE_NO_LOCAL_HEADER = translate(
        "Message",
        "member {name} has no local header (damaged or truncated)",
        "bundle.no_local_header",
    )
    BUNDLE_LOCAL_HEADER = translate(
        "Message",
        "member {name}: its local header disagrees with the ZIP directory (damaged or tampered)",
        "bundle.local_header",
    )
    BUNDLE_OVERLAP = translate(
        "Message", "member {name} overlaps another part of the ZIP; refused", "bundle.overlap"
    )
    BUNDLE_MEMBER_OVER_DECLARED = translate(
        "Message",
        "member {name} decompresses to more than its declared {size} bytes; refused",
        "bundle.member_over_declared",
    )
    BUNDLE_MEMBER_UNREADABLE = translate(
        "Message", "member {name} cannot be read ({error})", "bundle.member_unreadable"
    )
    BUNDLE_MEMBER_TRUNCATED = translate(
        "Message", "member {name} is truncated", "bundle.member_truncated"
    )
    BUNDLE_MEMBER_ENDS_EARLY = translate(
        "Message",
        "member {name} is truncated (its compressed data ends early)",
        "bundle.member_ends_early",
    )
    BUNDLE_MEMBER_DAMAGED = translate(
        "Message", "member {name} is damaged ({error})", "bundle.member_damaged"
    )
    BUNDLE_MEMBER_TRAILING = translate(
        "Message",
        "member {name} has data after its compressed stream; refused",
        "bundle.member_trailing",
    )
    BUNDLE_MEMBER_SHORT = translate(
        "Message",
        "member {name} is shorter than its declared {size} bytes",
        "bundle.member_short",
    )
    BUNDLE_MEMBER_CRC = translate(
        "Message", "member {name} is damaged (CRC mismatch)", "bundle.member_crc"
    )
    BUNDLE_MEMBER_HASH = translate(
        "Message", "member {name} is damaged (hash mismatch)", "bundle.member_hash"
    )
    BUNDLE_FILE_LINE = translate("Message", "{file} line {line}", "bundle.file_line")
    BUNDLE_NOT_JSON = translate("Message", "{what} is not valid JSON ({error})", "bundle.not_json")
    BUNDLE_JSON_TOO_DEEP = translate(
        "Message",
        "{what} is nested more than {depth} levels deep; refused",
        "bundle.json_too_deep",
    )
    BUNDLE_NO_FORMAT = translate(
        "Message", "the manifest has no bundle format number", "bundle.no_format"
    )
    BUNDLE_FORMAT = translate(
        "Message",
        "bundle format {format} is not supported (this app reads {supported})",
        "bundle.format",
    )
    BUNDLE_FORMAT_NEWER = translate(
        "Message",
        "bundle format {format} is not supported (this app reads {supported}); update the app",
        "bundle.format_newer",
    )
    BUNDLE_MANIFEST_FIELD = translate(
        "Message",
        "the manifest's {key} is missing or malformed",
        "bundle.manifest_field",
    )
    BUNDLE_FRONTIER_MISSING = translate(
        "Message",
        "the manifest's frontier is missing or malformed",
        "bundle.frontier_missing",
    )
    BUNDLE_FRONTIER_MALFORMED = translate(
        "Message", "the manifest's frontier is malformed", "bundle.frontier_malformed"
    )
    BUNDLE_MEMBERS_MISMATCH = translate(
        "Message", "members do not match the manifest", "bundle.members_mismatch"
    )
    BUNDLE_MANIFEST_ENTRY = translate(
        "Message",
        "the manifest's entry for {name} is malformed",
        "bundle.manifest_entry",
    )
    BUNDLE_SIZE_DISAGREES = translate(
        "Message",
        "member {name}: the manifest and the ZIP disagree on its size",
        "bundle.size_disagrees",
    )
    BUNDLE_PHOTO_NAME = translate(
        "Message", "photo {name} does not match its name", "bundle.photo_name"
    )
    BUNDLE_MANIFEST_NOT_TEXT = translate(
        "Message",
        "the manifest or its signature is not text",
        "bundle.manifest_not_text",
    )
    BUNDLE_SIGNATURE = translate(
        "Message",
        "the manifest signature does not verify (damaged or forged)",
        "bundle.signature",
    )
    BUNDLE_MANIFEST_VALUES = translate(
        "Message", "{file} holds more than {limit} values", "bundle.manifest_values"
    )
    BUNDLE_MANIFEST_NOT_OBJECT = translate(
        "Message", "{file} is not a JSON object", "bundle.manifest_not_object"
    )
    BUNDLE_NO_PUBLIC_KEY = translate(
        "Message", "the manifest names no valid public key", "bundle.no_public_key"
    )
    BUNDLE_TOO_MANY_LINES = translate(
        "Message", "{file} has more than {limit} lines", "bundle.too_many_lines"
    )
    BUNDLE_LINE_TOO_LONG = translate(
        "Message",
        "{file} line {line} is longer than {limit} bytes; refused",
        "bundle.line_too_long",
    )
    BUNDLE_LINE_NOT_UTF8 = translate(
        "Message", "{file} line {line} is not {encoding} text; refused", "bundle.line_not_text"
    )
    BUNDLE_LINE_EMPTY = translate(
        "Message", "{file} line {line} is empty; refused", "bundle.line_empty"
    )
    BUNDLE_LINE_NOT_OBJECT = translate(
        "Message",
        "{file} line {line} is not a JSON object; refused",
        "bundle.line_not_object",
    )
    BUNDLE_LINE_NO_BODY = translate(
        "Message",
        "{file} line {line} has no {key} text; refused",
        "bundle.line_no_body",
    )
    BUNDLE_LINE_BAD_SIG = translate(
        "Message",
        "{file} line {line} has a {key} that is neither text nor null; refused",
        "bundle.line_bad_sig",
    )
    BUNDLE_LINE_SURROGATE = translate(
        "Message",
        "{file} line {line} holds a lone surrogate escape; refused",
        "bundle.line_surrogate",
    )
    BUNDLE_DISK_SPACE = translate(
        "Message",
        "not enough free disk space for its photos ({needed} MB needed, {free} MB free); refused",
        "bundle.disk_space",
    )
    BUNDLE_CANNOT_STORE = translate(
        "Message",
        "cannot store the photos of {path} in {folder}: {error}; nothing was imported",
        "bundle.cannot_store",
    )
    BUNDLE_CANNOT_FINISH_STORING = translate(
        "Message",
        "cannot store the photos of {path} in {folder}: {error}",
        "bundle.cannot_finish_storing",
    )
    BUNDLE_NOT_ENROLLED = translate(
        "Message",
        "bundle from replica {replica}, which is not enrolled here: a team lead must enrol it "
        "first ({command})",
        "bundle.not_enrolled",
    )
    BUNDLE_WRONG_KEY = translate(
        "Message",
        "bundle claims to be from replica {replica} but is signed by another key",
        "bundle.wrong_key",
    )

    # -- replicas and conflicts (replicas.py, conflicts.py) -----------------------------------
    REPLICA_IS_SELF = translate(
        "Message",
        "this is this laptop's own replica: it is always trusted here",
        "replica.is_self",
    )
    REPLICA_OTHER_KEY = translate(
        "Message",
        "replica {replica} is enrolled with another key; a re-installed laptop gets a new "
        "replica id — enrol that one",
        "replica.other_key",
    )
    CONFLICT_NOT_FOUND = translate("Message", "no open conflict {id}", "conflict.not_found")
    CONFLICT_AMBIGUOUS = translate(
        "Message",
        "{id} matches several conflicts; give more characters",
        "conflict.ambiguous",
    )
    CONFLICT_WITHDRAWAL_CHOICE = translate(
        "Message",
        "a withdrawal conflict is resolved with '{withdrawn}' or '{keep}'",
        "conflict.withdrawal_choice",
    )

    # -- hub migrate: a SQLite hub into PostgreSQL (inspect_app/sync/hub_migrate.py) -----------
    HUB_MIGRATE_NO_SOURCE = translate(
        "Message",
        "{folder} holds no hub store to move ({file} is missing): give the data folder the "
        "hub was served from",
        "hub.migrate_no_source",
    )
    HUB_MIGRATE_BAD_TARGET = translate(
        "Message",
        "{target} is not a database address the hub can use: give {form}",
        "hub.migrate_bad_target",
    )
    HUB_MIGRATE_NO_CLIENT = translate(
        "Message",
        "moving the hub into a database needs the {package} package: install it ({command})",
        "hub.migrate_no_client",
    )
    HUB_MIGRATE_TARGET_UNREACHABLE = translate(
        "Message",
        "cannot use the database {target} ({error}): nothing was changed",
        "hub.migrate_target_unreachable",
    )
    HUB_MIGRATE_TARGET_NOT_EMPTY = translate(
        "Message",
        "the database {target} already holds a hub (replica {replica}, {ops} ops): nothing "
        "was changed. Migrate into an empty database, or check a finished migration with "
        "{option}",
        "hub.migrate_target_not_empty",
    )
    HUB_MIGRATE_PHOTO_DAMAGED = translate(
        "Message",
        "photo {sha} of the hub is damaged or unreadable ({error}): nothing was written to "
        "the database; run {command} on the hub first",
        "hub.migrate_photo_damaged",
    )
    HUB_MIGRATE_DATA_IN_USE = translate(
        "Message",
        "{folder} already holds a store: give {option} an empty folder for the first hub "
        "process (its cache is made there from the database)",
        "hub.migrate_data_in_use",
    )
    HUB_MIGRATE_STEP_PHOTOS = translate(
        "Message", "copying photos: {done} of {total}", "hub.migrate_step_photos"
    )
    HUB_MIGRATE_STEP_OPS = translate(
        "Message", "copying ops: {done} of {total}", "hub.migrate_step_ops"
    )
    HUB_MIGRATE_STEP_VERIFY = translate(
        "Message",
        "verifying: rebuilding the hub from the database and comparing digests",
        "hub.migrate_step_verify",
    )
    HUB_MIGRATE_MISMATCH = translate(
        "Message",
        "the database does not match the hub ({what}): if hub processes have served from it "
        "since the move, laptops have pushed more and this is expected — keep it; otherwise do "
        "not serve from it: empty it and migrate again",
        "hub.migrate_mismatch",
    )
    HUB_MIGRATE_DONE = translate(
        "Message",
        "hub {replica} moved to {target}: {ops} ops at their positions (laptops keep pulling "
        "from where they were), {set_aside} set aside, {photos} photos; digests equal",
        "hub.migrate_done",
    )
    HUB_MIGRATE_CHECKED = translate(
        "Message",
        "the database {target} matches hub {replica}: {ops} ops at their positions, "
        "{photos} photos; digests equal",
        "hub.migrate_checked",
    )
    HUB_MIGRATE_NO_HUB_THERE = translate(
        "Message",
        "the database {target} holds no hub yet: migrate first",
        "hub.migrate_no_hub_there",
    )
    HUB_MIGRATE_OTHER_HUB = translate(
        "Message",
        "the database {target} holds hub {other}, not hub {replica}: nothing to check",
        "hub.migrate_other_hub",
    )
    # -- fetch on demand (sync/hub_scope_client.py, issue 15) ---------------------------------
    SYNC_SCOPE_FETCHED = translate(
        "Message",
        "{record} fetched from the hub: it stays on this laptop and is kept up to date; {pull}",
        "sync.scope_fetched",
    )
    SYNC_SCOPE_FETCH_ABSENT = translate(
        "Message",
        "{entity} {id} is not on the hub: nothing was fetched",
        "sync.scope_fetch_absent",
    )
    # -- what a laptop is told, and what the operator must fix (helper S8, issue 15) ----------
    HUB_DATABASE_DOWN = translate(
        "Message",
        "the hub's database cannot be reached just now; nothing was half-stored: try again "
        "later, and tell the hub's operator if this goes on",
        "hub.database_down",
    )
    HUB_BLOBS_DOWN = translate(
        "Message",
        "the hub's photo store cannot be reached just now; nothing was half-stored: try again "
        "later, and tell the hub's operator if this goes on",
        "hub.blobs_down",
    )
    HUB_DATABASE_BAD_URL = translate(
        "Message",
        "{database} is not a PostgreSQL database address the hub can use: give {form}",
        "hub.database_bad_url",
    )
    HUB_BLOBS_NO_CREDENTIALS = translate(
        "Message",
        "the hub's photo store {store} needs access keys and none were found: set {variables} "
        "in the hub's environment, then start the hub again",
        "hub.blobs_no_credentials",
    )
    HUB_BLOBS_NO_BUCKET = translate(
        "Message",
        "the bucket {bucket} of the hub's photo store {store} does not exist or its name is not "
        "valid: create the bucket, or give the right name with {option}, then start the hub again",
        "hub.blobs_no_bucket",
    )
    HUB_BLOBS_DENIED = translate(
        "Message",
        "the hub's photo store {store} refused the hub's access keys ({error}): check {variables} "
        "and the bucket's permissions, then start the hub again",
        "hub.blobs_denied",
    )
    HUB_REFUSED_REQUEST = translate("Message", "{request}: {reason}", "hub.refused_request")
    HUB_CACHE_PHOTOS_ELSEWHERE = translate(
        "Message",
        "this folder is the local cache of a hub process on a database: the hub's photos are in "
        "its photo store ({option}), not here, so photos missing here are not problems",
        "hub.cache_photos_elsewhere",
    )
    SYNC_CHOOSE_OFFICER = translate(
        "Message",
        "choose who works on this laptop: {command}",
        "sync.choose_officer",
    )
    # -- the window's record pages on a scoped laptop (ui/widgets/scope_line.py, issue 15) ----
    SYNC_SCOPE_OUTSIDE = translate(
        "Message",
        "Outside your scope — kept up to date; its photos and related records are not on this "
        "laptop.",
        "sync.scope_outside",
    )
    SYNC_SCOPE_NOT_HERE = translate(
        "Message",
        "{entity} {id}: not on this laptop.",
        "sync.scope_not_here",
    )
    # -- a scope and a record in words (storage/scope_words.py, issue 15) --------------------
    SCOPE_KEY_BASIN = translate("Message", "{name} basin", "sync.scope_key_basin")
    SCOPE_KEY_AGENCY = translate("Message", "agency {name}", "sync.scope_key_agency")
    SCOPE_KEY_REGION = translate("Message", "region {name}", "sync.scope_key_region")
    SCOPE_LIST = translate("Message", "{first}, {rest}", "sync.scope_list")
    SCOPE_ALL = translate("Message", "everything", "sync.scope_all")
    RECORD_PATROL = translate(
        "Message", "the patrol of {date} on the {basin}", "sync.record_patrol"
    )
    RECORD_FINDING = translate(
        "Message", "the finding {id} ({category}, {site})", "sync.record_finding"
    )
    RECORD_FINDING_ALONE = translate(
        "Message", "the finding {id} ({category})", "sync.record_finding_alone"
    )
    RECORD_SITE = translate("Message", "the party {name}", "sync.record_site")
    RECORD_NOTICE = translate("Message", "the notice {number}", "sync.record_notice")
    RECORD_OTHER = translate("Message", "{entity} {id}", "sync.record_other")
    SCOPE_KEY_FORMS = translate(
        "Message",
        "{agency} and an agency's id, {basin} and a basin's code, {region} and a region's "
        "code of 4 or 6 digits, or {everything} for everything",
        "sync.scope_key_forms",
    )
    SCOPE_RECORD_ABSENT = translate(
        "Message",
        "no {entity} with id {id} on this laptop: it may be outside this laptop's scope; "
        "fetch it from the hub with {command}",
        "sync.scope_record_absent",
    )
    FETCH_KINDS = translate(
        "Message",
        "{kind} is not a kind of record that can be fetched; give one of: {kinds}",
        "sync.fetch_kinds",
    )


def joined(parts: list[Message]) -> Message:
    """Return ``parts`` as one message, "first; second; …" (``sync.and``, nested).

    Raises:
        ValueError: ``parts`` is empty.
    """
    if not parts:
        raise ValueError("nothing to join")
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = SyncMsg.SYNC_AND(first=part, rest=result)
    return result
