"""zhifa parse / show / schema through the real console script (exit codes, messages, files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import PARSED, RAW, ROOT, SEED_IDS

ZHIFA = str(Path(sys.executable).parent / "zhifa")


def zhifa(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([ZHIFA, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_parsed_records_are_up_to_date(tmp_path):
    """data/parsed is committed: it must equal what the parser makes now (a stale file fails here)."""
    result = zhifa("parse", "data/raw", "--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    for name in SEED_IDS:
        assert (tmp_path / f"{name}.json").read_bytes() == (PARSED / f"{name}.json").read_bytes(), name


def test_parse_summary_and_defaults(tmp_path):
    result = zhifa("parse", str(RAW / "nanchang.txt"), "--out", str(tmp_path))
    assert result.returncode == 0
    assert "nanchang" in result.stdout and "24" in result.stdout
    data = json.loads((tmp_path / "nanchang.json").read_text(encoding="utf-8"))
    assert data["region"] == "南昌市"
    assert "南昌市" in (tmp_path / "nanchang.json").read_text(encoding="utf-8")  # unescaped


def test_parse_summary_in_a_narrow_terminal_is_one_line_per_document(tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "40"}
    result = subprocess.run([ZHIFA, "parse", str(RAW / "nanchang.txt"), "--out", str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "zhifa parse" and "┃" not in result.stdout  # no table squeezed to empty columns
    assert " ".join(lines[1:3]).startswith("nanchang: 24 tasks, 0 table rows,")
    assert all(len(line) <= 40 for line in lines if not line.startswith("wrote"))  # the path is one piece


def test_parse_yaml(tmp_path):
    result = zhifa("parse", str(RAW / "yandu.txt"), "--out", str(tmp_path), "--format", "yaml", "-q")
    assert result.returncode == 0 and result.stdout == ""
    assert "region: 盐都区" in (tmp_path / "yandu.yaml").read_text(encoding="utf-8")


def test_bad_paths_reported_and_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    notask = tmp_path / "notask.txt"
    notask.write_text("关于做好某项工作的说明\n\n请各单位认真落实。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = zhifa("parse", "missing.txt", str(empty), str(notask), str(RAW / "yandu.txt"), "--out", str(out), "-q")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "missing.txt: no such file or folder",
        f"{empty}: file is empty",
        f"{notask}: no numbered task found",
    ]
    assert (out / "yandu.json").exists()
    assert "Traceback" not in result.stderr


def test_usage_error_exit_2():
    assert zhifa("parse", "--bogus").returncode == 2
    result = zhifa("parse", "data/raw", "--out", "data/raw", "-q")
    assert result.returncode == 2
    assert "never writes into data/raw" in result.stderr


def test_show_resolves_ids_and_prefixes():
    result = zhifa("show", "shangrao", "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["id"] == "shangrao"  # not shangrao-fazhi
    assert json.loads(zhifa("show", "tongling", "-f", "json").stdout)["id"] == "tongling-jiaoqu"
    table = zhifa("show", "yandu")
    assert "区发展和改革委员会【牵头】" in table.stdout
    unknown = zhifa("show", "beijing")
    assert unknown.returncode == 2 and "unknown document 'beijing'" in unknown.stderr
    assert json.loads(zhifa("show", "shangrao-", "-f", "json").stdout)["id"] == "shangrao-fazhi"
    ambiguous = zhifa("show", "shang")
    assert ambiguous.returncode == 2
    assert "ambiguous document 'shang': could be shangrao, shangrao-fazhi" in ambiguous.stderr


def test_schema_lists_the_contract():
    schema = json.loads(zhifa("schema").stdout)
    assert {"id", "source", "title", "issuer", "doc_number", "date", "region", "period", "basis",
            "sections", "tasks", "table", "warnings"} <= set(schema["properties"])
    assert {"id", "path", "section", "title", "text", "units", "deadlines", "lines"} <= set(
        schema["$defs"]["Task"]["properties"])


def test_help_and_parse_do_not_import_jieba():
    code = ("import sys\nfrom zhifa_cli.cli import app\nfrom typer.testing import CliRunner\n"
            "CliRunner().invoke(app, ['parse', 'data/raw/yandu.txt', '--out', sys.argv[1], '-q'])\n"
            "CliRunner().invoke(app, ['--help'])\nprint('jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, "/tmp/zhifa-jieba-check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_same_input_byte_identical(tmp_path):
    zhifa("parse", "data/raw", "--out", str(tmp_path / "a"), "-q")
    zhifa("parse", "data/raw", "--out", str(tmp_path / "b"), "-q")
    for name in SEED_IDS:
        assert (tmp_path / "a" / f"{name}.json").read_bytes() == (tmp_path / "b" / f"{name}.json").read_bytes()


def test_every_command_help_teaches():
    """CONVENTIONS: help starts with one line in Chinese and English, then a copy-paste example."""
    import re

    import typer

    from zhifa_cli.cli import app

    group = typer.main.get_command(app)
    assert group.no_args_is_help
    for name, command in group.commands.items():
        first, *rest = (command.help or "").strip().splitlines()
        assert re.search(r"[\u4e00-\u9fff]", first) and re.search(r"[A-Za-z]{3}", first), name
        assert any(line.strip().startswith(f"Example: zhifa {name}") for line in rest), name


def test_show_without_a_name_prints_help_and_a_folder_is_refused():
    bare = zhifa("show")
    assert bare.returncode == 2 and "Example: zhifa show" in bare.stdout + bare.stderr
    folder = zhifa("show", "data/raw")
    assert folder.returncode == 2
    assert folder.stderr == "zhifa: data/raw is a folder; expected one circular: an id, a file, an id prefix or a region\n"


def test_parse_without_data_raw_is_one_line_exit_2(tmp_path):
    result = zhifa("parse", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("zhifa: data/raw: no such folder;") and len(result.stderr.splitlines()) == 1


def test_parse_where_every_file_fails_prints_no_empty_table(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = zhifa("parse", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stdout == ""  # messages, and how many, on stderr (issue 13)
    assert result.stderr.splitlines() == [f"{tmp_path / 'empty.txt'}: file is empty",
                                          "1 file(s) failed; see the messages above."]


def test_a_folder_notes_are_not_circulars(tmp_path):
    (tmp_path / "README.md").write_text("# 说明\n\n这里存放各地的实施方案。\n", encoding="utf-8")
    (tmp_path / "yandu.txt").write_bytes((RAW / "yandu.txt").read_bytes())
    result = zhifa("parse", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["yandu.json"]
