"""Bundles sealed for their recipients (issue 14): who may open one, and the file key's wraps.

A sealed bundle is the signed ZIP of :mod:`inspect_app.sync.bundle`, unchanged inside, written
through :class:`~inspect_app.storage.protection.sealed_stream.SealWriter` under a random
32-byte file key, so the ZIP never exists in clear on disk. The sealed stream's header (which
every chunk authenticates) says who can open it::

    {"bundle": 1, "sender": "<replica id>",
     "recipients": [{"replica": "<replica id>", "wrapped": "<hex HPKE(file key)>"}, …]}

Each wrap is HPKE (RFC 9180 base mode, :data:`~.keyfile.HPKE_SUITE`: DHKEM(X25519,
HKDF-SHA256), HKDF-SHA256, AES-256-GCM) to the recipient's box key (``replica.box_key``,
published by that replica itself), with ``info`` = ``b"inspect_app bundle v1|" + sender``.
The sender is always a recipient (its export is read back and verified before "done").

Recipients (:func:`bundle_recipients`): the replicas named (``--for``), else every active,
enrolled replica this store knows a box key for. The store cannot tell the office hub and the
leads' laptops from the other laptops (a replica record has no role, and an enrolment does
not say who uses the laptop), so "for the office" is the whole team: a lost USB stick reveals
nothing to anyone outside it. A replica whose box key has not arrived yet (it comes with its
own first sync after the upgrade) cannot be a recipient: see :func:`bundle_recipients` for when
the bundle is then written clear, with a warning.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from inspect_app.domain.messages import Message
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.keys import box_public_hex
from inspect_app.storage.protection.keyfile import HPKE_SUITE
from inspect_app.storage.store import Store

SEAL_FORMAT = 1
"""The ``bundle`` field of a sealed bundle's header."""
MAX_RECIPIENTS = 4096
"""Most recipients a sealed header may list (a team has tens; bounds a hostile header)."""
UNSEALED_OPTION = "--unsealed"
"""The command line's option for a clear bundle (a new laptop joining the team)."""


def _info(sender: str) -> bytes:
    return b"inspect_app bundle v1|" + sender.encode("utf-8")


@dataclass
class Recipients:
    """Whom an export is sealed for.

    Attributes:
        keys: replica id → its box key (hex); empty when the bundle is written clear.
        warning: what the export report says (a bundle written clear, replicas left out).
    """

    keys: dict[str, str] = field(default_factory=dict)
    warning: Message | None = None

    @property
    def sealed(self) -> bool:
        """True when the bundle is sealed (there is at least the sender)."""
        return bool(self.keys)


def _names(store: Store, replicas: Sequence[str]) -> str:
    return ", ".join(replica_name(store, r) for r in sorted(replicas))


def replica_name(store: Store, replica: str) -> str:
    """How a person recognises a replica: its label and short id, else the short id."""
    found = store.db.conn.execute("SELECT label FROM replica WHERE id = ?", [replica]).fetchone()
    short = replica[:8]
    return f"{found[0]} ({short})" if found and found[0] else short


def _usable(box_key: str | None) -> bool:
    """True when ``box_key`` is an X25519 public key HPKE can seal to.

    64 hex characters (the entity check) are not enough: a low-order point (all zeros, …)
    makes every X25519 exchange fail (RFC 7748 §6.1), which would break every export of the
    team. Such a key, from a broken or hostile replica, counts as not published yet.
    """
    if not box_key:
        return False
    try:
        public = X25519PublicKey.from_public_bytes(bytes.fromhex(box_key))
        X25519PrivateKey.generate().exchange(public)
    except (ValueError, TypeError):
        return False
    return True


