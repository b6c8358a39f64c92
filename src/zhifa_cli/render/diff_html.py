"""zhifa diff as one self-contained HTML page: inline CSS, no script, no web font, no CDN — it opens
offline and prints. A and B side by side, <del>/<ins> marks, unit, deadline and target changes highlighted.
Every row carries data-a / data-b task ids so tests (and readers' scripts) can find the pairs."""

from __future__ import annotations

from html import escape

from ..compare import task_text
from ..models import Comparison, Document, Pair
from . import diff_rows as R
from .html_page import FONTS, document

CSS = """
body { font-family: FONTS; margin: 1.5rem; color: #1f2328; line-height: 1.65; }
h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
.doc { margin: .1rem 0; } .tag { display: inline-block; width: 1.4em; font-weight: bold; }
.stats { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; list-style: none; padding: 0; margin: .6rem 0; }
.legend { color: #57606a; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #d0d7de; padding: .45rem .6rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; position: sticky; top: 0; }
col.text { width: 36%; } col.status { width: 9%; } col.changes { width: 19%; }
td.a, td.b { white-space: pre-wrap; word-break: break-all; }
.ids { font-weight: bold; margin-right: .4em; }
del { background: #ffebe9; color: #82071e; text-decoration: line-through; }
ins { background: #dafbe1; color: #116329; text-decoration: underline; }
tr.dropped td.a { background: #fff5f5; } tr.added td.b { background: #f2fff5; }
tr.moved td.status { background: #fff8c5; }
.score { font-size: 1.1rem; font-weight: bold; }
ul.units { list-style: none; margin: 0; padding: 0; }
.unit-added { color: #116329; } .unit-removed { color: #82071e; text-decoration: line-through; }
.unit-role { color: #7d4e00; }
.deadline { margin: .3rem 0 0; padding: .1rem .3rem; background: #fbefff; }
.deadline.later, .deadline.removed { background: #ffd8b5; font-weight: bold; }
ul.targets { list-style: none; margin: .3rem 0 0; padding: 0; }
.target { padding: .1rem .3rem; background: #ddf4ff; } .target.looser { background: #ffebe9; font-weight: bold; }
.target.stricter { background: #dafbe1; }
.why { margin: .4rem 0 0; padding: 0; list-style: none; color: #57606a; font-size: .85rem; }
.why li { margin: .15rem 0; } .why .concept { color: #0550ae; }
@media print { th { position: static; } }
""".replace("FONTS", FONTS)


def to_html(comparison: Comparison, a: Document, b: Document) -> str:
    body = [_header(comparison, a, b), '<table class="diff">',
            '<colgroup><col class="text"><col class="text"><col class="status"><col class="changes"></colgroup>',
            f"<thead><tr><th>A {escape(a.id)}</th><th>B {escape(b.id)}</th><th>score · status</th>"
            "<th>units · deadlines · targets · why 单位 · 时限 · 指标 · 依据</th></tr></thead>", "<tbody>"]
    body += [_row(row) for row in R.rows(comparison, a, b)]
    body += ["</tbody>", "</table>"]
    return document(f"zhifa diff: {a.id} → {b.id}", CSS, "\n".join(body))


def _header(comparison: Comparison, a: Document, b: Document) -> str:
    s = comparison.stats
    items = "".join(f"<li><b>{getattr(s, name)}</b> {label}</li>" for name, label in R.COUNTS.items())
    return (f"<header>\n<h1>zhifa diff</h1>\n{_doc('A', a)}\n{_doc('B', b)}\n<ul class=\"stats\">{items}</ul>\n"
            f'<p class="legend"><del>删除 deleted</del> · <ins>新增 inserted</ins> · '
            f"threshold {s.threshold:g} · scores 0–100</p>\n</header>")


def _doc(tag: str, doc: Document) -> str:
    extra = " · ".join(x for x in (doc.region, doc.date.isoformat() if doc.date else None) if x)
    return (f'<p class="doc"><span class="tag">{tag}</span>{escape(R.heading(doc))}'
            + (f" · {escape(extra)}" if extra else "") + "</p>")


def _row(row: R.Row) -> str:
    classes = [row.kind] + ([row.pair.status] + ["moved"] * row.pair.moved if row.pair else [])
    attrs = f' class="{" ".join(classes)}" data-a="{escape(",".join(t.id for t in row.a))}"' \
            f' data-b="{escape(",".join(t.id for t in row.b))}"'
    if row.pair is None:
        a = _plain(row.a) if row.a else "—"
        b = _plain(row.b) if row.b else "—"
        why = f'<ul class="why candidate"><li>{escape(R.candidate_line(row))}</li></ul>'
        return f'<tr{attrs}><td class="a">{a}</td><td class="b">{b}</td>' \
               f'<td class="status">{escape(R.status(row))}</td><td class="changes">{why}</td></tr>'
    pair = row.pair
    return (f'<tr{attrs} data-score="{pair.score:g}"><td class="a">{_side(row.a, pair, "delete")}</td>'
            f'<td class="b">{_side(row.b, pair, "insert")}</td>'
            f'<td class="status"><span class="score">{pair.score:g}</span><br>{escape(R.status(row))}</td>'
            f'<td class="changes">{_changes(pair)}</td></tr>')


def _ids(tasks: tuple) -> str:
    return f'<span class="ids">{escape(R.ids(tasks))}</span>'


def _plain(tasks: tuple) -> str:
    return _ids(tasks) + escape("\n".join(task_text(t) for t in tasks))


def _side(tasks: tuple, pair: Pair, own: str) -> str:
    tag = "del" if own == "delete" else "ins"
    parts = [escape(piece) if op == "equal" else f"<{tag}>{escape(piece)}</{tag}>"
             for op, piece in pair.diff if op in ("equal", own)]
    return _ids(tasks) + "".join(parts)


def _changes(pair: Pair) -> str:
    units = "".join(f'<li class="unit-{kind}">{escape(line)}</li>' for kind, line in R.unit_lines(pair.units))
    html = f'<ul class="units">{units}</ul>' if units else ""
    deadline = R.deadline_line(pair.deadlines)
    if deadline:
        html += f'<p class="deadline {pair.deadlines.change}">{escape(deadline)}</p>'
    targets = "".join(f'<li class="target {c.change}">{escape(R.target_line(c))}</li>' for c in pair.targets)
    if targets:
        html += f'<ul class="targets">{targets}</ul>'
    why = "".join(f"<li>{escape(line)}</li>" for line in R.why_lines(pair))
    return html + f'<ul class="why" title="why paired 配对依据">{why}</ul>'
