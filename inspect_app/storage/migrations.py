"""Versioned schema migrations (``PRAGMA user_version``), with a backup before each upgrade.

Migrations create and change the *derived* tables and indexes; they never rewrite or drop
ops (the op log is the record, SYNC.md case 8). A store whose file already holds data is
copied with ``VACUUM INTO`` to ``backups/`` before it is migrated.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.sqlite_engine import sqlite3

Migration = Callable[[Database], None]

_COMMON = {"withdrawn": int, "created_at": str, "updated_at": str, "created_by": str}

# The derived tables of schema v1, parents before children.
DERIVED_TABLES = (
    "agency",
    "officer",
    "patrol",
    "patrol_officers",
    "site",
    "photo",
    "finding",
    "finding_photos",
    "notice",
    "notice_findings",
)


def _entity_table(
    db: Database,
    name: str,
    columns: dict[str, type],
    foreign_keys: Sequence[tuple[str, str, str]] = (),
) -> None:
    db[name].create(  # type: ignore[union-attr]
        {"id": str, **columns, **_COMMON},
        pk="id",
        foreign_keys=list(foreign_keys),
        not_null={"withdrawn"},
        defaults={"withdrawn": 0},
    )


def _link_table(db: Database, name: str, owner: tuple[str, str], member: tuple[str, str]) -> None:
    db[name].create(  # type: ignore[union-attr]
        {owner[0]: str, member[0]: str, "pos": int},
        pk=(owner[0], member[0]),
        foreign_keys=[(owner[0], owner[1], "id"), (member[0], member[1], "id")],
    )
    db[name].create_index([member[0]])  # type: ignore[union-attr]
    db[name].create_index([owner[0], "pos"])  # type: ignore[union-attr]


def _v1(db: Database) -> None:
    """Op log (append-only by trigger), entity heads, and the derived tables."""
    db["meta"].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]
    db.execute(
        """CREATE TABLE ops (
            pos INTEGER PRIMARY KEY,
            op_id TEXT NOT NULL UNIQUE,
            replica TEXT NOT NULL,
            seq INTEGER NOT NULL,
            prev TEXT,
            hlc TEXT NOT NULL,
            officer TEXT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (replica, seq)
        )"""
    )
    db.execute("CREATE INDEX ops_entity ON ops (entity, entity_id)")
    db.execute("CREATE INDEX ops_hlc ON ops (hlc)")
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER ops_no_{event.lower()} BEFORE {event} ON ops
            BEGIN SELECT RAISE(ABORT, 'the op log is append-only: ops cannot be changed'); END"""
        )
    db["heads"].create(  # type: ignore[union-attr]
        {"entity": str, "entity_id": str, "op_id": str}, pk=("entity", "entity_id", "op_id")
    )
    _entity_table(
        db,
        "agency",
        {
            "name": str,
            "code": str,
            "region": str,
            "reconsideration_body": str,
            "litigation_court": str,
        },
    )
    _entity_table(
        db,
        "officer",
        {"name": str, "agency_id": str, "certificate_no": str, "role": str},
        [("agency_id", "agency", "id")],
    )
    _entity_table(db, "patrol", {"date": str, "basin": str, "area": str, "purpose": str})
    _link_table(db, "patrol_officers", ("patrol_id", "patrol"), ("officer_id", "officer"))
    _entity_table(
        db,
        "site",
        {
            "name": str,
            "credit_code": str,
            "legal_representative": str,
            "address": str,
            "region": str,
            "latitude": str,
            "longitude": str,
        },
    )
    _entity_table(
        db,
        "photo",
        {
            "width": int,
            "height": int,
            "format": str,
            "size_bytes": int,
            "orientation": int,
            "taken_at": str,
            "latitude": str,
            "longitude": str,
            "altitude": str,
            "gps_status": str,
            "camera_make": str,
            "camera_model": str,
            "damaged": int,
            "original_name": str,
            "caption": str,
        },
    )
    _entity_table(
        db,
        "finding",
        {
            "patrol_id": str,
            "site_id": str,
            "category": str,
            "description": str,
            "observed_at": str,
            "latitude": str,
            "longitude": str,
            "legal_basis": str,
            "severity": str,
            "status": str,
        },
        [("patrol_id", "patrol", "id"), ("site_id", "site", "id")],
    )
    _link_table(db, "finding_photos", ("finding_id", "finding"), ("photo_id", "photo"))
    _entity_table(
        db,
        "notice",
        {
            "agency_id": str,
            "site_id": str,
            "status": str,
            "order_text": str,
            "deadline": str,
            "number": str,
        },
        [("agency_id", "agency", "id"), ("site_id", "site", "id")],
    )
    _link_table(db, "notice_findings", ("notice_id", "notice"), ("finding_id", "finding"))
    db["officer"].create_index(["agency_id"])  # type: ignore[union-attr]
    db["patrol"].create_index(["date"])  # type: ignore[union-attr]
    db["site"].create_index(["name"])  # type: ignore[union-attr]
    db["site"].create_index(["credit_code"])  # type: ignore[union-attr]
    db["finding"].create_index(["patrol_id", "observed_at"])  # type: ignore[union-attr]
    db["finding"].create_index(["site_id"])  # type: ignore[union-attr]
    db["finding"].create_index(["status"])  # type: ignore[union-attr]
    db["notice"].create_index(["site_id"])  # type: ignore[union-attr]


