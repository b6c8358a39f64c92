"""bodies: who a responsible unit is, across documents — its class (level + kind) and its place.

Unit.name is canonical within one document's wording, but not across documents: 各县（市、区）人民政府 and
县区人民政府 are the same body, and 市司法局 of 上饶 is not 市司法局 of 南昌. So zhifa reads, from the parsed
records alone (Unit.name and Document.region, never the parser), the level of a unit relative to the
issuing government (本级 / 下级 / 上级 / 各级) and its kind (data/unit_classes.yaml): together its class,
which `zhifa diff` compares, and with the place (the issuing government's region) its identity, which
`zhifa units` counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from .. import datafiles

_RELATIVE = {-2: "上两级", -1: "上级", 0: "本级", 1: "下级", 2: "下两级"}
_ONLY_LEVEL = "人民政府"  # 各镇（区、街道）, 各乡镇: named by their level alone


@dataclass(frozen=True)
class Body:
    name: str  # Unit.name as written in the document
    kind: str  # 司法行政部门, 人民政府, 发展和改革委员会 …
    level: str  # 本级, 下级, 各级 … relative to the issuing government; the absolute prefix when unknown
    place: str | None  # the issuing government's region

    @property
    def cls(self) -> str:
        """The role the body plays, comparable across places: 本级司法行政部门, 下级人民政府 …"""
        return f"{self.level}{self.kind}"


@lru_cache(maxsize=4096)
def body(name: str, region: str | None) -> Body:
    """The Body a unit named `name` is in a document of `region` (None when unknown)."""
    levels, kinds = _vocabulary()
    bare = name.removeprefix("其他")
    prefix = next((p for p in levels if bare.startswith(p) and len(bare) > len(p)), "")
    stem, own = _place_stem(region), False
    if not prefix and stem and bare.startswith(stem) and len(bare) > len(stem):
        prefix, own = stem, True  # 盐都生态环境局: the issuing government's own bureau
    rest = bare[len(prefix):]
    rest = rest.removeprefix("各").removeprefix("相关").removeprefix("有关") or rest
    kind = next((k for k, endings in kinds for e in endings if rest.endswith(e)), None)
    if kind is None:
        kind = _ONLY_LEVEL if rest.startswith("（") else rest
    return Body(name, kind, "本级" if own else _level(levels.get(prefix), prefix, _tier(region)), region)


def _level(tier: int | str | None, prefix: str, doc_tier: int | None) -> str:
    if tier == "all":
        return "各级"
    if tier is None:
        return ""
    if doc_tier is None:
        return prefix
    return _RELATIVE.get(int(tier) - doc_tier, prefix)


def _tier(region: str | None) -> int | None:
    """1 province, 2 city, 3 county or district, 4 township; None when the region is unknown."""
    if not region:
        return None
    for suffix, tier in (("街道", 4), ("镇", 4), ("乡", 4), ("区", 3), ("县", 3), ("旗", 3), ("省", 1),
                         ("自治区", 1), ("市", 2)):
        if region.endswith(suffix):
            return 1 if suffix == "区" and region.endswith("自治区") else tier
    return None


def _place_stem(region: str | None) -> str:
    """盐都区 -> 盐都: the place's own name, which some units carry instead of a level."""
    if not region or len(region) < 3:
        return ""
    return region[:-1] if region[-1] in "区县市" else ""


@cache
def _vocabulary() -> tuple[dict[str, int | str], list[tuple[str, list[str]]]]:
    data = datafiles.load("unit_classes.yaml")
    levels = dict(sorted(data["levels"].items(), key=lambda item: -len(item[0])))
    kinds = [(kind, sorted(endings or [], key=len, reverse=True)) for kind, endings in data["kinds"].items()]
    return levels, kinds
