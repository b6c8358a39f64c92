"""lexicon: equivalent policy terms (data/policy_lexicon.yaml) found in a text, as concepts.

Words alone miss the pairs analysts care most about: two cities write the same measure in other words
(考评 / 考核评价, 政治理论素养 / 政治能力). The lexicon lists, per concept, the forms plans use for it; a task
carrying any form carries the concept, which then counts as one more (rare) term of the task. Matching is
on the raw text, longest form first and never overlapping, so 重大执法决定法制审核 is read once, as itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import datafiles

PREFIX = "~"  # concept terms are "~考核评价", apart from words and "#" n-grams


@dataclass(frozen=True)
class Lexicon:
    weight: float
    concept_of: dict[str, str]  # form -> concept
    pattern: re.Pattern[str] | None

    def find(self, text: str) -> dict[str, Counter[str]]:
        """concept -> how often each of its forms occurs in `text`."""
        found: dict[str, Counter[str]] = {}
        if self.pattern is None:
            return found
        for match in self.pattern.finditer(text):
            form = match.group(0)
            found.setdefault(self.concept_of[form], Counter())[form] += 1
        return found


def concept_terms(text: str) -> Counter[str]:
    """The concepts of `text` as terms ("~" + concept) with how often their forms occur."""
    return Counter({PREFIX + concept: sum(forms.values()) for concept, forms in lexicon().find(text).items()})


@cache
def lexicon() -> Lexicon:
    return build(datafiles.load("policy_lexicon.yaml"))


def build(data: dict) -> Lexicon:
    """A Lexicon from the YAML's structure ({weight, concepts: {concept: [forms]}}); raises ValueError on a
    form shorter than two characters or listed under two concepts."""
    concept_of: dict[str, str] = {}
    for concept, forms in (data.get("concepts") or {}).items():
        for form in forms:
            form = str(form)
            if len(form) < 2:
                raise ValueError(f"policy lexicon: form {form!r} of {concept} is shorter than 2 characters")
            if concept_of.setdefault(form, concept) != concept:
                raise ValueError(f"policy lexicon: form {form!r} is listed under {concept_of[form]} and {concept}")
    forms = sorted(concept_of, key=lambda f: (-len(f), f))
    pattern = re.compile("|".join(map(re.escape, forms))) if forms else None
    return Lexicon(float(data.get("weight", 1.0)), concept_of, pattern)
