"""The core's English sentences about enforcement documents, in the UI language.

Issue blockers (:func:`inspect_app.notices.issue.issue_blockers`), record gaps
(:func:`inspect_app.storage.inspection_records.record_gaps`), signing and certificate errors
and verification problems are English in the core (the CLI and the log speak one language).
The UI renders the sentences it recognises through ``tr()`` with the same facts; anything
else is shown unchanged, so a message is never lost (as :mod:`inspect_app.ui.core_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


_Render = Callable[[re.Match[str]], str]

_SENTENCES: list[tuple[re.Pattern[str], _Render]] = [
    # -- issue_blockers ---------------------------------------------------------------------
    (
        re.compile(r"^the notice is already (\w+); supersede it to correct it$"),
        lambda m: translate(
            "document_text", "The notice is already {0}; supersede it to correct it."
        ).format(_status(m[1])),
    ),
    (
        re.compile(r"^only a team lead can issue a decision$"),
        lambda m: translate("document_text", "Only a team lead can issue a decision."),
    ),
    (
        re.compile(r"^draw your signature once \(My signature\) so it appears on the decision$"),
        lambda m: translate(
            "document_text",
            "Draw your signature once (Documents ▸ My signature…) so it appears on the decision.",
        ),
    ),
    (
        re.compile(r"^the notice covers no finding$"),
        lambda m: translate("document_text", "The notice covers no finding."),
    ),
    (
        re.compile(r"^no deadline \(整改期限\): set the date by which the party must comply$"),
        lambda m: translate(
            "document_text", "No deadline (整改期限): set the date by which the party must comply."
        ),
    ),
    (
        re.compile(r"^the deadline (\S+) has passed; choose a later date$"),
        lambda m: translate(
            "document_text", "The deadline {0} has passed; choose a later date."
        ).format(m[1]),
    ),
    (
        re.compile(r"^no order \(责令内容\): say what the party must do$"),
        lambda m: translate("document_text", "No order (责令内容): say what the party must do."),
    ),
    (
        re.compile(r"^the party (.+) has no valid unified social credit code \(GB 32100-2015\)$"),
        lambda m: translate(
            "document_text",
            "The party {0} has no valid unified social credit code (GB 32100-2015).",
        ).format(m[1]),
    ),
    (
        re.compile(r"^the party (.+) has no address$"),
        lambda m: translate("document_text", "The party {0} has no address.").format(m[1]),
    ),
    (
        re.compile(r"^(.+) has no body for administrative reconsideration \(复议机关\)$"),
        lambda m: translate(
            "document_text", "{0} has no body for administrative reconsideration (复议机关)."
        ).format(m[1]),
    ),
    (
        re.compile(r"^(.+) has no court for administrative litigation \(管辖法院\)$"),
        lambda m: translate(
            "document_text", "{0} has no court for administrative litigation (管辖法院)."
        ).format(m[1]),
    ),
    (
        re.compile(r"^finding (\w+) has no legal basis$"),
        lambda m: translate("document_text", "Finding {0} has no legal basis.").format(m[1]),
    ),
    (
        re.compile(
            r"^evidence photo (\w+) of finding (\w+) has not arrived on this laptop: sync first$"
        ),
        lambda m: translate(
            "document_text",
            "Evidence photo {0} of finding {1} has not arrived on this laptop: sync first.",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"^fewer than two officers \(执法人员不得少于两人，《行政处罚法》第四十二条\)$"),
        lambda m: translate(
            "document_text",
            "Fewer than two officers on the patrol (at least two are required, "
            "《行政处罚法》第四十二条).",
        ),
    ),
    (
        re.compile(r"^(\w+) (\w+) has an open sync conflict: a team lead must resolve it first$"),
        lambda m: translate(
            "document_text",
            "{0} {1} has an open sync conflict: a team lead must resolve it first "
            "(Sync ▸ Conflicts…).",
        ).format(_entity(m[1]), m[2]),
    ),
    (
        re.compile(r"^the team has no certificate authority yet \(inspect-app pki init-ca\)$"),
        lambda m: translate(
            "document_text",
            "The team has no certificate authority yet: a team lead creates it once "
            "(Documents ▸ Team certificates…).",
        ),
    ),
    (
        re.compile(r"^no signing certificate of yours on this laptop.*$"),
        lambda m: translate(
            "document_text",
            "You have no signing certificate on this laptop: import your .p12 file "
            "(Documents ▸ Import certificate…).",
        ),
    ),
    (
        re.compile(r"^the decision cannot be issued yet:$"),
        lambda m: translate("document_text", "The decision cannot be issued yet:"),
    ),
    # -- record_gaps ------------------------------------------------------------------------
    (
        re.compile(r"^at least two officers must take part \(《行政处罚法》第四十二条\)$"),
        lambda m: translate(
            "document_text", "At least two officers must take part (《行政处罚法》第四十二条)."
        ),
    ),
    (
        re.compile(r"^record that the officers showed their enforcement certificates$"),
        lambda m: translate(
            "document_text", "Record that the officers showed their enforcement certificates."
        ),
    ),
    (
        re.compile(r"^record that the party was told of its right to ask for recusal \(回避\)$"),
        lambda m: translate(
            "document_text",
            "Record that the party was told of its right to ask for recusal (回避).",
        ),
    ),
    (
        re.compile(r"^give the time the inspection ended$"),
        lambda m: translate("document_text", "Give the time the inspection ended."),
    ),
    (
        re.compile(r"^the end time is before the start time$"),
        lambda m: translate("document_text", "The end time is before the start time."),
    ),
    (
        re.compile(r"^describe what was inspected and found$"),
        lambda m: translate("document_text", "Describe what was inspected and found."),
    ),
    (
        re.compile(r"^give the re-inspection outcome \(rectified or not\)$"),
        lambda m: translate("document_text", "Give the re-inspection outcome (rectified or not)."),
    ),
    (
        re.compile(r"^officer (.+) has not signed$"),
        lambda m: translate("document_text", "Officer {0} has not signed.").format(m[1]),
    ),
    (
        re.compile(r"^the party has not signed \(or record a refusal with a witness\)$"),
        lambda m: translate(
            "document_text", "The party has not signed (or record a refusal with a witness)."
        ),
    ),
    (
        re.compile(r"^the record cannot be closed yet:$"),
        lambda m: translate("document_text", "The record cannot be closed yet:"),
    ),
    # -- signing, certificates, permissions -------------------------------------------------
    (
        re.compile(r"^The passphrase does not open this PKCS#12 file.*$"),
        lambda m: translate(
            "document_text",
            "The passphrase does not open your signing certificate; check it (capitals, "
            "input method) and try again.",
        ),
    ),
    (
        re.compile(r"^This file is not a PKCS#12 certificate file.*$"),
        lambda m: translate(
            "document_text",
            "This file is not a PKCS#12 certificate file (.p12/.pfx); choose the file the "
            "team lead issued to you.",
        ),
    ),
    (
        re.compile(r"^The certificate file is empty.*$"),
        lambda m: translate(
            "document_text", "The certificate file is empty; choose the officer's .p12 file."
        ),
    ),
    (
        re.compile(r"^no signing certificate for this officer on this laptop.*$"),
        lambda m: translate(
            "document_text",
            "You have no signing certificate on this laptop: the team lead issues one "
            "(.p12 file) and you import it with Documents ▸ Import certificate…",
        ),
    ),
    (
        re.compile(r"^only a team lead can do this.*$"),
        lambda m: translate("document_text", "Only a team lead can do this."),
    ),
    (
        re.compile(r"^this signing certificate belongs to another officer.*$"),
        lambda m: translate(
            "document_text",
            "This signing certificate belongs to another officer: sign with your own.",
        ),
    ),
    (
        re.compile(r"^(.+) was not issued by a trusted team CA;.*$"),
        lambda m: translate(
            "document_text",
            "{0} was not issued by the team's certificate authority; ask your team lead for "
            "a certificate from the team CA.",
        ).format(m[1]),
    ),
    (
        re.compile(r"^only an officer who took part can sign and close the record$"),
        lambda m: translate(
            "document_text", "Only an officer who took part can sign and close the record."
        ),
    ),
    (
        re.compile(r"^only an officer who served the notice can sign the receipt$"),
        lambda m: translate(
            "document_text", "Only an officer who served the notice can sign the receipt."
        ),
    ),
    (
        re.compile(r"^this record is already signed and closed$"),
        lambda m: translate("document_text", "This record is already signed and closed."),
    ),
    (
        re.compile(r"^this service receipt is already signed$"),
        lambda m: translate("document_text", "This service receipt is already signed."),
    ),
    (
        re.compile(r"^the signed document (\w+) has not arrived on this laptop yet: sync again$"),
        lambda m: translate(
            "document_text",
            "The signed document {0} has not arrived on this laptop yet: sync again.",
        ).format(m[1]),
    ),
    # -- the team PKI (notices/team_pki.py, notices/pki.py) -----------------------------------
    (
        re.compile(r"^this laptop already holds a team CA key \((.+)\); the team needs only one$"),
        lambda m: translate(
            "document_text",
            "This laptop already holds a team CA key ({0}); the team needs only one.",
        ).format(m[1]),
    ),
    (
        re.compile(r"^this laptop does not hold the team CA key: issue certificates on the .*$"),
        lambda m: translate(
            "document_text",
            "This laptop does not hold the team CA key: issue certificates on the laptop "
            "where the team CA was created.",
        ),
    ),
    (
        re.compile(
            r"^The passphrase for (.+) is too short \((\d+) characters\); use at least (\d+)\.$"
        ),
        lambda m: translate(
            "document_text",
            "The passphrase for {0} is too short ({1} characters); use at least {2}.",
        ).format(_passphrase_of(m[1]), m[2], m[3]),
    ),
    (
        re.compile(r"^The passphrase does not open the team CA key.*$"),
        lambda m: translate(
            "document_text", "The passphrase does not open the team CA key; check it and try again."
        ),
    ),
    (
        re.compile(r"^The team CA expired on (\S{10})\S*; create a new team CA.*$"),
        lambda m: translate(
            "document_text",
            "The team CA expired on {0}: create a new team CA and issue new officer certificates.",
        ).format(m[1]),
    ),
    (
        re.compile(r"^(?:The certificate of (.+)|The team ca) expired on (\S{10})\S*;.*$"),
        lambda m: translate(
            "document_text",
            "The certificate of {0} expired on {1}: ask the team lead to issue a new one.",
        ).format(m[1] or translate("document_text", "the team CA"), m[2]),
    ),
    (
        re.compile(r"^(?:The certificate of (.+)|The team ca) is not valid before (\S{10})\S*;.*$"),
        lambda m: translate(
            "document_text",
            "The certificate of {0} is not valid before {1}: check this computer's date and clock.",
        ).format(m[1] or translate("document_text", "the team CA"), m[2]),
    ),
    (
        re.compile(r"^this store knows no team CA yet: sync with the team lead's laptop first$"),
        lambda m: translate(
            "document_text",
            "This laptop knows no team CA yet: sync with the team lead's laptop first.",
        ),
    ),
    (
        re.compile(r"^this team has no certificate authority yet: a team lead runs .*$"),
        lambda m: translate(
            "document_text",
            "The team has no certificate authority yet: a team lead creates it once "
            "(Documents ▸ Team certificates…), then syncs.",
        ),
    ),
    (
        re.compile(r"^No team CA certificate is configured.*$"),
        lambda m: translate(
            "document_text",
            "This laptop knows no team CA yet: sync with the team lead's laptop first.",
        ),
    ),
    (
        re.compile(
            r"^(?:this certificate does not name an officer of the team|"
            r"This certificate names no officer \(no UID in its subject\).*)$"
        ),
        lambda m: translate(
            "document_text",
            "This certificate names no officer of the team, so it was not issued by the team "
            "CA of this app; ask the team lead to issue one.",
        ),
    ),
    (
        re.compile(r"^This PKCS#12 file holds no private key and certificate.*$"),
        lambda m: translate(
            "document_text",
            "This .p12 file holds no signing key and certificate; ask the team lead to issue "
            "your certificate again.",
        ),
    ),
    (
        re.compile(r"^This PKCS#12 file holds a non-RSA key.*$"),
        lambda m: translate(
            "document_text",
            "This .p12 file holds a kind of key the app does not sign with; ask the team lead "
            "to issue your certificate again.",
        ),
    ),
    (
        re.compile(r"^no officer with id (\S+) in this store$"),
        lambda m: translate(
            "document_text",
            "This laptop does not know officer {0} yet: sync with the team lead's laptop first.",
        ).format(m[1][:8]),
    ),
    # -- document numbers (storage/numbering.py, storage/notices.py) ------------------------
    (
        re.compile(
            r"^this laptop holds no free document numbers for (\d+): on the numbering laptop "
            r"\(replica (\w+)\) run .*$"
        ),
        lambda m: translate(
            "document_text",
            "This laptop holds no free document numbers for {0}. A team lead reserves a block "
            "for this laptop on the numbering laptop (replica {1}) with Documents ▸ Document "
            "numbers…; sync, then issue again.",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(
            r"^document numbers of this agency are allocated by replica (\w+), not this laptop.*$"
        ),
        lambda m: translate(
            "document_text",
            "Document numbers of this agency are handed out by the laptop with replica {0}, "
            "not this one: reserve them there and sync.",
        ).format(m[1]),
    ),
    (
        re.compile(r"^reserve between 1 and (\d+) numbers at a time$"),
        lambda m: translate("document_text", "Reserve between 1 and {0} numbers at a time.").format(
            m[1]
        ),
    ),
    (
        re.compile(r"^notice (\S+) is (\w+): only a draft can be discarded; an issued notice .*$"),
        lambda m: translate(
            "document_text",
            "Notice {0} is {1}: only a draft can be discarded; an issued notice is corrected "
            "by superseding it.",
        ).format(m[1], _status(m[2])),
    ),
    # -- agencies (storage/registry.py) -------------------------------------------------------
    (
        re.compile(
            r"^the short code (.+) is already used by (.+): document numbers would collide; "
            r"choose another code$"
        ),
        lambda m: translate(
            "document_text",
            "The short code {0} is already used by {1}: document numbers would collide; "
            "choose another code.",
        ).format(m[1], m[2]),
    ),
    # -- files ------------------------------------------------------------------------------
    (
        re.compile(r"^cannot write (.+): (.+)$"),
        lambda m: translate("document_text", "Cannot write {0}: {1}.").format(m[1], m[2]),
    ),
    (
        re.compile(r"^cannot read (.+): (.+)$"),
        lambda m: translate("document_text", "Cannot read {0}: {1}.").format(m[1], m[2]),
    ),
    # -- verification -----------------------------------------------------------------------
    (
        re.compile(r"^bytes changed: the signature does not match the signed content$"),
        lambda m: translate(
            "document_text", "The bytes changed: the signature does not match the signed content."
        ),
    ),
    (
        re.compile(r"^certificate not issued by a trusted team CA.*$"),
        lambda m: translate(
            "document_text", "The certificate was not issued by a trusted team CA."
        ),
    ),
    (
        re.compile(r"^no digital signature$"),
        lambda m: translate("document_text", "The file has no digital signature."),
    ),
    (
        re.compile(r"^the file was changed after this signature \(an incremental update.*$"),
        lambda m: translate(
            "document_text",
            "The file was changed after this signature (an update that is not form filling).",
        ),
    ),
    (
        re.compile(r"^the file was changed after this signature locked it$"),
        lambda m: translate(
            "document_text", "The file was changed after this signature locked it."
        ),
    ),
    (
        re.compile(r"^the signature value does not verify with the signer's certificate$"),
        lambda m: translate(
            "document_text", "The signature value does not verify with the signer's certificate."
        ),
    ),
    (
        re.compile(r"^the signature does not cover a whole revision of the file$"),
        lambda m: translate(
            "document_text", "The signature does not cover a whole revision of the file."
        ),
    ),
    (
        re.compile(r"^the signature did not pass validation$"),
        lambda m: translate("document_text", "The signature did not pass validation."),
    ),
    (
        re.compile(r"^the signature data in this file was altered or damaged.*$"),
        lambda m: translate(
            "document_text",
            "The signature data in this file was altered or damaged and cannot be read: the "
            "document cannot be trusted; ask for the original file.",
        ),
    ),
    (
        re.compile(r"^not a PDF, or too damaged to read; ask for the original file.*$"),
        lambda m: translate(
            "document_text", "Not a PDF, or too damaged to read; ask for the original file."
        ),
    ),
    (
        re.compile(r"^no team CA certificate was given, so no signature can be trusted$"),
        lambda m: translate(
            "document_text",
            "This laptop knows no team CA yet, so no signature can be trusted: sync first.",
        ),
    ),
]


def _status(value: str) -> str:
    from inspect_app.ui.models.notices import notice_status_label

    return notice_status_label(value)


def _entity(value: str) -> str:
    names = {
        "notice": translate("document_text", "Notice"),
        "finding": translate("document_text", "Finding"),
        "site": translate("document_text", "Party"),
    }
    return names.get(value, value)


def _passphrase_of(what: str) -> str:
    names = {
        "the CA key": translate("document_text", "the team CA key"),
        "the officer's PKCS#12 file": translate("document_text", "the officer's .p12 file"),
    }
    return names.get(what, what)


def document_sentence(text: str) -> str:
    """One core sentence in the UI language (unknown sentences come back unchanged)."""
    stripped = text.strip()
    for pattern, render in _SENTENCES:
        match = pattern.match(stripped)
        if match:
            return render(match)
    return text


def document_lines(text: str) -> list[str]:
    """A core message split into lines, each in the UI language.

    The core lists several problems as a heading line then ``- item`` lines; the list markers are
    dropped (the UI draws its own).
    """
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            line = line[2:]
        lines.append(document_sentence(line))
    return lines


def document_message(text: str) -> str:
    """A core message in the UI language, several problems one per line with a bullet."""
    lines = document_lines(text)
    if len(lines) <= 1:
        return lines[0] if lines else text
    return "\n".join([lines[0], *(f"• {line}" for line in lines[1:])])
