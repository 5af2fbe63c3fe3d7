"""The sync corner of the status bar and the conflicts dialog: every state from plain
status values, then real rounds and a real clash through PostgreSQL (a fresh database
per test, as in tests/integration/sync)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from clinicdesk.app_jobs import JobLane, SyncRunner
from clinicdesk.domain.users import Actor, Role
from clinicdesk.services.booking import BookingInput, book_appointment
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.sync_conflicts import open_conflicts
from clinicdesk.store.testing import make_test_engine
from clinicdesk.store.uow import SqlUnitOfWork
from clinicdesk.sync.client import SyncStatus, SyncTarget, join, read_status, sync_round
from clinicdesk.ui.sync_status import NOT_SET_UP, SyncStatusWidget

from .conftest import GuiClinic
from .pg_fixtures import server_url

__all__ = ["server_url"]

UTC_ZONE = ZoneInfo("UTC")


def status(**changes: object) -> SyncStatus:
    values: dict[str, object] = {
        "joined": True,
        "last_sync_at": datetime(2026, 3, 2, 14, 32, tzinfo=UTC),
        "last_attempt_at": datetime(2026, 3, 2, 14, 32, tzinfo=UTC),
        "last_error": "",
        "pending_changes": 0,
        "open_conflicts": 0,
        "clock_skew_seconds": 0.4,
    }
    values.update(changes)
    return SyncStatus(**values)  # type: ignore[arg-type]


@pytest.fixture
def widget(qtbot: QtBot) -> SyncStatusWidget:
    shown = SyncStatusWidget(zone=UTC_ZONE)
    qtbot.addWidget(shown)
    shown.show()
    return shown


# -- every state, from plain values -------------------------------------------------------


def test_not_set_up(widget: SyncStatusWidget) -> None:
    assert widget.label.text() == NOT_SET_UP
    widget.show_status(status(joined=False, last_attempt_at=None, last_sync_at=None))
    assert widget.label.text() == NOT_SET_UP
    assert not widget.sync_button.isVisible()
    assert not widget.conflicts_button.isVisible()


def test_online_with_last_sync_time(widget: SyncStatusWidget) -> None:
    widget.show_status(status())
    assert widget.label.text() == "Sync: online · last 14:32"
    assert widget.sync_button.isVisible() and widget.sync_button.isEnabled()
    assert "Up to date" in widget.label.toolTip()


def test_offline_keeps_the_changes_waiting(widget: SyncStatusWidget) -> None:
    widget.show_status(status(last_error="The sync server did not answer.", pending_changes=3))
    assert widget.label.text() == "Sync: offline · last 14:32 · 3 pending"
    assert "did not answer" in widget.label.toolTip()


def test_never_synced_and_running(widget: SyncStatusWidget) -> None:
    widget.show_status(status(last_sync_at=None, last_attempt_at=None, pending_changes=1))
    assert widget.label.text() == "Sync: offline · never synced · 1 pending"
    widget.set_running(True)
    assert widget.label.text().startswith("Sync: syncing…")
    assert not widget.sync_button.isEnabled()  # one round at a time


def test_conflicts_and_clock_warning(qtbot: QtBot, widget: SyncStatusWidget) -> None:
    widget.show_status(status(open_conflicts=2, clock_skew_seconds=-900.0))
    assert widget.conflicts_button.isVisible()
    assert widget.conflicts_button.text() == "2 conflicts"
    assert widget.label.text().endswith("clock off")
    assert "15 minutes behind" in widget.label.toolTip()
    with qtbot.waitSignal(widget.conflicts_requested):
        widget.conflicts_button.click()
    widget.show_status(status(open_conflicts=1))
    assert widget.conflicts_button.text() == "1 conflict"


# -- real rounds against PostgreSQL ---------------------------------------------------------


def book(ctx: ServiceContext, clinic: GuiClinic, patient: str, hour: int, minute: int = 0) -> str:
    booked = book_appointment(
        ctx,
        BookingInput(
            patient_id=patient,
            type=clinic.type_id,
            provider_id=clinic.ana,
            start=clinic.at(hour, minute),
        ),
    )
    return booked.appointment.id


@pytest.mark.postgres
@pytest.mark.clocks_agree
def test_a_real_round_clears_the_pending_changes(
    qtbot: QtBot, widget: SyncStatusWidget, clinic: GuiClinic, server_url: str
) -> None:
    engine = clinic.store.open().engine
    join(engine, SyncTarget(url=server_url), "pc1")
    book(clinic.desk, clinic, clinic.alice, 10)
    lane = JobLane()
    runner = SyncRunner(lane, lambda: engine, server_url, 3600, password=lambda _url: None)
    runner.status_changed.connect(widget.show_status)
    runner.running_changed.connect(widget.set_running)
    widget.sync_requested.connect(runner.run_now)
    runner.refresh_status()
    qtbot.waitUntil(lambda: "pending" in widget.label.text(), timeout=10_000)
    before = widget.state
    assert before is not None and before.pending_changes >= 1
    with qtbot.waitSignal(runner.round_finished, timeout=30_000) as finished:
        widget.sync_button.click()  # "Sync now"
    assert finished.args[0].problem == ""
    qtbot.waitUntil(lambda: not runner.running)
    now = datetime.now(UTC)
    assert widget.label.text() in {
        f"Sync: online · last {moment:%H:%M}" for moment in (now, now - timedelta(minutes=1))
    }
    assert read_status(engine).pending_changes == 0

    # The server goes away: the next round reports offline, and nothing is lost.
    offline = SyncRunner(
        lane,
        lambda: engine,
        "postgresql://postgres@127.0.0.1:1/none",
        3600,
        password=lambda _url: None,
    )
    offline.status_changed.connect(widget.show_status)
    book(clinic.desk, clinic, clinic.bob, 11)
    with qtbot.waitSignal(offline.round_finished, timeout=30_000) as failed:
        offline.run_now()
    assert failed.args[0].problem
    assert widget.label.text().startswith("Sync: offline · last ")
    assert widget.label.text().endswith("pending")
    lane.shutdown()


@pytest.mark.postgres
def test_conflicts_dialog_lists_and_settles_a_real_clash(
    qtbot: QtBot, clinic: GuiClinic, server_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    target = SyncTarget(url=server_url)
    first = clinic.store.open().engine
    join(first, target, "pc1")
    second = make_test_engine(tmp_path / "pc2.db")
    try:
        join(second, target, "pc2")  # an empty PC: the whole clinic comes down
        other_desk = ServiceContext(
            uow_factory=lambda: SqlUnitOfWork(second),
            actor=Actor(user_id=clinic.desk.actor.user_id, username="desk", role=Role.RECEPTIONIST),
        )
        # Both PCs are offline and book Dr Lee at 09:00; PC 1 reaches the server first.
        book(clinic.desk, clinic, clinic.alice, 9)
        book(other_desk, clinic, clinic.bob, 9, 10)
        for engine in (first, second, first):
            sync_round(engine, target)
        assert len(open_conflicts(clinic.desk)) == 1
        assert len(open_conflicts(other_desk)) == 1

        widget = SyncStatusWidget(context=lambda: clinic.desk)
        qtbot.addWidget(widget)
        widget.show()
        widget.show_status(read_status(first))
        assert widget.conflicts_button.text() == "1 conflict"
        widget.conflicts_button.click()
        dialog = widget.conflicts_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: len(dialog.lines) == 1, timeout=10_000)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 0).text() == "Booking clash"
        details = dialog.table.item(0, 1).text()
        assert "Bob" in details and "Ana Lee" in details and "09:10" in details
        assert [b.text() for b in dialog.action_buttons] == [
            "Cancel this booking…",
            "Keep both (overbook)…",
            "I moved it",
        ]
        monkeypatch.setattr(
            "clinicdesk.ui.sync_status.QInputDialog.getText",
            staticmethod(lambda *_args: ("Bob rebooked for Tuesday", True)),
        )
        with qtbot.waitSignal(widget.sync_requested, timeout=10_000):
            dialog.action_buttons[0].click()
        qtbot.waitUntil(lambda: dialog.lines == [], timeout=10_000)
        assert dialog.status.text() == "No open conflicts: every PC agrees."
        # The settlement travels: after a round each way the other PC has none either.
        for engine in (first, second):
            sync_round(engine, target)
        assert open_conflicts(other_desk) == []
    finally:
        second.dispose()
