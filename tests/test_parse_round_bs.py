"""Round BS's noisy copies, each on a made-up example of its pattern: HTML entities escaped twice between units
('县发改局&amp;#12289;县财政局'), a PDF copy's running header printed where a page broke inside a clause, and a site's
script switch ('繁體 | 简体') over a page with no notice.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.normalize import html_entities


def _rows(doc):
    return [(t.title, [u.raw for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks]


def test_an_entity_escaped_twice_between_units_is_the_character_it_stands_for():
    # round BS: '&amp;#12289;' (、 escaped by a CMS that escaped the '&' again) was decoded once, to '&#12289;', and
    # '县发改局&#12289' came out as one unit (BS05: 1 of 13 units)
    text = ("某县2024年水环境治理工作方案\n一、工作任务\n"
            "（一）提升污水处理能力。完成雨污分流改造管网10公里。（牵头单位：县住建局；配合单位：县发改局&amp;#12289;"
            "县财政局；完成时限：2024年12月底前）\n"
            "（二）开展河道清淤。清淤河道不少于20公里。（牵头单位：县水利局；配合单位：各乡镇人民政府；"
            "完成时限：2024年6月底前）\n")
    assert _rows(parse_text(text)) == [
        ("提升污水处理能力", ["县住建局", "县发改局", "县财政局"], ["2024年12月底前"]),
        ("开展河道清淤", ["县水利局", "各乡镇人民政府"], ["2024年6月底前"])]
    assert html_entities(["&amp;ldquo;河畅&amp;rdquo;", "&amp;amp;"]) == ["“河畅”", "&"]


def test_entities_escaped_once_and_bare_ampersands_read_as_before():
    # guard: a single escape decodes once; a bare '&' and a web address's query keep their text
    assert html_entities(["县林业局&#12289;县水利局", "A&amp;B", "?id=3&region=12&timestamp=5", "R&D中心"]) == [
        "县林业局、县水利局", "A&B", "?id=3&region=12&timestamp=5", "R&D中心"]


_DOCSHARE = ("某县2023年优化营商环境重点任务清单\n"
             "1．规范涉企收费。开展涉企违规收费专项整治。（牵头单位：县发改局；责任单位：县财政局、县\n"
             "第 2 页 共 6 页\n"
             "{header}\n"
             "市场监管局、县税务局；完成时限：2023年10月底前）\n"
             "2．加强公平竞争审查。审查率达到100%。（牵头单位：县市场监管局；完成时限：持续推进）\n")


def test_a_running_header_beside_a_page_number_is_no_part_of_the_clause():
    # round BS: a document-sharing copy printed the title at the top of every page; where a page broke inside a unit
    # clause the title was glued into the unit ('县栖梧县2023年…清单市场监管局', BS06: 1 of 13 units)
    doc = parse_text(_DOCSHARE.format(header="某县2023年优化营商环境重点任务清单"))
    assert _rows(doc) == [
        ("规范涉企收费", ["县发改局", "县财政局", "县市场监管局", "县税务局"], ["2023年10月底前"]),
        ("加强公平竞争审查", ["县市场监管局"], ["持续推进"])]


def test_a_line_beside_a_page_number_said_there_first_stays():
    # guard: the line after a page number that the page has not said before is the text going on, not a header
    text = ("某县2023年优化营商环境重点任务清单\n"
            "1．规范涉企收费。开展涉企违规收费专项整治。（牵头单位：县发改局；责任单位：县财政局、\n"
            "— 2 —\n"
            "县市场监管局；完成时限：2023年10月底前）\n")
    assert _rows(parse_text(text)) == [
        ("规范涉企收费", ["县发改局", "县财政局", "县市场监管局"], ["2023年10月底前"])]


def test_a_sites_script_switch_line_is_no_title():
    # round BS: on a news mirror with no notice, the switch line '繁體 | 简体' was taken for the plan's title (BS11)
    for switch in ("繁體 | 简体", "简体版 / 繁體版 / 无障碍", "繁体 | 简体 | 长者模式"):
        text = (f"{switch}\n某市2024年养老服务重点任务清单\n"
                "| 序号 | 重点任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
                "| 1 | 新建社区养老服务机构8家 | 市民政局 | 2024年10月底前 |\n"
                "| 2 | 开展养老机构消防安全专项整治 | 市民政局、市消防救援支队 | 2024年6月30日前 |\n")
        doc = parse_text(text)
        assert doc.title == "某市2024年养老服务重点任务清单", switch
        assert _rows(doc) == [("新建社区养老服务机构8家", ["市民政局"], ["2024年10月底前"]),
                              ("开展养老机构消防安全专项整治", ["市民政局", "市消防救援支队"], ["2024年6月30日前"])]


def test_one_switch_word_or_a_plan_title_naming_one_stays():
    # guard: one word alone, or a title that names a switch, is no site's switch line
    text = "某县无障碍环境建设三年行动方案\n1．改造城市道路无障碍设施20处。（责任单位：县住建局；完成时限：2024年12月底前）\n"
    doc = parse_text(text)
    assert doc.title == "某县无障碍环境建设三年行动方案"
    assert _rows(doc) == [("改造城市道路无障碍设施20处", ["县住建局"], ["2024年12月底前"])]


# Variants tried beside the round (made-up, not on the BS pages), misread before and fixed by the same kind of rule.

def test_points_opened_by_an_emoji_as_a_wechat_article_sets_them():
    # beside round BS: an emoji or a block bar before the marker ('🔸（一）…', '🔴一、…', '▍（二）…') hid every marker: 'no
    # numbered task found';
    # a keycap number ('1️⃣推进…') was no marker: the points ran into one task
    text = ("某县2024年法治政府建设工作要点\n🔴一、重点任务\n"
            "🔸（一）推进综合执法改革。整合执法力量。（责任单位：县司法局；完成时限：2024年6月底前）\n"
            "▍（二）规范执法行为。开展案卷评查。（责任单位：县司法局、县财政局；完成时限：2024年10月底前）\n")
    doc = parse_text(text)
    assert _rows(doc) == [("推进综合执法改革", ["县司法局"], ["2024年6月底前"]),
                          ("规范执法行为", ["县司法局", "县财政局"], ["2024年10月底前"])]
    assert [s.title for s in doc.sections] == ["重点任务"]
    keycaps = ("某县2024年普法工作要点\n"
               "1️⃣推进综合执法改革。整合执法力量。（责任单位：县司法局；完成时限：2024年6月底前）\n"
               "2\u20e3规范执法行为。开展案卷评查。（责任单位：县司法局；完成时限：2024年10月底前）\n")
    assert _rows(parse_text(keycaps)) == [("推进综合执法改革", ["县司法局"], ["2024年6月底前"]),
                                          ("规范执法行为", ["县司法局"], ["2024年10月底前"])]


def test_an_image_credit_between_points_is_no_part_of_the_point_and_an_emoji_before_no_marker_opens_none():
    # beside round BS: an image credit line (▲图片来源：…) between points ran into the point above (BS07, unscored);
    # guard: "📢📢📢" and "👇阅读原文" open no point
    text = ("某县2024年普法工作要点\n📢📢📢\n"
            "1.深化民法典普法。编印读本2000册。（责任单位：县司法局；完成时限：2024年5月底前）📖\n"
            "▲图片来源：某县司法\n"
            "2.落实普法责任制。制定普法责任清单。（责任单位：县普法办；完成时限：2024年11月底前）\n👇阅读原文\n")
    doc = parse_text(text)
    assert _rows(doc) == [("深化民法典普法", ["县司法局"], ["2024年5月底前"]),
                          ("落实普法责任制", ["县普法办"], ["2024年11月底前"])]
    assert "图片来源" not in doc.tasks[0].text


def test_a_markdown_converters_escaped_list_number_is_the_number():
    # beside round BS: a page converted to Markdown escapes '1.' at a line's start as '1\.': no marker, one task
    text = ("某县2024年法治政府建设工作要点\n"
            "1\\. 推进综合执法改革。整合执法力量。（责任单位：县司法局；完成时限：2024年6月底前）\n"
            "2\\. 规范执法行为。开展案卷评查。（责任单位：县司法局；完成时限：2024年10月底前）\n")
    assert _rows(parse_text(text)) == [("推进综合执法改革", ["县司法局"], ["2024年6月底前"]),
                                       ("规范执法行为", ["县司法局"], ["2024年10月底前"])]


def test_page_numbers_between_dots_or_as_page_slash_pages_are_no_text():
    # beside round BS: '·2·' and '2 / 6' alone on a line, where a page broke inside a clause, were glued into a unit
    for number in ("·2·", "· 2 ·", "2 / 6"):
        text = ("某县2024年法治政府建设工作要点\n"
                "1．推进综合执法改革。整合执法力量。（牵头单位：县司法局；配合单位：县\n"
                f"{number}\n"
                "财政局；完成时限：2024年6月底前）\n")
        assert _rows(parse_text(text)) == [("推进综合执法改革", ["县司法局", "县财政局"], ["2024年6月底前"])], number


def test_a_fraction_cell_and_a_backslash_before_chinese_stay():
    # guard: '1/2' without spaces is no page number (a cell, a share); a backslash before Chinese is no Markdown escape
    from zhifa_cli.parse.normalize import normalize
    assert normalize("1/2\n共享目录\\文件\n").lines == ["1/2", "共享目录\\文件"]


def test_radicals_a_pdfs_text_layer_gives_for_characters_are_the_characters():
    # beside round BS: a PDF whose font maps 人 民 月 行 日 to radicals ('⼈', '⺠', '⽉', '⾏', '⽇') lost the issuer and the
    # date ('2024年3⽉1⽇'), and its deadlines ('2024年6⽉底前') matched no reader's; '､' (a half-width 、) joined two units
    radicals = str.maketrans({"人": "⼈", "民": "⺠", "月": "⽉", "行": "⾏", "日": "⽇"})
    text = ("某县人民政府办公室关于印发某县2024年法治政府建设工作要点的通知\n某政办发〔2024〕3号\n"
            "某县人民政府办公室\n2024年3月1日\n某县2024年法治政府建设工作要点\n一、重点任务\n"
            "（一）推进综合执法改革。整合执法力量。（牵头单位：县司法局；配合单位：县财政局、县税务局；"
            "完成时限：2024年6月底前）\n"
            "（二）规范执法行为。开展案卷评查。（牵头单位：县司法局；完成时限：2024年10月底前）\n").translate(radicals)
    doc = parse_text(text.replace("、县税务局", "､县税务局"))
    assert (doc.issuer, str(doc.date)) == ("某县人民政府办公室", "2024-03-01")
    assert _rows(doc) == [("推进综合执法改革", ["县司法局", "县财政局", "县税务局"], ["2024年6月底前"]),
                          ("规范执法行为", ["县司法局"], ["2024年10月底前"])]


def test_radical_look_alikes_that_are_characters_stay():
    # guard: the unified characters 人 民 月 and the radical-like ideographs 丶 丿 亅 (U+4E36 …) are text as they are
    from zhifa_cli.parse.normalize import normalize
    assert normalize("县人民政府丶丿亅2024年6月").lines == ["县人民政府丶丿亅2024年6月"]
