"""The agency set-up dialog (文书 ▸ 机构设置): what every decision prints about its agency.

A decision names its agency, numbers itself with the agency's short code (``遂环责改〔2026〕
1号``), tells the party where to ask for reconsideration (复议机关) and which court hears a
suit (管辖法院) — issuing is refused while either is missing — and carries the agency's seal
(印章) in the signature stamp. A team lead keeps all of that here: the list of the team's
agencies on the left (incomplete ones in red), the chosen one's form on the right.

The seal is a PNG under 150 KB (the store keeps it as base64 and refuses more). A chosen file
is read and checked off the GUI thread; nothing is written until Save. Only a team lead sets
or clears the seal (the core refuses anyone else).
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.domain.records import Agency
from inspect_app.domain.team_time import team_today
from inspect_app.storage.registry import add_agency, edit_agency, get_agency, get_officer
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.models.agencies import AgencyListModel
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import OK_COLOR, DocumentDialog, documents_folder
from inspect_app.ui.widgets.region_picker import RegionPicker
from inspect_app.ui.widgets.seal_file import SealFile, decode_seal_job, read_seal_job

PREVIEW_SIDE = 132

FIELDS = ("name", "code", "region", "reconsideration_body", "litigation_court", "seal_png")


def blank_values() -> dict[str, str | None]:
    """The form's values for a new agency (as :meth:`AgencyDialog.form_values` reads them)."""
    return {"name": "", "code": "", "region": "", **dict.fromkeys(FIELDS[3:])}


@dataclass(frozen=True)
class AgencySaved:
    """A saved agency, and why its seal was not set when that part was refused."""

    agency_id: str
    seal_error: str | None = None


