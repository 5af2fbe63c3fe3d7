"""The calendar pane (header + scrolling canvas) and the day view over it, with its
choice of columns: all providers, a saved view of some, or one column per room."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.appointments import Status
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.providers import ProviderView, list_providers
from clinicdesk.services.views import AppointmentView
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.calendar.canvas import GUTTER, CalendarCanvas
from clinicdesk.ui.calendar.data import HIDDEN_STATUSES, CalendarData, load_day, load_rooms_day
from clinicdesk.ui.calendar.painting import URGENT_MARK, fit_name, fit_phrase
from clinicdesk.ui.calendar.provider_picker import ProviderPicker
from clinicdesk.ui.calendar.saved_views import NamedViews
from clinicdesk.ui.i18n import tr
from clinicdesk.ui.theme import PALETTE, colour, icon, status_icon

HEADER_HEIGHT = 46


class CalendarHeader(QWidget):
    """Column titles, kept in line with the canvas as it scrolls sideways."""

    def __init__(self, canvas: CalendarCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0
        self.setFixedHeight(HEADER_HEIGHT)
        self.setAccessibleName(tr("CalendarHeader", "Calendar columns"))

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.88)
        return bold, small

    def shown_titles(self, index: int) -> tuple[str, str]:
        """Column ``index``'s title and subtitle as painted: shortened by whole words
        (initials, then the surname alone), never cut inside one."""
        data = self.canvas.data
        assert data is not None
        column = data.columns[index]
        room = int(self.canvas.column_width() - 12)
        bold, small = self._fonts()
        return (
            fit_name(column.title, QFontMetrics(bold), room),
            fit_phrase(column.subtitle, QFontMetrics(small), room),
        )

    def _shift(self) -> float:
        """Header x minus canvas x for the same column edge. Left to right the canvas
        scrolls by the scroll bar's value; mirrored, the scroll area places it from the
        right, so the header asks where the canvas really is."""
        if not self.canvas.right_to_left():
            return -float(self.offset)
        return float(self.canvas.mapTo(self.window(), QPoint(0, 0)).x()
                     - self.mapTo(self.window(), QPoint(0, 0)).x())

    def column_at(self, x: float) -> int | None:
        return self.canvas.column_at(x - self._shift())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.canvas.data is not None:
            assert isinstance(event, QHelpEvent)
            index = self.column_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                column = self.canvas.data.columns[index]
                QToolTip.showText(event.globalPos(), f"{column.title}\n{column.subtitle}", self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour("surface"))
        painter.setPen(colour("border"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        data = self.canvas.data
        if data is None:
            return
        bold, small = self._fonts()
        width = self.canvas.column_width()
        shift = self._shift()
        mirrored = self.canvas.right_to_left()
        gutter_left = self.width() - GUTTER if mirrored else 0
        for index in range(len(data.columns)):
            left = self.canvas.column_left(index) + shift
            if left + width < 0 or left > self.width():
                continue
            box = QRectF(left + 8, 4, width - 12, HEADER_HEIGHT - 8)
            painter.setPen(colour("text"))
            painter.setFont(bold)
            title, subtitle = self.shown_titles(index)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            painter.setPen(colour("muted"))
            painter.setFont(small)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, subtitle
            )
        painter.fillRect(gutter_left, 0, GUTTER, self.height() - 1, colour("surface"))


class CalendarLegend(QWidget):
    """What the colours and marks mean: each appointment type's colour by name, the
    urgency mark, and (behind a button) every status icon with its word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("CalendarLegend", "Calendar key"))
        self.types = QLabel()
        self.types.setTextFormat(Qt.TextFormat.RichText)
        self.types.setWordWrap(True)
        self.types.setProperty("role", "muted")
        self.types.setAccessibleName(tr("CalendarLegend", "Appointment types by colour"))
        self.statuses = QToolButton()
        self.statuses.setText(tr("CalendarLegend", "Status &icons"))
        self.statuses.setAccessibleName(tr("CalendarLegend", "What the status icons mean"))
        self.statuses.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statuses.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menu = QMenu(self.statuses)
        for status in Status:
            if status in HIDDEN_STATUSES:
                continue
            menu.addAction(status_icon(status), status_word(status))
        self.statuses.setMenu(menu)
        self._words: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.types, 1)
        row.addWidget(self.statuses)

    def show_types(self, data: CalendarData) -> None:
        shown = sorted(data.type_names, key=lambda type_id: data.type_names[type_id].casefold())
        parts = [
            (data.type_colours.get(type_id, PALETTE["accent"]), data.type_names[type_id])
            for type_id in shown
        ]
        urgent = tr("CalendarLegend", "{mark} before a name: urgent or emergency").format(
            mark=URGENT_MARK
        )
        self._words = [name for _colour, name in parts] + [urgent]
        spans = [
            f'<span style="color:{colour}">&#9632;</span>&nbsp;{_unbroken(name)}'
            for colour, name in parts
        ]
        spans.append(f"<b>{URGENT_MARK}</b>&nbsp;{_unbroken(urgent[len(URGENT_MARK) + 1 :])}")
        self.types.setText(" &nbsp; ".join(spans))
        self.types.setAccessibleDescription("; ".join(self._words))

    def entries(self) -> list[str]:
        """The key in words (what a screen reader and the tests read)."""
        statuses = [action.text() for action in self.statuses.menu().actions()]
        return [*self._words, *statuses]