_REFERENCES = re.compile(
    r"""\s+REFERENCES\s+["\[]?\w+["\]]?\s*\(["\[]?\w+["\]]?\)""", re.IGNORECASE
)


def _v2(db: Database) -> None:
    """Sync: op signatures, conflicts, quarantine, replicas; derived tables without FKs.

    Merged state no longer arrives parent-first (a finding may come before its patrol), so
    the derived tables lose their foreign keys; they are dropped and made again empty, and
    the store rebuilds them from the op log when it opens (``meta.needs_rebuild``).
    """
    db.execute("ALTER TABLE ops ADD COLUMN sig TEXT")
    # Ops stay immutable; the only update ever allowed is filling in a missing signature
    # (ops written before v2 are signed once by their own replica when the store opens).
    db.execute("DROP TRIGGER ops_no_update")
    same = " AND ".join(
        f"NEW.{c} IS OLD.{c}"
        for c in (
            "pos",
            "op_id",
            "replica",
            "seq",
            "prev",
            "hlc",
            "officer",
            "entity",
            "entity_id",
            "kind",
            "body",
        )
    )
    db.execute(
        f"""CREATE TRIGGER ops_no_update BEFORE UPDATE ON ops
        WHEN NOT (OLD.sig IS NULL AND NEW.sig IS NOT NULL AND {same})
        BEGIN SELECT RAISE(ABORT, 'the op log is append-only: ops cannot be changed'); END"""
    )
    tables: list[tuple[str, str, list[str]]] = []
    for table in DERIVED_TABLES:
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
        indexes = [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                [table],
            )
        ]
        tables.append((table, sql, indexes))
    for table, _, _ in reversed(tables):
        db.execute(f"DROP TABLE {table}")
    for _, sql, indexes in tables:
        db.execute(_REFERENCES.sub("", sql))
        for index in indexes:
            db.execute(index)
    _entity_table(db, "replica", {"public_key": str, "label": str, "status": str})
    db.execute(
        """CREATE TABLE conflicts (
            conflict_id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            candidates TEXT NOT NULL,
            provisional TEXT
        )"""
    )
    db.execute("CREATE INDEX conflicts_entity ON conflicts (entity, entity_id)")
    db.execute("CREATE INDEX ops_resolutions ON ops (pos) WHERE kind = 'resolve'")
    db.execute(
        """CREATE TABLE quarantine (
            op_id TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            sig TEXT,
            reason TEXT NOT NULL,
            received_at TEXT NOT NULL
        )"""
    )
    db.execute(
        "CREATE TABLE op_flags (op_id TEXT NOT NULL, flag TEXT NOT NULL, PRIMARY KEY (op_id, flag))"
    )
    db.execute("CREATE TABLE peers (replica TEXT PRIMARY KEY, frontier TEXT NOT NULL)")
    # The highest seq held per origin replica, kept on append (frontier without a log scan).
    db.execute("CREATE TABLE seqs (replica TEXT PRIMARY KEY, max_seq INTEGER NOT NULL)")
    db.execute("INSERT INTO seqs SELECT replica, max(seq) FROM ops GROUP BY replica")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('needs_rebuild', '1')")
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sign_legacy_ops', '1')")


