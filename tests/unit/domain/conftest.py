"""The scheduling rules must read every wall-clock time in the clinic's zone, never in
the computer's: these tests run with the computer's zone set far from every clinic zone
they use, so a rule that slips into local time (``astimezone()`` without a zone,
``date.today()``) gives a wrong day or hour and fails."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

# UTC+14 all year: a wall time read in it is off by 9 to 19 hours from London or New
# York, so even the date changes for most of the day.
MACHINE_ZONE = "Pacific/Kiritimati"


@pytest.fixture(scope="package", autouse=True)
def machine_zone_far_from_the_clinic() -> Iterator[str]:
    if not hasattr(time, "tzset"):  # Windows: the zone cannot be switched in-process
        yield time.tzname[0]
        return
    before = os.environ.get("TZ")
    os.environ["TZ"] = MACHINE_ZONE
    time.tzset()
    try:
        yield MACHINE_ZONE
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
