"""The small demo clinic on a real encrypted store, for the print, report and sync tests.

Made the way the window's "Load the demo" button makes it (``GuiStore.load_demo``): an
administrator, ``manager`` and ``reception`` accounts sharing one password.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from clinicdesk.app import GuiStore
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.demo import DEMO_CLINIC_NAME, DEMO_TIME_ZONE
from clinicdesk.ui.first_run import NewClinicRequest

from .conftest import PASSWORD


@dataclass
class DemoClinic:
    data_dir: Path
    store: GuiStore
    reception: ServiceContext
    manager: ServiceContext

    @property
    def next_monday(self) -> date:
        """A working day inside the demo's range (it reaches 45 days ahead)."""
        today = date.today()
        return today + timedelta(days=7 - today.weekday())


@pytest.fixture
def demo(tmp_path: Path, file_keyring: None) -> Iterator[DemoClinic]:
    data_dir = tmp_path / "demo"
    store = GuiStore(data_dir)
    store.load_demo(NewClinicRequest(DEMO_CLINIC_NAME, DEMO_TIME_ZONE, "admin", PASSWORD))
    yield DemoClinic(
        data_dir,
        store,
        reception=store.sign_in("reception", PASSWORD),
        manager=store.sign_in("manager", PASSWORD),
    )
    store.close()
