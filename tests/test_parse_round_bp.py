"""Round BP's layouts, each on a made-up example of its pattern: document metadata laid out in ways the probe set had not
met — three bodies signing one a line, a vertically managed body ('国家税务总局…') in a joint signature, joint issuers
one a line in a 信息公开 cell, a forwarding notice that prints the forwarded one whole, a seal word between the signature
and its date, the key '发文编号', a title naming joint issuers with 、, and a cited title's 文号 closing a wrapped line.
The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text
from zhifa_cli.parse.lines import classify

_PLAN = ("禾城市2024年科普惠民行动方案\n一、重点任务\n"
         "（一）建设社区科普馆。新建社区科普馆10个。（责任单位：市科学技术局；完成时限：2024年10月底前）\n"
         "（二）开展科普进校园。全年开展活动50场。（责任单位：市教育局）\n")


def test_three_bodies_signing_one_a_line_are_all_the_issuer():
    # round BP: only the two lowest of three stacked signing bodies were joined (BP02: issuer)
    text = ("关于印发《禾城市2024年科普惠民行动方案》的通知\n禾科联〔2024〕2号\n各县（市、区）有关部门：\n"
            "　　现将《禾城市2024年科普惠民行动方案》印发给你们，请认真贯彻执行。\n"
            "禾城市科学技术局\n禾城市教育局\n禾城市财政局\n2024年5月8日\n" + _PLAN)
    doc = parse_text(text)
    assert doc.issuer == "禾城市科学技术局、禾城市教育局、禾城市财政局"
    assert str(doc.date) == "2024-05-08"
    # ... and so at the end of a notice whose own paragraphs are the work
    closing = ("关于做好2024年科普宣传工作的通知\n各县（市、区）有关部门：\n"
               "一、开展科普宣传周活动。（责任单位：市科学技术局；完成时限：2024年5月底前）\n"
               "二、组织科普讲解大赛。（责任单位：市教育局）\n"
               "禾城市科学技术局\n禾城市教育局\n禾城市财政局\n2024年4月2日\n")
    assert parse_text(closing).issuer == "禾城市科学技术局、禾城市教育局、禾城市财政局"


def test_a_vertically_managed_body_keeps_its_national_head_in_a_joint_signature():
    # round BP: '国家税务总局' was cut off at the recurring place and glued onto the body before it (BP03: issuer)
    for signature in ("禾城市人力资源和社会保障局\n国家税务总局禾城市税务局\n", "禾城市人力资源和社会保障局　国家税务总局禾城市税务局\n"):
        text = ("关于印发《禾城市2024年科普惠民行动方案》的通知\n各有关单位：\n　　现印发给你们，请认真贯彻执行。\n"
                + signature + "2024年5月8日\n" + _PLAN)
        assert parse_text(text).issuer == "禾城市人力资源和社会保障局、国家税务总局禾城市税务局", signature
    text = ("关于印发《禾城市2024年科普惠民行动方案》的通知\n各有关单位：\n　　现印发给你们，请认真贯彻执行。\n"
            "国家税务总局禾城市税务局　禾城市人力资源和社会保障局\n2024年5月8日\n" + _PLAN)
    assert parse_text(text).issuer == "国家税务总局禾城市税务局、禾城市人力资源和社会保障局"


def test_joint_issuers_one_a_line_in_a_block_cell_are_all_the_issuer():
    # round BP: an empty '发文机关：' over two names (a cell's <br>) gave the first name only (BP04: issuer)
    text = ("索引号：11340000MB0000000X/2024-00001\n发文机关：\n禾城市科学技术局\n禾城市财政局\n成文日期：2024年05月08日\n"
            "文号：禾科联〔2024〕2号\n" + _PLAN)
    doc = parse_text(text)
    assert (doc.issuer, doc.doc_number, str(doc.date)) == ("禾城市科学技术局、禾城市财政局", "禾科联〔2024〕2号", "2024-05-08")


def test_a_forwarding_notice_is_dated_and_signed_by_its_own_signature_over_the_forwarded_ones():
    # round BP: a 转发 notice printing the forwarded notice whole took that one's (later printed) signature and date
    # (BP05: issuer, date, region)
    text = ("禾城县人民政府办公室关于转发《江北市人民政府办公室关于印发江北市2024年科普惠民行动方案的通知》的通知\n"
            "禾政办发〔2024〕14号\n各乡镇人民政府，县直有关单位：\n　　现转发给你们，请结合实际认真贯彻落实。\n"
            "禾城县人民政府办公室\n2024年4月10日\n"
            "江北市人民政府办公室关于印发江北市2024年科普惠民行动方案的通知\n江政办发〔2024〕6号\n各县（区）人民政府：\n"
            "　　现印发给你们，请认真组织实施。\n江北市人民政府办公室\n2024年3月20日\n" + _PLAN.replace("禾城市", "江北市"))
    doc = parse_text(text)
    assert (doc.issuer, str(doc.date), doc.doc_number, doc.region) == (
        "禾城县人民政府办公室", "2024-04-10", "禾政办发〔2024〕14号", "禾城县")


def test_a_seal_word_between_the_signature_and_its_date_is_no_text():
    # round BP: '（盖章）' between the organ and its date hid the signature; the site's name above the page was read as the
    # issuer (BP07: issuer)
    for seal in ("（盖章）", "(公章)", "（印章）"):
        text = ("禾城县人民政府\n关于做好2024年秋收工作的通知\n各乡镇人民政府：\n"
                "一、抓好机收减损。（责任单位：县农业农村局；完成时限：2024年10月底前）\n"
                "二、做好烘干服务。（责任单位：县农机服务中心）\n"
                f"禾城县农业农村局\n{seal}\n2024年9月12日\n")
        doc = parse_text(text)
        assert (doc.issuer, str(doc.date)) == ("禾城县农业农村局", "2024-09-12"), seal
        assert classify(1, seal).kind == "noise"


def test_the_key_fawenbianhao_labels_the_doc_number():
    # round BP: '发文编号：' was no key, the page's only 文号 lost (BP08: doc_number); '信息索引：' and '时效：' are keys of
    # the block too, no title
    text = ("信息索引：11520000MB0000000X/2024-00009\n发文编号：禾水发〔2024〕7号\n发文单位：禾城县水利局\n"
            "成文时间：2024年02月27日\n时效：有效\n" + _PLAN)
    doc = parse_text(text)
    assert (doc.doc_number, doc.issuer, str(doc.date), doc.title) == (
        "禾水发〔2024〕7号", "禾城县水利局", "2024-02-27", "禾城市2024年科普惠民行动方案")


def test_a_title_naming_bodies_of_the_sites_place_names_the_issuer():
    # round BP: a title naming two issuers joined by 、 was read as no organ's, and the portal's '禾城县人民政府' above the
    # page became the issuer (BP11: issuer)
    text = ("禾城县人民政府\n禾城县教育局、禾城县财政局关于做好2024年学生资助工作的通知\n禾教联〔2024〕4号\n各中小学：\n"
            "一、精准认定资助对象。（责任单位：县学生资助管理中心）\n二、及时发放资金。（责任单位：县财政局）\n")
    assert parse_text(text).issuer == "禾城县教育局、禾城县财政局"
    single = text.replace("禾城县教育局、禾城县财政局关于", "禾城县教育局关于")
    assert parse_text(single).issuer == "禾城县教育局"


def test_a_number_after_a_cited_title_is_the_cited_documents():
    # round BP: a hard wrap ending a preamble line with '…的通知》（岳政办发〔2023〕19号）' made the parent's number this
    # plan's (BP12: doc_number)
    text = ("禾城区2024年城市管理提升行动方案\n　　为贯彻《岳州市人民政府办公室关于印发岳州市城市管理三年行动计划的\n"
            "通知》（岳政办发〔2023〕19号）\n精神，制定本方案。\n一、重点任务\n"
            "（一）提升道路保洁水平。（责任单位：区城市管理局；完成时限：2024年6月底前）\n"
            "（二）整治占道经营。（责任单位：区市场监督管理局）\n")
    doc = parse_text(text)
    assert doc.doc_number is None
    assert doc.basis == ["岳政办发〔2023〕19号"]


def test_near_misses_of_the_round_bp_rules_stay_as_they_were():
    # one organ over the date under a paragraph: that organ alone; bodies of two places stacked: the one over the date
    for above, issuer in (("", "禾城市科学技术局"), ("江北市教育局\n", "禾城市科学技术局")):
        text = ("关于印发《禾城市2024年科普惠民行动方案》的通知\n各有关单位：\n　　现印发给你们，请认真贯彻执行。\n"
                f"{above}禾城市科学技术局\n2024年5月8日\n" + _PLAN)
        assert parse_text(text).issuer == issuer, above
    # a vertically managed body signing alone keeps its whole name
    text = ("关于印发《禾城市2024年科普惠民行动方案》的通知\n各有关单位：\n　　现印发给你们，请认真贯彻执行。\n"
            "国家税务总局禾城市税务局\n2024年5月8日\n" + _PLAN)
    assert parse_text(text).issuer == "国家税务总局禾城市税务局"
    # one name under '发文机关：', or names not closed by another key: the first name only
    for block in ("发文机关：\n禾城市科学技术局\n成文日期：2024年05月08日\n", "成文日期：2024年05月08日\n发文机关：\n禾城市科学技术局\n"):
        assert parse_text(block + _PLAN).issuer == "禾城市科学技术局", block
    # a page's stamp under the site's name on top and one signature: the signature's date, as before
    text = ("禾城县人民政府\n2024年3月20日\n关于印发《禾城市2024年科普惠民行动方案》的通知\n各有关单位：\n"
            "　　现印发给你们。\n禾城市科学技术局\n2024年3月18日\n" + _PLAN)
    assert str(parse_text(text).date) == "2024-03-18"
    # a form's '申报单位（盖章）：' and the 附注 '（此件公开发布）' are text
    assert classify(1, "申报单位（盖章）：").kind == "body" and classify(1, "（此件公开发布）").kind == "body"
    # a title closed by its own number is still read
    text = "禾城市科学技术局关于印发禾城市2024年科普惠民行动方案的通知（禾科发〔2024〕3号）\n" + _PLAN
    assert parse_text(text).doc_number == "禾科发〔2024〕3号"
    # the portal's government over its own title: the government
    text = ("禾城县人民政府\n禾城县人民政府关于做好2024年秋收工作的通知\n各乡镇人民政府：\n"
            "一、抓好机收减损。（责任单位：县农业农村局）\n二、做好烘干服务。（责任单位：县农机服务中心）\n")
    assert parse_text(text).issuer == "禾城县人民政府"
