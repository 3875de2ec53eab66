"""Verify a signed PDF: its signatures, the team's certificates, CRLs, the store's copy.

The report says the PAdES level, where each signing time comes from (the laptop's clock or
the hub's timestamp authority), whether the certificate was revoked, and what the store knows
of the case (superseded, served, closed, or not a document of this store): the same facts as
``notice verify`` (``inspect_app.notices.verify_case``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages import MessageKind, Param, format_param
from inspect_app.storage.documents import document_bytes, find_document, team_ca_pems
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store
from inspect_app.ui import folders, i18n
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted, message_text
from inspect_app.ui.models.notices import document_kind_label
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import (
    BAD_COLOR,
    MAX_VERIFY_BYTES,
    OK_COLOR,
    DocumentDialog,
    PathField,
    bullet_html,
    documents_folder,
    minute,
    short_sha,
    verdict_style,
)


# -- verify ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerifyOutcome:
    """A verified file: its SHA-256 and the report, or why it could not be read."""

    path: Path | None
    sha256: str | None
    report: Any  # notices.signing.VerifyReport
    read_error: str | None = None


@dataclass(frozen=True)
class TrustData:
    """What a verification trusts and knows, read from the store on the GUI thread.

    A few indexed rows: the team CA certificates, the latest team CRLs, the recorded
    revocations.
    """

    pems: list[bytes]
    crls: list[bytes]
    revocations: dict[str, tuple[str, str]]


def trust_data(store: Store) -> TrustData:
    """The store's team CAs, latest CRLs and revocations (see :class:`TrustData`)."""
    from inspect_app.storage.lasting import latest_crls, revocations_by_fingerprint

    return TrustData(
        team_ca_pems(store),
        [c.der for c in latest_crls(store)],
        revocations_by_fingerprint(store),
    )


def verify_bytes_job(
    path: Path | None, pems: list[bytes] | TrustData, data: bytes | None = None
) -> Callable[[], VerifyOutcome]:
    """A pool job that reads ``path`` (unless ``data`` is given) and verifies it.

    ``pems``: the team CA certificates, or a :class:`TrustData` (with CRLs and revocations).
    """
    trust = pems if isinstance(pems, TrustData) else TrustData(list(pems), [], {})

    def job() -> VerifyOutcome:
        from inspect_app.notices.signing import verify_pdf

        content = data
        if content is None:
            assert path is not None
            try:
                if path.stat().st_size > MAX_VERIFY_BYTES:
                    return VerifyOutcome(path, None, None, "too large")
                content = path.read_bytes()
            except OSError as exc:
                return VerifyOutcome(path, None, None, exc.strerror or str(exc))
        sha = hashlib.sha256(content).hexdigest()
        report = verify_pdf(content, trust.pems, crls_der=trust.crls, revocations=trust.revocations)
        return VerifyOutcome(path, sha, report)

    return job


