"""Growth with the size of pathological input (issue 13, items 7 and 8): what took minutes or gigabytes
now grows linearly, or stops at a bound.

- diff: one task holding N MB of digits (a run jieba's segmentation once took quadratic time on: 1 MB
  16 s, 4 MB over 400 s). In process: compare() of yandu against that document, features included
  (segmentation memo cleared every run); and the whole `zhifa diff` process, parsing included.
- docx: a small .docx whose word/document.xml unpacks to N MB of tiny paragraphs (380 MB once used
  7.9 GB and 310 s): the time to read or refuse it, and the peak memory of `parse` on the largest; and
  one of N MB of long paragraphs (read up to the 32 MB XML bound, refused past it).
- html: a page nested N elements deep (100,000 once took 39 s): the time to refuse it.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from common import ROOT, ZHIFA, growth_row, median_seconds

from zhifa_cli.compare import compare, segment
from zhifa_cli.errors import ReadError
from zhifa_cli.parse import parse_text
from zhifa_cli.parse.read import read_data

SIZES = [1, 4, 16]  # MB
MARKER = "2. 规范行政裁量权基准适用。"
SUFFIX = ".docx"
TINY = b"<w:p><w:r><w:t>1.\xe6\x89\xa7\xe6\xb3\x95\xe3\x80\x82</w:t></w:r></w:p>"  # 1.执法。


def _seed() -> str:
    return (ROOT / "data" / "raw" / "yandu.txt").read_text(encoding="utf-8")


def _with_digits(mb: float) -> str:
    return _seed().replace(MARKER, MARKER + "7" * int(mb * 2**20) + "。", 1)


def _compare_cold(small, big) -> None:
    segment._memo.clear()
    compare(small, big)


def diff_rows() -> None:
    small = parse_text(_seed())
    inner = []
    for mb in SIZES:
        big = parse_text(_with_digits(mb))
        inner.append(median_seconds(lambda b=big: _compare_cold(small, b), repeat=3))
    print(growth_row("diff, in process (median of 3)", SIZES, inner))
    whole = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in SIZES:
            path = Path(tmp) / f"digits-{mb}.txt"
            path.write_text(_with_digits(mb), encoding="utf-8")
            start = time.perf_counter()
            subprocess.run([ZHIFA, "diff", "data/raw/yandu.txt", str(path), "-f", "json"], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
            whole.append(time.perf_counter() - start)
    print(growth_row("zhifa diff, whole process (parse too)", SIZES, whole))


def _docx_flood(mb: float, paragraph: bytes = TINY) -> bytes:
    """The default python-docx package with word/document.xml replaced by `mb` MB of `paragraph`s."""
    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    count = int(mb * 2**20) // len(paragraph)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info))
                continue
            with dst.open("word/document.xml", "w") as member:
                member.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                             b'openxmlformats.org/wordprocessingml/2006/main"><w:body>')
                for start in range(0, count, 1_000):
                    member.write(paragraph * min(1_000, count - start))
                member.write(b"</w:body></w:document>")
    return out.getvalue()


def _read(data: bytes, suffix: str) -> str:
    try:
        read_data(data, suffix=suffix)
    except ReadError:
        return "refused"
    return "read"


def docx_rows() -> None:
    sizes = [*SIZES, 380]
    floods = {mb: _docx_flood(mb) for mb in sizes}
    times = [median_seconds(lambda d=floods[mb]: _read(d, SUFFIX), repeat=5) for mb in sizes]
    print(growth_row("docx of tiny paragraphs, read", sizes, times))
    verdicts = ", ".join(f"{mb} MB {_read(floods[mb], SUFFIX)}" for mb in sizes)
    print(f"{'':<34} ({verdicts}; the 380 MB one is {len(floods[380]) / 2**20:.1f} MB on disk)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "flood.docx"
        path.write_bytes(floods[380])
        code = ("import sys\nfrom zhifa_cli.parse import parse_file\ntry:\n    parse_file(sys.argv[1])\n"
                "except Exception as exc:\n    print(exc)\n"  # VmHWM: this process's own peak (maxrss
                "print(next(ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')))")  # is not)
        done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
        message, peak = done.stdout.strip().splitlines()
    print(f"{'':<34} zhifa parse of the 380 MB one: {message.split(': ', 1)[1]!r}, peak {int(peak) / 1024:.0f} MiB")
    long = b"<w:p><w:r><w:t>" + "执法".encode() * 10_000 + b"</w:t></w:r></w:p>"  # 60 KB a paragraph
    sizes = [*SIZES, 64]
    books = {mb: _docx_flood(mb, long) for mb in sizes}
    times = [median_seconds(lambda d=books[mb]: _read(d, SUFFIX), repeat=3) for mb in sizes]
    print(growth_row("docx of long paragraphs, read", sizes, times))
    print(f"{'':<34} ({', '.join(f'{mb} MB {_read(books[mb], SUFFIX)}' for mb in sizes)})")


def html_rows() -> None:
    depths = [1_000, 10_000, 100_000]
    for depth in depths:
        page = ("<html><body>" + "<div>" * depth + "<p>1.执法工作。</p>" + "</div>" * depth + "</body></html>").encode()
        seconds = median_seconds(lambda p=page: _read(p, ".html"), repeat=5)
        print(f"html nested {depth:>7,} deep: {_read(page, '.html'):<8} {seconds * 1000:8.1f} ms")


def main() -> None:
    diff_rows()
    docx_rows()
    html_rows()
    print(f"peak memory of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
