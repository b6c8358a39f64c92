"""Round BF's layouts, each on a made-up example of its pattern: task tables in renderings the probe set did not show
(a small two-column table per task, '任务1' over 'label<TAB>value' lines; a start-time column beside the time limit; row
numbers with a star mark; one column for the lead and the support bodies parted by a slash; a -layout table whose last
column is a word not met; two task tables in turn under their own headings).
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_tasks_given_one_small_table_each_are_read_as_rows():
    # round BF: a Word document with a two-column table per task, copied as '任务1' then 'label<TAB>value' lines, was no
    # table (BF01: 'no numbered task found')
    for opener in ("任务{}", "任务{}：", "任务{cn}"):
        head = [opener.format(n, cn="一二三"[n - 1]) for n in (1, 2, 3)]
        text = (f"某县燃气安全整治重点任务\n{head[0]}\n工作任务\t改造老旧燃气管网35公里。\n牵头单位\t县住建局\n配合单位\t县财政局\n"
                f"完成时限\t2025年10月底前\n{head[1]}\n工作任务\t排查餐饮场所燃气隐患。\n牵头单位\t县市场监管局\n配合单位\t县消防救援大队\n"
                f"完成时限\t2025年6月底前\n{head[2]}\n工作任务\t建设燃气安全监管平台。\n")
        rows = _rows(parse_text(text))
        assert rows[:2] == [("1", "改造老旧燃气管网35公里", ["县住建局", "县财政局"], ["2025年10月底前"]),
                            ("2", "排查餐饮场所燃气隐患", ["县市场监管局", "县消防救援大队"], ["2025年6月底前"])], opener
        assert rows[2][:2] == ("3", "建设燃气安全监管平台"), opener


def test_a_start_time_column_is_no_time_limit():
    # round BF: beside '完成时间', '开始时间' ('2025年3月') was read as a second time column (BF05: 7 false deadlines)
    for start in ("开始时间", "启动时间", "计划开工时间"):
        text = (f"某区2025年基层卫生重点工作安排\n序号\t工作任务\t责任科室\t{start}\t完成时间\n"
                "1\t开展家庭医生签约服务提质行动。\t基层卫生科\t2025年3月\t2025年11月底前\n"
                "2\t推进发热诊室标准化建设。\t医政科\t2025年4月\t2025年9月底前\n")
        assert _rows(parse_text(text)) == [("1", "开展家庭医生签约服务提质行动", ["基层卫生科"], ["2025年11月底前"]),
                                           ("2", "推进发热诊室标准化建设", ["医政科"], ["2025年9月底前"])], start


def test_row_numbers_with_a_star_mark_are_the_rows_numbers():
    # round BF: '1★' (a task the city assesses) was no row number and its row was dropped, the last one cut '9★' too
    # (BF08: 4 of 9 tasks)
    text = ("某县2025年生态环境保护重点任务\n序号\t重点任务\t责任单位\t完成时限\n"
            "1★\tPM2.5平均浓度控制在38微克/立方米以内。\t县生态环境分局\t2025年12月底前\n"
            "2\t完成燃煤锅炉淘汰改造8台。\t县市场监管局\t2025年6月底前\n"
            "★3\t国省控断面水质达标率100%。\t县水利局\t2025年12月底前\n"
            "4★\t完成督察反馈问题整改，\t县生态环境分局\n注：标★的为市对县考核任务。\n")
    rows = _rows(parse_text(text))
    assert rows[:3] == [("1", "PM2.5平均浓度控制在38微克/立方米以内", ["县生态环境分局"], ["2025年12月底前"]),
                        ("2", "完成燃煤锅炉淘汰改造8台", ["县市场监管局"], ["2025年6月底前"]),
                        ("3", "国省控断面水质达标率100%", ["县水利局"], ["2025年12月底前"])]
    assert [r[:3] for r in rows[3:]] == [("4", "完成督察反馈问题整改，", ["县生态环境分局"])]


def test_one_column_for_the_lead_and_the_support_bodies_parted_by_a_slash():
    # round BF: '牵头/配合单位' was no header word, and 'A/B、C' kept 'A/B' as one name where B is no known body (BF02)
    for name in ("牵头/配合单位", "牵头单位/配合单位", "主办／协办单位"):
        text = (f"某市2025年全域旅游重点任务清单\n序号\t重点任务\t{name}\t完成时限\n"
                "1\t打造精品旅游线路10条。\t产业发展科/市场管理科\t2025年6月底前\n"
                "2\t举办山水文化旅游节。\t产业发展科/办公室、宣传推广科\t2025年9月底前\n"
                "3\t培育乡村旅游重点村8个。\t资源开发科\t2025年11月底前\n")
        doc = parse_text(text)
        assert _rows(doc) == [("1", "打造精品旅游线路10条", ["产业发展科", "市场管理科"], ["2025年6月底前"]),
                              ("2", "举办山水文化旅游节", ["产业发展科", "办公室", "宣传推广科"], ["2025年9月底前"]),
                              ("3", "培育乡村旅游重点村8个", ["资源开发科"], ["2025年11月底前"])], name
        assert [u.role for u in doc.tasks[1].units] == ["lead", "support", "support"]


def test_a_layout_table_whose_last_column_is_a_word_not_met_keeps_its_spacing():
    # round BF: the normalizer kept a spaced table's spaces only under a header of known words; with '预期效果' last the
    # spaces were squeezed out and the table lost (BF06: 'no numbered task found')
    text = ("                  某市2025年工业稳增长重点工作任务分解表\n\n"
            " 序号   重点工作                      牵头单位      配合单位      完成时限          预期效果\n\n"
            "  1     实施技术改造，完成技改项目    市工信局      市财政局      2025年12月底前    投资增长10%\n"
            "        120个。\n\n"
            "  2     开展产销对接活动6场。          市商务局      市工信局      2025年10月底前    签约额20亿元\n")
    assert _rows(parse_text(text)) == [("1", "实施技术改造，完成技改项目120个", ["市工信局", "市财政局"], ["2025年12月底前"]),
                                       ("2", "开展产销对接活动6场", ["市商务局", "市工信局"], ["2025年10月底前"])]


def test_two_task_tables_in_turn_under_their_own_headings():
    # round BF: '（一）重点任务' over a table and '（二）重点项目' over another with a header of its own: the headings were
    # read as the page's two tasks, the rows lost (BF03: 0 of 10 tasks)
    text = ("某区2025年城市更新工作任务清单\n（一）重点任务\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t编制城市更新专项规划。\t区自然资源分局\t2025年6月底前\n2\t开展城市体检。\t区住建局\t2025年7月底前\n"
            "（二）重点项目\n序号\t项目名称\t建设内容\t责任单位\t完成时限\n"
            "1\t老街更新项目\t改造街巷1.2公里。\t区住建局\t2025年12月底前\n2\t滨江步道工程\t建设滨江步道3.5公里。\t区城管局\t2025年11月底前\n")
    assert _rows(parse_text(text)) == [("一.1", "编制城市更新专项规划", ["区自然资源分局"], ["2025年6月底前"]),
                                       ("一.2", "开展城市体检", ["区住建局"], ["2025年7月底前"]),
                                       ("二.1", "改造街巷1.2公里", ["区住建局"], ["2025年12月底前"]),
                                       ("二.2", "建设滨江步道3.5公里", ["区城管局"], ["2025年11月底前"])]


def test_near_misses_of_the_round_bf_rules_stay_as_they_were():
    # a plan whose items are sentences over a table stays read from its items ('（二）' is a task of its own)
    text = ("某区2025年城市更新工作方案\n（一）编制专项规划。2025年6月底前完成规划编制。（责任单位：区自然资源分局）\n"
            "序号\t工作任务\t责任单位\t完成时限\n1\t编制城市更新专项规划。\t区自然资源分局\t2025年6月底前\n"
            "（二）开展城市体检。形成体检报告。（责任单位：区住建局；完成时限：2025年7月底前）\n"
            "序号\t项目名称\t建设内容\t责任单位\t完成时限\n1\t老街更新项目\t改造街巷1.2公里。\t区住建局\t2025年12月底前\n")
    assert [t.title for t in parse_text(text).tasks] == ["编制专项规划", "开展城市体检"]
    # a single '任务1' group is no table; a '★' in a task cell is the task's text
    one = "某县重点任务\n任务1\n工作任务\t改造老旧燃气管网。\n牵头单位\t县住建局\n完成时限\t2025年10月底前\n一、其他工作\n（一）加强宣传。县应急局负责。\n"
    assert "改造老旧燃气管网" not in [t.title for t in parse_text(one).tasks]
