"""The day view's columns: saved named views of providers, and one column per room."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from clinicdesk.app import WINDOW_SETTINGS_FILE
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.catalog import add_room
from clinicdesk.services.views import day_schedule
from clinicdesk.ui.calendar.data import NO_ROOM_TITLE
from clinicdesk.ui.calendar.day_view import ALL_KEY, ROOMS_KEY
from clinicdesk.ui.calendar.layout import PIXELS_PER_MINUTE
from clinicdesk.ui.calendar.provider_picker import ProviderPicker
from clinicdesk.ui.calendar.saved_views import NamedViews
from clinicdesk.ui.shell.main_window import MainWindow

from .conftest import PASSWORD, GuiClinic, sign_in, wait_idle


def titles(window: MainWindow) -> list[str]:
    data = window.day_view.canvas.data
    assert data is not None
    return [c.title for c in data.columns]


def test_choose_providers_save_a_named_view_and_switch_back(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic, message_boxes: list[tuple[str, str]]
) -> None:
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    day = window.day_view
    assert titles(window) == ["Dr Ana Lee", "Dr Ben Okafor"]
    # The picker lists the bookable providers and refuses an empty choice.
    picker = ProviderPicker(day.providers, None)
    qtbot.addWidget(picker)
    assert len(picker.chosen) == 2
    picker.set_checked([])
    picker.accept()
    assert picker.result() != picker.DialogCode.Accepted
    assert "at least one" in picker.problem.text()
    picker.filter.setText("okafor")
    picker._tick_shown(True)
    assert picker.chosen == [clinic.ben]

    day.set_providers([clinic.ben])
    wait_idle(qtbot)
    assert titles(window) == ["Dr Ben Okafor"]
    assert day.save_button.isEnabled() and not day.delete_button.isEnabled()
    assert day.save_view("  Ben   only ") == "Ben only"
    assert day.choice == "Ben only" and day.delete_button.isEnabled()
    # Saved in the data folder's window.ini, as a list even with one provider.
    on_disk = NamedViews(
        QSettings(str(clinic.data_dir / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)
    )
    assert on_disk.providers("Ben only") == [clinic.ben]
    assert on_disk.chosen == "Ben only"

    day.show_choice(ALL_KEY)
    wait_idle(qtbot)
    assert titles(window) == ["Dr Ana Lee", "Dr Ben Okafor"]
    day.show_choice("Ben only")
    wait_idle(qtbot)
    assert titles(window) == ["Dr Ben Okafor"]

    day.delete_view()  # the confirmation is answered Yes by the message_boxes fixture
    wait_idle(qtbot)
    assert ("question", "Delete the view 'Ben only'? No appointments change.") in message_boxes
    assert day.choice == ALL_KEY and titles(window) == ["Dr Ana Lee", "Dr Ben Okafor"]
    assert day.shown.findData("Ben only") == -1


def test_room_columns_show_each_rooms_bookings_and_drag_changes_time_only(
    qtbot: QtBot, window: MainWindow, clinic: GuiClinic
) -> None:
    admin = clinic.store.sign_in("admin", PASSWORD)
    room_two = add_room(admin, name="Room 2", kind="consult").id
    room_one = add_room(admin, name="Room 1", kind="consult").id
    in_room = book_appointment(
        clinic.desk,
        BookingInput(clinic.alice, clinic.type_id, clinic.ana, clinic.at(10), room_id=room_two),
    ).appointment
    book_appointment(
        clinic.desk,
        BookingInput(clinic.bob, clinic.type_id, clinic.ben, clinic.at(11), room_id=room_one),
    )
    sign_in(qtbot, window)
    window.go_to(clinic.day)
    wait_idle(qtbot)
    day = window.day_view
    day.show_choice(ROOMS_KEY)
    wait_idle(qtbot)
    data = day.canvas.data
    assert data is not None and data.by_room
    assert titles(window)[:2] == ["Room 1", "Room 2"]
    by_title = {c.title: c for c in data.columns}
    assert [a.id for a in by_title["Room 2"].appointments] == [in_room.id]
    assert by_title["Room 2"].subtitle == "consult · Dr Ana Lee"
    assert by_title["Room 2"].working  # shaded open while someone works
    assert NO_ROOM_TITLE not in by_title  # every booking here has a room
    assert not day.choose_button.isEnabled()
    assert "room" in day.canvas.accessibleName()

    # Dragged into Room 1's column and 30 minutes down: the time changes, the provider
    # stays, and it keeps Room 2 (free at the new time); a move never changes the room.
    canvas = day.canvas
    start = canvas.point_of(in_room.id)
    end = start + QPoint(-round(canvas.column_width()), round(30 * PIXELS_PER_MINUTE))
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, start + QPoint(0, 8))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot)
    moved = next(
        a for a in day_schedule(clinic.desk, clinic.day).appointments if a.id == in_room.id
    )
    assert (moved.start, moved.provider_id) == (clinic.at(10, 30), clinic.ana)
    block = canvas.block_of(in_room.id)
    assert block is not None and canvas.data is not None
    assert canvas.data.columns[block.column].title == "Room 2"
    assert day.views.chosen == ROOMS_KEY
