"""州 opening a body written with its level only (州发改委, 州直各委) is an autonomous prefecture's word, as
市 is a city's: such bodies say a city's level, and a 文号 opening with the one autonomous prefecture's
character among the places of that kind places the plan there (文政发 with 州… bodies: 文山州); they
place no city, whose bodies are written 市… (pilotplans.normalizers.place)."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document

FIXTURES = Path(__file__).parent / "fixtures"


def _read(tmp_path, text):
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def test_a_prefecture_s_notice_known_only_by_its_doc_no_and_州_bodies_is_placed_in_the_prefecture():
    # 文政发〔2016〕46号 over 各县(市)人民政府…州直各委、办、局 / (州发改委、财政局牵头;…) (before: no place, no level);
    # placed by its metadata (places11: the province it cites, its addressee line speaking as a city's), before its bodies
    document = read_document(FIXTURES / "places-blind" / "wenshan-2016-prefecture-number-only.txt")
    assert (document.level, document.region) == ("municipal", "文山")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its 文号 文政发〔2016〕46号, which opens with 文, the first "
        "character of 文山壮族苗族自治州 alone among the cities of 云南省, the province whose number it cites, its "
        "addressee line speaking as a city's"]


def test_州_bodies_under_a_city_s_doc_no_place_nothing(tmp_path):
    # 许 opens 许昌市's 文号, a city whose bodies are written 市…, not 州…: the plan stays unplaced
    document = _read(tmp_path, "许政发〔2016〕46号\n各县(市)人民政府,州直各委、办、局:\n现提出以下实施意见:\n"
                               "一、切实推进重大项目建设\n全力推进重点项目建设。(州发改委、财政局牵头;州工信委配合)\n")
    assert len(document.measures) == 1
    assert (document.level, document.region) == ("municipal", None)
    assert not [w for w in document.warnings if w.code == "region_inferred"]


def test_a_city_s_市_bodies_under_its_doc_no_are_still_placed_by_it(tmp_path):
    document = _read(tmp_path, "许政发〔2016〕46号\n各县(市、区)人民政府,市直各单位:\n现提出以下实施意见:\n"
                               "一、切实推进重大项目建设\n全力推进重点项目建设。(市发改委、市财政局牵头;市工信局配合)\n")
    assert (document.level, document.region) == ("municipal", "许昌")


def test_州市_governments_in_a_province_s_plan_are_no_prefecture_s_body(tmp_path):
    # 州市人民政府 is Yunnan's word for its prefectures' and cities' governments together, a list of
    # levels, not one body written 州…: the 省… bodies say the plan is the province's, placed by 云
    document = _read(tmp_path, "云政办发〔2020〕12号\n各州、市人民政府，省直各委、办、厅、局：\n现提出以下实施意见：\n"
                               "一、切实推进重大项目建设\n全力推进重点项目建设。（省发展改革委牵头；州市人民政府负责）\n"
                               "二、加快发展外贸\n扩大进出口规模。（省商务厅牵头；州县人民政府负责）\n")
    assert (document.level, document.region) == ("provincial", "云南")


def test_a_prefecture_s_market_bureau_written_州市场监管局_is_still_its_body(tmp_path):
    # 州市场监管局: 州 then 市场监管局, the prefecture's own bureau, not 州市 (prefectures and cities)
    document = _read(tmp_path, "楚政发〔2020〕12号\n各县（市）人民政府，州直各委、办、局：\n现提出以下实施意见：\n"
                               "一、优化营商环境\n持续优化营商环境。（州市场监管局牵头；州财政局配合）\n")
    assert (document.level, document.region) == ("municipal", "楚雄")
