"""compare() on the seed circulars: the hand alignment, the invariants, and the values read in the texts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from zhifa_cli.compare import DEFAULT_THRESHOLD, compare, compare_features, corpus_idf, document_features
from zhifa_cli.models import Comparison, Pair

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "align_shangrao_tongling-jiaoqu.yaml"


@pytest.fixture(scope="module")
def idf(docs):
    return corpus_idf(docs.values())


@pytest.fixture(scope="module")
def features(docs, idf):
    return {name: document_features(doc, idf) for name, doc in docs.items()}


@pytest.fixture(scope="module")
def diff(docs, features):
    def run(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
        return compare_features(docs[a], features[a], docs[b], features[b], threshold=threshold)
    return run


def links(comparison: Comparison) -> set[tuple[str, str]]:
    return {(a, b) for pair in comparison.pairs for a in pair.a for b in pair.b}


def hand_alignment() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    truth = {(a, b) for a, bs in data["links"].items() for b in bs}
    return truth, {(p["a"], p["b"]) for p in data["partial"]}


def test_reproduces_the_hand_alignment_of_shangrao_and_tongling(diff):
    truth, partial = hand_alignment()
    found = links(diff("shangrao", "tongling-jiaoqu")) - partial
    precision, recall = len(found & truth) / len(found), len(found & truth) / len(truth)
    assert precision >= 0.9 and recall >= 0.9, (sorted(found - truth), sorted(truth - found))


def test_merged_measures_come_out_as_n_to_1_pairs(diff):
    pairs = {(tuple(p.a), tuple(p.b)) for p in diff("shangrao", "tongling-jiaoqu").pairs}
    # 铜陵 3 严格执法人员管理 = 上饶 3 资格管理 + 4 责任制; 11 = 13 协作 + 14 衔接; 13 = 17 + 18 监督
    assert {(("3", "4"), ("3",)), (("13", "14"), ("11",)), (("17", "18"), ("13",))} <= pairs


def test_a_document_against_itself_pairs_every_task_with_itself_at_the_top_score(docs, diff):
    for name, doc in docs.items():
        result = diff(name, name)
        assert [(p.a, p.b) for p in result.pairs] == [([t.id], [t.id]) for t in doc.tasks], name
        assert all(p.score == 100 and p.status == "same" and not p.moved for p in result.pairs), name
        assert result.only_a == result.only_b == []


def mirror(c: Comparison) -> Comparison:
    """What compare(b, a) must be, given compare(a, b)."""
    flip = {"earlier": "later", "later": "earlier", "became-ongoing": "no-longer-ongoing",
            "no-longer-ongoing": "became-ongoing", "removed": "added", "added": "removed", "changed": "changed"}
    ops = {"equal": "equal", "insert": "delete", "delete": "insert"}

    def turn(p: Pair) -> dict:
        units = p.units
        return {**p.model_dump(), "a": p.b, "b": p.a,
                "units": {"added": units.removed, "removed": units.added,
                          "changed": [{"name": r.name, "a": r.b, "b": r.a} for r in units.changed]},
                "deadlines": {"a": p.deadlines.b, "b": p.deadlines.a,
                              "change": flip.get(p.deadlines.change) if p.deadlines.change else None},
                "diff": turned_diff(p.diff, ops)}

    s = c.stats.model_dump()
    stats = {**s, "a_tasks": s["b_tasks"], "b_tasks": s["a_tasks"], "dropped": s["added"], "added": s["dropped"]}
    pairs = sorted((turn(p) for p in c.pairs), key=lambda p: (p["a"][0], p["b"][0]))
    return Comparison.model_validate({"a": c.b, "b": c.a, "pairs": pairs, "only_a": c.only_b,
                                      "only_b": c.only_a, "stats": stats})


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
    expected = mirror(forward)
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
    assert [u.name for u in pair.units.removed] == ["市级行政执法部门", "各县（市、区）人民政府"]
    assert [u.name for u in pair.units.added] == ["各级行政执法部门", "县区人民政府", "开发区管委会", "湾里管理局"]


def test_support_unit_and_prose_deadline_of_tongling(diff):
    # 铜陵 4: "专项整治情况于2024年6月底前报送区司法局。（责任单位：全区各级行政执法部门，配合单位：区司法局）"
    # against 上饶 5 组织实施专项监督行动, table row 9: 市司法局、各县（市、区）人民政府, 2024年三季度
    pair = pair_of(diff("shangrao", "tongling-jiaoqu"), "5")
    assert pair.b == ["4"]
    assert (pair.deadlines.a, pair.deadlines.b, pair.deadlines.change) == (["2024年三季度"], ["2024年6月底前"], "earlier")
    assert [(u.name, u.role) for u in pair.units.added] == [("全区各级行政执法部门", "responsible"), ("区司法局", "support")]


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
            found.add(".".join(part for part in (base, node.module) if part))
    return found


def test_compare_never_imports_the_parser_or_the_layers_above():
    allowed = {"zhifa_cli.models", "zhifa_cli.errors"}
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
