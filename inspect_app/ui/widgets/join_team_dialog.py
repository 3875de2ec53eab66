"""Join an existing team on a new laptop: office bundle → code check → who you are → request.

Three pages, each a step the user can see the end of (issue 12, "Joining a team without
hex"); the rules are in :mod:`inspect_app.sync.joining`, run off the GUI thread:

1. **The office bundle**: choose the file the team lead gave; the dialog reads and verifies
   it (nothing is stored yet) and shows the agencies, the officers and the office laptop's
   code. The user types the code shown on the lead's screen; "Join" is enabled only when it
   matches.
2. **Who you are**: the team's officers as received, each with role and agency; nothing is
   preselected (a joining laptop never defaults to a team lead). A label for the laptop.
3. **The enrolment request**: this laptop's code and a QR code to scan, and "Save the
   request file…"; the lead enrols it in Sync ▸ Enrol a replica….

Or, on the first page, **pairing with the office hub** (:class:`HubPairingBox`): the code the
lead's screen shows (Sync ▸ Pair a new laptop via the hub…) enrols the laptop on the hub at
once and brings the team; the last page then shows the codes to compare, with no request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage import registry
from inspect_app.storage.store import Store
from inspect_app.sync import joining, pairing
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import PathField
from inspect_app.ui.widgets.hub_pairing_box import HubPairingBox
from inspect_app.ui.widgets.qr_code import QrCodeView

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def code_font(parent: QWidget) -> QFont:
    """A large monospaced font for a laptop code (16 digits read aloud and compared)."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(parent.font().pointSizeF() * 1.6)
    font.setBold(True)
    return font


