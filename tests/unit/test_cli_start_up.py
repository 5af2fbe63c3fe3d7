"""`clinicdesk --help` must not load the heavy libraries: every e2e test and every
script pays the CLI's start-up, so command modules import them inside their handlers."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "argon2", "reportlab", "PySide6", "psycopg")


def test_building_the_command_parser_loads_no_heavy_library() -> None:
    probe = (
        "import json, sys\n"
        "from clinicdesk.cli import build_parser\n"
        "build_parser()\n"
        f"print(json.dumps(sorted(n for n in {HEAVY!r} if n in sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout) == []
