"""Hand-built read-models for the printing tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.printing.models import DaySheet, DaySheetRow, ProviderDay

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 3, 2)
PRINTED = datetime(2026, 3, 2, 7, 45, tzinfo=LONDON)
NAMES = ("Adams, Zoë", "Nowak, Łukasz", "Nguyễn, Thị Ngọc", "王, 芳", "O'Brien, Seán")


def row(index: int, **changes: object) -> DaySheetRow:
    start = datetime(2026, 3, 2, 8, 0, tzinfo=LONDON) + timedelta(minutes=12 * index)
    fields: dict[str, object] = {
        "start": start,
        "time_label": f"{start:%H:%M}-{start + timedelta(minutes=12):%H:%M}",
        "patient_name": NAMES[index % len(NAMES)],
        "birth_date": date(1980, 1, 1 + index % 28),
        "phone": f"07700 900{index:03d}",
        "appointment_type": "Consultation",
        "urgency": "routine",
        "insurance": "verified",
    }
    fields.update(changes)
    return DaySheetRow(**fields)  # type: ignore[arg-type]


def provider(count: int, *, pid: str = "p-ana", name: str = "Dr Ana Lee") -> ProviderDay:
    return ProviderDay(
        provider_id=pid,
        provider_name=name,
        specialty="General practice",
        hours_label="08:00-12:00, 13:00-17:00",
        rows=tuple(row(i) for i in range(count)),
    )


def sheet(*providers: ProviderDay) -> DaySheet:
    return DaySheet(
        clinic_name="Riverside Family Practice",
        day=DAY,
        printed_at=PRINTED,
        providers=providers,
        time_zone="Europe/London",
    )
