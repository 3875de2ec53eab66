"""``inspect-app team …``: a new laptop joins a team from the office bundle, without hex.

    inspect-app team offer OFFICE.zip                 # what the bundle holds, the office code
    inspect-app team join OFFICE.zip --code "4821 0937 5512 0043"
    inspect-app officer use OFFICER_ID                # who works on this laptop
    inspect-app team request --label 李四的笔记本 --out request.json
    inspect-app --as LEAD_ID team enrol request.json  # on the lead's laptop or the hub

Or through the office hub, by a short code:

    inspect-app --as LEAD_ID team pairing --hub http://OFFICE:8765      # prints a code, a slot
    inspect-app --as LEAD_ID team pairing --hub http://OFFICE:8765 --scope basin:涪江
    inspect-app team pair --hub http://OFFICE:8765 --code 48210937 --label 李四的笔记本
    inspect-app --as LEAD_ID team pairing --hub http://OFFICE:8765 --slot SLOT  # who paired

The rules are in :mod:`inspect_app.sync.joining`; this module only reads the arguments and
shapes the results.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import add_output_options, output_path
from inspect_app.cli.messages import translate
from inspect_app.domain.messages.joining import JoinMsg
from inspect_app.storage import registry
from inspect_app.storage.store import Store
from inspect_app.sync import joining


def add_commands(group: Any, leaf: Any) -> None:
    """Add the ``team`` group: ``offer``, ``join``, ``request``, ``enrol``."""
    team = group(
        "team",
        translate("CommandLine", "join an existing team from the office bundle (no hex to copy)"),
    )
    bundle_help = translate("CommandLine", "the office's sync bundle (a ZIP file)")
    p = leaf(
        team,
        "offer",
        _offer,
        translate(
            "CommandLine",
            "check an office bundle and show its team and the office code (nothing is stored)",
        ),
    )
    p.add_argument("bundle", type=Path, help=bundle_help)
    p = leaf(
        team,
        "join",
        _join,
        translate(
            "CommandLine",
            "trust the office laptop whose code you compared, and import its bundle",
        ),
    )
    p.add_argument("bundle", type=Path, help=bundle_help)
    p.add_argument(
        "--code",
        required=True,
        help=translate(
            "CommandLine",
            "the office code shown on the team lead's screen (Sync ▸ This laptop's identity)",
        ),
    )
    p = leaf(
        team,
        "request",
        _request,
        translate(
            "CommandLine",
            "write this laptop's enrolment request for the officer in use (after 'officer use')",
        ),
    )
    p.add_argument(
        "--label", default="", help=translate("CommandLine", "a name for it, e.g. whose laptop")
    )
    add_output_options(p, "FILE.json", translate("CommandLine", "the request file"))
    p = leaf(
        team,
        "enrol",
        _enrol,
        translate("CommandLine", "enrol the laptop of a request file (team lead)"),
    )
    p.add_argument(
        "request",
        help=translate(
            "CommandLine", "the request file, or its text (as a scanner types the QR code)"
        ),
    )

    hub_help = translate("CommandLine", "the office hub's address, e.g. http://10.0.0.5:8765")
    p = leaf(
        team,
        "pairing",
        _pairing,
        translate(
            "CommandLine",
            "team lead: show a code a new laptop pairs with on the hub; with --slot, who paired",
        ),
    )
    p.add_argument("--hub", required=True, help=hub_help)
    p.add_argument(
        "--slot", help=translate("CommandLine", "the pairing slot a previous call printed")
    )
    p.add_argument(
        "--scope",
        nargs="+",
        metavar="KEY",
        help=translate(
            "CommandLine",
            "what the new laptop receives: scope keys agency:ID, basin:CODE or NAME, "
            "region:CODE (default: everything)",
        ),
    )
    p = leaf(
        team,
        "pair",
        _pair,
        translate(
            "CommandLine", "new laptop: pair with the hub by the team lead's code, get the team"
        ),
    )
    p.add_argument("--hub", required=True, help=hub_help)
    p.add_argument(
        "--code", required=True, help=translate("CommandLine", "the 8-digit code of the lead")
    )
    p.add_argument(
        "--label", default="", help=translate("CommandLine", "a name for it, e.g. whose laptop")
    )


def _offer(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    offer = joining.read_offer(store, args.bundle)
    return {
        "source": offer.source,
        "laptop_code": offer.code,
        "agencies": list(offer.agencies),
        "officers": [f"{name} ({role})" for name, role in offer.officers],
        "ops": offer.ops,
    }


def _join(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    offer = joining.read_offer(store, args.bundle)
    report = joining.join_team(store, offer, args.code)
    officers = registry.list_officers(store)
    return {
        **{k: v for k, v in asdict(report).items() if k in ("accepted", "duplicate")},
        "officers": [f"{o.id} {o.name} ({o.role})" for o in officers],
        "next_step": "officer use OFFICER_ID; team request --label … --out request.json",
    }


def _request(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.cli import _acting_or_none

    out = output_path(store, args)  # an existing file only with --force
    request = joining.make_request(store, args.label, _acting_or_none(store, args))
    if out.exists():
        out.unlink()
    joining.write_request(request, out)
    return {
        "path": str(out),
        "laptop_code": request.code,
        "officer_name": request.officer_name,
        "label": request.label,
        "request_text": request.to_text(),
    }


def _enrol(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.cli import _acting_or_none

    text = str(args.request)
    if text.startswith(joining.REQUEST_PREFIX):
        request = joining.parse_request(text)
    else:
        request = joining.read_request(Path(text))
    info = joining.enrol_from_request(store, _acting_or_none(store, args), request)
    return {
        **asdict(info),
        "laptop_code": request.code,
        "officer_name": request.officer_name,
        "outcome": JoinMsg.ENROLLED(
            label=request.label, code=request.code, officer=request.officer_name
        ),
    }


def _pairing(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.cli import _acting
    from inspect_app.sync import pairing

    if args.slot:
        return pairing.pairing_state(store, args.hub, args.slot)
    ticket = pairing.open_pairing(store, args.hub, _acting(store, args), args.scope)
    from inspect_app.cli import _json_mode

    shown = asdict(ticket)
    if ticket.scope is None and not _json_mode(args):
        shown.pop("scope")  # everything, as before
    return shown


def _pair(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.cli import _json_mode
    from inspect_app.cli.human import value_text
    from inspect_app.cli.messages import current_language
    from inspect_app.domain.messages import CHINESE
    from inspect_app.domain.messages.sync import SyncMsg
    from inspect_app.sync import pairing

    paired = pairing.pair_with_hub(store, args.hub, args.code, args.label)
    language = current_language()

    def officer(o: Any) -> str:  # --json keeps the stored role; a person reads its word
        if _json_mode(args) or language != CHINESE:
            return f"{o.id} {o.name} ({o.role})"
        return f"{o.id} {o.name}（{value_text('role', o.role, language)}）"

    return {
        "hub_code": paired.hub_code,
        "laptop_code": paired.laptop_code,
        "officers": [officer(o) for o in registry.list_officers(store)],
        "next_step": SyncMsg.SYNC_CHOOSE_OFFICER(command="officer use OFFICER_ID"),
    }
