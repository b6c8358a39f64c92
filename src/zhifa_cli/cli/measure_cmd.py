"""zhifa measure DOC:TASK: one measure (a numbered task) across every document that carries it."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .. import settings
from ..documents import open_document
from ..errors import UsageError
from ..render import terminal
from ..store import DataDir
from .app import AllOption, DataOption, IdsArg, OutOption, QuietOption, app
from .corpus_cmds import finish, load_docs
from .output import warn_replaced, write_binary, write_text


class MeasureFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"
    xlsx = "xlsx"


def split_ref(ref: str) -> tuple[str, str]:
    """'shangrao:6' -> ('shangrao', '6'); the last ':' separates, so a path may hold one."""
    name, sep, task = ref.rpartition(":")
    if not sep or not name or not task:
        raise UsageError(f"{ref!r}: name the task as DOCUMENT:TASK, e.g. shangrao:6 or yandu:一.2")
    return name, task.strip()


@app.command(no_args_is_help=True)
def measure(
    ref: Annotated[str, typer.Argument(metavar="DOC:TASK", help="The measure: a document (id, path, prefix or "
                                       "region) and one of its task ids, e.g. shangrao:6.", show_default=False)],
    ids: IdsArg = None, all_: AllOption = False,
    threshold: Annotated[float | None, typer.Option("--threshold", "-t", min=10, max=100, show_default=False,
                                                    help="Least score (0–100) that pairs two tasks, as in zhifa "
                                                    "diff (default: its diff-threshold, 15).")] = None,
    fmt: Annotated[MeasureFormat, typer.Option("--format", "-f", help="text, json, html or xlsx.")]
    = MeasureFormat.text,
    out: OutOption = None, quiet: QuietOption = False, data: DataOption = None,
) -> None:
    """一项举措 One measure across documents: how every other plan words it, who does it, by when.

    Each document is aligned with DOC by zhifa diff's engine; its version of the task is shown with the
    words that differ from DOC's marked, its units and deadlines and what changed in them, and the score.

    Example: zhifa measure shangrao:6 --all --format xlsx -o measure.xlsx
    """
    from ..corpus.measure import measure as build  # jieba: only here
    from ..render import measure_views as views

    name, task = split_ref(ref)
    chosen = open_document(name, DataDir.default(data))
    corpus = load_docs(data, None if all_ else ids, quiet=quiet)
    everyone = corpus.documents if not ids or all_ else load_docs(data, None, quiet=True).documents
    threshold = settings.load().diff_threshold if threshold is None else threshold
    result = build(chosen, task, corpus.documents, threshold=threshold, corpus=[chosen, *everyone])
    if not result.versions:
        raise UsageError(f"no other document to compare {chosen.id}:{task} with: name some or use --all")
    if fmt is MeasureFormat.text:
        _table(views.terminal_renderables(result), out)
    elif fmt is MeasureFormat.json:
        write_text(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n", out)
    elif fmt is MeasureFormat.html:
        write_text(views.to_html(result), out)
    else:
        replaced: list[str] = []
        data_bytes = views.to_xlsx(result, replaced)
        warn_replaced(out or Path("<stdout>"), replaced)
        write_binary(data_bytes, out, fmt.value)
    finish(corpus)


def _table(renderables: list, out: Path | None) -> None:
    console = terminal.console()
    if out is None:
        for each in renderables:
            console.print(each, soft_wrap=False)
        return
    with console.capture() as captured:
        for each in renderables:
            console.print(each, soft_wrap=False)
    write_text(captured.get(), out)
