"""The command line speaks the language chosen for this PC: a refusal in German."""

from __future__ import annotations

from collections.abc import Callable

from tests.e2e.conftest import CliResult

ENGLISH_SYSTEM = {"LANG": "C.UTF-8", "LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None}


def test_a_refusal_comes_out_in_the_language_set_for_this_pc(
    run_cli: Callable[..., CliResult],
) -> None:
    before = run_cli("day", "--date", "2026-13-45", env=ENGLISH_SYSTEM)
    assert before.returncode == 1, before
    assert before.stderr.strip() == (
        "clinicdesk: '2026-13-45' is not a date like 2026-03-02."
    ), before.stderr

    chosen = run_cli("settings", "set", "language", "de", env=ENGLISH_SYSTEM)
    assert chosen.returncode == 0, chosen

    after = run_cli("day", "--date", "2026-13-45", env=ENGLISH_SYSTEM)
    assert after.returncode == 1, after
    # One line, the value the user typed kept as typed, the sentence in German.
    assert after.stderr.strip() == (
        "clinicdesk: '2026-13-45' ist kein Datum wie 2026-03-02."
    ), after.stderr
    assert after.stdout == ""


def test_a_usage_refusal_of_the_command_line_itself_is_translated_too(
    run_cli: Callable[..., CliResult],
) -> None:
    result = run_cli("slots", "--type", "x", "--count", "zero", env={"CLINICDESK_LANGUAGE": "fr"})
    assert result.returncode == 2, result
    assert "'zero' n'est pas un nombre entier" in result.stderr, result.stderr


def test_a_store_refusal_is_translated_too(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("--user", "desk", "day", env={"CLINICDESK_LANGUAGE": "es"})
    assert result.returncode == 1, result
    assert "No hay datos de clínica en" in result.stderr, result.stderr
    assert "(clinicdesk init)" in result.stderr
