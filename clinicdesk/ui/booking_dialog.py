"""The booking dialog for the phone call: find the patient, pick the slot, press Enter.

Patient search runs as you type (:mod:`.patient_search`); the first-available list
refreshes in the background whenever the type, urgency, provider, specialty, date or
patient changes. Urgent patients with no free slot get the engine's bump plan to
review and apply; anyone can go on the waitlist from here. Ticking "Repeat" turns the
chosen slot into the first of a series (:mod:`.repeat_panel`): its occurrences and
their clashes are previewed, and booking skips the clashing ones once confirmed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import local_date
from clinicdesk.domain.status import urgency_label
from clinicdesk.services.booking import BookingInput, BookingResult, book_appointment
from clinicdesk.services.catalog import clinic_settings, list_types
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.finding import SlotSearch, SlotView, find_slots
from clinicdesk.services.patients import PatientSummary
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.series import (
    SeriesInput,
    SeriesPreview,
    SeriesResult,
    book_recurring,
    preview_recurring,
)
from clinicdesk.services.urgent import BumpRequest
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist
from clinicdesk.ui.background import inline_refusal, run_in_background
from clinicdesk.ui.bump_dialog import BumpPlanDialog
from clinicdesk.ui.date_bounds import ClinicDateEdit
from clinicdesk.ui.errors import report_error
from clinicdesk.ui.fitting import fit_to_screen
from clinicdesk.ui.i18n import date_text, tr
from clinicdesk.ui.models import SlotTableModel, age_on
from clinicdesk.ui.new_patient_dialog import NewPatientDialog
from clinicdesk.ui.patient_search import PatientSearch
from clinicdesk.ui.repeat_panel import RepeatPanel, blocked
from clinicdesk.ui.tables import record_table
from clinicdesk.ui.theme import icon
from clinicdesk.ui.word_search import enable_word_search

SLOT_COUNT = 8
DAY_FORMAT = "d MMM yyyy, ddd"
# Wide enough for a long name beside its birth date, age and phone; the rest of a
# 1366×768 desk screen is left for the calendar behind.
PREFERRED_SIZE = QSize(1240, 700)
URGENT = (Urgency.URGENT, Urgency.EMERGENCY)
# How long the patient search box must be left alone before a slot search or a series
# preview starts: a typing receptionist's keys come well under this apart.
TYPING_PAUSE_MS = 250


class BookingDialog(QDialog):
    booked = Signal(object)  # BookingResult (or the bump plan's urgent booking)

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        provider_id: str | None = None,
        start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("BookingDialog", "New appointment"))
        fit_to_screen(self, PREFERRED_SIZE)
        self.chosen_start = start
        self.chosen_provider = provider_id
        self.types: list[AppointmentType] = []
        self.zone = ZoneInfo("UTC")
        self._slot_sequence = 0
        self._slots_running = False  # a slot search is on a worker
        self._slots_again = False  # asked for again while it ran

        self.search = PatientSearch()
        self.search.set_context(ctx)
        self.search.chosen.connect(lambda _p: self._schedule_slots())
        self.new_patient_button = QPushButton(
            icon("mdi6.account-plus"), tr("BookingDialog", "New &patient…")
        )
        self.new_patient_button.clicked.connect(self.new_patient)

        self.type = QComboBox()
        self.type.setAccessibleName(tr("BookingDialog", "Appointment type"))
        self.urgency = QComboBox()
        self.urgency.setAccessibleName(tr("BookingDialog", "Urgency"))
        for urgency in Urgency:
            self.urgency.addItem(urgency_label(urgency).capitalize(), urgency)
        self.provider = enable_word_search(QComboBox())  # "lee" finds Dr Ana Lee
        self.provider.setAccessibleName(tr("BookingDialog", "Provider"))
        self.provider.addItem(tr("BookingDialog", "Any provider"), None)
        self.specialty = QComboBox()
        self.specialty.setAccessibleName(tr("BookingDialog", "Specialty"))
        self.specialty.addItem(tr("BookingDialog", "Any specialty"), None)
        self.from_day = ClinicDateEdit()
        self.from_day.setCalendarPopup(True)
        # The day first: "14" typed after Alt+F is the 14th (a leading weekday section
        # would take the keys as a weekday and move the date to another week).
        self.from_day.setDisplayFormat(DAY_FORMAT)
        self.from_day.setAccessibleName(tr("BookingDialog", "Earliest day"))
        # The clinic's date, from the window's zone until the settings load.
        window_zone: ZoneInfo | None = getattr(parent, "clinic_zone", None)
        if window_zone is not None:
            self.from_day.setDate(QDate(local_date(start or ctx.now(), window_zone)))
        else:
            self.from_day.setDate(QDate(start.date() if start else date.today()))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("BookingDialog", "Reason for the visit"))
        self.reason.setPlaceholderText(tr("BookingDialog", "optional, for the provider"))

        self.slot_model = SlotTableModel(self.zone)
        self.slots = record_table("First available slots", self.slot_model, stretch_column=0)
        self.slots.doubleClicked.connect(lambda _index: self.book())
        self.slots.setMinimumHeight(150)  # a few slots stay in view with Repeat open
        self.slot_note = QLabel()
        self.slot_note.setProperty("role", "muted")
        self.slot_note.setWordWrap(True)
        self.repeat = RepeatPanel()
        self._series_sequence = 0

        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton(
            tr("BookingDialog", "&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_button.setIcon(icon("mdi6.calendar-check", "accent_text"))
        self.book_button.setProperty("primary", True)
        self.waitlist_button = self.buttons.addButton(
            tr("BookingDialog", "Add to &waitlist"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.bump_button = self.buttons.addButton(
            tr("BookingDialog", "&Make room (bump plan)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.bump_button.hide()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            # Enter is handled once, in keyPressEvent: it always means Book.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.book_button.clicked.connect(self.book)
        self.waitlist_button.clicked.connect(self.add_to_waitlist)
        self.bump_button.clicked.connect(self.bump_plan)
        self.buttons.rejected.connect(self.reject)

        self._slot_timer = QTimer(self)
        self._slot_timer.setSingleShot(True)
        self._slot_timer.setInterval(60)
        self._slot_timer.timeout.connect(self.refresh_slots)
        for combo in (self.type, self.urgency, self.provider, self.specialty):
            combo.currentIndexChanged.connect(lambda _i: self._schedule_slots())
        self.from_day.dateChanged.connect(lambda _d: self._schedule_slots())
        self._series_timer = QTimer(self)
        self._series_timer.setSingleShot(True)
        self._series_timer.setInterval(120)
        self._series_timer.timeout.connect(self.refresh_series)
        self.repeat.changed.connect(self._series_timer.start)
        self.search.chosen.connect(lambda _p: self._series_timer.start())
        self.slots.selectionModel().currentChanged.connect(
            lambda *_args: self._series_timer.start()
        )
        self.chosen_patient = QLabel()
        self.chosen_patient.setObjectName("chosenPatient")
        self.chosen_patient.setAccessibleName(tr("BookingDialog", "Booking for"))
        self.chosen_patient.setTextFormat(Qt.TextFormat.PlainText)  # names are typed text
        self.chosen_patient.setWordWrap(True)
        self.search.chosen.connect(lambda _p: self._show_chosen())
        self.search.results_shown.connect(lambda _n: self._show_chosen())
        self.search.box.textChanged.connect(lambda _t: self._show_chosen())
        self._show_chosen()
        self.repeat.toggled.connect(self._make_room_for_repeat)
        self._layout()
        self._load_choices()

    def _layout(self) -> None:
        patient_row = QHBoxLayout()
        heading = QLabel(tr("BookingDialog", "Patient"))
        heading.setProperty("role", "heading")
        patient_row.addWidget(heading)
        patient_row.addStretch()
        patient_row.addWidget(self.new_patient_button)
        form = QFormLayout()
        form.addRow(tr("BookingDialog", "&Type:"), self.type)
        form.addRow(tr("BookingDialog", "&Urgency:"), self.urgency)
        form.addRow(tr("BookingDialog", "Pro&vider:"), self.provider)
        form.addRow(tr("BookingDialog", "&Specialty:"), self.specialty)
        form.addRow(tr("BookingDialog", "&From:"), self.from_day)
        form.addRow(tr("BookingDialog", "R&eason:"), self.reason)
        slots_heading = QLabel(tr("BookingDialog", "First available"))
        slots_heading.setProperty("role", "heading")
        # The choices, slots and repeat scroll together, so that at 1366×768 (or 125%
        # scaling) ticking Repeat never pushes Book and the clash preview off the screen.
        details = QWidget()
        right = QVBoxLayout(details)
        right.setContentsMargins(0, 0, 4, 0)
        right.addLayout(form)
        right.addWidget(slots_heading)
        right.addWidget(self.slots, 1)
        right.addWidget(self.slot_note)
        right.addWidget(self.repeat)
        self.details = QScrollArea()
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QVBoxLayout()
        left.addLayout(patient_row)
        left.addWidget(self.search, 1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addWidget(self.details, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen_patient, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.search.box.setFocus()

    # -- choices ------------------------------------------------------------------------

    def _load_choices(self) -> None:
        ctx = self.ctx

        def load() -> tuple[list[AppointmentType], list[ProviderView], str]:
            return (
                list_types(ctx),
                list_providers(ctx, bookable_only=True),
                clinic_settings(ctx).time_zone,
            )

        run_in_background(self, load, self._fill_choices)

    def _fill_choices(self, loaded: tuple[list[AppointmentType], list[ProviderView], str]) -> None:
        types, providers, zone_name = loaded
        self.zone = ZoneInfo(zone_name)
        self.slot_model.zone = self.zone
        # The first day to search is on the clinic's calendar, not this computer's.
        first_day = local_date(self.chosen_start or self.ctx.now(), self.zone)
        if self.from_day.date().toPython() != first_day:
            self.from_day.setDate(QDate(first_day))
        self.types = types
        for combo in (self.type, self.provider, self.specialty):
            combo.blockSignals(True)
        for kind in types:
            self.type.addItem(
                tr("BookingDialog", "{name} ({minutes} min)").format(
                    name=kind.name, minutes=kind.duration_minutes
                ),
                kind.id,
            )
        for provider in providers:
            self.provider.addItem(f"{provider.display_name} · {provider.specialty}", provider.id)
        for specialty in sorted({p.specialty for p in providers}):
            self.specialty.addItem(specialty, specialty)
        if self.chosen_provider is not None:
            self.provider.setCurrentIndex(max(0, self.provider.findData(self.chosen_provider)))
        for combo in (self.type, self.provider, self.specialty):
            combo.blockSignals(False)
        self.refresh_slots()

    def _show_chosen(self, problem: str = "") -> None:
        """Who Book is for, in view beside the button: name, birth date and age, phone;
        with no one chosen, ``problem`` says what to do (after Book was pressed)."""
        patient = self.patient
        if patient is None:
            text = tr("BookingDialog", "Booking for: no patient chosen yet")
            self.chosen_patient.setText(f"{text}. {problem}" if problem else text)
            self.chosen_patient.setProperty("role", "problem" if problem else "muted")
        else:
            age = age_on(patient.birth_date, date.today())
            phones = ", ".join(patient.phones) or tr("BookingDialog", "no phone")
            self.chosen_patient.setText(
                tr(
                    "BookingDialog", "Booking for: {name}, born {born} (age {age}), {phones}"
                ).format(
                    name=patient.display_name,
                    born=date_text(patient.birth_date, weekday=False),
                    age=age,
                    phones=phones,
                )
            )
            self.chosen_patient.setProperty("role", "heading")
        self.chosen_patient.style().unpolish(self.chosen_patient)
        self.chosen_patient.style().polish(self.chosen_patient)

    def _schedule_slots(self) -> None:
        self._slot_timer.start()

    @property
    def chosen_urgency(self) -> Urgency:
        # Qt hands a StrEnum back as a plain str.
        return Urgency(self.urgency.currentData())

    @property
    def patient(self) -> PatientSummary | None:
        return self.search.selected

    def _search_request(self) -> SlotSearch | None:
        type_id = self.type.currentData()
        if type_id is None:
            return None
        provider_id = self.provider.currentData()
        return SlotSearch(
            type=type_id,
            provider_id=provider_id,
            specialty=None if provider_id else self.specialty.currentData(),
            from_day=self.from_day.date().toPython(),  # type: ignore[arg-type]
            urgency=self.chosen_urgency,
            count=SLOT_COUNT,
            patient_id=self.patient.id if self.patient else None,
        )

    def refresh_slots(self) -> None:
        if self.search.typing(TYPING_PAUSE_MS):
            # A slot search is tens of milliseconds of Python on a worker for a big
            # clinic: started between keystrokes it holds the interpreter while the next
            # search's results are drawn. It waits for the typing to pause.
            self._slot_timer.start()
            return
        if self._slots_running:
            # One at a time, the newest request next: two at once only share the
            # interpreter, and the older answer is dropped anyway.
            self._slots_again = True
            return
        request = self._search_request()
        if request is None:
            self.slot_note.setText(tr("BookingDialog", "Set up an appointment type first."))
            return
        ctx = self.ctx
        self._slot_sequence += 1
        sequence = self._slot_sequence
        self.slot_note.setText(tr("BookingDialog", "Looking for free time…"))

        def finished() -> None:
            self._slots_running = False
            if self._slots_again:
                self._slots_again = False
                self.refresh_slots()

        def done(found: list[SlotView]) -> None:
            finished()
            if sequence != self._slot_sequence:
                return
            slots = self._with_chosen_time(found)
            self.slot_model.set_rows(slots)
            if slots:
                self.slots.setCurrentIndex(self.slot_model.index(0, 0))
            self._series_timer.start()
            urgent = request.urgency in URGENT
            self.bump_button.setVisible(urgent and not found)
            if slots:
                self.slot_note.setText(tr("BookingDialog", "Enter books the selected slot."))
            elif urgent:
                self.slot_note.setText(
                    tr(
                        "BookingDialog",
                        "No free slot in time for this urgency. Make room with a bump plan, "
                        "or add the patient to the waitlist.",
                    )
                )
            else:
                self.slot_note.setText(
                    tr("BookingDialog", "No free slot found; add the patient to the waitlist.")
                )

        def show_refusal(text: str) -> None:
            if sequence == self._slot_sequence:
                self.slot_note.setText(text)

        def clear_slots() -> None:
            finished()
            if sequence == self._slot_sequence:
                self.slot_model.set_rows([])

        self._slots_running = True
        run_in_background(
            self,
            lambda: find_slots(ctx, request),
            done,
            inline_refusal(
                self, show_refusal, tr("BookingDialog", "First available"), before=clear_slots
            ),
        )

    def _with_chosen_time(self, found: list[SlotView]) -> list[SlotView]:
        """The time clicked on in the calendar comes first (the engine checks it on Book)."""
        if self.chosen_start is None or self.chosen_provider is None:
            return found
        kind = next((t for t in self.types if t.id == self.type.currentData()), None)
        if kind is None or self.provider.currentData() != self.chosen_provider:
            return found
        name = self.provider.currentText().split(" · ")[0]
        end = self.chosen_start + timedelta(minutes=kind.duration_minutes)
        chosen = SlotView(self.chosen_provider, name, self.chosen_start, end)
        return [chosen, *(s for s in found if s.start != self.chosen_start)]

    @property
    def slot(self) -> SlotView | None:
        index: QModelIndex = self.slots.currentIndex()
        return self.slot_model.record(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter books from anywhere in the dialog (the search box passes it up to here).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.book()
            return
        super().keyPressEvent(event)

    # -- actions ------------------------------------------------------------------------

    def new_patient(self) -> None:
        dialog = NewPatientDialog(self.ctx, self)
        dialog.prefill(self.search.box.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.patient is not None:
            self.search.show_patient(dialog.patient)
            self._schedule_slots()

    def _require_patient(self) -> PatientSummary | None:
        """The chosen patient; or None, with what to do shown and the keyboard put there.

        A patient is never taken for the receptionist: with several matches the first
        one listed is as likely the wrong one.
        """
        patient = self.patient
        if patient is None:
            problem = self.search.why_none_chosen()
            self.search.focus_choice()
            self._show_chosen(problem=problem)
        return patient

    def book(self) -> None:
        patient = self._require_patient()
        if patient is None:
            return
        slot = self.slot
        if slot is None:
            self.slot_note.setText(tr("BookingDialog", "Choose a slot first."))
            return
        if self.repeat.isChecked():
            self.book_series()
            return
        ctx = self.ctx
        booking = BookingInput(
            patient_id=patient.id,
            type=self.type.currentData(),
            provider_id=slot.provider_id,
            start=slot.start,
            urgency=self.chosen_urgency,
            room_id=slot.room_id,
            reason=self.reason.text(),
        )
        self.book_button.setEnabled(False)

        def done(result: BookingResult) -> None:
            self.booked.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.book_button.setEnabled(True)  # everything typed stays for another try
            report_error(self, error, "Book")
            self.refresh_slots()

        run_in_background(self, lambda: book_appointment(ctx, booking), done, failed)

    # -- a recurring series ---------------------------------------------------------------

    def _make_room_for_repeat(self, on: bool) -> None:
        """Bring the series' choices and dates into view (they scroll with the slots)."""
        if on:
            # Down only: the choices never scroll sideways out of view.
            QTimer.singleShot(0, lambda: self.details.verticalScrollBar().setValue(self.repeat.y()))

    def series_input(self) -> SeriesInput | None:
        """The series starting at the selected slot, as the engine takes it."""
        patient, slot, type_id = self.patient, self.slot, self.type.currentData()
        if patient is None or slot is None or type_id is None:
            return None
        local = slot.start.astimezone(self.zone)
        self.repeat.set_first_day(local.date())
        return SeriesInput(
            patient_id=patient.id,
            type=type_id,
            provider_id=slot.provider_id,
            first_day=local.date(),
            wall_start=local.time().replace(tzinfo=None),
            rule=self.repeat.rule(local.date()),
            until_day=self.repeat.until_day,
            urgency=self.chosen_urgency,
            room_id=slot.room_id,
            override_reason=self.repeat.override_reason.text().strip(),
        )

    def refresh_series(self) -> None:
        """Preview the occurrences in the background (stale answers are dropped)."""
        if not self.repeat.isChecked():
            return
        if self.search.typing(TYPING_PAUSE_MS):
            self._series_timer.start()  # as the slot search: not between keystrokes
            return
        series = self.series_input()
        self._series_sequence += 1
        sequence = self._series_sequence
        if series is None:
            self.repeat.show_preview(None)
            return
        ctx = self.ctx
        self.repeat.note.setText(tr("BookingDialog", "Checking each date…"))

        def done(preview: SeriesPreview) -> None:
            if sequence == self._series_sequence:
                self.repeat.show_preview(preview)

        def show_refusal(text: str) -> None:
            if sequence == self._series_sequence:
                self.repeat.show_preview(None, text)

        def clear_preview() -> None:
            if sequence == self._series_sequence:
                self.repeat.show_preview(None)

        run_in_background(
            self,
            lambda: preview_recurring(ctx, series),
            done,
            inline_refusal(self, show_refusal, tr("BookingDialog", "Repeat"), before=clear_preview),
        )

    def book_series(self) -> None:
        series = self.series_input()
        preview = self.repeat.preview
        if series is None or preview is None:
            self.slot_note.setText(tr("BookingDialog", "Wait for the list of dates, then book."))
            return
        left_out = blocked(preview, series.override_reason)
        total = len(preview.occurrences)
        if len(left_out) == total:
            self.slot_note.setText(
                tr("BookingDialog", "Every date clashes; change the repeat or the slot.")
            )
            return
        if left_out:
            days = ", ".join(date_text(o.day, year=False) for o in left_out[:6])
            more = "…" if len(left_out) > 6 else ""
            answer = QMessageBox.question(
                self,
                tr("BookingDialog", "Book the series"),
                tr(
                    "BookingDialog",
                    "{clashing} of %n dates clash ({days}). Book the other {others} and skip "
                    "these?",
                    n=total,
                ).format(clashing=len(left_out), days=days + more, others=total - len(left_out)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx = self.ctx
        self.book_button.setEnabled(False)

        def done(result: SeriesResult) -> None:
            self.booked.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.book_button.setEnabled(True)
            report_error(self, error, "Book the series")
            self.refresh_series()

        run_in_background(
            self, lambda: book_recurring(ctx, series, skip_clashes=bool(left_out)), done, failed
        )

    def add_to_waitlist(self) -> None:
        patient = self._require_patient()
        type_id = self.type.currentData()
        if patient is None:
            return
        if type_id is None:
            self.slot_note.setText(tr("BookingDialog", "Choose an appointment type first."))
            return
        ctx = self.ctx
        provider_id = self.provider.currentData()
        request = WaitlistInput(
            patient_id=patient.id,
            type=type_id,
            urgency=self.chosen_urgency,
            provider_ids=(provider_id,) if provider_id else (),
            not_before=self.from_day.date().toPython(),  # type: ignore[arg-type]
            notes=self.reason.text(),
        )

        def done(_entry: object) -> None:
            self.slot_note.setText(
                tr("BookingDialog", "{name} is on the waitlist.").format(name=patient.display_name)
            )
            self.accept()

        run_in_background(self, lambda: add_to_waitlist(ctx, request), done)

    def bump_plan(self) -> None:
        patient = self._require_patient()
        type_id = self.type.currentData()
        if patient is None or type_id is None:
            return
        provider_id = self.provider.currentData()
        request = BumpRequest(
            patient_id=patient.id,
            type=type_id,
            urgency=self.chosen_urgency,
            provider_id=provider_id,
            specialty=None if provider_id else self.specialty.currentData(),
        )
        dialog = BumpPlanDialog(self.ctx, request, self.zone, self)
        dialog.applied.connect(self.booked.emit)
        dialog.applied.connect(lambda _result: self.accept())
        dialog.open()