class AgencyDialog(DocumentDialog):
    """List the team's agencies and edit one (name, code, region, remedies, seal).

    Signals:
        agency_saved(str): an agency was created or changed (its id).

    Args:
        context: the shared services.
        agency_id: the agency to show first (default: the acting officer's).
        parent: Qt parent.
    """

    agency_saved = Signal(str)

    def __init__(
        self, context: UiContext, agency_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        store = context.store
        self.agency_id: str | None = None  # the agency in the form; None while making a new one
        self.loaded: dict[str, str | None] = blank_values()  # as last read or saved
        self.seal: str | None = None  # the form's seal (base64), saved or chosen
        self.seal_file: SealFile | None = None  # the last file chosen
        self.saved_message = ""
        self._close_warned = False
        me = self.officer_id()
        self.is_lead = False
        if me:
            try:
                officer = get_officer(store, me)
                self.is_lead = officer.role == Role.LEAD
                agency_id = agency_id or officer.agency_id
            except NotFoundError:
                pass

        # the list (left)
        self.model = AgencyListModel(store, self)
        self.list_view = QListView()
        self.list_view.setObjectName("agencyList")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_title = QLabel()
        self.new_button = QPushButton()
        self.new_button.setAutoDefault(False)
        left = QWidget()
        left.setFixedWidth(230)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.new_button)

        # the form (right)
        self.details_box = QGroupBox()
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setMaximumWidth(140)
        self.code_hint = QLabel()
        self.code_hint.setWordWrap(True)
        self.code_hint.setStyleSheet("color: #555;")
        code_cell = QWidget()
        code_layout = QVBoxLayout(code_cell)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(2)
        code_layout.addWidget(self.code)
        code_layout.addWidget(self.code_hint)
        self.region = RegionPicker()
        self.region_name = QLabel()
        self.region_name.setObjectName("regionName")
        self.region_name.setStyleSheet("color: #555;")
        region_cell = QWidget()
        region_layout = QHBoxLayout(region_cell)
        region_layout.setContentsMargins(0, 0, 0, 0)
        region_layout.addWidget(self.region)
        region_layout.addWidget(self.region_name, 1)
        self.reconsideration_body = QLineEdit()
        self.reconsideration_body.setMaxLength(120)
        self.litigation_court = QLineEdit()
        self.litigation_court.setMaxLength(120)
        self.remedies_hint = QLabel()
        self.remedies_hint.setWordWrap(True)
        self.remedies_hint.setStyleSheet("color: #555;")
        self.form = QFormLayout(self.details_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in (
            self.name,
            code_cell,
            region_cell,
            self.reconsideration_body,
            self.litigation_court,
        ):
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.remedies_hint)

        self.seal_box = QGroupBox()
        self.seal_preview = QLabel()
        self.seal_preview.setObjectName("sealPreview")
        self.seal_preview.setFixedSize(PREVIEW_SIDE + 8, PREVIEW_SIDE + 8)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setWordWrap(True)
        self.seal_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.seal_preview.setStyleSheet("QLabel { background: white; color: #777; }")
        self.seal_info = QLabel()
        self.seal_info.setObjectName("sealInfo")
        self.seal_info.setWordWrap(True)
        self.seal_hint = QLabel()
        self.seal_hint.setWordWrap(True)
        self.seal_hint.setStyleSheet("color: #555;")
        self.choose_seal_button = QPushButton()
        self.clear_seal_button = QPushButton()
        for button in (self.choose_seal_button, self.clear_seal_button):
            button.setAutoDefault(False)
        seal_buttons = QHBoxLayout()
        seal_buttons.addWidget(self.choose_seal_button)
        seal_buttons.addWidget(self.clear_seal_button)
        seal_buttons.addStretch(1)
        seal_text = QVBoxLayout()
        seal_text.addWidget(self.seal_info)
        seal_text.addWidget(self.seal_hint)
        seal_text.addStretch(1)
        seal_text.addLayout(seal_buttons)
        seal_layout = QHBoxLayout(self.seal_box)
        seal_layout.addWidget(self.seal_preview, 0, Qt.AlignmentFlag.AlignTop)
        seal_layout.addLayout(seal_text, 1)

        right = QVBoxLayout()
        right.addWidget(self.details_box)
        right.addWidget(self.seal_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left)
        columns.addLayout(right, 1)

        self.status_label = QLabel()
        self.status_label.setObjectName("agencyStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {OK_COLOR};")
        self.status_label.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setDefault(True)
        self.revert_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._edits = (
            self.name,
            self.code,
            self.reconsideration_body,
            self.litigation_court,
        )
        self.lock_while_busy(left, self.details_box, self.seal_box, self.save_button)

        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self.new_agency)
        self.choose_seal_button.clicked.connect(self.choose_seal)
        self.clear_seal_button.clicked.connect(self.clear_seal)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self.reject)
        for edit in self._edits:
            edit.textChanged.connect(lambda _t: self.update_state())
        self.code.textChanged.connect(lambda _t: self._show_code_hint())
        self.region.code_changed.connect(lambda _c: self._show_region_name())
        self.region.editTextChanged.connect(lambda _t: self.update_state())
        fit_to_screen(self, 860, 560)
        self.retranslate_ui()
        if self.model.rowCount() and self.model.row_of(agency_id) < 0:
            agency_id = self.model.agency(0).id  # type: ignore[union-attr]
        if agency_id and self.model.row_of(agency_id) >= 0:
            self.select_agency(agency_id)
        else:
            self.new_agency()
        self.update_state()

    # -- the form -------------------------------------------------------------------------------
    def form_values(self) -> dict[str, str | None]:
        """The agency's fields as the form shows them (blank optional fields are None)."""
        return {
            "name": self.name.text().strip(),
            "code": self.code.text().strip(),
            "region": self.region.code(),
            "reconsideration_body": self.reconsideration_body.text().strip() or None,
            "litigation_court": self.litigation_court.text().strip() or None,
            "seal_png": self.seal,
        }

    def changed_fields(self) -> dict[str, str | None]:
        """The fields that differ from the saved agency."""
        return {k: v for k, v in self.form_values().items() if self.loaded.get(k) != v}

    def is_dirty(self) -> bool:
        """True when the form holds changes not saved yet."""
        return bool(self.changed_fields())

    def select_agency(self, agency_id: str) -> bool:
        """Show an agency (False when it is not listed, or unsaved changes stop it)."""
        row = self.model.row_of(agency_id)
        if row < 0:
            return False
        if agency_id != self.agency_id and self.is_dirty():
            self._refuse_switch()
            return False
        self._set_current_row(row)
        self._load(self.model.agency(row))
        return True

    def new_agency(self) -> None:
        """Clear the form for a new agency (Save creates it)."""
        if self.is_dirty():
            self._refuse_switch()
            return
        self._set_current_row(-1)
        self._load(None)
        self.name.setFocus()

    def _load(self, agency: Agency | None) -> None:
        self.agency_id = agency.id if agency else None
        values = blank_values()
        if agency is not None:
            values = {field: getattr(agency, field) for field in FIELDS}
        self.loaded = values
        self.name.setText(values["name"] or "")
        self.code.setText(values["code"] or "")
        self.region.set_code(values["region"])
        self.reconsideration_body.setText(values["reconsideration_body"] or "")
        self.litigation_court.setText(values["litigation_court"] or "")
        self.seal = values["seal_png"]
        self.seal_file = None
        self.clear_error()
        self._show_seal_preview(None)
        if self.seal:
            self._decode_stored_seal(self.seal)
        self._show_titles()
        self.update_state()

    def revert(self) -> None:
        """Drop the unsaved changes (show the agency as saved)."""
        if self.agency_id is None:
            self._load(None)
            return
        try:
            self._load(get_agency(self.context.store, self.agency_id))
        except NotFoundError as exc:
            self.show_error(error_text(exc))

    def _refuse_switch(self) -> None:
        name = self.loaded.get("name") or self.tr("the new agency")
        self.show_error(self.tr("Save or revert the changes to {0} first.").format(name))

    def _set_current_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            if row < 0:
                selection.clear()
            else:
                index = self.model.index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            selection.blockSignals(blocked)
        self.list_view.viewport().update()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        agency = self.model.agency(current.row()) if current.isValid() else None
        if agency is None or agency.id == self.agency_id:
            return
        if self.is_dirty():
            self._refuse_switch()
            self._set_current_row(self.model.row_of(self.agency_id) if self.agency_id else -1)
            return
        self._load(agency)

    # -- the seal -----------------------------------------------------------------------------
    def choose_seal(self) -> None:
        """Pick a PNG file for the seal (checked off the GUI thread)."""
        settings = self.context.settings
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the seal image"),
            folders.start_path(settings, folders.SEALS, documents_folder()),
            self.tr("PNG images (*.png);;All files (*)"),
        )
        if name:
            folders.remember_choice(settings, folders.SEALS, name)
            self.load_seal(Path(name))

    def load_seal(self, path: Path) -> None:
        """Read and check a seal file; when usable it replaces the form's seal (until Save)."""
        self.run_read(read_seal_job(path), self.tr("Reading the seal image…"), self._on_seal_read)

    def clear_seal(self) -> None:
        """Remove the seal from the form (Save removes it from the agency)."""
        self.seal = None
        self.seal_file = None
        self.clear_error()
        self._show_seal_preview(None)
        self.update_state()

    def seal_problem_text(self, found: SealFile) -> str:
        """Why a chosen file cannot be the seal, as a sentence."""
        name = found.path.name
        if found.problem == "too_large":
            return self.tr(
                "{0} is {1} KB: the seal must be a PNG under 150 KB. Save it smaller "
                "(about 400 × 400 pixels is plenty) and choose it again."
            ).format(name, math.ceil(found.size / 1000))
        if found.problem == "too_many_pixels":
            return self.tr(
                "{0} is {1} × {2} pixels, too large for a seal: about 400 × 400 pixels is plenty."
            ).format(name, found.width, found.height)
        if found.problem == "unreadable":
            return self.tr("Cannot read {0}: {1}").format(name, found.detail)
        return self.tr(
            "{0} is not a PNG image: the seal must be a PNG file (a red seal on a transparent "
            "or white background). Convert it to PNG and choose it again."
        ).format(name)

    def _on_seal_read(self, found: SealFile) -> None:
        if found.problem is not None or found.data is None or found.image is None:
            self.show_error(self.seal_problem_text(found))
            return
        self.seal_file = found
        self.seal = base64.b64encode(found.data).decode("ascii")
        self._show_seal_preview(found)

    def _decode_stored_seal(self, encoded: str) -> None:
        # bound methods as handlers: Qt drops them if the dialog is closed (deleted) first
        self.context.tasks.run(
            decode_seal_job(encoded),
            succeeded=self._on_stored_seal_decoded,
            failed=self._on_stored_seal_failed,
        )

    def _on_stored_seal_decoded(self, found: SealFile) -> None:
        if found.data is None or found.image is None or self.seal_file is not None:
            return  # unreadable (the text says a seal is set), or a chosen file replaced it
        if base64.b64encode(found.data).decode("ascii") == self.seal:
            self._show_seal_preview(found, stored=True)

    def _on_stored_seal_failed(self, _message: str) -> None:
        """A stored seal that cannot be decoded keeps the "a seal is set" text."""

    def _show_seal_preview(self, found: SealFile | None, stored: bool = False) -> None:
        if found is None or found.image is None:
            self.seal_preview.setPixmap(QPixmap())
            self.seal_preview.setText(self.tr("No seal") if not self.seal else self.tr("Seal set"))
            self._show_seal_info(found, stored)
            return
        pixmap = QPixmap.fromImage(found.image)
        if pixmap.width() > PREVIEW_SIDE or pixmap.height() > PREVIEW_SIDE:
            pixmap = pixmap.scaled(
                PREVIEW_SIDE,
                PREVIEW_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.seal_preview.setText("")
        self.seal_preview.setPixmap(pixmap)
        self._show_seal_info(found, stored)

    def _show_seal_info(self, found: SealFile | None, stored: bool) -> None:
        if self.seal is None:
            text = (
                self.tr("No seal: the stamp shows the signature and name only.")
                if self.loaded.get("seal_png") is None
                else self.tr("The seal will be removed when you save.")
            )
        elif found is None:
            text = self.tr("A seal image is set.")
        else:
            size = self.tr("{0} × {1} pixels, {2} KB").format(
                found.width, found.height, math.ceil(found.size / 1000)
            )
            if stored:
                text = self.tr("The seal printed in the stamp: {0}.").format(size)
            else:
                text = self.tr("{0}: {1}. Not saved yet: press Save.").format(found.path.name, size)
        self.seal_info.setText(text)

    # -- saving -------------------------------------------------------------------------------
    def validate(self) -> str | None:
        """The first thing that stops a save, as a sentence; None when it can be saved."""
        values = self.form_values()
        if not values["name"]:
            return self.tr("Give the agency's full name.")
        if not values["code"]:
            return self.tr("Give the short code used in document numbers (e.g. 遂环).")
        if len(values["region"] or "") != 6:
            return self.region.problem() or self.tr(
                "Give the six-digit GB/T 2260 region code (e.g. 510900)."
            )
        if "seal_png" in self.changed_fields() and not self.is_lead:
            return self.tr("Only a team lead sets the seal.")
        return None

    def save(self) -> None:
        """Create the agency, or write what changed (on the writer thread)."""
        if self.busy:
            return
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        changed = self.changed_fields()
        agency_id = self.agency_id
        if agency_id is not None and not changed:
            self._show_status(self.tr("Nothing to save: no field changed."))
            return
        me = self.officer_id() or ""
        values = self.form_values()

        def job(store: Store) -> AgencySaved:
            if agency_id is not None:
                edit_agency(store, me, agency_id, **changed)
                return AgencySaved(agency_id)
            made = add_agency(
                store,
                values["name"] or "",
                values["code"] or "",
                values["region"] or "",
                reconsideration_body=values["reconsideration_body"],
                litigation_court=values["litigation_court"],
                officer=me,
            )
            if values["seal_png"]:
                try:
                    edit_agency(store, me, made.id, seal_png=values["seal_png"])
                except InspectError as exc:
                    return AgencySaved(made.id, error_text(exc))
            return AgencySaved(made.id)

        self.run_write(job, self.tr("Saving the agency…"), self._on_saved)

    def _on_saved(self, saved: AgencySaved) -> None:
        keep_seal = self.seal if saved.seal_error else None
        self.loaded = self.form_values()  # the form is saved: switching is allowed
        self.model.reload()
        try:
            agency = get_agency(self.context.store, saved.agency_id)
        except NotFoundError as exc:
            self.show_error(error_text(exc))
            return
        self._set_current_row(self.model.row_of(saved.agency_id))
        self._load(agency)
        if saved.seal_error:
            self.seal = keep_seal
            self.show_error(
                self.tr("The agency was saved, but not its seal: {0}").format(saved.seal_error)
            )
        self._show_status(self.tr("Saved: {0}.").format(agency.name))
        self.agency_saved.emit(saved.agency_id)

    def _show_status(self, text: str) -> None:
        self.saved_message = text
        self.status_label.setText(text)
        self.status_label.show()

    def reject(self) -> None:
        """Qt override: warn once about unsaved changes; a second Close drops them."""
        if self.is_dirty() and not self._close_warned and not self.busy:
            self._close_warned = True
            self.show_error(
                self.tr("The changes are not saved: press Save, or Close again to drop them.")
            )
            return
        super().reject()

    # -- state and texts ----------------------------------------------------------------------
    def update_state(self) -> None:
        """Enable what the form's state allows."""
        dirty = self.is_dirty()
        if dirty:
            self.status_label.hide()
        else:
            self._close_warned = False
        self.save_button.setEnabled(not self.busy and (dirty or self.agency_id is None))
        self.revert_button.setEnabled(not self.busy and dirty)
        self.choose_seal_button.setEnabled(self.is_lead and not self.busy)
        self.clear_seal_button.setEnabled(self.is_lead and not self.busy and self.seal is not None)

    def _show_titles(self) -> None:
        if self.agency_id is None:
            self.details_box.setTitle(self.tr("New agency"))
        else:
            self.details_box.setTitle(self.loaded.get("name") or "")

    def _show_code_hint(self) -> None:
        code = self.code.text().strip() or "遂环"
        number = f"{code}责改〔{team_today().year}〕1号"
        saved = self.loaded.get("code")
        if self.agency_id is not None and saved and code != saved:
            text = self.tr("Numbers will read {0}; numbers already issued keep {1}.").format(
                number, saved
            )
        else:
            text = self.tr("Numbers read {0}.").format(number)
        self.code_hint.setText(text)

    def _show_region_name(self) -> None:
        code = self.region.code()
        if not code:
            self.region_name.setText(self.tr("six digits, e.g. 510900 (遂宁市)"))
            return
        self.region_name.setText(
            "" if self.region.is_listed() else self.tr("not in the app's list: check the code")
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Agencies"))
        self.list_title.setText(self.tr("The team's agencies (red: not ready to issue)"))
        self.new_button.setText(self.tr("&New agency"))
        labels = (
            self.tr("Full name"),
            self.tr("Short code (文号)"),
            self.tr("Region (GB/T 2260)"),
            self.tr("Reconsideration body (复议机关)"),
            self.tr("Litigation court (管辖法院)"),
        )
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.name.setPlaceholderText(self.tr("e.g. 遂宁市生态环境局"))
        self.reconsideration_body.setPlaceholderText(self.tr("e.g. 遂宁市人民政府"))
        self.litigation_court.setPlaceholderText(self.tr("e.g. 遂宁市船山区人民法院"))
        self.remedies_hint.setText(
            self.tr(
                "Every decision tells the party where to apply for reconsideration and which "
                "court hears a suit: issuing is refused until both are filled in."
            )
        )
        self.seal_box.setTitle(self.tr("Seal (印章)"))
        self.seal_hint.setText(
            self.tr(
                "A PNG image under 150 KB, a red seal on a transparent or white background; "
                "it is printed behind the signature in the stamp."
            )
            + " "
            + (
                self.tr("Only a team lead sets the seal.")
                if not self.is_lead
                else self.tr("Nothing changes until you press Save.")
            )
        )
        self.choose_seal_button.setText(self.tr("Choose &PNG…"))
        self.clear_seal_button.setText(self.tr("&Remove seal"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Re&vert"))
        self._show_titles()
        self._show_code_hint()
        self._show_region_name()
        if self.seal_file is not None:
            self._show_seal_info(self.seal_file, stored=False)
