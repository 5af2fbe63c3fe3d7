"""``sync join`` from an empty folder that cannot reach the server leaves nothing behind:
no store without users, no recovery key nobody saw, no keyring entry."""

from __future__ import annotations

import configparser
import socket
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import CliResult

Run = Callable[..., CliResult]


def _closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _keyring_entries(cli_env: dict[str, str]) -> list[str]:
    path = Path(cli_env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"
    parser = configparser.RawConfigParser()
    parser.read(path)
    return parser.options("clinicdesk") if parser.has_section("clinicdesk") else []


def test_a_join_that_cannot_reach_the_server_leaves_nothing(
    run_cli: Run, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/clinic"
    for _attempt in range(2):  # and again: a leftover never blocks the next try
        joined = run_cli("sync", "join", "--url", url)
        assert joined.returncode == 1, joined.stdout
        assert "internal error" not in joined.stderr
        assert "RECOVERY KEY" not in joined.stdout
        assert not (data_dir / "clinic.db").exists()
        assert sorted(path.name for path in data_dir.glob("clinic.db*")) == []
        assert not (data_dir / "store.json").exists()
        assert _keyring_entries(cli_env) == []
    made = run_cli("init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada")
    assert made.returncode == 0, made.stderr
