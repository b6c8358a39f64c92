"""read_text: the bytes of a plain-text circular -> str, and the encoding it was in.

Order: BOMs, UTF-16 without a BOM, UTF-8 (a damaged byte or a cut last character is a warning, not
GB18030 mojibake), then GB18030 (which covers GBK and GB2312) or Big5, whichever reads as Chinese.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..chars import HAN_CHAR
from ..errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Frequent characters of circulars in both scripts: a right decoding is full of them, a wrong one not.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指区强放决西被干做必战先回则任取据处理"
    "這為個們來時動國會對現實發後說種過開關學經進應與機務東長業員問題區團體當點數線從還條並結樣於產導報級歷"
    "總決設計組織專單據讓權責執監督縣鄉鎮規審確認護賴財稅費務辦理領導"
)


_CUT_REASONS = ("unexpected end of data", "truncated data", "incomplete multibyte sequence")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, *, path: str = "<text>") -> Decoded:
    """Decode a plain-text circular; raise ReadError when it is empty, binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, warnings = _strict(data, encoding, path)
            label = encoding.replace("-sig", "") + ("-bom" if "sig" in encoding else "")
            return _checked(Decoded(text, label, warnings), path)
    if b"\x00" in data[:4096]:
        return _checked(_utf16(data, path), path)
    if not data.strip():
        raise ReadError("file is empty", path=path)
    return _checked(_utf8(data) or _chinese(data, path), path)


def _checked(decoded: Decoded, path: str) -> Decoded:
    if not decoded.text.strip(" \t\r\n\u3000\ufeff\x00"):
        raise ReadError("file is empty (only blank characters)", path=path)
    if not mostly_text(decoded.text):
        raise ReadError("binary file, not a text circular", path=path)
    if lost(decoded.text):
        raise ReadError("text lost before this file: most characters are U+FFFD (a GBK page saved through a "
                        "wrong decoding?)", path=path)
    return decoded


def _strict(data: bytes, encoding: str, path: str) -> tuple[str, tuple[str, ...]]:
    """Strict decoding; only a character cut at the very end is forgiven (dropped, with a warning)."""
    try:
        return data.decode(encoding), ()
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason in _CUT_REASONS:
            line = _line(data, exc.start)
            return data[: exc.start].decode(encoding), (
                f"line {line}: the file ends inside a character (truncated?); "
                f"{len(data) - exc.start} byte(s) dropped",)
        raise ReadError(f"cannot decode as {encoding}", path=path, line=_line(data, exc.start)) from None


def _line(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _utf16(data: bytes, path: str) -> Decoded:
    """UTF-16 without a BOM: whichever byte order gives plausible text; else the NULs mean binary."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text, warnings = _strict(data, encoding, path)
        except ReadError:
            continue
        if mostly_text(text) and _plausible(text):
            return Decoded(text, encoding, warnings)
    raise ReadError("binary file (NUL bytes), not a text circular", path=path)


def _plausible(text: str) -> bool:
    sample = text[:2000]
    good = sum(1 for ch in sample if ch.isprintable() or ch in "\t\r\n")
    han = len(HAN_CHAR.findall(sample)) + sample.count("\n") + sample.count(" ")
    return good >= len(sample) * 0.95 and han >= len(sample) * 0.3


def _utf8(data: bytes) -> Decoded | None:
    """UTF-8, tolerating a character cut at the very end and a few damaged bytes (with warnings)."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first = exc
    if first.end == len(data) and first.reason in _CUT_REASONS:
        text, warnings = _strict(data, "utf-8", "<text>")
        return Decoded(text, "utf-8", warnings)
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    han = len(HAN_CHAR.findall(text))
    if bad * 50 > han:
        return None
    return Decoded(text, "utf-8", (f"line {_line(data, first.start)}: {bad} byte sequence(s) are not UTF-8 "
                                   "(damaged file?); shown as \ufffd",))


def _chinese(data: bytes, path: str) -> Decoded:
    """GB18030 or Big5: the decoding richer in common characters wins (Big5 bytes decode as GB18030)."""
    best: Decoded | None = None
    score = -1.0
    for encoding, label in (("gb18030", "gb18030"), ("cp950", "big5")):
        try:
            text, warnings = _strict(data, encoding, path)
        except ReadError:
            continue
        common = _common_share(text)
        if common > score:
            best, score = Decoded(text, label, warnings), common
    if best is None:
        raise ReadError("cannot decode as UTF-8, GB18030 or Big5", path=path,
                        line=_first_error_line(data))
    return best


def _first_error_line(data: bytes) -> int:
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as exc:
        return _line(data, exc.start)
    return 1


def _common_share(text: str) -> float:
    han = HAN_CHAR.findall(text[:6000])
    return sum(ch in _COMMON for ch in han) / len(han) if han else 0.0


_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ue000-\uf8ff]")  # control characters but \t \n \v \f \r; private use


def mostly_text(text: str) -> bool:
    """Few control characters or private-use code points: not a binary file decoded by accident.

    U+FFFD is no sign of a binary file: strict decoding never yields it, so it was in the text itself (a web page
    that lost a GBK line on the way: '��ǰλ��') or put there by _utf8, which bounds it against the Han count."""
    sample = text[:4000]
    return len(_NOT_TEXT.findall(sample)) <= len(sample) // 50


def lost(text: str) -> bool:
    """More U+FFFD than Chinese characters: the words were replaced before the file was written (a GBK page
    decoded as UTF-8 and saved), not a line lost on the way ('��ǰλ��' over a page that reads)."""
    sample = text[:4000]
    replaced = sample.count("\ufffd")
    return replaced > 10 and replaced > len(HAN_CHAR.findall(sample))  # Han counted only when it can matter
