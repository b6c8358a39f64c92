"""Pictures (issue 11, part 4): matrix and coverage heat maps (html, svg, png) that stay small at 3,000
documents, the deadlines timeline (html) and calendar (ics) — read back as a browser and a calendar would."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import numpy as np
from browser import dump_dom, screenshot
from corpus_helpers import run

from zhifa_cli.corpus.heatmap import coverage_heat, matrix_heat
from zhifa_cli.corpus.records import Carrier, CoverageResult, CoverageRow, MatrixResult
from zhifa_cli.render import heatmap, ics
from zhifa_cli.render.corpus_compare_views import coverage_grid, coverage_table_grid, matrix_summary_grid

SVG = "{http://www.w3.org/2000/svg}"


def _out(tmp_path, name: str, *args: str):
    out = tmp_path / name
    result = run(*args, "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def _tips(svg_text: str) -> dict[str, str]:
    """Each titled rect's tooltip -> its fill."""
    root = ET.fromstring(svg_text.encode("utf-8"))
    return {r.find(f"{SVG}title").text: r.get("fill") for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None}


def test_matrix_svg_holds_every_share_in_cluster_order(tmp_path):
    svg = _out(tmp_path, "m.svg", "matrix", "--format", "svg").read_text(encoding="utf-8")
    tips = _tips(svg)
    shares = json.loads(run("matrix", "--format", "json").stdout)
    docs = shares["documents"]
    assert len(tips) == 25  # 5 × 5, the diagonal as itself
    for i, a in enumerate(docs):
        for j, b in enumerate(docs):
            shown = "—" if i == j else f"{shares['shares'][i][j]:g}"
            assert f"{a} → {b}: {shown}" in tips
    assert tips["shangrao → nanchang: 30.4"] == heatmap.SCALE[2] and tips["yandu → shangrao: 0"] == "#ffffff"
    labels = [t.text for t in ET.fromstring(svg.encode()).iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    clustered = json.loads(run("matrix", "--cluster", "--format", "json").stdout)
    assert labels[:-1] == [docs[k] for k in clustered["order"]]  # rows in cluster order (then the legend's 0)


def test_matrix_png_and_html(tmp_path):
    from PIL import Image

    png = Image.open(_out(tmp_path, "m.png", "matrix", "--format", "png"))
    assert png.format == "PNG" and png.width > 300 and png.height > 200
    assert png.getpixel((png.width - 1, png.height - 1)) == (255, 255, 255)
    dom = dump_dom(_out(tmp_path, "m.html", "matrix", "--format", "html"))
    assert dom.count('class="self"') == 5 and dom.count('class="self num"') == 5  # the picture and the table


def test_coverage_svg_scores_and_grouped_documents(tmp_path):
    svg = _out(tmp_path, "c.svg", "coverage", "shangrao", "--all", "--format", "svg").read_text(encoding="utf-8")
    tips = _tips(svg)
    assert tips["6 落实行政裁量权基准制度 → nanchang: 72.9"] == heatmap.SCALE[5]  # the table's "7 (73)"
    assert tips["8 健全事中事后监管工作机制 → shangrao-fazhi: 95.5"] == heatmap.SCALE[6]
    assert tips["1 着力提高政治能力 → nanchang: 0"] == "#ffffff"
    assert len(tips) == 23 * 4


def _big_matrix(n: int = 3000, families: int = 40, seed: int = 1) -> MatrixResult:
    """n documents in `families` families of copied plans: high shares within, low between."""
    rng = np.random.default_rng(seed)
    family = rng.integers(0, families, n)
    share = np.where(family[:, None] == family[None, :], rng.uniform(50, 100, (n, n)), rng.uniform(0, 20, (n, n)))
    share = np.round(share, 1)
    np.fill_diagonal(share, 100)
    order = np.argsort(family, kind="stable").tolist()
    return MatrixResult(documents=[f"city-{k:04d}" for k in range(n)], tasks=[20] * n, shares=share.tolist(),
                        order=order, clusters=(family + 1).tolist(), threshold=50, candidates=0)


def test_a_3000_document_matrix_page_is_small_and_opens(tmp_path):
    m = _big_matrix()
    heat = matrix_heat(m)
    assert heat.aggregated and len(heat.rows) == len(heat.columns) == 60  # at most 60 groups …
    assert {label.split(" ·")[0] for label in heat.rows} == {f"F{k}" for k in range(1, 41)}  # … each inside one of the 40 families
    assert sum(heat.row_sizes) == 3000
    family = [label.split(" ·")[0] for label in heat.rows]
    for i, row in enumerate(heat.values):  # within a family ≥ 50 (as made), between families < 20
        assert all(v is None or (v >= 50 if family[i] == family[j] else v < 20) for j, v in enumerate(row))
    page = tmp_path / "matrix.html"
    page.write_text(heatmap.to_html(heat, [matrix_summary_grid(m)]), encoding="utf-8")
    assert page.stat().st_size < 5_000_000
    dom = dump_dom(page)
    assert dom.count("<tr>") == 3000 + 1 and 'class="heatmap"' in dom  # the header and a row each
    assert screenshot(page, tmp_path / "matrix.png", "1200,1200").stat().st_size > 20_000
    svg, (png, _) = heatmap.to_svg(heat), heatmap.to_png(heat)
    assert len(svg) < 1_000_000 and len(png) < 1_000_000


def test_a_matrix_of_many_families_is_cut_to_sixty_groups():
    heat = matrix_heat(_big_matrix(600, families=150))
    assert len(heat.rows) == 60 and sum(heat.row_sizes) == 600
    assert all(label.startswith("F") for label in heat.rows)


def test_a_3000_document_coverage_page_is_small_and_grouped(tmp_path):
    rng = np.random.default_rng(2)
    n, tasks = 3000, 23
    patterns = rng.random((8, tasks)) < 0.5  # eight ways of carrying the parent down
    kind = rng.integers(0, 8, n)
    rows = [CoverageRow(task=str(t + 1), title=f"任务{t + 1}", carried_by=[
        Carrier(document=f"county-{d:04d}", tasks=[str(t + 1)], scores=[80.0]) for d in range(n) if patterns[kind[d], t]])
        for t in range(tasks)]
    percent = {f"county-{d:04d}": round(100 * patterns[kind[d]].mean(), 1) for d in range(n)}
    c = CoverageResult(parent="province", documents=list(percent), rows=rows, percent=percent, threshold=50,
                       candidates=0)
    heat = coverage_heat(c)
    assert heat.aggregated and len(heat.columns) <= 60 and sum(heat.column_sizes) == n
    for g, members in enumerate(heat.column_members):  # a group: documents of one pattern, all or none carry
        assert {v for v in (row[g] for row in heat.values)} <= {0.0, 100.0}, members[:3]
    page = tmp_path / "coverage.html"
    page.write_text(heatmap.to_html(heat, [coverage_grid(c), coverage_table_grid(c)]), encoding="utf-8")
    assert page.stat().st_size < 5_000_000
    assert 'class="heatmap"' in dump_dom(page)


def _deadlines(*args: str) -> dict:
    return json.loads(run("deadlines", "--as-of", "2024-10-01", *args, "--format", "json").stdout)


def test_deadlines_timeline_lanes_and_diamonds_in_chromium(tmp_path):
    page = _out(tmp_path, "d.html", "deadlines", "--as-of", "2024-10-01", "--format", "html")
    dom = dump_dom(page)
    events = _deadlines()["events"]
    marks = {(e["document"], u, e["due"], e["status"]) for e in events for u in e["units"] or ["(未列单位 no unit)"]}
    assert dom.count('class="due overdue"') == sum(m[3] == "overdue" for m in marks)
    assert dom.count('class="due upcoming"') == sum(m[3] == "upcoming" for m in marks)
    lanes = {(e["document"], u) for e in events for u in e["units"] or ["(未列单位 no unit)"]}
    assert dom.count('<g class="lane"') == len(lanes)
    assert ('<g class="lane" data-document="yandu" data-unit="区司法局">' in dom
            and '<g class="due overdue" data-date="2024-04-30" data-tasks="一.2">' in dom)
    assert 'fill="#cf222e"' in dom and "as of 2024-10-01" in dom
    assert dom.count('class="overdue"') == sum(e["status"] == "overdue" for e in events)  # the table too
    assert screenshot(page, tmp_path / "d.png", "1280,1400").stat().st_size > 30_000


def test_deadlines_ics_parses_one_event_per_due_date(tmp_path):
    import icalendar

    data = _out(tmp_path, "d.ics", "deadlines", "--as-of", "2024-10-01", "--format", "ics").read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(data)
    found = calendar.walk("VEVENT")
    events = _deadlines()["events"]
    assert len(found) == len(events) == len({e.get("UID") for e in found})
    first = next(e for e in found if str(e.get("SUMMARY")) == "盐都区 一.2 组织执法队伍轮训")
    assert str(first.decoded("DTSTART")) == "2024-04-30" and str(first.decoded("DTEND")) == "2024-05-01"
    description = str(first.get("DESCRIPTION"))
    assert "完成时限 deadline: 2024年4月30日前" in description
    assert "责任单位 units: 各镇（区、街道）、区各行政执法部门、区司法局" in description.split("\n")[1]


def test_ics_escapes_and_folds_text_that_reads_back_exactly():
    import icalendar

    text = "第一行，含逗号; 分号\\反斜杠\n第二行" + "长" * 60
    line = "SUMMARY:" + ics.escape_text(text)
    folded = ics.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    event = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\n")
    assert str(event.get("SUMMARY")) == text
    assert ics.escape_text("a\x1bb") == "a\ufffdb"


def test_picture_formats_on_a_terminal_and_a_pipe():
    result = run("coverage", "shangrao", "--all", "--format", "png")  # CliRunner: stdout is a pipe
    assert result.exit_code == 0 and result.stdout_bytes[:8] == b"\x89PNG\r\n\x1a\n"
    svg = run("matrix", "--format", "svg").stdout
    assert ET.parse(io.StringIO(svg)).getroot().tag == f"{SVG}svg"
