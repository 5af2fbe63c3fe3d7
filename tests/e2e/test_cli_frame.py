"""The command's frame as scripts rely on it: help, usage errors, JSON, one-line failures."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import CliResult


def assert_one_line_failure(result: CliResult) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""


def test_help_exits_0_and_lists_commands(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "usage: clinicdesk" in result.stdout
    for command in ("init", "unlock", "settings"):
        assert command in result.stdout


def test_command_help_exits_0(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("init", "--help")
    assert result.returncode == 0
    assert "--time-zone" in result.stdout


def test_unknown_command_is_wrong_usage(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_required_option_is_wrong_usage(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("init", "--clinic", "Oak")
    assert result.returncode == 2
    assert "--time-zone" in result.stderr


def test_group_without_action_is_wrong_usage(run_cli: Callable[..., CliResult]) -> None:
    assert run_cli("settings").returncode == 2


def test_json_after_or_before_the_command_gives_one_document(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    for args in (("settings", "show", "--json"), ("--json", "settings", "show")):
        result = run_cli(*args)
        assert result.returncode == 0, result
        document = json.loads(result.stdout)  # one document, nothing else on stdout
        assert document["data_dir"] == str(tmp_path / "data")
        assert document["settings"]["backup_keep"] == 14


def test_data_dir_comes_from_option_then_environment_then_default(
    run_cli: Callable[..., CliResult], tmp_path: Path, cli_env: dict[str, str]
) -> None:
    from_env = tmp_path / "from-env"
    from_option = tmp_path / "from-option"

    def shown_dir(**kwargs: object) -> str:
        result = run_cli("--json", "settings", "show", **kwargs)
        assert result.returncode == 0, result
        return json.loads(result.stdout)["data_dir"]

    env = {"CLINICDESK_DATA_DIR": str(from_env)}
    assert shown_dir(env=env, data_dir=from_option) == str(from_option)
    assert shown_dir(env=env, pass_data_dir=False) == str(from_env)
    # Neither: the per-user data folder (XDG_DATA_HOME on Linux, here inside tmp_path).
    default = shown_dir(pass_data_dir=False)
    assert Path(default).name == "clinicdesk"
    if sys.platform.startswith("linux"):
        assert default == str(Path(cli_env["XDG_DATA_HOME"]) / "clinicdesk")


def test_settings_change_is_saved_and_read_back(run_cli: Callable[..., CliResult]) -> None:
    assert run_cli("settings", "set", "backup_keep", "3").returncode == 0
    shown = json.loads(run_cli("settings", "show", "--json").stdout)
    assert shown["settings"]["backup_keep"] == 3


def test_clinic_error_is_one_line_exit_1(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("settings", "set", "backup_keep", "soon")
    assert_one_line_failure(result)
    assert "backup_keep must be a whole number" in result.stderr


def test_clinic_error_with_json_still_goes_to_stderr(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("--json", "settings", "set", "backup_keep", "0")
    assert_one_line_failure(result)
    assert "backup_keep must be at least 1" in result.stderr


def test_damaged_settings_file_warns_but_works(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text("{ not json", encoding="utf-8")
    result = run_cli("settings", "show", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["settings"]["backup_keep"] == 14
    assert "not valid JSON" in result.stderr


def test_no_command_without_a_display_gives_a_hint(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli(env={"QT_QPA_PLATFORM": None})
    assert_one_line_failure(result)
    assert "no display" in result.stderr
