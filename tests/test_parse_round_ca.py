"""Round CA's layouts, each on a made-up example of its pattern: plans written as prose — a task whose heading is its title
closed by a full stop with the '（责任单位：…）' bracket right after it and its work on the next line, and a time tied to an
event of a named year ('2025年汛期前') in a task's prose.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_full_stop_title_closed_by_its_clause_keeps_the_body_below_it():
    # round CA: '1.X。（责任单位：A、B）' then the work on the next line — the paragraph below was dropped as closing text,
    # and the deadline in it with it (CA03: 0 of 3 deadlines)
    text = ("某县2025年政务服务改革实施方案\n二、重点任务\n（一）优化审批服务\n"
            "1.推行容缺受理。（责任单位：县行政审批局、县司法局）\n"
            "对次要材料缺失的事项实行容缺受理，2025年7月底前公布容缺事项清单。\n"
            "2.推进帮办代办。（责任单位：县行政审批局）\n"
            "在乡镇便民服务中心设立帮办代办窗口，2025年底前实现全覆盖。\n")
    assert _rows(parse_text(text)) == [
        ("1", "推行容缺受理", ["县行政审批局", "县司法局"], ["2025年7月底前"]),
        ("2", "推进帮办代办", ["县行政审批局"], ["2025年底前"])]


def test_a_year_named_event_in_a_tasks_prose_is_its_time_limit():
    # round CA: '2025年汛期前完成…' / '2025年秋季学期开学前完成…' / '2025年国庆节前举办…' in prose gave no deadline (a clause or a
    # 完成时限 cell keeps the same value as written) (CA06, CA08, CA11: one each)
    text = ("某县2025年民生工作要点\n"
            "1.推进农村供水保障。改造供水管网80公里，2025年汛期前完成水源地整治。（县水利局负责）\n"
            "2.扩大学位供给。2025年秋季学期开学前完成城南小学扩建工程。（县教育局负责）\n"
            "3.繁荣文化消费。2025年国庆节前举办首届文化消费月活动。（县文旅局负责）\n")
    assert _rows(parse_text(text)) == [
        ("1", "推进农村供水保障", ["县水利局"], ["2025年汛期前"]),
        ("2", "扩大学位供给", ["县教育局"], ["2025年秋季学期开学前"]),
        ("3", "繁荣文化消费", ["县文旅局"], ["2025年国庆节前"])]


def test_near_misses_of_the_round_ca_rules_stay_as_they_were():
    # a heading that says its work before the clause (a comma in it) closes its task: the paragraph after the LAST task is
    # closing text, as before
    text = ("某县2025年安全生产工作要点\n"
            "1.开展燃气排查。全面排查餐饮场所，建立隐患台账。（县应急局负责）\n"
            "2.加强消防宣传，开展消防演练。（县消防救援大队负责）\n"
            "各单位要确保各项工作落到实处，2025年12月10日前报送工作总结。\n")
    rows = _rows(parse_text(text))
    assert rows == [("1", "开展燃气排查", ["县应急局"], []),
                    ("2", "加强消防宣传，开展消防演练", ["县消防救援大队"], [])]
    # an event around a time ('春节前后') and an event of no named year in prose stay unread
    text = ("某镇2025年重点工作\n"
            "1.开展走访慰问。2025年春节前后走访困难群众。（镇民政办负责）\n"
            "2.清理排水沟渠。汛期前完成主干沟渠清淤。（镇水利站负责）\n")
    assert _rows(parse_text(text)) == [("1", "开展走访慰问", ["镇民政办"], []),
                                       ("2", "清理排水沟渠", ["镇水利站"], [])]
