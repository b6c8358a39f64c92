"""read: bytes -> text. Decoding and format readers only; nothing about the content of a circular.

The format is sniffed from the bytes first (a '.doc' that is really HTML is read as HTML) and from
the suffix second. Each reader lives in its own module and is imported only when needed, so that
`zhifa --help` never pays for selectolax, python-docx (lxml) or pdfplumber (pdfminer). This module is
the readers' one door: they return a parse.raw.RawText and never import it back.
"""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path

from ..errors import ReadError
from .raw import RawText
from .read_text import decode_text

MAX_BYTES = 200 * 1024 * 1024  # a circular, even a scanned one, is far smaller
_HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
# A page's markup kept in a text file by a crude scraper ('<p style="…">一、总体要求</p>'): read as the HTML it is.
# Only tags as markup places them count: a closing tag, one with attributes, or one opening a line; a sentence that
# names tags ('正文段落使用<p>标签，列表使用<li>标签') is text.
_MARKUP = re.compile(rb"</(?:p|div|td|tr|table|li|h[1-6])\s*>|<(?:p|div|td|tr|table|li|h[1-6])\s[^<>]*>"
                     rb"|(?:^|\n)[ \t]*<(?:p|div|td|tr|table|li|h[1-6])/?>", re.I)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta", b"<body", b"<!--")


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, at most MAX_BYTES of them whatever its size is said to be (a file that
    grows, /proc). A FIFO, a device, a socket or a dangling link is refused without being opened."""
    try:
        _check_regular(path)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))  # a FIFO never blocks
        try:
            _check_regular(path, os.fstat(fd).st_mode)  # swapped between stat and open
            return _read_bounded(fd, path)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", path=str(path)) from None
    except FileNotFoundError:
        raise ReadError("no such file", path=str(path)) from None
    except PermissionError:
        raise ReadError("cannot read: permission denied", path=str(path)) from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


_SPECIAL = ((stat.S_ISDIR, "is a directory, not a file"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(path: Path, mode: int | None = None) -> None:
    if mode is None:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            if path.is_symlink():
                raise ReadError(f"a dangling symbolic link (to {os.readlink(path)}), not a file; skipped",
                                path=str(path)) from None
            raise
    for test, what in _SPECIAL:
        if test(mode):
            raise ReadError(what if test is stat.S_ISDIR else f"{what}, not a file; skipped", path=str(path))


def _read_bounded(fd: int, path: Path) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := os.read(fd, 2**20):
        total += len(chunk)
        if total > MAX_BYTES:
            raise ReadError(f"file is too large for a circular (more than {MAX_BYTES // 2**20} MB)", path=str(path))
        chunks.append(chunk)
    return b"".join(chunks)


def decode(data: bytes, *, path: str = "<text>") -> RawText:
    """Decode a plain-text circular: BOMs, UTF-16, UTF-8, then GB18030 (covers GBK/GB2312) or Big5."""
    decoded = decode_text(data, path=path)
    return RawText(decoded.text, decoded.encoding, warnings=decoded.warnings)


def sniff(data: bytes, suffix: str = "") -> str:
    """'pdf' | 'docx' | 'html' | 'text', or a format zhifa names but cannot read ('doc', 'ofd', …)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, suffix)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (start.startswith(_HTML_STARTS) and b"<html" in data[:4096].lower()) or suffix in _HTML_SUFFIXES \
            or (b"<" in data[:4096] and len(_MARKUP.findall(data, 0, 4096)) >= 3):
        return "html"
    if suffix == ".pdf":
        return "broken-pdf"
    if suffix == ".docx":
        return "broken-docx"
    return "text"


def _zip_kind(data: bytes, suffix: str) -> str:
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, RuntimeError):
        return "broken-docx" if suffix == ".docx" else "zip"
    if "word/document.xml" in names or "[Content_Types].xml" in names and suffix == ".docx":
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"


_CANNOT = {
    "doc": "legacy Word/WPS binary file (.doc/.wps); save it as .docx or PDF",
    "rtf": "RTF is not supported; save it as .docx or PDF",
    "ofd": "OFD is not supported; export it as PDF",
    "zip": "a zip archive that is not a Word .docx; unpack it first",
    "broken-pdf": "not a PDF: no %PDF- header (damaged or misnamed file?)",
    "broken-docx": "not a Word .docx: damaged or truncated zip package",
}


def read_data(data: bytes, *, path: str = "<text>", suffix: str = "") -> RawText:
    """Bytes of any supported format -> RawText."""
    kind = sniff(data, suffix.lower())
    if kind in _CANNOT:
        raise ReadError(_CANNOT[kind], path=path)
    if kind == "pdf":
        from .read_pdf import read_pdf

        return read_pdf(data, path=path)
    if kind == "docx":
        from .read_docx import read_docx

        return read_docx(data, path=path)
    if kind == "html":
        from .read_html import read_html

        return read_html(data, path=path)
    return decode(data, path=path)


def read_file(path: Path) -> tuple[bytes, RawText]:
    data = read_bytes(path)
    return data, read_data(data, path=str(path), suffix=path.suffix)
