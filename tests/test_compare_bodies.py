"""compare.bodies: a unit's class (level relative to the issuing government + kind) and place, one line per
case read off the seed circulars' 责任单位."""

from __future__ import annotations

import pytest

from zhifa_cli.compare.bodies import body
from zhifa_cli.compare.changes import unit_changes
from zhifa_cli.models import Task, Unit

CASES = [
    ("各县（市、区）人民政府", "上饶市", "下级人民政府"),  # shangrao
    ("县区人民政府", "南昌市", "下级人民政府"),  # nanchang
    ("各镇（区、街道）", "盐都区", "下级人民政府"),  # yandu: the district's towns play the counties' role
    ("市司法局", "上饶市", "本级司法行政部门"),
    ("区司法局", "铜陵市郊区", "本级司法行政部门"),
    ("县级司法行政部门", "上饶市", "下级司法行政部门"),
    ("各级司法行政部门", "上饶市", "各级司法行政部门"),
    ("全区各级行政执法部门", "铜陵市郊区", "各级行政执法部门"),
    ("各级行政执法部门", "南昌市", "各级行政执法部门"),
    ("区各行政执法部门", "盐都区", "本级行政执法部门"),
    ("市级相关行政执法部门", "上饶市", "本级行政执法部门"),
    ("其他市政府部门", "上饶市", "本级政府部门"),
    ("盐都生态环境局", "盐都区", "本级生态环境局"),  # the place's own name instead of a level
    ("市政务服务数据管理局", "南昌市", "本级政务服务管理局"),
    ("市委全面依法治市委员会办公室", "上饶市", "本级依法治理委员会办公室"),
    ("开发区管委会", "南昌市", "管委会"),  # no level written
    ("市司法局", None, "市司法行政部门"),  # region unknown: the level as written
]


@pytest.mark.parametrize("name, region, cls", CASES)
def test_class_of_a_unit(name, region, cls):
    found = body(name, region)
    assert (found.cls, found.place, found.name) == (cls, region, name)


def task(*names: str, role: str = "responsible") -> Task:
    return Task(id="1", path=["1."], section=None, title="t", text="t", deadlines=[], lines=(1, 1),
                units=[Unit(name=n, raw=n, role=role) for n in names])


def test_a_unit_change_only_when_the_body_changed():
    # 上饶 各县（市、区）人民政府 ~ 南昌 县区人民政府 (same role); 市级行政执法部门 -> 各级行政执法部门 (wider)
    changes = unit_changes([task("市司法局", "各县（市、区）人民政府", "市级行政执法部门")],
                           [task("市司法局", "县区人民政府", "各级行政执法部门")], "上饶市", "南昌市")
    assert [u.name for u in changes.removed] == ["市级行政执法部门"]
    assert [u.name for u in changes.added] == ["各级行政执法部门"] and changes.changed == []
    # a district's 区司法局 as support against a city's 市司法局: the same role's body, another role
    changes = unit_changes([task("市司法局")], [task("区司法局", role="support")], "上饶市", "铜陵市郊区")
    assert [(c.name, c.name_b, c.a, c.b) for c in changes.changed] == [("市司法局", "区司法局", "responsible", "support")]
    assert changes.added == changes.removed == []