def bundle_recipients(
    store: Store, targets: Sequence[str] | None = None, unsealed: bool = False
) -> Recipients:
    """The one rule for whom a bundle is sealed (window, command line, tests).

    Args:
        store: the sender.
        targets: the replicas the bundle is for (``--for``); None: every active enrolled one.
        unsealed: write it clear, as asked (a new laptop joining cannot be a recipient yet).

    Returns:
        Sealed for the sender plus: every target, when each has a box key here (else clear,
        naming those without); or, for the team, every active replica with a box key (those
        without one left out, named) — clear when none has one, or no other is known (the
        first bundle of a new laptop: nobody else could open it).
    """
    if unsealed:
        return Recipients(warning=ProtectMsg.BUNDLE_CLEAR_ASKED(option=UNSEALED_OPTION))
    rows = store.db.conn.execute("SELECT id, box_key, status, withdrawn FROM replica")
    known = {
        replica: box_key if _usable(box_key) else None  # a low-order point: as if none
        for replica, box_key, status, withdrawn in rows
        if replica != store.replica_id
        and (targets is not None or (status, withdrawn) == ("active", 0))
    }
    wanted = sorted(set(targets) - {store.replica_id}) if targets is not None else sorted(known)
    missing = [r for r in wanted if not known.get(r)]
    keys = {r: str(known[r]) for r in wanted if known.get(r)}
    if not keys and not missing:  # no other replica known here: nobody else could open it
        return Recipients(warning=ProtectMsg.BUNDLE_NO_RECIPIENTS())
    if missing and (targets is not None or not keys):
        return Recipients(warning=ProtectMsg.BUNDLE_NOT_SEALED(replicas=_names(store, missing)))
    keys[store.replica_id] = box_public_hex(store.box_key)
    warning = ProtectMsg.BUNDLE_LEFT_OUT(replicas=_names(store, missing)) if missing else None
    return Recipients(keys, warning)


def seal_header(sender: str, recipients: Recipients) -> tuple[bytes, dict[str, Any]]:
    """A new random file key and the sealed header that wraps it for each recipient.

    Raises:
        ValueError: a recipient's box key is not an X25519 public key (64 hex).
    """
    file_key = secrets.token_bytes(32)
    wraps = []
    for replica, public in sorted(recipients.keys.items()):
        key = X25519PublicKey.from_public_bytes(bytes.fromhex(public))
        wraps.append(
            {"replica": replica, "wrapped": HPKE_SUITE.encrypt(file_key, key, _info(sender)).hex()}
        )
    return file_key, {"bundle": SEAL_FORMAT, "sender": sender, "recipients": wraps}


class NotAddressedError(ValueError):
    """A sealed bundle with no wrap for this replica; ``recipients`` are the ids it lists."""

    def __init__(self, recipients: list[str]) -> None:
        super().__init__("not addressed to this replica")
        self.recipients = recipients


class SealHeaderError(ValueError):
    """A sealed bundle's header that is malformed, or whose wrap does not open."""


def header_recipients(header: dict[str, Any]) -> tuple[str, list[dict[str, str]]]:
    """The sender and the recipient entries of a sealed header, checked for shape.

    Raises:
        SealHeaderError: not a sealed bundle header of format 1.
    """
    sender, entries = header.get("sender"), header.get("recipients")
    if (
        header.get("bundle") != SEAL_FORMAT
        or not isinstance(sender, str)
        or not 0 < len(sender) <= 128
        or not isinstance(entries, list)
        or len(entries) > MAX_RECIPIENTS
    ):
        raise SealHeaderError("not a sealed bundle header")
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("replica"), str)
            or not isinstance(entry.get("wrapped"), str)
            or len(entry["replica"]) > 128
            or len(entry["wrapped"]) > 1024
        ):
            raise SealHeaderError("malformed recipient entry")
    return sender, entries


def key_opener(replica: str, box_key: X25519PrivateKey) -> Callable[[dict[str, Any]], bytes]:
    """The ``key_for`` of a :class:`~.sealed_stream.SealedReader`: unwrap this replica's entry.

    Raises (from the returned function):
        NotAddressedError: no entry for ``replica``.
        SealHeaderError: a malformed header, or the wrap does not open under ``box_key``.
    """

    def key_for(header: dict[str, Any]) -> bytes:
        sender, entries = header_recipients(header)
        mine = [e for e in entries if e["replica"] == replica]
        if not mine:
            raise NotAddressedError([e["replica"] for e in entries])
        try:
            file_key = HPKE_SUITE.decrypt(bytes.fromhex(mine[0]["wrapped"]), box_key, _info(sender))
        except (ValueError, InvalidTag) as exc:
            raise SealHeaderError("the wrap for this replica does not open") from exc
        if len(file_key) != 32:
            raise SealHeaderError("the file key is not 32 bytes")
        return file_key

    return key_for
