"""Round BZ's misses, each on a made-up example of its pattern: a news post whose headline names no place
('市编办：我市出台…') under a site whose name does ('X市人民政府网').
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_POST = ("{site}\n首页 > 新闻中心 > 部门动态\n"
         "市发展改革委：我市出台2018年优化营商环境工作要点\n"
         "来源：市发展改革委　发布时间：2018-04-02\n"
         "　　近日，市政府办公室印发了工作要点。主要内容如下：\n"
         "　　1．压缩企业开办时间。（市市场监管局牵头，市税务局配合，2018年6月底前完成）\n"
         "　　2．推行“双随机、一公开”监管。（市市场监管局牵头，市直有关部门配合）\n")


def test_a_headline_naming_no_place_takes_the_sites_place_at_the_texts_level():
    # round BZ: a department's news post retelling a city's 要点 ('市编办:我市出台…', 1.–5. with 市 units) under
    # '云岭市人民政府网' got no region: the headline names none, the units give the level only (BZ10)
    assert parse_text(_POST.format(site="青岭市人民政府网")).region == "青岭市"
    assert parse_text(_POST.format(site="青岭市人民政府门户网站")).region == "青岭市"


def test_near_misses_of_the_site_rule_stay_as_they_were():
    # a site of another level (a province's portal carrying a city's post) names no place of the text's level
    assert parse_text(_POST.format(site="江岳省人民政府门户网站")).region is None
    # a headline that names its place keeps it, whatever the site
    own = _POST.format(site="青岭市人民政府网").replace("市发展改革委：我市出台", "白沙市出台")
    assert parse_text(own).region == "白沙市"
    # no site line: nothing guessed
    assert parse_text(_POST.format(site="")).region is None


def test_a_site_named_by_its_organ_alone_names_the_place_too():
    # tried beside round BZ: the site's name printed as its organ alone ('X市人民政府', as over BZ02's breadcrumb)
    assert parse_text(_POST.format(site="青岭市人民政府")).region == "青岭市"
    assert parse_text(_POST.format(site="江岳省人民政府")).region is None  # another level


def test_a_headlines_source_before_a_colon_hides_no_place_after_it():
    # tried beside round BZ: '市发展改革委：白沙市出台…' — a news headline opening with its source's name (no place of
    # its own) and a colon, the place right after it — named none
    text = _POST.format(site="").replace("市发展改革委：我市出台", "市发展改革委：白沙市出台")
    assert parse_text(text).region == "白沙市"
    text = _POST.format(site="").replace("市发展改革委：我市出台", "县司法局:白沙县推行三项制度")
    assert parse_text(text).region == "白沙县"
    # a colon after no organ's name is left alone: '通知：…' / a heading with a colon
    assert parse_text(_POST.format(site="").replace("市发展改革委：我市出台", "通知：我市出台")).region is None


_SECTIONS = ("某区人民政府办公室关于印发2022年某区法治政府建设工作要点的通知\n某区人民政府办公室\n2022年3月2日\n"
             "2022年某区法治政府建设工作要点\n"
             "　　一、深入推进依法行政制度建设\n{label}\n"
             "　　1．严格落实合法性审核机制，实现审核全覆盖。\n"
             "　　2．开展行政规范性文件清理，2022年9月底前公布清理结果。\n"
             "　　二、全面推进严格规范公正文明执法\n　　责任单位：区城市管理局\n"
             "　　3．深化综合行政执法改革。\n")


def _units(doc):
    return [[u.raw for u in t.units] for t in doc.tasks]


def test_a_sections_label_line_with_its_names_on_the_next_line_gives_them_to_its_items():
    # tried beside round BZ (BZ04's 要点 with a '责任单位：' line under each section heading): the label alone on its
    # line and the names on the next, as a PDF or a narrow cell breaks them, gave the items no units (an item's own
    # label line so broken was read)
    doc = parse_text(_SECTIONS.format(label="　　责任单位：\n　　区司法局、区政府各部门"))
    assert _units(doc) == [["区司法局", "区政府各部门"], ["区司法局", "区政府各部门"], ["区城市管理局"]]


def test_near_misses_of_the_section_label_rule_stay_as_they_were():
    # the label and its names on one line, as before
    doc = parse_text(_SECTIONS.format(label="　　责任单位：区司法局、区政府各部门"))
    assert _units(doc) == [["区司法局", "区政府各部门"], ["区司法局", "区政府各部门"], ["区城市管理局"]]
    # two label lines one under the other, each whole: both read, the empty one joins nothing
    doc = parse_text(_SECTIONS.format(label="　　牵头单位：区司法局\n　　配合单位：区政府各部门"))
    assert _units(doc)[0] == ["区司法局", "区政府各部门"]


def test_a_half_of_the_year_with_nei_or_dique_is_the_half_not_the_year():
    # tried beside round BZ (its 上半年 in prose, BZ12): '上半年内完成' was read '年内' and '上半年底前公布' '年底前' —
    # the year's end (12-31) for a half that ends on 06-30
    from zhifa_cli.parse.deadlines import find_in_prose
    got = find_in_prose("推进证照分离，上半年内完成改革任务。", doc_year=2021)
    assert [(d.text, d.due.isoformat()) for d in got] == [("上半年内", "2021-06-30")]
    got = find_in_prose("清理证明事项，下半年底前公布清单。", doc_year=2021)
    assert [(d.text, d.due.isoformat()) for d in got] == [("下半年底前", "2021-12-31")]


def test_near_misses_of_the_half_year_rule_stay_as_they_were():
    from zhifa_cli.parse.deadlines import find_in_prose
    assert [d.text for d in find_in_prose("力争年内建成投用。", doc_year=2021)] == ["年内"]
    assert [d.text for d in find_in_prose("开展专项检查，年底前完成。", doc_year=2021)] == ["年底前"]
    assert find_in_prose("力争上半年开工率达到70%。", doc_year=2021) == []
    assert find_in_prose("上半年内完成3个，下半年内完成5个。", doc_year=2021) == []  # the year's work shared


_TWO_ANNEXES = ("某县人民政府办公室关于印发某县推行行政执法三项制度实施方案的通知\n某政办发〔2021〕9号\n各乡镇人民政府，县政府各部门：\n"
                "　　现将《实施方案》印发给你们，请认真抓好落实。\n"
                "　　附件：1．某县推行行政执法三项制度实施方案\n　　　　　2．某县推行行政执法三项制度重点任务分工表\n"
                "某县人民政府办公室\n2021年3月15日\n"
                "附件1\n某县推行行政执法三项制度实施方案\n"
                "　　一、工作目标\n　　2021年底前，三项制度在全县全面推行。\n"
                "　　二、重点任务\n　　{task}\n"
                "附件2\n某县推行行政执法三项制度重点任务分工表\n"
                "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
                "1\t编制行政执法事项清单\t县司法局\t县政务服务中心\t2021年6月底前\n"
                "2\t配备执法记录仪等音像记录设备\t县财政局\t各行政执法部门\t2021年9月底前\n")


def test_a_plans_only_task_handing_its_work_to_the_attached_table_gives_way_to_the_tables_rows():
    # tried beside round BZ (BZ01: a notice with two attachments, the plan and its task table, both in the excerpt): a
    # plan whose one task section says only '具体分工见附件2' was read as ONE task holding every row's units
    doc = parse_text(_TWO_ANNEXES.format(task="全面推行执法公示、全过程记录、法制审核等重点任务，具体分工见附件2。"))
    assert [t.title for t in doc.tasks] == ["编制行政执法事项清单", "配备执法记录仪等音像记录设备"]
    assert _units(doc) == [["县司法局", "县政务服务中心"], ["县财政局", "各行政执法部门"]]


def test_near_misses_of_the_handed_to_table_rule_stay_as_they_were():
    # a section naming its own units keeps them, the rows detailing it
    doc = parse_text(_TWO_ANNEXES.format(task="全面推行三项制度，具体分工见附件2。（责任单位：县司法局）"))
    assert [t.title for t in doc.tasks] == ["重点任务"]
    assert _units(doc) == [["县司法局"]]
