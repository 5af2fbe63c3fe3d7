"""The built wheel works where it is installed: resources are package data, not a
folder beside the source tree (a plain ``pip install .`` left them behind)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.e2e.installed_checks import check_command_line, clean_env, run

ROOT = Path(__file__).resolve().parents[2]


def _copy_tracked_sources(target: Path) -> None:
    """The files a clean checkout has (no venv, caches or build leftovers)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.mark.slow
def test_the_wheel_installed_into_a_fresh_venv_runs_demo_and_print_day(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    _copy_tracked_sources(checkout)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), "."],
        cwd=checkout,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("clinicdesk-*.whl")

    # A fresh venv holding only the wheel; its dependencies come from the test venv's
    # site-packages, appended after its own (a .pth line), so nothing is downloaded and
    # the wheel's clinicdesk, not the editable checkout, is the one imported.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    fresh_site = Path(
        run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            clean_env(tmp_path / "home"), tmp_path).strip()
    )  # fmt: skip
    (fresh_site / "test-venv-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip

    env = clean_env(tmp_path / "home")
    where = run([str(python), "-c", "import clinicdesk; print(clinicdesk.__file__)"], env, tmp_path)
    assert Path(where.strip()).is_relative_to(fresh_site), where
    installed = fresh_site / "clinicdesk" / "resources"
    assert (installed / "security" / "common-passwords.txt.gz").is_file()
    assert not any(fresh_site.glob("tests")), "the test suite must not ship in the wheel"

    script = python.parent / ("clinicdesk.exe" if sys.platform == "win32" else "clinicdesk")
    check_command_line([str(script)], tmp_path, env)
