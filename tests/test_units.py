"""The unit splitter, table-driven: one line per case (input, expected [(name, raw, role)])."""

from __future__ import annotations

import pytest

from zhifa_cli.parse.units import canonical, split_units

CASES = [
    ("市司法局、各县（市、区）人民政府", [("市司法局", "市司法局", "responsible"),
                                 ("各县（市、区）人民政府", "各县（市、区）人民政府", "responsible")]),
    ("各县〔市、区〕人民政府", [("各县（市、区）人民政府", "各县〔市、区〕人民政府", "responsible")]),
    ("各镇（区、街道）、区各行政执法部门", [("各镇（区、街道）", "各镇（区、街道）", "responsible"),
                                   ("区各行政执法部门", "区各行政执法部门", "responsible")]),
    ("各级行政执法部门,县区人民政府", [("各级行政执法部门", "各级行政执法部门", "responsible"),
                               ("县区人民政府", "县区人民政府", "responsible")]),
    ("市司法局及其他市政府部门", [("市司法局", "市司法局", "responsible"), ("其他市政府部门", "其他市政府部门", "responsible")]),
    ("市、县司法局", [("市司法局", "市、县司法局", "responsible"), ("县司法局", "市、县司法局", "responsible")]),
    # a province's cities and autonomous prefectures share the head (round AC)
    ("各市、州人民政府", [("各市人民政府", "各市、州人民政府", "responsible"), ("州人民政府", "各市、州人民政府", "responsible")]),
    # ... and the other way round, after a comma (round AG): no unit '各州'
    ("省直各部门，各州、市人民政府", [("省直各部门", "省直各部门", "responsible"),
                              ("各州人民政府", "各州、市人民政府", "responsible"),
                              ("市人民政府", "各州、市人民政府", "responsible")]),
    # ... but '市场' opens no level (misfire review 9): no unit '各州场监管部门'
    ("各州、市场监管部门", [("各州", "各州", "responsible"), ("市场监管部门", "市场监管部门", "responsible")]),
    ("区发改委、区市场监管局牵头，区各行政执法部门负责", [("区发展和改革委员会", "区发改委", "lead"),
                                          ("区市场监督管理局", "区市场监管局", "lead"),
                                          ("区各行政执法部门", "区各行政执法部门", "responsible")]),
    ("区市场监管局、区司法局等", [("区市场监督管理局", "区市场监管局", "responsible"), ("区司法局", "区司法局等", "responsible")]),
    # zones sharing the last item's ending are one span as written (like 市、县司法局)
    ("高新区、经开区管委会", [("高新区管委会", "高新区、经开区管委会", "responsible"),
                       ("经开区管委会", "高新区、经开区管委会", "responsible")]),
    ("示范区、高新区党工委和管委会", [("示范区党工委和管委会", "示范区、高新区党工委和管委会", "responsible"),
                           ("高新区党工委和管委会", "示范区、高新区党工委和管委会", "responsible")]),
    ("市直有关部门、单位", [("市直有关部门、单位", "市直有关部门、单位", "responsible")]),
    ("市人力资源和社会保障局", [("市人力资源和社会保障局", "市人力资源和社会保障局", "responsible")]),
    ("市自然资源和规划局；市财政局", [("市自然资源和规划局", "市自然资源和规划局", "responsible"),
                              ("市财政局", "市财政局", "responsible")]),
    ("市司法局、市司法局", [("市司法局", "市司法局", "responsible")]),
    # a role mark in brackets after one name of the list: that name's role, not part of its name
    ("县交通局、县财政局（牵头）、县农业农村局", [("县交通运输局", "县交通局", "responsible"),
                                   ("县财政局", "县财政局", "lead"),
                                   ("县农业农村局", "县农业农村局", "responsible")]),
    # the same mark in the other brackets a typist uses: 【】, [], ［］, 〔〕
    ("区商务局【牵头】、区财政局［配合］、区市场监管局", [("区商务局", "区商务局", "lead"),
                                        ("区财政局", "区财政局", "support"),
                                        ("区市场监督管理局", "区市场监管局", "responsible")]),
    ("区数据局[牵头]，区工信局〔配合〕", [("区数据局", "区数据局", "lead"), ("区工业和信息化局", "区工信局", "support")]),
    # names separated by spaces instead of 、 (each piece ends like a body); a name with a space inside is kept
    ("县发改委 县财政局　县残联 团县委", [("县发展和改革委员会", "县发改委", "responsible"), ("县财政局", "县财政局", "responsible"),
                                ("县残联", "县残联", "responsible"), ("团县委", "团县委", "responsible")]),
    ("县农业农村局 有关企业", [("县农业农村局有关企业", "县农业农村局 有关企业", "responsible")]),
    ("县委 宣传部、县财政局", [("县委宣传部", "县委 宣传部", "responsible"), ("县财政局", "县财政局", "responsible")]),
    # stacked role words: the first one gives the role
    ("各乡镇人民政府负责落实；县直有关单位配合落实", [("各乡镇人民政府", "各乡镇人民政府", "responsible"),
                                    ("县直有关单位", "县直有关单位", "support")]),
    # role words ending items inside one 、 list: each gives its role to the items since the last
    ("县交通局、县水利局牵头、县财政局配合", [("县交通运输局", "县交通局", "lead"), ("县水利局", "县水利局", "lead"),
                                  ("县财政局", "县财政局", "support")]),
    # 和 between a body's name and one starting with a level separates; inside a name it does not
    ("县直有关部门和各乡镇人民政府", [("县直有关部门", "县直有关部门", "responsible"),
                              ("各乡镇人民政府", "各乡镇人民政府", "responsible")]),
    ("县卫生健康局和县疾控中心", [("县卫生健康局", "县卫生健康局", "responsible"), ("县疾控中心", "县疾控中心", "responsible")]),
    # a role phrase after 等 is cut from the name as written too
    ("县财政局等按职责分工负责", [("县财政局", "县财政局等", "responsible")]),
    ("镇经发办(配合)、镇综治办（牵头单位）", [("镇经发办", "镇经发办", "support"), ("镇综治办", "镇综治办", "lead")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split_units(text, expected):
    assert [(u.name, u.raw, u.role) for u in split_units(text)] == expected


def test_role_given_by_label():
    assert [u.role for u in split_units("区司法局", role="support")] == ["support"]


@pytest.mark.parametrize("raw,name", [
    ("市发改委", "市发展和改革委员会"), ("市人社局", "市人力资源和社会保障局"), ("市依法治市办", "市委全面依法治市委员会办公室"),
    ("市委依法治市办", "市委全面依法治市委员会办公室"), ("市检察院", "市人民检察院"), ("各县(市、区)人民政府", "各县（市、区）人民政府"),
    ("市发展和改革委员会", "市发展和改革委员会"),
])
def test_canonical(raw, name):
    assert canonical(raw) == name


def test_units_separated_by_slashes():
    """'区卫生健康局/区教育局/区发展改革局': '/' between whole body names separates units (probe U06);
    a '/' inside something that is not a list of bodies stays."""
    names = [u.name for u in split_units("区卫生健康局/区教育局/区残联")]
    assert names == ["区卫生健康局", "区教育局", "区残联"]
    assert [u.name for u in split_units("县水利局／县自来水公司")] == ["县水利局", "县自来水公司"]
    assert [u.name for u in split_units("区民政局/残联")] == ["区民政局/残联"]


def test_a_role_mark_written_before_a_group_gives_the_group_its_role():
    got = [(u.name, u.role) for u in split_units("（牵头）区城管局；（配合）区住建局、区财政局")]
    assert got == [("区城市管理局", "lead"), ("区住房和城乡建设局", "support"), ("区财政局", "support")]
    got = [(u.name, u.role) for u in split_units("区民政局 (牵头)、区财政局")]
    assert got == [("区民政局", "lead"), ("区财政局", "responsible")]


def test_a_stray_role_mark_is_no_unit():
    assert [(u.name, u.role) for u in split_units("市商务局、（牵头）")] == [("市商务局", "lead")]
    assert [(u.name, u.role) for u in split_units("市商务局、市财政局，（配合）")] == [("市商务局", "responsible"),
                                                                              ("市财政局", "support")]
    assert split_units("（牵头）") == []


def test_a_role_mark_set_off_by_spaces_in_a_spaced_list():
    got = [(u.name, u.role) for u in split_units("市商务局 （牵头） 市财政局 市税务局")]
    assert got == [("市商务局", "lead"), ("市财政局", "responsible"), ("市税务局", "responsible")]


def test_roles_said_as_wei_qiantou_danwei():
    got = [(u.name, u.role) for u in split_units("市商务局为牵头单位，市财政局、市税务局为配合单位")]
    assert got == [("市商务局", "lead"), ("市财政局", "support"), ("市税务局", "support")]


def test_named_districts_before_a_districts_organ_share_the_organ():
    # round AD: '芙蓉区、雨湖区民政局' gave the bare place '芙蓉区' as a unit
    got = [(u.raw, u.name) for u in split_units("市卫生健康委，芙蓉区、雨湖区民政局")]
    assert got == [("市卫生健康委", "市卫生健康委员会"), ("芙蓉区、雨湖区民政局", "芙蓉区民政局"),
                   ("芙蓉区、雨湖区民政局", "雨湖区民政局")]
    assert [u.name for u in split_units("青山县、白水县教育局")] == ["青山县教育局", "白水县教育局"]
    # a body's full name before it, or a level alone, is no bare place
    assert [u.name for u in split_units("市公安局、雨湖区民政局")] == ["市公安局", "雨湖区民政局"]
    # towns (镇 or 乡) before a town's 人民政府, counties before a county's
    assert [u.name for u in split_units("城关镇、石门乡人民政府")] == ["城关镇人民政府", "石门乡人民政府"]
    assert [u.name for u in split_units("青山县、白水县人民政府")] == ["青山县人民政府", "白水县人民政府"]
    assert [u.name for u in split_units("各乡镇、石门乡人民政府")] == ["各乡镇", "石门乡人民政府"]
