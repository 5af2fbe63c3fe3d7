"""The small clinic of the service tests, reused for exports and imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.services.conftest import SmallClinic, add_patient, at, audit_rows, clinic

__all__ = ["SmallClinic", "add_patient", "at", "audit_rows", "clinic"]


@pytest.fixture
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the test store's folder (the file guard refuses that one)."""
    return tmp_path_factory.mktemp("out")
