"""Plain-text circulars in the encodings, line ends, scripts and annotations they are published in."""

from __future__ import annotations

import codecs

import forms
import pytest
from conftest import content

from zhifa_cli.errors import ReadError
from zhifa_cli.parse import parse_file, parse_text
from zhifa_cli.parse.normalize import normalize
from zhifa_cli.parse.read import decode

ENCODINGS = [
    ("utf-8-sig", "utf-8-bom"),
    ("utf-16", "utf-16"),  # Python writes a BOM
    ("utf-16-le", "utf-16-le"),  # no BOM
    ("utf-16-be", "utf-16-be"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),  # GBK and GB2312 are decoded as GB18030, their superset
]


@pytest.mark.parametrize("codec,label", ENCODINGS)
@pytest.mark.parametrize("name", forms.SEEDS)
def test_encodings(tmp_path, seed_docs, name, codec, label):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(forms.seed(name).encode(codec))
    doc = parse_file(path)
    assert doc.source.encoding == label
    assert content(doc) == content(seed_docs[name])


def test_gb2312_is_read_as_gb18030(tmp_path, seed_docs):
    """Python's gb2312 codec maps byte pair A1AA to U+2015; GB18030 gives the — (U+2014) writers meant."""
    text = forms.seed("yandu")
    path = tmp_path / "yandu.txt"
    path.write_bytes(text.replace("\u2014", "\u2015").encode("gb2312"))
    doc = parse_file(path)
    assert doc.source.encoding == "gb18030"
    assert content(doc) == content(seed_docs["yandu"])


def test_gb18030_reads_names_gb2312_cannot():
    raw = decode("朱镕基同志签发。".encode("gb18030"))
    assert raw.text == "朱镕基同志签发。" and raw.encoding == "gb18030"


def test_big5_is_told_from_gb18030(seed_docs):
    text = forms.traditional(forms.seed("nanchang"), "s2t")
    raw = decode(text.encode("cp950", errors="replace"))
    assert raw.encoding == "big5"
    doc = parse_text(raw.text)
    assert [t.id for t in doc.tasks] == [t.id for t in seed_docs["nanchang"].tasks]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends(tmp_path, seed_docs, newline):
    path = tmp_path / "shangrao.txt"
    path.write_bytes(forms.seed("shangrao").replace("\n", newline).encode("utf-8"))
    assert content(parse_file(path)) == content(seed_docs["shangrao"])


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
@pytest.mark.parametrize("name", forms.SEEDS)
def test_traditional_script_is_converted(seed_docs, name, config):
    """Traditional copies (plain, Taiwan and Hong Kong character variants) parse like the original."""
    doc = parse_text(forms.traditional(forms.seed(name), config))
    assert "traditional_to_simplified" in doc.source.fixes
    assert content(doc) == content(seed_docs[name])


def _skeleton(doc) -> list:
    return [(t.id, [(u.name, u.role) for u in t.units], [(d.kind, d.due, d.every, d.ongoing) for d in t.deadlines])
            for t in doc.tasks]


@pytest.mark.parametrize("name", forms.SEEDS)
def test_taiwan_wording(seed_docs, name):
    """s2twp also rewrites words (信息 -> 資訊, 互联网 -> 網際網路, 优化 -> 最佳化, and lossy ones such as
    文件 -> 檔案, 支持 -> 支援): the same tasks, units and deadlines come back, and the unambiguous
    Taiwan words are mainland words again."""
    doc = parse_text(forms.traditional(forms.seed(name), "s2twp"))
    assert _skeleton(doc) == _skeleton(seed_docs[name])
    text = "".join(t.text for t in doc.tasks)
    assert not any(word in text for word in ("资讯", "网际网路", "最佳化", "软体"))


def test_taiwan_phrases_only_with_taiwan_wording():
    assert normalize("1.计画通过网际网路最佳化资讯服务。\n" * 3 + "建立執行機制，設立稽核小組。").lines[0] \
        == "1.计画通过网际网路最佳化资讯服务。"  # simplified text: nothing converted
    taiwan = normalize("1.透過網際網路最佳化資訊服務，建立執行機制。\n" * 3)
    assert taiwan.lines[0] == "1.透过互联网优化信息服务，建立执行机制。"  # 建立/执行 stay (not tw2sp)
    assert taiwan.fixes[:2] == ["traditional_to_simplified", "taiwan_phrases"]


def test_simplified_text_quoting_traditional_is_left_alone():
    text = "1.加强执法。引用旧文“執法”二字，不作转换。\n"
    assert normalize(text).lines == ["1.加强执法。引用旧文“執法”二字，不作转换。"]


@pytest.mark.parametrize("name", forms.SEEDS)
def test_pinyin_annotations_are_stripped(seed_docs, name):
    doc = parse_text(forms.with_pinyin(forms.seed(name)))
    assert "pinyin" in doc.source.fixes
    assert content(doc) == content(seed_docs[name])