# The derived tables added by schema v3 (enforcement documents), parents before children.
DOCUMENT_TABLES = (
    "team_ca",
    "certificate",
    "number_block",
    "inspection_record",
    "inspection_record_officers",
    "inspection_record_findings",
    "inspection_record_photos",
    "service",
    "service_officers",
    "signature",
    "document",
)


def _plain_link_table(db: Database, name: str, owner: str, member: str) -> None:
    """A reference-set table without foreign keys (merged state arrives in any order)."""
    db[name].create({owner: str, member: str, "pos": int}, pk=(owner, member))  # type: ignore[union-attr]
    db[name].create_index([member])  # type: ignore[union-attr]
    db[name].create_index([owner, "pos"])  # type: ignore[union-attr]


def _v3(db: Database) -> None:
    """Enforcement documents: PKI, numbering, records, service, signatures, signed documents.

    Only adds columns and tables; existing ops project unchanged, so no rebuild is needed.
    """
    for table, column in (
        ("agency", "seal_png"),
        ("agency", "numbering_replica"),
        ("officer", "signature"),
        ("notice", "issued_at"),
        ("notice", "issued_by"),
        ("notice", "document_id"),
        ("notice", "content_sha256"),
        ("notice", "served_at"),
        ("notice", "closed_at"),
        ("notice", "supersedes"),
        ("notice", "superseded_by"),
    ):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    db.execute("ALTER TABLE notice ADD COLUMN number_year INTEGER")
    db.execute("ALTER TABLE notice ADD COLUMN number_seq INTEGER")
    _entity_table(db, "team_ca", {"certificate_pem": str, "common_name": str})
    _entity_table(db, "certificate", {"officer_id": str, "certificate_pem": str, "not_after": str})
    _entity_table(
        db,
        "number_block",
        {"agency_id": str, "year": int, "first": int, "last": int, "holder": str},
    )
    _entity_table(
        db,
        "inspection_record",
        {
            "kind": str,
            "site_id": str,
            "agency_id": str,
            "notice_id": str,
            "started_at": str,
            "ended_at": str,
            "place": str,
            "on_site_person": str,
            "on_site_contact": str,
            "certificates_shown": int,
            "recusal_asked": int,
            "recusal_requested": int,
            "narrative": str,
            "party_statement": str,
            "outcome": str,
            "document_id": str,
        },
    )
    for set_name, member in (("officers", "officer"), ("findings", "finding"), ("photos", "photo")):
        _plain_link_table(
            db, f"inspection_record_{set_name}", "inspection_record_id", f"{member}_id"
        )
    _entity_table(
        db,
        "service",
        {
            "notice_id": str,
            "method": str,
            "served_at": str,
            "recipient": str,
            "address": str,
            "note": str,
            "document_id": str,
        },
    )
    _plain_link_table(db, "service_officers", "service_id", "officer_id")
    _entity_table(
        db,
        "signature",
        {
            "subject_id": str,
            "role": str,
            "officer_id": str,
            "name": str,
            "strokes": str,
            "refused": int,
            "witness": str,
            "signed_at": str,
        },
    )
    _entity_table(
        db,
        "document",
        {
            "kind": str,
            "subject_id": str,
            "number": str,
            "size_bytes": int,
            "signed_by": str,
            "signed_at": str,
            "signer_fingerprint": str,
        },
    )
    # The follow-up list reads each group in deadline order straight from its partial index.
    for name, where in (
        ("notice_open_by_deadline", "status IN ('issued', 'served')"),
        ("notice_drafts_by_deadline", "status = 'draft'"),
        ("notice_done_by_deadline", "status IN ('closed', 'superseded')"),
    ):
        db.execute(
            f"CREATE INDEX {name} ON notice (deadline IS NULL, deadline, created_at, id) "
            f"WHERE withdrawn = 0 AND {where}"
        )
    db.execute("CREATE INDEX notice_number ON notice (agency_id, number_year, number_seq)")
    db.execute("CREATE INDEX certificate_officer ON certificate (officer_id)")
    db.execute("CREATE INDEX number_block_agency ON number_block (agency_id, year, holder)")
    db.execute("CREATE INDEX inspection_record_notice ON inspection_record (notice_id)")
    db.execute("CREATE INDEX inspection_record_site ON inspection_record (site_id, started_at)")
    db.execute("CREATE INDEX service_notice ON service (notice_id)")
    db.execute("CREATE INDEX signature_subject ON signature (subject_id)")
    db.execute("CREATE INDEX document_subject ON document (subject_id)")


