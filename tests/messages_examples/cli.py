"""Example parameters for the messages of ``inspect_app.domain.messages.cli`` (``CliMsg``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.notice import NoticeMsg

_FILE = Path("/home/zhang/口令.txt")
_PDF = Path("/home/zhang/决定书.pdf")

EXAMPLES: dict[CliMsg, dict[str, Param]] = {
    CliMsg.ERROR_LINE: {"message": "纬度 95 超出 −90…90 度的范围"},
    CliMsg.INTERRUPTED: {},
    CliMsg.OS_ERROR: {"problem": "Permission denied", "path": "/media/相机"},
    CliMsg.OS_ERROR_NO_PATH: {"problem": "No space left on device"},
    CliMsg.UNEXPECTED: {"kind": "ValueError", "problem": "boom"},
    CliMsg.UNEXPECTED_LOGGED: {
        "kind": "ValueError",
        "problem": "boom",
        "log": Path("/home/zhang/.local/state/inspect-app/inspect-app.log"),
    },
    CliMsg.NO_DISPLAY: {
        "display": "DISPLAY",
        "wayland": "WAYLAND_DISPLAY",
        "help": "inspect-app --help",
        "offscreen": "QT_QPA_PLATFORM=offscreen",
    },
    CliMsg.DATA_DIR_EMPTY: {"option": "--data-dir"},
    CliMsg.OP_QUARANTINED: {"op": "3f2a9c0b7d1e", "reason": "signature does not verify"},
    CliMsg.SIGNATURES_INVALID: {},
    CliMsg.CHECK_FAILED: {"fields": "chain_breaks / integrity"},
    CliMsg.UNKNOWN_OFFICER: {"officer": "nobody", "command": "officer list"},
    CliMsg.NO_OFFICER_CHOSEN: {
        "use": "officer use ID",
        "list": "officer list",
        "option": "--as OFFICER_ID",
    },
    CliMsg.NO_OFFICER_YET: {"add": "officer add", "option": "--as OFFICER_ID"},
    CliMsg.NOTHING_TO_CHANGE_AGENCY: {
        "options": "--name, --code, --region",
        "command": "agency seal ID --png FILE",
    },
    CliMsg.NOTHING_TO_CHANGE_SITE: {"options": "--name, --credit-code, --address"},
    CliMsg.NOTHING_TO_CHANGE: {"options": "--description, --severity"},
    CliMsg.POSITION_NEEDS_BOTH: {"lat": "--lat", "lon": "--lon"},
    CliMsg.NO_CLONE_DETECTED: {"option": "--force"},
    CliMsg.NEXT_STEP_ENROL: {"command": "replica enroll 0f1e2d3c4b5a6978 MCowBQYDK2VwAyEA"},
    CliMsg.UNKNOWN_REPLICA: {"replica": "0f1e2d3c", "list": "replica list", "option": "--for"},
    CliMsg.PROMPT: {"prompt": CliMsg.PASSPHRASE_SIGNING()},
    CliMsg.PROMPT_AGAIN: {},
    CliMsg.PASSPHRASE_NEW_CA: {},
    CliMsg.PASSPHRASE_CA: {},
    CliMsg.PASSPHRASE_NEW_PKCS: {},
    CliMsg.PASSPHRASE_PKCS: {},
    CliMsg.PASSPHRASE_SIGNING: {},
    CliMsg.PASSPHRASE_FILE_TOO_LARGE: {"path": _FILE},
    CliMsg.PASSPHRASE_FILE_UNREADABLE: {"path": _FILE, "reason": "Permission denied"},
    CliMsg.PASSPHRASE_FILE_UTF_SIXTEEN: {"path": _FILE},
    CliMsg.PASSPHRASE_FILE_NOT_UTF: {"path": _FILE},
    CliMsg.PASSPHRASE_FIRST_LINE_EMPTY: {"path": _FILE},
    CliMsg.PASSPHRASE_NO_TERMINAL: {
        "prompt": CliMsg.PASSPHRASE_NEW_CA(),
        "option": "--passphrase-file FILE",
    },
    CliMsg.PASSPHRASES_DIFFER: {},
    CliMsg.PASSPHRASE_EMPTY: {},
    CliMsg.WHAT_STROKES_FILE: {},
    CliMsg.WHAT_NARRATIVE_FILE: {},
    CliMsg.TEXT_FILE_TOO_LARGE: {
        "path": Path("检查情况.txt"),
        "what": CliMsg.WHAT_NARRATIVE_FILE(),
    },
    CliMsg.TEXT_FILE_NOT_UTF: {"path": Path("sign.json"), "what": CliMsg.WHAT_STROKES_FILE()},
    CliMsg.STROKES_NOT_JSON: {"path": Path("sign.json"), "line": 3, "column": 14},
    CliMsg.NO_TEAM_CA: {"command": "pki init-ca"},
    CliMsg.TRUST_TOO_LARGE: {"path": Path("ca.pem")},
    CliMsg.TRUST_NOT_PEM: {"path": Path("ca.pem")},
    CliMsg.PDF_TOO_LARGE: {"path": _PDF},
    CliMsg.TRUST_UNUSABLE: {"paths": "ca.pem, other.pem", "problem": "not a CA certificate"},
    CliMsg.TEAM_CA_UNUSABLE: {"problem": "not a CA certificate"},
    CliMsg.DRAFT_LABEL: {"id": "9c1d2e3f"},
    CliMsg.NOT_DRAFT_CHANGE: {
        "notice": "遂环责改〔2026〕12号",
        "status": NoticeMsg.STATUS_ISSUED,
        "command": "notice supersede 9c1d2e3f4a5b",
    },
    CliMsg.NOT_DRAFT_DISCARD: {
        "notice": "遂环责改〔2026〕12号",
        "status": NoticeMsg.STATUS_SERVED,
        "command": "notice supersede 9c1d2e3f4a5b",
    },
    CliMsg.NOTHING_TO_CHANGE_NOTICE: {
        "order": "--order TEXT",
        "deadline": "--deadline YYYY-MM-DD",
    },
    CliMsg.NUMBER_STAYS_USED: {"number": "遂环责改〔2026〕12号"},
    CliMsg.NO_SIGNED_DECISION: {
        "notice": CliMsg.DRAFT_LABEL(id="9c1d2e3f"),
        "status": NoticeMsg.STATUS_DRAFT,
        "command": "notice issue ID --out FILE.pdf",
    },
    CliMsg.NO_SIGNED_RECEIPT: {
        "notice": "遂环责改〔2026〕12号",
        "command": "notice serve ID … --sign --out FILE.pdf",
    },
    CliMsg.NO_CLOSED_RECORD: {
        "notice": "遂环责改〔2026〕12号",
        "command": "record close ID --out FILE.pdf",
    },
    CliMsg.SEAL_LEAD_ONLY: {"option": "--as"},
    CliMsg.SEAL_TOO_LARGE: {"path": Path("印章.png")},
    CliMsg.SEAL_NOT_PNG: {"path": Path("印章.jpg")},
    CliMsg.BAD_TIME: {"option": "--start", "value": "9:30"},
    CliMsg.STROKES_OR_REFUSED: {"strokes": "--strokes", "refused": "--refused"},
    CliMsg.PARTY_REFUSAL_NEEDS_WITNESS: {"option": "--witness NAME"},
    CliMsg.RECIPIENT_REFUSAL_NEEDS_WITNESS: {"option": "--witness NAME"},
    CliMsg.WITNESS_ONLY_FOR_REFUSAL: {"witness": "--witness", "refused": "--refused"},
    CliMsg.PARTY_SIGNATURE_NEEDED: {"strokes": "--strokes FILE.json", "refused": "--refused"},
    CliMsg.RECIPIENT_SIGNATURE_NEEDED: {
        "strokes": "--strokes FILE.json",
        "refused": "--refused",
    },
    CliMsg.CERTIFICATE_OF_ANOTHER: {},
    CliMsg.REINSPECT_NOT_SERVED_YET: {"command": "notice serve ID …"},
    CliMsg.REINSPECT_NOT_SERVED: {"status": NoticeMsg.STATUS_DRAFT},
    CliMsg.REINSPECT_OTHER_PARTY: {"option": "--site"},
    CliMsg.TWO_OFFICERS_TAKE_PART: {"options": "--officer ID --officer ID"},
    CliMsg.OUTCOME_ONLY_REINSPECTION: {
        "outcome": "--outcome",
        "reinspect": "--reinspect NOTICE_ID",
    },
    CliMsg.GIVE_SITE_AND_AGENCY: {"site": "--site", "agency": "--agency"},
    CliMsg.GIVE_OPTION: {"option": "--agency"},
    CliMsg.OUTCOME_ONLY_REINSPECTION_RECORD: {"option": "--outcome"},
    CliMsg.RECORD_TWO_OFFICERS: {},
    CliMsg.SIGNED_BEFORE_CHANGE: {"count": 2},
    CliMsg.LIMIT_TOO_SMALL: {"option": "--limit"},
    CliMsg.RECORD_CLOSED_NO_SIGNATURES: {},
    CliMsg.OFFICER_CANNOT_REFUSE: {"option": "--strokes"},
    CliMsg.NOT_RECORD_OFFICER: {"command": "record edit ID --officer …"},
    CliMsg.OFFICER_SIGNATURE_NEEDED: {"option": "--strokes FILE.json"},
    CliMsg.PARTY_NAME_NEEDED: {"option": "--party"},
    CliMsg.RECORD_ALREADY_CLOSED: {"sha": "5d41402abc4b2a76b9719d911017c592" * 2},
    CliMsg.CLOSE_PARTICIPANTS_ONLY: {"option": "--as"},
    CliMsg.CLOSE_NOTICE_NOT_SERVED: {"status": NoticeMsg.STATUS_ISSUED},
    CliMsg.RECORD_STILL_OPEN: {"command": "record close ID --out FILE.pdf"},
    CliMsg.ALREADY_SERVED: {
        "number": "遂环责改〔2026〕12号",
        "served_at": datetime(2026, 11, 28, 9, 30, tzinfo=timezone(timedelta(hours=8))),
    },
    CliMsg.RECIPIENT_NAME_NEEDED: {"option": "--recipient"},
    CliMsg.SIGN_NEEDS_OUT: {"sign": "--sign", "out": "--out FILE.pdf"},
    CliMsg.RECEIPT_SERVERS_ONLY: {"officer": "--officer", "acting": "--as"},
    CliMsg.OUT_NEEDS_SIGN: {
        "out": "--out",
        "passphrase": "--passphrase-file",
        "sign": "--sign",
    },
    CliMsg.RECEIPT_NOT_SIGNED: {"id": "7a8b9c0d", "problem": "the passphrase is wrong"},
}
