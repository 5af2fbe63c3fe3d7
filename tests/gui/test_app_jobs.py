"""The window's background jobs on a real store: the downtime pack and the nightly backup
written by the scheduler (audited), when each is due, and the one-window lock."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clinicdesk.app import build_window, hold_instance_lock, run_gui, start_window_jobs
from clinicdesk.app_jobs import (
    SCHEDULER_NAME,
    JobLane,
    ScheduledJobs,
    nightly_backup_due,
)
from clinicdesk.domain.audit import AuditQuery
from clinicdesk.services.audit import show_audit
from clinicdesk.services.no_show_risk import (
    TrainingSummary,
    no_show_settings,
    train_no_show_model,
)
from clinicdesk.settings import Settings, save_settings
from clinicdesk.store.backup import StoreBackups, list_backups
from clinicdesk.store.instance_lock import InstanceLock
from clinicdesk.store.keys import KeyringKeyStore
from clinicdesk.sync.client import SyncTarget, join
from clinicdesk.ui.shell.main_window import MainWindow
from clinicdesk.ui.sync_status import NOT_SET_UP

from .conftest import GuiClinic, sign_in
from .demo_fixtures import DemoClinic, demo
from .pg_fixtures import server_url

__all__ = ["demo", "server_url"]

LOCAL = datetime.now().astimezone().tzinfo


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=LOCAL)


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, at(2, 10), True),  # never backed up: at once
        (at(1, 23), at(2, 22, 30), True),  # a night later
        (at(2, 10), at(2, 23), False),  # 13 hours since the last: not yet
        (at(1, 23), at(2, 15), False),  # daytime, 16 hours since the last
        (at(1, 9), at(2, 12), True),  # a PC off at night catches up after 26 hours
        (at(2, 12), at(2, 9), False),  # the clock went back
        (at(1, 2), at(2, 3), True),  # early morning counts as night
    ],
)
def test_nightly_backup_due(last: datetime | None, now: datetime, due: bool) -> None:
    assert nightly_backup_due(last, now) is due


def scheduler(
    demo: DemoClinic, settings: Settings, clock: list[datetime]
) -> tuple[JobLane, ScheduledJobs]:
    lane = JobLane()
    jobs = ScheduledJobs(
        lane,
        settings,
        lambda: demo.store.open().engine,
        "front-desk-1",
        StoreBackups(demo.data_dir, KeyringKeyStore()),
        clock=lambda: clock[0],
    )
    return lane, jobs


def test_downtime_pack_every_hour_as_the_scheduler(
    qtbot: QtBot, demo: DemoClinic, tmp_path: Path
) -> None:
    folder = tmp_path / "downtime"
    clock = [datetime.now().astimezone()]
    lane, jobs = scheduler(
        demo, Settings(downtime_pack_dir=str(folder), downtime_pack_days=2), clock
    )
    finished: list[str] = []
    jobs.job_finished.connect(lambda name, _result: finished.append(name))
    jobs.tick()
    qtbot.waitUntil(lambda: finished == ["downtime_pack"], timeout=30_000)
    whole_clinic = sorted(folder.glob("day-sheet_*_all.pdf"))
    assert len(whole_clinic) == 2  # the next two working days
    text = PdfReader(whole_clinic[0]).pages[0].extract_text()
    assert "Riverside Demo Clinic" in text
    entries = show_audit(demo.manager, AuditQuery(event="print.downtime_pack"))
    assert [(e.user, e.workstation) for e in entries] == [(SCHEDULER_NAME, "front-desk-1")]

    clock[0] += timedelta(minutes=30)
    jobs.tick()  # not due for another half hour
    clock[0] += timedelta(minutes=31)
    jobs.tick()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    assert len(show_audit(demo.manager, AuditQuery(event="print.downtime_pack"))) == 2
    assert not list(Path(tmp_path).glob("backups*"))  # no backup folder set: none taken
    lane.shutdown()


def test_nightly_backup_into_the_set_folder(qtbot: QtBot, demo: DemoClinic, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    clock = [at(2, 23)]
    lane, jobs = scheduler(demo, Settings(backup_dir=str(folder), backup_keep=3), clock)
    assert jobs.backup_taken_at is None
    finished: list[str] = []
    jobs.job_finished.connect(lambda name, _result: finished.append(name))
    jobs.tick()
    qtbot.waitUntil(lambda: finished == ["backup"], timeout=60_000)
    assert len(list_backups(folder)) == 1
    entries = show_audit(demo.manager, AuditQuery(event="backup.create"))
    assert [(e.user, e.outcome) for e in entries] == [(SCHEDULER_NAME, "ok")]
    clock[0] = at(3, 1)  # the same night: one is enough
    jobs.tick()
    assert "backup" not in jobs.running
    assert len(list_backups(folder)) == 1
    lane.shutdown()


def test_a_failed_job_is_reported_and_not_retried_every_minute(
    qtbot: QtBot, demo: DemoClinic, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    clock = [datetime.now().astimezone()]
    lane, jobs = scheduler(demo, Settings(downtime_pack_dir=str(blocker)), clock)
    failures: list[str] = []
    jobs.job_failed.connect(lambda _name, error: failures.append(error.message))
    jobs.tick()
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=30_000)
    assert "Cannot use the folder" in failures[0]
    clock[0] += timedelta(minutes=1)
    jobs.tick()
    qtbot.wait(200)
    assert len(failures) == 1
    lane.shutdown()


def test_a_second_window_on_the_same_store_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: messages.append(text))
    )
    first = hold_instance_lock(tmp_path)
    assert first is not None and first.held
    try:
        assert hold_instance_lock(tmp_path) is None
        assert len(messages) == 1
        assert "already open" in messages[0] and str(tmp_path) in messages[0]
    finally:
        first.release()
    again = hold_instance_lock(tmp_path)
    assert again is not None
    again.release()
    assert isinstance(again, InstanceLock)


def test_run_gui_refuses_a_second_window_on_the_same_store(
    qtbot: QtBot, clinic: GuiClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: messages.append(text))
    )
    with InstanceLock(clinic.data_dir):  # the first window, as another process would hold it
        assert run_gui(clinic.data_dir) == 1
    assert len(messages) == 1 and "already open" in messages[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.mark.postgres
def test_window_jobs_sync_a_joined_clinic_in_the_background(
    qtbot: QtBot, clinic: GuiClinic, server_url: str
) -> None:
    join(clinic.store.open().engine, SyncTarget(url=server_url), "pc1")
    save_settings(clinic.data_dir, Settings(sync_url=server_url, sync_interval_seconds=3600))
    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_label.text() == NOT_SET_UP
    jobs = start_window_jobs(window, clinic.data_dir, clinic.store)
    try:
        qtbot.waitUntil(lambda: window.sync_label.text().startswith("Sync: online"), timeout=30_000)
        assert window.sync_status.sync_button.isVisible()
        assert jobs.sync.timer.isActive() and jobs.sync.timer.interval() == 3_600_000
        sign_in(qtbot, window, "desk")
        assert window.print_actions.print_action.isEnabled()
        assert "reports" in window.views
    finally:
        jobs.stop()


def test_window_without_sync_says_so_and_starts_no_sync_timer(
    qtbot: QtBot, clinic: GuiClinic
) -> None:
    window = build_window(clinic.data_dir, clinic.store)
    qtbot.addWidget(window)
    jobs = start_window_jobs(window, clinic.data_dir, clinic.store)
    try:
        assert window.sync_label.text() == NOT_SET_UP
        assert not jobs.sync.timer.isActive()
        # The scheduled jobs still look once a minute: the weekly retraining needs no folder.
        assert jobs.scheduled.timer.isActive()
        assert not window.print_actions.print_action.isEnabled()  # nobody signed in
    finally:
        jobs.stop()


def test_a_week_old_no_show_model_is_retrained_as_the_scheduler(
    qtbot: QtBot, demo: DemoClinic
) -> None:
    eight_days_ago = datetime.now(UTC) - timedelta(days=8)
    train_no_show_model(dataclasses.replace(demo.manager, clock=lambda: eight_days_ago))
    clock = [datetime.now().astimezone()]
    lane, jobs = scheduler(demo, Settings(), clock)
    finished: list[tuple[str, object]] = []
    jobs.job_finished.connect(lambda name, result: finished.append((name, result)))
    jobs.tick()
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=120_000)
    name, summary = finished[0]
    assert name == "no_show_retrain"
    assert isinstance(summary, TrainingSummary) and summary.n_train > 0
    entries = show_audit(demo.manager, AuditQuery(event="no_show.train"))
    assert sorted(e.user for e in entries) == sorted(["manager", SCHEDULER_NAME])
    current = no_show_settings(demo.manager)
    assert current.trained_at is not None
    assert current.trained_at > eight_days_ago + timedelta(days=7)
    assert current.n_train == summary.n_train and current.model_bytes
    # An hour on, the fresh model is not due: the check runs and tells nothing.
    clock[0] += timedelta(hours=1, minutes=1)
    jobs.tick()
    assert jobs.running == {"no_show_retrain"}
    qtbot.waitUntil(lambda: not jobs.running, timeout=30_000)
    assert len(finished) == 1
    lane.shutdown()
