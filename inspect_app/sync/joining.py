"""A laptop joins an existing team without hex: the office bundle, a code to compare, a request.

The steps (issue 12, "Joining a team without hex"):

1. The team lead exports a sync bundle at the office (Sync ▸ Export a bundle, or the hub's);
   the lead's screen shows the office laptop's **code** (:func:`laptop_code`: 16 digits from
   the SHA-256 of its Ed25519 public key — Sync ▸ This laptop's identity).
2. On the new, empty laptop, :func:`read_offer` verifies the whole bundle against the key in
   its own manifest and says what it holds (agencies, officers) and the sender's code; the
   user compares the code with the lead's screen. :func:`join_team` then enrols the sender
   here (trust on first use, confirmed by the code — the same step as
   ``replica enroll OFFICE_ID KEY`` on an empty laptop) and imports the bundle.
3. The user picks who they are from the team list (:func:`choose_officer`; the role is the
   officer record's, never assumed) and the laptop makes an **enrolment request**
   (:func:`make_request`): its replica id, public key, the officer and a label, signed with
   its key — a small JSON file and the same text as a QR code on screen.
4. The lead reads the file or scans the code (a handheld scanner types the text into the
   field) with :func:`read_request`, compares the laptop's code on both screens and enrols it
   (:func:`enrol_from_request`, a normal enrolment op that travels by sync).

Why a code and not trust in the bundle alone: anyone can make a well-signed bundle; what
proves it came from the team's office is that its key's code is the one on the lead's screen.
16 decimal digits are 53 bits: finding another key with the same code takes ~10^16 key
generations, far beyond a USB-stick attacker, and digits read the same in Chinese and English.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.joining import JoinMsg
from inspect_app.domain.records import Officer
from inspect_app.storage import registry
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.bundle import ImportReport, import_bundle, read_bundle

REQUEST_KIND = "inspect-app/enrolment-request"
REQUEST_VERSION = 1
REQUEST_PREFIX = "INSPECT-ENROL1:"
"""The text form of a request (QR code, a scanner's typing): this prefix, then base64url JSON."""
REQUEST_MAX_BYTES = 4_096
REQUEST_SUFFIX = ".json"


def laptop_code(public_key_hex: str) -> str:
    """The 16-digit code people compare to recognise a laptop: ``"4821 0937 5512 0043"``.

    Args:
        public_key_hex: the laptop's Ed25519 public key, 64 hex digits.

    Returns:
        Four groups of four decimal digits: the first 53 bits of SHA-256(public key bytes).
    """
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).digest()
    number = int.from_bytes(digest[:8], "big") >> 11  # 53 bits
    digits = f"{number % 10**16:016d}"
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def same_code(typed: str, code: str) -> bool:
    """True when ``typed`` is ``code`` (spaces, dashes and full-width digits ignored)."""
    import unicodedata

    def digits(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())

    return digits(typed) == digits(code)


@dataclass(frozen=True)
class TeamOffer:
    """What an office bundle offers a joining laptop, read before anything is trusted.

    Attributes:
        path: the bundle file.
        source: the sending replica's id (32 hex).
        public_key: its Ed25519 public key (64 hex), checked against every signature.
        code: :func:`laptop_code` of that key, to compare with the lead's screen.
        agencies: names of the agencies the bundle creates.
        officers: (name, role) of the officers it creates.
        ops: how many ops it carries.
    """

    path: Path
    source: str
    public_key: str
    code: str
    agencies: tuple[str, ...]
    officers: tuple[tuple[str, str], ...]
    ops: int


def check_empty(store: Store) -> None:
    """Refuse a laptop that has officers already (joining is for a new laptop).

    Raises:
        ValidationError: it has officers.
    """
    officers = registry.list_officers(store)
    if officers:
        raise ValidationError(JoinMsg.ALREADY_IN_A_TEAM(officers=len(officers)))


