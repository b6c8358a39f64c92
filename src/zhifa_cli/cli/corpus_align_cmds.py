"""zhifa matrix / coverage / trace: many circulars through the compare engine, with blocking."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from .. import settings
from ..compare.batch import Options
from ..documents import corpus_stamp, open_document
from ..errors import UsageError
from ..progress import SILENT
from ..render import corpus_compare_views as views
from ..render import terminal
from ..render.progress import progress_for
from ..store import DataDir
from .app import AllOption, DataOption, IdsArg, OutOption, QuietOption, app
from .corpus_cmds import FormatOption, ViewFormat, finish, load_docs, show
from .output import write_binary, write_text


class PictureFormat(StrEnum):
    text = "text"
    csv = "csv"
    json = "json"
    html = "html"  # the heat map, then the table
    svg = "svg"
    png = "png"


PICTURES = (PictureFormat.html, PictureFormat.svg, PictureFormat.png)
PictureOption = Annotated[PictureFormat, typer.Option("--format", "-f", help="text, csv, json, html (a heat map "
                                                      "and the table), svg or png (the heat map).")]


class Engine(StrEnum):
    local = "local"
    dask = "dask"


CorpusThreshold = Annotated[float | None, typer.Option("--threshold", "-t", min=0, max=100, show_default=False,
                                                      help="Least score (0–100) of a pair that counts (default: 50, "
                                                      "or corpus-threshold in zhifa.toml / \\[tool.zhifa]).")]
EngineOption = Annotated[Engine, typer.Option("--engine", help="local (this machine's cores) or dask.")]
SchedulerOption = Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. "
                                                     "tcp://10.0.0.5:8786 (with --engine dask).", show_default=False)]
WorkersOption = Annotated[int | None, typer.Option("--workers", min=1, help="Local processes (default: all cores).",
                                                   show_default=False)]


def options(threshold: float | None, engine: Engine, scheduler: str | None, workers: int | None,
            quiet: bool) -> Options:
    """The engine's options: what the command line says, else corpus-threshold and workers of the config
    file (settings.py), else their defaults."""
    if engine is Engine.local and scheduler:
        raise UsageError("--scheduler goes with --engine dask")
    configured = settings.load()
    return Options(threshold=configured.corpus_threshold if threshold is None else threshold, engine=engine.value,
                   scheduler=scheduler, workers=configured.workers if workers is None else workers,
                   progress=progress_for(quiet) or SILENT)


@app.command()
def matrix(
    ids: IdsArg = None, all_: AllOption = False,
    cluster: Annotated[bool, typer.Option("--cluster", help="Order documents so that families of copied "
                                          "plans sit together.")] = False,
    threshold: CorpusThreshold = None, engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None, workers: WorkersOption = None,
    fmt: PictureOption = PictureFormat.text, out: OutOption = None, quiet: QuietOption = False,
    data: DataOption = None,
) -> None:
    """相似度矩阵 Document × document similarity: the share of tasks paired, both directions.

    html, svg and png draw a heat map in cluster order; above 200 documents its rows are families.

    Example: zhifa matrix --all --cluster --format html --out matrix.html
    """
    from ..corpus.matrix import matrix as build
    from ..corpus.matrix import remember, warm_matrix

    cluster = cluster or fmt in PICTURES  # a picture is read in cluster order
    opts = options(threshold, engine, scheduler, workers, quiet)
    root = DataDir.default(data)
    stamp = corpus_stamp(root) if all_ or not ids else None  # the whole corpus: a warm run loads no record
    result = warm_matrix(stamp, opts, cluster=cluster) if stamp else None
    corpus = None
    if result is None:
        corpus = load_docs(data, None if all_ else ids, quiet=quiet)
        if len(corpus.documents) < 2:
            raise UsageError("a matrix needs at least two documents")
        result = build(list(corpus.documents), opts, cluster=cluster)
        if stamp and corpus.from_records() and corpus_stamp(root) == stamp:
            remember(stamp, list(corpus.documents))
    square = len(result.documents) <= views.SQUARE_UP_TO or fmt in (PictureFormat.csv, PictureFormat.json)
    if fmt is PictureFormat.json:  # the records alone: no grid to lay out (a million cells at 1,000 documents)
        grid = None
    else:
        grid = views.matrix_grid(result) if square else views.matrix_summary_grid(result)
    if fmt in PICTURES:
        from ..corpus.heatmap import matrix_heat

        picture(matrix_heat(result), [grid], fmt, out, f"threshold {opts.threshold:g}")
    else:
        show(grid, result.model_dump(mode="json"), ViewFormat(fmt.value), out, f"threshold {opts.threshold:g}",
             compact=True)
    if corpus is not None:
        finish(corpus)


@app.command(no_args_is_help=True)
def coverage(
    parent: Annotated[str, typer.Argument(help="The parent plan: id, path, prefix or region.")],
    ids: IdsArg = None, all_: AllOption = False,
    threshold: CorpusThreshold = None, engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None, workers: WorkersOption = None,
    fmt: PictureOption = PictureFormat.text, out: OutOption = None, quiet: QuietOption = False,
    data: DataOption = None,
) -> None:
    """落实情况 For each task of PARENT, which documents carry it (task ids, scores) and coverage %.

    html, svg and png draw a heat map (parent tasks × documents that carry the same tasks side by side);
    above 200 documents its columns are groups of such documents.

    Example: zhifa coverage shangrao --all --format csv > coverage.csv
    """
    from ..corpus.coverage import coverage as build
    from ..corpus.coverage import remember, warm_coverage

    root = DataDir.default(data)
    parent_doc = open_document(parent, root)
    opts = options(threshold, engine, scheduler, workers, quiet)
    stamp = corpus_stamp(root) if all_ or not ids else None  # the whole corpus: a warm run loads no record
    result = warm_coverage(parent_doc, stamp, opts) if stamp else None
    corpus = None
    if result is None:
        corpus = load_docs(data, None if all_ else ids, quiet=quiet)
        result = build(parent_doc, list(corpus.documents), opts)
        if stamp and corpus.from_records() and corpus_stamp(root) == stamp:
            remember(stamp, list(corpus.documents))
    grids = [views.coverage_grid(result)]
    if fmt in (PictureFormat.text, *PICTURES) and len(result.documents) > views.WIDE_UP_TO:
        grids.append(views.coverage_table_grid(result))  # too many documents for columns: one row each
    if fmt in PICTURES:
        from ..corpus.heatmap import coverage_heat

        picture(coverage_heat(result), grids, fmt, out, f"threshold {opts.threshold:g}")
    else:
        show(grids, result.model_dump(mode="json"), ViewFormat(fmt.value), out, f"threshold {opts.threshold:g}")
    if corpus is not None:
        finish(corpus)


def picture(heat, grids: list, fmt: PictureFormat, out, meta: str) -> None:
    """The heat map as SVG or PNG, or an HTML page with the heat map above the tables."""
    from ..render import heatmap

    if fmt is PictureFormat.svg:
        write_text(heatmap.to_svg(heat), out)
    elif fmt is PictureFormat.png:
        data, note = heatmap.to_png(heat)
        if note:
            terminal.to_stderr(f"zhifa: warning: {note}")
        write_binary(data, out, fmt.value)
    else:
        write_text(heatmap.to_html(heat, grids, meta), out)


@app.command(no_args_is_help=True)
def trace(
    name: Annotated[str, typer.Argument(help="The circular to trace: id, path, prefix or region.")],
    threshold: CorpusThreshold = None, engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None, workers: WorkersOption = None,
    fmt: FormatOption = ViewFormat.text, out: OutOption = None, quiet: QuietOption = False,
    data: DataOption = None,
) -> None:
    """溯源 For each task, its most likely source among older circulars (publication order): a family tree.

    Example: zhifa trace nanchang --format json
    """
    from ..corpus.trace import trace as build

    target = open_document(name, DataDir.default(data))
    corpus = load_docs(data, None, quiet=quiet)
    result = build(target, list(corpus.documents), options(threshold, engine, scheduler, workers, quiet))
    show(views.trace_grid(result), result.model_dump(mode="json"), fmt, out, " ← ".join(result.lineage))
    finish(corpus)


__all__ = ["coverage", "matrix", "trace"]