def _v4(db: Database) -> None:
    """The sync boundary: held ops, quarantine codes, forks, and the log indexes the judge uses.

    ``held``: ops in the log that the judge refused (never applied, relayed onward,
    re-examined when their cause can go away). ``quarantine`` keeps what cannot enter the
    log at all (unknown replica, bad signature, a second op for a sequence number); its new
    ``code`` column is ``legacy`` for entries made before v4, which the next receive or
    ``sync quarantine retry`` judges again. ``forks``: the lowest sequence number at which a
    replica was seen with two different histories (cloned or restored laptop).
    """
    db.execute(
        """CREATE TABLE held (
            op_id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            since TEXT NOT NULL,
            awaits TEXT
        )"""
    )
    db.execute("CREATE INDEX held_awaits ON held (awaits) WHERE awaits IS NOT NULL")
    db.execute("ALTER TABLE quarantine ADD COLUMN code TEXT NOT NULL DEFAULT 'legacy'")
    db.execute("CREATE INDEX quarantine_code ON quarantine (code)")
    db.execute("CREATE TABLE forks (replica TEXT PRIMARY KEY, seq INTEGER NOT NULL)")


def _v5(db: Database) -> None:
    """Search and filters: the text index and the indexes the finding filters read.

    ``search_doc`` gives each indexed record (finding, site, notice, inspection record) an
    integer document number, the rowid of its tokens in the FTS5 table ``search_fts``
    (character bigrams, see ``storage/search.py``). Both are kept by
    ``projection.write_state`` in the op's transaction; they are filled here from the
    derived tables. ``db check`` compares them with a replay (``search.index_digest``).
    """
    from inspect_app.storage.search import reindex_all

    db.execute(
        """CREATE TABLE search_doc (
            doc INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            UNIQUE (entity, entity_id)
        )"""
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, "
        "tokenize = 'unicode61 remove_diacritics 0', columnsize = 0)"
    )
    # A finding's document number (integer joins for text search, not digested) and its
    # number of photos (derived from its photo set: the "no evidence" filter).
    db.execute("ALTER TABLE finding ADD COLUMN search_doc INTEGER")
    db.execute("ALTER TABLE finding ADD COLUMN photo_count INTEGER NOT NULL DEFAULT 0")
    # The finding filters and sort orders read partial indexes of the live findings, each
    # ending in the date, id and document number: a filtered page comes in order without a
    # sort, and the text filter is checked in the index.
    for name, columns in (
        ("observed", "observed_at, id, search_doc"),
        ("created", "created_at, id, search_doc"),
        ("category", "category, observed_at, id, search_doc"),
        ("severity", "severity, observed_at, id, search_doc"),
        ("status", "status, observed_at, id, search_doc"),
        ("officer", "created_by, observed_at, id, search_doc"),
        ("patrol", "patrol_id, observed_at, id, search_doc"),
        ("site", "site_id, observed_at, id, search_doc"),
        ("evidence", "photo_count, observed_at, id, search_doc"),
        ("doc", "search_doc"),
    ):
        db.execute(f"CREATE INDEX finding_live_{name} ON finding ({columns}) WHERE withdrawn = 0")
    db.execute(
        "CREATE INDEX finding_live_position ON finding "
        "(CAST(latitude AS REAL), CAST(longitude AS REAL)) "
        "WHERE withdrawn = 0 AND latitude IS NOT NULL"
    )
    db.execute("CREATE INDEX patrol_basin ON patrol (basin)")
    db.execute("CREATE INDEX site_region ON site (region)")
    reindex_all(db.conn)


