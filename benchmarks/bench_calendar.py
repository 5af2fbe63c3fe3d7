"""The calendar on the large demo clinic: load, first paint, and paint per scroll frame.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_calendar.py [--size large] [--days 5]

Reuses the demo clinic that ``benchmarks/run.py`` caches in benchmarks/.cache/<size>/
(building it the same way when it is missing: several minutes for "large"). Prints
figures; asserts nothing.

Measured, in a 1440x900 window-sized pane (the real ``CalendarPane``, theme applied):
  load         building the day's CalendarData through the services (all providers;
               by room), and one provider's week, median over --days weekdays
  first paint  the whole visible viewport painted once after the data arrives
  full frame   the viewport repainted whole at 20 scroll positions (the worst case:
               a jump, a reload, a resize)
  scroll       each paintEvent while scrolling down the day and across the columns
               in 40-pixel steps, as Qt delivers them (only the strip scrolled in)
A frame is smooth at 60 Hz when it takes under 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QElapsedTimer, QPoint, QRect  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QRegion  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from run import ACTOR, CACHE, FileKeyStore, build  # noqa: E402

from clinicdesk.services.context import ServiceContext  # noqa: E402
from clinicdesk.services.providers import list_providers  # noqa: E402
from clinicdesk.store.lifecycle import open_store  # noqa: E402
from clinicdesk.store.uow import SqlUnitOfWork  # noqa: E402
from clinicdesk.ui.calendar.canvas import CalendarCanvas  # noqa: E402
from clinicdesk.ui.calendar.data import (  # noqa: E402
    CalendarData,
    load_day,
    load_rooms_day,
    load_week,
)
from clinicdesk.ui.calendar.day_view import CalendarPane  # noqa: E402
from clinicdesk.ui.theme import apply_theme  # noqa: E402

WINDOW = (1440, 900)
SCROLL_STEP = 40


def median_p95(samples: Sequence[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):7.2f} / {p95:7.2f} / {ordered[-1]:7.2f}"


def timed_ms(action: Callable[[], object]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = action()
    return (time.perf_counter() - began) * 1000, result


class FrameTimer:
    """Wraps the canvas's paintEvent in a QElapsedTimer and keeps every duration."""

    def __init__(self, canvas: CalendarCanvas) -> None:
        self.samples: list[float] = []
        self.rects: list[QRect] = []
        original = canvas.paintEvent

        def timed(event: QPaintEvent) -> None:
            clock = QElapsedTimer()
            clock.start()
            original(event)
            self.samples.append(clock.nsecsElapsed() / 1e6)
            self.rects.append(event.rect())

        canvas.paintEvent = timed  # type: ignore[method-assign]

    def take(self) -> list[float]:
        taken, self.samples, self.rects = self.samples, [], []
        return taken


def visible_rect(pane: CalendarPane) -> QRect:
    viewport = pane.scroll.viewport()
    top_left = pane.canvas.mapFrom(viewport, QPoint(0, 0))
    return QRect(top_left, viewport.size())


def full_frame_ms(pane: CalendarPane) -> float:
    """Paint the visible part of the canvas whole into an image, as a jump would."""
    rect = visible_rect(pane)
    image = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
    clock = QElapsedTimer()
    clock.start()
    painter = QPainter(image)
    pane.canvas.render(painter, QPoint(), QRegion(rect))
    painter.end()
    return clock.nsecsElapsed() / 1e6


