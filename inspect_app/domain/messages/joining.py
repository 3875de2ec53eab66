"""Keyed messages about a laptop joining a team: the office bundle and the enrolment request."""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class JoinMsg(MessageKind):
    """Every keyed message of joining a team: ``JoinMsg.X.id``, ``JoinMsg.X(**p)``."""

    ALREADY_IN_A_TEAM = translate(
        "Message",
        "this laptop already belongs to a team ({officers} officers known here): joining is for "
        "a new, empty laptop",
        "join.already_in_a_team",
    )
    NO_TEAM_IN_BUNDLE = translate(
        "Message",
        "this bundle holds no agency and no officer: ask the team lead for the office bundle "
        "made for joining (Sync ▸ Export bundle…)",
        "join.no_team_in_bundle",
    )
    CODE_MISMATCH = translate(
        "Message",
        "the office code typed ({typed}) is not the code of this bundle: do not join with it; "
        "ask the team lead for the right bundle",
        "join.code_mismatch",
    )
    NOT_AN_OFFICER_HERE = translate(
        "Message",
        "officer {officer} is not in the team list this laptop received",
        "join.not_an_officer_here",
    )
    REQUEST_UNREADABLE = translate(
        "Message",
        "this is not an enrolment request of this app ({detail})",
        "join.request_unreadable",
    )
    REQUEST_BAD_SIGNATURE = translate(
        "Message",
        "the enrolment request is not signed by the laptop it names: it was altered or "
        "damaged; ask for a new one",
        "join.request_bad_signature",
    )
    REQUEST_TOO_LARGE = translate(
        "Message",
        "the file is {size} bytes: an enrolment request is under {limit} bytes; choose the "
        "request file the new laptop saved",
        "join.request_too_large",
    )
    ENROLLED = translate(
        "Message",
        "laptop {label} ({code}) enrolled for {officer}: it receives the team's records at its "
        "next sync",
        "join.enrolled",
    )
    PAIRING_NOT_LEAD = translate(
        "Message",
        "officer {officer} is not a team lead on the hub: only a team lead pairs a new laptop",
        "join.pairing_not_lead",
    )
    PAIRING_WRONG_CODE = translate(
        "Message",
        "the pairing code is wrong or no longer valid (a code is good for 10 minutes and one "
        "laptop): ask the team lead for a new code",
        "join.pairing_wrong_code",
    )
    PAIRING_BODY = translate(
        "Message",
        "a pairing request must be {shape}",
        "join.pairing_body",
    )
    PAIRING_SCOPE_IGNORED = translate(
        "Message",
        "the hub did not take the scope (an older hub): the new laptop would receive every "
        "record; update the hub, or pair without {option} and set the scope with {command}",
        "join.pairing_scope_ignored",
    )
