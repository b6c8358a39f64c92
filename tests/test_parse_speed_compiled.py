"""compiled.kept(): the parser's patterns taken from the cache folder are the very patterns re compiles (Pattern ==
compares pattern, flags and code), a second process compiles none of them again, a changed or refused entry is
compiled the usual way, and the records a parse writes are the same with the cache cold, warm or broken."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from zhifa_cli.parse import blocks, compiled, deadlines, grid, lines, meta, normalize, outline, targets, units

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import sys, time; from zhifa_cli.parse import compiled, pipeline; pipeline.warm(); "
        "print(len(compiled._used), compiled.path())")


def _load(cache: Path) -> tuple[int, Path]:
    done = subprocess.run([sys.executable, "-c", LOAD], check=True, capture_output=True, text=True,
                          env={**os.environ, "ZHIFA_CACHE": str(cache)})
    count, where = done.stdout.split()
    return int(count), Path(where)


def test_kept_patterns_equal_what_re_compiles_and_a_second_run_compiles_none(tmp_path):
    count, where = _load(tmp_path)
    kept = marshal.loads(where.read_bytes())
    assert count == len(kept) >= 300  # every pattern the stages compile as they load, and warm()'s
    patterns = {pattern for pattern, _ in kept}
    for module in (blocks, deadlines, grid, lines, meta, normalize, outline, targets, units):
        said = [v.pattern for v in vars(module).values() if isinstance(v, re.Pattern)]
        assert said and set(said) <= patterns, module.__name__
    for (pattern, flags), args in kept.items():
        assert re._compiler._sre.compile(pattern, *args) == re._compiler.compile(pattern, flags), pattern
    stamp = where.stat().st_mtime_ns
    assert _load(tmp_path)[0] == count
    assert where.stat().st_mtime_ns == stamp  # all taken from the file: nothing missed, nothing written


def _compile_as_ours(text: str) -> re.Pattern:
    """re.compile(text) called from a module of zhifa's (kept() keeps only their patterns)."""
    scope = {"__name__": "zhifa_cli.parse.test_module", "re": re, "text": text}
    exec("made = re.compile(text)", scope)
    return scope["made"]


def test_a_library_pattern_is_compiled_as_usual_and_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    monkeypatch.setattr(compiled, "_known", None)
    monkeypatch.setattr(compiled, "_used", {})
    with compiled.kept():
        made = re.compile("库的[甲乙]模式")  # this test module is no module of zhifa's
    assert made == re._compiler.compile("库的[甲乙]模式", 0)
    assert not compiled.path().exists() and compiled._used == {}


def test_a_new_pattern_is_compiled_and_kept_and_a_refused_entry_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    monkeypatch.setattr(compiled, "_known", None)
    monkeypatch.setattr(compiled, "_used", {})
    text = "^(?P<n>[一二三四五六七八九十]{1,3})[、．.]测试缓存\\s*"  # not compiled anywhere else (re's own cache)
    with compiled.kept():
        made = _compile_as_ours(text)
    assert made.match("十二、测试缓存 x").group("n") == "十二"
    kept = marshal.loads(compiled.path().read_bytes())
    assert list(kept) == [(text, 0)]
    # an entry _sre refuses (code of another pattern's length) is compiled the usual way
    flags, code, *rest = kept[(text, 0)]
    compiled.path().write_bytes(marshal.dumps({(text + "x", 0): (flags, code[:5], *rest)}))
    monkeypatch.setattr(compiled, "_known", None)
    with compiled.kept():
        again = _compile_as_ours(text + "x")
    assert again == re._compiler.compile(text + "x", 0)
    assert again.match("三、测试缓存x")


def test_a_broken_file_is_passed_over(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_CACHE", str(tmp_path))
    monkeypatch.setattr(compiled, "_known", None)
    monkeypatch.setattr(compiled, "_used", {})
    compiled.path().parent.mkdir(parents=True)
    compiled.path().write_bytes(b"not marshal at all")
    with compiled.kept():
        made = _compile_as_ours("缓存坏了[甲乙]")
    assert made == re._compiler.compile("缓存坏了[甲乙]", 0)
    assert list(marshal.loads(compiled.path().read_bytes())) == [("缓存坏了[甲乙]", 0)]


def test_records_are_the_same_with_the_cache_cold_warm_and_broken(tmp_path):
    outs = []
    for step in ("cold", "warm", "broken"):
        if step == "broken":
            for path in (tmp_path / "cache").rglob("*.marshal"):
                path.write_bytes(b"\x00broken")
        out = tmp_path / step
        subprocess.run([str(Path(sys.executable).parent / "zhifa"), "parse", str(ROOT / "data" / "raw"), "--out", str(out), "-q"],
                       check=True, cwd=ROOT, env={**os.environ, "ZHIFA_CACHE": str(tmp_path / "cache")})
        outs.append({p.name: p.read_bytes() for p in out.glob("*.json")})
    expected = {p.name: p.read_bytes() for p in (ROOT / "data" / "parsed").glob("*.json")}
    assert len(expected) == 5
    assert outs == [expected] * 3