# The derived tables added by schema v6 (plausibility of evidence).
PLAUSIBILITY_TABLES = ("warning_acceptance",)


def _v6(db: Database) -> None:
    """Plausibility of evidence and the lead's dashboard.

    ``warning_acceptance``: a plausibility warning about one photo of a finding that someone
    accepted with a reason (``storage/plausibility.py``); an older app held such ops as an
    unknown entity and applies them after this upgrade. ``finding_open_groups`` covers the
    dashboard's open findings by basin, category and severity in one index-only pass
    (``storage/dashboard.py``); ``notice_status`` its notices by stage.
    """
    _entity_table(
        db,
        "warning_acceptance",
        {"finding_id": str, "kind": str, "photo_id": str, "reason": str},
    )
    db.execute("CREATE INDEX warning_acceptance_finding ON warning_acceptance (finding_id)")
    db.execute(
        "CREATE INDEX finding_open_groups ON finding (patrol_id, category, severity) "
        "WHERE withdrawn = 0 AND status = 'open'"
    )
    db.execute("CREATE INDEX notice_status ON notice (status) WHERE withdrawn = 0")


def _v7(db: Database) -> None:
    """Status follows the documents (``domain/finding_status.py``): the manual states' fields.

    ``handed_over_to`` (the local authority a finding was handed over to, 移交属地) and
    ``status_reason`` (why a manual status was set). An older app held ops carrying them as
    an unknown field and applies them after this upgrade. ``notice_site``: a party's notices.
    """
    db.execute("ALTER TABLE finding ADD COLUMN handed_over_to TEXT")
    db.execute("ALTER TABLE finding ADD COLUMN status_reason TEXT")
    # A party's notices (the sequence in a draft's default file name, storage/notices.py).
    db.execute("CREATE INDEX notice_site ON notice (site_id)")


def _v8(db: Database) -> None:
    """Every column of the finding list sorts from an index (search at 100k under 50 ms).

    ``sort_party`` / ``sort_basin`` / ``sort_officer``: a live finding's party name, patrol
    basin and officer name (NULL while withdrawn), kept by ``search_index.index_entity`` in
    the op's transaction when the finding or the record it points to changes (digested like
    any column: they follow from the other tables). Each sort order reads a partial index of
    the live findings ending in the observation time, id and document number, like those of
    v5; severity and status sort by their rank, an indexed expression with the same text as
    ``search._SORT_SQL`` (a test checks the plans use them). The text index is made again
    with the v8 tokens and document numbers (``storage/search_index.py``).
    """
    for column in ("sort_party", "sort_basin", "sort_officer"):
        db.execute(f"ALTER TABLE finding ADD COLUMN {column} TEXT")
    db.execute(
        "UPDATE finding SET "
        "sort_party = (SELECT name FROM site WHERE id = finding.site_id), "
        "sort_basin = (SELECT basin FROM patrol WHERE id = finding.patrol_id), "
        "sort_officer = (SELECT name FROM officer WHERE id = finding.created_by) "
        "WHERE withdrawn = 0"
    )
    severity = (
        "(CASE severity WHEN 'serious' THEN 3 WHEN 'major' THEN 2 WHEN 'minor' THEN 1 ELSE 0 END)"
    )
    status = (
        "(CASE status WHEN 'open' THEN 1 WHEN 'notified' THEN 2 WHEN 'served' THEN 3 "
        "WHEN 'rectified' THEN 4 WHEN 'closed' THEN 5 WHEN 'no_violation' THEN 6 "
        "WHEN 'handed_over' THEN 7 ELSE 8 END)"
    )
    for name, key in (
        ("party", "sort_party"),
        ("basin", "sort_basin"),
        ("officer_name", "sort_officer"),
        ("severity_rank", severity),
        ("status_rank", status),
    ):
        db.execute(
            f"CREATE INDEX finding_live_{name} ON finding ({key}, observed_at, id, search_doc) "
            "WHERE withdrawn = 0"
        )
    # The text index again: every character is a token of its own now (one-character
    # searches), and a document number carries its kind in its high bits (a kind is one
    # range of numbers). 40 s at 100k findings, 4 s at 10k.
    from inspect_app.storage.search import reindex_all

    reindex_all(db.conn)


