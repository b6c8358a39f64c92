"""read: bytes -> text. Decoding only; nothing about the content of a circular."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str
    format: str = "text"


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", path=str(path)) from None
    except FileNotFoundError:
        raise ReadError("no such file", path=str(path)) from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def decode(data: bytes, *, path: str = "<text>") -> RawText:
    """Decode a plain-text circular: BOMs first, then UTF-8, then GB18030 (covers GBK/GB2312)."""
    if not data.strip():
        raise ReadError("file is empty", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return RawText(_strict(data, encoding, path), encoding.replace("-sig", "") + ("-bom" if "sig" in encoding else ""))
    if _looks_utf16(data):
        return RawText(_strict(data, "utf-16-le", path), "utf-16-le")
    if b"\x00" in data:
        raise ReadError("binary file (NUL bytes), not a text circular", path=path)
    try:
        return RawText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError("cannot decode as UTF-8 or GB18030", path=path, line=line) from None
    if not _mostly_text(text):
        raise ReadError("binary file, not a text circular", path=path)
    return RawText(text, "gb18030")


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReadError(f"cannot decode as {encoding}", path=path) from None


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: Chinese text has a NUL in one byte column only rarely, ASCII in half."""
    sample = data[:4000]
    return len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0


def _mostly_text(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad <= len(sample) // 50


def read_file(path: Path) -> tuple[bytes, RawText]:
    data = read_bytes(path)
    return data, decode(data, path=str(path))