@pytest.mark.parametrize("line,expected", [
    ("（一(yī)）执(zhí)法(fǎ)", "（一）执法"),  # the annotation inside a （一） marker
    ("执（zhí）法（fǎ）的（de）", "执法的"),  # full-width brackets, a toneless syllable on an annotated line
    ("推行移动应用程序(APP)掌上执法", "推行移动应用程序（APP）掌上执法"),  # not pinyin
    ("开发(app)应用", "开发（app）应用"),  # one lowercase word on a plain line stays
])
def test_pinyin_rule(line, expected):
    assert normalize(line).lines == [expected]


@pytest.mark.parametrize("line,expected,fix", [
    ("2024 年 6 月底前完成", "2024年6月底前完成", "cjk_spaces"),
    ("完成时限：2024\u00a0年\u30006月", "完成时限：2024年6月", "odd_spaces"),
    ("饶府办字﹝2024﹞10号", "饶府办字〔2024〕10号", "small_forms"),
    ("— 3 —", "", "page_numbers"),
    ("第 3 页 共 12 页", "", "page_numbers"),
    ("①加强领导", "①加强领导", None),  # never NFKC: ① stays a circled marker
    ("㈠总体要求", "㈠总体要求", None),
    ("执\u00ad法\u200b工作", "执法工作", "odd_spaces"),
])
def test_width_and_space_fixes(line, expected, fix):
    normal = normalize(line)
    assert normal.lines == [expected]
    if fix:
        assert fix in normal.fixes


def test_fixers_keep_the_line_count():
    text = forms.with_pinyin(forms.traditional(forms.seed("shangrao"))) + "\n— 9 —\n\f\n"
    assert len(normalize(text).lines) == len(text.replace("\r\n", "\n").split("\n")) - 1


def test_a_cut_last_character_is_a_warning(tmp_path):
    data = forms.seed("nanchang").encode("utf-8")
    data = data[: data.rfind("执".encode()) + 2]  # the file ends inside a character
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    doc = parse_file(path)
    assert doc.source.encoding == "utf-8"
    assert any("ends inside a character" in w and "2 byte(s) dropped" in w for w in doc.warnings)


def test_damaged_utf8_bytes_are_a_warning_not_mojibake():
    data = bytearray(forms.seed("yandu").encode("utf-8"))
    data[3000] = 0xFF
    raw = decode(bytes(data))
    assert raw.encoding == "utf-8" and "\ufffd" in raw.text
    assert any("not UTF-8" in w for w in raw.warnings)


def test_a_short_page_with_a_line_of_replacement_characters_is_text():
    """A scraped page whose GBK breadcrumb was lost on the way ('��ǰλ��' on a 200-character page) is a
    circular with a damaged line, not a binary file."""
    text = ("��ǰλ�ã���ҳ > 信息公开\n某县人民政府办公室关于印发工作方案的通知\n各乡镇人民政府：\n"
            "一、重点任务\n1.推进执法规范化建设。（责任单位：县司法局；完成时限：2024年6月底前）\n")
    assert text.count("\ufffd") * 50 > len(text)
    raw = decode(text.encode("utf-8"))
    assert raw.encoding == "utf-8" and raw.text == text


def test_a_page_whose_words_were_all_replaced_before_it_was_saved_is_refused_by_name(tmp_path):
    """A GBK page decoded as UTF-8 by some tool and saved: every Chinese character is U+FFFD, the digits and
    markers left. Refused as lost text (misfire review 7), where it had given tasks of U+FFFD and no warning."""
    text = ("某县人民政府办公室关于印发工作方案的通知\n各乡镇人民政府：\n一、重点任务\n"
            "1.推进执法规范化建设。（责任单位：县司法局；完成时限：2024年6月底前）\n2.开展专项检查。（责任单位：县市场监管局）\n")
    path = tmp_path / "saved.txt"
    path.write_bytes(text.encode("gbk").decode("utf-8", "replace").encode("utf-8"))
    with pytest.raises(ReadError, match="most characters are U\\+FFFD") as caught:
        parse_file(path)
    assert "saved.txt" in str(caught.value)


@pytest.mark.parametrize("data,message", [
    (b"", "file is empty"),
    (b"  \r\n\t\n", "file is empty"),
    (codecs.BOM_UTF8 + b"\n", "file is empty"),
    (bytes(range(256)) * 20, "binary file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary file"),
])
def test_not_text(data, message):
    with pytest.raises(ReadError, match=message):
        decode(data, path="x.txt")


def _copied_from_pdf(text: str) -> str:
    """Page numbers between pages, and page breaks that cut long paragraphs in two (as in the seeds)."""
    out, page = [], 1
    for i, line in enumerate(text.split("\n")):
        if i and i % 25 == 0:
            page += 1
            out += ["", f"— {page} —", ""]
        cut = next((c for c in range(60, 90) if c < len(line) and line[c - 1] not in "。！？；：…”’」』（("), 0)
        if len(line) > 120 and "\t" not in line and "（" not in line[50:90] and cut:
            out += [line[:cut], "", f"- {page} -", "", line[cut:]]
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("name", forms.SEEDS)
def test_text_copied_from_a_pdf(seed_docs, name):
    doc = parse_text(_copied_from_pdf(forms.seed(name)))
    assert "page_numbers" in doc.source.fixes
    assert content(doc)["tasks"] == content(seed_docs[name])["tasks"]
