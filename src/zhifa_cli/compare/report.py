"""report: questions asked of a finished Comparison — what kinds of difference it holds (for
--exit-code and --fail-on) and which of its parts to show (for --only)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import Comparison

DEADLINE_EVENTS = ("deadline-earlier", "deadline-later", "deadline-became-ongoing",
                   "deadline-no-longer-ongoing", "deadline-removed", "deadline-added", "deadline-changed")
TARGET_EVENTS = ("target-looser", "target-stricter", "target-changed", "target-removed", "target-added")
EVENTS = ("changed", "moved", "dropped", "added", "unit-added", "unit-removed", "unit-role", *DEADLINE_EVENTS,
          *TARGET_EVENTS)
SHOWN = ("same", "changed", "moved", "dropped", "added")


def differences(comparison: Comparison) -> Counter[str]:
    """How often each kind of difference (EVENTS) occurs; empty when the documents agree."""
    found: Counter[str] = Counter(dropped=len(comparison.only_a), added=len(comparison.only_b))
    for pair in comparison.pairs:
        found["changed"] += pair.status == "changed"
        found["moved"] += pair.moved
        found["unit-added"] += len(pair.units.added)
        found["unit-removed"] += len(pair.units.removed)
        found["unit-role"] += len(pair.units.changed)
        if pair.deadlines.change:
            found[f"deadline-{pair.deadlines.change}"] += 1
        for change in pair.targets:
            found[f"target-{change.change}"] += 1
    return +found


def select(comparison: Comparison, kinds: Iterable[str]) -> Comparison:
    """Only the pairs and unpaired tasks of the given kinds (SHOWN); the stats still count everything."""
    wanted = set(kinds)
    unknown = wanted - set(SHOWN)
    if unknown:
        raise ValueError(f"unknown kind(s): {', '.join(sorted(unknown))} (known: {', '.join(SHOWN)})")
    pairs = [p for p in comparison.pairs if p.status in wanted or (p.moved and "moved" in wanted)]
    return comparison.model_copy(update={
        "pairs": pairs,
        "only_a": comparison.only_a if "dropped" in wanted else [],
        "only_b": comparison.only_b if "added" in wanted else [],
    })
