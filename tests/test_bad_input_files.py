"""Files that cannot be read, records that cannot be written: one line each, and nothing half-written."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import RAW
from typer.testing import CliRunner

from zhifa_cli.cli import app
from zhifa_cli.errors import ReadError
from zhifa_cli.parse import parse_file

NOBODY = 65534


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_write_failing_half_way_leaves_the_previous_record(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert invoke("parse", str(RAW / "yandu.txt"), "--out", str(out), "-q").exit_code == 0
    before = (out / "yandu.json").read_bytes()
    real_open = open

    class DiskFull:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])
            raise OSError(28, "No space left on device")

    from zhifa_cli import files  # every atomic write opens its temporary file here

    monkeypatch.setattr(files, "open", lambda *a, **k: DiskFull(real_open(*a, **k)), raising=False)
    (tmp_path / "yandu.txt").write_text(RAW.joinpath("yandu.txt").read_text(encoding="utf-8") + "\n补充。\n",
                                        encoding="utf-8")
    result = invoke("parse", str(tmp_path / "yandu.txt"), "--out", str(out), "-q")
    assert result.exit_code == 1
    assert result.output.strip() == f"{out / 'yandu.json'}: cannot write: No space left on device"
    assert (out / "yandu.json").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["yandu.json"]  # no temporary file left behind


def test_an_unwritable_output_folder_is_one_line_per_record(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    result = invoke("parse", str(RAW / "yandu.txt"), str(RAW / "nanchang.txt"), "--out", str(blocker), "-q")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 2 and "cannot write" in result.output


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    """Simulated for root too: the read raises what the OS raises for a file without read permission."""
    locked = tmp_path / "locked.txt"
    shutil.copy(RAW / "yandu.txt", locked)
    real = os.open  # the readers open a file with os.open (a bounded read of regular files only)
    monkeypatch.setattr(os, "open", lambda path, *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied"))
                        if Path(path).name == "locked.txt" else real(path, *a, **k))
    with pytest.raises(ReadError, match="cannot read: permission denied"):
        parse_file(locked)
    result = invoke("parse", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1 and result.output.strip() == f"{locked}: cannot read: permission denied"


def _folder_for_nobody() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="zhifa-perm-", dir="/tmp"))
    folder.chmod(0o755)
    (folder / "in").mkdir(mode=0o755)
    (folder / "out").mkdir(mode=0o777)
    (folder / "out").chmod(0o777)
    for name in ("yandu", "nanchang"):
        shutil.copy(RAW / f"{name}.txt", folder / "in" / f"{name}.txt")
        (folder / "in" / f"{name}.txt").chmod(0o644)
    (folder / "in" / "nanchang.txt").chmod(0o000)
    locked = folder / "in" / "sealed"
    locked.mkdir()
    shutil.copy(RAW / "shangrao.txt", locked / "shangrao.txt")
    locked.chmod(0o000)
    return folder


def _args(folder: Path) -> list[str]:
    """The folder (with one unreadable file in it), the unreadable file named directly, a sealed folder."""
    return [str(folder / "in"), str(folder / "in" / "nanchang.txt"), str(folder / "in" / "sealed"),
            "--out", str(folder / "out"), "-q"]


def _run_unprivileged(folder: Path) -> dict:
    """chmod does not stop root: run the command in a child process that has become user nobody."""
    if os.geteuid() != 0:
        result = invoke("parse", *_args(folder))
        return {"code": result.exit_code, "output": result.output}
    invoke("parse", str(RAW / "yandu.txt"), "--out", str(folder / "warm"), "-q")  # load what nobody cannot
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges for real, run in-process (modules are already imported)
        os.close(read)
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = invoke("parse", *_args(folder))
            payload = {"code": result.exit_code, "output": result.output}
        except BaseException as exc:  # report anything to the parent, never run the rest of pytest here
            payload = {"code": -1, "output": f"{type(exc).__name__}: {exc}"}
        os.write(write, json.dumps(payload).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_chmod_000_files_and_folders_for_real():
    folder = _folder_for_nobody()
    try:
        result = _run_unprivileged(folder)
        assert result["code"] == 1, result
        lines = sorted(result["output"].strip().splitlines())
        assert lines == sorted([f"{folder / 'in' / 'nanchang.txt'}: cannot read: permission denied",
                                f"{folder / 'in' / 'sealed'}: cannot list folder: Permission denied"])
        assert (folder / "out" / "yandu.json").exists()
    finally:
        (folder / "in" / "sealed").chmod(0o755)
        shutil.rmtree(folder)
