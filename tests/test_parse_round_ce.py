"""Round CE's misses, each on a made-up example of its pattern: PERSONS AMONG UNITS. A unit is a body, never a person:
the person who answers for a body, written right after its name (in brackets, after a slash, a space or nothing) is no
part of the name, whatever the label; a body's other name, a place or a role mark in brackets stays.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_PLAN = "某县2025年重点工作方案\n一、重点任务\n{items}"


def _units(items: str) -> list[list[str]]:
    return [[u.name for u in t.units] for t in parse_text(_PLAN.format(items=items)).tasks]


def test_a_person_in_brackets_after_a_body_is_no_part_of_its_name_under_a_plain_label():
    # round CE: under a plain '牵头单位：' / '责任单位：' a name alone ('县政府办公室（王海）'), a post alone ('县委宣传部（分管副部长）'),
    # a post after the name ('区发改局（陈建国局长）') and two names ('（张华、刘洋）', run together '（王强张敏）') stayed in the
    # unit's name (CE01, CE04, CE05, CE08)
    items = ("（一）做好文件公开。及时公开文件。（牵头单位：县政府办公室（王海）；配合单位：县司法局（副局长 俞 悦）；完成时限：长期）\n"
             "（二）开展理论宣讲。组织宣讲300场。（牵头单位：县委宣传部（分管副部长）；配合单位：团县委（书记）；2025年5月底前）\n"
             "（三）抓好项目建设。新开工项目40个。（责任单位：县发改局（陈建国局长）、县委党校（常务副校长 顾磊）；2025年12月底前）\n"
             "（四）排查事故隐患。开展专项排查。（责任单位：县应急局（张华、刘洋），县住建局（王强张敏）；2025年10月底前）\n")
    assert _units(items) == [["县政府办公室", "县司法局"], ["县委宣传部", "团县委"], ["县发改局", "县委党校"],
                             ["县应急管理局", "县住房和城乡建设局"]]


def test_a_person_after_a_slash_or_a_space_or_nothing_is_dropped_too():
    # round CE: a table cell '区民政局/王强', '区住建局 张三', '区城管局 局长 吴刚', '区卫健局/分管副局长 李娜' and a label line
    # '责任单位：县财政局 王晓东、县教育局' kept the person in the name (CE02, CE03); an office's person inside its bracket too (CE07)
    table = ("某区民生实事分工表\n| 序号 | 项目名称 | 主要内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
             "| 1 | 养老 | 新建养老服务站10个。 | 区民政局/王强 | 2024年10月底前 |\n"
             "| 2 | 小区 | 改造老旧小区25个。 | 区住建局 张三 | 2024年11月底前 |\n"
             "| 3 | 停车 | 新增停车泊位800个。 | 区城管局 局长 吴刚 | 2024年9月底前 |\n"
             "| 4 | 口腔 | 窝沟封闭1万人次。 | 区卫健局/分管副局长 李娜、区教育局/周明 | 2024年12月底前 |\n"
             "| 5 | 农田 | 新建高标准农田3万亩。 | 区农业农村局（种植业股 陈刚） | 2024年12月底前 |\n")
    assert [[u.name for u in t.units] for t in parse_text(table).tasks] == [
        ["区民政局"], ["区住房和城乡建设局"], ["区城市管理局"], ["区卫健局", "区教育局"], ["区农业农村局（种植业股）"]]
    lines = "1．落实教师待遇。确保工资不低于公务员。\n责任领导：李明副县长\n责任单位：县财政局 王晓东、县教育局\n完成时限：2025年12月底前\n"
    assert _units(lines) == [["县财政局", "县教育局"]]


def test_near_misses_of_the_person_rule_stay_as_they_were():
    # a body's other name, a body or a place in brackets, what a scope includes, '（单位）' ('单' a surname) stay as written
    items = ("（一）推进预决算公开。公开预决算。（牵头单位：县财政局（国资办）；配合单位：县委办（县委督查室）、古井村（下湾）；2025年8月底前）\n"
             "（二）建好阵地。规范运行。（责任单位：各乡镇（含开发区）、各乡镇（单位）、县公安局（交警大队）；2025年6月底前）\n")
    assert _units(items) == [["县财政局（国资办）", "县委办（县委督查室）", "古井村（下湾）"],
                             ["各乡镇（含开发区）", "各乡镇（单位）", "县公安局（交警大队）"]]
    # a role mark stays a role
    marked = parse_text(_PLAN.format(items="（一）推进项目。开工10个。（责任单位：县发改局（牵头）、县财政局；2025年6月底前）\n"))
    assert [(u.name, u.role) for u in marked.tasks[0].units] == [("县发改局", "lead"), ("县财政局", "responsible")]
    # a short name noted after its full one is the set's abbreviation, no person
    noted = "（一）推进项目。开工10个。（责任单位：县发展和改革局（以下简称县发改局）；2025年6月底前）\n"
    assert _units(noted) == [["县发展和改革局"]]
    # a city leader before the bodies is a leader, no '市政府' unit ('牵头领导及单位：市政府副市长李明，…', round BW)
    leader = "（一）推进改革。深化改革。\n牵头领导及单位：市政府副市长李明，市司法局\n完成时限：2025年6月底前\n"
    assert _units(leader) == [["市司法局"]]
    # names that end like bodies are no persons: '县委党校', '县委常委会', '县应急局安监股'
    plain = "（一）加强培训。培训干部。（责任单位：县委党校、县委常委会办公室、县应急局安监股；2025年6月底前）\n"
    assert _units(plain) == [["县委党校", "县委常委会办公室", "县应急局安监股"]]