def status_word(status: Status) -> str:
    """The status as the colour key names it, in the window's language."""
    words = {
        Status.BOOKED: tr("CalendarLegend", "Booked"),
        Status.CONFIRMED: tr("CalendarLegend", "Confirmed"),
        Status.ARRIVED: tr("CalendarLegend", "Arrived"),
        Status.IN_ROOM: tr("CalendarLegend", "In room"),
        Status.COMPLETED: tr("CalendarLegend", "Completed"),
        Status.NO_SHOW: tr("CalendarLegend", "No-show"),
        Status.CANCELLED: tr("CalendarLegend", "Cancelled"),
    }
    return words[status]


def _unbroken(text: str) -> str:
    """Escaped, and kept on one line: the key wraps between its entries only."""
    return escape(text).replace(" ", "&nbsp;")


class CalendarPane(QFrame):
    """Header over a scroll area holding the canvas, and the key to its colours."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.canvas = CalendarCanvas()
        self.canvas.setAccessibleName(accessible_name)
        self.header = CalendarHeader(self.canvas)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # One focus stop, the canvas, whose focus the pane's border shows; the scroll
        # area itself would be a stop that shows nothing.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.horizontalScrollBar().valueChanged.connect(self.header.set_offset)
        self.canvas.focus_moved.connect(self._keep_in_view)
        self.canvas.installEventFilter(self)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.legend = CalendarLegend()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        # The key goes on top: it stays in view however short the window is.
        layout.addWidget(self.legend)
        layout.addWidget(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll)

    @property
    def shows_focus(self) -> bool:
        return bool(self.property("focused"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            # The style sheet draws the pane's 2-pixel border in the focus colour while
            # the calendar has the keyboard; as wide at rest, so nothing inside moves.
            self.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self.style().unpolish(self)
            self.style().polish(self)
        return super().eventFilter(watched, event)

    def _keep_in_view(self, rect: QRect) -> None:
        centre = rect.center()
        margin_x, margin_y = rect.width() // 2 + 8, rect.height() // 2 + 24
        self.scroll.ensureVisible(centre.x(), centre.y(), margin_x, margin_y)

    def show_data(self, data: CalendarData, empty_text: str) -> None:
        first_time = self.canvas.data is None
        self.canvas.set_data(data)
        self.header.update()
        self.legend.show_types(data)
        self.empty.setText(empty_text)
        self.empty.setVisible(not data.columns)
        if first_time:
            # Start the day at the first working hour rather than at midnight.
            starts = [s for c in data.columns for s, _ in c.working]
            if starts:
                self.scroll.verticalScrollBar().setValue(int(self.canvas.y_of(min(starts))) - 8)


ALL_KEY = "@all"
ROOMS_KEY = "@rooms"
CUSTOM_KEY = "@custom"


class DayView(QWidget):
    """One column per provider (all, a chosen few, or a saved view) or per room."""

    loaded = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("DayView", "Day view"))
        self.ctx: ServiceContext | None = None
        self.day: date | None = None
        self.views = NamedViews(settings)
        self.providers: list[ProviderView] = []
        self.provider_ids: list[str] | None = None  # None: every bookable provider
        self.by_room = False
        self.pane = CalendarPane("Day calendar: one column per provider")
        self.canvas = self.pane.canvas
        self._generation = 0
        self.shown = QComboBox()
        self.shown.setAccessibleName(tr("DayView", "Columns shown in the day view"))
        self.shown.setMinimumWidth(220)
        label = QLabel(tr("DayView", "Sho&w:"))
        label.setBuddy(self.shown)
        self.choose_button = QPushButton(
            icon("mdi6.account-multiple-check"), tr("DayView", "C&hoose providers…")
        )
        self.save_button = QPushButton(
            icon("mdi6.content-save-outline"), tr("DayView", "Save as &view…")
        )
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), tr("DayView", "Delete view"))
        self.choose_button.clicked.connect(self.choose_providers)
        self.save_button.clicked.connect(lambda _checked=False: self.save_view(None))
        self.delete_button.clicked.connect(self.delete_view)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.addWidget(label)
        top.addWidget(self.shown)
        top.addWidget(self.choose_button)
        top.addWidget(self.save_button)
        top.addWidget(self.delete_button)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pane)
        self._fill_choices(self.views.chosen or ALL_KEY)
        self.shown.currentIndexChanged.connect(lambda _index: self._chosen_changed())
        self._apply_choice(reload=False)

    # -- what is shown --------------------------------------------------------------------

    def _fill_choices(self, select: str) -> None:
        self.shown.blockSignals(True)
        self.shown.clear()
        self.shown.addItem(
            icon("mdi6.account-group-outline"), tr("DayView", "All providers"), ALL_KEY
        )
        for name in self.views.names():
            self.shown.addItem(icon("mdi6.bookmark-outline"), name, name)
        if select == CUSTOM_KEY:
            self.shown.addItem(
                icon("mdi6.account-multiple-check"), tr("DayView", "Chosen providers"), CUSTOM_KEY
            )
        self.shown.addItem(icon("mdi6.door"), tr("DayView", "By room"), ROOMS_KEY)
        self.shown.setCurrentIndex(max(0, self.shown.findData(select)))
        self.shown.blockSignals(False)

    @property
    def choice(self) -> str:
        return str(self.shown.currentData())

    def _chosen_changed(self) -> None:
        self._apply_choice(reload=True)

    def _apply_choice(self, *, reload: bool) -> None:
        key = self.choice
        self.by_room = key == ROOMS_KEY
        if key == ALL_KEY:
            self.provider_ids = None
        elif key not in (ROOMS_KEY, CUSTOM_KEY):
            self.provider_ids = self.views.providers(key) or None
        self.delete_button.setEnabled(key not in (ALL_KEY, ROOMS_KEY, CUSTOM_KEY))
        self.save_button.setEnabled(key == CUSTOM_KEY)
        self.choose_button.setEnabled(not self.by_room)
        self.canvas.setAccessibleName(
            tr("DayView", "Day calendar: one column per room")
            if self.by_room
            else tr("DayView", "Day calendar: one column per provider")
        )
        if key != CUSTOM_KEY:
            self.views.chosen = key
        if reload:
            self.reload()

    def show_choice(self, key: str) -> None:
        """Show all providers (ALL_KEY), rooms (ROOMS_KEY) or a saved view by name."""
        index = self.shown.findData(key)
        if index < 0:
            raise ValueError(f"No calendar view called {key!r}.")
        self.shown.setCurrentIndex(index)

    def set_providers(self, provider_ids: list[str]) -> None:
        """Show just these providers (not yet saved as a view)."""
        self.provider_ids = list(provider_ids)
        self._fill_choices(CUSTOM_KEY)
        self._apply_choice(reload=True)

    def choose_providers(self) -> None:
        picker = ProviderPicker(self.providers, self.provider_ids, self)
        picker.accepted.connect(lambda: self.set_providers(picker.chosen))
        picker.open()

    def save_view(self, name: str | None = None) -> str | None:
        """Save the chosen providers under ``name`` (asked for when not given)."""
        if self.provider_ids is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(
                self, tr("DayView", "Save calendar view"), tr("DayView", "Name of the view:")
            )
            if not ok:
                return None
        try:
            saved = self.views.save(name, self.provider_ids)
        except ValueError as error:
            QMessageBox.warning(self, tr("DayView", "Save calendar view"), str(error))
            return None
        self._fill_choices(saved)
        self._apply_choice(reload=False)
        return saved

    def delete_view(self) -> None:
        key = self.choice
        if key in (ALL_KEY, ROOMS_KEY, CUSTOM_KEY):
            return
        answer = QMessageBox.question(
            self,
            tr("DayView", "Delete calendar view"),
            tr("DayView", "Delete the view '{name}'? No appointments change.").format(name=key),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.views.delete(key)
        self._fill_choices(ALL_KEY)
        self._apply_choice(reload=True)

    # -- loading --------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        run_in_background(self, lambda: list_providers(ctx, bookable_only=True), self._got)

    def _got(self, providers: list[ProviderView]) -> None:
        self.providers = providers

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    # -- the workspace's view protocol (clinicdesk.ui.shell.workspace) -------------------

    def on_shown(self) -> None:
        """Nothing to load (the day follows the window's date); the keyboard goes to the
        calendar, so Ctrl+1 then the arrow keys reach a visit."""
        self.canvas.setFocus()

    def show_date(self, day: date) -> None:
        self.show_day(day)

    def on_schedule_changed(self) -> None:
        self.reload()

    def selected_appointment(self) -> AppointmentView | None:
        return self.canvas.selected

    def reload(self) -> None:
        if self.ctx is None or self.day is None:
            return
        ctx, day = self.ctx, self.day
        ids = list(self.provider_ids) if self.provider_ids else None
        loader = load_rooms_day if self.by_room else load_day
        self._generation += 1
        generation = self._generation

        def done(data: CalendarData) -> None:
            if generation != self._generation:
                return  # an older day finished after a newer one was asked for
            empty = "No rooms are set up yet." if self.by_room else "No providers are set up yet."
            self.pane.show_data(data, empty)
            self.loaded.emit()

        run_in_background(self, lambda: loader(ctx, day, ids), done)
