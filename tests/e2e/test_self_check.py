"""``clinicdesk self-check``: what support asks first, in words and as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from clinicdesk import __version__, cli
from clinicdesk.printing import fonts
from tests.e2e.conftest import CliResult


def test_self_check_reports_versions_places_keyring_sqlcipher_and_fonts(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    done = run_cli("self-check", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["clinicdesk"] == __version__
    assert report["healthy"] is True and report["problems"] == []
    assert report["data_dir"] == str(tmp_path / "data")
    assert report["store"] is None
    assert report["logs_dir"] == str(tmp_path / "data" / "logs")
    assert report["keyring"]["backend"] == "keyrings.alt.file.PlaintextKeyring"
    assert report["keyring"]["chosen_by_variable"] is True
    assert report["keyring"]["this_store_key"] == "keyring"
    assert report["sqlcipher"][0].isdigit()
    assert report["fonts"] and all(report["fonts"].values())
    assert set(report["versions"]) >= {"PySide6", "SQLAlchemy", "sqlcipher3", "reportlab"}
    assert not any(value.startswith("missing") for value in report["versions"].values())

    human = run_cli("self-check")
    assert human.returncode == 0
    font_count = len(report["fonts"])
    every_font = f"Print fonts: {font_count} of {font_count}"
    for label in ("SQLCipher:", "Data folder:", "Logs:", "Keyring:", every_font):
        assert label in human.stdout


def test_self_check_names_the_demo_key_file_without_a_keyring(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert run_cli("demo", "--size", "small", env=no_keyring).returncode == 0
    done = run_cli("self-check", "--json", env=no_keyring)
    assert done.returncode == 0, done.stderr
    keyring = json.loads(done.stdout)["keyring"]
    assert keyring["usable"] is False
    assert keyring["problem"] == "no keyring service was found on this computer"
    assert keyring["this_store_key"] == str(tmp_path / "data" / "DEMO-ONLY-store-key.txt")


def test_self_check_fails_and_names_a_missing_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle that left out a font is caught before anyone prints a day sheet."""
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-fonts")
    assert cli.main(["--data-dir", str(tmp_path / "data"), "self-check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is False
    assert "print font missing: DejaVuSans.ttf" in report["problems"]
