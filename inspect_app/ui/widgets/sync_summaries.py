"""What the Sync menu tells the user: the summary texts of imports, exports and hub syncs.

The summary texts are built by plain functions (:func:`import_summary`,
:func:`export_summary`, :func:`refused_summary`, :func:`hub_summary` and the hub error
summaries) so what the user is told can be tested without widgets. They never say
"complete" while something is missing: quarantined changes, photos still expected or failed,
conflicts opened and flagged clocks are listed. What the core says (a refusal, a hub's error,
why a change was set aside, why a photo failed) is keyed and shown with
:func:`~inspect_app.ui.core_messages.message_text` in the UI language. The texts keep the
``sync_dialogs`` translation context they had when they lived in
:mod:`inspect_app.ui.widgets.sync_dialogs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from inspect_app.domain.messages import Message
from inspect_app.storage.keyed_reasons import decode_message, set_aside_message
from inspect_app.sync.bundle import ExportReport, ImportReport
from inspect_app.ui.core_messages import message_text

translate = QCoreApplication.translate


@dataclass
class Summary:
    """What a sync summary says.

    Attributes:
        ok: nothing to look at (only then may the headline say the job is complete).
        refused: the job was refused or stopped with an error (an error icon is shown).
        headline: one sentence.
        lines: the details, one item a line.
        identity: this laptop's (replica id, public key), offered with a copy button when
            what to do next is to enrol this laptop somewhere.
    """

    ok: bool
    headline: str
    lines: list[str] = field(default_factory=list)
    refused: bool = False
    identity: tuple[str, str] | None = None


def said_text(said: Message | str) -> str:
    """What the core said, in the UI language: a keyed message rendered, text as it came."""
    return message_text(said) if isinstance(said, Message) else str(said)


def set_aside_text(item: dict[str, Any]) -> str:
    """Why a change was set aside (a report's ``quarantined`` item), in the UI language."""
    return message_text(set_aside_message(item))


def keyed_text(item: dict[str, Any], key: str) -> str:
    """``item[key]`` in the UI language, from its keyed form ``keyed`` when it has one."""
    message = decode_message(item.get("keyed"))
    return message_text(message) if message is not None else str(item.get(key, ""))


def _count(n: int, one: str, many: str) -> str:
    """Translated ``one`` for 1 (English has a singular), else ``many``; both take ``{0}``."""
    return (one if n == 1 else many).format(n)


def import_summary(report: ImportReport, source_label: str) -> Summary:
    """The summary of an import: what arrived, and everything that is not in order."""
    lines = [
        translate("sync_dialogs", "From: {0}").format(source_label),
        _count(
            report.accepted,
            translate("sync_dialogs", "{0} change received"),
            translate("sync_dialogs", "{0} changes received"),
        )
        + translate("sync_dialogs", "; ")
        + _count(
            report.duplicate,
            translate("sync_dialogs", "{0} was already here"),
            translate("sync_dialogs", "{0} were already here"),
        ),
        _count(
            report.photos_received,
            translate("sync_dialogs", "{0} photo received"),
            translate("sync_dialogs", "{0} photos received"),
        ),
    ]
    problems = False
    if report.conflicts_opened:
        problems = True
        lines.append("")
        lines.append(
            _count(
                report.conflicts_opened,
                translate("sync_dialogs", "{0} conflict opened"),
                translate("sync_dialogs", "{0} conflicts opened"),
            )
            + translate("sync_dialogs", " — a team lead resolves it in Sync ▸ Conflicts…")
        )
    if report.quarantined:
        problems = True
        lines.append("")
        lines.append(
            _count(
                len(report.quarantined),
                translate("sync_dialogs", "{0} change set aside (quarantined, not applied):"),
                translate("sync_dialogs", "{0} changes set aside (quarantined, not applied):"),
            )
        )
        for item in report.quarantined:
            lines.append(f"  • {item.get('op_id', '?')[:12]}: {set_aside_text(item)}")
        lines.append(_set_aside_pointer())
    if report.flagged:
        problems = True
        lines.append("")
        lines.append(
            _count(
                len(report.flagged),
                translate(
                    "sync_dialogs",
                    "{0} change accepted but flagged (the sending laptop's clock is ahead):",
                ),
                translate(
                    "sync_dialogs",
                    "{0} changes accepted but flagged (the sending laptop's clock is ahead):",
                ),
            )
        )
        for item in report.flagged:
            lines.append(f"  • {item.get('op_id', '?')[:12]}: {item.get('flag', '')}")
    if report.photos_expected:
        problems = True
        lines.append("")
        lines.append(
            _count(
                len(report.photos_expected),
                translate(
                    "sync_dialogs",
                    "{0} photo still expected (referenced, but its file has not arrived):",
                ),
                translate(
                    "sync_dialogs",
                    "{0} photos still expected (referenced, but their files have not arrived):",
                ),
            )
        )
        lines.extend(f"  • {sha}" for sha in report.photos_expected)
    if problems:
        headline = translate(
            "sync_dialogs", "Imported, but not everything is in order — see below."
        )
    else:
        headline = translate(
            "sync_dialogs", "Import complete: everything in the bundle is on this laptop."
        )
    return Summary(not problems, headline, lines)


def export_summary(report: ExportReport, expected: list[str], target_label: str) -> Summary:
    """The summary of an export: the verified file, and the photos it cannot carry."""
    lines = [
        translate("sync_dialogs", "File: {0}").format(report.path),
        translate("sync_dialogs", "For: {0}").format(target_label),
        _count(
            report.ops,
            translate("sync_dialogs", "{0} change"),
            translate("sync_dialogs", "{0} changes"),
        )
        + translate("sync_dialogs", "; ")
        + _count(
            report.photos,
            translate("sync_dialogs", "{0} photo"),
            translate("sync_dialogs", "{0} photos"),
        )
        + translate("sync_dialogs", "; {0} KB").format(max(1, round(report.bytes / 1024))),
    ]
    if report.sealed_for:  # issue 14: a lost USB stick reveals nothing
        lines.append(
            translate("sync_dialogs", "Encrypted: only these can open it: {0}").format(
                translate("sync_dialogs", ", ").join(report.sealed_for)
            )
        )
    if report.warning is not None:
        lines.append(message_text(report.warning))
    if expected:
        lines.append("")
        lines.append(
            _count(
                len(expected),
                translate(
                    "sync_dialogs",
                    "{0} photo is not in the bundle: this laptop has not received its file either:",
                ),
                translate(
                    "sync_dialogs",
                    "{0} photos are not in the bundle: this laptop has not received their files "
                    "either:",
                ),
            )
        )
        lines.extend(f"  • {sha}" for sha in expected)
        headline = translate(
            "sync_dialogs", "Bundle written and verified, but photos are missing — see below."
        )
        return Summary(False, headline, lines)
    return Summary(
        True, translate("sync_dialogs", "Bundle written and read back: it is complete."), lines
    )


def refused_summary(message: Message | str) -> Summary:
    """The summary of a refused bundle: the reason (keyed), and that nothing changed."""
    return Summary(
        False,
        translate("sync_dialogs", "The bundle was refused. Nothing was changed on this laptop."),
        [said_text(message)],
        refused=True,
    )


def failed_summary(message: str, importing: bool) -> Summary:
    """The summary of a job that stopped with an error other than a refused bundle."""
    if importing:
        headline = translate(
            "sync_dialogs",
            "The import did not finish. The changes go in as one step, so importing the same "
            "bundle again is safe.",
        )
    else:
        headline = translate(
            "sync_dialogs", "The bundle could not be written. Nothing was exported."
        )
    return Summary(False, headline, [message])


# -- the office hub ---------------------------------------------------------------------------
def _set_aside_pointer() -> str:
    """The line after a list of changes set aside: where they are explained."""
    return "  " + translate("sync_dialogs", "Why, and what happens next: Sync ▸ Changes set aside…")


def _bullets_of_ops(items: list[dict[str, Any]], key: str) -> list[str]:
    def why(item: dict[str, Any]) -> str:
        return set_aside_text(item) if key == "reason" else str(item.get(key, ""))

    return [f"  • {str(item.get('op_id', '?'))[:12]}: {why(item)}" for item in items]


def _section(
    lines: list[str], count: int, one: str, many: str, bullets: list[str], tail: str = ""
) -> None:
    """Append one problem section: a blank line, the counted headline, its bullet lines."""
    lines += ["", _count(count, one, many) + tail, *bullets]


def _photo_bullets(failed: list[dict[str, Any]]) -> list[str]:
    return [f"  • {f.get('sha256', '?')} — {keyed_text(f, 'reason')}" for f in failed]


_PROBLEM_KEYS = (
    "warning",
    "quarantined",
    "flagged",
    "conflicts_opened",
    "photos_failed",
    "photos_expected",
)


def _conflicts_tail() -> str:
    return translate("sync_dialogs", " — a team lead resolves it in Sync ▸ Conflicts…")


def _hub_push_lines(part: dict[str, Any]) -> tuple[list[str], bool]:
    """Lines about a push, and whether anything is not in order."""
    lines = [
        translate("sync_dialogs", "Sent to the hub:"),
        "  "
        + _count(
            int(part.get("ops_sent", 0)),
            translate("sync_dialogs", "{0} change sent"),
            translate("sync_dialogs", "{0} changes sent"),
        )
        + translate("sync_dialogs", "; ")
        + translate("sync_dialogs", "{0} new on the hub, {1} already there").format(
            int(part.get("accepted", 0)), int(part.get("duplicate", 0))
        ),
        "  "
        + _count(
            int(part.get("photos_sent", 0)),
            translate("sync_dialogs", "{0} photo sent"),
            translate("sync_dialogs", "{0} photos sent"),
        )
        + (
            translate("sync_dialogs", " ({0} resumed after an interruption)").format(
                part["photos_resumed"]
            )
            if part.get("photos_resumed")
            else ""
        ),
    ]
    if part.get("quarantined"):
        _section(
            lines,
            len(part["quarantined"]),
            translate("sync_dialogs", "{0} change refused by the hub (quarantined, not applied):"),
            translate("sync_dialogs", "{0} changes refused by the hub (quarantined, not applied):"),
            _bullets_of_ops(part["quarantined"], "reason"),
        )
    if part.get("flagged"):
        _section(
            lines,
            len(part["flagged"]),
            translate(
                "sync_dialogs",
                "{0} change accepted by the hub but flagged (this laptop's clock is ahead):",
            ),
            translate(
                "sync_dialogs",
                "{0} changes accepted by the hub but flagged (this laptop's clock is ahead):",
            ),
            _bullets_of_ops(part["flagged"], "flag"),
        )
    if part.get("conflicts_opened"):
        _section(
            lines,
            int(part["conflicts_opened"]),
            translate("sync_dialogs", "{0} conflict opened on the hub"),
            translate("sync_dialogs", "{0} conflicts opened on the hub"),
            [],
            _conflicts_tail(),
        )
    if part.get("photos_failed"):
        _section(
            lines,
            len(part["photos_failed"]),
            translate("sync_dialogs", "{0} photo could not be sent (SHA-256 — reason):"),
            translate("sync_dialogs", "{0} photos could not be sent (SHA-256 — reason):"),
            _photo_bullets(part["photos_failed"]),
        )
    if part.get("photos_expected"):
        _section(
            lines,
            len(part["photos_expected"]),
            translate(
                "sync_dialogs",
                "{0} photo still expected on the hub (referenced, but its file has not "
                "arrived there; SHA-256):",
            ),
            translate(
                "sync_dialogs",
                "{0} photos still expected on the hub (referenced, but their files have not "
                "arrived there; SHA-256):",
            ),
            [f"  • {sha}" for sha in part["photos_expected"]],
        )
    return lines, any(part.get(key) for key in _PROBLEM_KEYS if key != "warning")


def _hub_pull_lines(part: dict[str, Any]) -> tuple[list[str], bool]:
    """Lines about a pull, and whether anything is not in order."""
    lines = [
        translate("sync_dialogs", "Received from the hub:"),
        "  "
        + _count(
            int(part.get("accepted", 0)),
            translate("sync_dialogs", "{0} change received"),
            translate("sync_dialogs", "{0} changes received"),
        )
        + translate("sync_dialogs", "; ")
        + _count(
            int(part.get("duplicate", 0)),
            translate("sync_dialogs", "{0} was already here"),
            translate("sync_dialogs", "{0} were already here"),
        ),
        "  "
        + _count(
            int(part.get("photos_received", 0)),
            translate("sync_dialogs", "{0} photo received"),
            translate("sync_dialogs", "{0} photos received"),
        ),
    ]
    if part.get("warning"):
        warning = decode_message(part.get("warning_keyed"))
        lines += ["", "  ! " + (message_text(warning) if warning else str(part["warning"]))]
    if part.get("conflicts_opened"):
        _section(
            lines,
            int(part["conflicts_opened"]),
            translate("sync_dialogs", "{0} conflict opened"),
            translate("sync_dialogs", "{0} conflicts opened"),
            [],
            _conflicts_tail(),
        )
    if part.get("quarantined"):
        _section(
            lines,
            len(part["quarantined"]),
            translate("sync_dialogs", "{0} change set aside (quarantined, not applied):"),
            translate("sync_dialogs", "{0} changes set aside (quarantined, not applied):"),
            [*_bullets_of_ops(part["quarantined"], "reason"), _set_aside_pointer()],
        )
    if part.get("flagged"):
        _section(
            lines,
            len(part["flagged"]),
            translate(
                "sync_dialogs",
                "{0} change accepted but flagged (the sending laptop's clock is ahead):",
            ),
            translate(
                "sync_dialogs",
                "{0} changes accepted but flagged (the sending laptop's clock is ahead):",
            ),
            _bullets_of_ops(part["flagged"], "flag"),
        )
    if part.get("photos_failed"):
        _section(
            lines,
            len(part["photos_failed"]),
            translate("sync_dialogs", "{0} photo could not be downloaded (SHA-256 — reason):"),
            translate("sync_dialogs", "{0} photos could not be downloaded (SHA-256 — reason):"),
            _photo_bullets(part["photos_failed"]),
        )
    if part.get("photos_expected"):
        _section(
            lines,
            len(part["photos_expected"]),
            translate(
                "sync_dialogs",
                "{0} photo still expected (referenced, but its file has not arrived):",
            ),
            translate(
                "sync_dialogs",
                "{0} photos still expected (referenced, but their files have not arrived):",
            ),
            [f"  • {sha}" for sha in part["photos_expected"]],
        )
    return lines, any(part.get(key) for key in _PROBLEM_KEYS)


def hub_summary(mode: str, result: dict[str, Any]) -> Summary:
    """The summary of a sync with the office hub (``hub_client.push/pull/both``'s result).

    "Complete" only when the client says ``ok`` and no conflict was opened or clock
    flagged; otherwise everything not in order is listed (photos with their SHA-256,
    refused changes with their reasons, conflicts).

    Args:
        mode: ``"push"``, ``"pull"`` or ``"both"``.
        result: the client's summary.
    """
    lines = [
        translate("sync_dialogs", "Office hub: {0} (replica {1})").format(
            result.get("hub", "?"), str(result.get("hub_replica", "?"))[:8]
        )
    ]
    problems = False
    if mode in ("push", "both"):
        part = result["push"] if mode == "both" else result
        more, trouble = _hub_push_lines(part)
        lines += ["", *more]
        problems |= trouble
    if mode in ("pull", "both"):
        part = result["pull"] if mode == "both" else result
        more, trouble = _hub_pull_lines(part)
        lines += ["", *more]
        problems |= trouble
    if not result.get("ok") and not problems:  # never lose the client's own verdict
        problems = True
        lines += [
            "",
            translate("sync_dialogs", "The sync is not finished: {0}").format(
                keyed_text(result, "message")
            ),
        ]
    if problems:
        headline = translate(
            "sync_dialogs",
            "Synced with the office hub, but not everything is in order — see below.",
        )
    elif mode == "push":
        headline = translate(
            "sync_dialogs",
            "Push complete: the office hub holds every record and photo of this laptop.",
        )
    elif mode == "pull":
        headline = translate(
            "sync_dialogs", "Pull complete: everything on the office hub is on this laptop."
        )
    else:
        headline = translate(
            "sync_dialogs",
            "Sync complete: this laptop and the office hub hold the same records and photos.",
        )
    return Summary(not problems, headline, lines)


def hub_refused_summary(message: Message | str, replica_id: str, public_key: str) -> Summary:
    """The hub answered 403: this laptop is not enrolled there (or was revoked)."""
    return Summary(
        False,
        translate("sync_dialogs", "The office hub refused this laptop: it is not enrolled there."),
        [
            said_text(message),
            "",
            translate(
                "sync_dialogs",
                "What to do: at the office, a team lead enrols this laptop on the hub (on the hub: "
                "Sync ▸ Enrol a replica…, or “inspect-app replica enroll ID KEY”) with these two "
                "values; then sync again.",
            ),
            translate("sync_dialogs", "Replica id: {0}").format(replica_id),
            translate("sync_dialogs", "Public key: {0}").format(public_key),
        ],
        refused=True,
        identity=(replica_id, public_key),
    )


def hub_unreachable_summary(message: Message | str) -> Summary:
    """The hub could not be reached, or did not answer in time."""
    return Summary(
        False,
        translate("sync_dialogs", "The office hub could not be reached."),
        [
            said_text(message),
            "",
            translate(
                "sync_dialogs",
                "What to do: check the hub address (http://HOST:PORT, as the office gave it), "
                "that this laptop is on the office network (Wi-Fi or VPN) and that the hub is "
                "running; then sync again. Whatever was sent or received before the connection "
                "failed is kept.",
            ),
        ],
        refused=True,
    )


def hub_failed_summary(message: Message | str) -> Summary:
    """Any other sync error (the hub not enrolled here, a bad answer, a bug)."""
    return Summary(
        False,
        translate("sync_dialogs", "The sync with the office hub did not finish."),
        [
            said_text(message),
            "",
            translate(
                "sync_dialogs",
                "Every step that finished is kept, so syncing again is safe.",
            ),
        ],
        refused=True,
    )
