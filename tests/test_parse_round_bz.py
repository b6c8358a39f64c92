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
