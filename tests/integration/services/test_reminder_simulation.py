"""A short run of scripts/simulate_reminders.py: three simulated days of the loop on a
small demo clinic against a local SMS gateway and SMTP server, with cancellations and
STOP replies; the numbers the rules promise must hold (the script runs a month)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "simulate_reminders.py"


def test_three_simulated_days_keep_every_promise() -> None:
    spec = importlib.util.spec_from_file_location("simulate_reminders", SCRIPT)
    assert spec is not None and spec.loader is not None
    simulation = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = simulation  # dataclasses look their module up there
    spec.loader.exec_module(simulation)
    result = simulation.simulate(days=3, step_minutes=60, seed=3, patients=60, providers=1)
    assert result.sent > 0 and result.exact_checked > 0
    assert result.exact_ok == result.exact_checked, result.mismatches
    assert (result.quiet, result.opted_out, result.cancelled, result.twice) == (0, 0, 0, 0)
    assert result.gateway_extra == 0
