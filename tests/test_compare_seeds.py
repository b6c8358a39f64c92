"""compare() on the seed circulars: the hand alignment, the invariants, and the values read in the texts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from zhifa_cli.compare import (
    DEFAULT_THRESHOLD,
    REWORDED,
    WORDS,
    compare,
    compare_features,
    corpus_idf,
    document_features,
)
from zhifa_cli.models import Comparison, Pair

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "align_shangrao_tongling-jiaoqu.yaml"


@pytest.fixture(scope="module")
def idf(docs):
    return corpus_idf(docs.values())


@pytest.fixture(scope="module")
def features(docs, idf):
    return {(name, concepts): document_features(doc, idf, concepts=concepts)
            for name, doc in docs.items() for concepts in (False, True)}


@pytest.fixture(scope="module", params=[REWORDED, WORDS], ids=["reworded", "words"])
def diff(request, docs, features, idf):
    """compare() with zhifa diff's model (REWORDED) and with the words-only one the corpus commands use."""
    model = request.param

    def run(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
        return compare_features(docs[a], features[a, model.concepts], docs[b], features[b, model.concepts],
                                threshold=threshold, model=model, idf=idf)
    run.model = model
    return run


def links(comparison: Comparison) -> set[tuple[str, str]]:
    return {(link.a, link.b) for pair in comparison.pairs for link in pair.links}


FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("align_*.yaml"))


