"""Round CI's layouts, each on a made-up example of its pattern: a task table whose only time column is named '时序进度'
(the time order of the work), read as the time column like '进度安排' / '时间进度'.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text


def _rows(doc):
    return [(t.id, t.title, [u.name for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_a_shixu_jindu_column_alone_states_the_time_limits():
    # round CI: '时序进度' was an ignored 进度 column, every deadline lost (CI02: 0 of 3)
    text = ("某市2025年重点任务表\n序号\t目标任务\t工作举措\t责任单位\t时序进度\n"
            "1\t新增企业20家\t开展一对一辅导服务。\t市科技局\t2025年9月底前\n"
            "2\t用地保障\t盘活低效用地500亩。\t市自然资源局、市财政局\t2025年10月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展一对一辅导服务", ["市科技局"], ["2025年9月底前"]),
                                       ("2", "盘活低效用地500亩", ["市自然资源局", "市财政局"], ["2025年10月底前"])]


def test_a_shixu_jindu_column_beside_a_time_limit_column_stays_unread():
    # guard: beside a 完成时限 column the 时序进度 cells are milestones; the 完成时限 is the deadline
    text = ("某市2025年重点任务表\n序号\t工作举措\t责任单位\t时序进度\t完成时限\n"
            "1\t开展一对一辅导服务。\t市科技局\t6月底前完成摸底\t2025年9月底前\n"
            "2\t盘活低效用地500亩。\t市自然资源局\t8月底前完成清查\t2025年10月底前\n")
    assert _rows(parse_text(text)) == [("1", "开展一对一辅导服务", ["市科技局"], ["2025年9月底前"]),
                                       ("2", "盘活低效用地500亩", ["市自然资源局"], ["2025年10月底前"])]
