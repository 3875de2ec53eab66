"""Example parameters for the messages of ``inspect_app.domain.messages.store`` (``StoreMsg``)."""

from __future__ import annotations

from pathlib import Path

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.store import StoreMsg

DATA = Path("/home/zhang/.local/share/inspect-app")
EXAMPLES: dict[StoreMsg, dict[str, Param]] = {
    StoreMsg.ENTITY_AGENCY: {},
    StoreMsg.ENTITY_OFFICER: {},
    StoreMsg.ENTITY_PATROL: {},
    StoreMsg.ENTITY_SITE: {},
    StoreMsg.ENTITY_FINDING: {},
    StoreMsg.ENTITY_PHOTO: {},
    StoreMsg.ENTITY_REPLICA: {},
    StoreMsg.ENTITY_NOTICE: {},
    StoreMsg.ENTITY_TEAM_CA: {},
    StoreMsg.ENTITY_CERTIFICATE: {},
    StoreMsg.ENTITY_NUMBER_BLOCK: {},
    StoreMsg.ENTITY_INSPECTION_RECORD: {},
    StoreMsg.ENTITY_SERVICE: {},
    StoreMsg.ENTITY_SIGNATURE: {},
    StoreMsg.ENTITY_DOCUMENT: {},
    StoreMsg.STORE_NOT_A_FOLDER: {"folder": DATA},
    StoreMsg.STORE_FOLDER_NOT_CREATED: {"folder": DATA, "reason": "Permission denied"},
    StoreMsg.STORE_FILE_EMPTY: {"path": DATA / "inspect.sqlite3", "backups": DATA / "backups"},
    StoreMsg.STORE_FILE_MISSING: {"path": DATA / "inspect.sqlite3", "photos": DATA / "photos"},
    StoreMsg.STORE_FOLDER_READ_ONLY: {"folder": Path("/media/光盘/数据")},
    StoreMsg.STORE_NOT_USABLE: {
        "path": DATA / "inspect.sqlite3",
        "reason": "file is not a database",
    },
    StoreMsg.STORE_CANNOT_OPEN: {
        "path": DATA / "inspect.sqlite3",
        "reason": "file is not a database",
    },
    StoreMsg.STORE_SCHEMA_TOO_NEW: {"version": 7, "supported": 5},
    StoreMsg.STORE_UPGRADE_FAILED: {"version": 5, "reason": "disk I/O error"},
    StoreMsg.STORE_UPGRADE_FAILED_BACKUP: {
        "version": 5,
        "reason": "disk I/O error",
        "backup": DATA / "backups" / "inspect-v4-20261205T093000.sqlite3",
    },
    StoreMsg.STORE_NESTED_TRANSACTION: {},
    StoreMsg.STORE_BUSY: {"reason": "database is locked"},
    StoreMsg.STORE_NOT_SAVED: {"reason": "database or disk is full"},
    StoreMsg.STORE_WRITING_STOPPED: {
        "reason": StoreMsg.STORE_OTHER_HISTORY(
            seq="1204", last="1187", command="inspect-app replica reset"
        )
    },
    StoreMsg.STORE_OTHER_HISTORY: {
        "seq": "1204",
        "last": "1187",
        "command": "inspect-app replica reset",
    },
    StoreMsg.STORE_NOTHING_TO_CHANGE: {},
    StoreMsg.STORE_NO_SUCH_FIELD: {"entity": StoreMsg.ENTITY_FINDING, "field": "lifecycle"},
    StoreMsg.STORE_NO_SUCH_SET: {"entity": StoreMsg.ENTITY_PATROL, "name": "'photos'"},
    StoreMsg.STORE_SET_NEEDS_IDS: {"name": "officers"},
    StoreMsg.STORE_LEAD_ONLY: {},
    StoreMsg.STORE_REBUILD_REFUSED: {
        "breaks": 2,
        "position": "318",
        "problem": "hash does not match the body",
        "option": "--force",
    },
    StoreMsg.STORE_REBUILD_FAILED: {"reason": "FOREIGN KEY constraint failed"},
    StoreMsg.STORE_EVIDENCE_MISSING: {},
    StoreMsg.STORE_EVIDENCE_ALTERED: {},
    StoreMsg.RECORD_NOT_FOUND: {
        "entity": StoreMsg.ENTITY_OFFICER,
        "id": "0b6f1c2e9d8a4f3b8e7d6c5b4a392817",
    },
    StoreMsg.RECORD_WITHDRAWN: {
        "entity": StoreMsg.ENTITY_FINDING,
        "id": "0b6f1c2e9d8a4f3b8e7d6c5b4a392817",
    },
    StoreMsg.AGENCY_CODE_TAKEN: {"code": "遂环", "agency": "遂宁市生态环境局"},
    StoreMsg.AGENCY_NO_SUCH_FIELD: {"fields": "seal"},
    StoreMsg.OFFICER_CERTIFICATE_TAKEN: {"number": "51090020230001", "officer": "张伟"},
    StoreMsg.PATROL_NO_OFFICER: {},
    StoreMsg.SERVICE_NO_OFFICER: {},
    StoreMsg.SERVICE_NO_SIGNATURE: {},
    StoreMsg.NUMBERING_NO_CREATION_RECORD: {"agency": "0b6f1c2e9d8a4f3b8e7d6c5b4a392817"},
    StoreMsg.NUMBERING_NOT_ALLOCATOR: {"replica": "3f2a9c0d1e4b"},
    StoreMsg.NUMBERING_HOLDER_NOT_ENROLLED: {"replica": "3f2a9c0d1e4b", "command": "replica list"},
    StoreMsg.NUMBERING_BAD_COUNT: {"limit": 1000},
    StoreMsg.NUMBERING_NONE_FREE: {
        "year": "2026",
        "replica": "3f2a9c0d1e4b",
        "command": "inspect-app notice reserve-numbers --agency 0b6f1c2e --for 7d1e2f3a --count 20",
    },
    StoreMsg.DOCUMENT_NOT_PDF: {},
    StoreMsg.DOCUMENT_TOO_LARGE: {"limit": 64},
    StoreMsg.DOCUMENT_NOT_ARRIVED: {"sha": "17307b1207eb"},
    StoreMsg.DOCUMENT_ALTERED: {"sha": "17307b1207eb", "command": "inspect-app db check"},
    StoreMsg.DOCUMENT_NO_TEAM_CA: {"command": "inspect-app pki init-ca"},
    StoreMsg.FILE_INSIDE_DATA_FOLDER: {"path": DATA / "决定书.pdf", "folder": DATA},
    StoreMsg.FILE_NOT_REGULAR: {"path": Path("/home/zhang/文书")},
    StoreMsg.FILE_EXISTS: {"path": Path("/home/zhang/决定书.pdf"), "option": "--force"},
    StoreMsg.FILE_NO_FOLDER: {"folder": Path("/media/U盘/文书")},
    StoreMsg.FILE_FOLDER_NOT_WRITABLE: {"folder": Path("/media/光盘")},
    StoreMsg.FILE_CANNOT_WRITE: {
        "path": Path("/home/zhang/决定书.pdf"),
        "reason": "No space left on device",
    },
    StoreMsg.FILE_CANNOT_READ: {
        "path": Path("/home/zhang/张伟.p12"),
        "reason": "Permission denied",
    },
    StoreMsg.HYGIENE_CANNOT_READ: {"path": "pki/张伟.p12", "reason": "Permission denied"},
    StoreMsg.HYGIENE_CANNOT_READ_FOLDER: {"path": "backups", "reason": "Permission denied"},
    StoreMsg.HYGIENE_CANNOT_TIGHTEN: {
        "path": "inspect.sqlite3",
        "mode": "0644",
        "reason": "Operation not permitted",
    },
    StoreMsg.HYGIENE_CANNOT_REMOVE: {
        "path": "photos/.incoming-x1y2.part",
        "reason": "Read-only file system",
    },
    StoreMsg.HYGIENE_CANNOT_REMOVE_NO_PERMISSION: {"path": "photos/.incoming-x1y2.part"},
    StoreMsg.IMPORT_ALREADY_IN_FINDING: {"count": 3, "names": "排污口1.jpg, 排污口2.jpg, 厂区.jpg"},
    StoreMsg.IMPORT_ALREADY_IN_RECORD: {"count": 1, "names": "复查1.jpg"},
    StoreMsg.IMPORT_CANCELLED: {"count": 12},
}
