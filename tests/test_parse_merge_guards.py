"""Guards found when rounds written apart met on main: each rule was right alone, the two together misread a text."""
from zhifa_cli.parse import parse_text


def _town_plan(clause: str) -> str:
    return f"某镇2024年综合行政执法工作方案\n二、工作任务\n（一）开展第一项整治。按要求推进。\n{clause}\n"


def test_a_collective_word_alone_is_no_body_in_a_roles_sentence():
    # 'B配合A做好…' (round BG) read '镇文化站与配合站所共同开展宣传' as 站所 leading: 站所 (the 配合站所 label of round BE,
    # here without its colon) names a kind of body, not one
    doc = parse_text(_town_plan("镇文化站与配合站所共同开展宣传。"))
    assert [u.name for u in doc.tasks[0].units] == []
    assert doc.tasks[0].text.endswith("共同开展宣传。")


def test_bodies_named_around_the_same_words_still_are():
    doc = parse_text(_town_plan("镇文化站配合镇司法所做好宣传。"))
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [("镇司法所", "lead"), ("镇文化站", "support")]


def test_a_roles_sentence_with_an_empty_part_is_read_without_a_crash():
    # found by fuzzing the merged rounds: the one-word-unknown reading (round BD) met a part with no names ('由', '、')
    for tail in ("县司法局牵头，由。", "县司法局牵头，、。"):
        doc = parse_text(f"某县工作方案\n一、工作任务\n（一）开展执法培训。{tail}\n")
        assert doc.tasks[0].text.endswith(tail)  # a sentence cut short stays prose
