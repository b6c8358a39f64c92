"""Bad input costs the user one line naming the file (and line), never a traceback or the good files.

A folder of mixed good and bad circulars, built from the seeds, goes through the real `zhifa parse`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import forms
from conftest import RAW, ROOT

ZHIFA = str(Path(sys.executable).parent / "zhifa")


def zhifa(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([ZHIFA, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _mixed_folder(folder: Path, published: dict) -> dict[str, str | None]:
    """file name -> the message expected on its line (None: parsed and written, warnings allowed)."""
    folder.mkdir()
    nanchang = forms.seed("nanchang")
    files: dict[str, tuple[bytes, str | None]] = {
        "good.txt": (forms.seed("yandu").encode("gb18030"), None),
        "good-word.docx": (published["nanchang", "docx"].read_bytes(), None),
        "good-page.html": (published["tongling-jiaoqu", "html"].read_bytes(), None),
        "empty.txt": (b"", "file is empty"),
        "binary.txt": (bytes(range(256)) * 40, "binary file"),
        "headings.txt": ("一、总体要求\n二、重点任务\n（一）提升能力\n1.加强培训\n三、保障措施\n".encode(),
                         "headings.txt:1: only headings (5), no body text"),
        "brackets.txt": (nanchang.replace(")", "").replace("（", "（（").encode(), None),
        "cut-char.txt": (nanchang.encode()[: nanchang.encode().rfind("执".encode()) + 1], None),
        "cut.docx": (published["shangrao", "docx"].read_bytes()[:4000], "not a Word .docx: damaged or truncated"),
        "legacy.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Word/WPS binary file"),
        "notes.rtf": (b"{\\rtf1\\ansi \\'d6\\'b4}", "RTF is not supported"),
        "fake.pdf": ("1.这不是PDF。".encode(), "not a PDF: no %PDF- header"),
        "prose.md": ("关于做好某项工作的说明\n\n请各单位认真落实。\n".encode(), "no numbered task found"),
    }
    if ("shangrao", "pdf") in published:
        data = published["shangrao", "pdf"].read_bytes()
        files["good-scan.pdf"] = (data, None)
        files["cut-pdf.pdf"] = (data[: len(data) // 2], "truncated PDF: the file ends before the PDF does")
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    (folder / "ignored.jpg").write_bytes(b"\xff\xd8\xff")
    return {name: message for name, (_, message) in files.items()}


def test_mixed_folder(tmp_path, published):
    folder = tmp_path / "in"
    expected = _mixed_folder(folder, published)
    out = tmp_path / "out"
    result = zhifa("parse", str(folder), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    *errors, count = [line for line in result.stderr.splitlines() if ": warning: " not in line]
    assert count == f"{sum(1 for m in expected.values() if m)} file(s) failed; see the messages above."
    for name, message in expected.items():
        mine = [line for line in errors if line.startswith(f"{folder / name}:")]
        if message is None:
            assert not mine, mine
            assert (out / f"{Path(name).stem}.json").exists(), name
        else:
            assert len(mine) == 1 and message in mine[0], (name, mine)
            assert not (out / f"{Path(name).stem}.json").exists(), name
    assert len(errors) == sum(1 for m in expected.values() if m)  # one line per bad file, nothing else
    warnings = result.stderr
    assert f"{folder / 'cut-char.txt'}:" in warnings and "ends inside a character" in warnings
    assert f"{folder / 'brackets.txt'}:" in warnings and "unclosed bracket" in warnings
    assert "ignored" not in result.stderr


def test_quiet_prints_errors_only(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = zhifa("parse", str(tmp_path / "empty.txt"), str(RAW / "yandu.txt"), "--out", str(tmp_path / "o"), "-q")
    assert result.returncode == 1
    assert result.stdout == "" and result.stderr.splitlines() == [f"{tmp_path / 'empty.txt'}: file is empty"]


def test_two_files_one_id(tmp_path, published):
    shutil.copy(RAW / "nanchang.txt", tmp_path / "nanchang.txt")
    shutil.copy(published["nanchang", "docx"], tmp_path / "nanchang.docx")
    result = zhifa("parse", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{tmp_path / 'nanchang.txt'}: same id 'nanchang' as "
                                     f"{tmp_path / 'nanchang.docx'}; not parsed (rename one of them)")


def test_raw_folder_is_never_modified(tmp_path):
    before = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in RAW.iterdir()}
    assert zhifa("parse", "--out", str(tmp_path), "-q").returncode == 0
    after = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in RAW.iterdir()}
    assert before == after


def test_same_input_same_bytes(tmp_path, published):
    """The same files parsed by two processes (two hash seeds): byte-identical records, in every form."""
    folder = tmp_path / "in"
    folder.mkdir()
    for form in ("docx", "html", "pdf"):
        if ("shangrao", form) in published:
            shutil.copy(published["shangrao", form], folder / f"shangrao-{form}{published['shangrao', form].suffix}")
    for run in ("a", "b"):
        assert zhifa("parse", str(folder), "--out", str(tmp_path / run), "-q").returncode == 0
    records = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(records) == len(list(folder.iterdir()))
    for name in records:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_unreadable_folder_and_missing_path(tmp_path):
    result = zhifa("parse", str(tmp_path / "nope"), str(RAW / "yandu.txt"), "--out", str(tmp_path / "o"), "-q")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{tmp_path / 'nope'}: no such file or folder"]
    assert (tmp_path / "o" / "yandu.json").exists()
