"""inline: the word-level difference of two texts, as [(op, text)] with op equal / delete / insert.

Words are jieba's (punctuation included), matched by rapidfuzz's Indel alignment (a longest common
subsequence of words). Chinese rewrites share many one-character words (的、和、，), so a raw LCS
shreds a rewritten sentence into confetti; like diff-match-patch's semantic clean-up, an unchanged
stretch no longer than the changes on both sides of it is folded into them. Within each change the
deletion comes first, then the insertion. Joining equal + delete gives text A, equal + insert text B.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import DiffOp

Segment = tuple[DiffOp, str]
_FLIP: dict[DiffOp, DiffOp] = {"equal": "equal", "insert": "delete", "delete": "insert"}


def word_diff(a: Sequence[str], b: Sequence[str]) -> list[Segment]:
    from rapidfuzz.distance import Indel

    raw: list[Segment] = []
    for tag, a1, a2, b1, b2 in Indel.opcodes(list(a), list(b)):
        if tag == "equal":
            raw.append(("equal", "".join(a[a1:a2])))
            continue
        if a2 > a1:
            raw.append(("delete", "".join(a[a1:a2])))
        if b2 > b1:
            raw.append(("insert", "".join(b[b1:b2])))
    return _fold_chaff(_normalise(raw))


def mirrored(segments: Sequence[Segment]) -> list[Segment]:
    """The difference of B against A, from that of A against B."""
    return _normalise([(_FLIP[op], text) for op, text in segments])


def is_same(segments: Sequence[Segment]) -> bool:
    return all(op == "equal" for op, _ in segments)


def _normalise(segments: Sequence[Segment]) -> list[Segment]:
    """Runs of changes become one deletion then one insertion; adjacent equal text is joined."""
    out: list[Segment] = []
    deleted, inserted = "", ""
    for op, text in (*segments, ("equal", "")):
        if op == "delete":
            deleted += text
        elif op == "insert":
            inserted += text
        else:
            out.extend(seg for seg in (("delete", deleted), ("insert", inserted)) if seg[1])
            deleted, inserted = "", ""
            if out and out[-1][0] == "equal":
                out[-1] = ("equal", out[-1][1] + text)
            elif text:
                out.append(("equal", text))
    return out


def _fold_chaff(segments: list[Segment]) -> list[Segment]:
    """Fold short unchanged stretches sandwiched between changes into them, until none is left."""
    while True:
        for k, (op, text) in enumerate(segments):
            if op != "equal" or k in (0, len(segments) - 1):
                continue
            if len(text) <= min(_change_size(segments, k, -1), _change_size(segments, k, 1)):
                folded = [*segments[:k], ("delete", text), ("insert", text), *segments[k + 1:]]
                segments = _normalise(folded)
                break
        else:
            return segments


def _change_size(segments: Sequence[Segment], k: int, step: int) -> int:
    """Length of the larger side (deleted or inserted) of the change next to segments[k]."""
    sizes = {"delete": 0, "insert": 0}
    k += step
    while 0 <= k < len(segments) and segments[k][0] != "equal":
        sizes[segments[k][0]] += len(segments[k][1])
        k += step
    return max(sizes.values())
