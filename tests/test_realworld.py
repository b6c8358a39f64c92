"""The parser's figures on two sets of circulars it was not written from, scored against hand-labelled
gold with ../shared/realworld/score.py:

- ../shared/realworld: 20 real excerpts of other governments' circulars (read-only, outside the project;
  the issue's bar: task F1 ≥ 0.97, unit F1 ≥ 0.93, deadline F1 ≥ 0.90, metadata ≥ 90%);
- tests/probe: 34 made-up excerpts in layouts neither set nor the seeds show (written with their gold
  before the parser was run on them; tests/probe/README.md), and 44 more of the second and third rounds
  (Q*, R*: ordinary provincial / city / county / town layouts), 17 of the fourth (S*), 10 of the fifth (T*:
  document types the others lack), 12 of the sixth (U*: clause and unit spellings the others lack) and 15 of the
  seventh (V*: task tables as web pages and Word/PDF attachments leave them), 30 of the eighth (W*: prose plans),
  16 of the ninth (X*: the page a circular is published on), 20 of the tenth (Y*: task tables once more), 10 of the
  eleventh (Z*: ordinary pages), 20 of the twelfth (AA*: fresh ordinary page openings, the hidden set's kind), 15
  of the thirteenth (AB*: task tables in renderings the others lack — CSV, box drawing, full-width space cells,
  dashed sub-rows, role lines in a cell) and 20 of the fourteenth (AC*: page heads as government sites vary them —
  block templates, 文号 and date forms, issuers, autonomous / zone / street / banner regions) and 15 of the fifteenth
  (AD*: a fresh mix of page openings — prose plans, task tables, page furniture and a traditional mirror), 20 of the
  sixteenth (AE*: task tables and prose pages) and 15 of the seventeenth (AF*: task tables copied from PDF and Word,
  a 问题整改清单, half-width and mirror pages, prose kinds not seen before), 12 of the eighteenth (AG*: prose pages
  and tables drawn like the development set) and 6 of the nineteenth (AH*: prose 通知 + 方案 pages with varied
  responsibility spellings), each set held to the bar on its own.

Skipped where the scorer is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhifa_cli.errors import NoTasksError
from zhifa_cli.parse import parse_file

TESTS = Path(__file__).resolve().parent
REALWORLD = TESTS.parents[1] / "shared" / "realworld"
PROBE = (TESTS / "probe" / "texts", TESTS / "probe" / "gold")
# each round of probe pages (tests/probe/README.md): how many pages, and the names they start with
ROUNDS = {"probe": (34, "P*"),
          "probe2": (44, "[QR]*"),
          "probe3": (17, "S*"),
          "probe4": (10, "T*"),
          "probe5": (12, "U*"),
          "probe6": (15, "V*"),
          "probe7": (30, "W*"),
          "probe8": (16, "X*"),
          "probe9": (20, "Y*"),
          "probe10": (10, "Z*"),
          "probe11": (20, "AA*"),
          "probe12": (15, "AB*"),
          "probe13": (20, "AC*"),
          "probe14": (15, "AD*"),
          "probe15": (20, "AE*"),
          "probe16": (15, "AF*"),
          "probe17": (12, "AG*"),
          "probe18": (6, "AH*"),
          "probe19": (18, "AI*"),
          "probe20": (8, "AJ*"),
          "probe21": (6, "AK*"),
          "probe22": (12, "AL*"),
          "probe23": (16, "AM*"),
          "probe24": (14, "AN*"),
          "probe25": (14, "AO*"),
          "probe26": (12, "AP*"),
          "probe27": (14, "AQ*"),
          "probe28": (13, "AR*"),
          "probe29": (14, "AS*"),
          "probe30": (14, "AT*"),
          "probe31": (12, "AU*"),
          "probe32": (14, "AV*"),
          "probe33": (14, "AW*"),
          "probe34": (14, "AX*"),
          "probe35": (14, "AY*"),
          "probe36": (12, "AZ*"),
          "probe37": (12, "BA*"),
          "probe38": (12, "BB*"),
          "probe39": (12, "BC*"),
          "probe40": (13, "BD*"),
          "probe41": (14, "BE*"),
          "probe42": (12, "BF*"),
          "probe43": (12, "BG*"),
          "probe44": (14, "BH*"),
          "probe45": (12, "BI*"),
          "probe46": (12, "BJ*"),
          "probe47": (12, "BK*"),
          "probe48": (12, "BL*"),
          "probe49": (12, "BM*"),
          "probe50": (12, "BN*"),
          "probe51": (12, "BO*"),
          "probe52": (12, "BP*"),
          "probe53": (12, "BQ*"),
          "probe54": (12, "BR*"),
          "probe55": (12, "BS*"),
          "probe56": (12, "BT*"),
          "probe57": (12, "BU*"),
          "probe58": (12, "BV*"),
          "probe59": (12, "BW*"),
          "probe60": (12, "BX*"),
          "probe61": (12, "BY*"),
          "probe62": (12, "BZ*"),
          "probe63": (12, "CA*"),
          "probe64": (10, "CB*"),
          "probe65": (10, "CC*"),
          "probe66": (10, "CD*"),
          "probe67": (8, "CE*"),
          "probe68": (8, "CF*"),
          "probe69": (8, "CG*"),
          "probe70": (8, "CH*"),
          "probe71": (6, "CI*"),
          "probe72": (6, "CJ*")}  # BZ05 and CA07 (no task on the page, gold task_count 0) raise ZF002 by design
SETS = {"realworld": (REALWORLD / "raw", REALWORLD / "gold", 20, "*"),
        **{name: (*PROBE, count, pattern) for name, (count, pattern) in ROUNDS.items()}}
BAR = {"task_f1": 0.97, "unit_f1": 0.93, "deadline_f1": 0.90, "meta": 0.90}

pytestmark = pytest.mark.skipif(not (REALWORLD / "score.py").exists(), reason="../shared/realworld not here")


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory):
    raw, gold, count, pattern = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    paths = sorted(raw.glob(f"{pattern}.txt"))
    for path in list(paths):
        try:
            (out / f"{path.stem}.json").write_text(parse_file(path).model_dump_json(), encoding="utf-8")
        except NoTasksError:
            # round CA: a page cut before any task (CA07, inside 指导思想) — its gold says 'task_count: 0', and the
            # parser's 'no numbered task' agrees; any other page that finds no task still fails
            assert _no_task_gold(gold / f"{path.stem}.yaml"), path.name
            paths.remove(path)
            count -= 1
    pairs = [f"{path.stem}={path.stem}" for path in paths]
    done = subprocess.run([sys.executable, str(REALWORLD / "score.py"), str(out), "--gold", str(gold), "--json",
                           "--pairs", *pairs],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["summary"], count


def _no_task_gold(path: Path) -> bool:
    return path.exists() and "\ntask_count: 0\n" in path.read_text(encoding="utf-8")


def test_every_excerpt_parses(scored):
    summary, count = scored
    assert summary["docs"] == count
    assert summary["exact_task_counts"] >= count - 2


def test_scores_meet_the_bar(scored):
    summary, _ = scored
    ok, total = map(int, summary["meta"].split("/"))
    got = {**{key: summary[key] for key in ("task_f1", "unit_f1", "deadline_f1")}, "meta": ok / total}
    assert all(got[key] >= bar for key, bar in BAR.items()), got
