"""A PC without an OS keyring: the README's headless commands work as written (the demo
keeps its key in a marked demo-only file), and a real clinic is refused with what to
install, unless a file keyring is chosen by hand."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import CliResult

README = Path(__file__).resolve().parents[2] / "README.md"
# No backend at all, as on a fresh Debian without a Secret Service; and the test venv's
# own situation, where keyring would silently fall back to keyrings.alt's plain file.
NO_KEYRING = {
    "none installed": "keyring.backends.fail.Keyring",
    "only a plain-text file backend": None,
}


def readme_headless_block() -> str:
    """The shell block the README gives for a machine without a display."""
    text = README.read_text(encoding="utf-8")
    after = text.split("On a machine without a display", 1)[1]
    match = re.search(r"```sh\n(.*?)```", after, re.DOTALL)
    assert match, "README lost its headless block"
    return match.group(1)


@pytest.mark.parametrize("backend", NO_KEYRING.values(), ids=NO_KEYRING.keys())
def test_readme_headless_block_runs_as_written_without_a_keyring(
    tmp_path: Path, cli_env: dict[str, str], backend: str | None
) -> None:
    block = readme_headless_block()
    assert "clinicdesk demo" in block
    # The README runs from the project folder, with .venv holding the installed command.
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    env = {name: value for name, value in cli_env.items() if name != "CLINICDESK_PASSWORD"}
    env.pop("PYTHON_KEYRING_BACKEND")
    if backend:
        env["PYTHON_KEYRING_BACKEND"] = backend
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data_dir = Path(env["XDG_DATA_HOME"]) / "clinicdesk"
    key_file = data_dir / "DEMO-ONLY-store-key.txt"
    assert f"Its key is kept in {key_file}, in plain text, because " in done.stdout
    assert "A real clinic (clinicdesk init) needs a keyring." in done.stdout
    assert key_file.stat().st_mode & 0o077 == 0
    assert "synthetic demo data only" in key_file.read_text(encoding="utf-8")
    assert "Riverside" not in done.stderr and "internal error" not in done.stderr
    assert "Dr " in done.stdout  # the day's appointments were listed
    assert "O'Brien" in done.stdout or "O’Brien" in done.stdout  # the patient search found one


@pytest.mark.parametrize("backend", NO_KEYRING.values(), ids=NO_KEYRING.keys())
def test_a_real_clinic_is_refused_with_what_to_install(
    run_cli: Callable[..., CliResult], tmp_path: Path, backend: str | None
) -> None:
    done = run_cli(
        "init",
        "--clinic",
        "Oak Street Clinic",
        "--time-zone",
        "Europe/London",
        "--admin",
        "admin",
        env={"PYTHON_KEYRING_BACKEND": backend},
    )
    assert done.returncode == 1
    assert "internal error" not in done.stderr
    for needed in ("Credential Manager", "gnome-keyring", "KeePassXC", "keyrings.alt"):
        assert needed in done.stderr
    assert "PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring" in done.stderr
    assert "recovery key" not in done.stderr  # there is no clinic, so no recovery key yet
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


@pytest.mark.parametrize(
    "backend", ["keyrings.not_installed.file.PlaintextKeyring", "nodots", "keyring.backends.No"]
)
def test_a_keyring_variable_naming_nothing_installed_gets_a_clear_refusal(
    run_cli: Callable[..., CliResult], tmp_path: Path, backend: str
) -> None:
    args = ("init", "--clinic", "Oak", "--time-zone", "Europe/London", "--admin", "admin")
    done = run_cli(*args, env={"PYTHON_KEYRING_BACKEND": backend})
    assert done.returncode == 1
    assert "internal error" not in done.stderr
    assert f"PYTHON_KEYRING_BACKEND names '{backend}', which cannot be loaded" in done.stderr
    assert not (tmp_path / "data" / "clinic.db").exists()


def test_a_file_keyring_chosen_by_hand_makes_the_clinic_with_a_warning(
    run_cli: Callable[..., CliResult],
) -> None:
    done = run_cli(
        "init", "--clinic", "Oak", "--time-zone", "Europe/London", "--admin", "admin",
        env={"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "warning: the clinic data key is kept by keyrings.alt.file.PlaintextKeyring" in (
        done.stderr
    )
    assert "anyone who can read that file can open the clinic data" in done.stderr


def test_the_demo_uses_the_keyring_when_there_is_one(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    """An explicit backend counts as a keyring: no demo key file is made."""
    done = run_cli("demo", "--size", "small", "--json")
    assert done.returncode == 0, done.stderr
    assert '"where": "keyring"' in done.stdout
    assert not (tmp_path / "data" / "DEMO-ONLY-store-key.txt").exists()
