"""Document rules: the file reads and holds tasks; the 版头/版记 metadata the standard expects is there
(GB/T 9704-2012: 发文字号, 成文日期, 发文机关署名). Web copies often drop them, hence warnings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import NoTasksError
from ..store import RECORD_SUFFIXES
from .context import Context
from .registry import Hit, rule

READABLE = "a circular as text (UTF-8, GB18030 …), .docx, .pdf with a text layer or .html"
RECORD = "a Document record written by zhifa parse"


@rule("ZF001", "parse-error", "error",
      "The file cannot be read: missing, empty, binary, damaged, or in a form zhifa does not read (.doc, a scan).",
      "a .txt saved as UTF-16 without BOM and cut in half; an empty file; a .doc", scope="file")
def parse_error(ctx: Context) -> Iterator[Hit]:
    if ctx.error is not None and not isinstance(ctx.error, NoTasksError):
        wanted = RECORD if ctx.path.endswith(RECORD_SUFFIXES) else READABLE
        yield Hit(ctx.error.line or 1, f"{ctx.error.message}; expected {wanted}")


@rule("ZF002", "no-tasks", "error",
      "The text decodes but holds no numbered task (1. 2. …, or （一）（二）… when those carry the tasks).",
      "a 通知 without its attachment, a page of prose", scope="file")
def no_tasks(ctx: Context) -> Iterator[Hit]:
    if isinstance(ctx.error, NoTasksError):
        yield Hit(ctx.error.line or ctx.top_line, "no numbered task found; expected tasks numbered 1. 2. … "
                                                  "under headings 一、（一）…")


# The 版头/版记 fields: (id, name, Document field, description, example, message). One rule each, one
# shape: the field is empty, so the finding points at the top of the document.
_METADATA = [
    ("ZF014", "missing-doc-number", "doc_number",
     "No 发文字号 (文号) is found in the 通知 wrapper.",
     "a circular with no line such as 饶府办字〔2024〕10号",
     "no 发文字号 (文号) found; expected a line such as 饶府办字〔2024〕10号 under the 发文机关标志"),
    ("ZF015", "missing-date", "date",
     "No 成文日期 (the date the document was signed) is found.",
     "no line such as 2024年2月23日 under the signature",
     "no 成文日期 found; expected a line such as 2024年2月23日 under the 发文机关署名, before the plan"),
    ("ZF016", "missing-issuer", "issuer",
     "No issuing body (发文机关) is found: neither a 发文机关标志 at the top nor a 署名 above the 成文日期.",
     "the text starts at the 主送机关 and the date line has no signature above it",
     "no issuer (发文机关) found; expected a 署名 such as 上饶市人民政府办公室 above the 成文日期, "
     "or the 发文机关标志 at the top"),
]


def _missing(field: str, message: str) -> Callable[[Context], Iterator[Hit]]:
    def find(ctx: Context) -> Iterator[Hit]:
        if getattr(ctx.doc, field) is None:
            yield Hit(ctx.top_line, message)

    find.__name__ = f"missing_{field}"
    return find


for _id, _name, _field, _description, _example, _message in _METADATA:
    rule(_id, _name, "warning", _description, _example)(_missing(_field, _message))
