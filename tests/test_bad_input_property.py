"""Property: any text or bytes -> a Document or a ZhifaError, nothing else, in bounded time per input.

Inputs are random circular-shaped texts, seeds mutated (tokens inserted, lines dropped, swapped,
cut), and random or corrupted bytes in every format zhifa reads. `deadline` bounds each example.
"""

from __future__ import annotations

import forms
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhifa_cli.errors import ZhifaError
from zhifa_cli.models import Document
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.read import read_data

TOKENS = [*"（）()〔〕[]【】：:；;，,、。\t\n \r#*①⑴㈠—－-0123456789一二三四五六七八九十",
          "（责任单位：", "牵头单位：", "配合单位：", "完成时限：", "2024年", "二〇二四年", "6月底前", "每年", "季度",
          "上半年", "长期坚持", "并长期坚持", "市司法局", "各县（市、区）人民政府", "附件", "抄送：", "印发",
          "关于印发", "的通知", "（此件主动公开）", "一、", "（一）", "1.", "（1）", "13月", "2月30日", "第5季度",
          "年底前", "\t\t", "\n\n", "执(zhí)", "**", "# ", "— 3 —", "計畫", "資訊", "\u3000", "\ufeff", "\x00", "\ufffd"]
SEEDS = {name: forms.seed(name) for name in forms.SEEDS}
SETTINGS = settings(max_examples=80, deadline=3000, suppress_health_check=[HealthCheck.too_slow])


def _parses_or_refuses(text: str) -> None:
    try:
        doc = parse_text(text)
    except ZhifaError as exc:
        assert str(exc)  # a message the user can read
        return
    assert isinstance(doc, Document)
    Document.model_validate_json(doc.model_dump_json())  # and it round-trips


@SETTINGS
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=400).map("".join))
def test_random_circular_shaped_text(text):
    _parses_or_refuses(text)


@st.composite
def mutated_seed(draw) -> str:
    lines = SEEDS[draw(st.sampled_from(sorted(SEEDS)))].split("\n")
    for _ in range(draw(st.integers(1, 8))):
        lines = lines or [""]
        last = len(lines) - 1
        i = draw(st.integers(0, last))
        action = draw(st.sampled_from(["insert", "drop", "swap", "cut", "double", "splice"]))
        if action == "insert":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(TOKENS)) + lines[i][at:]
        elif action == "drop" and len(lines) > 1:
            del lines[i: i + draw(st.integers(1, 20))]
        elif action == "swap":
            j = draw(st.integers(0, last))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "cut":
            lines = lines[: i + 1]
            lines[-1] = lines[-1][: draw(st.integers(0, len(lines[-1])))]
        elif action == "double":
            lines[i: i] = lines[i: i + draw(st.integers(1, 30))]
        elif action == "splice":
            lines[i] = lines[i] + lines[draw(st.integers(0, last))]
    return "\n".join(lines)


@SETTINGS
@given(mutated_seed())
def test_mutated_seeds(text):
    _parses_or_refuses(text)


def _reads_or_refuses(data: bytes, suffix: str) -> None:
    try:
        raw = read_data(data, path=f"x{suffix}", suffix=suffix)
        parse_text(raw.text, path=f"x{suffix}", meta=raw.meta, warnings=raw.warnings)
    except ZhifaError as exc:
        assert str(exc).startswith(f"x{suffix}") or not exc.path
        return


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".pdf", ".docx", ".html", ".doc", ""]))
def test_random_bytes_in_every_format(data, suffix):
    _reads_or_refuses(data, suffix)


@st.composite
def corrupted(draw, published) -> tuple[bytes, str]:
    key = draw(st.sampled_from(sorted(k for k in published if k[0] in ("yandu", "tongling-jiaoqu"))))
    data = bytearray(published[key].read_bytes())
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 12)) if data else 0):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data), published[key].suffix


@settings(max_examples=40, deadline=6000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_corrupted_published_files(published, data):
    content, suffix = data.draw(corrupted(published))
    _reads_or_refuses(content, suffix)


@SETTINGS
@given(st.sampled_from(sorted(SEEDS)), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "gb18030"]),
       st.integers(0, 40000))
def test_any_encoding_cut_anywhere(name, codec, cut):
    _reads_or_refuses(SEEDS[name].encode(codec)[:cut], ".txt")


# Shrunk from mutated probe pages (a fuzz run of 133 k mutations): each raised before its fix.
FOUND = [
    "任务\n责任单位\n序",  # a one-cell-per-line header whose 序号 comes after the text column (grid._after_number)
    "2.（和责任单位：处）",  # a bare 和 between separators in a unit list (units._and_lists)
    "1.推进执法改革（责任单位：市司法局、和、市财政局）",
]


def test_found_inputs_parse_or_refuse():
    for text in FOUND:
        _parses_or_refuses(text)


def test_bare_and_names_nobody():
    doc = parse_text("1.推进执法改革（责任单位：市司法局、和、市财政局）")
    assert [u.name for u in doc.tasks[0].units] == ["市司法局", "市财政局"]
