"""A synthetic corpus for benchmarks and tests: N circulars derived from the five real ones.

Each synthetic circular copies a parent (a seed, or an earlier synthetic circular) with realistic edits:
tasks dropped, reordered, merged and split, sentences reworded, a few new tasks, another place's units,
title and dates. The true task links (child task -> parent task(s)) go to truth.json.

    .venv/bin/python bench/synth.py 3000 /tmp/corpus [--seed 0]
    .venv/bin/zhifa parse /tmp/corpus/raw --out /tmp/corpus/parsed -q
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from synth_text import SynthDoc, SynthTask, localize, localize_unit, render, title_for

from zhifa_cli.models import Document
from zhifa_cli.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
SYNONYMS = [("进一步", "持续"), ("加强", "强化"), ("推进", "推动"), ("全面", "全方位"), ("建立", "建立健全"),
            ("提升", "提高"), ("开展", "组织开展"), ("完善", "健全完善"), ("深入", "扎实"), ("切实", "有效"),
            ("确保", "保证"), ("及时", "按时"), ("严格", "从严"), ("行政执法人员", "执法人员"), ("每年", "每年度")]
FILLERS = ["结合本地实际，", "对标上级要求，", "坚持问题导向，", "按照统一部署，"]
NEW_TASKS = ["探索建立{x}工作机制。围绕群众反映强烈的{y}问题，定期会商研判，形成问题清单、责任清单和整改清单。",
             "打造{x}示范点。选取基础较好的单位先行先试，总结推广{y}方面的经验做法，发挥典型引领作用。",
             "加强{x}宣传引导。通过新闻发布、以案释法等方式，宣传{y}领域的典型案例，营造良好社会氛围。"]
TOPICS = ["农村宅基地", "物业服务", "校外培训", "餐饮油烟", "电动自行车", "燃气安全", "渣土运输", "养老服务"]
PLACES = ["清河", "安平", "临川", "永丰", "东阳", "南溪", "北流", "长宁", "兴国", "宁远", "平江", "石门", "泰和", "新化", "武宁", "崇义", "丰城", "高安", "云和", "龙泉"]


def seeds(raw_dir: Path) -> dict[str, Document]:
    return {p.stem: parse_file(p) for p in sorted(raw_dir.glob("*.txt"))}


def seed_tasks(doc: Document) -> list[SynthTask]:
    return [SynthTask(t.text, t.section or "重点任务", [(u.name, u.role) for u in t.units],
                      [d.text for d in t.deadlines if d.source == "field"], [(doc.id, t.id)]) for t in doc.tasks]


def reword(text: str, rng: random.Random) -> str:
    sentences = [s for s in text.split("。") if s]
    out = []
    for i, sentence in enumerate(sentences):
        if i and len(sentences) > 2 and rng.random() < 0.08:
            continue  # a sentence dropped (never the title phrase)
        if i and rng.random() < 0.35:
            for old, new in rng.sample(SYNONYMS, 3):
                sentence = sentence.replace(old, new, 1)
        if i and rng.random() < 0.1:
            sentence = rng.choice(FILLERS) + sentence
        out.append(sentence)
    return "。".join(out) + "。"


def merge(a: SynthTask, b: SynthTask) -> SynthTask:
    return SynthTask(a.text + b.text, a.section, a.units + [u for u in b.units if u not in a.units],
                     a.deadlines + b.deadlines, a.sources + b.sources)


def split(task: SynthTask) -> list[SynthTask]:
    sentences = [s + "。" for s in task.text.split("。") if s]
    half = len(sentences) // 2
    first, second = "".join(sentences[:half]), "".join(sentences[half:])
    return [SynthTask(first, task.section, task.units, task.deadlines, task.sources),
            SynthTask(second, task.section, task.units, task.deadlines, task.sources)]


def edit(tasks: list[SynthTask], rng: random.Random) -> list[SynthTask]:
    """Drop, merge, split and move tasks; keep the sections' order of first appearance."""
    tasks = [t for t in tasks if rng.random() > 0.08] or tasks[:1]
    out: list[SynthTask] = []
    for task in tasks:
        if out and out[-1].section == task.section and rng.random() < 0.06:
            out[-1] = merge(out[-1], task)
        elif task.text.count("。") >= 4 and rng.random() < 0.08:
            out.extend(split(task))
        else:
            out.append(task)
    for _ in range(rng.randint(0, 2)):
        i, j = rng.randrange(len(out)), rng.randrange(len(out))
        moved = out.pop(i)
        out.insert(j, SynthTask(moved.text, out[min(j, len(out) - 1)].section if out else moved.section,
                                moved.units, moved.deadlines, moved.sources))
    return out