def _v9(db: Database) -> None:
    """Photos: their evidence order within a finding and their annotation (issue 12).

    ``evidence_position`` (0 first; NULL: in the order added) and ``annotation`` (arrows,
    ellipses and texts over the photo, ``domain/annotation.py``: the original is never
    touched). An older app held ops carrying them as unknown fields and applies them now.
    """
    db.execute("ALTER TABLE photo ADD COLUMN evidence_position INTEGER")
    db.execute("ALTER TABLE photo ADD COLUMN annotation TEXT")


CASE_FILE_TABLES = ("crl", "evidence_item")


def _v10(db: Database) -> None:
    """Documents that hold up (issue 13): what the procedure asks each document to carry.

    Records: 记录人 (``recorder_id``), questions and answers (``turns``), the party's own
    confirmation words. Signatures: a refusal's reason and its witness's unit and hand
    signature. Service: the recipient's relation to the party and what each method needs.
    Notices: the citations chosen for the case. Signed documents: their PAdES level and the
    document an LTA copy extends. Certificates: revocation. New: ``crl`` (the team CA's
    revocation lists) and ``evidence_item`` (a case's evidence register). Only adds columns
    and tables; an older app held ops carrying them and applies them after this upgrade.
    """
    for table, column, kind in (
        ("inspection_record", "recorder_id", "TEXT"),
        ("inspection_record", "turns", "TEXT"),
        ("inspection_record", "party_confirmation", "TEXT"),
        ("signature", "refusal_reason", "TEXT"),
        ("signature", "witness_unit", "TEXT"),
        ("signature", "witness_strokes", "TEXT"),
        ("service", "recipient_relation", "TEXT"),
        ("service", "entrusted_to", "TEXT"),
        ("service", "tracking_no", "TEXT"),
        ("service", "electronic_address", "TEXT"),
        ("service", "consent_file_id", "TEXT"),
        ("service", "published_at", "TEXT"),
        ("service", "waiting_days", "INTEGER"),
        ("service", "leaving_file_id", "TEXT"),
        ("notice", "violated_provisions", "TEXT"),
        ("notice", "order_basis", "TEXT"),
        ("notice", "attach_law_texts", "INTEGER"),
        ("document", "level", "TEXT"),
        ("document", "upgrade_of", "TEXT"),
        ("certificate", "revoked_at", "TEXT"),
        ("certificate", "revocation_reason", "TEXT"),
    ):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    _entity_table(
        db,
        "crl",
        {
            "ca_id": str,
            "crl_der": str,
            "crl_number": int,
            "this_update": str,
            "next_update": str,
        },
    )
    _entity_table(
        db,
        "evidence_item",
        {
            "notice_id": str,
            "kind": str,
            "subject_id": str,
            "file_id": str,
            "media_type": str,
            "size_bytes": int,
            "original_name": str,
            "source": str,
            "recorded_at": str,
            "ended_at": str,
            "description": str,
            "proves": str,
            "position": int,
            "explanation": str,
        },
    )
    db.execute("CREATE INDEX crl_ca ON crl (ca_id, crl_number)")
    db.execute("CREATE INDEX evidence_item_notice ON evidence_item (notice_id, position)")
    db.execute(
        "CREATE INDEX evidence_item_file ON evidence_item (file_id) WHERE file_id IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX document_upgrade ON document (upgrade_of) WHERE upgrade_of IS NOT NULL"
    )


