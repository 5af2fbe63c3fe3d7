"""``clinicdesk risk ...`` and ``overbook suggest|outcomes`` as a manager runs them on the demo."""

from __future__ import annotations

import json
from datetime import date, timedelta


def test_a_manager_evaluates_shows_and_switches_off(run_cli) -> None:
    made = run_cli("demo", "--seed", "7", "--json")
    assert made.returncode == 0, made.stderr

    evaluated = run_cli("--user", "manager", "risk", "evaluate", "--test-days", "14", "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    result = json.loads(evaluated.stdout)
    assert {"auc", "brier", "n_train", "n_test", "calibration"} <= set(result)
    assert result["n_train"] > 1000 and result["n_test"] > 500
    assert 0.5 < result["auc"] < 1.0
    assert 0.0 < result["brier"] < 0.25

    day = date.today() + timedelta(days=1)
    while day.weekday() >= 5:  # the demo's providers work weekdays (a few Saturdays)
        day += timedelta(days=1)
    tomorrow = day.isoformat()
    shown = run_cli("--user", "manager", "risk", "show", "--date", tomorrow, "--json")
    assert shown.returncode == 0, shown.stderr
    risks = json.loads(shown.stdout)
    chances = [r["probability"] for r in risks]
    assert chances == sorted(chances, reverse=True)
    assert risks and all(r["appointment"]["id"] for r in risks)
    # No model trained yet: each patient's own rate, and it says so.
    assert all("too little history for a model" in r["reasons"] for r in risks)

    outcomes = run_cli("--user", "manager", "overbook", "outcomes", "--json")
    assert outcomes.returncode == 0, outcomes.stderr
    found = json.loads(outcomes.stdout)
    assert found["totals"]["booked"] == 0  # the demo books no guided extra
    assert found["totals"]["sessions"] == len(found["sessions"])
    assert all(s["suggested"] >= 1 for s in found["sessions"])

    off = run_cli("--user", "manager", "risk", "settings", "--off", "--json")
    assert off.returncode == 0, off.stderr
    settings = json.loads(off.stdout)
    assert settings["enabled"] is False
    assert settings["n_train"] is None and settings["model_bytes"] is None  # none trained
    after = run_cli("--user", "manager", "risk", "show", "--date", tomorrow)
    assert after.returncode == 1
    assert "switched off" in after.stderr
