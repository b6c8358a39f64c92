"""store.display resolves a file's folder once per folder and working directory: the names it gives are those
path.resolve() relative to the resolved working directory gave, for files, links to files, linked folders, '..',
missing files, and after a change of directory."""

from __future__ import annotations

import os
from pathlib import Path

from zhifa_cli.store import display


def _before(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def test_display_names_every_kind_of_path_as_resolve_did(tmp_path, monkeypatch):
    root = tmp_path / "root"
    (root / "raw" / "sub").mkdir(parents=True)
    (root / "raw" / "a.txt").write_text("x", encoding="utf-8")
    (root / "raw" / "sub" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    (root / "raw" / "link.txt").symlink_to(tmp_path / "outside.txt")  # a link out of the working directory
    (root / "raw" / "inside.txt").symlink_to(root / "raw" / "sub" / "b.txt")
    (root / "linked").symlink_to(root / "raw" / "sub", target_is_directory=True)
    (tmp_path / "elsewhere").symlink_to(root / "raw", target_is_directory=True)  # a way into it from outside
    paths = ["raw/a.txt", "raw/sub/b.txt", "raw/link.txt", "raw/inside.txt", "linked/b.txt", "raw/sub/../a.txt",
             "raw/missing.txt", "missing/x.txt", "a.txt", str(tmp_path / "outside.txt"), str(root / "raw" / "a.txt"),
             str(tmp_path / "elsewhere" / "a.txt"), "../outside.txt", "raw/..", "."]
    for where in (root, root / "raw", tmp_path, tmp_path / "elsewhere", root / "linked"):
        monkeypatch.chdir(where)
        for name in paths:
            got, want = display(Path(name)), _before(Path(name))
            assert got == want, (where, name, os.getcwd(), got, want)
    assert os.getcwd() == str(root / "raw" / "sub")  # the last working directory, entered through its link