def _v11(db: Database) -> None:
    """Protection at rest (issue 14): the keys others encrypt to.

    ``replica.box_key``: the replica's X25519 public key (hex), to which bundles are sealed
    (HPKE, RFC 9180) — set by the replica itself. ``team_ca.recovery_key``: the team's
    recovery public key (X25519, hex), held by the lead, for which every laptop also wraps
    its data key. Only adds columns; an older app held ops carrying them.
    """
    for table, column in (("replica", "box_key"), ("team_ca", "recovery_key")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


def _v12(db: Database) -> None:
    """Scoped pull (issue 15): a replica's scope, and the records held only as dependencies.

    ``replica.scope``: the canonical JSON list of scope keys a team lead gave the replica
    (``domain/scope.py:check_scope_field``; absent = everything). ``scope_dependency``: the
    records this laptop holds only because a record of its scope depends on them (filled by
    a scoped pull, ``storage/scope.py:mark_roles``) — sync metadata like ``peers`` or
    ``seqs``: not derived from the op log, so never cleared by a rebuild nor digested. Only
    adds a column and tables; an older app held ops carrying ``scope`` and applies them now.
    ``scope_member``: the records a scoped pull named members (a member never becomes a
    dependency again).
    """
    db.execute("ALTER TABLE replica ADD COLUMN scope TEXT")
    db.execute("CREATE TABLE scope_dependency (record TEXT PRIMARY KEY)")
    db.execute("CREATE TABLE scope_member (record TEXT PRIMARY KEY)")


MIGRATIONS: tuple[Migration, ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
    _v12,
)
# Every table derived from the op log (cleared by a rebuild, covered by the digest).
PROJECTED_TABLES = (
    *DERIVED_TABLES,
    "replica",
    "heads",
    "conflicts",
    *DOCUMENT_TABLES,
    *PLAUSIBILITY_TABLES,
    *CASE_FILE_TABLES,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """Return the store's ``PRAGMA user_version`` (0 for a new file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup(db: Database, folder: Path, label: str) -> Path:
    """Write a consistent copy of the store to ``folder`` with ``VACUUM INTO``; return its path.

    An encrypted store's copy comes out encrypted under the same key and cipher: SQLite3
    Multiple Ciphers writes ``VACUUM INTO``'s target with the main database's (checked by
    ``tests/storage/test_encrypted_store.py``: no clear header, no clear text, opens with the
    key through :func:`~inspect_app.storage.database.connect`, which finds a backup's folder
    above ``backups/``). A clear store's copy is clear.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    target = folder / f"inspect-{label}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        target = folder / f"inspect-{label}-{stamp}-{n}.sqlite3"
        n += 1
    db.execute("VACUUM INTO ?", [str(target)])
    return target


def migrate(
    db: Database, backup_dir: Path | None, migrations: Sequence[Migration] = MIGRATIONS
) -> Path | None:
    """Bring the store to the latest schema; return the backup path if one was made.

    Each migration runs in its own transaction together with its ``user_version`` bump.

    Raises:
        StoreError: when the file is newer than this app, or a migration fails (the store is
            left at the last good version and the backup is kept).
    """
    current = schema_version(db)
    target = len(migrations)
    if current > target:
        raise StoreError(StoreMsg.STORE_SCHEMA_TOO_NEW(version=current, supported=target))
    if current == target:
        return None
    made = None
    if current > 0 and backup_dir is not None:
        made = backup(db, backup_dir, f"v{current}")
    for version in range(current + 1, target + 1):
        conn = db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            migrations[version - 1](db)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            failed = (
                StoreMsg.STORE_UPGRADE_FAILED_BACKUP(version=version, reason=str(exc), backup=made)
                if made
                else StoreMsg.STORE_UPGRADE_FAILED(version=version, reason=str(exc))
            )
            raise StoreError(failed) from exc
    return made
