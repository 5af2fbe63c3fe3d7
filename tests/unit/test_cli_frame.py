"""The command frame in-process: exit codes, the bug path and its scrubbed log, output."""

from __future__ import annotations

import argparse
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from pathlib import Path

import pytest

from clinicdesk import cli
from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import dumps, emit, table, to_jsonable
from clinicdesk.crashlog import scrubbed_traceback
from clinicdesk.domain.errors import NotFoundError

PATIENT_NAME = "Siobhán O'Connor-Test"


def _fail_with_patient_data(ctx: CommandContext, args: argparse.Namespace) -> int:
    try:
        raise KeyError(PATIENT_NAME)
    except KeyError as inner:
        raise RuntimeError(f"could not save {PATIENT_NAME}") from inner


def _refuse(ctx: CommandContext, args: argparse.Namespace) -> int:
    raise NotFoundError("No patient with id 42.\nCheck the id.")


def _answer(ctx: CommandContext, args: argparse.Namespace) -> None:
    ctx.emit({"when": datetime(2026, 3, 29, 1, 30, tzinfo=UTC)}, "answered")


def register_test_commands(subparsers: SubParsers) -> None:
    subparsers.add_parser("explode").set_defaults(handler=_fail_with_patient_data)
    subparsers.add_parser("refuse").set_defaults(handler=_refuse)
    subparsers.add_parser("answer").set_defaults(handler=_answer)
    subparsers.add_parser("import-missing").set_defaults(handler=_import_a_missing_module)


@pytest.fixture
def test_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, __name__))


register = register_test_commands  # this module doubles as a command module


def test_unexpected_error_is_one_line_and_logged_without_patient_data(
    test_commands: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(["--data-dir", str(tmp_path), "explode"])
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("clinicdesk: internal error: RuntimeError; details in ")
    assert PATIENT_NAME not in captured.err
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "RuntimeError (message withheld)" in log
    assert "KeyError (message withheld)" in log  # the cause is kept, its message is not
    assert "_fail_with_patient_data" in log
    assert PATIENT_NAME not in log


def test_clinic_error_is_printed_on_one_line(
    test_commands: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path), "refuse"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "clinicdesk: No patient with id 42. Check the id.\n"
    assert captured.out == ""
    assert not (tmp_path / "logs").exists()


def test_json_option_after_the_command_does_not_lose_the_data_dir(
    test_commands: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path), "answer", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"when": "2026-03-29T01:30:00+00:00"}
    assert cli.main(["answer", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "answered\n"


def test_usage_errors_return_2_without_raising(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--no-such-option"]) == 2
    assert cli.main(["--help"]) == 0
    assert "usage: clinicdesk" in capsys.readouterr().out


class Colour(StrEnum):
    RED = "red"


@dataclass(frozen=True, slots=True)
class Row:
    id: uuid.UUID
    day: date
    at: datetime
    wall: time
    colour: Colour
    tags: frozenset[str]


def test_json_shapes_follow_the_cli_contract() -> None:
    row = Row(
        id=uuid.UUID("01900000-0000-7000-8000-000000000000"),
        day=date(2026, 3, 2),
        at=datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
        wall=time(9, 30),
        colour=Colour.RED,
        tags=frozenset({"b", "a"}),
    )
    assert to_jsonable(row) == {
        "id": "01900000-0000-7000-8000-000000000000",
        "day": "2026-03-02",
        "at": "2026-03-02T09:00:00-05:00",
        "wall": "09:30",
        "colour": "red",
        "tags": ["a", "b"],
    }
    assert json.loads(dumps([row, None]))[1] is None
    assert to_jsonable({"path": Path("x") / "y"}) == {"path": str(Path("x") / "y")}


def test_json_refuses_naive_instants_and_unknown_types() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_jsonable(datetime(2026, 3, 2, 9, 0))
    with pytest.raises(TypeError, match="object"):
        to_jsonable(object())


def test_emit_prints_json_or_human(capsys: pytest.CaptureFixture[str]) -> None:
    emit({"name": "Zoë"}, as_json=True, human="ignored")
    assert json.loads(capsys.readouterr().out) == {"name": "Zoë"}
    emit([1, 2], as_json=False, human=lambda items: f"{len(items)} items")
    assert capsys.readouterr().out == "2 items\n"
    emit("plain", as_json=False)
    assert capsys.readouterr().out == "plain\n"


def test_table_pads_columns() -> None:
    text = table([("Dr Lee", "GP"), ("Dr Ng", "Dermatology")], ("name", "specialty"))
    assert text.splitlines() == [
        "name    specialty",
        "Dr Lee  GP",
        "Dr Ng   Dermatology",
    ]
    assert table([], ("a",)) == ""


def test_scrubbed_traceback_follows_context_unless_suppressed() -> None:
    value = PATIENT_NAME.upper()  # runtime data, as a message would carry it

    def fail(suppress: bool) -> str:
        try:
            try:
                {}[value]
            except KeyError as inner:
                if suppress:
                    raise ValueError(value) from None
                raise ValueError(value) from inner
        except ValueError as error:
            return scrubbed_traceback(error)

    kept, hidden = fail(suppress=False), fail(suppress=True)
    assert "KeyError (message withheld)" in kept
    assert kept.index("KeyError") < kept.index("-- which caused --") < kept.index("ValueError")
    assert "KeyError" not in hidden  # "from None" hides the context, as Python does
    for text in (kept, hidden):
        assert "ValueError (message withheld)" in text
        assert value not in text


def _import_a_missing_module(ctx: CommandContext, args: argparse.Namespace) -> int:
    try:
        raise LookupError(PATIENT_NAME)
    except LookupError:
        import clinicdesk.no_such_module_for_the_test  # type: ignore[import-not-found]  # noqa: F401
    return 0


def test_a_missing_module_is_named_in_the_report_but_no_message_is(
    test_commands: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A frozen build without a hidden import, or a keyring backend that is not installed,
    must say which module is missing; the messages around it stay out."""
    assert cli.main(["--data-dir", str(tmp_path), "import-missing"]) == 1
    err = capsys.readouterr().err
    assert "ModuleNotFoundError (module clinicdesk.no_such_module_for_the_test)" in err
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert (
        "ModuleNotFoundError (module clinicdesk.no_such_module_for_the_test) (message withheld)"
        in log
    )
    assert "LookupError (message withheld)" in log
    assert PATIENT_NAME not in log and PATIENT_NAME not in err


def test_a_command_module_that_cannot_be_loaded_is_named_in_the_crash_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a bundle missing a command module looks like: even --help reports it."""
    monkeypatch.setattr(
        cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "clinicdesk.commands.not_bundled")
    )
    assert cli.main(["--data-dir", str(tmp_path), "--help"]) == 1
    assert "(module clinicdesk.commands.not_bundled)" in capsys.readouterr().err
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "ModuleNotFoundError (module clinicdesk.commands.not_bundled)" in log


def test_an_import_error_with_an_odd_name_adds_nothing_but_its_type() -> None:
    from clinicdesk.crashlog import describe_exception

    odd = ImportError("cannot import", name=f"{PATIENT_NAME} record")
    assert describe_exception(odd) == "ImportError"
    assert describe_exception(ImportError("no name")) == "ImportError"