def hand_alignment(path: Path = FIXTURE) -> tuple[str, str, set[tuple[str, str]], set[tuple[str, str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    truth = {(a, b) for a, bs in data["links"].items() for b in bs}
    return data["a"], data["b"], truth, {(p["a"], p["b"]) for p in data["partial"]}


def scores(found: set, truth: set, partial: set) -> tuple[float, float, float]:
    found = found - partial
    hits = len(found & truth)
    precision, recall = hits / max(len(found), 1), hits / len(truth)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def test_there_are_hand_alignments_of_independently_written_plans():
    names = {path.stem for path in FIXTURES}
    assert {"align_shangrao_tongling-jiaoqu", "align_nanchang_yandu", "align_shangrao_nanchang"} <= names
    for path in FIXTURES:  # every id in a fixture is a task of its documents
        a, b, truth, partial = hand_alignment(path)
        docs = {doc: {t["id"] for t in yaml.safe_load((ROOT / "data" / "parsed" / f"{doc}.json").read_text("utf-8"))["tasks"]}
                for doc in (a, b)}
        assert all(x in docs[a] and y in docs[b] for x, y in truth | partial), path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem.removeprefix("align_"))
def test_reproduces_every_hand_alignment(docs, idf, path):
    a, b, truth, partial = hand_alignment(path)
    found = links(compare(docs[a], docs[b], idf=idf, model=REWORDED))
    precision, recall, f1 = scores(found, truth, partial)
    assert f1 >= 0.92, (precision, recall, sorted(found - truth - partial), sorted(truth - found))


def test_the_words_only_model_stays_precise(docs, idf):
    a, b, truth, partial = hand_alignment()
    precision, recall, _ = scores(links(compare(docs[a], docs[b], idf=idf)), truth, partial)
    assert precision >= 0.9 and recall >= 0.9


def test_many_to_many_knots_come_out_as_one_group(docs, idf):
    result = compare(docs["nanchang"], docs["yandu"], idf=idf, model=REWORDED)
    groups = {(tuple(p.a), tuple(p.b)) for p in result.pairs}
    # 南昌 17/18/19 (监督机制, 规范监督工作, 创新监督方式) spread over 盐都 四.1–四.4: several tasks on each side
    knot = next(p for p in result.pairs if "18" in p.a)
    assert len(knot.a) >= 2 and len(knot.b) >= 2 and {"四.1", "四.2", "四.3"} <= set(knot.b)
    assert {(link.a, link.b) for link in knot.links} < {(x, y) for x in knot.a for y in knot.b}  # links, not all pairs
    assert (("3", "4"), ("一.4",)) in groups  # 资格管理 + 正向激励 = 加强行政执法及辅助人员管理
    assert (("14", "15"), ("三.3",)) in groups  # 协作 + 衔接 = 协作联动


def test_merged_measures_come_out_as_n_to_1_pairs(docs, idf):
    for model in (WORDS, REWORDED):
        pairs = {(tuple(p.a), tuple(p.b)) for p in compare(docs["shangrao"], docs["tongling-jiaoqu"], idf=idf, model=model).pairs}
        # 铜陵 3 严格执法人员管理 = 上饶 3 资格管理 + 4 责任制; 11 = 13 协作 + 14 衔接; 13 = 17 + 18 监督
        assert {(("3", "4"), ("3",)), (("13", "14"), ("11",)), (("17", "18"), ("13",))} <= pairs, model


def test_a_document_against_itself_pairs_every_task_with_itself_at_the_top_score(docs, diff):
    for name, doc in docs.items():
        result = diff(name, name)
        assert [(p.a, p.b) for p in result.pairs] == [([t.id], [t.id]) for t in doc.tasks], name
        assert all(p.score == 100 and p.status == "same" and not p.moved for p in result.pairs), name
        assert result.only_a == result.only_b == []


def mirror(c: Comparison, order_a: list[str], order_b: list[str]) -> Comparison:
    """What compare(b, a) must be, given compare(a, b) (order_a, order_b: the task ids of A and B)."""
    flip = {"earlier": "later", "later": "earlier", "became-ongoing": "no-longer-ongoing",
            "no-longer-ongoing": "became-ongoing", "removed": "added", "added": "removed", "changed": "changed"}
    ops = {"equal": "equal", "insert": "delete", "delete": "insert"}

    def turn_evidence(e):
        if e is None:
            return None
        return {**e.model_dump(), "equivalences": [{**q.model_dump(), "a": q.b, "b": q.a} for q in e.equivalences]}

    def turn(p: Pair) -> dict:
        units = p.units
        links = sorted(({"a": k.b, "b": k.a, "score": k.score, "evidence": turn_evidence(k.evidence)} for k in p.links),
                       key=lambda k: (order_b.index(k["a"]), order_a.index(k["b"])))
        return {**p.model_dump(), "a": p.b, "b": p.a, "links": links,
                "units": {"added": units.removed, "removed": units.added,
                          "changed": [{"name": r.name_b or r.name, "a": r.b, "b": r.a, "name_b": r.name if r.name_b else None}
                                      for r in units.changed]},
                "deadlines": {"a": p.deadlines.b, "b": p.deadlines.a,
                              "change": flip.get(p.deadlines.change) if p.deadlines.change else None},
                "targets": [{"measure": (t.b or t.a).measure, "a": t.b, "b": t.a,
                             "change": {**flip, "looser": "stricter", "stricter": "looser"}[t.change]}
                            for t in p.targets],
                "diff": turned_diff(p.diff, ops)}

    s = c.stats.model_dump()
    stats = {**s, "a_tasks": s["b_tasks"], "b_tasks": s["a_tasks"], "dropped": s["added"], "added": s["dropped"]}
    pairs = sorted((turn(p) for p in c.pairs), key=lambda p: (p["a"][0], p["b"][0]))
    unpaired = [{"side": "b" if u.side == "a" else "a", "task": u.task, "best": u.best, "score": u.score,
                 "evidence": turn_evidence(u.evidence)} for u in c.unpaired]
    unpaired.sort(key=lambda u: u["side"])
    return Comparison.model_validate({"a": c.b, "b": c.a, "pairs": pairs, "only_a": c.only_b,
                                      "only_b": c.only_a, "unpaired": unpaired, "model": c.model, "stats": stats})


def turned_diff(diff, ops) -> list:
    """Insertions become deletions and back, each change again listing its deletion first."""
    out = [(ops[op], text) for op, text in diff]
    for k in range(len(out) - 1):
        if out[k][0] == "insert" and out[k + 1][0] == "delete":
            out[k], out[k + 1] = out[k + 1], out[k]
    return out


def by_position(c: Comparison, order: list[str]) -> list[Pair]:
    return sorted(c.pairs, key=lambda p: order.index(p.a[0]))


@pytest.mark.parametrize("a, b", [("shangrao", "tongling-jiaoqu"), ("nanchang", "shangrao"), ("yandu", "tongling-jiaoqu")])
def test_swapping_a_and_b_swaps_the_pairs(docs, diff, a, b):
    forward, backward = diff(a, b), diff(b, a)
    assert {(tuple(p.b), tuple(p.a)) for p in forward.pairs} == {(tuple(p.a), tuple(p.b)) for p in backward.pairs}
    expected = mirror(forward, [t.id for t in docs[a].tasks], [t.id for t in docs[b].tasks])
    order = [t.id for t in docs[b].tasks]
    assert by_position(backward, order) == by_position(expected, order)
    assert backward.model_copy(update={"pairs": []}) == expected.model_copy(update={"pairs": []})


@pytest.mark.parametrize("a, b", [("shangrao", "nanchang"), ("shangrao", "shangrao-fazhi"), ("yandu", "nanchang")])
def test_raising_the_threshold_never_adds_a_pair(diff, a, b):
    found = [links(diff(a, b, threshold)) for threshold in (0, 10, 15, 20, 30, 50, 80, 100)]
    assert all(later <= earlier for earlier, later in zip(found, found[1:], strict=False))
    assert found[-1] < found[0]  # at 100 only verbatim copies stay (shangrao-fazhi 21 repeats shangrao 9)


def test_same_inputs_give_the_same_output(docs, idf):
    first = compare(docs["shangrao"], docs["nanchang"], idf=idf).model_dump_json()
    again = compare(docs["shangrao"], docs["nanchang"], idf=dict(reversed(list(idf.items())))).model_dump_json()
    assert first == again


def pair_of(c: Comparison, a_id: str) -> Pair:
    return next(p for p in c.pairs if a_id in p.a)


def test_deadline_moved_later_and_units_renamed_between_shangrao_and_nanchang(diff):
    # 上饶 21 加强队伍建设: table rows 38–40 "2025年6月并长期坚持"; 南昌 22 充实人员力量: "完成时限:2025年10月"
    pair = pair_of(diff("shangrao", "nanchang"), "21")
    assert pair.b == ["22"] and pair.status == "changed"
    assert (pair.deadlines.a, pair.deadlines.b, pair.deadlines.change) == (["2025年6月并长期坚持"], ["2025年10月"], "later")
    # 各县（市、区）人民政府 (上饶) and 县区人民政府 (南昌) are both the city's 下级人民政府: no change; the city's own
    # departments (市级行政执法部门) became those of every level (各级行政执法部门): a change
    assert [u.name for u in pair.units.removed] == ["市级行政执法部门"]
    assert [u.name for u in pair.units.added] == ["各级行政执法部门", "开发区管委会", "湾里管理局"]


def test_support_unit_and_prose_deadline_of_tongling(diff):
    # 铜陵 4: "专项整治情况于2024年6月底前报送区司法局。（责任单位：全区各级行政执法部门，配合单位：区司法局）"
    # against 上饶 5 组织实施专项监督行动, table row 9: 市司法局、各县（市、区）人民政府, 2024年三季度
    pair = pair_of(diff("shangrao", "tongling-jiaoqu"), "5")
    assert pair.b == ["4"]
    assert (pair.deadlines.a, pair.deadlines.b, pair.deadlines.change) == (["2024年三季度"], ["2024年6月底前"], "earlier")
    # 市司法局 of 上饶 and 区司法局 of 铜陵市郊区 are each the plan's own justice bureau: a role change, not a new body
    assert [(u.name, u.role) for u in pair.units.added] == [("全区各级行政执法部门", "responsible")]
    assert [(c.name, c.a, c.b, c.name_b) for c in pair.units.changed] == [("市司法局", "responsible", "support", "区司法局")]
    assert [u.name for u in pair.units.removed] == ["各县（市、区）人民政府"]


def test_inline_difference_of_the_first_task(diff):
    # 上饶 1 "着力提高政治能力。切实把加强党的政治建设放在首位" / 铜陵 1 "着力提升政治能力。全区各级行政执法部门要把政治建设放在首位"
    pair = pair_of(diff("shangrao", "tongling-jiaoqu"), "1")
    assert pair.diff[:4] == [("equal", "着力"), ("delete", "提高"), ("insert", "提升"), ("equal", "政治能力。")]
    assert ("insert", "全区各级行政执法部门要把") in pair.diff


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = {0: "", 1: "zhifa_cli.compare", 2: "zhifa_cli"}[node.level]
            if node.module is None:  # from .. import datafiles
                found.update(f"{base}.{alias.name}" for alias in node.names)
            else:
                found.add(".".join(part for part in (base, node.module) if part))
    return found


def test_compare_never_imports_the_parser_or_the_layers_above():
    allowed = {"zhifa_cli.models", "zhifa_cli.errors", "zhifa_cli.settings", "zhifa_cli.chars",
               "zhifa_cli.datafiles", "zhifa_cli.files"}  # leaves below the stages
    for path in sorted((ROOT / "src" / "zhifa_cli" / "compare").glob("*.py")):
        ours = {m for m in imports(path) if m.startswith("zhifa_cli")}
        assert all(m.startswith("zhifa_cli.compare") or m in allowed for m in ours), (path.name, ours)


def edited(doc, changes: dict[str, dict]):
    """A copy of `doc` with some tasks' fields replaced."""
    tasks = [task.model_copy(update=changes.get(task.id, {})) for task in doc.tasks]
    return doc.model_copy(update={"tasks": tasks, "source": doc.source.model_copy(update={"sha256": "edited"})})


def test_changes_made_on_purpose_are_reported_and_nothing_else(docs, idf):
    import datetime as dt

    from zhifa_cli.models import Deadline, Unit

    original = docs["shangrao"]
    task = {t.id: t for t in original.tasks}
    units3 = [u.model_copy(update={"role": "lead"}) if u.name == "市司法局" else u
              for u in task["3"].units if u.name != "各县（市、区）人民政府"]
    units3.append(Unit(name="市公安局", raw="市公安局", role="responsible"))
    later = Deadline(text="2024年底前", kind="by_date", due="2024-12-31", source="field")
    sooner = task["6"].deadlines[0].model_copy(update={"text": "2024年一季度并长期坚持", "due": dt.date(2024, 3, 31)})
    ongoing = task["7"].deadlines[0].model_copy(update={"ongoing": True, "text": "2024年6月并长期坚持"})
    abbreviated = [u.model_copy(update={"raw": "市发改委"}) if u.name == "市发展和改革委员会" else u
                   for u in task["8"].units]
    moved_path = ["二、", "（四）", "19."]  # 19 moved from （五）数字赋能 into （四）综合施策
    copy = edited(original, {
        "2": {"text": task["2"].text.replace("每年第一季度", "每年第二季度")},
        "3": {"units": units3},
        "5": {"deadlines": [later]},
        "6": {"deadlines": [sooner]},
        "7": {"deadlines": [ongoing]},
        "1": {"deadlines": []},
        "8": {"units": abbreviated},
        "19": {"path": moved_path, "section": "综合施策，加快构建行政执法协调监督工作体系"},
    })
    result = compare(original, copy, idf=idf)
    assert [(p.a, p.b) for p in result.pairs] == [([t.id], [t.id]) for t in original.tasks]
    by_id = {p.a[0]: p for p in result.pairs}
    changed = sorted((p.a[0] for p in result.pairs if p.status == "changed"), key=int)
    assert changed == ["1", "2", "3", "5", "6", "7"]
    assert [(op, t) for op, t in by_id["2"].diff if op != "equal"] == [("delete", "第一季度"), ("insert", "第二季度")]
    units = by_id["3"].units
    assert [(c.name, c.a, c.b) for c in units.changed] == [("市司法局", "responsible", "lead")]
    assert [u.name for u in units.removed] == ["各县（市、区）人民政府"]
    assert [u.name for u in units.added] == ["市公安局"]
    shifts = {k: by_id[k].deadlines.change for k in ("1", "5", "6", "7")}
    assert shifts == {"1": "removed", "5": "later", "6": "earlier", "7": "became-ongoing"}
    assert [p.a for p in result.pairs if p.moved] == [["19"]]
    assert by_id["8"].status == "same"  # 市发改委 and 市发展和改革委员会 are one unit
