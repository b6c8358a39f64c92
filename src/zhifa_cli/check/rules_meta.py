"""Document rules: the file reads and holds tasks; the 版头/版记 metadata the standard expects is there
(GB/T 9704-2012: 发文字号, 成文日期, 发文机关署名). Web copies often drop them, hence warnings."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import NoTasksError, ReadError
from .context import Context
from .registry import Hit, rule


@rule("ZF001", "parse-error", "error",
      "The file cannot be read or decoded (not UTF-8/GB18030 text, empty, binary).",
      "a .txt saved as UTF-16 without BOM and cut in half; an empty file", scope="file")
def parse_error(ctx: Context) -> Iterator[Hit]:
    if isinstance(ctx.error, ReadError):
        yield Hit(ctx.error.line or 1, f"{ctx.error.message}; expected a UTF-8 (or GB18030) text circular")


@rule("ZF002", "no-tasks", "error",
      "The text decodes but holds no numbered task (1. 2. …, or （一）（二）… when those carry the tasks).",
      "a 通知 without its attachment, a page of prose", scope="file")
def no_tasks(ctx: Context) -> Iterator[Hit]:
    if isinstance(ctx.error, NoTasksError):
        yield Hit(ctx.error.line or ctx.top_line, "no numbered task found; expected tasks numbered 1. 2. … "
                                                  "under headings 一、（一）…")


@rule("ZF014", "missing-doc-number", "warning",
      "No 发文字号 (文号) is found in the 通知 wrapper.",
      "a circular with no line such as 饶府办字〔2024〕10号")
def missing_doc_number(ctx: Context) -> Iterator[Hit]:
    if ctx.doc.doc_number is None:
        yield Hit(ctx.top_line, "no 发文字号 (文号) found; expected a line such as 饶府办字〔2024〕10号 "
                                "under the 发文机关标志")


@rule("ZF015", "missing-date", "warning",
      "No 成文日期 (the date the document was signed) is found.",
      "no line such as 2024年2月23日 under the signature")
def missing_date(ctx: Context) -> Iterator[Hit]:
    if ctx.doc.date is None:
        yield Hit(ctx.top_line, "no 成文日期 found; expected a line such as 2024年2月23日 under the 发文机关署名, "
                                "before the plan")


@rule("ZF016", "missing-issuer", "warning",
      "No issuing body (发文机关) is found: neither a 发文机关标志 at the top nor a 署名 above the 成文日期.",
      "the text starts at the 主送机关 and the date line has no signature above it")
def missing_issuer(ctx: Context) -> Iterator[Hit]:
    if ctx.doc.issuer is None:
        yield Hit(ctx.top_line, "no issuer (发文机关) found; expected a 署名 such as 上饶市人民政府办公室 above the "
                                "成文日期, or the 发文机关标志 at the top")