def read_offer(store: Store, path: Path) -> TeamOffer:
    """Verify an office bundle completely (nothing stored) and say what it offers.

    Raises:
        ValidationError: this laptop already has officers (joining is for a new laptop), or
            the bundle holds no agency and no officer.
        BundleError: the bundle is damaged, truncated or not signed by the key it names.
    """
    check_empty(store)
    verified = read_bundle(Path(path), None, store)  # a sealed one only if addressed here
    agencies: list[str] = []
    officers: list[tuple[str, str]] = []
    for body, _signature in verified.entries:
        op = json.loads(body)
        if op.get("kind") != "create" or not isinstance(op.get("data"), dict):
            continue
        if op.get("entity") == "agency":
            agencies.append(str(op["data"].get("name", "")))
        elif op.get("entity") == "officer":
            officers.append((str(op["data"].get("name", "")), str(op["data"].get("role", ""))))
    if not agencies and not officers:
        raise ValidationError(JoinMsg.NO_TEAM_IN_BUNDLE())
    key = str(verified.manifest["public_key"])
    return TeamOffer(
        Path(path),
        str(verified.manifest["source"]),
        key,
        laptop_code(key),
        tuple(agencies),
        tuple(sorted(officers)),
        len(verified.entries),
    )


def join_team(store: Store, offer: TeamOffer, typed_code: str) -> ImportReport:
    """Trust the office laptop of ``offer`` (its code confirmed) and import its bundle.

    Args:
        store: this new laptop's store (no officer yet).
        offer: what :func:`read_offer` read.
        typed_code: the code the user read on the lead's screen (or confirmed equal).

    Raises:
        ValidationError: the code does not match (nothing is trusted or imported), or the
            laptop is not empty.
        BundleError: the file changed since it was read and no longer verifies.
    """
    check_empty(store)
    if not same_code(typed_code, offer.code):
        raise ValidationError(JoinMsg.CODE_MISMATCH(typed=typed_code.strip()))
    replicas.enroll(store, None, offer.source, offer.public_key, None)
    return import_bundle(store, offer.path)


def choose_officer(store: Store, officer_id: str) -> Officer:
    """Make ``officer_id`` (from the team list received) the officer working on this laptop.

    Raises:
        ValidationError: no such live officer here.
    """
    for officer in registry.list_officers(store):
        if officer.id == officer_id:
            store.set_setting("current_officer", officer.id)
            return officer
    raise ValidationError(JoinMsg.NOT_AN_OFFICER_HERE(officer=officer_id))


