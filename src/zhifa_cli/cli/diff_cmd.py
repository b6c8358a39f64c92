"""zhifa diff."""

from __future__ import annotations

import hashlib
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .. import settings
from ..compare import (
    EVENTS,
    LEAST_THRESHOLD,
    REWORDED,
    SHOWN,
    compare,
    corpus_idf,
    differences,
    kept_idf,
    select,
    task_text,
)
from ..documents import corpus_stamp, load_corpus, open_document
from ..errors import UsageError
from ..models import Comparison, Document
from ..render import terminal
from ..store import DataDir
from .app import DataOption, app
from .output import warn_replaced, write_binary, write_text


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"
    html = "html"
    docx = "docx"  # binary: B's wording as tracked changes against A's
    xlsx = "xlsx"


BINARY = (DiffFormat.docx, DiffFormat.xlsx)


@app.command(no_args_is_help=True)
def diff(
    a: Annotated[str, typer.Argument(metavar="A", help="Document A: id, path, id prefix or region.",
                                     show_default=False)],
    b: Annotated[str, typer.Argument(metavar="B", help="Document B, compared against A.", show_default=False)],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.text,
    output: Annotated[Path | None, typer.Option("--out", "--output", "-o", help="Write to this file (whole or not "
                                                "at all) instead of stdout.", metavar="FILE", show_default=False)] = None,
    only: Annotated[str | None, typer.Option(help=f"Show only these kinds (comma-separated): {','.join(SHOWN)}.",
                                             show_default=False)] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", "-t", min=0, max=100, show_default=False,
                                                    help="Least task-to-task score (0–100) that pairs two tasks; "
                                                    "below 10 it acts as 10 (default: 15, or diff-threshold in "
                                                    "zhifa.toml / \\[tool.zhifa]).")] = None,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when the documents differ at all.")] = False,
    fail_on: Annotated[str | None, typer.Option(help="Exit 1 when any of these occur (comma-separated): "
                                                f"{', '.join(EVENTS)}.", show_default=False)] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a BOM (for Excel).")] = False,
    data: DataOption = None,
) -> None:
    """比较两个文件 Align two circulars task by task and show what changed.

    Pairs every task of A with the task(s) of B that carry the same measure (also when worded differently: a policy lexicon, the sections, units and order agree), says why (shared terms, equivalences, agreement), and reports reworded text, tasks dropped or added, tasks moved to another section, changed units (责任单位) and deadlines (完成时限), and numeric targets (量化指标) made looser or stricter. Exit 0, unless --exit-code or --fail-on finds what it asks for (then 1).

    --format docx writes B's wording as tracked changes (修订) against A's (Word: Review → Accept All gives
    B's text); --format xlsx one row per pair, changed words coloured inside the cells.

    Example: zhifa diff shangrao nanchang --only changed,added --format html -o diff.html
    """
    shown, failing = _names(only, SHOWN, "--only"), _names(fail_on, EVENTS, "--fail-on")
    threshold = _floored(settings.load().diff_threshold if threshold is None else threshold)
    corpus = DataDir.default(data)
    doc_a, doc_b = open_document(a, corpus), open_document(b, corpus)
    idf = kept_idf(_idf_key(corpus, [doc_a, doc_b]), lambda: corpus_idf(_corpus(corpus, [doc_a, doc_b])))
    comparison = compare(doc_a, doc_b, idf=idf, threshold=threshold, model=REWORDED)
    _emit(select(comparison, shown) if shown else comparison, doc_a, doc_b, fmt, output, bom)
    _exit(differences(comparison), exit_code, failing)


def _floored(threshold: float) -> float:
    """No two tasks pair below the aligner's floor whatever the threshold: say so, and use (and report)
    the floor, so that the output never claims a threshold that did not apply."""
    floor = LEAST_THRESHOLD
    if threshold < floor:
        terminal.to_stderr(f"zhifa: note: --threshold {threshold:g} is below the floor of {floor:g} (no pair is "
                       f"made under {floor:g}); using {floor:g}")
        return floor
    return threshold


def _exit(found: Counter[str], exit_code: bool, failing: set[str]) -> None:
    """Exit 1 for --exit-code / --fail-on, saying on stderr what made it so."""
    def counts(names) -> str:
        return ", ".join(f"{name} ({found[name]})" for name in sorted(names, key=EVENTS.index))

    if failing & set(found):
        terminal.to_stderr(f"zhifa: --fail-on: {counts(failing & set(found))}")
        raise typer.Exit(1)
    if exit_code and found:
        terminal.to_stderr(f"zhifa: --exit-code: the documents differ: {counts(found)}")
        raise typer.Exit(1)


def _names(value: str | None, known: tuple[str, ...], option: str) -> set[str]:
    names = {part.strip() for part in (value or "").split(",") if part.strip()}
    unknown = sorted(names - set(known))
    if unknown:
        raise UsageError(f"{option}: unknown {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def _idf_key(data: DataDir, compared: list[Document]) -> str:
    """What _corpus() is made of, named without loading the corpus: its files (documents.corpus_stamp) and
    the compared documents' sources and task texts (a record edited by hand keeps its source's hash)."""
    parts = [corpus_stamp(data)]
    for doc in compared:
        parts += [doc.source.sha256, *(task_text(task) for task in doc.tasks), "\x00"]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _corpus(data: DataDir, compared: list[Document]) -> list[Document]:
    """Documents idf is counted over: those of the data folder, and the compared ones (once each). A broken
    file in the folder only costs it its vote in the weights."""
    found = {doc.source.sha256: doc for doc in compared}
    for doc in load_corpus(data).documents:
        found.setdefault(doc.source.sha256, doc)
    return list(found.values())


def _emit(comparison: Comparison, a: Document, b: Document, fmt: DiffFormat, output: Path | None,
          bom: bool) -> None:
    if output is None and fmt is DiffFormat.text:
        from ..render import diff_terminal

        diff_terminal.show(comparison, a, b, terminal.console())
        return
    if fmt in BINARY:
        write_binary(_binary(comparison, a, b, fmt, output), output, fmt.value)
        return
    write_text(_render(comparison, a, b, fmt, bom), output)


def _binary(comparison: Comparison, a: Document, b: Document, fmt: DiffFormat, output: Path | None) -> bytes:
    if fmt is DiffFormat.docx:
        from ..render.diff_docx import to_docx

        return to_docx(comparison, a, b)
    from ..render.diff_xlsx import to_xlsx

    replaced: list[str] = []
    data = to_xlsx(comparison, a, b, replaced)
    warn_replaced(output or Path("<stdout>"), replaced)
    return data


def _render(comparison: Comparison, a: Document, b: Document, fmt: DiffFormat, bom: bool) -> str:
    from ..render import diff_formats, diff_html, diff_terminal

    renderers = {  # the text formats; text written to a file is the plain text
        DiffFormat.json: lambda: diff_formats.to_json(comparison),
        DiffFormat.markdown: lambda: diff_formats.to_markdown(comparison, a, b),
        DiffFormat.csv: lambda: diff_formats.to_csv(comparison, a, b, bom=bom),
        DiffFormat.html: lambda: diff_html.to_html(comparison, a, b),
    }
    return renderers.get(fmt, lambda: diff_terminal.plain_text(comparison, a, b))()
