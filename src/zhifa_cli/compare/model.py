"""model: which ingredients make a task-to-task score, and how they combine.

The words a task shares with another (compare.features, compare.score) are the evidence; what the
documents themselves say around the task makes it more or less believable:

- concepts: the policy lexicon's equivalent terms (compare.lexicon) count as shared terms;
- sections: the titles of the sections the two tasks sit in (a task under 监督 pairs more readily with one
  under 监督);
- units: the classes of the bodies responsible (compare.bodies: 本级司法行政部门, 下级人民政府 …);
- order: plans of one family keep roughly their parent's order, so tasks at the same relative place in
  their documents pair more readily.

The context (sections, units, order: each an agreement in 0..1) bends the word score c towards 1 without
ever creating one: score = c ** (1 - strength × context), so c = 0 stays 0 and c = 1 stays 1, and the score
rises with c and with the context. `many` lets a group hold several tasks on both sides (n:m, align).

WORDS is the engine the corpus commands and `zhifa check` use (copied text); REWORDED is `zhifa diff`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Model:
    concepts: bool = False
    sections: float = 0.0  # weights of the context agreements (normalised by their sum)
    units: float = 0.0
    order: float = 0.0
    strength: float = 0.0  # how far full context agreement bends the word score (0: not at all)
    many: bool = False  # n:m groups

    def names(self) -> list[str]:
        """The ingredients in use, for the record: words, concepts, sections, units, order, many."""
        used = {"concepts": self.concepts, "many": self.many}
        used.update({k: self.strength > 0 and getattr(self, k) > 0 for k in ("sections", "units", "order")})
        return ["words", *(name for name in INGREDIENTS if used[name])]

    def without(self, ingredient: str) -> Model:
        """This model less one ingredient (for the ablation)."""
        off = {"concepts": False, "sections": 0.0, "units": 0.0, "order": 0.0, "many": False}
        if ingredient == "context":
            return replace(self, sections=0.0, units=0.0, order=0.0, strength=0.0)
        return replace(self, **{ingredient: off[ingredient]})


WORDS = Model()
REWORDED = Model(concepts=True, sections=1.0, units=1.0, order=1.0, strength=0.3, many=True)
INGREDIENTS = ("concepts", "sections", "units", "order", "many")


def combine(words: float, context: float, strength: float) -> float:
    """The word score bent by the context agreement (both 0..1)."""
    if words <= 0.0:
        return 0.0
    return words ** (1.0 - strength * context)
