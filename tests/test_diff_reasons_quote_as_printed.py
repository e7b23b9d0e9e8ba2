"""A link's reason quotes the measures' wording as printed. Its clauses are cut from the text as compared, which has lost
its scope phrases (试点地区, a place's name), and quoted so they read words no measure prints: national-2018 → national-2020
28 ``adds “允许港澳与合伙联营律师事务所…”`` for 允许港澳与试点地区合伙联营律师事务所…, 海南 27 ``adds “为建设提供法律服务”`` for
为海南自贸港建设提供法律服务. Each such quote is given back the printed span it was cut from."""

from __future__ import annotations

from pilotplans.diff.quotes import printed_quotes, printed_span
from tests.conftest import by_number


def reason(result, local: int) -> str:
    return next(link.reason for link in result.links if link.local is not None and link.local.number == local)


def test_an_added_clause_is_quoted_with_the_scope_phrase_it_prints(rounds_diff):
    assert reason(rounds_diff, 28) == "adds “允许港澳与试点地区合伙联营律师事务所以本所名义聘用港澳和内地律师”"


def test_an_added_clause_is_quoted_with_the_place_it_prints(hainan_diff):
    assert reason(hainan_diff, 27) == "adds “为海南自贸港建设提供法律服务”"


def test_a_national_clause_left_out_is_quoted_as_the_national_plan_prints_it(hainan_diff):
    assert reason(hainan_diff, 23) == ("national-2020 24 is split over hainan-2020 22, 23; this part leaves out "
                                       "“支持在试点地区设立外资专业健康保险机构” of a sentence it carries")


def test_a_rewritten_source_clause_is_quoted_with_the_province_it_names(rounds_diff):
    assert reason(rounds_diff, 46) == ("national-2018 #47 is split over national-2020 46, 114; this part rewrites "
                                       "“支持试点地区所在省（自治区、直辖市）人民政府将自由类技术进出口登记备案管理权限下放”")


def test_a_clause_printed_as_compared_is_quoted_as_it_was(rounds_diff):
    # the near miss: 61's added clause holds no scope phrase, and its quote is the printed wording already
    assert reason(rounds_diff, 61) == ("national-2018 #3 is split over national-2020 59, 61; this part adds "
                                       "“推动我国医疗健康服务特别是中医药服务出口”")


def test_a_span_never_reaches_over_a_sentence_end(national2020):
    # 28 prints 机制。允许…: the characters 机制允许 stand in order only across its full stop, and no quote is made of them
    text = by_number(national2020)[28].text
    assert (printed_span("机制允许", text), printed_quotes("adds “机制允许”", [text])) == (None, "adds “机制允许”")


def test_characters_met_in_order_but_apart_make_no_span():
    # the near miss: 支持…发展 stand in order in one sentence, but what lies between (企业在境外) is no scope phrase
    # normalising takes out, so no quote is made of 支持企业在境外发展
    text = "支持企业在境外发展业务"
    assert (printed_span("支持发展", text), printed_quotes("adds “支持发展”", [text])) == (None, "adds “支持发展”")


def test_a_span_gives_back_only_the_place_its_region_takes_out():
    # the quote's first character is printed twice: the span opens on the 为 whose gap is 海南自贸港, the plan's region
    text = "为企业提供服务，为海南自贸港建设提供法律服务"
    assert printed_quotes("adds “为建设提供法律服务”", [text], ["海南"]) == "adds “为海南自贸港建设提供法律服务”"


def test_a_place_of_another_region_is_not_given_back():
    # the same wording in a plan of another region: 海南 is not a name normalising takes out there, and the quote stays
    text = "为海南自贸港建设提供法律服务"
    assert printed_quotes("adds “为建设提供法律服务”", [text], ["福建"]) == "adds “为建设提供法律服务”"