def measure_pane(pane: CalendarPane, frames: FrameTimer, data: CalendarData) -> dict[str, Any]:
    vertical = pane.scroll.verticalScrollBar()
    horizontal = pane.scroll.horizontalScrollBar()
    vertical.setValue(0)
    horizontal.setValue(0)
    frames.take()
    clock = QElapsedTimer()
    clock.start()
    pane.show_data(data, "")
    QTest.qWait(0)
    first = clock.nsecsElapsed() / 1e6
    first_paint = sum(frames.take())
    full = []
    for step in range(20):
        vertical.setValue(vertical.maximum() * step // 19)
        horizontal.setValue(horizontal.maximum() * (step % 5) // 4)
        QTest.qWait(0)
        full.append(full_frame_ms(pane))
    frames.take()
    vertical.setValue(0)
    horizontal.setValue(0)
    QTest.qWait(0)
    frames.take()
    for value in range(0, vertical.maximum() + 1, SCROLL_STEP):
        vertical.setValue(value)
        QTest.qWait(0)
    for value in range(0, horizontal.maximum() + 1, SCROLL_STEP * 3):
        horizontal.setValue(value)
        QTest.qWait(0)
    scroll = frames.take()
    return {
        "columns": len(data.columns),
        "blocks": len(pane.canvas.blocks),
        "canvas": f"{pane.canvas.width()}x{pane.canvas.height()}",
        "show+paint": first,
        "first_paint": first_paint,
        "full": full,
        "scroll": scroll or [0.0],
    }


def weekdays_near(today: date, count: int) -> list[date]:
    days = []
    day = today + timedelta(days=1)
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=("small", "medium", "large"))
    parser.add_argument("--days", type=int, default=5, help="weekdays to load and paint")
    args = parser.parse_args(argv)
    folder = CACHE / args.size
    meta_path = folder / "meta.json"
    if not meta_path.exists():
        print(f"building {args.size} demo clinic in {folder} ...", flush=True)
        build(args.size, folder, date.today())
    meta = json.loads(meta_path.read_text())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)  # type: ignore[arg-type]
    store = open_store(folder, key_store=FileKeyStore(folder), integrity_check=False)
    ctx = ServiceContext(lambda: SqlUnitOfWork(store.engine), ACTOR)
    days = weekdays_near(date.fromisoformat(meta["today"]), args.days)
    providers = list_providers(ctx, bookable_only=True)
    load_day(ctx, days[0])  # warm the page cache as a running app would have it

    loads: dict[str, list[float]] = {"day": [], "rooms": [], "week": []}
    datas: dict[str, list[CalendarData]] = {"day": [], "rooms": [], "week": []}
    for index, day in enumerate(days):
        for kind, call in (
            ("day", lambda d=day: load_day(ctx, d)),
            ("rooms", lambda d=day: load_rooms_day(ctx, d)),
            ("week", lambda d=day, i=index: load_week(ctx, providers[i % len(providers)].id, d)),
        ):
            ms, data = timed_ms(call)
            loads[kind].append(ms)
            datas[kind].append(data)

    print(
        f"\n{args.size} demo clinic: {meta['providers']} providers, "
        f"{meta['appointments']:,} appointments; window {WINDOW[0]}x{WINDOW[1]}; "
        f"{len(days)} weekdays from {days[0]}"
    )
    print("times in ms as median / p95 / max")
    print(f"\n{'load (services -> CalendarData)':34} {'ms':>25}")
    for kind, label in (
        ("day", "day, every provider"),
        ("rooms", "day, by room"),
        ("week", "week, one provider"),
    ):
        print(f"  {label:32} {median_p95(loads[kind])}")

    header = f"{'view':22} {'cols':>4} {'blocks':>6} {'show+paint':>11} {'first paint':>11}"
    header += f"  {'full frame med/p95/max':>25}  {'scroll frame med/p95/max':>25} {'>16ms':>6}"
    print()
    print(header)
    print("-" * len(header))
    for kind in ("day", "rooms", "week"):
        pane = CalendarPane(f"bench {kind}")
        pane.resize(WINDOW[0] - 70, WINDOW[1] - 120)  # the window less toolbar and status
        pane.show()
        QTest.qWait(0)
        frames = FrameTimer(pane.canvas)
        rows = [measure_pane(pane, frames, data) for data in datas[kind]]
        full = [ms for r in rows for ms in r["full"]]
        scroll = [ms for r in rows for ms in r["scroll"]]
        slow = sum(1 for ms in scroll if ms > 16)
        print(
            f"{kind:22} {rows[0]['columns']:>4} {max(r['blocks'] for r in rows):>6} "
            f"{statistics.median(r['show+paint'] for r in rows):>11.1f} "
            f"{statistics.median(r['first_paint'] for r in rows):>11.1f}  "
            f"{median_p95(full):>25}  {median_p95(scroll):>25} {slow:>3}/{len(scroll)}"
            f"  canvas {rows[0]['canvas']}"
        )
        pane.close()
    store.engine.dispose()


if __name__ == "__main__":
    main()
