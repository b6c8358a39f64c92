"""files.atomic_text writes through the temporary file mkstemp opened (one open, fchmod, rename) and makes the
folder only when the temporary file cannot be made: the same files, modes and error lines as making the folder
and opening the temporary file again by name for every record did."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from zhifa_cli import files
from zhifa_cli.errors import WriteError

TEXT = "一、任务\n1.开展工作。\r\n\ud7ff“引号”\n"


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_a_record_gets_the_usual_mode_and_exactly_its_text(tmp_path, mask):
    old = os.umask(mask)
    try:
        files.write_text(tmp_path / "a" / "b" / "x.json", TEXT)  # folders made on the way
        files.write_text(tmp_path / "a" / "b" / "x.json", TEXT + "2")  # replaced whole
        files.write_text(tmp_path / "a" / "b" / "y.csv", TEXT, bom=True)
    finally:
        os.umask(old)
    folder = tmp_path / "a" / "b"
    assert _names(folder) == ["x.json", "y.csv"]  # no temporary file left
    assert (folder / "x.json").read_bytes() == (TEXT + "2").encode("utf-8")  # newlines as given
    assert (folder / "y.csv").read_bytes() == b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    for name in ("x.json", "y.csv"):
        assert (folder / name).stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_folder_removed_between_two_writes_is_made_again(tmp_path):
    out = tmp_path / "out"
    files.write_text(out / "a.json", "{}\n")
    shutil.rmtree(out)
    files.write_text(out / "b.json", "{}\n")
    assert _names(out) == ["b.json"]


@pytest.mark.parametrize(("where", "why"), [
    ("file/x.json", "cannot write: File exists"),  # the folder is a file
    ("file/sub/x.json", "cannot write: Not a directory"),  # a folder on the way is a file
])
def test_a_folder_that_cannot_be_is_said_as_before(tmp_path, where, why):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    target = tmp_path / where
    with pytest.raises(WriteError) as caught:
        files.write_text(target, "{}\n")
    assert str(caught.value) == f"{target}: {why}"
    assert _names(tmp_path) == ["file"]


def test_a_text_that_cannot_be_written_leaves_the_old_file_and_no_temporary(tmp_path):
    (tmp_path / "x.json").write_text("old\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        files.write_text(tmp_path / "x.json", "lone \udc80 surrogate")
    assert _names(tmp_path) == ["x.json"] and (tmp_path / "x.json").read_text(encoding="utf-8") == "old\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_said_as_before(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError, match="cannot write: Permission denied"):
            files.write_text(folder / "x.json", "{}\n")
    finally:
        folder.chmod(0o755)
