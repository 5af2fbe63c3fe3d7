"""The PyInstaller one-folder bundle made by installer/clinicdesk.spec runs on its own:
--version, --help, a demo into a fresh folder, a day sheet read back with pdftotext,
self-check, and the window opened offscreen to the sign-in panel. The Windows
installer script compiles (against a placeholder payload; the bundle it packs is built
on Windows by .github/workflows/windows-installer.yml)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.installed_checks import check_command_line, clean_env, run

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "clinicdesk.spec"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="install the build extra: pip install -e '.[build]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=work, capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    folder = work / "dist" / "clinicdesk"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    print(f"bundle built in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return folder


@pytest.mark.slow
def test_the_bundle_runs_the_command_line_demo_and_print(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / ("clinicdesk.exe" if sys.platform == "win32" else "clinicdesk")
    env = clean_env(tmp_path / "home")
    check_command_line([str(exe)], tmp_path, env)

    report = json.loads(run([str(exe), "--data-dir", str(tmp_path / "data"), "self-check",
                             "--json"], env, tmp_path))  # fmt: skip
    assert report["frozen"] is True and report["healthy"] is True, report["problems"]
    assert all(report["fonts"].values())
    assert report["sqlcipher"][0].isdigit()
    assert report["keyring"]["this_store_key"].endswith("DEMO-ONLY-store-key.txt")
    assert not any(v.startswith("missing") for v in report["versions"].values())

    # The window, offscreen, over the demo clinic: it paints the sign-in panel and quits.
    shown = run([str(exe), "--data-dir", str(tmp_path / "data")],
                env | {"QT_QPA_PLATFORM": "offscreen", "CLINICDESK_STARTUP_TRACE": "quit"},
                tmp_path, timeout=120)  # fmt: skip
    assert json.loads(shown.splitlines()[-1])["page"] == "SignInPanel"


@pytest.mark.slow
def test_the_bundle_carries_no_test_or_build_leftovers(bundle: Path) -> None:
    names = {path.name for path in bundle.rglob("*")}
    for leftover in ("pytest", "_pytest", "hypothesis", "pytestqt", "PyInstaller", "tests"):
        assert leftover not in names, leftover
    internal = bundle / "_internal" / "clinicdesk"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "store" / "migrations" / "env.py").is_file()


def test_the_windows_installer_script_compiles() -> None:
    if shutil.which("makensis") is None:
        pytest.skip("makensis (Debian: nsis) is not installed")
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build"), "--nsis-check"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "installer script compiles" in done.stdout