class JoinTeamDialog(QDialog):
    """The three steps of joining a team; emits :attr:`joined` with the chosen officer's id.

    Attributes:
        offer: what the chosen bundle offers (after step 1 read it).
        request: this laptop's enrolment request (after step 2).
        saved_path: where the request file was saved, if it was.
    """

    joined = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinTeamDialog")
        self.context = context
        self.offer: joining.TeamOffer | None = None
        self.request: joining.EnrolmentRequest | None = None
        self.saved_path: Path | None = None
        self.paired: pairing.Paired | None = None
        self.busy = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._bundle_page())
        self.pages.addWidget(self._officer_page())
        self.pages.addWidget(self._request_page())
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 560)
        self.retranslate_ui()
        self._update()

    # -- pages -------------------------------------------------------------------------------
    def _bundle_page(self) -> QWidget:
        page = QWidget()
        self.bundle_intro = QLabel()
        self.bundle_intro.setWordWrap(True)
        self.bundle_field = PathField(False, "ZIP (*.zip)")
        self.bundle_field.remember_in(self.context.settings, folders.BUNDLES)
        self.bundle_field.changed.connect(lambda _t: self._read_offer())
        self.offer_label = QLabel()
        self.offer_label.setObjectName("offerLabel")
        self.offer_label.setWordWrap(True)
        self.offer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_code = QLabel()
        self.office_code.setObjectName("officeCode")
        self.office_code.setFont(code_font(self))
        self.code_intro = QLabel()
        self.code_intro.setWordWrap(True)
        self.typed_code = QLineEdit()
        self.typed_code.setObjectName("typedCode")
        self.typed_code.setFont(code_font(self))
        self.typed_code.setPlaceholderText("0000 0000 0000 0000")
        self.typed_code.textChanged.connect(lambda _t: self._update())
        self.code_check = QLabel()
        self.hub_box = HubPairingBox(
            self.context.settings, self._run, self._say, self._team, self._on_paired
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.bundle_intro)
        layout.addWidget(self.bundle_field)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.office_code)
        layout.addWidget(self.code_intro)
        layout.addWidget(self.typed_code)
        layout.addWidget(self.code_check)
        layout.addStretch(1)
        layout.addWidget(self.hub_box)
        return page

    def _officer_page(self) -> QWidget:
        page = QWidget()
        self.officer_intro = QLabel()
        self.officer_intro.setWordWrap(True)
        self.officer_list = QListWidget()
        self.officer_list.setObjectName("officerList")
        # chosen = selected: the list makes an item current when it gets focus, never selected
        self.officer_list.itemSelectionChanged.connect(self._on_officer_changed)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(60)
        self.label_caption = QLabel()
        form = QFormLayout()
        form.addRow(self.label_caption, self.label_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.officer_intro)
        layout.addWidget(self.officer_list, 1)
        layout.addLayout(form)
        return page

    def _request_page(self) -> QWidget:
        page = QWidget()
        self.request_intro = QLabel()
        self.request_intro.setWordWrap(True)
        self.laptop_code = QLabel()
        self.laptop_code.setObjectName("laptopCode")
        self.laptop_code.setFont(code_font(self))
        self.laptop_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrCodeView()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_request())
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.request_intro)
        layout.addWidget(self.laptop_code)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.saved_label)
        return page

    # -- steps -------------------------------------------------------------------------------
    def read_offer(self, path: Path) -> None:
        """Read ``path`` as the office bundle (off the GUI thread) and show what it offers."""
        self.bundle_field.set_path(path)

    def _read_offer(self) -> None:
        path = self.bundle_field.path()
        self.offer = None
        self.offer_label.clear()
        self.office_code.clear()
        self._clear_error()
        if path is None or not path.is_file():
            self._update()
            return

        def job(store: Store) -> joining.TeamOffer:
            return joining.read_offer(store, path)

        self._run(job, self._on_offer_read)

    def _on_offer_read(self, offer: joining.TeamOffer) -> None:
        self.offer = offer
        agencies = "、".join(offer.agencies) or "—"
        self.offer_label.setText(
            self.tr("Team: {0}. Officers: {1}. Records: {2}.").format(
                agencies, len(offer.officers), offer.ops
            )
        )
        self.office_code.setText(offer.code)
        self._update()

    def _join(self) -> None:
        offer, typed = self.offer, self.typed_code.text()
        if offer is None:
            return

        def job(store: Store) -> list[tuple[str, str, str, str]]:
            joining.join_team(store, offer, typed)
            return self._team(store)

        self._run(job, self._on_joined)

    def pair_with_hub(self) -> bool:
        """Pair with the office hub by the lead's code (see :class:`HubPairingBox`)."""
        return self.hub_box.pair()

    def _on_paired(self, paired: pairing.Paired, officers: list[tuple[str, str, str, str]]) -> None:
        self.paired = paired
        self._on_joined(officers)

    def _say(self, message: str) -> None:
        if message:
            self._show_error(message)
        else:
            self._clear_error()

    @staticmethod
    def _team(store: Store) -> list[tuple[str, str, str, str]]:
        agencies = {a.id: a.name for a in registry.list_agencies(store)}
        return [
            (o.id, o.name, o.role, agencies.get(o.agency_id, ""))
            for o in registry.list_officers(store)
        ]

    def _on_joined(self, officers: list[tuple[str, str, str, str]]) -> None:
        self.context.events.officers_changed.emit()
        self.officer_list.clear()
        for officer_id, name, role, agency in officers:
            item = QListWidgetItem(f"{name} — {role_label(role)}（{agency}）")
            item.setData(Qt.ItemDataRole.UserRole, officer_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.officer_list.addItem(item)
        self.officer_list.clearSelection()  # never a default: the user says who they are
        self.label_edit.setVisible(self.paired is None)
        self.label_caption.setVisible(self.paired is None)
        self.pages.setCurrentIndex(1)
        self._update()

    def chosen_officer(self) -> QListWidgetItem | None:
        """The officer the user selected, or None (nothing is selected for them)."""
        selected = self.officer_list.selectedItems()
        return selected[0] if selected else None

    def _on_officer_changed(self) -> None:
        item = self.chosen_officer()
        if item is not None and not self.label_edit.isModified():
            self.label_edit.setText(
                self.tr("{0}'s laptop").format(item.data(Qt.ItemDataRole.UserRole + 1))
            )
        self._update()

    def _make_request(self) -> None:
        item = self.chosen_officer()
        if item is None:
            return
        officer_id = str(item.data(Qt.ItemDataRole.UserRole))
        label = self.label_edit.text().strip()
        if self.paired is not None:  # enrolled on the hub already: no request to make

            def choose(store: Store) -> str:
                return joining.choose_officer(store, officer_id).id

            self._run(choose, self._on_officer_chosen)
            return

        def job(store: Store) -> joining.EnrolmentRequest:
            joining.choose_officer(store, officer_id)
            return joining.make_request(store, label)

        self._run(job, self._on_request_made)

    def _on_officer_chosen(self, officer_id: str) -> None:
        paired = self.paired
        assert paired is not None
        self.laptop_code.setText(paired.laptop_code)
        self.qr.hide()
        self.save_button.hide()
        self.context.events.current_officer_changed.emit(officer_id)
        self.pages.setCurrentIndex(2)
        self.retranslate_ui()
        self.joined.emit(officer_id)

    def _on_request_made(self, request: joining.EnrolmentRequest) -> None:
        self.request = request
        self.laptop_code.setText(request.code)
        self.qr.set_text(request.to_text())
        self.context.events.current_officer_changed.emit(request.officer)
        self.pages.setCurrentIndex(2)
        self.joined.emit(request.officer)
        self._update()

    def save_request(self, path: Path | None = None) -> Path | None:
        """Save the request file (asks where when ``path`` is None); never overwrites."""
        request = self.request
        if request is None:
            return None
        confirmed = path is None  # the file dialog asks before replacing a file
        if path is None:
            settings = self.context.settings
            name = f"{request.label}-enrolment{joining.REQUEST_SUFFIX}"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the enrolment request"),
                folders.start_path(settings, folders.BUNDLES, Path.home(), name),
                self.tr("Enrolment requests (*.json)"),
            )
            if not chosen:
                return None
            folders.remember_choice(settings, folders.BUNDLES, chosen)
            path = Path(chosen)
        try:
            if confirmed and path.exists():
                path.unlink()
            joining.write_request(request, path)
        except FileExistsError:
            self._show_error(self.tr("{0} exists already: choose another name.").format(path))
            return None
        except OSError as exc:
            self._show_error(
                self.tr("The request could not be saved to {0}: {1}").format(
                    path, exc.strerror or exc
                )
            )
            return None
        self.saved_path = path
        self.saved_label.setText(self.tr("Saved: {0}").format(path))
        return path

    # -- plumbing ----------------------------------------------------------------------------
    def _run(self, job: Any, done: Any) -> None:
        self.busy = True
        self._update()

        def finished(value: object) -> None:
            self.busy = False
            done(value)

        def failed(message: str) -> None:
            self.busy = False
            self._show_error(message)

        self.context.tasks.write(job, succeeded=finished, failed=failed)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._update()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _on_next_button_clicked(self) -> None:
        self._clear_error()
        page = self.pages.currentIndex()
        if page == 0:
            self._join()
        elif page == 1:
            self._make_request()
        else:
            self.accept()

    def _update(self) -> None:
        page = self.pages.currentIndex()
        matches = self.offer is not None and joining.same_code(
            self.typed_code.text(), self.offer.code
        )
        if page == 0:
            typed = self.typed_code.text().strip()
            if self.offer is None or not typed:
                self.code_check.clear()
            elif matches:
                self.code_check.setStyleSheet(OK_STYLE)
                self.code_check.setText(self.tr("✓ The codes match."))
            else:
                self.code_check.setStyleSheet(ERROR_STYLE)
                self.code_check.setText(self.tr("The codes differ: do not join with this file."))
            enabled = matches
        elif page == 1:
            enabled = self.chosen_officer() is not None
        else:
            enabled = True
        self.next_button.setEnabled(enabled and not self.busy)
        self.next_button.setText(
            (
                self.tr("Join"),
                self.tr("Next") if self.paired else self.tr("Make the request"),
                self.tr("Done"),
            )[page]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(page < 2)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Join an existing team"))
        self.bundle_intro.setText(
            self.tr(
                "Choose the sync bundle the team lead exported for you at the office "
                "(Sync ▸ Export bundle…). It is checked before anything is stored."
            )
        )
        self.code_intro.setText(
            self.tr(
                "Type the office code shown on the team lead's screen (Sync ▸ This laptop's "
                "identity). Only when both codes are the same did the file come from your "
                "office."
            )
        )
        self.officer_intro.setText(
            self.tr("Who works on this laptop? Choose yourself from the team's officers.")
        )
        self.label_caption.setText(self.tr("Laptop's name"))
        self.request_intro.setText(
            self.tr(
                "Last step: the team lead enrols this laptop (Sync ▸ Enrol a replica…) by "
                "scanning this code or opening the request file. Compare this laptop's code "
                "with the one on the lead's screen. Until then, this laptop's records stay "
                "here; they travel at the first sync after the enrolment."
            )
        )
        self.save_button.setText(self.tr("Save the request file…"))
        if self.paired is not None:
            self.request_intro.setText(
                self.tr(
                    "Done: the hub has enrolled this laptop. Compare with the team lead's "
                    "screen: this laptop's code (below) and the hub's code {0}. If they differ, "
                    "tell the team lead at once."
                ).format(self.paired.hub_code)
            )
        if self.offer is not None:
            self._on_offer_read(self.offer)
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