class VerifyDialog(DocumentDialog):
    """Check a signed PDF: a green or red verdict and one report per signature.

    It also says whether the file is a document recorded in this store (by SHA-256).

    Verification runs on the shared pool against the store's team CA certificates.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    verified = Signal(object)  # VerifyOutcome

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.outcome: VerifyOutcome | None = None
        self.ok: bool | None = None
        self.path_field = PathField(False, "PDF (*.pdf)")
        self.path_field.remember_in(context.settings, folders.DOCUMENTS)
        self.path_field.browse_button.clicked.disconnect()
        self.path_field.browse_button.clicked.connect(self.choose_file)
        self.path_field.edit.returnPressed.connect(self._on_path_return_pressed)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.store_label = QLabel()
        self.store_label.setObjectName("storeMatch")
        self.store_label.setWordWrap(True)
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QTextBrowser()
        self.report.setObjectName("verifyReport")
        self.report.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.file_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.path_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.store_label)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.path_field)
        fit_to_screen(self, 760, 560)
        self.retranslate_ui()

    def choose_file(self) -> None:
        """Pick a PDF and verify it."""
        settings = self.context.settings
        start = self.path_field.edit.text() or folders.start_path(
            settings, folders.DOCUMENTS, documents_folder()
        )
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a PDF"), start, "PDF (*.pdf)")
        if name:
            folders.remember_choice(settings, folders.DOCUMENTS, name)
            self.verify_path(Path(name))

    def verify_path(self, path: Path) -> None:
        """Verify the PDF at ``path`` (off the GUI thread)."""
        self.path_field.set_path(path)
        self._start(verify_bytes_job(path, trust_data(self.context.store)))

    def verify_document(self, sha256: str) -> None:
        """Verify a signed document kept in the store (read and checked off the GUI thread).

        When the hub's long-term (B-LTA) copy of it has arrived, that copy is verified.
        """
        from inspect_app.storage.lasting import preferred_copy

        store = self.context.store
        sha256 = preferred_copy(store, sha256)
        trust = trust_data(store)
        self.path_field.edit.setText("")
        self.path_field.edit.setPlaceholderText(
            self.tr("Document {0} in the store").format(short_sha(sha256))
        )

        def job() -> VerifyOutcome:
            data = document_bytes(store, sha256)  # reads the blob file only: no database
            return verify_bytes_job(None, trust, data)()

        self._start(job)

    def _start(self, job: Callable[[], VerifyOutcome]) -> None:
        self.verdict.hide()
        self.store_label.clear()
        self.report.clear()
        self.ok = None
        self.run_read(job, self.tr("Verifying the signatures…"), self._on_verified)

    def _on_path_return_pressed(self) -> None:
        path = self.path_field.path()
        if path is not None:
            self.verify_path(path)

    def _on_verified(self, outcome: VerifyOutcome) -> None:
        self.outcome = outcome
        if outcome.read_error is not None:
            self.ok = False
            reason = outcome.read_error
            if reason == "too large":
                reason = self.tr("larger than 64 MB")
            self._set_verdict(False, self.tr("Cannot read the file: {0}").format(reason))
            return
        report = outcome.report
        self.ok = bool(report.ok)
        if report.ok:
            text = self.tr(
                "✓ Valid: every signature is intact and made with a certificate of the team's "
                "certificate authority; the file was not changed after signing."
            )
        elif not report.signatures:
            text = self.tr("✗ Not valid: the file carries no readable digital signature.")
        elif report.changed_after_signing:
            text = self.tr("✗ Not valid: the file was changed after it was signed.")
        else:
            text = self.tr("✗ Not valid: see the problems below.")
        self._set_verdict(self.ok, text)
        self._show_store_match(outcome.sha256, report)
        self.report.setHtml(self._report_html(report))
        self.fit_height()  # the case may add lines under the match
        self.verified.emit(outcome)

    def _set_verdict(self, ok: bool, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(verdict_style(ok))
        self.verdict.show()

    def _show_store_match(self, sha256: str | None, report: Any = None) -> None:
        """Say whether the store knows the file: which document, who signed it and when.

        "When" is the signature's own time (its timestamp for B-T, else the laptop's claim;
        :func:`~inspect_app.notices.verify_case.signature_moment`), in Beijing time — not
        the time the store recorded for a hub's B-LTA copy (its document timestamp).
        """
        document = find_document(self.context.store, sha256) if sha256 else None
        if document is None:
            self.store_label.setText(
                self.tr(
                    "This file is not a document recorded in this store (SHA-256 {0}): it may "
                    "be a copy that was altered, or come from another team."
                ).format(short_sha(sha256 or ""))
            )
            self.store_label.setStyleSheet("")
            return
        signer = _officer_name(self.context.store, document.signed_by)
        self.store_label.setText(
            self.tr(
                "This file is the {0} {1} recorded in this store, signed by {2} at {3} "
                "(SHA-256 {4})."
            ).format(
                document_kind_label(document.kind),
                document.number or "",
                signer,
                _signed_when(self.context.store, document, report),
                short_sha(document.id),
            )
            + self._case_text(document.id)
        )

    def _case_text(self, sha256: str) -> str:
        """The case as lines under the match, a superseded decision in the warning colour.

        Superseded (by which number), served, closed, the B-LTA copy.
        """
        from inspect_app.domain.messages.signing import SigningMsg
        from inspect_app.notices.verify_case import case_of

        case = case_of(self.context.store, sha256)  # indexed lookups only
        lines = [m for m in case.messages if m.id != SigningMsg.CASE_DOCUMENT.id]
        superseded = case.superseded_by is not None
        self.store_label.setStyleSheet(f"color: {BAD_COLOR};" if superseded else "")
        return "".join("\n" + message_text(m) for m in lines)

    def _report_html(self, report: Any) -> str:
        from inspect_app.notices.verify_case import own_time, summary_lines

        parts = []
        facts = summary_lines(report) if report.signatures else []
        if facts:  # facts, not findings: a neutral bullet
            parts.append(
                "".join(
                    f'<p style="margin:2px 0">•&nbsp;{escape(message_text(m))}</p>' for m in facts
                )
            )
        if not report.signatures:
            parts.append(bullet_html([bulleted(m) for m in report.messages]))
        yes, no, unchecked = self.tr("yes"), self.tr("no"), self.tr("not checked")
        for number, sig in enumerate(report.signatures, start=1):
            changed = (
                sig.modification == "OTHER"
                or not sig.intact
                or (not sig.docmdp_ok and sig.modification != "UNKNOWN")
            )
            # pyHanko does not judge trust for a broken signature: "no" would mislead
            trusted = (yes if sig.trusted else no) if sig.intact and sig.valid else unchecked
            color = OK_COLOR if sig.ok else BAD_COLOR
            mark = "✓" if sig.ok else "✗"
            rows = [
                (self.tr("Signer"), sig.signer),
                (self.tr("Certificate chain"), " → ".join(sig.chain)),
                (self.tr("Signing time"), _moment_text(own_time(sig))),
                (self.tr("Intact (bytes unchanged)"), yes if sig.intact else no),
                (self.tr("Signature valid"), yes if sig.valid else no),
                (self.tr("Trusted (team CA)"), trusted),
                (self.tr("Changed after signing"), yes if changed else no),
            ]
            table = "".join(
                f"<tr><td style='padding-right:12px; color:#555'>{escape(k)}</td>"
                f"<td>{escape(v)}</td></tr>"
                for k, v in rows
            )
            title = self.tr("Signature {0} ({1})").format(number, _label_text(sig.label))
            parts.append(
                f"<h4 style='color:{color}; margin-bottom:2px'>{mark} {escape(title)}</h4>"
                f"<table>{table}</table>"
            )
            if sig.messages:
                parts.append(bullet_html([bulleted(m) for m in sig.messages]))
        if report.unsigned_fields:
            parts.append(
                "<p>"
                + escape(self.tr("Signature fields still empty: {0}")).format(
                    escape(
                        self.tr(", ", "list separator").join(
                            _label_text(label) for label in report.unsigned_labels
                        )
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.file_label.setText(self.tr("File"))
        self.path_field.browse_button.setText(self.tr("Choose PDF…"))
        if self.outcome is not None and self.outcome.report is not None:
            self._on_verified(self.outcome)


def _label_text(label: Param) -> str:
    """A signature field's name for a person: a catalog word in the UI language, or as named."""
    return message_text(label()) if isinstance(label, MessageKind) else str(label)


