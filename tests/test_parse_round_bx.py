"""Round BX's layouts, each on a made-up example of its pattern: document metadata laid out in ways the probe set had not
met (a second round after BP) — a block whose only date key is '签发日期' or '印发时间', a 版记's '…印发' line as the only date,
a government decree's 令 number standing in for the 文号, the 版头 and the 文号 copied onto one line, and a title naming two
places. The texts are invented; they copy the shape of published documents, not their words."""

from __future__ import annotations

from zhifa_cli.parse import parse_text

_PLAN = ("禾城市2024年科普惠民行动方案\n一、重点任务\n"
         "（一）建设社区科普馆。新建社区科普馆10个。（责任单位：市科学技术局；完成时限：2024年10月底前）\n"
         "（二）开展科普进校园。全年开展活动50场。（责任单位：市教育局）\n")
_NOTICE = ("禾城市人民政府办公室关于印发禾城市2024年科普惠民行动方案的通知\n各县（市、区）人民政府，市直各部门：\n"
           "　　《禾城市2024年科普惠民行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。\n")


def test_a_signing_or_issuing_date_key_dates_the_text():
    # round BX: a block whose only date keys were '签发日期' (BX01) or '印发时间' (BX02) beside '发布日期' gave no date
    for key, value in (("签发日期", "2024年5月8日"), ("印发时间", "2024-05-08")):
        text = (f"发文机关：禾城市人民政府办公室\n文　　号：禾府办〔2024〕14号\n{key}：{value}\n发布日期：2024-05-13\n"
                + _NOTICE + _PLAN)
        doc = parse_text(text)
        assert str(doc.date) == "2024-05-08", key
        assert doc.doc_number == "禾府办〔2024〕14号"


def test_a_colophons_printed_date_dates_a_text_with_no_other_date():
    # round BX: '禾城市人民政府办公室　2024年1月5日印发' closing the page was its only date and gave none (BX05)
    text = (_NOTICE + _PLAN + "抄送：市委办公室，市人大常委会办公室。\n禾城市人民政府办公室　　　　2024年1月5日印发\n")
    doc = parse_text(text)
    assert str(doc.date) == "2024-01-05"
    assert doc.issuer == "禾城市人民政府办公室"


def test_a_decrees_number_is_its_doc_number():
    # round BX: '青杉市人民政府令' over '第12号' gave neither the 文号 nor the issuer (BX04)
    rules = ("第一章　总　则\n　　第一条　为了促进城市绿化事业发展，制定本办法。\n"
             "　　第二条　本办法适用于本市城市规划区内城市绿化的规划、建设、保护和管理。\n第二章　规划与建设\n"
             "　　第五条　市城市管理局应当会同市自然资源和规划局编制城市绿地系统规划。\n"
             "　　第六条　新建居住区绿地率不得低于30%。\n")
    text = ("禾城市人民政府令\n第 12 号\n　　《禾城市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年6月1日起施行。\n"
            "市长　郑远航\n2024年4月22日\n禾城市城市绿化管理办法\n" + rules)
    doc = parse_text(text)
    assert (doc.doc_number, doc.issuer, str(doc.date)) == ("禾城市人民政府令第12号", "禾城市人民政府", "2024-04-22")
    # ... and so on one line, in a gazette's bracket under the title
    text = "禾城市城市绿化管理办法\n（禾城市人民政府令第5号）\n" + rules
    doc = parse_text(text)
    assert (doc.doc_number, doc.issuer) == ("禾城市人民政府令第5号", "禾城市人民政府")
    # ... or with the number before 令, as printed
    doc = parse_text("禾城市城市绿化管理办法\n禾城市人民政府第5号令\n" + rules)
    assert (doc.doc_number, doc.issuer) == ("禾城市人民政府第5号令", "禾城市人民政府")


def test_a_banner_and_its_number_on_one_line_give_the_number():
    # round BX: '滨湖新区管理委员会文件　滨新管发〔2024〕第5号', a 版头 copied onto one line, gave no 文号 (BX08)
    text = ("禾城市人民政府办公室文件　禾府办发〔2024〕第5号\n" + _NOTICE + "禾城市人民政府办公室\n2024年3月8日\n" + _PLAN)
    doc = parse_text(text)
    assert (doc.doc_number, doc.issuer, str(doc.date)) == ("禾府办发〔2024〕第5号", "禾城市人民政府办公室", "2024-03-08")


def test_a_title_naming_two_places_leaves_the_region_to_the_issuer():
    # round BX: '临河区、东坡区同城化发展2024年工作要点' under a city's block gave the first district as the region (BX12)
    text = ("发布机构：禾城市人民政府办公室\n成文日期：2024年04月16日\n发文字号：禾府办发〔2024〕22号\n"
            "临河区、东坡区同城化发展2024年工作要点\n一、重点任务\n"
            "1.建成临东快速路二期工程。（责任单位：市交通运输局；完成时限：2024年10月底前）\n"
            "2.开通跨区公交线路4条。（责任单位：市交通运输局；完成时限：2024年6月底前）\n")
    doc = parse_text(text)
    assert (doc.region, doc.issuer) == ("禾城市", "禾城市人民政府办公室")


def test_near_misses_of_the_round_bx_rules_stay_as_they_were():
    # a 成文日期 key printed beside the 签发日期 dates the text (a joint text's 成文日期 is its last signer's day)
    text = "成文日期：2024年5月10日\n签发日期：2024年5月8日\n" + _NOTICE + _PLAN
    assert str(parse_text(text).date) == "2024-05-10"
    # a signature's date wins over the 版记's later 印发 date
    text = (_NOTICE + "禾城市人民政府办公室\n2024年1月3日\n" + _PLAN
            + "抄送：市委办公室。\n禾城市人民政府办公室　　　　2024年1月5日印发\n")
    assert str(parse_text(text).date) == "2024-01-03"
    # '第12号' under no 令 line, and a 令 line with no number, are no 文号
    for head in ("禾城市人民政府\n第12号\n", "禾城市人民政府令\n"):
        assert parse_text(head + _PLAN).doc_number is None, head
    # a line of words before '文件' and a number is no 版头 (the number line rule alone decides)
    assert parse_text("根据上级有关精神转发的文件禾府发〔2024〕3号\n" + _PLAN).doc_number is None
    # a title naming one place keeps it; '县、乡两级' names one place and a level
    plan = "\n一、重点任务\n（一）建设社区科普馆。（责任单位：市科学技术局；完成时限：2024年10月底前）\n"
    assert parse_text("发布机构：禾城市人民政府办公室\n临河区同城化发展2024年工作要点" + plan).region == "临河区"
    assert parse_text("发布机构：禾城市人民政府办公室\n青川县、乡两级政务服务中心建设方案" + plan).region == "青川县"
