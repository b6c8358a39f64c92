"""Resource bounds of the readers (issue 13, items 8 and 9): zip bombs, paragraph floods and deep pages are
refused in one line, by what is actually read; special files are never read, and a read is bounded whatever
the file system says its size is. Timings are `make bench`'s business; these tests pin the mechanism."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import forms
import pytest
from conftest import RAW

from zhifa_cli.errors import ReadError
from zhifa_cli.parse import parse_file, read, read_docx
from zhifa_cli.parse.html_dom import MAX_DEPTH, nesting
from zhifa_cli.parse.read import read_data

BODY_OPEN = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
             b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
BODY_CLOSE = b"</w:body></w:document>"
ZHIFA = str(Path(sys.executable).parent / "zhifa")
TINY = b"<w:p><w:r><w:t>1.\xe6\x89\xa7\xe6\xb3\x95\xe3\x80\x82</w:t></w:r></w:p>"  # 1.执法。


@pytest.fixture(scope="module")
def real_docx(tmp_path_factory) -> bytes:
    return forms.make_docx(forms.seed("yandu"), tmp_path_factory.mktemp("docx") / "yandu.docx").read_bytes()


def repack(docx: bytes, document_xml: bytes) -> bytes:
    """The same package with word/document.xml replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_docx_of_tiny_paragraphs_is_refused_by_paragraph_count(real_docx):
    flood = repack(real_docx, BODY_OPEN + TINY * (read_docx.MAX_PARAGRAPHS + 1) + BODY_CLOSE)
    assert len(flood) < 2**20  # a small file
    with pytest.raises(ReadError, match=r"more than 50,000 paragraphs; not a circular") as err:
        read_data(flood, path="flood.docx", suffix=".docx")
    assert str(err.value).startswith("flood.docx: ") and "\n" not in str(err.value)


def test_paragraphs_cut_by_the_reading_chunks_are_counted_once(real_docx, monkeypatch):
    monkeypatch.setattr(read_docx, "MAX_PARAGRAPHS", 1000)
    exact = repack(real_docx, BODY_OPEN + TINY * 1000 + BODY_CLOSE)
    assert "".join(read_data(exact, suffix=".docx").text.split()) == "1.执法。" * 1000
    over = repack(real_docx, BODY_OPEN + TINY * 1001 + BODY_CLOSE)
    with pytest.raises(ReadError, match="more than 1,000 paragraphs"):
        read_data(over, suffix=".docx")


def test_a_docx_unpacking_to_much_xml_is_refused_by_bytes_read(real_docx):
    padding = b"<w:p><w:r><w:t>" + b"x" * (read_docx.MAX_XML + 1) + b"</w:t></w:r></w:p>"
    bomb = repack(real_docx, BODY_OPEN + padding + BODY_CLOSE)
    assert len(bomb) < 2**20
    with pytest.raises(ReadError, match=r"more than 32 MB of XML \(zip bomb\?\); refused"):
        read_data(bomb, path="bomb.docx", suffix=".docx")


def test_every_part_is_counted_while_read_images_included(real_docx, monkeypatch):
    monkeypatch.setattr(read_docx, "MAX_UNPACKED", 2**20)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real_docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("word/media/image1.png", bytes(2 * 2**20))
    with pytest.raises(ReadError, match=r"unpacks to more than 1 MB \(zip bomb\?\); refused"):
        read_data(out.getvalue(), suffix=".docx")


def test_the_seed_docx_still_reads(real_docx):
    assert "规范行政裁量权基准适用" in read_data(real_docx, suffix=".docx").text


def deep_page(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>1.执法工作。</p>" + "</div>" * depth + "</body></html>"


def test_a_page_nested_100000_deep_is_refused_before_parsing():
    with pytest.raises(ReadError, match=r"nests elements more than 1,000 deep") as err:
        read_data(deep_page(100_000).encode(), path="deep.html", suffix=".html")
    assert str(err.value).startswith("deep.html: ")


def test_nesting_is_read_off_the_markup():
    assert nesting(deep_page(40)) == 40
    # comments, scripts, void elements and end-tag-optional elements do not deepen the page
    assert nesting("<body><!-- <div><div> --><script>s = '<div><div>';</script><div><p>a<p>b<br><img>"
                   "<div><li>x<li>y</div></div>") == 2
    assert nesting(deep_page(MAX_DEPTH + 5)) == MAX_DEPTH + 1  # stops looking past the limit


def test_a_page_nested_a_little_still_reads():
    assert "执法工作" in read_data(deep_page(200).encode(), suffix=".html").text


# --- item 9: regular files only, a bounded read ---


def test_dev_zero_is_refused_without_reading_it():
    with pytest.raises(ReadError, match=r"^/dev/zero: a character device, not a file; skipped$"):
        parse_file("/dev/zero")


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-c", "import sys; from zhifa_cli.parse import parse_file\n"
                           "try:\n    parse_file(sys.argv[1])\nexcept Exception as exc:\n    print(exc)", str(fifo)],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"{fifo}: a named pipe (FIFO), not a file; skipped"


def test_the_read_is_bounded_whatever_the_size_is_said_to_be(tmp_path, monkeypatch):
    """A file that grows while read (or a /proc file that says 0 bytes) is cut at MAX_BYTES, not read whole."""
    monkeypatch.setattr(read, "MAX_BYTES", 100_000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"1." + b"x" * 200_000)
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **k: _small(real_stat(self, **k)) if self == big
                        else real_stat(self, **k))
    with pytest.raises(ReadError, match=r"too large for a circular \(more than 0 MB\)"):
        read.read_bytes(big)
    status = Path("/proc/self/status")
    if status.exists():  # says 0 bytes, holds some
        assert status.stat().st_size == 0 and b"Name:" in read.read_bytes(status)


def _small(result):
    return os.stat_result((*result[:6], 10, *result[7:]))


def test_a_folder_reports_its_fifos_devices_and_dangling_links_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "yandu.txt", folder / "yandu.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "zero").symlink_to("/dev/zero")
    (folder / "notes.bin").write_bytes(b"not a circular, passed over as before")
    done = subprocess.run([ZHIFA, "parse", str(folder), "--out", str(tmp_path / "out"), "-q"], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{folder / 'gone.txt'}: a dangling symbolic link (to {folder / 'nowhere.txt'}), not a file; skipped",
        f"{folder / 'pipe.txt'}: a named pipe (FIFO), not a file; skipped",
        f"{folder / 'zero'}: a character device, not a file; skipped",
    ]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["yandu.json"]
