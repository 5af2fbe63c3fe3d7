"""The one writer for files made for a user refuses every path that would destroy data."""

from __future__ import annotations

import errno
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.interop.files import (
    OutputKind,
    OutputRequest,
    check_user_folder,
    write_user_file,
)
from tests.special_files import device_node

PDF = b"%PDF-1.4 sheet"


@pytest.fixture
def places(tmp_path: Path) -> Iterator[tuple[Path, Path, Path]]:
    """(data folder with a store, backup folder elsewhere, a free folder for output)."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("clinic.db", "clinic.db-wal", "clinic.db-shm", "store.json", "settings.json"):
        (data / name).write_bytes(b"precious " + name.encode())
    (data / "logs").mkdir()
    backups = tmp_path / "elsewhere" / "backups"
    backups.mkdir(parents=True)
    free = tmp_path / "free"
    free.mkdir()
    yield data, backups, free


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _refused(request: OutputRequest, protected: tuple[Path, ...] = ()) -> str:
    with pytest.raises(ValidationError) as refused:
        write_user_file(request, PDF, protected)
    return refused.value.message


@pytest.mark.parametrize(
    "name", ["clinic.db", "clinic.db-wal", "clinic.db-shm", "store.json", "settings.json"]
)
def test_the_clinic_files_are_refused_even_with_overwrite(
    places: tuple[Path, Path, Path], name: str
) -> None:
    data, backups, _free = places
    before = _snapshot(data)
    for kind in OutputKind:
        for protected in ((), (data, backups)):
            _refused(OutputRequest(data / name, kind, overwrite=True), protected)
    assert _snapshot(data) == before


def test_anything_inside_the_data_folder_is_refused_however_the_path_gets_there(
    places: tuple[Path, Path, Path],
) -> None:
    data, _backups, free = places
    link = free / "shortcut"
    link.symlink_to(data)
    sneaky = [
        data / "sheet.pdf",
        data / "logs" / "sheet.pdf",
        free / ".." / "data" / "sheet.pdf",
        link / "sheet.pdf",
    ]
    before = _snapshot(data)
    for path in sneaky:
        # Recognised by what the folder holds, even when nobody said it is the data folder.
        assert "data folder" in _refused(OutputRequest(path, OutputKind.PDF, overwrite=True))
    pointing_in = free / "innocent.pdf"
    pointing_in.symlink_to(data / "clinic.db")
    _refused(OutputRequest(pointing_in, OutputKind.PDF, overwrite=True))
    assert _snapshot(data) == before


def test_the_configured_backup_folder_is_refused(places: tuple[Path, Path, Path]) -> None:
    data, backups, _free = places
    message = _refused(OutputRequest(backups / "x.pdf", OutputKind.PDF), (data, backups))
    assert "backup" in message
    assert not (backups / "x.pdf").exists()
    # A folder of backups nobody named is recognised by the backups it holds.
    other = places[2] / "old-backups"
    other.mkdir()
    (other / "clinic-backup-2026-03-02.cdbak").write_bytes(b"backup")
    assert "backups" in _refused(OutputRequest(other / "x.pdf", OutputKind.PDF))


def test_devices_pipes_sockets_folders_and_links_to_them_are_refused(
    places: tuple[Path, Path, Path],
) -> None:
    _data, _backups, free = places
    fifo = free / "pipe.pdf"
    os.mkfifo(fifo)
    sock_path = free / "sock.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    folder = free / "folder.pdf"
    folder.mkdir()
    to_device = free / "device.pdf"
    full, null = device_node(free / "full", 7), device_node(free / "null", 3)
    to_device.symlink_to(null)
    dangling = free / "dangling.pdf"
    dangling.symlink_to(free / "missing" / "x.pdf")
    try:
        for path in (full, null, fifo, sock_path, to_device):
            assert "not a plain file" in _refused(
                OutputRequest(path, OutputKind.PDF, overwrite=True)
            )
        assert "folder" in _refused(OutputRequest(folder, OutputKind.PDF, overwrite=True))
        assert "link" in _refused(OutputRequest(dangling, OutputKind.PDF, overwrite=True))
    finally:
        server.close()
    assert full.is_char_device()
    assert fifo.is_fifo() and to_device.is_symlink()


def test_the_extension_must_fit_the_kind(places: tuple[Path, Path, Path]) -> None:
    free = places[2]
    assert ".pdf" in _refused(OutputRequest(free / "sheet.csv", OutputKind.PDF))
    assert ".csv" in _refused(OutputRequest(free / "report.pdf", OutputKind.CSV))
    assert ".pdf" in _refused(OutputRequest(free / "sheet", OutputKind.PDF))
    assert list(free.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_asked(places: tuple[Path, Path, Path]) -> None:
    free = places[2]
    existing = free / "sheet.pdf"
    existing.write_bytes(b"yesterday")
    assert "already exists" in _refused(OutputRequest(existing, OutputKind.PDF))
    assert existing.read_bytes() == b"yesterday"
    write_user_file(OutputRequest(existing, OutputKind.PDF, overwrite=True), PDF)
    assert existing.read_bytes() == PDF
    assert [p.name for p in free.iterdir()] == ["sheet.pdf"]  # no temp file left


def test_a_link_to_a_plain_file_is_replaced_itself_never_its_target(
    places: tuple[Path, Path, Path],
) -> None:
    free = places[2]
    target = free / "real.pdf"
    target.write_bytes(b"kept")
    link = free / "link.pdf"
    link.symlink_to(target)
    write_user_file(OutputRequest(link, OutputKind.PDF, overwrite=True), PDF)
    assert target.read_bytes() == b"kept"
    assert not link.is_symlink() and link.read_bytes() == PDF


def test_a_missing_folder_is_not_created(places: tuple[Path, Path, Path]) -> None:
    free = places[2]
    assert "does not exist" in _refused(OutputRequest(free / "no" / "x.pdf", OutputKind.PDF))
    assert not (free / "no").exists()


@pytest.mark.parametrize("failure", [errno.EACCES, errno.EROFS, errno.ENOSPC])
def test_a_folder_that_cannot_be_written_gives_one_clear_line(
    places: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    free = places[2]

    def cannot_create(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(failure, os.strerror(failure))

    # Root ignores a read-only mode, so the folder's refusal is played by mkstemp itself.
    monkeypatch.setattr(tempfile, "mkstemp", cannot_create)
    message = _refused(OutputRequest(free / "x.pdf", OutputKind.PDF))
    assert os.strerror(failure) in message and "\n" not in message


def test_a_full_disk_leaves_no_part_file(
    places: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    free = places[2]
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    assert "space" in _refused(OutputRequest(free / "x.pdf", OutputKind.PDF))
    assert list(free.iterdir()) == []


def test_a_pack_folder_is_guarded_like_a_file(places: tuple[Path, Path, Path]) -> None:
    data, backups, free = places
    for folder in (data, data / "logs", data / "pack", backups / "pack"):
        with pytest.raises(ValidationError):
            check_user_folder(folder, (data, backups))
    assert not (data / "pack").exists() and not (backups / "pack").exists()
    with pytest.raises(ValidationError, match="not a folder"):
        check_user_folder(device_node(places[2] / "device", 7))
    assert check_user_folder(free / "pack") == (free / "pack").resolve()
