"""This PC's settings: one schema, every value checked when set and when loaded.

A hand-edited settings.json never reaches the rest of the program with a value that
would break it later (a workstation name that cannot be stored, say); the clinic's
security settings cannot be set here at all.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.security_settings import SECURITY_OPTIONS
from clinicdesk.settings import (
    PC_OPTIONS,
    Settings,
    load_settings,
    save_settings,
    settings_markdown,
    with_setting,
)

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_WORKSTATIONS = [
    "pc\udcff",  # a byte that was not UTF-8, as argv hands it over
    "pc\x00",
    "pc\x1b[31m",
    "pc\u202egnp.exe",  # right-to-left override
    "pc\u200b",  # zero-width space
    "pc\nsecond line",
    "x" * 65,
    "x" * 1_000_000,
]


def test_the_schema_and_the_settings_are_the_same_list() -> None:
    assert [option.name for option in PC_OPTIONS] == [f.name for f in fields(Settings)]
    defaults = Settings()
    for option in PC_OPTIONS:
        assert option.description
        assert getattr(defaults, option.name) == option.default
        assert isinstance(option.default, option.kind)
        assert option.maximum > 0
        if option.kind is int:
            assert option.minimum <= option.default <= option.maximum  # type: ignore[operator]


@pytest.mark.parametrize("value", HOSTILE_WORKSTATIONS, ids=range(len(HOSTILE_WORKSTATIONS)))
def test_a_workstation_name_that_would_break_the_audit_trail_is_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="workstation"):
        with_setting(Settings(), "workstation", value)


def test_a_plain_workstation_name_is_kept() -> None:
    assert with_setting(Settings(), "workstation", " Front desk 2 ").workstation == "Front desk 2"
    assert with_setting(Settings(), "workstation", "Empfang Zwölf").workstation == "Empfang Zwölf"


@pytest.mark.parametrize("value", HOSTILE_WORKSTATIONS, ids=range(len(HOSTILE_WORKSTATIONS)))
def test_a_hand_edited_file_with_a_bad_value_falls_back_with_a_warning(
    tmp_path: Path, value: str
) -> None:
    import json

    (tmp_path / "settings.json").write_text(
        json.dumps({"workstation": value, "backup_keep": 7}), encoding="utf-8"
    )
    loaded = load_settings(tmp_path)
    assert loaded.settings.workstation == ""
    assert loaded.settings.backup_keep == 7
    assert len(loaded.problems) == 1 and "workstation" in loaded.problems[0]
    loaded.problems[0].encode("utf-8")  # the warning itself can be printed


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000, b'{"backup_keep": 1e999}', b"null"],
    ids=["not-utf8", "deep-nesting", "huge-number", "null"],
)
def test_a_damaged_file_gives_a_message_never_an_internal_error(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    loaded = load_settings(tmp_path)
    assert loaded.settings.backup_keep == Settings().backup_keep
    assert loaded.problems


@pytest.mark.parametrize("name", [option.name for option in SECURITY_OPTIONS])
def test_the_clinics_security_settings_cannot_be_set_per_pc(name: str) -> None:
    with pytest.raises(ValidationError, match="clinicdesk security set"):
        with_setting(Settings(), name, "1000000")


def test_an_older_file_holding_moved_settings_is_read_without_them(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"sign_in_lock_after": 1000000, "idle_lock_minutes": 0, "backup_keep": 9}',
        encoding="utf-8",
    )
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings(backup_keep=9) and loaded.problems == ()
    save_settings(tmp_path, loaded.settings)
    assert "sign_in_lock_after" not in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_is_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(ValidationError, match="Cannot save"):
        save_settings(blocker, Settings())


def test_the_settings_page_is_generated_from_the_schemas() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert page == settings_markdown(), (
        "docs/settings.md is out of date: run python -m clinicdesk.settings"
    )
