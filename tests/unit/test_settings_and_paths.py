"""settings.json (defaults, damage, bad values, atomic save) and where things live."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clinicdesk import paths
from clinicdesk.domain.errors import ValidationError
from clinicdesk.settings import Settings, load_settings, save_settings, with_setting


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert loaded.settings.backup_keep == 14
    assert loaded.problems == ()


def test_saved_settings_read_back(tmp_path: Path) -> None:
    changed = with_setting(Settings(), "backup_keep", "15")
    changed = with_setting(changed, "workstation", "  Front desk  ")
    path = save_settings(tmp_path / "new-folder", changed)
    assert path == tmp_path / "new-folder" / "settings.json"
    assert load_settings(tmp_path / "new-folder").settings == Settings(
        backup_keep=15, workstation="Front desk"
    )
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{ broken", "is not valid JSON (line 1, column 3)"),
        ("[1, 2]", "must hold a JSON object"),
    ],
)
def test_damaged_file_falls_back_with_a_clear_problem(
    tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "settings.json").write_text(text, encoding="utf-8")
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert expected in loaded.problems[0]


def test_one_bad_value_keeps_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"sync_interval_seconds": "ten", "backup_keep": 30, "colour_theme": "dark"}),
        encoding="utf-8",
    )
    loaded = load_settings(tmp_path)
    assert loaded.settings.sync_interval_seconds == 60
    assert loaded.settings.backup_keep == 30
    assert len(loaded.problems) == 2
    assert any("sync_interval_seconds must be a whole number" in p for p in loaded.problems)
    assert any("Unknown setting 'colour_theme'" in p for p in loaded.problems)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("backup_keep", -1, "at least 1"),
        ("backup_keep", "-1", "whole number"),
        ("backup_keep", 10**9, "at most 3650"),
        ("backup_keep", 0, "at least 1"),
        ("backup_keep", True, "whole number"),
        ("sync_interval_seconds", 1, "at least 5"),
        ("sync_url", 5, "must be text"),
        ("nonsense", 1, "Unknown setting"),
    ],
)
def test_bad_values_are_refused(name: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        with_setting(Settings(), name, value)


def test_data_dir_option_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.resolve_data_dir(None) == paths.default_data_dir()
    assert paths.default_data_dir().name == "clinicdesk"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.resolve_data_dir(None) == tmp_path / "env"
    assert paths.resolve_data_dir(str(tmp_path / "option")) == tmp_path / "option"


def test_default_data_dir_follows_xdg_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_DATA_HOME is the Linux convention")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.default_data_dir() == tmp_path / "clinicdesk"


def test_resources_are_package_data_beside_the_code() -> None:
    """Found through importlib.resources inside the package, so a wheel or a frozen
    bundle carries them (a folder beside the package is left behind by both)."""
    package_root = Path(paths.__file__).resolve().parent
    found = paths.resources_dir()
    assert found.resolve() == package_root / "resources"
    for needed in (
        "security/common-passwords.txt.gz",
        "style/clinicdesk.qss",
        "icons/chevron-down.svg",
        "fonts/DejaVuSans.ttf",
    ):
        assert (found / needed).is_file(), needed
