"""``pki revoke``, ``pki crl`` and ``pki issue-tsa``: revocation and the hub's timestamps.

::

    inspect-app --as LEAD pki revoke --certificate FINGERPRINT --reason key_compromise
    inspect-app --as LEAD pki crl                        # on the laptop with the CA key
    inspect-app --as LEAD pki issue-tsa --out hub-tsa.p12  # on the laptop with the CA key
    inspect-app hub serve --tsa hub-tsa.p12 --tsa-passphrase-file F   # on the hub

A revocation is recorded at once and syncs; the CRL is made where the CA key is (``pki
revoke`` makes it too when run there, asking for the CA passphrase). Passphrases come from
``--ca-passphrase-file`` / ``--passphrase-file`` (first line) or a hidden prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import add_output_options, output_path, read_passphrase
from inspect_app.cli.messages import translate
from inspect_app.domain.entities import RevocationReason
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.notices.credentials import write_private
from inspect_app.notices.team_pki import (
    has_ca_key,
    issue_hub_tsa,
    make_team_crl,
    revoke_certificate,
)
from inspect_app.notices.verify_case import beijing_time
from inspect_app.storage.lasting import certificate_row
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store

Leaf = Callable[..., Any]


def _add_revocation_commands(pki: Any, leaf: Leaf) -> None:
    """Add ``pki revoke``, ``pki crl`` and ``pki issue-tsa`` to the ``pki`` group."""
    p = leaf(
        pki,
        "revoke",
        _pki_revoke,
        translate("CommandLine", "revoke an officer's signing certificate (team lead)"),
    )
    p.add_argument(
        "--certificate",
        required=True,
        metavar="FINGERPRINT",
        help=translate("CommandLine", "its SHA-256 fingerprint (or its first 8+ characters)"),
    )
    p.add_argument(
        "--reason",
        required=True,
        choices=[r.value for r in RevocationReason],
        help=translate("CommandLine", "why (key_compromise: the laptop or key file was lost)"),
    )
    _ca_passphrase_option(p)
    p = leaf(
        pki,
        "crl",
        _pki_crl,
        translate(
            "CommandLine", "make a fresh revocation list (CRL) where the team CA key is (lead)"
        ),
    )
    _ca_passphrase_option(p)
    p = leaf(
        pki,
        "issue-tsa",
        _pki_issue_tsa,
        translate("CommandLine", "issue the office hub's timestamping certificate (team lead)"),
    )
    add_output_options(p, "FILE.p12", translate("CommandLine", "the hub's PKCS#12 file"))
    _ca_passphrase_option(p)
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "the new PKCS#12 file's passphrase (8+ characters); first line"
        ),
    )


def _ca_passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ca-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "the CA key's passphrase; read from its first line"),
    )


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _pki_revoke(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    store.require_lead(officer)
    cert = certificate_row(store, args.certificate)  # refuse an unknown one before asking
    ca_pass = None
    if has_ca_key(store):
        ca_pass = read_passphrase(
            args.ca_passphrase_file, CliMsg.PASSPHRASE_CA(), option="--ca-passphrase-file"
        )
    result = revoke_certificate(store, officer, str(cert["id"]), args.reason, ca_pass)
    holder = get_officer(store, result.officer_id).name
    out: dict[str, Any] = {
        "fingerprint": result.fingerprint,
        "officer": result.officer_id,
        "revoked_at": result.revoked_at,
        "crl_number": result.crl,
        "message": SigningMsg.REVOKED_DONE(officer=holder, time=beijing_time(result.revoked_at)),
    }
    if result.crl is not None:
        out["crl"] = SigningMsg.CRL_MADE(number=result.crl, count=_revoked_count(store))
    else:
        out["next_step"] = SigningMsg.CRL_PENDING(command="inspect-app pki crl")
    return out


def _pki_crl(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    store.require_lead(officer)
    if not has_ca_key(store):
        raise ValidationError(SigningMsg.NO_CA_KEY())
    ca_pass = read_passphrase(
        args.ca_passphrase_file, CliMsg.PASSPHRASE_CA(), option="--ca-passphrase-file"
    )
    made = make_team_crl(store, officer, ca_pass)
    return {
        "sha256": made.sha256,
        "crl_number": made.number,
        "this_update": made.this_update.isoformat(),
        "next_update": made.next_update.isoformat() if made.next_update else None,
        "revoked": len(made.revoked),
        "message": SigningMsg.CRL_MADE(number=made.number, count=len(made.revoked)),
    }


def _pki_issue_tsa(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    store.require_lead(officer)
    if not has_ca_key(store):
        raise ValidationError(SigningMsg.NO_CA_KEY())
    out = output_path(store, args)
    ca_pass = read_passphrase(
        args.ca_passphrase_file, CliMsg.PASSPHRASE_CA(), option="--ca-passphrase-file"
    )
    new_pass = read_passphrase(args.passphrase_file, CliMsg.PASSPHRASE_NEW_PKCS(), confirm=True)
    issued = issue_hub_tsa(store, officer, ca_pass, new_pass)
    write_private(out, issued.p12)
    command = f"inspect-app hub serve --tsa {out} --tsa-passphrase-file FILE"
    return {
        "out": str(out),
        "fingerprint": issued.fingerprint,
        "not_after": issued.not_after,
        "message": SigningMsg.TSA_ISSUED(path=out, command=command),
    }


def _revoked_count(store: Store) -> int:
    row = store.db.conn.execute(
        "SELECT count(*) FROM certificate WHERE withdrawn = 0 AND revoked_at IS NOT NULL"
    ).fetchone()
    return int(row[0])


def _moment_arg(text: str | None) -> dt.datetime | None:
    """``--at YYYY-MM-DD`` (or a full ISO 8601 time) as an aware UTC time; None if absent.

    A bare date means noon in Asia/Shanghai that day.

    Raises:
        ValidationError: not a date.
    """
    if not text:
        return None
    try:
        if len(text.strip()) == 10:
            day = dt.date.fromisoformat(text.strip())
            return dt.datetime(day.year, day.month, day.day, 4, tzinfo=dt.UTC)
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(Msg.TIME_NOT_A_DATE(field="--at", value=text)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def add_hub_tsa_options(p: argparse.ArgumentParser) -> None:
    """Add ``--tsa FILE.p12`` and ``--tsa-passphrase-file FILE`` to ``hub serve``."""
    p.add_argument(
        "--tsa",
        type=Path,
        metavar="FILE.p12",
        help=translate(
            "CommandLine",
            "run a timestamp authority (RFC 3161) with this certificate from 'pki issue-tsa',"
            " and keep a long-term (B-LTA) copy of every signed document",
        ),
    )
    p.add_argument(
        "--tsa-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "the TSA file's passphrase; read from its first line"),
    )


def hub_tsa_service(args: argparse.Namespace) -> Any:
    """The hub's timestamp service from ``--tsa`` (None without it).

    Raises:
        ValidationError: the file cannot be read.
        PkiError: a wrong passphrase, or not a timestamping certificate.
    """
    path: Path | None = getattr(args, "tsa", None)
    if path is None:
        return None
    from inspect_app.cli.inputs import unreadable
    from inspect_app.notices.ltv import HubTimestampService
    from inspect_app.notices.tsa import tsa_from_p12

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(unreadable(path, exc)) from None
    passphrase = read_passphrase(
        args.tsa_passphrase_file, CliMsg.PASSPHRASE_PKCS(), option="--tsa-passphrase-file"
    )
    return HubTimestampService(tsa_from_p12(data, passphrase))