def new_task(section: str, rng: random.Random) -> SynthTask:
    x, y = rng.sample(TOPICS, 2)
    return SynthTask(rng.choice(NEW_TASKS).format(x=x, y=y), section, [("司法局", "responsible")], ["长期坚持"])


def child(parent: SynthDoc, doc_id: str, region: str, day: dt.date, rng: random.Random) -> SynthDoc:
    shift = rng.choice([0, 0, 1])
    period = (parent.period[0] + shift, parent.period[1] + shift)
    tasks = []
    for task in edit(parent.tasks, rng):
        text = reword(localize(task.text, parent.region, region, shift), rng)
        units = [(localize_unit(n, region), r) for n, r in task.units]
        deadlines = [localize(d, parent.region, region, shift) for d in task.deadlines]
        tasks.append(SynthTask(text, task.section, units, deadlines, task.sources))
    for _ in range(rng.choice([0, 0, 1, 2])):
        at = rng.randrange(len(tasks) + 1)
        tasks.insert(at, new_task(tasks[min(at, len(tasks) - 1)].section, rng))
    return SynthDoc(doc_id, region, title_for(parent.title, parent.region, region, period), day, period,
                    tasks, parent.id)


def as_parent(doc: Document) -> SynthDoc:
    period = (doc.period.start, doc.period.end) if doc.period else (2024, 2026)
    return SynthDoc(doc.id, doc.region or "", doc.title or "实施方案", doc.date or dt.date(2024, 6, 1), period,
                    seed_tasks(doc), "")


def relink(doc: SynthDoc) -> SynthDoc:
    """After writing, a child's tasks are the parent of later ones: point their sources at themselves."""
    tasks = [SynthTask(t.text, t.section, t.units, t.deadlines, [(doc.id, str(k))]) for k, t in enumerate(doc.tasks, 1)]
    return SynthDoc(doc.id, doc.region, doc.title, doc.date, doc.period, tasks, doc.parent)


def generate(n: int, out: Path, *, seed: int = 0, raw_dir: Path = ROOT / "data" / "raw") -> dict:
    """Write out/raw/<id>.txt (the seeds, then syn-00001 …) and out/truth.json; return the truth."""
    rng = random.Random(seed)
    (out / "raw").mkdir(parents=True, exist_ok=True)
    parents = [as_parent(d) for d in seeds(raw_dir).values()]
    for path in sorted(raw_dir.glob("*.txt")):
        shutil.copyfile(path, out / "raw" / path.name)
    truth: dict = {"seed": seed, "documents": {}}
    for i in range(1, n + 1):
        parent = rng.choice(parents[:5]) if rng.random() < 0.5 else rng.choice(parents)
        region = rng.choice(PLACES) + rng.choice("市县区")
        day = dt.date(2024, 10, 1) + dt.timedelta(days=i * 600 // max(n, 1))
        doc = child(parent, f"syn-{i:05d}", region, day, rng)
        (out / "raw" / f"{doc.id}.txt").write_text(render(doc, i), encoding="utf-8")
        truth["documents"][doc.id] = {"parent": parent.id, "region": region, "date": day.isoformat(),
                                      "links": {str(k): [list(s) for s in t.sources] for k, t in enumerate(doc.tasks, 1)}}
        parents.append(relink(doc))
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write N synthetic circulars and truth.json to OUT.")
    parser.add_argument("n", type=int, metavar="N")
    parser.add_argument("out", type=Path, metavar="OUT")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    generate(args.n, args.out, seed=args.seed)