def _signed_when(store: Store, document: Any, report: Any) -> str:
    """When the document was signed, in Beijing time, as text in the UI language.

    The signature's own time from the report; without one, the time the store recorded for
    the original document (a B-LTA copy's own record holds its document timestamp's).
    """
    from inspect_app.notices.verify_case import beijing_time, signature_moment

    moment = signature_moment(report, document.signed_by) if report is not None else None
    if moment is None:
        original = find_document(store, document.upgrade_of) if document.upgrade_of else None
        try:
            moment = beijing_time((original or document).signed_at)
        except ValueError:
            return minute(document.signed_at)
    return _moment_text(moment)


def _moment_text(moment: dt.datetime | None) -> str:
    """A Beijing time as text in the UI language, labelled, or — without one.

    Written as the messages write times (``2026年12月5日 19:52``, ``2026-12-05 19:52``) and
    labelled ``北京时间…`` / ``… (Beijing time)``: every time the dialog shows is Asia/Shanghai.
    """
    if moment is None:
        return "—"
    text = format_param(moment, i18n.current_language())
    return QCoreApplication.translate("VerifyDialog", "{0} (Beijing time)").format(text)


def _officer_name(store: Store, officer_id: str) -> str:
    try:
        return get_officer(store, officer_id).name
    except NotFoundError:
        return officer_id[:8]