@dataclass(frozen=True)
class EnrolmentRequest:
    """A new laptop's request to be enrolled, signed with the key it asks to enrol.

    Attributes:
        replica: its replica id (32 hex).
        public_key: its Ed25519 public key (64 hex).
        officer: the officer who will work on it (id), as chosen from the team list.
        officer_name: that officer's name, for the lead to read.
        label: the laptop's label, e.g. "王芳的笔记本".
        made_at: when the request was made (UTC, ISO 8601).
        signature: Ed25519 signature (hex) over :meth:`signed_bytes`.
    """

    replica: str
    public_key: str
    officer: str
    officer_name: str
    label: str
    made_at: str
    signature: str

    @property
    def code(self) -> str:
        """The laptop's code (:func:`laptop_code`), shown on both screens to compare."""
        return laptop_code(self.public_key)

    def fields(self) -> dict[str, Any]:
        """The signed fields, as a dict (no signature)."""
        return {
            "kind": REQUEST_KIND,
            "version": REQUEST_VERSION,
            "replica": self.replica,
            "public_key": self.public_key,
            "officer": self.officer,
            "officer_name": self.officer_name,
            "label": self.label,
            "made_at": self.made_at,
        }

    def signed_bytes(self) -> bytes:
        """Canonical JSON (sorted keys, no spaces, UTF-8) of :meth:`fields`."""
        return json.dumps(
            self.fields(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")

    def to_json(self) -> str:
        """The request file's content (pretty JSON, with the signature)."""
        return json.dumps(
            {**self.fields(), "signature": self.signature}, ensure_ascii=False, indent=2
        )

    def to_text(self) -> str:
        """The one-line form for a QR code or a scanner: prefix + base64url(compact JSON)."""
        compact = json.dumps(
            {**self.fields(), "signature": self.signature},
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode("utf-8")
        return REQUEST_PREFIX + base64.urlsafe_b64encode(compact).decode("ascii").rstrip("=")


def make_request(store: Store, label: str, officer: str | None = None) -> EnrolmentRequest:
    """This laptop's enrolment request for ``officer`` (default: the current one), signed.

    Raises:
        ValidationError: no officer chosen on this laptop yet, or not one of the team.
    """
    officer_id = officer or store.setting("current_officer") or ""
    officer = next((o for o in registry.list_officers(store) if o.id == officer_id), None)
    if officer is None:
        raise ValidationError(JoinMsg.NOT_AN_OFFICER_HERE(officer=officer_id or "-"))
    unsigned = EnrolmentRequest(
        store.replica_id,
        store.public_key,
        officer.id,
        officer.name,
        label.strip() or officer.name,
        datetime.now(UTC).isoformat(timespec="seconds"),
        "",
    )
    signature = store.key.sign(unsigned.signed_bytes()).hex()
    return EnrolmentRequest(**{**unsigned.__dict__, "signature": signature})


def parse_request(text: str) -> EnrolmentRequest:
    """Read a request from its file content (JSON) or its text form, and check its signature.

    Raises:
        ValidationError: not a request of this app (with what is wrong), or its signature
            does not verify with the key it carries.
    """
    text = text.strip().lstrip("\ufeff")
    if text.startswith(REQUEST_PREFIX):
        encoded = text[len(REQUEST_PREFIX) :].strip()
        try:
            text = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail="base64")) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail=f"JSON: {exc.msg}")) from None
    if not isinstance(data, dict) or data.get("kind") != REQUEST_KIND:
        raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail="kind"))
    if data.get("version") != REQUEST_VERSION:
        raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail=f"version {data.get('version')}"))
    names = ("replica", "public_key", "officer", "officer_name", "label", "made_at", "signature")
    missing = [n for n in names if not isinstance(data.get(n), str)]
    if missing:
        raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail=", ".join(missing)))
    request = EnrolmentRequest(*(str(data[n]) for n in names))
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(request.public_key))
        key.verify(bytes.fromhex(request.signature), request.signed_bytes())
    except (InvalidSignature, ValueError):
        raise ValidationError(JoinMsg.REQUEST_BAD_SIGNATURE()) from None
    return request


def read_request(path: Path) -> EnrolmentRequest:
    """Read and check a request file (see :func:`parse_request`).

    Raises:
        ValidationError: too large, unreadable, not a request, or a bad signature.
        OSError: the file cannot be read.
    """
    size = Path(path).stat().st_size
    if size > REQUEST_MAX_BYTES:
        raise ValidationError(JoinMsg.REQUEST_TOO_LARGE(size=size, limit=REQUEST_MAX_BYTES))
    raw = Path(path).read_bytes()
    try:
        return parse_request(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError(JoinMsg.REQUEST_UNREADABLE(detail="UTF-8")) from None


def enrol_from_request(
    store: Store, officer: str | None, request: EnrolmentRequest
) -> replicas.ReplicaInfo:
    """Enrol the laptop of a checked request (a team lead; the usual enrolment rules).

    Raises:
        ValidationError: as :func:`inspect_app.sync.replicas.enroll`.
    """
    return replicas.enroll(store, officer, request.replica, request.public_key, request.label)


def write_request(request: EnrolmentRequest, out: Path) -> Path:
    """Write the request file (a new file; never overwrites) and return its path.

    Raises:
        FileExistsError: ``out`` exists.
        OSError: it cannot be written.
    """
    with open(out, "x", encoding="utf-8") as fp:
        fp.write(request.to_json() + "\n")
    return out
