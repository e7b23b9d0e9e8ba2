"""Read a notice's metadata (title, 文号, issuer, date, level, region) from its paragraphs.

The notice may be printed above a task table or around a prose task list: a red head
(``…人民政府文件``), the 文号 line, the title (over one or several lines), the addressee, the
印发 sentence, the signature and the date (``2021年3月5日`` or ``二〇二一年三月五日``), which a plan
without a notice prints at its end. Traditional characters are matched as simplified ones
(關於, 號, 印發) and kept as printed.

What the reading relies on lives in modules of their own: how the paragraphs are parted into
lines, a page printed as one line among them (:mod:`pilotplans.parsers.notice_lines`), what a
title line is (:mod:`pilotplans.parsers.titles`), a date (:mod:`pilotplans.parsers.dates`) and
an issuer's name (:mod:`pilotplans.parsers.issuer_names`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import regex

from pilotplans.doc_numbers import (
    YEAR_OPENING, doc_no_key, doc_no_pattern, is_central_series, same_doc_no, year_run_into_number,
)
from pilotplans.layout import Grid, Paragraph
from pilotplans.normalizers.numbers import find_item_marker
from pilotplans.normalizers.registry.gazetteer import Gazetteer, Region
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.dates import (
    BRACKETED_LINE, DELIVERED, MONTH_LINE, ZEROLESS_MONTH_LINE, day_unmarked_date_line, figures_date_line, read_adopted_date, template_date_line,
    read_bracketed_date, read_date, read_day_unmarked_date, read_delivered_date, read_figures_date,
    read_signed_day_unmarked_date,
    signed_day_unmarked_line, signed_line,
)
from pilotplans.parsers.described import Described
from pilotplans.parsers.info_rows import (
    InfoField, bracketed_rows_apart, date_row_apart, grid_info_rows, heads_file_card, info_labels, law_rows_apart, list_item_value, read_info_line,
    run_in_rows,
)
from pilotplans.parsers.infobox import read_infobox
from pilotplans.parsers.issuer_names import LEVEL_WORDS, PLACE, SPACES, bodies_apart, ends_like_a_body
from pilotplans.parsers.issuer_place import issuer_with_place
from pilotplans.parsers.notice_lines import lines_of, names_addressees, order_lines_joined, run_on_lines
from pilotplans.parsers.text.run_in_header import run_in_header
from pilotplans.parsers.titles import (
    CITED_TITLE, JOINING_END, JOINING_OPENING, OWN_TITLE_OPENING, RED_HEAD_WORD, TITLE_END, TITLE_IN_LINE, TITLE_KINDS, TITLE_PART, WRAPPED_LINE,
    cited_title, counted_kind_goes_on, counted_title, filed_under_place, is_title_part, shared_file_name, without_cell_rule, without_file_extension, without_glosses, without_issue_note,
    without_published_news,
)
from pilotplans.patterns import compiled
from pilotplans.plan_titles import Cited, title_key, unwrapped
from pilotplans.textutil import narrow_digits, squash

# 文号: 国函〔2020〕111号, 琼商服〔2020〕150号, 厦府办〔2020〕12号, also with [] or () for 〔〕.
DOC_NO = compiled(doc_no_pattern())
# What a 文号 printed inside a line may have run into before it: a red head's 文件, a title's 通知.
_RUN_IN_BEFORE_NUMBER = compiled(r"^.*(?:文件|通知)")
# What may stand between a document's own 文号 and the 关于 of its title in one line: the issuer's name, after
# the dash a site may print between the number and the title (阳政办〔2019〕1号—区人民政府办公室关于…的通知).
_OWN_NUMBER_GAP = compiled(r"\s*[—–―－-]*[\p{Han}\s《]*")
# A notice issuing a plan, in a line that ran on past it (a page that lost its line breaks).
_ISSUING = compiled(r"关于印发\s*" + CITED_TITLE + r"\s*的通知")
# A notice's sentence naming the one plan it issues (现将《X》印发给你们 / 《X》已经市政府同意，现印发给你们 /
# 经研究，制定《X》，现印发给你们: the plan the notice's issuer made); two plans cited side by side (现将《A》《B》
# 印发) name no one title.
_ISSUING_SENTENCE = compiled(r"(?:现将\s*" + cited_title("now") + r"\s*(?:[（(]以下简称[^）)]{1,20}[）)])?\s*印发"
                             r"|^\s*" + CITED_TITLE + r"\s*已经?\p{Han}{1,12}同意"
                             r"|制定\s*" + cited_title("made") + r"\s*[，,]\s*现予?印发)")
# A notice's title run into its own 文号 in a line that ran on (西安市人民政府办公厅关于印发…方案的
# 通知市政办函〔2024〕26号各区、县人民政府…): the first 的通知 ends the title, the number follows it.
_TITLE_THEN_NUMBER = compiled(
    r"^\s*(?P<title>\p{Han}[\p{Han}\s]{1,40}?关于[^，。；,;:：]{2,80}?的通知)\s*"
    r"(?P<number>" + doc_no_pattern(lazy=True) + ")")
# An attachment label on a line of its own: 附件, 附件1, 附件2：.
_ATTACHMENT = compiled(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]?$")
# A red head: the issuer's name and 文件 (某某市人民政府文件); a title's line wrapped after 文件 (某某市人民政府关于加强
# 行政规范性文件 / 管理工作的通知) holds a title's words (关于, 印发), never in a body's name.
_RED_HEAD = compiled(r"^(?P<issuer>(?!\p{Han}*?(?:关于|印发|转发|批转))\p{Han}{4,40}?)\s*文\s*件$")
# A red head printed over two lines (:data:`RED_HEAD_WORD`) is read within the first lines of the page
# (a site's menu and the headline over it).
_RED_HEAD_REACH = 8
# The shortest issuer's name a red head prints (as ``_RED_HEAD`` reads one): a site's menu item 市政府 over
# its 文件 item is none.
_RED_HEAD_NAME = 4
# The issuer a title prints before 关于, or before 印发 (兰州市人民政府办公厅印发关于…的通知), or before
# 转发 or 批转 (兰州市人民政府办公厅转发市商务局关于…: the body after 转发 wrote what is forwarded).
# A title may print what follows the issuer in 《》 (陇西县人民政府办公室《关于认真办理…》的通知): the issuer is before
# it only when that names a body on its own; words carrying out another body's document (贯彻落实市委《关于…》
# 的实施意见) name none.
# A body's name may hold its province in brackets (中国（广东）自由贸易试验区…片区管理委员会关于…: the free trade
# zone's name) — read through, as the name's own letters.
_ISSUER_PREFIX = compiled(r"^(?!关于|印发|转发|批转)(?P<issuer>\p{Han}(?:\p{Han}|[（(]\p{Han}{2,4}[）)]){1,39}?)\s*(?P<quoted>《)?\s*(?:关于|印发|转发|批转)")
# Bodies a title lists with 、 before 关于 as its joint issuers (中共惠州市委、惠州市人民政府关于…的决定); each must end as
# a body's name does (a title listing places, 北京、天津关于…, lists no issuers). Each name is the shortest before the
# next 、 or the first 关于 (厦门市商务局、厦门市发展和改革委员会关于印发…: read greedily, the last ran on to the 关于 of
# 关于印发 and ended as no body does), a space before 关于 allowed (…发展和改革委员会 关于…, as a title's line prints it).
_ISSUERS_LISTED_PREFIX = compiled(r"^(?!关于|印发|转发|批转)(?P<issuer>\p{Han}{2,30}?(?:、\p{Han}{2,30}?){1,5}?)\s*(?:关于|印发|转发|批转)")
# An issuer a provincial or city web site prints without its place (省人民政府办公厅, 市商务局);
# 市场… (市场监管总局) names a market, not a city.
_MINISTRY = compiled(r"^\p{Han}{1,8}(部|委员会|总局|总署)$")  # a name without a place ending like a ministry's
_UNNAMED_LOCAL = compiled(r"^(?P<kind>省|自治区|市)(?!场)\p{Han}{1,20}$")
# A county-level issuer (芮城县人民政府办公室, 中共黄岛区委): the county is the document's place, named
# in full, when its government or Party committee follows (a title such as 关于推进县域… is none).
# 自治区 is a province's word (广西壮族自治区, or 自治区人民政府办公厅 with its place left out), not a 区.
# A county of one character before 县 names its Party committee with the word again (中共沙县县委,
# 中共和县县委: 沙县's 县委): the place is 沙县, not 沙县县.
# No county's name holds 政府: a title whose issuer carries out another county body's document (县人民政府执行县委关于…)
# names no county 县人民政府执行县. The Party's name may be written in full (中国共产党伊川县委: 伊川县, not 中国共产党伊川县).
_COUNTY = compiled(r"^(?:中共|中国共产党)?(?!中共|中国共产党)(?P<place>(?!自治区)(?:(?!政府)\p{Han}){1,8}?(?P<kind>县|旗|(?<!自治)区))(?=人民政府|政府|(?P=kind)?委)")
# A county's, a district's or a banner's government or its office named by the kind of place alone (区政府办公室,
# 县人民政府): a county's level, no place. 市 is left out: a city's and a county-level city's read alike.
_COUNTY_BY_KIND = compiled(r"^(?:县|区|旗)(?:人民政府|政府)(?:办公室)?$")
# A Party committee printed with its level word alone (中共区委办公室、区人民政府办公室关于…): the level its word gives,
# no place (中共 names none).
# The level words a Party committee is named by without its place (省委, 自治区党委's 自治区委, 区委): a local body's
# (issuer_names.LEVEL_WORDS) and an autonomous region's.
_COMMITTEE_KINDS = "|".join(("自治区", *LEVEL_WORDS))
_PARTY_BY_KIND = compiled(rf"^中共(?P<kind>{_COMMITTEE_KINDS})委")
# A place left unnamed (某县, 某区, 某某市: a template's or a sample's stand-in, 某 "a certain"): no
# place, though the level its word gives (县: a county's notice) stands.
_UNNAMED_PLACE = compiled(r"^某+(?:省|自治区|市|县|旗|区)?$")
# A Party committee printed with its level word alone before its government (省委省政府贯彻…, 市委市政府…): its level
# word opens the title, no place (PLACE reads 市委市 as a city named 市委).
_COMMITTEE_BY_KIND = compiled(rf"^(?:{_COMMITTEE_KINDS})委")
# Lines of a notice that are never its title: an attachment label (附件, 附表1), the publication note, the seal's
# note, the distribution lines, the closing formula (特此通知, 特此函告: it ends like a title in 通知), and
# the disclosure tag a government prints alone over its notice (主动公开, 依申请公开, 不予公开: the
# 公开属性 of the disclosure regulations), which ends like nothing and was read as the title's first line.
_CLOSING = r"特此\s*\p{Han}{2}\s*[。.]?"
_DISCLOSURE = r"[【\[（(]?\s*(?:主动|依申请|不予|免予)\s*公开\s*[】\]）)]?"
_SKIP = compiled(rf"^(附\s*[件表]\s*\d*|[（(]?\s*此件.*|[（(]\s*代章\s*[）)]|抄送.*|印发.*|{_CLOSING}|{_DISCLOSURE})$")
# A news headline saying who issued a document (重庆四川两省市印发贯彻落实《…》联合实施方案, 国务院办公厅印发《…》): its subject,
# then 印发 and the document, which closes the line as no notice's kind does — a notice's own title issuing a document
# closes with its kind (中共中央办公厅、国务院办公厅印发《…》的通知), and 关于印发… opens one. The site's, never the
# document's title.
_ISSUING_HEADLINE = compiled(r"^(?!.*关于)\p{Han}{2,40}?(?:联合)?印发(?!.*通知\s*$).{4,}$")
# The disclosure tag printed on the 文号's own line, before or after it (荆政办发〔2023〕5号 主动公开): the
# line is the number's; the tag is no letter of it (it read as no number at all, and the 文号 was lost).
# A government's order is numbered in its own series, without a year (渝府令第 121 号, 国务院令第 708 号): on a
# line of its own, under its issuer, it is the order's 文号; some print the year in brackets before the number
# (政府令〔2010〕第15号, 河北省人民政府令〔2010〕第15号 over the province's rules). The maker's name may be long: an
# autonomous region's or prefecture's (新疆维吾尔自治区人民政府令, 黔东南苗族侗族自治州人民政府令: 14 before 令).
ORDER_NO = compiled(r"\p{Han}{1,20}令\s*(?:[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*)?第\s*\d{1,5}\s*号")
_TAGGED_NUMBER = compiled(rf"^\s*(?:{_DISCLOSURE}\s*)?(?P<number>{DOC_NO.pattern}|{ORDER_NO.pattern})(?:\s*{_DISCLOSURE})?\s*$")
# A 文号 alone on its line that lost its closing 号 (天政办发〔2025〕4, a gazette's print): its letters, its year in the
# hexagonal brackets only a 文号 prints a year in, its number, nothing after — not a year in any other bracket, nor a
# number with words after it (天政办发〔2025〕4文件), nor a year and number with no letters before them (〔2025〕4).
_NUMBER_WITHOUT_MARK = compiled(r"^\s*(?P<number>\p{Han}{1,10}〔\s*(?:19|20)\d{2}\s*〕\s*\d{1,4})\s*$")
# The closing formula right over a date: nothing signs the notice between them.
_CLOSING_LINE = compiled(rf"^{_CLOSING}$")
# The second line of a title whose first line already ends like one: 的通知, （试行）, （2023—2025年）; never a day in
# brackets, the date the document was issued printed under its title (中共湖南省委 湖南省人民政府关于…的意见 /
# (2020年3月13日), or in numerals, （二〇二〇年三月十三日）: the date, no part of the title — the lines are read by
# read_bracketed_date where this is used, which reads every way a date prints).
_TITLE_GOES_ON = compiled(r"^(?:的\p{Han}{1,12}|[（(][\p{Han}\d—\-－~～至]{1,16}[）)])$")
# What opens the rest of a title after the issuer's name: 关于, 印发, 转发 or 批转 (…人民政府办公室 /
# 关于印发…, …办公厅 / 转发市商务局关于…的通知).
_TITLE_OPENINGS = r"关于|印发|转发|批转"
_AFTER_ISSUER = compiled(rf"^\s*(?:{_TITLE_OPENINGS})")
# The year a title may open with before the place it is of (2020年神农架林区政府工作报告, 2016年度…).
_YEAR_OPENING = compiled(r"^\s*(?:19|20)\d{2}\s*年度?")
# A title opening with what a body does to another's document (转发市商务局关于…) names that body, not its place, first.
_FORWARDS = compiled(r"^\s*(?:印发|转发|批转)")
_CJK_GAP = compiled(r"(?<=[\p{Han}“”《》、])\s+(?=[\p{Han}“”《》、])")
# One space a plan's name quoted in a title prints between two phrases (《奉贤区全面优化营商环境 持续激发市场
# 活力和社会创造力行动方案》), each side a phrase of four characters or more inside the same 《》; a letter-spaced
# title (关 于 印 发 《某 某 方 案》) or a run of spaces keeps none. The space is kept only where the page confirms
# it (:func:`_confirmed_phrase_gaps`).
_QUOTED_PHRASE_GAP = compiled(r"(?<=《[^《》\s]*\p{Han}{4})[ \u3000](?=\p{Han}{4}[^《》\s]*》)")
# A date printed in figures, as information tables print it: 2023-01-03, 2023/1/3, 2023.01.03.
# The time of day may follow it (2021-02-12 16:00, 2020-04-09 08:44:33).
_CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_NUMERIC_DATE = compiled(r"^\s*(?P<y>(?:19|20)\d{2})\s*[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})"
                         rf"(?:\s+{_CLOCK})?\s*$")
# A source row's date printed after its name on the same line (来源:华容县政府   2021-03-23 10:56): the page's
# publishing time, no part of the name.
_DATED_AFTER = compiled(r"\s+(?:(?:19|20)\d{2}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
                        rf"(?:\s+{_CLOCK})?\s*$")
# The time of day an information table prints after a date (2024年04月06日 16:40).
_TIME_OF_DAY = compiled(rf"(?<=日)\s+{_CLOCK}\s*$")
# The name of a body as an information table prints it (发布机构 区人民政府办公室); a bracket in it may list what
# the body also stands for (温州湾新区(高新区、经开区)党政办公室: the new area's office, also the zones').
_ISSUER_NAME = compiled(r"(?=.{2,40}$)(?:[\p{Han}（）()\s]|[（(][\p{Han}、\s]{1,20}[）)])+")


@dataclass(frozen=True)
class Metadata(Described):
    """What a document's own text says of it (:class:`Described`), with what reading it told beside."""

    parent_doc_no: str | None = None
    #: The 文号 as its line prints it where ``doc_no`` mends it (广安区府办发〔202026 for 广安区府办发〔2020〕26号), else None.
    doc_no_printed: str | None = None
    #: What its text cites, in the order printed (:func:`citations`).
    citations: tuple[Cited, ...] = ()
    #: The words of the notice that named its region when neither its title nor its issuer did (结合淮安实际).
    region_named_by: str | None = None
    #: The level read before the notice's words named the region (None when they gave it too).
    level_read: str | None = None
    #: Whether ``region_named_by`` are the notice's words ("notice"), a web page's site name ("site"), the
    #: opening of the notice's 文号 ("doc_no": 穗府, its government's own series; "doc_no_province": 粤府, a province's
    #: 简称 at its government's level; "doc_no_cited_province": 德府发, the one city of the province whose number the
    #: notice cites) or a news lead's words saying
    #: a government's site published the document ("lead": 成都市人民政府网站公布了《X》), or its addressee line
    #: naming a province's own departments with words naming one such province ("addressee": 自治区政府各部门、
    #: 宁夏回族自治区), a gazette's masthead ("masthead": 咸宁市人民政府主办2020年第2号), the county a plan's title opens
    #: with, the page speaking as that county ("title": 閔行區…行動方案), the county whose draft an announcement printing
    #: no issuer or 文号 publishes for comment, the page speaking as it ("draft": 关于公开征求《闵行区…（征求意见稿）》意见的
    #: 公告), or the one city a page printing no title, 文号 or issuer names — an announcement's title (关于…的公告)
    #: counted as none ("text"), or the one province a page whose head speaks at a province's level names twice in its
    #: text ("province_text": 省政府关于… over 对江苏工作…, 新江苏), or the place a page printing no title, 文号 or issuer names
    #: in full and then calls by its kind word ("called_henceforth": 三江侗族自治县(以下简称自治县)), or the one autonomous
    #: region holding the kinds of division a page speaking as an autonomous region names its tiers by ("tiers":
    #: 结合自治区实际 over 旗县级以上政府部门: 内蒙古), or the place of the body a news page printing no title, 文号 or issuer
    #: opens its headline with and names again in its text ("headline": 中共四川省委组织部组织…活动 over …省委组织部…), or
    #: the place whose congress a work report's delivery line names ("delivery": ——2010年12月28日在乌海市海南区第八届
    #: 人民代表大会…, under a speaker saying 我代表区人民政府), or the city of the one Corps division a page printing no head
    #: speaks of by its name or its regiments' ("corps": 136团…团场 → 石河子, 第八师's; 十师北屯市 → 北屯), or the place of
    #: the plan a notice printing no head says it breaks down, speaking as that place's government by its kind's word
    #: ("broken_down": 批准了《天津市…纲要》…市人民政府决定…分解落实 → 天津), or the place whose congress's standing
    #: committee or government adopted a page printing no title, 文号 or issuer, as its adoption line in brackets says
    #: ("adoption": (2019年4月26日黑龙江省第十三届人民代表大会常务委员会第十一次会议通过) → 黑龙江; a session named by its
    #: level word alone, its place the first words of the next line before the same session: (2011年1月9日县十六届人大
    #: 五次会议通过) over 房县第十六届… → 房县), or the city whose bodies,
    #: one named by the city's word alone among them, go on a visit ("visitors": 梅州海关、市商务局…赴汕头综保区学习考察 → 梅州),
    #: or the place whose plan its government, naming no place in its title, prints under that title ("printed_plan":
    #: 市人民政府关于印发随州市…行动方案的通知 → 随州).
    region_named_in: str = "notice"
    #: Whether ``date`` is the day a web page published the document (its 发布日期), the document
    #: printing no date of its own.
    date_published: bool = False


def _clean(text: str) -> str:
    return _CJK_GAP.sub("", text.strip())


def _clean_title(text: str) -> str:
    """A title's line without the gaps between its characters (:func:`_clean`), a quoted plan's name keeping
    the one space it prints between two phrases (:data:`_QUOTED_PHRASE_GAP`)."""
    return _clean(_QUOTED_PHRASE_GAP.sub("\0", text.strip())).replace("\0", " ")


def is_attachment_label(text: str) -> bool:
    """A line that labels an attachment (附件, 附件2：)."""
    return _ATTACHMENT.match(fold(text.strip())) is not None


def read_lines(texts: list[str]) -> list[tuple[str, str]]:
    """Each line of ``texts`` as the number and citation readers read it: without a mirror site's glosses, and that
    folded (simplified characters) — made once for both (:func:`_numbers_in_lines`, :func:`citations`)."""
    return [(plain, fold(plain)) for plain in map(without_glosses, texts)]


def _numbers_in_lines(texts: list[str], title: str | None = None, head: int = 0,
                      read: list[tuple[str, str]] | None = None) -> tuple[list[str], list[str]]:
    """The 文号 printed inside lines (not as a line of their own): those heading a notice's title
    in the same line (鞍山市立山区人民政府文件鞍立政发〔2023〕2号立山区人民政府关于印发…: a page that
    lost its line breaks; 鲁政发〔2014〕20号《山东省人民政府关于…》), which are the document's own,
    and the others, which it cites. A number heads the title when nothing but a red head (…文件)
    comes before it, nothing but the issuer's name between it and 关于, and 关于 opens a title (a
    kind of document before any sentence's punctuation): a sentence citing one before a 关于 of its
    own (为贯彻落实国办发〔2022〕10号关于…的要求, 《…》（国函〔2020〕111号）关于…) cites it. A number
    a sentence borrows from (学习借鉴《浙江省…》(浙政发〔2018〕2号)的经验: :func:`_borrowed`) is neither. A number
    opening a line whose rest is the page's own ``title`` printed without 关于 is its own too (:func:`_titled_after`;
    where no title is read, a whole title on a line of the notice's head, before its line index ``head``). A number
    heading a title below the notice's head heads the page's own ``title`` or cites another document's (a related
    document listed under the page: 相关文件 / 武政办〔2018〕5号—市人民政府办公厅关于…). ``read`` is
    :func:`read_lines` of ``texts`` where the caller made it."""
    own: list[str] = []
    cited: list[str] = []
    for index, (text, folded) in enumerate(read if read is not None else read_lines(texts)):
        if number_line(text) is not None:
            continue
        title_at = folded.find("关于")
        for match in DOC_NO.finditer(folded):
            number = _number_alone(_RUN_IN_BEFORE_NUMBER.sub("", text[match.start():match.end()]))
            before = folded[:match.end() - len(number)].strip()
            heads = ((_heads_title(folded, match.end(), title_at) and (index < head or _holds_title(folded, title)))
                     or (not before and names_addressees(folded, match.end()))
                     or (not before and _titled_after(folded, match.end(), title, index < head)))
            if (heads and (not before or _RED_HEAD.match(before))) or _after_own_title(folded[:match.start()], title):
                own.append(number)
            elif not _borrowed(folded[:match.start()]):
                cited.append(number)
    return own, cited


def _after_own_title(before: str, title: str | None) -> bool:
    """Whether a line prints nothing before a 文号 but the page's own whole ``title`` and a space (a wiki's summary
    line: 国务院关于…的批复 国函〔1992〕194号 中华人民共和国国务院 1992年12月11日): the number is the title's. A
    sentence ending in a title it cites (根据…的通知 国发〔2016〕76号) prints more than the title."""
    if not title or not before[-1:].isspace():
        return False
    return regex.sub(r"\s+", "", before) == regex.sub(r"\s+", "", fold(without_glosses(title)))


def _holds_title(folded: str, title: str | None) -> bool:
    """Whether a line (``folded``) prints the page's own ``title``, read without spaces; any line does where
    no title is read."""
    return not title or regex.sub(r"\s+", "", fold(title)) in regex.sub(r"\s+", "", folded)


# What ends the clause a cited 文号 stands in, and the titles a clause cites in 《》.
_CLAUSE_END = compiled(r"[。；;，,！？：:]")
_CITED_IN_QUOTES = compiled(r"《[^《》]*》")


def _borrowed(before: str) -> bool:
    """Whether the clause running up to a cited 文号 (``before`` it) borrows from the document rather
    than carrying it out (学习借鉴《浙江省…》(: the vocabulary's ``borrowing_lead_ins``), read outside
    the titles it cites (为贯彻落实《…关于借鉴…经验的指导意见》( carries it out)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    clause = _CITED_IN_QUOTES.sub("《》", before)
    clause = clause[max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0):]
    return any(word in clause for word in vocabulary().borrowing_lead_ins)


# A title cited in 《》 and the 文号 printed after it in brackets, if any (《…的批复》（国函〔2020〕111号）).
_CITED_TITLE = compiled(cited_title(shortest=2, longest=120) + r"\s*(?:[（(]\s*(?P<number>" + DOC_NO.pattern + r"))?")


# A plan's heading's title, up to what ends it (（三）推动人才便利流动。…, 二、主要任务：): a line whose words before that
# cite a document in 《》 is a paragraph numbered, no heading (一、请吉林省人民政府按照《国务院关于同意设立长春新区的批复》…).
_HEADING_TITLE_END = compiled(r"[。；;：:]")


def citing_lines(texts: list[str], title: str | None = None) -> list[int]:
    """The indices of the lines that may cite the documents a plan rests on: on a page printing a plan (``title``, or the
    plan a notice titled ``title`` issues, ending with a plan's kind: ``plan_kinds`` in plan_titles.toml), the notice,
    the plan's title printed on a line of its own and its preamble, down to the plan's first heading after that title
    (一、, （一）, 1.) naming no section of the plan's own (总体要求, 指导思想, 基本原则, 工作目标:
    ``plan_sections`` in tasklist.toml: 为贯彻落实《…》（国函〔2020〕111号）精神，…制定本方案 / 一、总体要求 / （一）指导思想
    …按照《…》要求), and under that heading the lead its section prints before its first item (二、主要任务 /
    全面落实《…总体方案》任务分工，… / （一）…: what the tasks carry out). The heading and the items from there on are
    the plan's tasks, whose 《》 titles and 文号 are what a task applies (实施《…人才认定标准》), no plan the page carries
    out. Every line may cite on any other page: an approval's or a notice's own numbered paragraphs (一、同意… /
    二、《…总体方案》…; 一、请吉林省人民政府按照《…批复》…), rules' articles (第一条 …根据《…条例》…) and chapters
    (一、总则 / 1. 根据《中华人民共和国宪法》…), a plan whose title line is not found, a notice over a table. No page cites
    in a site's list of related documents at its foot (:func:`_related_list_at`)."""
    from pilotplans.parsers.interpret.vocabulary import names_plan_section
    from pilotplans.plan_titles import title_words

    texts = texts[:_related_list_at(texts)]
    everything = list(range(len(texts)))
    plan = unwrapped(title) if title else ""
    if not plan.endswith(title_words().plan_kinds):
        return everything
    key = title_key(plan)
    printed = [at for at, text in enumerate(texts) if title_key(text) == key]
    if not printed:
        return everything
    # the plan begins at its title printed after the notice's closing sentence (现将《X》印发给你们，请…执行。), where
    # the notice prints one: a page's headline printing the plan's title over the notice (X / 关于印发X的通知 / … /
    # 一、各区要按照《…》… / 二、…) is no plan's opening, and the notice's own numbered paragraphs under it no tasks.
    # Only a sentence issuing the plan closes a notice: a plan's own 请…贯彻落实。 (各区各部门请认真贯彻落实。) is the
    # plan's, and its title printed again under it (a site's 上一篇 or foot) no opening of the plan
    closed = next((at for at, text in enumerate(texts) if _closes_notice_issuing(text, key)), None)
    begins = next((at for at in printed if closed is not None and at > closed), printed[0])
    for at in range(begins + 1, len(texts)):
        text = texts[at].strip()
        marked = find_item_marker(text)
        if (marked is None or marked.style == "article"
                or "《" in _HEADING_TITLE_END.split(text[marked.end:], maxsplit=1)[0]
                or names_plan_section(text[marked.end:])):
            continue
        lead = next((k for k in range(at + 1, len(texts)) if find_item_marker(texts[k].strip()) is not None),
                    len(texts))
        return [*range(at), *range(at + 1, lead)]
    return everything


def _related_list_at(texts: list[str]) -> int:
    """Where a site's list of related documents opens (相关文件: / 武政办〔2018〕5号—…, 拓展阅读: 拆迁补偿标准 …: the
    vocabulary's ``related_lists``), below the last line dated as a signature or a notice is — the page's foot, after
    the document —; the number of ``texts`` where none does (a label over the document, no date above it, or only the
    date a page prints under its title, with the signature's date still to come, opens no list)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    labels = [at for at, text in enumerate(texts) if words.opens_related_list(text)]
    if not labels:
        return len(texts)  # most pages print no such list: no line's date is read
    dated = next((at for at in range(len(texts) - 1, -1, -1) if read_date(texts[at]) is not None), None)
    return next((at for at in labels if dated is not None and at > dated), len(texts))


def _closes_notice_issuing(text: str, key: str) -> bool:
    """Whether a line is a covering notice's last sentence (:func:`closes_notice`) issuing the plan whose title reads
    ``key`` (:func:`title_key`): it issues (现印发给你们，请认真贯彻落实。) or names the plan (《X》已经市政府同意，请认真
    贯彻执行。). A plan's own sentence asking that it be carried out (各区各部门请认真贯彻落实。) does neither."""
    return closes_notice(text) and ("印发" in fold(text) or key in title_key(text))


def citations(lines: list[tuple[str, str]], cited: list[str], title: str | None) -> tuple[Cited, ...]:
    """Every document ``lines`` (:func:`read_lines`) cite, in the order printed: each title in 《》 (with the 文号 printed after it in
    brackets, when that is one of the numbers ``cited``), then each number ``cited`` no title stands before; the
    document's own ``title``, or the plan it issues under it (关于印发《X》的通知 / 现将《X》印发给你们: X), is none —
    while a title a notice's title carries out is (关于贯彻落实《X》的实施意见), and so is the document a notice forwards
    (关于转发《X》的通知) —, nor is a title a clause borrows from
    (学习借鉴《…》: :func:`_borrowed`)."""
    own: str | None = None  # the title as its notice issues it, read at the first title cited
    keys = {doc_no_key(number): number for number in cited}
    found: list[tuple[int, int, Cited]] = []
    numbered: set[str] = set()
    for index, (line, folded) in enumerate(lines):
        if "《" not in line and not keys:
            continue
        if "《" in line:
            for match in _CITED_TITLE.finditer(folded):
                name = regex.sub(r"\s+", "", match["title"])
                own = (unwrapped(title, forwarded=False) if title else "") if own is None else own
                if title_key(name) == own or _issued_here(folded[match.end("title") + 1:]) \
                        or _borrowed(folded[:match.start()]) or _short_name(name, folded[:match.start()]):
                    continue
                number = keys.get(doc_no_key(match["number"])) if match["number"] else None
                if number is not None:
                    numbered.add(doc_no_key(number))
                found.append((index, match.start(), Cited(line[match.start("title"):match.end("title")], number)))
        for key, number in keys.items():
            at = folded.find(fold(number)) if key not in numbered else -1
            if at >= 0:
                numbered.add(key)
                found.append((index, at, Cited(None, number)))
    return tuple(dict.fromkeys(citation for _, _, citation in sorted(found, key=lambda f: f[:2])))


# A name in 《》 a page gives a document for short, no document's title: the name it is given (（以下简称《规则》）, 简称
# 《条例》), the page naming itself (本《实施细则》), or a kind of document alone (《规则》, 《实施细则》: a title names its
# matter). A title naming its matter stays cited wherever it stands (本市《X管理办法》, 《国家中长期…规划纲要》).
def _short_name(name: str, before: str) -> bool:
    """Whether ``name``, cited in 《》 after the words ``before`` it, is a short name: a kind of document alone, after one
    of the vocabulary's ``document_kind_qualifiers`` perhaps (《实施方案》, 《工作方案》: no issuer, no matter), or one of
    its ``short_name_leads`` closes ``before`` (简称, 本) where it closes no word of its own (``short_name_lead_words``:
    日本, 成本)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    before = before.rstrip()
    bare = name.strip()
    for qualifier in words.document_kind_qualifiers:
        if bare.startswith(qualifier) and len(bare) > len(qualifier):
            bare = bare[len(qualifier):]
            break
    return (compiled(TITLE_KINDS).fullmatch(bare) is not None
            or (before.endswith(words.short_name_leads) and not before.endswith(words.short_name_lead_words)))


def _issued_here(after: str) -> bool:
    """Whether the words after a title cited say the notice issues it (现将《X》印发给你们): X is its own."""
    from pilotplans.plan_titles import title_words

    return after.lstrip().startswith(title_words().issuing_after)


def _series_without_mark(folded: str) -> regex.Match[str] | None:
    """A 文号 that lost its 号 alone on the line ``folded`` (:data:`_NUMBER_WITHOUT_MARK`), its letters an issuer's series:
    none holding a cross-reference's words (见附件〔2020〕3: the vocabulary's ``reference_words``)."""
    match = _NUMBER_WITHOUT_MARK.fullmatch(folded)
    if match is None:
        return None
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    letters = match["number"][:match["number"].find("〔")]
    return None if any(word in letters for word in vocabulary().reference_words) else match


def number_line(text: str) -> str | None:
    """The 文号 a line prints alone, as printed (without the glosses a mirror site added), or None;
    a disclosure tag beside it on the line (荆政办发〔2023〕5号 主动公开) is no part of it, nor the
    notice's date a gazette prints after it (:func:`dated_number_line`)."""
    plain = without_glosses(text)
    folded = fold(plain)
    if (label := _number_label(folded)) is not None:
        plain, folded = plain[label:], folded[label:]
    match = _TAGGED_NUMBER.fullmatch(folded) or _series_without_mark(folded)
    if match is None:
        dated = _dated_number(plain, folded)
        return dated[0] if dated is not None else None
    if _order_cited(match["number"]):
        return None
    return plain[match.start("number"):match.end("number")]


def number_over_site_date(text: str) -> str | None:
    """The 文号 of a line printing it then a site's date in figures a space apart (沪青征地告〔2021〕第1018号 2021-01-22:
    a district's site heading its notice with its number and the day it put it up), as printed; None for any other
    line. The date is the site's, not the document's: only the number is read, and only in the page's head
    (:func:`_own_number_line`): a site's list of documents at its foot prints its numbers so too."""
    plain = without_glosses(text)
    folded = fold(plain)
    match = _NUMBER_THEN.fullmatch(folded)
    if match is None or _NUMERIC_DATE.fullmatch(folded[match.start("rest"):]) is None:
        return None
    return plain[match.start("number"):match.end("number")]


def _number_label(folded: str) -> int | None:
    """Where the value begins of a line opening with an information table's 文号 label run into it, no colon or
    space between (a law site's row 发文字号国函〔1992〕169号, 發文字號 in traditional characters read folded): the
    label's words, the longest that opens the line, are no letters of the number (:data:`DOC_NO` reads up to ten
    characters before the year, and took them as its own). None where no such label opens the line or no 文号 follows
    it (文旅发〔2021〕3号 opens with 文 as the label 文号 does: its letters)."""
    labels = info_labels()
    if folded[:1] not in labels.firsts:
        return None
    ends = [len(key) for key, kind in labels.kinds.items() if kind == "doc_no" and folded.startswith(key)]
    end = max(ends, default=0)
    return end if end and _TAGGED_NUMBER.fullmatch(folded[end:]) is not None else None


def _order_cited(number: str) -> bool:
    """Whether an order's number (…令第3号) is one a sentence runs its words into (认真贯彻落实湖南省人民政府令第3号,
    为贯彻执行…令第3号, a line of a wrapped sentence): the words before 令 hold a word a sentence opens with (the
    vocabulary's ``sentence_openings``: 贯彻, 落实, 根据; one of a single character, 为, only opening them), which no
    maker's name holds — the maker's name may be long (新疆维吾尔自治区人民政府令), so its length tells nothing."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    if ORDER_NO.fullmatch(number) is None:
        return False
    maker = number[:number.find("令")]
    openings = vocabulary().sentence_openings
    return maker.startswith(openings) or any(len(word) > 1 and word in maker for word in openings)


# A 文号 followed on its line by something else after a space: the date, where that is a whole date. A
# government's order is numbered and dated so too, in one bracket under the rules it issues ((山东省人民政府令第6号
# 1990年6月29日)).
_NUMBER_THEN = compiled(rf"^\s*(?P<number>{DOC_NO.pattern}|{ORDER_NO.pattern})\s+(?P<rest>\S.*)$")


# A 文号 run straight into a date's year (惠市委发〔2010〕5号2010年2月11日), read only inside a bracketed line under a
# notice's head (:func:`_head_date`) and only for a date in the number's own year: a copy that lost the space
# :data:`_NUMBER_THEN` reads the two by.
_NUMBER_GLUED_TO_DATE = compiled(rf"^\s*(?P<number>{DOC_NO.pattern})(?P<rest>(?:\d|[〇○零一二三四五六七八九]){{4}}\s*年.*)$")


def dated_number_line(text: str) -> tuple[str, dt.date] | None:
    """The 文号 and the date of a line printing the notice's 文号 then its whole date a space apart, as a
    government gazette heads a notice under its title (川办函〔2015〕160号 2015年9月1日), or None: a line
    going on with anything but a date (…号 印发给你们) is none."""
    plain = without_glosses(text)
    return _dated_number(plain, fold(plain))


def _dated_number(plain: str, folded: str) -> tuple[str, dt.date] | None:
    """:func:`dated_number_line` of a line already without its glosses (``plain``) and folded (``folded``), which
    :func:`number_line` has made before it asks."""
    match = _NUMBER_THEN.fullmatch(folded)
    rest = plain[match.start("rest"):] if match is not None else ""
    if match is None or signed_line(rest) is not None or (date := read_date(rest)) is None:
        return None
    return plain[match.start("number"):match.end("number")], date


def _bracketed_number(texts: list[str], title: str | None) -> str | None:
    """The 文号 a notice's head prints alone in brackets under its title ((兴署发〔2019〕1号), as a
    gazette or a law site prints a decision's), without them; None when no line before the notice's
    first sentence or address line (:func:`_head_end`) is one, or when the title forwards or carries out
    another body's document (…转发国务院办公厅关于…的通知 / (国办发〔2020〕10号)): there the number is the
    notice's own only when it opens with the abbreviation of the division the title opens with."""
    for text in texts[:_head_end(texts)]:
        inner = BRACKETED_LINE.match(text)
        if inner is not None and (number := number_line(inner["inner"])) is not None:
            return number if _own_under(number, title) else None
    return None


def _own_under(number: str, title: str | None) -> bool:
    """Whether a 文号 printed in brackets under ``title`` is the notice's own rather than the document
    the title forwards or carries out (:func:`_bracketed_number`)."""
    from pilotplans.normalizers.place import division_opening, doc_no_of_place, forwards_or_carries_out
    from pilotplans.normalizers.registry import load_registry

    if not title or not forwards_or_carries_out(title):
        return True
    found = division_opening(title, load_registry().gazetteer)
    return found is not None and doc_no_of_place(number, found.region)


def _number_alone(number: str) -> str:
    """A 文号 printed inside a sentence without the words the sentence ran into it (为贯彻落实国办发
    〔2022〕10号 → 国办发〔2022〕10号): its letters begin after the last word that leads a sentence
    to a number it cites (the vocabulary's ``cited_number_lead_ins``), found in the run of Chinese
    characters before its year; one of a single character (为, 以) only where it opens the run or
    follows such a word (上海市人民政府以沪府土〔2022〕469号批文: 政府, then 以); and only where the letters
    after it hold one of an issuer's, not only those of a kind of document (县政府办发〔2021〕5号 keeps
    县政府: 办发 alone names no issuer)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    year_at = YEAR_OPENING.search(number)
    letters = fold(number[:year_at.start()]) if year_at else ""

    def issuer_after(end: int) -> bool:
        return any(letter not in words.number_kind_letters for letter in letters[end:])

    def end_of(word: str) -> int:
        at = letters.rfind(word)
        end = at + len(word)
        return end if at >= 0 and issuer_after(end) else 0

    start = max((end_of(word) for word in words.cited_number_lead_ins if len(word) > 1), default=0)
    if letters[start:start + 1] in words.cited_number_lead_ins and issuer_after(start + 1):
        start += 1  # a word of one character leads in where the run, or what the words before left of it, opens with it
    return number[start:] if start < len(letters) else number


def _titled_after(folded: str, end: int, title: str | None, in_head: bool) -> bool:
    """Whether the rest of a line after a 文号 opening it is the page's own ``title`` printed without 关于 (a
    site's headline: 凌政办发[2020]35号凌海市…规划实施细则的通知 over 凌海市人民政府办公室关于印发凌海市…实施细则的通知):
    a whole title, no sentence's punctuation, that the page's title ends with, or that holds it (the notice
    issuing the plan whose title the page reads: …规划实施细则的通知 over 现将《…规划实施细则》印发). Another document's
    title after its 文号 (a related link: 国发〔2020〕35号全面深化…总体方案) cites it, and so does the page's title
    printing the number itself (关于转发国办发〔2020〕35号文件的通知). Where the page reads no title, the headline is
    its own where it stands in the notice's head (``in_head``: a related link further down cites its number)."""
    rest = regex.sub(r"\s+", "", folded[end:])
    own = regex.sub(r"\s+", "", fold(title or ""))
    whole = bool(rest) and TITLE_END.search(rest) is not None and TITLE_PART.match(rest) is not None \
        and not regex.search(r"[，,。；;：:]", rest)
    if not own:
        return whole and in_head
    return whole and (own.endswith(rest) or own in rest) and regex.sub(r"\s+", "", folded[:end]) not in own


def _heads_title(folded: str, end: int, title_at: int) -> bool:
    """Whether a 文号 ending at ``end`` heads the title whose 关于 is at ``title_at``: nothing but
    the issuer's name between them, and a kind of document after 关于 before any punctuation."""
    return (0 <= title_at and end <= title_at and _OWN_NUMBER_GAP.fullmatch(folded[end:title_at]) is not None
            and TITLE_IN_LINE.match(folded, title_at) is not None)


def _issued_title(texts: list[str]) -> str | None:
    """The title of the plan a notice issues (关于印发《X》的通知 → X), where no line is a title: the
    notice's lines ran into one another (a page that lost its line breaks), and the plan's title is
    the one the notice names as what it issues."""
    for text in texts[:3]:
        match = _ISSUING.search(fold(text))
        if match is not None:
            return squash(text[match.start("title"):match.end("title")])
    # a page that printed the notice but not the plan's title line above the plan: the one plan the
    # notice's sentence says it issues
    for at, text in enumerate(texts[:4]):
        folded = fold(text)
        match = _ISSUING_SENTENCE.search(folded)
        # a plan's own preamble citing what it implements (《X总体方案》已经国务院同意…结合我市实际，
        # 制定本实施方案, in its sentence or the paragraph after) names another plan, not this one
        if match is not None and _IMPLEMENTING.search(folded + fold("".join(texts[at + 1:at + 2])), match.end()) is None:
            group = next(name for name in ("now", "made", "title") if match.group(name) is not None)
            return squash(text[match.start(group):match.end(group)])
    return None


# A news site's report of a plan's issuing, opening the page before the plan's text (近日，中共重庆市委办公厅、
# 重庆市人民政府办公厅印发了《…实施方案》，并发出通知…).
# The lead may open with the paper's dateline and the site it quotes (新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,
# 安徽省人民政府发布关于…的通知。): the report names the notice it quotes without 《》, as a story does.
# A wiki's lead dates the issuing by its month (2023年12月,中共山西省委办公厅、山西省人民政府办公厅发布《…》) as a
# story says 近日.
# Its subject may stand before the time word (中共重庆市委、…四川省人民政府日前印发了《…》).
_REPORTED = compiled(r"^\s*(?:\p{Han}[\p{Han}·]{1,29}?讯\s*(?:[（(]\s*记者[^（()）]{1,30}[）)]\s*)?)?(?:据\p{Han}{2,30}?消息\s*[，,]\s*)?"
                     r"(?:(?:近日|日前|近期|(?P<dated>(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?))\s*[，,]?\s*"
                     r"(?P<issuers>\p{Han}[\p{Han}、]{2,80}?)|(?P<issuers>\p{Han}[\p{Han}、]{2,80}?)\s*(?:近日|日前|近期))"
                     r"\s*(?:联合)?(?:印发|发布|下发|出台)了?\s*"
                     r"(?:" + CITED_TITLE + r"|(?P<title>关于[^《》，。,；;]{2,80}?的通知)(?=[。，,]))")
# What a plan's own preamble goes on to say after citing the document it implements (近日，国务院印发了《…》。
# 为贯彻落实…，结合我市实际，制定本方案): the page's plan is another, not the one cited. 制订 is written as often as
# 制定 (特制订本方案; refusals.toml's own_plan reads both).
_IMPLEMENTING = compiled(r"制[定订]本|(?:提出|制[定订])如下|结合(?:我|本)\p{Han}{1,2}实际")
# What a lead dating the issuing by its month goes on to say of the document it reports, if anything: when it takes
# effect (…发布《…》,自发布之日起施行。). A plan's background so dated narrates what came of another document
# (2018年11月，省政府印发《…总体方案》，试验区建设正式启动。): no report of the page's own.
_DATED_LEAD_ENDS = compiled(r"\s*(?:[。.]|$|[，,][^。]*?(?:施行|实施|执行|生效)|[，,]\s*全文如下)")


#: The quotes a title cited in 《》 prints around what it cites in turn, as the title itself prints them.
_NESTED_QUOTES = str.maketrans("〈〉", "《》")


# A news page's chrome over its lead: its headline, the time it was posted, its share label (长城网 > … / headline /
# 2022-04-07 10:34:55 / 分享: / 长城网·冀云客户端讯(记者 贾宏博)2022年1月25日,…出台《…》,全文如下。): short lines, no
# sentence among them. The lead is the page's first sentence, so far down as the chrome goes.
_LEAD_WITHIN = 3
_CHROME_WITHIN = 6
_SENTENCE = compiled(r"[。！？]")


def _lead_lines(texts: list[str]) -> list[int]:
    """Where a news lead may stand: the page's first :data:`_LEAD_WITHIN` lines, and its first sentence's line
    within :data:`_CHROME_WITHIN` where no line over it holds a sentence (a news page's chrome over its lead)."""
    first = next((at for at, text in enumerate(texts[:_CHROME_WITHIN]) if _SENTENCE.search(text)), None)
    return [*range(min(_LEAD_WITHIN, len(texts))), *([first] if first is not None and first >= _LEAD_WITHIN else [])]


# A lead saying the text it cites follows (…出台《…》,全文如下。).
_TEXT_FOLLOWS = compiled(r"\s*[，,]\s*全文如下")


def _prints_what_it_cites(texts: list[str], at: int, folded: str, match: regex.Match[str]) -> bool:
    """Whether the page prints the document the lead on line ``at`` cites: the lead says its text follows
    (,全文如下), or a line further down is the cited title itself. A sentence under a page's first lines may as well
    be a notice's forwarding its superior's plan (近日,省政府办公厅印发《…》,现转发给你们), a story citing the
    document a city's plan implements, or a summary's (…发布《…》解读): its issuers issued nothing the page prints."""
    if _TEXT_FOLLOWS.match(folded, match.end()):
        return True
    cited = _QUOTE_MARKS.sub("", folded[match.start("title"):match.end("title")])
    return any(_QUOTE_MARKS.sub("", fold(line)) == cited for line in texts[at + 1:])


def _reported(texts: list[str]) -> tuple[str, str, dt.date | None] | None:
    """The plan's title and its issuers (listed as printed, 、 between them) a news report opening
    the page names, and the day the lead says they issued it (2022年1月25日,河北省委、省政府出台《…》: the day opens the
    sentence whose verb is the issuing; a lead dated by its month only gives none), or None: each issuer must end like
    a body's name (近日，记者从…获悉 names none),
    and a plan's preamble citing what it implements, in its sentence or the paragraph after (近日,国务院办公厅发布
    关于…的通知。 / 为贯彻落实…,结合我市实际,制定本方案。), is no report."""
    for at in _lead_lines(texts):
        text = texts[at]
        folded = fold(text)
        match = _REPORTED.match(folded)
        if match is None or _IMPLEMENTING.search(folded + fold("".join(texts[at + 1:at + 2])), match.end()):
            continue
        if match["dated"] and not _DATED_LEAD_ENDS.match(folded, match.end()):
            continue
        # under the page's chrome (past its first lines) only a lead over the document it cites is a report of it
        if at >= _LEAD_WITHIN and not _prints_what_it_cites(texts, at, folded, match):
            continue
        if (issuers := _lead_issuers(text, match)) is not None:
            # the name a lead cites in 《》 nests what it cites in 〈〉: the document's own title prints that in 《》
            return (squash(text[match.start("title"):match.end("title")]).translate(_NESTED_QUOTES), issuers,
                    read_date(match["dated"]) if match["dated"] else None)
    return None


def _lead_issuers(text: str, match: regex.Match[str]) -> str | None:
    """The issuers a news lead's ``match`` (:data:`_REPORTED`, :data:`_REPORTED_NOTICE`) names in ``text``, listed as
    printed, where each ends like a body's name (近日，记者从…获悉 and 记者 name none); None otherwise."""
    issuers = text[match.start("issuers"):match.end("issuers")]
    return issuers if all(ends_like_a_body(name) for name in fold(issuers).split("、")) else None


# A title printing no issuer, 关于 to its kind, and its own 文号 after a gap closing the line (关于印发紫阳县…实施方案的
# 通知 紫发改发〔2023〕3号): the number is the title's, as it is after a title naming its issuer. The gap is any space
# a line prints (a page saved as text keeps the no-break spaces of its &nbsp;).
_TITLE_CLOSED_BY_NUMBER = compiled(r"^\s*(?P<title>关于[^，。；,;:：\s]{2,80})[^\S\r\n]+"
                                   r"(?P<number>" + doc_no_pattern(lazy=True) + r")\s*$")


# A news lead saying a body issued a notice, and what for, without naming it (刚刚,天津市人民政府印发通知,落实国务院《政府
# 工作报告》。): the purpose in its words, over the document a news copy prints under it.
_REPORTED_NOTICE = compiled(r"^\s*(?:\p{Han}{2,30}?讯\s*)?(?:刚刚|近日|日前|近期)\s*[，,]?\s*"
                            r"(?P<issuers>\p{Han}[\p{Han}、]{2,80}?)\s*(?:联合)?(?:印发|发布|下发)了?\s*通知\s*[，,]\s*"
                            r"(?P<purpose>[^。，,；;！!]{4,60})。")
# What a lead's purpose stands after in the title it speaks of: the title's matter opens with it (关于落实国务院《政府
# 工作报告》…), not words somewhere in it (部署重点工作 in 关于印发岳阳市部署重点工作实施方案的通知: another's plan).
_MATTER_LEADS = ("关于", "关于印发")
# What a title and a lead's purpose are compared without: spaces and the quotes around what they cite.
_QUOTE_MARKS = compiled(r"[\s《》〈〉“”\"]")


def _reported_notice(texts: list[str], title: str | None) -> str | None:
    """The issuers a news lead opening the page says issued a notice (刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。
    over 关于落实国务院《政府工作报告》 / 重点工作的任务分工), listed as printed, or None: the notice's purpose the lead
    names must open the matter of the page's ``title`` after its 关于 (read without spaces and quotes), so the lead speaks of the document the
    page prints — a lead over another body's plan, or saying what no title here says, names no issuer of it; each
    issuer must end like a body's name (记者 names none)."""
    if not title:
        return None
    own = _QUOTE_MARKS.sub("", fold(title))
    for text in texts[:3]:
        match = _REPORTED_NOTICE.match(fold(text))
        if match is None:
            continue
        purpose = _QUOTE_MARKS.sub("", match["purpose"])
        if not any(f"{lead}{purpose}" in own for lead in _MATTER_LEADS):
            continue
        if (issuers := _lead_issuers(text, match)) is not None:
            return issuers
    return None


# A whole title, its own 文号 and its date, each a space apart, opening a line the page's text runs on in (a site printing
# the document in one line: 浙江省人民政府贯彻…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…): the title is the line's
# first run of characters with no space or sentence's mark in it, and must end as a title does (TITLE_END); the date is
# printed in figures or with 年月日, in the number's year (a date of another year after it is no date of the number's).
_TITLE_AND_NUMBER = (r"^\s*(?P<title>\p{Han}[^，。；,;:：\s]{3,100})\s+"
                      r"(?P<number>" + doc_no_pattern(lazy=True) + r")")
_TITLE_NUMBER_DATE = compiled(_TITLE_AND_NUMBER + r"\s+"
                              r"(?P<date>(?P<y>(?:19|20)\d{2})\s*(?:[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})"
                              r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日))(?=\s|$)")
# Another title and its 文号 after such a date (…69号 2009-11-03 浙江省人民政府关于…的若干意见 浙政发[2009]70号 …, on the line
# or the next): a list of documents (a table of contents, a site's list of files), no document's head.
_LISTED_NEXT = compiled(_TITLE_AND_NUMBER)


def _title_run_into_number(texts: list[str]) -> tuple[str, str, dt.date | None] | None:
    """A notice's title and its own 文号, as printed, run together at the start of a line (a page
    that lost its line breaks, printing the number after the title), and the date printed right after the number
    (:data:`_TITLE_NUMBER_DATE`), or None. A sentence citing a document by its
    title and number (根据国务院关于…的通知 国发〔2016〕76号要求，…: opening with one of the vocabulary's
    ``sentence_openings``, as :func:`_number_after_title` reads it) runs no title of its own into its number. A title
    printing no issuer is read so only where it is a whole title, 关于 to its kind, and its number closes the line
    (:data:`_TITLE_CLOSED_BY_NUMBER`): a line going on after the number (…的通知 国发〔2016〕76号要求，…) cites it —
    unless a date of the number's year follows it (…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…: a document's head,
    its title, number and date, run into its text) — and unless it is an entry of a list (an item marker opening the
    line, 一、…; another title and its 文号 after the date, on the line or the next: :func:`_lists_documents`)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    for at, text in enumerate(texts[:3]):
        folded = fold(text)
        match = _TITLE_THEN_NUMBER.match(folded)
        date = None
        if match is None and (closed := _TITLE_CLOSED_BY_NUMBER.match(folded)) is not None \
                and TITLE_END.search(closed["title"]) is not None:
            match = closed
        if match is None and (dated := _TITLE_NUMBER_DATE.match(folded)) is not None \
                and TITLE_END.search(dated["title"]) is not None and find_item_marker(folded.lstrip()) is None \
                and not _lists_documents(folded[dated.end():], texts[max(at - 1, 0):at], texts[at + 1:at + 2]) \
                and (date := _number_s_date(dated)) is not None:
            match = dated
        if match is not None and not folded.lstrip().startswith(vocabulary().sentence_openings):
            return (_clean(text[match.start("title"):match.end("title")]),
                    squash(text[match.start("number"):match.end("number")]), date)
    return None


def _lists_documents(rest: str, preceding: list[str], following: list[str]) -> bool:
    """Whether a title, its 文号 and date are an entry of a list of documents, each with its number and date (a table
    of contents), none of them the head of the page's own document: what follows them (the ``rest`` of their line, or
    where nothing is left on it the ``following`` line), or the ``preceding`` line, opens with another title and its 文号
    (:data:`_LISTED_NEXT`)."""
    after = rest.strip() or (fold(following[0]) if following else "")
    return _LISTED_NEXT.match(after) is not None \
        or any(_LISTED_NEXT.match(fold(line)) is not None for line in preceding)


def _number_s_date(match: regex.Match[str]) -> dt.date | None:
    """The date :data:`_TITLE_NUMBER_DATE` read after a 文号, where it is a day of the number's year; None otherwise."""
    number_year = YEAR_OPENING.search(match["number"])
    if number_year is None or number_year[0][-4:] != match["y"]:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"] or match["m2"]), int(match["d"] or match["d2"]))
    except ValueError:
        return None


def _number_run_on_title(texts: list[str], title: str | None) -> str | None:
    """The 文号 a line of the page's head runs on right after the page's whole title, no gap between (a law site's copy:
    its headline, its rows, then 武威市人民政府关于…的实施意见武政发[2017]52号 and the addressees on lines of their own or
    run on after it): the title's own number. Not a number after a sentence citing the title (根据…实施意见武政发…:
    the line opens with the title itself), nor one after only a part of it. The number is returned as printed (溫政發〔2017〕52號
    on a traditional page), the line read folded (:func:`fold` replaces one character for one)."""
    if not title:
        return None
    wanted = squash(fold(_clean(title)))
    for text in texts[:_TITLE_LINE_WITHIN]:
        printed = squash(text)
        folded = fold(printed)
        if len(folded) > len(wanted) and folded.startswith(wanted) \
                and (number := DOC_NO.match(folded, len(wanted))) is not None:
            return printed[number.start():number.end()]
    return None


def _issues(notice: str, title: str) -> bool:
    """Whether ``notice`` is the title of a notice issuing the plan titled ``title`` (关于印发…的通知)."""
    return squash(fold(notice)).endswith(_issuing(title))


def _issuing(title: str) -> tuple[str, ...]:
    """How the title of a notice issuing the plan titled ``title`` ends, read folded and without spaces (:func:`_issues`)."""
    plan = squash(fold(title))
    return f"关于印发{plan}的通知", f"关于印发《{plan}》的通知"


def _notice_of(notice: str, title: str, texts: list[str]) -> bool:
    """Whether ``notice``, a notice's title an information table prints (…关于印发…的通知), is the
    title of the notice whose opening sentence issues the plan titled ``title`` (现将《谯城区2020年度
    …分解表》印发给你们), though it names the plan in other words (2020年政府工作报告…分解表): the
    notice's lines are the document's first, the plan's title printed under them."""
    issued = _issued_title(texts)
    return (issued is not None and squash(fold(issued)) == squash(fold(title))
            and _NOTICE_TITLE.search(squash(fold(notice))) is not None)


# An announcement's title naming no issuer (关于公开征求《…》意见的公告): published to the public, it names its maker in
# its text, if anywhere, so such a title leaves the page to be placed by its text, as a page printing no title is.
_ANNOUNCEMENT = compiled(r"^关于[^，。；：,;:]+公告$")

# A notice's title: 关于印发…的通知 (or 关于转发…的通知).
_NOTICE_TITLE = compiled(r"关于(?:印发|转发|下达).+的通知$")


#: How many of a page's first lines may name the file a document-sharing site shares (its line opens the page).
_SHARED_FILE_WITHIN = 3


def _title(texts: list[str], breaks: set[int] | frozenset[int] = frozenset()) -> str | None:
    """The document's title: the first run of up to four lines that ends like one; a run never goes
    on across ``breaks`` (lines an information table's rows stood right before). A line copied from
    one table cell with its rule (…的通知 |) is read without it, a file's name as a document site
    lists it (…方案(2021-2022年)(18頁).docx) without its extension and page count, and the file a document-sharing
    site's line names (《某某方案.docx》由会员分享…: 某某方案), only when no other line gives a title: a link to a file over a notice's own title (某某方案.pdf / 某县人民政府
    关于印发某某方案的通知) leaves that title and its issuer as they are; so is a file's name over a document site's card
    (:func:`~pilotplans.parsers.info_rows.heads_file_card`)."""
    ruled = [without_cell_rule(text) for text in texts]
    # a file's name over a document site's card (新区管理委员会工作规则 / - 格式:doc / - 大小:…), which may be another
    # file's, is read only where no other line is a title
    carded = frozenset(at for at in range(len(ruled) - 1) if heads_file_card(ruled[at + 1]))
    title = (_title_in(ruled, breaks, carded) or (_title_in(ruled, breaks) if carded else None)
             or _title_in([shared_file_name(text) or without_file_extension(text) for text in ruled], breaks))
    return _confirmed_phrase_gaps(title, texts) if title else title


def _shared_file_title(texts: list[str]) -> str | None:
    """The name a document site's line, among the page's first :data:`_SHARED_FILE_WITHIN`, shares its file under
    (:func:`~pilotplans.parsers.titles.shared_file_name`), as the site prints it: a plan's name closed by its span of
    years, their brackets lost (…实施方案2023-2025年.docx), which no title line ends as. The last resort of
    :func:`read_metadata`'s titles, after every one the page's own lines, its information rows or a lead give."""
    return next((name for text in texts[:_SHARED_FILE_WITHIN]
                 if (name := shared_file_name(without_cell_rule(text))) is not None), None)


def _confirmed_phrase_gaps(title: str, texts: list[str]) -> str:
    """``title`` keeping the space a quoted plan's name prints between two phrases only where the page
    prints that name so at least twice and never without the space (the name as its issuer wrote it, every
    time: 《奉贤区全面优化营商环境 持续激发…行动方案》); a title broken over two lines of a red head and
    copied with a space where it broke (《…任务分解 和责任分工方案》, printed whole in the notice's text) keeps
    none."""
    names = regex.findall(r"《([^《》]* [^《》]*)》", title)
    if not names:
        return title  # no quoted name keeps a space: the whole page need not be joined and searched
    page = regex.sub(r"[ \u3000]", " ", "\n".join(texts))
    for name in names:
        joined = name.replace(" ", "")
        if page.count(name) < 2 or joined in page:
            title = title.replace(f"《{name}》", f"《{joined}》")
    return title


# A bracket closing a line (（方正小标宋简体 二号）), which may be a template's typesetting note.
_CLOSING_BRACKET = compiled(r"\s*[（(][^（()）]{2,40}[)）]\s*$")


def _without_font_note(text: str) -> str:
    """A title's line without a typesetting note in brackets closing it (关于印发…的通知（方正小标宋简体 二号）): the
    note is page furniture alone on its line (``page_furniture`` in tasklist.toml), and no part of the title beside
    it; a title's own brackets ((试行), (2023—2025年)) stay."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    match = _CLOSING_BRACKET.search(text)
    if match is None or match.start() == 0 or not vocabulary().is_page_furniture(match[0]):
        return text
    return text[:match.start()]


def _without_delivery(text: str) -> str:
    """A title's line without the delivery line a report's headline runs after it (2012年政府工作报告 ——2012年2月1日在
    滨海新区第一届人民代表大会第三次会议上, or undated right after the head: 政府工作报告(草案)在伊金霍洛镇第四届人民代表大会
    第三次会议上): the report's subtitle, its date read as the report's, no part of its title.
    Its digits may be full-width (２０１２年２月１日), as :func:`read_delivered_date` reads them: the line is searched with
    its digits narrowed, one character for one, so the raw line is cut where the match starts."""
    match = DELIVERED.search(narrow_digits(text))
    if match is not None and match.start() > 0:
        return text[:match.start()].rstrip()
    # a site's headline running the report's head into its delivery line's words with no day, with no dash perhaps
    # (政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上): the head alone, where it ends as a work report's
    # does, its bracket after it perhaps; a speech's head (…在县第十八届人民代表大会第四次会议上的讲话) goes on past 会议上
    match = _HEAD_RUN_INTO_DELIVERY.search(fold(text))
    return text[:match.start("delivery")].rstrip() if match is not None else text


#: A work report's head (…工作报告, its bracket perhaps: (草案), （全文）) run into its undated delivery line, closing the line.
_HEAD_RUN_INTO_DELIVERY = compiled(r"工作报告(?:\s*[(（]\p{Han}{1,4}[)）])?(?P<delivery>\s*(?:[—–－-]{1,2}\s*)?在\p{Han}{0,30}?"
                                   r"(?:代表大会|人大)\p{Han}{0,16}?会议上)\s*$")


# A government's (or a court's, a congress's committee's) report to its congress is a document of its own kind (2019年
# 政府工作报告), as a report on a plan's progress (…情况报告) is not: only 工作报告 names it, and only over the line saying
# when it was delivered (——2019年1月8日在…会议上), run after it or a few lines below (under a date row, the title
# letter-spaced again). Without one, 工作报告 closing a line is a site's column (政府工作报告) or a title going on
# (某某市2023年政府工作报告 / 重点任务分工方案).
_WORK_REPORT = compiled(r"工作报告$")
_DELIVERY_WITHIN = 5
# The delivery line printing no day (——在县第十八届人民代表大会第四次会议上, the speaker and the salutation perhaps run
# after it): a report's all the same where it names a congress (人民代表大会, 人大, a party's 代表大会) it was read to;
# a dash before another meeting (——在全县经济工作会议上) is a speech's, no report's, and so is one closing on the speech it
# heads (——在县第十八届人民代表大会第四次会议上的讲话: a chair's words to the congress, under a news line that ends with
# 工作报告, 听取和审议县人民政府工作报告). Matched folded.
_UNDATED_DELIVERY = compiled(r"^\s*[—–－-]{1,2}\s*在\p{Han}{0,30}?(?:代表大会|人大)\p{Han}{0,16}?会议上"
                             r"(?!\s*(?:的\s*)?(?:讲话|发言|致辞|闭幕词|开幕词))")


# A report's speaker opening it to the congress (我代表新区管委会向大会报告工作, 我代表市人民政府，向大会报告政府工作,
# 我代表市人民政府，向大会作政府工作报告): said
# only in a work report, whoever the speaker stands for — the sentence opening its paragraph, after a salutation
# (各位代表：) or a clause or two (现在，, 根据会议安排，), never a speaker quoted in a news story (区长某某说：“我代表…).
_REPORTING_TO_CONGRESS = compiled(r"^(?:(?:各位\p{Han}{1,4}|同志们)[：:，,]\s*)?(?:[^，,。：:“”\"‘’「」]{1,16}[，,]\s*){0,2}"
                                  r"(?:现在)?\s*我代表\p{Han}{2,20}?[，,]?\s*向\s*大会\s*(?:报告\p{Han}{0,4}工作|作\p{Han}{0,6}报告)")
# A work report's own headline, its bracket after it perhaps (某某区2016年政府工作报告（全文）), or a copy's mark that the
# whole text follows after a dash (…自治县政府工作报告—全文): a line over the speaker's address that ends so is the
# report's title, and a site's column over it (政府工作报告) none.
_REPORT_HEADLINE = compiled(r"工作报告(?:\s*[（(][^（）()]{1,12}[）)]|\s*[—–－-]{1,2}\s*全文)?$")
# A report's own head opening a line under a copy's headline with its bracket (政府工作报告——2015年1月13日在…): a
# bracketed headline (…工作报告(完整)) over it is the copy's, the head the report's title.
_REPORT_HEAD_OPENING = compiled(r"^\p{Han}{0,16}工作报告(?![（(])")


def _delivered_report(title: str, lines: list[str], below: Sequence[str] = ()) -> bool:
    """Whether ``title``, read from the first of ``lines``, is a work report's headline: it ends with 工作报告 and its
    delivery line runs after it or stands in the lines below, or (a page printing no delivery line) the speaker's
    opening sentence to the congress stands in ``below`` (the lines under it, from the next one) before any other
    line ending with 工作报告: a site's column (政府工作报告) over a report's own headline is not the report's title, nor
    is a copy's headline over the report's own head standing nearer the delivery line. A
    headline closed by a copy's bracket (…政府工作报告(全文)) is one only where no line under it opens with the report's
    own head (政府工作报告——2015年1月13日在…)."""
    if _REPORT_HEADLINE.search(fold(title).strip()) is None:
        return False
    if _WORK_REPORT.search(fold(title).strip()) is None \
            and any(_REPORT_HEAD_OPENING.match(fold(line).strip()) for line in (*lines[1:], *below)):
        return False  # …政府工作报告(完整) over the report's own head (政府工作报告——2015年1月13日在…): the head is the title
    delivered = next((k for k, line in enumerate(lines) if read_delivered_date(line) is not None
                      or (k > 0 and _UNDATED_DELIVERY.match(fold(line)))), None)
    if delivered is not None and any(_REPORT_HEADLINE.search(regex.sub(r"\s+", "", fold(line))) for line in lines[1:delivered]):
        return False  # a copy's headline (20xx年兰州市城关区政府工作报告) over the report's own head (政 府 工 作 报 告)
    if delivered is not None:
        return True
    for line in below:
        folded = fold(line).strip()
        if _REPORTING_TO_CONGRESS.match(folded):
            return True
        if _REPORT_HEADLINE.search(regex.sub(r"\s+", "", folded)):
            return False  # the report's own head under it, letter-spaced perhaps (政 府 工 作 报 告)
    return False


def _title_in(texts: list[str], breaks: set[int] | frozenset[int], passed: frozenset[int] = frozenset()) -> str | None:
    """:func:`_title` over lines already read without their cell rules (and file extensions); no title opens at a line
    ``passed``."""
    contents = _contents_lines(texts) | _header_lines(texts) | _masthead_lines(texts)
    for i, text in enumerate(texts):
        folded = fold(text)
        if (i in contents or i in passed or _SKIP.match(folded) or _ISSUING_HEADLINE.match(folded)
                or number_line(text) is not None or _RED_HEAD.match(folded)
                or BRACKETED_LINE.match(folded) or _apart_from_title(text, texts[i + 1] if i + 1 < len(texts) else None, texts[i - 1] if i else None)):
            continue
        if filed_under_place(text) and _label_over_own_title(texts, i):
            continue  # a document site's label of the page over the document's own title
        joined = ""
        starts: list[int] = []  # where each line read into the title begins in ``joined``
        parts = texts[i:i + 4]
        for k, part in enumerate(parts):
            if k > 0 and (i + k in breaks or i + k in contents):
                break
            if k > 0 and number_line(part) is not None:
                continue  # the notice's 文号 printed between the title's lines: no part of it
            following = texts[i + k + 1] if i + k + 1 < len(texts) else None
            if k == 1 and _title_of_its_own(part, texts[i]):
                break  # the line above is no part of the title under it (政府文件 / 关于印发…的通知)
            if k == 0:
                after = _headline_number(texts, i)
                part = _unwrapped(_without_section_label(_without_number_before(after[0] if after else part)))
                part = _without_site_date(without_published_news(_without_delivery(part)))
                if after is not None and is_title_part(part) and not TITLE_END.search(fold(without_glosses(part))):
                    return _clean_title(part)  # a headline its number closes, over the address line: all the title
            part = _without_font_note(part)
            if k == 0 and part != texts[i] and _WRAPPED.match(texts[i]) and _issuing_notice_under(texts, i):
                break  # a headline naming the plan in 《》 over the notice issuing it (《X》 / 文号 / 关于印发《X》的通知)
            if k == 0 and _WRAPPED.match(part):
                break  # a law or plan cited on a line of its own (《中华人民共和国行政许可法》): no title
            if k == 0 and _CUT_CITATION.match(part):
                break  # a page's headline citing the title and cut short (《广东省…支持民间投资发展实施): no title
            if not is_title_part(part) or _name_apart(part, following):
                break
            starts.append(len(joined))
            joined = _clean_title(joined + _after_page_words(part))
            if k == 0 and _delivered_report(joined, texts[i:i + _DELIVERY_WITHIN], texts[i + 1:i + 1 + _SPEAKER_WITHIN]):
                return joined
            if _ends_as_title(joined) or counted_title(joined, texts[i + k + 1:], texts, over=texts[max(0, i - 1):i + k]):
                # The title may still go on: 关于印发…实施方案 / 的通知, …行动计划 / （2023—2025年）; not into the
                # bracket of the order issuing the rules ((沈阳市人民政府令第3号): the page's 文号, no qualifier).
                for j, rest in enumerate(parts[k + 1:], start=i + k + 1):
                    if j in breaks or not (is_title_part(rest) and (_goes_on_title(fold(rest))
                                                                    or counted_kind_goes_on(joined, rest))) \
                            or ORDER_NO.search(fold(rest)) or read_bracketed_date(rest) is not None:
                        break
                    joined = _clean_title(joined + rest)
                return _without_lines_over_title(joined, starts[1:], texts)
    return None


# Lines under a site's label of the page (a document site's: (省)某某规划(2022年更新)) the document's own title, opening on the
# line right under it, is read from.
_LABEL_WITHIN = 8
# Characters opening the document's own title that its site's label holds too (the place it names: 苏尼特右旗…, 新疆维吾尔自治区…).
_LABEL_SHARED_OPENING = 4
_GAP = compiled(r"\s+")


def _label_over_own_title(texts: list[str], at: int) -> bool:
    """Whether the line at ``at``, a site's label filing the page under a province in brackets ((内蒙古自治区)锡林郭勒盟苏尼特
    右旗…十四五规划(2022年更新)), stands over the document's own title: a title the lines under it give that opens with
    words the label holds (苏尼特右旗国民经济和社会发展第十四个五年 / 规划和 2035 年远景目标纲要, the place it names). A page
    whose only title is such a line ((湖北省)武汉市优化营商环境实施方案), or whose own title opens further down than the
    line right under it (发表于… / 收藏 / 前言 / 铜陵市郊区…纲要; 相关阅读 / another document's title sharing the place),
    keeps the label as its title."""
    own = _title_in(texts[at + 1:at + 1 + _LABEL_WITHIN], frozenset())
    if own is None or at + 1 >= len(texts) \
            or not _GAP.sub("", fold(own)).startswith(_GAP.sub("", fold(without_cell_rule(texts[at + 1])))):
        return False  # the title must open on the line right under the label: a title further down (相关阅读 / 某某…) is another document's
    opening = _GAP.sub("", fold(own))[:_LABEL_SHARED_OPENING]
    return len(opening) == _LABEL_SHARED_OPENING and opening in _GAP.sub("", fold(texts[at]))


# How many lines under a headline naming a plan in 《》 the notice issuing it may stand (past its 文号's line).
_ISSUING_NOTICE_WITHIN = 3


def _issuing_notice_under(texts: list[str], at: int) -> bool:
    """Whether a notice's own title issuing a document it names in 《》 (关于印发《…》的通知, 關(guān)于印發(fā)《…》的通知) stands
    within :data:`_ISSUING_NOTICE_WITHIN` lines under line ``at``, past only a 文号's line or blank lines: the line at
    ``at``, the plan's name in 《》 (《若羌縣…實施方案》), is the page's headline naming the plan the notice issues, and the
    notice's line is the document's title. A headline in 《》 over the addressees or the notice's text (《成都市人民政府
    辦公廳關于…的通知》 / 各區(市)縣政府…) is the title still; so is a headline that is itself a notice's title
    (《长沙市人民政府关于印发〈…〉的通知》 over the notice's line printed without its issuer, 关于印发《…》的通知): it
    names the notice whole, its maker too, and no plan the notice issues."""
    headline = _WRAPPED.match(texts[at])
    if headline is None or fold(without_glosses(headline["title"])).rstrip().endswith("通知"):
        return False
    for text in texts[at + 1:at + 1 + _ISSUING_NOTICE_WITHIN]:
        if not text.strip() or number_line(text) is not None:
            continue
        plain = fold(without_glosses(_clean(text)))
        return "《" in plain and _NOTICE_TITLE.search(plain) is not None
    return False


def _goes_on_title(folded: str) -> bool:
    """Whether ``folded``, the line under lines that already end as a title, goes on with it: 的通知, a bracket
    (（试行）, （2023—2025年）), or a second kind of document joined on (和责任分工方案: …任务分解 / 和责任分工方案),
    its notice's 的通知 after it or not. A line whose conjunction's character opens a word of its own goes on with
    nothing: a place's name (和平区…方案, the gazetteer's), a title of its own (…关于…的通知), a sentence closed by
    a notice's kind (及时报送…情况的通知: no kind of document before its 的通知)."""
    if _TITLE_GOES_ON.match(folded) is not None:
        return True
    if not folded.startswith(JOINING_OPENING):
        return False
    kind = folded.removesuffix(_NOTICE_ENDING)
    return (TITLE_END.search(kind) is not None and "的" not in kind and TITLE_IN_LINE.search(kind) is None
            and not _opens_with_a_place_s_name(kind))


# Characters of the longest place's name looked for opening a line (内蒙古自治区).
_PLACE_NAME_MAX = 6


def _opens_with_a_place_s_name(text: str) -> bool:
    """Whether ``text`` opens with the full name of a place the gazetteer knows, however many places bear it (和平区,
    the districts of 天津 and 沈阳; 和县)."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    return any(any(region.name == text[:size] for region in gazetteer.candidates(text[:size]))
               for size in range(2, min(len(text), _PLACE_NAME_MAX) + 1))


# What closes the notice issuing a document, after the document's kind (…责任分工方案的通知).
_NOTICE_ENDING = "的通知"


def _without_lines_over_title(title: str, starts: list[int], texts: list[str]) -> str:
    """``title`` read over several lines, from the first of its lines after which the rest is printed again on the page
    while the whole is not: a site's menu or section over its headline (电脑桌面 / 添加文秘网到电脑桌面 / 安装后可以在桌面快捷
    访问 / 贯彻落实…方案, 省厅文件 / 中共安徽省委教育工委 安徽省教育厅2015年工作要点), the document printing its title again
    below without them. A title wrapped over lines that the page prints again is printed again whole (关于印发…实施方案 /
    的通知), and one printed once keeps all its lines. ``starts`` are where the lines after the first begin in
    ``title``."""
    if not starts:
        return title  # one line: nothing over it was read in
    page: list[str] | None = None  # the lines folded, joined only where a line over the rest is a menu's
    for start in starts:
        if not _menu_words(title[:start]):
            break  # a title's own first line (关于…, 湖南省人民政府办公厅…, 2022年《…》) is cut from none of it
        if page is None:
            page = [SPACES.sub("", fold(text)) for text in texts]
            if "".join(page).count(SPACES.sub("", fold(title))) > 1:
                return title
        rest = SPACES.sub("", fold(title[start:]))
        if len(rest) >= _REPEATED_TITLE_SHORTEST and _printed_as_title(rest, page) > 1:
            return title[start:]
    return title


def _printed_as_title(title: str, lines: list[str]) -> int:
    """How many times the ``lines`` (folded, without spaces) print ``title`` from a line's start, perhaps wrapped over the
    lines after it, or after a place's name alone opening the line (石景山区贯彻落实《关于加强新时代 / 街道工作的意见》…),
    to a line's end: a sentence naming it (制定推动…实施方案) prints it after its own words, and one opening with it
    (优化营商环境行动方案明确了…) prints words of its own after it."""
    page = "".join(lines)
    opens: dict[int, str] = {}
    at = 0
    for line in lines:
        opens[at] = line
        at += len(line)
    found = 0
    for start in (m.start() for m in regex.finditer(regex.escape(title), page, overlapped=True)):
        if start + len(title) < len(page) and start + len(title) not in opens:
            continue  # words of the line's own after it: a sentence's
        line_start = max(k for k in opens if k <= start)
        if not (before := page[line_start:start]) or _PLACE_NAME_ALONE.match(before):
            found += 1
    return found


# A place's name alone, its level word closing it (石景山区, 安徽省, 沙县).
_PLACE_NAME_ALONE = compiled(rf"^\p{{Han}}{{1,8}}?(?:{_COMMITTEE_KINDS})$")


# The words a title's first line holds that a site's menu or section never does: its opening (关于, 印发, 转发, 批转),
# a document it names (《), a year's figures.
_TITLE_WORDS_OR_FIGURES = compiled(rf"{_TITLE_OPENINGS}|《|\d")


def _menu_words(text: str) -> bool:
    """Whether ``text``, the lines read over the rest of a title, may be a site's menu or section (电脑桌面添加文秘网…,
    省厅文件): none of a title's words or figures (:data:`_TITLE_WORDS_OR_FIGURES`), no place opening it and no body's name
    ending it (湖南省人民政府办公厅 / 关于…, the issuer over its title)."""
    folded = fold(text)
    return (_TITLE_WORDS_OR_FIGURES.search(folded) is None and PLACE.match(folded) is None
            and not ends_like_a_body(folded))


# The fewest characters a title's last lines hold to be taken for the title printed again (:func:`_without_lines_over_title`):
# a wrapped title's last words (…工作要点的通知) may stand in any sentence citing a like notice.
_REPEATED_TITLE_SHORTEST = 10


# The heading of a publication's contents list (目录, letter-spaced 目 录), on a line of its own.
_CONTENTS_HEADING = compiled(r"^\s*目\s*录\s*$")


def _contents_lines(texts: list[str]) -> set[int]:
    """The lines of a publication's contents list: its heading (目录) and the entries after it, each a
    document's title (市人民政府关于…的通知, …的通报) or the label of a section of them (市政府文件), up to
    the first line that is neither (a gazette's issue lists the documents it holds: none of them is the
    title of the text after the list, and the line over the heading, the issue's, is none either), or that is
    the title of the document after the list, over its 文号 or addressees (:func:`_opens_a_notice_head`)."""
    found: set[int] = set()
    for at, text in enumerate(texts):
        if "目" not in text or _CONTENTS_HEADING.match(fold(text)) is None:
            continue  # 目, which no character folds to, is looked for before a line is folded and matched
        found.add(at)
        for following in range(at + 1, len(texts)):
            entry = fold(texts[following]).strip()
            if (not entry or not ("关于" in entry or TITLE_END.search(entry) or entry.endswith("文件"))
                    or _opens_a_notice_head(texts, following)):
                break
            found.add(following)
    return found


def _opens_a_notice_head(texts: list[str], at: int) -> bool:
    """Whether line ``at`` is a notice's title standing over its 文号 or its addressees (各县、市、区人民政府,…:), on
    one line or, not ending as a title does, two: a contents list's entry stands over the next entry, never over
    these."""
    def heads(below: int) -> bool:
        if below >= len(texts):
            return False
        folded = fold(texts[below]).strip()
        return number_line(texts[below]) is not None or (folded.endswith((":", "：")) and names_addressees(folded, 0))

    return heads(at + 1) or (TITLE_END.search(fold(texts[at]).strip()) is None and heads(at + 2))


# The longest line of a table's header copied one label a line (重点工作, 责任单位, 完成时限): no title's line so short
# stands among three whole labels.
_LABEL_LINE = 8


def _header_lines(texts: list[str]) -> set[int]:
    """The lines of a table's header copied one cell a line (重点工作 / 主要 / 任务 / 工作措施 / 责任单位 / 备注): a run
    of short lines without punctuation of which three at least are labels of columns.toml (a whole label, or one
    naming its role by a fragment the vocabulary reads: 后续举措), a label printed over two lines (主要 / 任务)
    counting once. A column's label may name two things joined by 、 (执行措施、实施步骤, 工作进展、取得成效), each as
    short: such a line stands in the run, and counts as a label where the vocabulary reads it. Joined, its lines end
    like a title (…工作措施, …责任分工) but are none."""
    found: set[int] = set()
    run: list[int] = []
    for at in range(len(texts) + 1):
        line = squash(texts[at]) if at < len(texts) else ""
        # fold changes characters one for one, never a space: a line too long squashed is too long folded,
        # and only a short one is folded
        if line and _label_line(line):
            run.append(at)
            continue
        if len(run) < 3:
            run = []
            continue  # three labels take three lines at least
        labels, k = 0, 0
        while k < len(run):
            if _reads_as_label(texts[run[k]]):
                labels, k = labels + 1, k + 1
            elif k + 1 < len(run) and _reads_as_label(texts[run[k]] + texts[run[k + 1]]):
                labels, k = labels + 1, k + 2
            else:
                k += 1
        if labels >= 3 or _numbered_header(texts, run):
            found.update(run)
        run = []
    return found


def _numbered_header(texts: list[str], run: list[int]) -> bool:
    """Whether the run of label lines ``run`` (three at least) is a header opening with the number column's label
    printed alone (序号 / 实事项目名称 / 完成情况 / 占全年计划: a site's table copied one cell a paragraph, its other
    labels ones the vocabulary does not know). Joined, its lines end like a title (…计划) but are none: no title
    opens with 序号 on a line of its own."""
    from pilotplans.parsers.columns import is_whole_label, role_of

    first = squash(texts[run[0]])
    return is_whole_label(first) and role_of(first) == "number"


def _label_line(line: str) -> bool:
    """Whether the squashed ``line`` may be a header's label copied on a line of its own: short, no punctuation, or
    two such labels joined by 、 (执行措施、实施步骤)."""
    parts = line.split("、")
    return len(parts) <= 2 and all(0 < len(part) <= _LABEL_LINE and TITLE_PART.match(fold(part)) for part in parts)


def _reads_as_label(text: str) -> bool:
    """Whether the column vocabulary reads ``text`` as a column's label: whole (责任单位) or by a fragment naming its
    role (后续举措)."""
    from pilotplans.parsers.columns import is_whole_label, role_of

    return is_whole_label(text) or role_of(squash(text)) is not None


# A gazette's name on its masthead: a body's name and 公报 or 政报 (沈阳市人民政府公报, 兴安盟行政公署公报, 湖南政报), perhaps
# with its issue after it on the line (…公报2019年1-3期(总第52期)); and an issue printed alone under it (第3号, 2020年第2期).
# The issue's year may lose its 年 and its running total be printed 总号:53 (天门市人民政府公报2025第2号(总号:53)).
_GAZETTE_NAME = compiled(r"^\s*(?P<body>\p{Han}{2,30}?)(?:公报|政报)\s*(?P<issue>(?:\d{4}\s*年?\s*)?(?:第\s*)?\d{1,4}"
                         r"(?:\s*[-—~～]\s*\d{1,4})?\s*[号期]"
                         r"(?:\s*[（(]\s*总(?:第\s*\d{1,5}\s*[号期]|号\s*[:：]\s*\d{1,5})\s*[）)])?)?\s*$")
_GAZETTE_ISSUE = compiled(r"^\s*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*[号期](?:\s*[（(]\s*总第\s*\d{1,5}\s*[号期]\s*[）)])?\s*$")


def _masthead_lines(texts: list[str]) -> set[int]:
    """The lines of a gazette's masthead among the page's first lines: its name, a body's name and 公报 or 政报 (a
    statistics bureau's report, 2020年国民经济和社会发展统计公报, names no body before 公报: a title), and the issue
    printed alone under it (沈阳市人民政府公报 / 第3号) — no line of the title under them, which ran on into them."""
    found: set[int] = set()
    for at, text in enumerate(texts[:_TITLE_LINE_WITHIN]):
        match = _GAZETTE_NAME.match(fold(text))
        if match is None or not ends_like_a_body(match["body"]):
            continue
        found.add(at)
        if match["issue"] is None and at + 1 < len(texts) and _GAZETTE_ISSUE.match(fold(texts[at + 1])):
            found.add(at + 1)
    return found


# A government gazette's masthead line: the body publishing it, then the issue (咸宁市人民政府主办2020年第2号(总第55号)).
_GAZETTE_MASTHEAD = compiled(r"^\s*(?P<body>\p{Han}{2,24}?)\s*主办\s*\d{4}\s*年\s*第\s*\d+\s*[号期]")


def _gazette_publisher(texts: list[str]) -> str | None:
    """The body a gazette's masthead line among the first lines names as publishing the issue (咸宁市人民政府主办
    2020年第2号), or whose gazette the issue is by its name (天门市人民政府公报2025第2号: :func:`_masthead_lines`), or
    None (湖南政报 names no body; a statistics bureau's 统计公报 is a title)."""
    for text in texts[:3]:
        match = _GAZETTE_MASTHEAD.match(fold(text))
        if match is not None and ends_like_a_body(match["body"]):
            return text[match.start("body"):match.end("body")]
    for at in sorted(_masthead_lines(texts)):
        match = _GAZETTE_NAME.match(fold(texts[at]))
        if match is not None:
            return texts[at][match.start("body"):match.end("body")]
    return None


def _title_of_its_own(line: str, above: str) -> bool:
    """Whether ``line`` is a notice's whole title that does not go on from the line ``above`` it: it ends
    like a title and opens as a notice's own does, with its issuer's name and 关于/印发/转发/批转 (阿拉善盟行政
    公署办公室关于印发…的通知 under the name of the rules it issues, printed as a file's name is), or with
    关于 under a line naming a kind of papers (政府文件 / 关于印发…的通知: a site's section, as a red head's
    …文件 is none of the title). The line above stays the title's first where it is an issuer's name (中共某市委
    办公室 / 某市人民政府办公室关于…, 中共中央 / 国务院关于…), ends with a joining word, or holds a title's own
    words (某市人民政府办公室转发市发展改革委 / 市商务局关于…的通知: the forwarded bodies' names run on, no
    rules' name holds 转发)."""
    folded, over = fold(line).strip(), fold(above).strip()
    if TITLE_END.search(folded) is None or over.endswith(JOINING_END) or _is_name(above) or over.startswith("中共"):
        return False
    if over.endswith("文件") and _AFTER_ISSUER.match(folded) is not None:
        return True
    issuer = _ISSUER_PREFIX.match(folded)
    return (issuer is not None and len(issuer["issuer"]) >= _ISSUER_SHORTEST and ends_like_a_body(issuer["issuer"])
            and _TITLE_WORDS.search(over) is None)


# A title's own words (关于, 印发, 转发, 批转) anywhere in a line: a title's first line holds them, a name does not.
_TITLE_WORDS = compiled(_TITLE_OPENINGS)


# The fewest characters of an issuer's name opening a title of its own (某县政府: 4), fewer being a short form
# (市政府关于…) that a line above may name the place of.
_ISSUER_SHORTEST = 4


# A zone's or township's name, which the gazetteer does not list (临港新片区, 某某镇): a place too.
_ZONE_OR_TOWNSHIP = compiled(r"^\p{Han}{1,8}(?:新区|片区|开发区|高新区|经开区|合作区|园区|镇|乡|街道)$")


def _names_place_alone(text: str) -> bool:
    """Whether a line is a place's name and nothing else: a province or city (某省, 某市), any name the
    gazetteer knows, with or without its level (上城区, 房县, 广西, 黔东南州: several places may bear
    it), or a zone's or township's name (临港新片区, 某某镇, 横琴自贸区: by its kind, not its name)."""
    from pilotplans.normalizers.registry import load_registry

    place = PLACE.match(text)
    if (place is not None and place.end() == len(text)) or _ZONE_OR_TOWNSHIP.match(text) is not None:
        return True
    gazetteer = load_registry().gazetteer
    # a zone or area named by its kind, as the gazetteer's zone types and area words write it (横琴自贸区,
    # 中关村示范区, 前海合作区): a place whatever its name, which the gazetteer need not know
    if text.isalpha() and (gazetteer.zone_by_end(text) is not None or gazetteer.area_word(text) is not None):
        return True
    return any(written == text for written, _, _ in gazetteer.prefixes(text))


def opens_with_place(title: str, over: str | None = None) -> bool:
    """Whether a title opens by naming a place (深圳市盐田区关于…, 横琴粤澳深度合作区关于…), the name
    ``over`` it among them (西咸新区 / 西咸新区2023年…): a place's or zone's name over it then is a
    site's name, not the title's first line. A zone's name matches no PLACE pattern, so its kind
    (see :func:`_names_place_alone`) is looked for in the title's opening words, where a name stands
    as an issuer's or a year's plan's does (横琴粤澳深度合作区关于…, 中关村示范区2023年…): a verb phrase
    ending in a kind's word (加快推进自贸区建设…, 全面推进乡村振兴…) goes on with the title's own words."""
    text = fold(without_glosses(title)).strip()
    if PLACE.match(text) is not None or (over and text.startswith(over)):
        return True
    return any(_names_place_alone(text[:end]) and _AFTER_OPENING_NAME.match(text, end) is not None
               for end in range(2, min(len(text), _ZONE_NAME_LONGEST) + 1))


# What follows a place's name opening a title: 关于 (its issuer's notice), a year (its year's plan), or nothing.
_AFTER_OPENING_NAME = compiled(r"(?:关于|[0-9０-９]{4}\s*年|$)")


# The longest zone's name looked for at a title's opening (横琴粤澳深度合作区: 9).
_ZONE_NAME_LONGEST = 12


# How a covering notice's last sentence ends, issuing the plan or asking that it be carried out (现印发给你们，
# 请认真贯彻落实。, 请遵照执行。, 请结合实际认真组织实施。): no story's sentence, so a short line after it is no
# news page's aside but the plan's title's first line (…请认真贯彻落实。 / 推进 / 某某市…实施方案).
_NOTICE_CLOSES = compiled(r"(?:印发给你们|印发你们|请\p{Han}{0,10}?(?:贯彻|执行|落实|实施))[^。]*。\s*$")


def closes_notice(text: str) -> bool:
    """Whether a line is a covering notice's last sentence (``_NOTICE_CLOSES``: …现印发给你们，请认真贯彻落实。)."""
    return _NOTICE_CLOSES.search(fold(text.strip())) is not None


# How a news page's aside opens: a verb of showing or reading what it points to (一图读懂自贸区, 图解,
# 聚焦开发区, 走进示范区, 带你了解): a zone's kind or a place after it names nothing the title opens with.
_ASIDE_OPENING = compiled(r"^(?:一图|图解|读懂|解读|聚焦|走进|探访|带你|小编)")
# How a story's sentence ends (目标任务如何分解? / 小编带你了解 / 2023年…分解: the aside is within the story).
_SENTENCE_END = ("。", "？", "?", "！", "!", "…")


def _apart_from_title(text: str, following: str | None, previous: str | None = None) -> bool:
    """Whether a short line stands on its own over the title under it rather than opening it: a news
    page's aside over the plan's title (小编带你了解 / 2023年区政府工作报告重点工作目标任务分解). The
    short line stops at no joining word, names no place (滨州市 / 优化营商环境实施方案, 上城区 / 2019年…分解
    are one title each) unless it opens as an aside does (``_ASIDE_OPENING``: 一图读懂自贸区) nor
    body (中共某县委 / 关于…的通知: the issuer opening its title),
    opens no title (关于印发 / …的通知) and does not end like one; the line under it is a whole title
    that opens as a title of its own does, with its year, its place or 关于 (加快推进 / 全域旅游示范区
    创建实施方案 is one title wrapped). The aside stands within a story, after a sentence, never after a
    covering notice's last one (``_NOTICE_CLOSES``); at a document's head, or under a notice, the short
    line is the title's own first line (2023年 / 某某市…分解, 中共中央 / 关于…的意见, 支持 /
    某某市…若干措施)."""
    if following is None or previous is None or not previous.rstrip().endswith(_SENTENCE_END) \
            or closes_notice(previous):
        return False
    short = fold(without_glosses(text)).strip()
    rest = fold(without_glosses(following)).strip()
    return (0 < len(short) < WRAPPED_LINE and not short.endswith(JOINING_END)
            and (_ASIDE_OPENING.match(short) is not None or (PLACE.match(short) is None and not _names_place_alone(short) and not _is_name(text)))
            and _TITLE_OPENING.search(short) is None and TITLE_END.search(short) is None
            and is_title_part(following) and TITLE_PART.match(rest) is not None and TITLE_END.search(rest) is not None
            and (OWN_TITLE_OPENING.match(rest) is not None or PLACE.match(rest) is not None))


# A notice's title leaving its own kind unsaid after the document it forwards or issues, whose kind closes it
# (关于转发《国家森林防火指挥部关于…的紧急通知》: …的通知 left out): the whole line is the title. A line merely citing a
# document (《中华人民共和国行政许可法》, 现将《…》转发给你们) opens with no 关于转发 or 关于印发.
_UNSAID_KIND_TITLE = compiled(r"^关于(?:转发|印发)《[^《》]{4,80}" + TITLE_KINDS + r"》$")
# A title a page prints as a citation, its whole line in 《》 (《北京市人民政府办公厅关于印发〈…〉的通知》):
# a title within it is in 〈〉.
# A copying site may mark after it that the whole text follows: 《…的通知》(全文), 《…》【全文】.
_WRAPPED = compiled(r"^\s*《(?P<title>[^《》]+)》\s*(?:[（(【\[]\s*全文\s*[）)】\]])?\s*$")


# A line opening a citation it never closes: a page's headline cut short, the title in full below it.
_CUT_CITATION = compiled(r"^\s*《[^》]*$")


# A code of rules a congress made, cited (《中华人民共和国政府信息公开条例》, 《优化营商环境条例(2019年)》): like a law
# (…法), a page cites it whole in 《》 among the laws it rests on; a page's headline never prints a plan so.
_CITED_CODE = compiled(r"条例(?:\s*[（(][\p{Han}\d—\-－~～至]{1,24}[）)])?$")


def _unwrapped(text: str) -> str:
    """A title line printed wholly inside 《》, without them, when what they hold ends like a title (and is
    no code of rules: :data:`_CITED_CODE`)."""
    match = _WRAPPED.match(text)
    if match is None:
        return text
    inner = fold(match["title"]).strip()
    return match["title"] if TITLE_END.search(inner) and not _CITED_CODE.search(inner) else text


def _is_name(text: str) -> bool:
    """Whether a line is a body's name and nothing else (深圳市盐田区人民政府, 区人民政府办公室)."""
    folded = fold(_clean(text))
    return "关于" not in folded and bool(_ISSUER_NAME.fullmatch(folded)) and ends_like_a_body(folded)


# An announcement titled by its issuer's name and its matter with no 的 between (上海市浦东新区人民政府征收土地公告, a
# district's land notice in its municipality's series): the matter, a few words, then 公告 — never a site's section
# (某区人民政府通知公告: the matter 通知), nor words naming no body before it (征收土地公告 alone, 关于…的公告 and …的公告
# being titles by TITLE_END).
_MATTER_ANNOUNCED = compiled(r"(?!通知)\p{Han}{2,12}公告$")
_ANNOUNCING_ISSUER_SHORTEST = 4


def _issuer_s_announcement(title: str) -> bool:
    """Whether ``title`` is an announcement titled by its issuer's name and its matter (上海市浦东新区人民政府征收土地公告):
    what stands before the matter is a body's name (:func:`_is_name`) of four characters or more."""
    return _announcing_issuer(title) is not None


def _matter_over_number(texts: list[str]) -> str | None:
    """The matter announced (征收土地预公告) on the page's first line, right over its 文号 printed alone
    (西青区征告字〔2023〕20号): an announcement headed by its matter and number, no issuer's name over it (the signature
    names it) — the title, where no other line is one. None elsewhere: a matter under a sentence, or over no number,
    heads nothing (现将有关事项公告如下： / 征收土地公告)."""
    head = fold(texts[0]).strip() if texts else ""
    if len(texts) < 2 or _MATTER_ANNOUNCED.fullmatch(head) is None or _KINDS_OF_NOTICE.fullmatch(head) is not None \
            or number_line(texts[1]) is None:
        return None
    return texts[0].strip()


# A site's column named by kinds of notice run together (公示公告, 通告公告): no matter announced.
_KINDS_OF_NOTICE = compiled(r"(?:通知|通告|公告|公示)+")


def _announcing_issuer(title: str) -> str | None:
    """The issuer an announcement titled by its name and its matter names (上海市浦东新区人民政府征收土地公告: the longest
    body's name before the matter, 上海市浦东新区人民政府, not 上海市浦东新区), as printed; None for any other title: a
    name with no matter (某区人民政府公告), a place's name alone before it, or a site's section after it (某区人民政府
    公示公告: kinds of notice run together, the vocabulary's page furniture)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    folded = fold(title).strip()
    if not folded.endswith("公告") or _is_name(folded[:-2]):
        return None  # a body's name and 公告 alone (上海市浦东新区人民政府公告: a site's column) announce no matter
    words = vocabulary()
    end = next((end for end in range(len(folded) - 4, _ANNOUNCING_ISSUER_SHORTEST - 1, -1)
                if _MATTER_ANNOUNCED.match(folded, end) is not None and _is_name(folded[:end])
                and not _names_place_alone(folded[:end]) and not words.is_page_furniture(folded[end:])), None)
    return title.strip()[:end] if end is not None else None


# A body's own work summary or plan of work for a year, titled by its name (五角场街道办事处2016年工作总结和2017年工作安排):
# the year before 工作总结 or 工作安排 closing the title, or before the report they make (宁波国家高新区2008年工作总结和
# 2009年工作安排报告), or a plan of work named its 部署 or its 思路 (翠亨新区2022年工作总结及2023年工作部署, 白杨街道2022年
# 工作总结及2023年工作思路). A heading of a report (一、2016年工作总结) is a numbered line, and words naming no body before
# the year (2016年工作总结 alone, 2016年工作总结报告, 2023年工作部署, 2023年工作思路) title nothing of this kind.
_YEAR_S_WORK = compiled(r"(?P<maker>\p{Han}{2,30}?)(?:(?:19|20)\d{2}\s*年度?\s*工作(?:总结|安排|要点)[和及与、])?"
                        r"(?:19|20)\d{2}\s*年度?\s*工作(?:总结|安排|部署|思路)(?:报告)?$")


def _year_s_work(title: str) -> bool:
    """Whether ``title`` is a body's work summary or plan of work for a year, its maker's name opening it."""
    return _year_s_work_maker(title) is not None


def _year_s_work_maker(title: str) -> str | None:
    """The body whose year's work summary or plan of work ``title`` is, by the name opening it (五角场街道办事处2016年工作
    总结和2017年工作安排: 五角场街道办事处), as printed; None for any other title."""
    match = _YEAR_S_WORK.fullmatch(fold(title).strip())
    if match is None or not ends_like_a_body(match["maker"]):
        return None
    return title.strip()[:match.end("maker")]


def _ends_as_title(text: str) -> bool:
    """Whether ``text``, the lines read into a title so far, ends as a whole title does: with a kind of document
    (``TITLE_END``), a forwarded document's title leaving its own kind unsaid, an announcement titled by its issuer
    and its matter, or a body's year's work summary or plan of work."""
    folded = fold(without_glosses(text))
    return (TITLE_END.search(folded) is not None or _UNSAID_KIND_TITLE.match(folded) is not None
            or _issuer_s_announcement(text) or _year_s_work(text))


def _without_site_date(text: str) -> str:
    """A headline's line without the date a site prints after it, a space apart (五角场街道办事处2016年工作总结和2017年
    工作安排 2018-06-15: the day the page was published, no part of the title, nor the document's date), where what stands
    before the date ends as a title (:func:`_ends_as_title`); any other line as it stands (a sentence or a signature
    closing with a date)."""
    match = _DATED_AFTER.search(text)
    if match is None or match.start() == 0 or not is_title_part(text[:match.start()]):
        return text
    return text[:match.start()] if _ends_as_title(text[:match.start()]) else text


def _name_apart(text: str, following: str | None) -> bool:
    """Whether a line naming a body stands apart from the title below it: a web site's name over
    the page (深圳市盐田区人民政府 / 深圳市盐田区关于…若干措施). An issuer's name is part of the title
    when what follows opens the rest of it (…人民政府办公室 / 关于印发…) or names a further issuer
    (中共某市委办公室 / 某市人民政府办公室 / 关于…). A zone's name ending like a body's (曲江新区, 某某开发区)
    names a place, not a body: it opens a title naming no place of its own first (曲江新区 / 2023年…分解),
    as a place's name does (上城区 / 2019年…分解), and stands apart, a site's name, over one that does."""
    if not _is_name(text) or following is None:
        return False
    if _names_place_alone(name := fold(_clean(text))):
        return opens_with_place(following, name)
    return not (_AFTER_ISSUER.match(fold(following)) or _is_name(following)
                or _issuer_s_announcement(_clean(text) + _clean(following)))  # 某区人民政府 / 征收土地公告


# The name of a site's section a page prints before the title in its line (【市政府重点工作及责任分解】…).
# Or before a vertical bar (政务服务丨济宁市人民政府关于…: 丨, ｜ or |), as a site's headline prints it;
_SECTION_LABEL = compiled(r"^\s*(?:【[^【】]{1,30}】|\p{Han}{2,10}\s*[丨｜|])\s*(?=\S)")
# Or before a colon (中国政府网：某市人民政府关于…的通知, 政策文件：关于…), as a news page's headline names
# its source: a name of a few characters with no title's words in it, taken off only where what follows
# is a notice's title, opening with its issuer or 关于 and holding 关于/印发/转发/批转 (附件：某某方案, a
# field's label and its value, stays as printed).
_SOURCE_LABEL = compiled(r"^\s*(?!\p{Han}*(?:关于|印发|转发|批转))\p{Han}{2,10}[：:]\s*(?=\S)")
_TITLE_OPENING = compiled(_TITLE_OPENINGS)


# A 文号 a web page printed before the title in its line (江政办〔2020〕2 号 区人民政府办公室关于…的通知),
# apart from it by a space or a dash (阳政办〔2019〕1号—区人民政府办公室关于…的通知), or the title cited in 《》
# right after it (青办发〔2019〕29号《…的通知》), or run into the title's opening word with no gap at all
# (吉教发[2015]1号关于印发《…》的通知): the number is the document's, the title what follows it.
_NUMBER_BEFORE_TITLE = compiled(r"^\s*" + DOC_NO.pattern
                                + rf"(?:\s*[—–―－-]+\s*(?=\p{{Han}}|《)|\s+(?=\p{{Han}})|\s*(?=《|{_TITLE_OPENINGS}))")


def _without_number_before(text: str) -> str:
    """A line without the 文号 printed before the title in it, when what follows is a whole title;
    a line that is a number and a sentence, or a number alone, stays as printed."""
    match = _NUMBER_BEFORE_TITLE.match(text)
    if match is not None:
        rest = text[match.end():]
    else:
        # A number in traditional characters, or glossed by a mirror site (并政發(fā)〔2013〕30號《…》), is
        # read simplified and without its glosses; the title after it stays as printed.
        plain = without_glosses(text)
        folded = fold(plain)
        match = _NUMBER_BEFORE_TITLE.match(folded) if len(folded) == len(plain) else None
        if match is None:
            return text
        tail = plain[match.end():]
        rest = next((text[at:] for at in range(len(text)) if without_glosses(text[at:]) == tail), text)
    folded = fold(without_glosses(_unwrapped(rest))).strip()
    return rest if TITLE_PART.match(folded) and TITLE_END.search(folded) else text


# A title's own 文号 a page printed in brackets after it in its line (中共岳阳市委办公室岳阳市人民政府办公室
# 印发《关于…的实施意见》的通知(岳办发〔2017〕2号)).
_NUMBER_AFTER_TITLE = compiled(r"\s*[（(]\s*(?P<number>" + DOC_NO.pattern + r")\s*[）)]\s*$")


def _number_after_title(text: str, heads_notice: bool = False) -> tuple[str, str] | None:
    """A line parted into a title and its own 文号 printed in brackets after it, or None: what stands
    before the number must be a whole title (a title's characters, 关于 and a kind of document at its
    end), not a sentence citing a document by its title and number (opening with 根据, 按照, …: the
    vocabulary's ``sentence_openings``). A line that ``heads_notice`` (the notice's addressee line right
    under it, :func:`_opens_a_notice_head`) is its headline whatever its words end with: a county's site
    prints the notice's head short, ``2021年县政府重点工作任务(华政发〔2021〕2号)`` over ``各乡镇人民政府、
    县直各单位:``, the number closing it its own."""
    folded = fold(text)
    match = _NUMBER_AFTER_TITLE.search(folded) if len(folded) == len(text) else None
    if match is None:
        return None
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    title = text[:match.start()].strip()
    plain = fold(without_glosses(title))
    whole = bool(TITLE_END.search(plain) and TITLE_IN_LINE.search(plain))
    if (not (is_title_part(title) and (whole or (heads_notice and _is_headline(title, plain))))
            or plain.startswith(vocabulary().sentence_openings)):  # 根据…的指导意见(国发〔2016〕76号) cites it
        return None
    return title, text[match.start("number"):match.end("number")]


# The words of a notice's headline a site prints short, with its number after them: Chinese words (a year's
# digits among them) that make no sentence, long enough to name what it issues.
_HEADLINE_WORDS = compiled(r"^[\p{Han}\d（）()《》〈〉“”]{6,60}$")


def _is_headline(text: str, plain: str) -> bool:
    """Whether ``text`` (``plain``: folded, without glosses) may be a notice's headline a site prints short over its
    number: words naming what it issues (2021年县政府重点工作任务), never a body's name alone — 华容县人民政府办公室
    （华政办发〔2021〕2号） over the address line is the notice's maker and number, a red head that lost its 文件, and
    its name no title; nor a red head (华容县人民政府办公室文件（华政办发〔2021〕2号）), its maker's too."""
    return bool(_HEADLINE_WORDS.match(plain)) and not _is_name(text) and _RED_HEAD.match(plain) is None


def _may_close_with_number(text: str) -> bool:
    """Whether ``text`` may close with a 文号 in brackets (…号）, …號)): the characters every such line holds, looked for
    before any pattern reads it or the lines around it."""
    return ("号" in text or "號" in text) and (")" in text or "）" in text)


def _headline_number(texts: list[str], at: int) -> tuple[str, str] | None:
    """Line ``at`` of ``texts`` parted into a title and its own 文号 after it (:func:`_number_after_title`), the
    line read as the notice's headline where it heads the notice's addressee line; or a headline whose words end
    with no kind of document over its number printed alone in brackets on the next line, over the address line
    (``2021年县政府重点工作任务`` / ``（华政发〔2021〕2号）`` / ``各乡镇人民政府、县直各单位:``), with that number."""
    if not _may_close_with_number(texts[at]) and not (at + 1 < len(texts) and _may_close_with_number(texts[at + 1])):
        return None  # no 文号 closes the line or the next: nothing else need be read (the address line under it)
    same = _number_after_title(texts[at], heads_notice=_opens_a_notice_head(texts, at))
    if same is not None or at + 1 >= len(texts):
        return same
    inner = BRACKETED_LINE.match(texts[at + 1])
    number = number_line(inner["inner"]) if inner is not None else None
    text = texts[at].strip()
    plain = fold(without_glosses(text))
    if (number is None or not is_title_part(text) or not _is_headline(text, plain) or TITLE_END.search(plain)
            or not _opens_a_notice_head(texts, at + 1)):
        return None
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return None if plain.startswith(vocabulary().sentence_openings) else (text, number)


def _without_section_label(text: str) -> str:
    """A line without the site's section name in 【】 it opens with, when the rest opens or is a
    title (【市政府重点工作及责任分解】滁州市人民政府关于…的通知); a law database's field
    (【时效性】尚未施行, 【法宝引证码】CLI.1.304262) stays as printed, and so no title. Likewise a
    source's name before a colon when the rest is a notice's title (:data:`_SOURCE_LABEL`)."""
    rest = _SECTION_LABEL.sub("", text)
    folded = fold(rest)
    if rest != text:
        return rest if _TITLE_OPENING.search(folded) or TITLE_END.search(folded) else text
    rest = _SOURCE_LABEL.sub("", text)
    folded = fold(rest)
    label = text[:len(text) - len(rest)].strip().rstrip("：:")
    if rest == text or is_attachment_label(label) or not (_TITLE_OPENING.search(folded) and TITLE_END.search(folded)):
        return text  # 附件：某省人民政府关于…的通知 names the notice attached (forwarded), not this one
    if ends_like_a_body(label) and _AFTER_ISSUER.match(folded):
        return label + rest.strip()  # a body's name, then 关于…: the title's own issuer (商务部：关于…的通知)
    return rest


def _after_page_words(text: str) -> str:
    """A title line without the words a web page printed before it in the same line, apart from it
    by a gap (哈尔滨市木兰县人民政府 政策文件 关于印发《…》的通知 → 关于印发《…》的通知; a section's name in
    【】 is taken off first: :func:`_without_section_label`). Evidence: a gap before 关于 and, right
    before that gap, words that name no body (政策文件: a section of the site), where only the
    issuer's name stands before 关于 in a title; a name the registry knows is a body's, in whatever
    form (某市商务局 市人行 关于…: two issuers). Words standing alone before the gap that name no body are
    taken off only where the page shows them printed for its issuer (:func:`_standing_for_issuer`)."""
    at = text.find("关于")
    before = text[:at] if at > 0 else ""
    pieces = before.split()
    if len(pieces) < 2 or not before.endswith((" ", "\t", "\u3000")) or _is_name(pieces[-1]):
        return text
    from pilotplans.normalizers.resolve import names_a_body_alone

    return text if names_a_body_alone(pieces[-1]) else text[at:]


# Words a title line prints alone before a gap and its 关于 (江南体育官方网站入 关于转发…的通知): Chinese words only.
_WORDS_BEFORE_TITLE = compiled(r"^\s*(?P<words>\p{Han}{2,30})[^\S\r\n]+(?=关于)")


def _words_for_issuer(text: str) -> str | None:
    """The words a title line prints alone where its issuer's name stands, a gap before its 关于, that name no body
    and no place (a mirror site's spam script printing its own words wherever the site printed 市人民政府办公室:
    江南体育官方网站入 关于转发…的通知), or None: words ending as a body's name does (中共中央 国务院关于…'s 国务院,
    某某局 关于…), a name the registry knows (中共中央), a place's (岳阳市 关于…) or a body named by its level word
    (市实验中学 关于…) are the title's issuer."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    match = _WORDS_BEFORE_TITLE.match(fold(without_glosses(text)))
    if match is None:
        return None
    words = match["words"]
    if (ends_like_a_body(words) or names_a_body_alone(words) or PLACE.match(words) or opens_with_place(words)
            or words.startswith(LEVEL_WORDS)):  # a body of a place's own level (市实验中学, 县妇联), no script's words
        return None
    return words



def _standing_for_issuer(texts: list[str], *names: str | None) -> str | None:
    """The words the title's line prints in its issuer's place naming no body (:func:`_words_for_issuer`), on one of the
    page's first lines, where one of ``names`` (the signature, the information table's 发文单位) prints them after a
    place's name, as a site printing the place and its body's name printed the script's words for the body (咸宁江南体育
    官方网站入 over the date, 发文单位:咸宁江南体育官方网站入), or None. Words the registry does not know signing alone
    (湖南大学 关于… over 湖南大学 / 2023年5月6日), or printed on the title's line only, are a body's name the
    registry lacks: the title's issuer, as printed."""
    from pilotplans.normalizers.resolve import is_place

    words = next((words for text in texts[:_TITLE_LINE_WITHIN] if (words := _words_for_issuer(text)) is not None), None)
    if words is None:
        return None
    for name in names:
        folded = fold(name or "").strip()
        if folded.endswith(words) and len(folded) > len(words) and is_place(folded[:-len(words)]):
            return words
    return None


def _without_words_for_issuer(title: str, words: str) -> str:
    """``title`` without the script's ``words`` it opens with (江南体育官方网站入关于转发…: 关于转发…)."""
    folded = fold(title)
    if not folded.startswith(words):
        return title
    rest = title[len(words):].lstrip()
    return rest if fold(rest).startswith("关于") else title


def _issuer(texts: list[str], title: str | None, signed: str | None, ordered: bool = False) -> str | None:
    """The issuer the title prints before 关于, else the one the signature block names (``signed``),
    else a red-headed notice's issuer, else the body printed over the title (``ordered``: the head prints a
    government's order number, :func:`_issuer_over_title`)."""
    if title:
        # A mirror site's glosses (關(guān)于) are read past: the issuer is taken without them.
        plain = without_glosses(title)
        # bodies the title's line prints a space apart (中共区委办公室 区人民政府办公室关于…) are several issuers
        # before they are one name run together: read whole, the two bare names make one no body bears
        apart = _issuers_apart_before_title(texts, title)
        if apart is not None:
            return apart
        match = _ISSUER_PREFIX.match(fold(plain))
        if match and ends_like_a_body(match["issuer"]) and (  # 岳阳市关于…的若干措施 names no issuer
                match["quoted"] is None or _names_body_alone(match["issuer"])):
            own = _issuer_before_carrying_out(match["issuer"])
            return _listed(plain[match.start("issuer"):match.start("issuer") + len(own)], _signers(texts))
        listed = _ISSUERS_LISTED_PREFIX.match(fold(plain))
        if listed:
            # the last carrying out another body's document (…、惠州市人民政府贯彻落实国务院关于…): the bodies before the word
            *first, last = plain[:listed.end("issuer")].split("、")
            pieces = [*first, _issuer_before_carrying_out(last)]
            if all(ends_like_a_body(piece) or _central_body_alone(piece) for piece in pieces):
                return "、".join(pieces)  # 中共惠州市委、惠州市人民政府关于…的决定: the bodies it lists
        # a title naming its maker with no 关于 after it: an announcement by its issuer and matter (上海市浦东新区人民政府
        # 征收土地公告), a body's year's work summary (五角场街道办事处2016年工作总结和2017年工作安排)
        maker = _announcing_issuer(plain) or _year_s_work_maker(plain)
        if maker is not None and not _names_place_alone(fold(maker)):
            return maker  # a place's name (上海市浦东新区2022年工作安排) names no body that made it
    if signed:
        return signed
    if (red_head := _red_head_issuer(texts)) is not None:
        return red_head
    for at in range(1, min(len(texts), _RED_HEAD_REACH + 1)):
        # the red head printed over two lines (新疆维吾尔自治区人民政府 / 文件): the body's name alone, 文件 under it
        if RED_HEAD_WORD.match(fold(texts[at])) and (names := _red_head_names(texts[:at])):
            return "、".join(names)
    return _issuer_over_title(texts, title, ordered)


#: An addressee line opening with every province (各省、自治区、直辖市人民政府, 各省、自治区、直辖市及计划单列市…办公室): a
#: central body speaks; a province addressing its cities (各省辖市人民政府) opens with 各省 too, without the 、自治区.
_EVERY_PROVINCE = compiled(r"^\s*各省\s*[、，,（(]\s*自治区")
#: How far down a page the notice's addressee line is looked for.
_ADDRESSEE_LINES = 12


def _addresses_every_province(texts: list[str]) -> bool:
    """Whether the notice's addressee line — the first line among the first lines of ``texts`` that is one
    (:data:`~pilotplans.normalizers.place._ADDRESSEE_LINE`) — addresses every province (:data:`_EVERY_PROVINCE`). A
    notice forwarding a central one (关于转发国务院办公厅关于…的通知 / 各市、县人民政府： / … / 各省、自治区、直辖市人民政府…：)
    addresses its own cities first: the every-province line under it is the forwarded notice's, not the page's."""
    from pilotplans.normalizers.place import _ADDRESSEE_LINE

    addressee = next((text for text in map(fold, texts[:_ADDRESSEE_LINES]) if compiled(_ADDRESSEE_LINE).match(text)), None)
    return addressee is not None and bool(_EVERY_PROVINCE.match(addressee))


#: An addressee line (its 文号 perhaps run into it: 晋政办发[2017]108号各市、县人民政府,…:) naming the province's own
#: departments by the province's level word (省人民政府各委、办、厅、局, 省政府有关部门, 自治区人民政府各厅局): only the
#: province's government or its office addresses them — a city addresses 市政府各部门, and 各省辖市人民政府 is a province's
#: cities.
_PROVINCE_OWN_DEPARTMENTS = compiled(rf"^\s*(?:{DOC_NO.pattern})?\s*各[^：:。]*?(?:^|[，,、；;\s])(?:省|自治区)(?:人民)?政府"
                                     r"(?:各|有关|直属)[^：:。]*[：:]")


#: An addressee line naming a city's or a county's own departments by its level word after the divisions it addresses
#: (各县(市、区)人民政府,市人民政府各部门…: a city; 各乡镇人民政府,县政府各部门: a county): only that level's government or
#: its office addresses them; the level word's kind (`level`), none of the divisions' (县(市、区) in brackets is a list).
#: A city's word says a city's level only where the divisions it addresses (`divisions`) hold a county-level government
#: (:data:`_COUNTY_GOVERNMENT_ADDRESSED`): a county-level city addresses its towns so too (各镇人民政府、街道办事处,
#: 市政府各部门: 海城, 桐乡, 建德), and so does a city with no counties (东莞): which level speaks, the line does not say.
_OWN_DEPARTMENTS = compiled(rf"^\s*(?:{DOC_NO.pattern})?\s*各(?P<divisions>[^：:。]*?)[，,、；;\s](?P<level>市|州|盟|县|区|旗)"
                            r"(?:人民)?政府(?:各|有关|直属)[^：:。]*[：:]")
_OWN_DEPARTMENTS_LEVEL: dict[str, str] = {"市": "municipal", "州": "municipal", "盟": "municipal",
                                          "县": "county", "区": "county", "旗": "county"}
#: A county-level division's government among the addressees (各县(市、区)人民政府, 各区人民政府, 各旗县市区人民政府,
#: 各区县(自治县)人民政府), not a town's (各镇人民政府) nor a zone's committee (各开发区管委会).
_COUNTY_GOVERNMENT_ADDRESSED = compiled(r"(?:县|区|市|旗)(?:[（(][^）)]*[）)])?(?:人民)?政府")


def _addressed_departments_level(texts: list[str]) -> str | None:
    """The level whose own departments the notice's addressee line, among the first lines of ``texts``, addresses
    (:data:`_OWN_DEPARTMENTS`: 市人民政府各部门, a city's; 县政府各部门, a county's), None where it addresses none, or
    a city's word addresses no county-level government beside them (各镇人民政府、街道办事处,市政府各部门: a county-level
    city's or a city's)."""
    found = next((match for text in map(fold, texts[:_ADDRESSEE_LINES]) if (match := _OWN_DEPARTMENTS.match(text))), None)
    if found is None:
        return None
    level = _OWN_DEPARTMENTS_LEVEL[found["level"]]
    if level == "municipal" and _COUNTY_GOVERNMENT_ADDRESSED.search(found["divisions"]) is None:
        return None
    return level


def _addresses_province_departments(texts: list[str]) -> bool:
    """Whether the notice's addressee line, among the first lines of ``texts``, addresses the province's own
    departments (:data:`_PROVINCE_OWN_DEPARTMENTS`): a province's notice, read at the provincial level."""
    return any(_PROVINCE_OWN_DEPARTMENTS.match(text) for text in map(fold, texts[:_ADDRESSEE_LINES]))


#: A sample-text site's mark of the pieces it collects on one page, alone on its line (第一篇, 第二篇).
_PIECE = compiled(r"^\s*第(?P<number>[一二三四五六七八九十]+)篇\s*[:：]?\s*$")


def _first_piece(texts: list[str]) -> list[str]:
    """The lines of the first document a sample-text site collects on one page, its pieces marked 第一篇, 第二篇…
    each alone on a line: a page opening with 第一篇 (its first line) prints another document from 第二篇 on
    (湖南省民政厅's reply, then 第二篇 / 省人民政府关于同意盘县…的批复, 贵州's), whose title, issuer and place are not
    the page's. ``texts`` whole otherwise (an outline's 第一篇 and 第二篇, its parts, come under its title)."""
    opened = _PIECE.match(fold(texts[0])) if texts else None
    if opened is None or opened["number"] != "一":
        return texts
    at = next((i for i, text in enumerate(texts) if (match := _PIECE.match(fold(text))) and match["number"] != "一"),
              len(texts))
    # the second piece opens another document, its title (省人民政府关于同意盘县乡镇…); a part of a plan's outline opening
    # its page with 第一篇 is headed by words of its own (第二篇 / 坚持创新驱动发展), the plan's signature after them
    return texts[:at] if _DOCUMENT_TITLE_WORD in "".join(texts[at + 1:at + 2]) else texts


#: What a document's title says and a part of a plan's outline, headed by its own words, does not.
_DOCUMENT_TITLE_WORD = "关于"


def _several_places_issue(issuer: str) -> bool:
    """Whether the bodies ``issuer`` lists (、) are of several places: two provinces' or cities' governments
    (北京市人民政府、天津市人民政府), or two counties' or districts' of one city (南京市鼓楼区人民政府、南京市玄武区人民政府). A
    document's region is one place: the first would make the joint document its own, and the places' common parent
    (南京) a document of a level none of them issues at — so such a document is placed nowhere. A place's Party
    committee with its government (中共惠州市委、惠州市人民政府, 中国共产党伊川县委、伊川县人民政府) or a city's body beside
    its own district's names one place and the other in it: not several."""
    places: set[tuple[str, str | None]] = set()
    for name in (fold(piece) for piece in issuer.split("、") if piece):
        place = PLACE.match(name)
        if place and place["kind"] in ("省", "自治区") and (PLACE.match(inner := name[place.end():])
                                                          or _COUNTY.match(inner)):
            # 广东省惠州市人民政府 beside 中共惠州市委: the city's body, its province printed before its name
            name, place = inner, PLACE.match(inner)
        county = _COUNTY.match(name[place.end():] if place and place["kind"] == "市" else name if not place else "")
        if place or county:
            places.add((place["place"] if place else "", county["place"] if county else None))
    tops = {top for top, _ in places if top}  # a county named alone (中共沙县县委) may lie in the city beside it
    # a county is one whether named with its city or without (中共重庆市永川区委、永川区人民政府: 永川区's two bodies)
    counties = {county for _, county in places if county}
    return len(tops) > 1 or len(counties) > 1


def _a_province_issues(issuer: str) -> bool:
    """Whether the bodies ``issuer`` lists (、) are a municipality's own (重庆市人民政府, 中共重庆市委) beside a province's own
    (四川省人民政府, 中共四川省委), and no other place's (a city's: 四川省成都市人民政府, 成都市人民政府): the joint document is
    of a province's rank, which a municipality's is too, though its own level is read as a city's word says. A city's
    body beside a province's (成都市人民政府、四川省交通运输厅, 南京市人民政府、安徽省人民政府) says no one rank."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    province = municipality = False
    for name in (fold(piece) for piece in issuer.split("、") if piece):
        name = name.removeprefix("中共")
        place = PLACE.match(name)
        if place is None:
            continue
        if PLACE.match(inner := name[place.end():]) or _COUNTY.match(inner):
            return False  # a city's or a county's body, its province or municipality printed before it
        if place["kind"] in ("省", "自治区"):
            province = True
        elif place["kind"] == "市" and getattr(gazetteer.lookup(place["place"]), "level", None) == "province":
            municipality = True
        else:
            return False  # a city's own body among them (成都市人民政府、重庆市人民政府、四川省…): no one rank
    return province and municipality


def _numbered_by_lead(doc_no: str | None, region: str) -> bool:
    """Whether a joint document's ``doc_no`` is of the series of the place its first body names (``region``): the
    lead issuer numbers a joint document (GB/T 9704), so 川办发 under 四川省人民政府办公厅、重庆市人民政府办公厅 makes it
    四川's, its partner 重庆 named beside it."""
    from pilotplans.normalizers.place import doc_no_of_place
    from pilotplans.normalizers.registry import load_registry

    place = load_registry().gazetteer.lookup_written(region) if doc_no else None
    return place is not None and doc_no_of_place(doc_no or "", place)


def _central_body_alone(name: str) -> bool:
    """Whether ``name`` is a central body the registry knows by that name alone though it ends as no body's name
    does: the Party's Central Committee (中共中央, 党中央), listed before 国务院 in a title (中共中央、国务院关于…)."""
    from pilotplans.normalizers.resolve import names_a_body_alone, resolve_body

    return names_a_body_alone(name) and resolve_body(name).level == "central"


def _issuer_before_carrying_out(name: str) -> str:
    """The body a title's issuer names before a word by which it carries out another body's document
    (``data/placing.toml`` carrying_out): 市政府贯彻国务院 is 市政府, the State Council's opinion being what it
    carries out; ``name`` itself where no such word parts two bodies' names, the second named as a body issuing
    documents is (by a central body's name, a level word or a place: 国务院, 市委, 湖北省人民政府) — 市中级人民法院执行局
    and 市法院执行指挥中心 name one body each."""
    from pilotplans.normalizers.place import carrying_out_words

    for word in carrying_out_words():
        at = name.find(word)
        rest = name[at + len(word):]
        if at > 0 and ends_like_a_body(name[:at]) and ends_like_a_body(rest) \
                and (_ISSUING_BODY_OPENING.match(rest) or PLACE.match(rest)):
            return name[:at]
    return name


#: How the name of a body whose document another carries out opens: a central body's name (党中央国务院 among them)
#: or a level word (盟 and 旗 as 州 and 县).
_ISSUING_BODY_OPENING = compiled(r"^(?:国务院|中共|党中央|中央|国家|自治区|省|市|州|盟|县|旗|区)")


def _red_head_issuer(texts: list[str]) -> str | None:
    """The body a red head (…文件) names on one of the page's first lines, or None."""
    for text in texts[:5]:
        match = _RED_HEAD.match(fold(text))
        if match:
            return text[:match.end("issuer")]
    return None


def _red_head_names(over: list[str]) -> list[str]:
    """The issuers a red head printed over lines names over its word 文件 (the lines ``over`` it): the
    run of bodies' names one to a line right over it, as a joint notice prints them (中共某某县委 /
    某某县人民政府 / 文件), in order; each of four characters or more (a site's menu item 市政府 over its
    文件 item names none); none when the line right over 文件 is no such name."""
    names: list[str] = []
    for previous in reversed(over[-_MAX_ISSUERS_OVER_TITLE:]):
        name = _clean(previous)
        if not _is_name(previous) or len(name) < _RED_HEAD_NAME or name in names:
            break
        names.append(name)
    return names[::-1]


def _names_body_alone(name: str) -> bool:
    """Whether ``name`` names a body the registry knows on its own (陇西县人民政府办公室), not a phrase
    ending like one (贯彻落实市委)."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    return names_a_body_alone(name)


def _issuers_apart_before_title(texts: list[str], title: str) -> str | None:
    """The bodies the title's own line prints a space apart before 关于 (成都市发展和改革委员会
    中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发…), listed (…、…): a
    notice several bodies issue, whose names run together are too long to be read as one issuer. Each
    piece must be a name the registry knows on its own (:func:`bodies_apart`); None otherwise."""
    return next(("、".join(apart) for _, apart in _lines_with_issuers_apart(texts, fold(_clean(title)))), None)


def _title_with_issuers_apart(texts: list[str], title: str) -> str:
    """``title`` with a space kept between each of the bodies its own line prints a space apart before
    关于 (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…的通知): read run together, the four names
    were one word no body bears. Each piece must be a name the registry knows on its own
    (:func:`bodies_apart`); a title whose gaps part no such names (a wrapped line's, 关于 印发) stays as read."""
    for head, apart in _lines_with_issuers_apart(texts, fold(title)):
        if title.startswith(run := "".join(apart)):
            # the gap before 关于 only where the line prints one (中共深圳市委 深圳市人民政府关于…)
            return " ".join(apart) + (" " if head != head.rstrip() else "") + title[len(run):]
    return title


# How many of a page's first lines may be the title's own line printing its issuers before 关于.
_TITLE_LINE_WITHIN = 12


def _lines_with_issuers_apart(texts: list[str], wanted: str) -> Iterator[tuple[str, list[str]]]:
    """For each of the page's first lines that is the title's own line (``wanted``: the title folded)
    and prints bodies a space apart before its 关于, or before the 印发, 转发 or 批转 opening a title issuing another's
    document (中共中央办公厅 国务院办公厅印发《…》的通知: :func:`bodies_apart`): what stands before that word, and those
    bodies."""
    for line, text in enumerate(texts[:_TITLE_LINE_WITHIN]):
        folded = fold(text)  # a traditional page's title line (中共揚州市委 揚州市人民政府關于印發…) as a simplified one's
        if "关于" not in folded and "印发" not in folded and "转发" not in folded and "批转" not in folded:
            continue  # no title's opening (:data:`_TITLE_OPENINGS`): no pattern need search the line
        opening = _TITLE_OPENING.search(folded) if len(folded) == len(text) else _TITLE_OPENING.search(text)
        at = opening.start() if opening is not None else -1
        # a headline closing with its number in brackets (四川省财政厅 四川省教育厅关于…的通知(川财教〔2011〕224号)) is
        # the title's line still; so is the first line of a title wrapped over lines (鹤岗市人民政府 鹤岗市中级人民法院印发 /
        # 关于完善…的意见的通知), the bodies and the opening word on it
        if at <= 0 or not _opens_title(texts, line, fold(_clean(_NUMBER_AFTER_TITLE.sub("", text))), wanted):
            continue
        apart = bodies_apart(text[:at])
        if apart is not None:
            yield text[:at], apart


def _opens_title(texts: list[str], line: int, whole: str, wanted: str) -> bool:
    """Whether line ``line`` of ``texts`` (``whole``: folded, its gaps taken out) is the title ``wanted`` whole, or its
    first line, the title's rest wrapped over the lines right under it (up to :data:`_TITLE_LINES` in all)."""
    if whole == wanted:
        return True
    joined = whole
    for text in texts[line + 1:line + _TITLE_LINES]:
        if not wanted.startswith(joined) or len(joined) >= len(wanted):
            return False
        joined += fold(_clean(text))
        if joined == wanted:
            return True
    return False


# The most issuers a joint notice prints one to a line over its title (中共X县委 / X县人民政府 /
# X县人民武装部 …), as a signature block's run of names is read (six lines over its date).
_MAX_ISSUERS_OVER_TITLE = 6


# A body's code of rules is titled by what it rules, never by its maker (中国(黑龙江)自由贸易试验区条例): the
# place's body printed over it names its maker as a headline's issuer over 关于… does.
_CODE_TITLE = compiled(r"(?:条例|规定|办法|细则|规则)(?:\s*[（(][\p{Han}\d—\-－~～至]{1,24}[）)])?$")
# Over a code of rules, a place's congress (黑龙江省人大常委会, …人民代表大会常务委员会), which makes a place's 条例
# and names no web site: a government or a department over one is a site's banner as often as its maker (杭州市人民政府
# over measures its departments made), and names none.
_LEGISLATURE = compiled(r"(?:人大|人民代表大会)(?:常委会|常务委员会)?$")
# A government's own rules (规章) are issued by its order, numbered in its order series (白山政令[1997]3号, 山东省人民政府令
# 第6号, 渝府令第121号): under such a number the place's government printed over the code is its maker.
GOVERNMENT_ORDER = compiled(r"政府?令|府令")
# An order numbered by the government's full name (中华人民共和国国务院令第238号, 沈阳市人民政府令第3号): its maker.
_ORDER_BY_NAME = compiled(r"^(?:中华人民共和国)?(?P<maker>国务院|\p{Han}{2,20}?人民政府)令")


def _order_maker(doc_no: str | None) -> str | None:
    """The government an order's number names in full (国务院 for 中华人民共和国国务院令第238号, 沈阳市人民政府 for
    沈阳市人民政府令第3号), the maker of the rules it issues where nothing else names one; None for any other number
    and for an order named short (白山政令, 渝府令: whose, the head says)."""
    match = _ORDER_BY_NAME.match(fold(doc_no or "")) if doc_no and ORDER_NO.fullmatch(fold(doc_no)) else None
    return doc_no[match.start("maker"):match.end("maker")] if match is not None else None


def _issuer_over_title(texts: list[str], title: str | None, ordered: bool = False) -> str | None:
    """The body's name printed alone over the notice's own title line (:func:`_names_over_title`), or None."""
    found = _names_over_title(texts, title, ordered)
    return found[1] if found is not None else None


def _names_over_title(texts: list[str], title: str | None, ordered: bool = False) -> tuple[int, str] | None:
    """The first line of, and the body's name printed alone on the line right over the notice's own title line, where the
    title read names no issuer (opens with 关于, or titles a code of rules by what it rules): a page whose
    headline prints the title without its issuer, then the document's head, issuer over title (关于…(试行) /
    沙县人民政府 / 关于…(试行)), the title there perhaps wrapped over lines (赣州市人民政府办公厅 / 关于印发…卫生 /
    体制改革…的通知). Only lines that are a body's name and nothing else, over the title itself; a
    notice issued jointly prints its issuers one to a line (中共沙县县委 / 沙县人民政府 / 关于…): all of
    them, listed (…、…), as a signature block's are, up to a body over a part of itself (湖南省商务厅 /
    湖南省商务厅办公室 / 关于…: the office alone). Over a code of rules only a place's congress makes it, or, where the
    head prints a government's order number (``ordered``), the place's government (吉林省白山市人民政府 over
    白山市…暂行规定 / 白山政令[1997]3号)."""
    if not title:
        return None
    wanted = fold(_clean(title))
    code = not _AFTER_ISSUER.match(fold(without_glosses(wanted)))  # 關(guān)于…: a mirror's gloss is no part of 关于
    if code and not _CODE_TITLE.search(fold(without_glosses(wanted))):
        return None
    for at in range(1, min(len(texts), 12)):
        if not _title_from(texts, at, wanted):
            continue
        names: list[str] = []
        top = at
        for previous in reversed(texts[max(0, at - _MAX_ISSUERS_OVER_TITLE):at]):
            # the issuers a joint notice lists on one line (财政部、司法部 over 关于…的通知, a law site's head), as a
            # joint signature lists them: taken as they are listed, no line above them
            if not code and not names and (listed := _signed_listed(previous)) is not None:
                names.append(listed)
                top -= 1
                break
            # over a code of rules, only a place's congress (黑龙江省人大常委会), never a page's word (返回顶部) or banner
            if not _is_name(previous) or (code and not _makes_codes(fold(_clean(previous)))
                                          and not (ordered and _orders_rules(fold(_clean(previous)), wanted))):
                break
            # a body over a part of itself (a site's banner 湖南省商务厅 over its 湖南省商务厅办公室's head): the part
            # issues it alone, as a signature's (:func:`_one_within`)
            if names and _one_within(_clean(previous), names[-1]):
                break
            top -= 1
            if names and _wraps_into(previous, names[-1]):
                names[-1] = _clean(previous + names[-1])  # one name wrapped over two lines, as a signature's may be
                continue
            # the joint makers printed a gap apart on one line (中共湖州市委  湖州市人民政府 over 关于…): listed, as a
            # title's line printing them so before its 关于 lists them (:func:`bodies_apart`)
            apart = bodies_apart(previous.strip())
            names.append("、".join(apart) if apart else _clean(previous))
        if names:
            return top, "、".join(reversed(names))
    return None


def _title_ends_at(texts: list[str], end: int, wanted: str) -> bool:
    """Whether the title ``wanted`` (folded) is printed on the lines ending right before line ``end``, whole on one or
    wrapped over up to :data:`_TITLE_LINES`."""
    whole = SPACES.sub("", wanted)
    joined = ""
    for line in reversed(texts[max(0, end - _TITLE_LINES):end]):
        joined = SPACES.sub("", fold(_clean(line))) + joined
        if joined == whole:
            return True
        if not whole.endswith(joined):
            return False
    return False


# The most lines a title printed under its issuer's name is wrapped over (a document's head).
_TITLE_LINES = 4


def _title_over_own_head(texts: list[str], title: str, signed: str | None) -> str:
    """The title of the document's own head printed right under the line(s) the title was read from, where those
    are no copy of it: a body's name alone on a line over lines opening with 关于, 印发, 转发 or 批转 and ending like a
    title (山东省人民政府办公厅 / 转发…关于做好… / …的通知) is a red-headed notice's title, its issuer's name first, and a
    line over it that the head's title does not hold is a site's (a school's column, 山东省财政厅大学生创业引领计划,
    ending like a plan's title). ``title`` itself where the head's title holds it (a site's headline copying it,
    or naming the plan it issues: 某某实施方案 / 某县人民政府 / 关于印发某某实施方案的通知), or no such head stands
    right under it. A name another body than the one it names ``signed`` (沙县人民政府 over a notice 沙县发展和改革局
    signs) is a site's banner: the head's title is read without it."""
    wanted = SPACES.sub("", fold(_clean(title)))
    for at in range(1, min(len(texts), _TITLE_LINE_WITHIN)):
        following = texts[at + 1] if at + 1 < len(texts) else ""
        if not _is_name(texts[at]) or not _AFTER_ISSUER.match(fold(following)):
            continue
        above = SPACES.sub("", fold(_clean("".join(texts[max(0, at - _TITLE_LINES):at]))))
        if not above.endswith(wanted):
            continue  # the title read does not stand right over this head
        own = _title_in(texts[at:at + 1 + _TITLE_LINES], frozenset())
        if own is None or not fold(own).startswith(fold(_clean(texts[at]))):
            return title
        if wanted in SPACES.sub("", fold(own)):
            return title
        if signed and not _same_issuer(texts[at], signed):
            return _title_in(texts[at + 1:at + 1 + _TITLE_LINES], frozenset()) or title
        return own
    return title


def _head_naming_its_issuer_in_full(texts: list[str], title: str) -> str:
    """The document's own head where the title read is a site's headline naming the same issuer short: a line
    (or a head wrapped over lines) within the page's first lines printing the title's matter and kind after
    a name that names the headline's issuer in full (市政府关于同意建立浦锦街道办事处的批复 over the 文号 and
    上海市人民政府关于同意建立浦锦街道办事处的批复): GB/T 9704's head, 发文机关名称 + 事由 + 文种, names its
    issuer as the document does. ``title`` itself where no such line stands, or one names another body."""
    folded = SPACES.sub("", fold(_clean(title)))
    cut = folded.find("关于")
    if cut <= 0:
        return title
    short, matter = folded[:cut], folded[cut:]
    if PLACE.match(short):
        return title  # the headline names its issuer's place itself
    for at in range(len(texts[:_TITLE_LINE_WITHIN])):
        joined, printed = "", ""
        for line in texts[at:at + _TITLE_LINES]:
            joined += SPACES.sub("", fold(_clean(line)))
            printed += _clean_title(line)
            if len(joined) >= len(folded):
                break
        if joined == folded or not joined.endswith(matter):
            continue
        name = joined[:-len(matter)]
        first = SPACES.sub("", fold(_clean(texts[at])))
        # the name opens the head's first line (alone on it, or before the matter): no site's line over the head
        if len(first) >= len(name) and _is_name(name) and _names_in_full(name, short):
            return printed
    return title


# How far down a page the head of the notice issuing the title read may stand (a wiki's article over it: its
# summary and attribute rows).
_NOTICE_HEAD_WITHIN = 30


def _notice_issuing_it(texts: list[str], title: str) -> str:
    """The head of the notice issuing the plan the title read names, where the page prints that notice under
    its headline: a line 关于印发《title》的通知 (its issuer's name first or not) right over the notice's address
    line (…各单位：), its 文号 between them or not (a wiki's article 温州市教育强市建设实施意见, its summary and
    attribute rows, over 温州市委办公室 温州市政府办公室关于印发《温州市教育强市建设实施意见》的通知 / 温委办〔2006〕47
    号 / 各县(市、区)委、人民政府,市直属各单位:). The page holds the notice: its head is the document's title
    (GB/T 9704). ``title`` itself where no such line stands, or one that is no notice's head (cited in a sentence)."""
    # :func:`_issues` of each line, the title's endings made once; fold maps one character to one and leaves
    # spaces alone, so only a line's last characters, as many as the longest ending, need folding.
    issuing = _issuing(title)
    reach = max(map(len, issuing))
    for at, line in enumerate(texts[:_NOTICE_HEAD_WITHIN]):
        if (not (fold(squash(without_glosses(_clean(line)))[-reach:]).endswith(issuing) or _issues_by_its_makers(line, title))
                or fold(_clean(line)) == fold(_clean(title))):
            continue
        below = [text for text in texts[at + 1:at + 3] if text.strip()]
        # its 文号 printed alone or in brackets ((吉府发〔2003〕37号), as a law site prints it) between them
        below = [text for text in below if number_line(text) is None and not _number_in_brackets(text)][:1]
        if below and below[0].rstrip().endswith(("：", ":")) and names_addressees(fold(below[0].strip()), 0):
            return _clean_title(line)
    return title


# A notice's title issuing a plan: the words before 关于印发 (its issuers), and the plan it names (in 《》 or not).
_ISSUING_NOTICE = compiled(r"^(?P<makers>\p{Han}.*?)关于印发《?(?P<plan>[^《》]+?)》?的通知$")


def _number_in_brackets(text: str) -> bool:
    """Whether ``text`` is a 文号 printed alone in brackets (( 吉府发〔2003〕37号 ))."""
    inner = BRACKETED_LINE.match(text)
    return inner is not None and number_line(inner["inner"]) is not None


def _issues_by_its_makers(line: str, title: str) -> bool:
    """Whether ``line`` is the title of a notice whose issuers issue the plan titled ``title`` with their names first,
    naming it without them (中共安徽省委教育工委 安徽省教育厅关于印发2015年工作要点的通知 over the plan 中共安徽省委教育工委
    安徽省教育厅2015年工作要点): the issuers' names and the plan's name make the plan's title."""
    if "印发" not in line:
        return False  # the word every such title holds, looked for before the line is folded
    match = _ISSUING_NOTICE.match(squash(fold(without_glosses(_clean(line)))))
    return match is not None and match["makers"] + match["plan"] == squash(fold(title))


def _same_issuer(name: str, issuer: str) -> bool:
    """Whether the body's ``name`` printed over a title is the notice's ``issuer`` as read: the same words, or the
    body ``issuer`` names in full (沙县人民政府办公室 for 县人民政府办公室)."""
    return fold(_clean(name)) == fold(_clean(issuer)) or _names_in_full(issuer, name)


def _title_under_its_issuer(texts: list[str], title: str, issuer: str | None,
                            breaks: set[int] | frozenset[int] = frozenset()) -> str:
    """``title`` with the name its document's head prints on the line over it in front, where the title read
    opens with 关于: a red-headed notice's title is its issuer's name, its matter and its kind (GB/T 9704: 发文机关
    名称 + 事由 + 文种), the name on a line of its own when the title is long (赣州市人民政府办公厅 / 关于印发… / …的
    通知), and a site's headline copying it without the name (关于…(试行) over 沙县人民政府 / 关于…(试行)) is the
    site's shortening, not the document's title. Bodies printed one to a line over it (a joint notice's) run
    together, as the same head read without a headline over it does (中共沙县县委沙县人民政府关于…). A code of rules
    titled by what it rules keeps its title (its maker over it is no part of it), and so does a title the page
    prints under no body's name, or under one that is not the notice's ``issuer`` as read (signed by another
    body, 沙县发展和改革局 under 沙县人民政府: the name over it is a site's banner, no part of its title)."""
    if not _AFTER_ISSUER.match(fold(without_glosses(_clean(title)))):
        return title
    found = _names_over_title(texts, title)
    if found is None or not issuer or not _same_issuer(found[1], issuer):
        return title
    top, over = found
    wanted = fold(_clean(title))
    if top > 0 and _issues(wanted, _clean(texts[top - 1])):
        # the name printed right under the plan the notice issues (吉安市…实施细则 / 江西省吉安市人民政府办公室 / 关于印发
        # 吉安市…实施细则的通知): a law site's listing, the document's name and its maker, over the notice it copies —
        # the name is the listing's, no head of the notice's title
        return title
    if (top not in breaks and _title_ends_at(texts, top, wanted)
            and any(_title_ends_at(texts, end, wanted) for end in range(1, top))):
        # the name printed right under the same title is that title's maker, as a law site lists a document under its
        # page's headline (关于…的通知 / 时间:… / 关于…的通知 / 中国残疾人联合会 / 关于…的通知: the site's listing, the title
        # printed a third time), no head of the title printed again under it; a headline over the document's head prints
        # the title once over the name (关于…(试行) / 沙县人民政府 / 关于…(试行)), perhaps with a line between, an
        # information row read off the lines (关于… / 日期:… / 沙县人民政府 / 关于…: a break before the name)
        return title
    # the makers printed a gap apart on the one line over it (中共湖州市委  湖州市人民政府) keep a gap in the title, as a
    # title's own line printing them so before 关于 does (:func:`_title_with_issuers_apart`)
    apart = bodies_apart(texts[top].strip())
    return f"{' '.join(apart) if apart and '、'.join(apart) == over else over.replace('、', '')}{title}"


def _title_from(texts: list[str], at: int, wanted: str) -> bool:
    """Whether the title ``wanted`` (folded) is printed from line ``at`` on, whole on it or wrapped over the
    lines under it."""
    joined = ""
    for line in texts[at:at + _TITLE_LINES]:
        joined += SPACES.sub("", fold(_clean(line)))
        if joined == SPACES.sub("", wanted):
            return True
        if not SPACES.sub("", wanted).startswith(joined):
            return False
    return False


def _signers(texts: list[str]) -> list[str]:
    """The names signed one to a line over the first date (中共岳阳市委办公室 / 岳阳市人民政府办公室 /
    2017年1月10日), in order; none when the first date follows no name."""
    for i, text in enumerate(texts):
        if read_date(text) is not None:
            names: list[str] = []
            for previous in reversed(texts[max(0, i - 6):i]):
                if not _is_name(previous):
                    break
                names.insert(0, _clean(previous))
            return names
    return []


# A place's Party committee (or its office) run together with the same place's government (or its
# office) in a title naming both as issuers: 中共宿州市委宿州市人民政府, 中共沙县县委沙县人民政府 (a county
# of one character repeats 县 before 委), 中共岳阳市委办公室岳阳市人民政府办公室. The place printed twice
# tells where the second name begins.
# Either may be named by its level word alone (中共区委办公室区人民政府办公室, printed without the gap meta43 read them by):
# the Party committee of that level and the government of the same.
_PARTY_AND_GOVERNMENT = compiled(
    r"(?P<party>中共(?:(?P<place>\p{Han}{1,8}?(?:" + _COMMITTEE_KINDS + r"))(?:县|旗)?|(?P<level>" + _COMMITTEE_KINDS + r"))"
    r"委(?:员会)?(?:办公室|办公厅)?)"
    r"(?P<government>(?:(?P=place)|(?P=level))(?:人民)?政府(?:办公室|办公厅)?)")

# A place's Party committee's organ run together with another body of the same place (中共安徽省委教育工委安徽省教育厅:
# the committee's education work committee and the province's education department, printed a space apart or none):
# the Party's name ends like a body's (工委, 部, 办公室) and the place printed again opens the second body, which ends
# like one too. A name whose place is not printed again (中共安徽省委教育工委) is one body.
_PARTY_ORGAN_AND_PLACE_BODY = compiled(
    r"(?P<party>中共(?P<place>\p{Han}{1,8}?(?:" + _COMMITTEE_KINDS + r"))(?:县|旗)?委(?:员会)?\p{Han}{1,12}?)"
    r"(?P<other>(?P=place)\p{Han}{2,20})")


def _listed(issuer: str, signers: list[str]) -> str:
    """A title's issuer that is several bodies run together (中共岳阳市委办公室岳阳市人民政府办公室),
    listed (…、…) when the signature block prints those same bodies one to a line, or when they are a
    place's Party committee and the same place's government (:data:`_PARTY_AND_GOVERNMENT`); as
    printed otherwise; or a place's Party committee's organ and another body of that place
    (:data:`_PARTY_ORGAN_AND_PLACE_BODY`)."""
    if len(signers) > 1 and fold(_clean(issuer)) == fold("".join(signers)):
        return "、".join(signers)
    cleaned = _clean(issuer)
    folded = fold(cleaned)
    both = _PARTY_AND_GOVERNMENT.fullmatch(folded)
    if both is not None and len(folded) == len(cleaned):
        return f"{cleaned[:both.end('party')]}、{cleaned[both.start('government'):]}"
    organ = _PARTY_ORGAN_AND_PLACE_BODY.fullmatch(folded)
    if (organ is not None and len(folded) == len(cleaned) and ends_like_a_body(organ["party"])
            and ends_like_a_body(organ["other"])):
        return f"{cleaned[:organ.end('party')]}、{cleaned[organ.start('other'):]}"
    return issuer


def _listed_apart(*names: str | None) -> list[str]:
    """Each body ``names`` name, a signature listing bodies with 、 (signing together) read as its bodies."""
    return [part for name in names if name for part in _LIST_MARK_OUTSIDE_BRACKETS.split(name) if part]


def _names_in_full(name: str, short: str) -> bool:
    """Whether ``name`` names the body ``short`` names, with its place before it (蔡甸区人民政府办公室
    for 区人民政府办公室; 下陆区政府办公室 too, 政府 being short for 人民政府), or in its full form where
    ``short`` writes the body's short form with its level only (湖北省发展和改革委员会 for 省发展改革委:
    the body the registry reads ``short`` as in the place of ``name`` is the body ``name`` names)."""
    def plain(text: str) -> str:
        return fold(_clean(text)).replace("人民政府", "政府")

    if len(plain(name)) > len(plain(short)) and plain(name).endswith(plain(short)):
        return True
    return _same_body_in_full(_clean(name), _clean(short))


def _same_body_in_full(name: str, short: str) -> bool:
    """Whether the registry reads ``name`` as a body of a place and ``short``, which names no place
    of its own, as the same body when read in that place."""
    from pilotplans.normalizers.resolve import make_context, resolve_body

    if resolve_body(short).id is not None:
        return False  # a name the registry reads alone (商务部, or one naming its own place)
    found = resolve_body(name)
    if found.id is None or found.region is None:
        return False
    try:
        context = make_context(region=found.region)
    except KeyError:
        return False
    return resolve_body(short, context).id == found.id


def _signature(texts: list[str]) -> str | None:
    """The issuer a signature block names (:func:`_signed_name`), or None where the copy left part of it out
    (``(略) 人民政府办公厅``: :func:`elided`) — no name the page gives."""
    name = _signed_name(texts)
    return None if name is not None and elided(name) else name


# A bracket holding a word alone (（略）), which may mark where a copy left part of a name out.
_BRACKETED_WORD = compiled(r"[（(]\s*(?P<word>\p{Han}{1,4})\s*[）)]")


def elided(name: str) -> bool:
    """Whether ``name`` prints, in a bracket, a copy's mark that it left part of the name out (``(略) 人民政府办公厅``:
    the vocabulary's ``elision_marks``); a bracket naming anything else (…管理委员会（筹）) is part of a name."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    marks = vocabulary().elision_marks
    return any(fold(found["word"]) in marks for found in _BRACKETED_WORD.finditer(name))


def _signed_name(texts: list[str]) -> str | None:
    """The issuer a signature block names: the line before the first date line (never the
    notice's title, when the date follows it unsigned), or the name printed with the date on one
    line; a mirror site's pinyin glosses (鶴山市農業(yè)農村局) left out, as they are of a title."""
    for i, text in enumerate(texts):
        signed = signed_line(text)
        if signed:
            return _signer(signed["issuer"])
        if read_date(text) is not None or _figures_under_name(texts, i):
            for k in range(i - 1, max(0, i - 3) - 1, -1):
                previous = without_glosses(texts[k])  # a mirror's glosses (農業(yè)) are no part of a name
                if _CLOSING_LINE.match(fold(previous).strip()):
                    break  # the notice's closing formula (特此通知) right over its date: it is not signed
                if _SKIP.match(fold(previous)) or previous.endswith(("。", "：")):
                    continue
                if TITLE_END.search(fold(previous)):
                    break  # the notice's title, not a signature: the notice is dated but not signed
                columns = _signed_in_columns(texts[:k + 1])
                if columns is not None:
                    return columns
                if _signing_officer(previous):
                    break  # signed by its officer (市 长 王 纯 / 一九九七年七月十六日): a person, no body's name
                listed = _signed_listed(previous)
                if listed is not None:
                    return listed
                if len(previous) <= 40 and _ISSUER_NAME.fullmatch(previous):  # its bracket may list: (高新区、经开区)
                    above = without_glosses(texts[k - 1]) if k > 0 else None
                    if above is not None and _wraps_into(above, previous):
                        return _clean(without_seal_mark(above + previous))
                    return "、".join([*_cosigners_over(texts[:k], previous), _signer(previous)])
            break
    else:
        # no line dated as a signature is: a signature whose date lost its 日 (寿县人民政府督查室  2022年8月19)
        cut = next((signed for text in texts if (signed := _day_unmarked_signature(text)) is not None), None)
        return _signer(cut["issuer"]) if cut is not None else None
    return None


def _day_unmarked_signature(text: str) -> regex.Match[str] | None:
    """A signature and a date whose closing 日 the copy lost on one line (:func:`signed_day_unmarked_line`: 寿县人民政府
    督查室  2022年8月19), read only where each body it names opens with its place, as a signature's does: a body named by
    its level word alone and a date so cut (市商务局  2023年12月31) are a task list's item's owner and deadline. The
    caller reads it only on a page dating no line whole, the copy's flaw being the signature's only date."""
    signed = signed_day_unmarked_line(text)
    if signed is None or not _place_s_signature(signed["issuer"]):
        return None
    return signed


def _day_unmarked_date(texts: list[str]) -> dt.date | None:
    """The signature's date that lost its 日, the first the page prints: on the signature's line
    (:func:`_day_unmarked_signature`: 寿县人民政府督查室  2022年8月19), or alone on the line right under the signature
    (金乡县人民政府 / 2021年2月22), read under a name each of whose bodies opens with its place, as on one line (市商务局 /
    2023年12月31 is a task's owner and its cut deadline); None otherwise. Alone under the name it is read only below
    a notice's addressees (各镇政府,…,各企事业单位:), as a signature stands: a task table's row prints its owner by its
    place as often (济宁市商务局 / 2023年12月31), and a table over no notice has no signature to date it."""
    addressed = False
    for at, text in enumerate(texts):
        signed = _day_unmarked_signature(text)
        if signed is not None:
            return read_signed_day_unmarked_date(signed)
        if (addressed and at > 0 and (alone := read_day_unmarked_date(text)) is not None
                and _place_s_signature(texts[at - 1])):
            return alone
        addressed = addressed or _addresses(text)
    return None


def _addresses(text: str) -> bool:
    """Whether ``text`` is a notice's line of addressees, ending with its colon (各镇政府,各街道办事处,…:)."""
    folded = fold(text.strip())
    return folded.endswith(("：", ":")) and names_addressees(folded, 0)


def _place_s_signature(line: str) -> bool:
    """Whether ``line`` is a signature each body of which opens with its place (金乡县人民政府; 商务部 and a task's
    市商务局 are none), the only one a date that lost its 日 is read under."""
    from pilotplans.parsers.interpret.sign_off import place_s_body

    names = without_glosses(line).split()
    return bool(names) and all(place_s_body(name) for name in names)


# The 、 parting two bodies' names on one signature line, never one inside a name's bracket (温州湾新区(高新区、经开区)…).
_LIST_MARK_OUTSIDE_BRACKETS = compiled(r"、(?![^（()）]*[）)])")


def _signed_listed(line: str) -> str | None:
    """The bodies a signature line lists with 、 (北京市科学技术委员会、中关村科技园区管理委员会 over the date), as a
    joint notice's signature may print them, listed (…、…); None unless the line holds two pieces or more, each a
    body's name and nothing else (:func:`_is_name`), at least one a body the registry knows on its own — a
    sentence's list of bodies (市发展改革委、市财政局按职责分工负责) is no line of names."""
    pieces = [_clean(piece) for piece in _LIST_MARK_OUTSIDE_BRACKETS.split(without_glosses(line))]
    if len(pieces) < 2 or not all(_is_name(piece) for piece in pieces):
        return None
    return "、".join(pieces) if any(_names_body_alone(piece) for piece in pieces) else None


# How long a person's name printed after a leader's post may be (市 长 王 纯: 王纯).
_OFFICER_NAME = 4


def _signing_officer(line: str) -> bool:
    """Whether ``line`` is a leader's post alone or with a person's name after it (市 长, 市 长 王 纯, 省长 某某, the
    post perhaps after its place or level: 自治区主席 乌力吉, 河北省省长 某某), as
    government rules and orders are signed over their date: a person (the vocabulary's ``leader_posts``), never the
    issuing body; a body's name opening with a post's word is longer than a name after it (市长热线办公室) or ends
    as a body's does (市长办公室, 主任会议, 局长办公会议: tasklist.toml ``body_endings``)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    name = _without_place(fold(_clean(line)))
    return any(name.startswith(post) and len(name) - len(post) <= _OFFICER_NAME
               and not name[len(post):].endswith(words.body_endings) for post in words.leader_posts)


# The level a leader's post may print before it, the place's name left out (自治区主席 乌力吉, 州长).
_POST_LEVEL = compiled(r"^(?:自治区|自治州|自治县)")


def _without_place(text: str) -> str:
    """``text`` (folded) without the place or the level it opens with (内蒙古自治区主席, 河北省省长, 自治区主席 → 主席,
    省长): a post's holder signs so as often as by the post alone."""
    from pilotplans.normalizers.place import named_places
    from pilotplans.normalizers.registry import load_registry

    places = named_places(text[:10], load_registry().gazetteer)
    if places and text.startswith(places[0].written):
        text = text[len(places[0].written):]
    return _POST_LEVEL.sub("", text)


def _signed_by_month(texts: list[str], head: int) -> str | None:
    """The body whose name stands on a line of its own right over a date printed by its month only, in the
    page's head (before line ``head``, its first sentence or address line), the document's maker dating it so (a
    plan's cover: its title, 天津市滨海新区海滨街道办事处, 二〇二一年八月): the document's issuer, and its own date,
    however partial, or whose year lost its zero (二一年八月 for 二〇二一年八月). Further down such a pair is a task
    table's cells printed a line each (责任单位 / 完成时限: 市发展和改革委员会 / 2022年12月), an owner and its deadline,
    no maker."""
    for at in range(1, min(head, len(texts))):
        if (MONTH_LINE.match(texts[at]) or ZEROLESS_MONTH_LINE.match(texts[at])) and _is_name(texts[at - 1]):
            return _clean(texts[at - 1])
    return None


# A report's speaker saying whose report it is (现在，我代表滨海新区人民政府，向大会报告工作): that government's. The
# government's term may stand in its name (我代表自治县九届人民政府, 第十五届): the term is no part of the name.
# The government named by its level word alone is one too (我代表区人民政府向大会…): the speaker's line names its place.
# A speaker greeting the visitors a report is given to may say 谨 and name the place's Party committee first, listed
# (我谨代表中国共产党伊川县委、伊川县人民政府，向莅临伊川视察指导工作的各位领导表示…): the two bodies the report is
# given for, where the first ends as a body's name does (我谨代表全县人民、县人民政府: the people are no body).
_SPEAKER = compiled(r"我谨?代表(?P<name>(?:(?P<first>\p{Han}{2,20}?)、)?\p{Han}{1,20}?人民政府)[，,]?\s*向")
_TERM = compiled(r"第?[一二三四五六七八九十]{1,3}[届屆]")
#: A speaker's sentence another page reports (嵩县县长在致辞中说:我谨代表中国共产党嵩县县委…, “我谨代表…”: a news item of
#: the host's quoting its guest): the words of reporting speech or a quotation's opening, after the last sentence's end.
_REPORTED_SPEECH = compiled(r"(?:[“「『\"]|(?:说|表示|指出|强调|致辞|讲话|称|道)\s*[:：])[^。！？!?]*$")
#: Spaces between two Han letters: a print's line break a copy kept inside a name (伊川县人民政 府).
_HAN_GAP = compiled(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")
# How many of a report's first lines its speaker's opening sentence stands in (under its headline, delivery line
# and speaker's name, after 各位代表：).
_SPEAKER_WITHIN = 16


def _speaker_s_government(texts: list[str]) -> str | None:
    """The government a report's speaker represents, named in the report's opening sentence (我代表朝阳区人民政府，
    向大会报告工作): the report is that government's, its issuer where the page prints no other. A name without its
    place (我代表自治县九届人民政府: a level word, the term dropped) is the one a line above it opens with in full, a
    place's name before it (the speaker's line 道真自治县人民政府县长 曾伟), where one does."""
    # a copy keeping its print's line breaks as spaces (伊川县人民政 府) is read with the spaces between letters left out
    lines = [_HAN_GAP.sub("", text) for text in texts[:_SPEAKER_WITHIN]]
    at, name, start = next(((at, _speaker_s_bodies(match), match.start()) for at, text in enumerate(lines)
                            if (match := _SPEAKER.search(text)) and not _speech_reported(text[:match.start()])), (0, None, 0))
    if name is None:
        return None
    name = _TERM.sub("", name)
    full = next((full for line in texts[:at] if (full := _placed_in_full(line, name)) is not None), None)
    # the speaker's line run into the opening sentence on one line (…会议上北京市东城区人民政府区长各位代表:现在,我代表
    # 东城区人民政府…, a copy that lost its line breaks): the name after a place and before its head's post
    full = full or _placed_before_post(lines[at][:start], name)
    # a government named by its level word alone (区人民政府) that no line above places is none a reader can place
    # (县委、县人民政府 listed: the government closing the list is the one named by its level word alone)
    return full or (None if fold(name.split("、")[-1])[:-4] in LEVEL_WORDS else name)


def _speech_reported(before: str) -> bool:
    """Whether a speaker's sentence, ``before`` being its line's text before it, is one a page reports or quotes
    (``_REPORTED_SPEECH``): whose words they are is not the page's maker."""
    return _REPORTED_SPEECH.search(before) is not None


def _speaker_s_bodies(match: regex.Match[str]) -> str:
    """The bodies a speaker's sentence (``_SPEAKER``'s match) names: the government, and the body listed before it where
    that ends as a body's name does (中国共产党伊川县委、伊川县人民政府); the government alone where the first listed is no
    body (全县人民、县人民政府 → 县人民政府)."""
    first = match["first"]
    if first is None or ends_like_a_body(first):
        return match["name"]
    return match["name"][len(first) + 1:]


# A work report's speaker's line under its delivery line (——2007年2月8日在泾县第十五届人民代表大会第一次会议上 /
# 泾县人民政府县长  张 平): the government the speaker heads, named in full, delivers the report — its issuer before a
# site's 发布机构 row, which names whoever published the page (泾县人民政府(办公室): the office's).
_SPEAKER_LINE = compiled(r"^\s*(?P<name>\p{Han}{2,20}?人民政府)\s*(?P<post>\p{Han}{1,4}?)\s+\p{Han}(?:\s*\p{Han}){1,3}\s*$")
# The report a government's head delivers for it: a government's work report (政府工作报告), not a congress
# standing committee's, a court's or a 政协's (…常务委员会工作报告, 人民法院工作报告), whoever's line stands under it.
_GOVERNMENT_WORK_REPORT = compiled(r"政府工作报告$")
# The head of a region's autonomous government (内蒙古自治区人民政府主席); every other government's head is named by
# its place's level word and 长 (泾县 → 县长, 宣城市 → 市长, 延边朝鲜族自治州 → 州长).
_AUTONOMOUS_REGION_HEAD = ("自治区", "主席")


def _heads(place: str, post: str) -> bool:
    """Whether ``post`` is the head of the government of ``place`` (泾县, 县长): a deputy (副县长), an acting head
    (代县长), the government's secretary-general or a party post (秘书长, 书记) is none, nor a head of another
    level (泾县人民政府区长)."""
    level, head = _AUTONOMOUS_REGION_HEAD
    return post == head if place.endswith(level) else post == f"{place[-1:]}长"


# How many lines under the delivery line the speaker's line may stand.
_SPEAKER_LINE_WITHIN = 2


def _speaker_line_government(texts: list[str], title: str | None) -> str | None:
    """The government a work report's speaker heads, as the speaker's line under its delivery line names it in full
    (泾县人民政府县长  张 平: 泾县人民政府), or None: the page's ``title`` must end as a government's work report's
    (政府工作报告), the line stand right under a delivery line (——…在…代表大会…会议上), name the government's head
    (:func:`_heads`: 副县长, 代县长, 秘书长 name none) and a person's name after it, and the government's name a place
    the gazetteer reads before 人民政府 (县人民政府县长 names none)."""
    from pilotplans.normalizers.registry import load_registry

    if not title or _GOVERNMENT_WORK_REPORT.search(fold(title).strip()) is None:
        return None
    gazetteer = load_registry().gazetteer
    for at, text in enumerate(texts[:_SPEAKER_WITHIN]):
        if read_delivered_date(text) is None and _UNDATED_DELIVERY.match(fold(text)) is None:
            continue
        for line in texts[at + 1:at + 1 + _SPEAKER_LINE_WITHIN]:
            match = _SPEAKER_LINE.match(fold(line))
            if match is None:
                continue
            place = match["name"][:-len("人民政府")]
            if _heads(place, match["post"]) and gazetteer.lookup_written(place) is not None:
                return squash(line)[:len(match["name"])]
    return None


def _placed_before_post(text: str, name: str) -> str | None:
    """``name`` (东城区人民政府) with the place's name printed right before it in ``text`` where a head's post follows it
    (北京市东城区人民政府区长, 代区长: the vocabulary's ``leader_posts``), as a speaker's line prints it wherever the line
    stands; None where ``text`` prints no such line (根据北京市东城区人民政府的部署: no post after it)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    folded, wanted = fold(text), fold(name)
    posts = vocabulary().leader_posts
    gazetteer = load_registry().gazetteer
    start = folded.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if folded[end:].removeprefix("代").startswith(posts):
            for begin in range(max(0, start - _PLACE_BEFORE_LONGEST), start - 1):
                if gazetteer.lookup_written(folded[begin:start]) is not None:
                    return text[begin:end]
        start = folded.find(wanted, end)
    return None


#: The longest place's name read before a government's name on a speaker's line (新疆维吾尔自治区).
_PLACE_BEFORE_LONGEST = 8


def _placed_in_full(line: str, name: str) -> str | None:
    """``name`` (自治县人民政府) with the place ``line`` opens with before it (道真自治县人民政府县长 → 道真自治县人民政府),
    or None: the words before it must be a place's name the gazetteer reads whole (根据县人民政府… names none)."""
    from pilotplans.normalizers.registry import load_registry

    folded = fold(line).strip()
    at = folded.find(fold(name))
    if at < 1:
        return None
    written = {written for written, _, _ in load_registry().gazetteer.prefixes(folded)}
    if folded[:at] in written:
        return line.strip()[:at + len(name)]
    # a name opening with its level word (区人民政府) whose place's name ends with that word (铜川市王益区人民政府区长
    # 王春梅: the place 铜川市王益区, 区 its last word and the name's first)
    if at >= 2 and folded[at:at + 1] in LEVEL_WORDS:
        from pilotplans.normalizers.place import division_opening

        opening = division_opening(folded[:at + 1], load_registry().gazetteer)
        if opening is not None and opening.end == at + 1:
            return line.strip()[:at + len(name)]
    return None


def _figures_under_name(texts: list[str], at: int) -> bool:
    """Whether line ``at`` is a date whose 年月日 the copy lost (:func:`figures_date_line`: 2019114), or its closing 日
    alone (:func:`day_unmarked_date_line`: 金乡县人民政府 / 2021年2月22), or a template's date (:func:`template_date_line`:
    湖南省民政厅 / 20xx年11月30日), right under a line ending like a body's name (武汉市汉阳区人民政府办公室 / 2019114):
    the signature's date, dating nothing where its figures split two ways or are placeholders, but closing the
    signature over it. Figures under any other line (联系电话: / 2062811) are no date."""
    return (at > 0 and (figures_date_line(texts[at]) or day_unmarked_date_line(texts[at]) or template_date_line(texts[at]))
            and ends_like_a_body(without_glosses(texts[at - 1]).strip()))


def _cosigners_over(over: list[str], signer: str) -> list[str]:
    """The bodies signing with ``signer``, the name right under ``over`` (the lines over a signature's last
    name), one to a line, in order: a notice two bodies issue signs with both names over its date (肇庆市工业和
    信息化局 / 肇庆市政务服务和数据管理局 / 2024年7月26日), and the last name alone is half its issuers. Each
    line must be a body's name and nothing else that the registry knows on its own (a phrase ending like
    a name, a site's title, is none), and no part or whole of the name under it (a body over its own office,
    湖南省商务厅 / 湖南省商务厅办公室, or one name twice, is one issuer); the run stops at the first line that is
    not (the notice's sentence). Each name's seal mark (肇庆市工业和信息化局（盖章）) is no part of it, as under the last
    (:func:`without_seal_mark`)."""
    names: list[str] = []
    below = _clean(without_seal_mark(signer))
    for line in reversed(over[-(_MAX_ISSUERS_OVER_TITLE - 1):]):
        plain = without_seal_mark(without_glosses(line))
        if not _is_name(plain) or not _names_body_alone(_clean(plain)) or _one_within(_clean(plain), below):
            break
        below = _clean(plain)
        names.insert(0, below)
    return names


def _one_within(name: str, other: str) -> bool:
    """Whether one of two bodies' names opens the other (湖南省商务厅 and its 湖南省商务厅办公室; 肇庆市人民政府 and
    肇庆市政府办公室; one name twice): a body and a part of it, never two bodies signing together."""
    def plain(text: str) -> str:
        return fold(text).replace("人民政府", "政府")

    return plain(name).startswith(plain(other)) or plain(other).startswith(plain(name))


def _signer(line: str) -> str:
    """The issuer a signature line names: the bodies it prints a space apart, listed (商务部 国家发展改革委
    财政部 → 商务部、国家发展改革委、财政部: :func:`bodies_apart`), else one name without its spaces
    (厦门市 人民政府 → 厦门市人民政府); the seal's mark in a bracket after it is no part of a name
    (:func:`without_seal_mark`)."""
    line = without_proclaiming_kind(without_seal_mark(line))
    apart = bodies_apart(line)
    return "、".join(apart) if apart is not None else _clean(line)


# A proclamation's head names its maker and its kind on one line over its number and date (安徽省泗縣革命委員會布告 /
# 革發(79)060號 / 1979年4月10日), as an order's head names its maker and 令: the kind is no part of the maker's name.
_PROCLAIMING_HEAD = compiled(r"^(?P<body>\p{Han}{2,40}?)\s*(?:布告|公告|通告)$")


def without_proclaiming_kind(line: str) -> str:
    """``line`` without the kind of proclamation closing it (…革命委員會布告 → …革命委員會) where what is left ends like a
    body's name; a matter announced (征收土地公告) or any other line as it is."""
    head = _PROCLAIMING_HEAD.match(line.strip())
    return head["body"] if head is not None and ends_like_a_body(fold(head["body"])) else line


# A bracket closing a signature's line (…人民政府(盖章)), which may mark where its seal is pressed.
_SIGNATURE_BRACKET = compiled(r"\s*[（(]\s*(?P<mark>\p{Han}{2,4})\s*[）)]\s*$")


def without_seal_mark(name: str) -> str:
    """A signature's ``name`` without the bracket after it marking where the seal is pressed (上海市浦东新区人民政府
    (盖章) → 上海市浦东新区人民政府: the vocabulary's ``seal_marks``); a name closing with any other bracket
    (…管理委员会（筹）) as it is."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    match = _SIGNATURE_BRACKET.search(name)
    if match is None or match.start() == 0 or fold(match["mark"]) not in vocabulary().seal_marks:
        return name
    return name[:match.start()]


# A wide gap between two names on one line: bodies signing side by side, in columns.
_COLUMN_GAP = compiled(r"[ \t\u3000]{2,}")


def _signed_in_columns(texts: list[str]) -> str | None:
    """The bodies signing a joint notice side by side, two to a line (青海省卫生厅    青海省发展和改革
    委员会 / 青海省经济委员会    青海省教育厅 / … over the date), listed in reading order (…、…), or
    None: the last line holds two names or more apart by a wide gap, each a body's name, and each
    line above it holding only such names signs with it."""
    def names(line: str) -> list[str] | None:
        pieces = [piece for piece in _COLUMN_GAP.split(line.strip()) if piece]
        return pieces if pieces and all(_is_name(piece) for piece in pieces) else None

    last = names(texts[-1])
    if last is None or len(last) < 2:
        return None
    signed = [last]
    for line in reversed(texts[:-1]):
        found = names(line)
        if found is None:
            break
        signed.insert(0, found)
    return "、".join(_clean(name) for row in signed for name in row)


_PLACE_OPENING = compiled(r"^(?:中共|省|市|区|县|州|盟|旗)")


def _wraps_into(above: str, line: str) -> bool:
    """Whether a signature's ``line`` is the end of the name ``above`` wrapped over two lines
    (中共木兰县委木兰县人民政府 / 优化营商环境领导小组), not a second signature: ``above`` is a
    body's name, and ``line`` opens with no place of its own (a second body signing with it names
    its place: 中共某市委办公室 / 某市人民政府办公室, or opens with its level: 区人民政府办公室, or is a body the
    registry knows on its own, as a central one names none: 商务部 / 海关总署)."""
    folded = fold(_clean(line))
    if not _is_name(above) or len(_clean(above)) > 24 or _PLACE_OPENING.match(folded):
        return False
    return not (PLACE.match(folded) or _COUNTY.match(folded) or _names_a_place(folded)
                or _names_body_alone(_clean(line)))


def _makes_codes(text: str) -> bool:
    """Whether ``text`` (folded) names a place's congress, the maker a code of rules' title leaves out
    (:data:`_LEGISLATURE`)."""
    return _LEGISLATURE.search(text) is not None and _names_a_place(text)


def _orders_rules(text: str, title: str) -> bool:
    """Whether ``text`` (folded) names a place's government, the maker of the rules its order issues
    (:data:`GOVERNMENT_ORDER`), and the place the code's ``title`` (folded) opens with, if it names one: a
    province's site over a city's rules (辽宁省人民政府 over 沈阳市…办法 / 沈阳市人民政府令第3号) is a banner."""
    if _GOVERNMENT.search(text) is None or not _names_a_place(text):
        return False
    from pilotplans.normalizers.place import named_places
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    ruled = [place for place in named_places(title[:12], gazetteer) if title.startswith(place.written)]
    return not ruled or named_places(text, gazetteer)[-1].region_id == ruled[0].region_id


def _names_a_place(text: str) -> bool:
    """Whether ``text`` opens with a place the gazetteer knows (大连海关, 北京市…)."""
    from pilotplans.normalizers.place import named_places
    from pilotplans.normalizers.registry import load_registry

    return any(text.startswith(place.written) for place in named_places(text[:8], load_registry().gazetteer))


@dataclass(frozen=True)
class _InfoTable:
    """What a web page's information table says of the document, each value checked for its kind."""

    title: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    published: dt.date | None = None  # the day the page published it (发布日期), not the document's date
    source: str | None = None  # where the page took it from (来源, 来自): a newspaper, a site, an office


# The rows standing for the issuer where no issuer row (发布机构, 发文机关, …) names one, first first: the office a site
# names as the page's source (``page_source``: 信息来源), then the one answering for its disclosure (``disclosure``:
# 公开责任部门) — each names who put the page up, which a 发布机构 row of the same table, before or after it, outranks.
_ISSUER_STAND_INS = ("page_source", "disclosure")


def _info_table(rows: list[list[InfoField]]) -> _InfoTable:
    """The first value of each kind the rows of an information table print that reads as one. The office a
    site names as the page's source (信息来源) or as answering for its disclosure (公开责任部门) stands for the issuer
    only where no row names one (发布机构 in a row after it stays the issuer: :data:`_ISSUER_STAND_INS`)."""
    found: dict[str, object] = {}
    for row in rows:
        for info in row:
            value = _info_value(info.kind, info.value)
            if info.kind not in found and value is not None:
                found[info.kind] = value
    stand_ins = [found.pop(kind, None) for kind in _ISSUER_STAND_INS]
    found.pop("other", None)  # a row of the document's state (时效 失效) says nothing the document record keeps
    if "issuer" not in found and (stand_in := next((name for name in stand_ins if name is not None), None)):
        found["issuer"] = stand_in
    return _InfoTable(**found)  # type: ignore[arg-type]


def _info_value(kind: str, value: str) -> str | dt.date | None:
    """What an information table's value is worth for its label's kind, or None when it does not
    read as one: a 文号, a date (2023-01-03 as well as 2023年1月3日), a body's name, a title."""
    if not value:
        return None
    # A 文号 a mirror site glossed (內(nèi)政辦發(fā)〔2012〕40號) is read, and kept, without its glosses, as a
    # 文号 line is (number_line).
    if kind == "doc_no" and DOC_NO.fullmatch(fold(plain := without_glosses(value))):
        return regex.sub(r"\s+", "", plain)
    if kind in ("date", "published"):
        # An information table may print the time of day after the date (2024年04月06日 16:40).
        return read_date(value) or read_date(_TIME_OF_DAY.sub("", value)) or _numeric_date(value)
    if kind in ("issuer", *_ISSUER_STAND_INS) and _ISSUER_NAME.fullmatch(value):
        name = _office_unbracketed(_clean(value))
        if ends_like_a_body(name) and not _names_a_site(name) and not info_labels().names_office_alone(name):
            return name  # not an office by its kind alone (区办公室, 政研室): whose office, the row does not say
    if kind == "source":  # a name (a site's, an office's, a paper's), never a 文号 or a date the row's empty value met
        value = _DATED_AFTER.sub("", value)  # 华容县政府   2021-03-23 10:56: the name, its publishing time after it
        return _clean(value) if _ISSUER_NAME.fullmatch(value) else None
    if kind == "other" and fold(value.strip()) in info_labels().state_values:
        return value.strip()  # a row's state (时效: / 失效): its value, no line of the document's
    if kind == "title":
        value = _without_number_before(value)
        folded = fold(_clean(value))
        if is_title_part(value) and (TITLE_END.search(folded) or _ends_as_a_report(folded)
                                     or folded.endswith(info_labels().named_kinds)):
            return _clean(value)  # a kind only a site's 名称 names (…重点任务台账: info_rows.toml named_kinds) too
    return None


class InfoLines(NamedTuple):
    """A document's lines parted by :func:`_info_rows`."""

    texts: list[str]  # the document's own lines
    rows: list[list[InfoField]]  # the rows of its information table, each as its label/value pairs
    breaks: frozenset[int]  # the places in ``texts`` of the lines a table's rows stood right before


def _info_rows(lines: list[str]) -> InfoLines:
    """``lines`` parted into the document's own lines and the rows of a web page's information
    table, each line read once (a row as its label/value pairs). A converter that printed each
    cell on a line of its own leaves a label without its value (发布机构：); the next line is its
    value when it reads as one of the label's kind, and the two are read as one row. A row that
    prints one label apart from a short value (有效性 失效), which alone could open a sentence, is a row
    when the line before it is one: the table goes on; one printing a label apart from a value that reads
    wholly as the label's kind is a row when the line after it is one: the table opens with it. ``breaks`` are the places in the document's
    lines of each line that a table's rows stood right before: no title runs on across them
    (政府信息公开 / 索 引 号: … / 标 题: … / 白城市…的通知)."""
    read = [read_info_line(line) for line in lines]
    for index, row in enumerate(run_in_rows(lines)):
        if read[index] is None and row is not None:
            read[index] = [row]  # a law database's rows run into their labels (發文機關國務院辦公廳 / 發文日期2003年…)
    alone = [_label_alone(line) if found is None else None for line, found in zip(lines, read)]
    for index, label in enumerate(alone):
        if label is not None and any(0 <= at < len(lines) and (alone[at] is not None or read[at] is not None)
                                     for at in (index - 1, index + 1)):
            read[index] = label  # a table whose cells each stood on a line, its empty cells lost: labels stacked
    for index in range(1, len(lines)):
        if read[index] is None and read[index - 1] is not None and _continues_table(lines[index]):
            read[index] = read_info_line(lines[index], cells=True)
    for index, line in enumerate(lines):
        if read[index] is None and _continues_table(line):
            read[index] = _row_by_its_value(line)
    for index in range(len(lines) - 2, -1, -1):
        if read[index] is None and read[index + 1] is not None:
            read[index] = _row_opening_table(lines[index])
        elif read[index] is None and _continues_table(lines[index + 1]) \
                and (row := _one_label_apart(lines[index + 1])) is not None \
                and (opening := _row_opening_table(lines[index])) is not None and opening[0].kind == "title":
            # a title's row over a row printing its label apart from its value too (文件名称 关于…的通知 / 信息来源
            # 紫阳县人民政府办公室 / 发布机构 紫阳县发展和改革局, no colon left): the table opens with the title's
            read[index], read[index + 1] = opening, row
    for index in range(1, len(lines)):
        if read[index] is None and read[index - 1] is not None and _continues_table(lines[index]):
            read[index] = read_info_line(lines[index], cells=True)  # the table the title's row opened goes on
    texts: list[str] = []
    rows: list[list[InfoField]] = []
    breaks: set[int] = set()
    taken = False
    for index, (line, found) in enumerate(zip(lines, read)):
        if taken:
            taken = False
            continue
        if found is None:
            if texts and index > 0 and read[index - 1] is not None:
                breaks.add(len(texts))
            texts.append(line)
            continue
        # A label printed as a list item may have its value printed as the next item (- 文件编号: /
        # - 大政办发〔2025〕3号): the value is read without the mark both lines share. An empty 来源: over a
        # line without that mark leaves the line to the notice: any name may be a source, the issuer's line too.
        following = list_item_value(line, lines[index + 1]) if index + 1 < len(lines) else None
        last = found[-1]
        if (not last.value and following is not None and read[index + 1] is None
                and (last.kind != "source" or following != lines[index + 1].strip())
                and _info_value(last.kind, following) is not None):
            found, taken = read_info_line(f"{line}\t{following}", cells=True) or found, True
        rows.append(found)
    return InfoLines(texts, rows, frozenset(breaks))


def _label_alone(line: str) -> list[InfoField] | None:
    """The row a line prints as an information table's label and nothing else (发布机构, 文号), its value empty; None
    for any other line. Such a line is a row only beside another label or row (:func:`_info_rows`): a table copied a
    cell to a line that lost its empty cells stacks its labels (索引号 / 分类 / 发布机构 / 发文日期 / 名称); one word
    alone among the document's lines may be a heading."""
    found = read_info_line(line, cells=True)
    return found if found is not None and len(found) == 1 and not found[0].value else None


def _row_by_its_value(line: str) -> list[InfoField] | None:
    """The row a line prints as one 文号 label apart from its value (文件编号 北区政办发〔2020〕11号, under the
    notice's title that parts it from the table's other rows) where the value reads wholly as a 文号: no sentence
    prints a label's words and then nothing but a document's number. None otherwise (有效性 失效 alone, 文号为…,
    发布机构 江北区政府办: a name may open a sentence; 发布日期 2023-01-06 alone: a date line, read as the table's only
    where the table shows itself, lest a page's publication pass for the document's date)."""
    found = _one_label_apart(line)
    return found if found is not None and found[0].kind == "doc_no" else None


def _row_opening_table(line: str) -> list[InfoField] | None:
    """The row a line prints right over an information table's rows as one label apart from its value, where
    the value reads wholly as the label's kind (文件名称 石泉县人民政府办公室关于印发…的通知 over 索引号 … 公开目录: …,
    the page's rules lost): the table's first row, which alone could open a sentence. None otherwise (文件名称
    某某 over no row, a value no title or 文号 reads as). A title's value closed by its own 文号 (文件名称 关于…的通知
    紫发改发〔2023〕3号, or the number in brackets) is the title's row and the number's."""
    found = _one_label_apart(line)
    if found is not None:
        return found
    label = read_info_line(line, cells=True)
    if label is None or len(label) != 1 or label[0].kind != "title":
        return None
    value = label[0].value
    match = _OWN_NUMBER_CLOSING.search(fold(value)) if len(fold(value)) == len(value) else None
    if match is None or _info_value("title", title := value[:match.start()].strip()) is None:
        return None
    number = value[match.start("number"):match.end("number")]
    return [InfoField(label[0].label, "title", title), InfoField(label[0].label, "doc_no", number)]


# A title's own 文号 closing its value in an information table's row, after a space or in brackets.
_OWN_NUMBER_CLOSING = compiled(r"(?:\s+|\s*[（(]\s*)(?P<number>" + DOC_NO.pattern + r")\s*[）)]?\s*$")


def _one_label_apart(line: str) -> list[InfoField] | None:
    """The one label/value pair a line prints as a label apart from its value where the value reads wholly as the
    label's kind (:func:`_info_value`), or None."""
    found = read_info_line(line, cells=True)
    if found is None or len(found) != 1:
        return None
    return found if _info_value(found[0].kind, found[0].value) is not None else None


# The longest line read as a row of an information table only because the row before it is one: a
# label and a short value, no sentence.
_CONTINUED_ROW = 40


def _continues_table(line: str) -> bool:
    """Whether ``line``, right after a row of an information table, may be a row too: short, and no
    sentence (no full stop)."""
    line = line.strip()
    return 0 < len(line) <= _CONTINUED_ROW and "。" not in line and not line.endswith(("；", ";", "，", ","))


def _names_a_report(title: str | None) -> bool:
    """Whether an information table's title ends as a report's (:func:`_ends_as_a_report`: …完成情况), no other
    kind of document's (``TITLE_END``)."""
    return title is not None and not TITLE_END.search(fold(title)) and _ends_as_a_report(fold(title))


def _spoken_report(title: str) -> bool:
    """Whether a title ends as a report delivered to visitors or superiors does (tasklist.toml ``spoken_report_endings``:
    …情况汇报)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return fold(title).endswith(vocabulary().spoken_report_endings)


def _visit_openings() -> tuple[str, ...]:
    """How a title reporting a visit opens (tasklist.toml ``visit_openings``: 赴, 前往)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().visit_openings


def _ends_as_a_report(folded: str) -> bool:
    """Whether a title (folded) ends as a report's does (tasklist.toml ``report_title_endings``: …完成情况, …总结)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return folded.endswith(vocabulary().report_title_endings)


def _office_unbracketed(name: str) -> str:
    """An information table's 发布机构 naming a body's office in brackets after it (宣城市人民政府(办公室)), as
    the office's name (宣城市人民政府办公室): the offices in ``bracketed_offices`` of info_rows.toml, after a
    name that ends like a body's. Any other name is returned as it stands."""
    match = _BRACKETED_OFFICE.fullmatch(name)
    if match is None or match["office"] not in info_labels().bracketed_offices or not ends_like_a_body(match["body"]):
        return name
    return match["body"] + match["office"]


_BRACKETED_OFFICE = compiled(r"(?P<body>.+?)\s*[（(]\s*(?P<office>\p{Han}{2,4})\s*[）)]")


def _names_a_site(name: str) -> bool:
    """Whether an information table's 发文机构 names the web site that published the page (县政府网站),
    not the body that issued the document: the endings in ``site_endings`` of info_rows.toml."""
    return fold(name).endswith(info_labels().site_endings)


def _numeric_date(text: str) -> dt.date | None:
    """A date printed in figures only: 2023-01-03, 2023/1/3, 2023.01.03."""
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


#: The opening of a central administration's name (国家税务总局, 国家金融监督管理总局) that its branches
#: carry before their place (国家税务总局四川省税务局: 四川's tax bureau, not the administration).
_CENTRAL_ADMINISTRATION = compiled(r"^国家\p{Han}{1,10}?总局")
#: Several bodies printed run together as one joint issuer (商务部国家发展改革委财政部), each central by
#: its own words: opening with 国家, or ending as only a central body's name ends (部, 总局, 总署: a
#: province has 厅 and 局). Bodies listed with 、 are each looked up instead (:func:`_central_bodies`).
_CENTRAL_BODIES = compiled(r"^(?:国家\p{Han}{1,10}?(?:委员会|委|局|署)|\p{Han}{1,6}?(?:部|总局|总署)){2,}$")
#: The endings only a central body's name bears (商务部, 海关总署, 国家税务总局): a province's and a
#: city's bodies end in 厅, 局 or 委员会 (四川省发展和改革委员会), which a ministry-like name shares.
_CENTRAL_ONLY_ENDING = compiled(r"(?:部|总局|总署)$")


def _central_bodies(folded: str) -> bool:
    """Whether ``folded`` names several central bodies as one joint issuer: run together, each ending as
    a central body's name (:data:`_CENTRAL_BODIES`), or listed with 、 (商务部、国家发展改革委、财政部, as a
    signature a space apart is read), each a body the registry knows as central. A Party committee's
    departments listed without their place (区委组织部、区委宣传部, 组织部、宣传部) end like ministries but
    are no central bodies: a county's or district's plan, not the State Council's."""
    if "、" not in folded:
        return bool(_CENTRAL_BODIES.match(folded))
    from pilotplans.normalizers.resolve import resolve_body

    pieces = [piece for piece in folded.split("、") if piece]
    return len(pieces) >= 2 and all(resolve_body(piece).level == "central" for piece in pieces)


def branch_of_central(issuer: str | None) -> str | None:
    """The place-named rest of a central administration's branch (国家税务总局四川省税务局 → 四川省税务局),
    or None when ``issuer`` is no such branch."""
    if not issuer:
        return None
    issuer = fold(issuer)
    opening = _CENTRAL_ADMINISTRATION.match(issuer)
    rest = issuer[opening.end():] if opening else ""
    return rest if rest and PLACE.match(rest) else None


def opens_as_national(issuer: str | None) -> bool:
    """Whether the issuer's name says it is a central body in its own words (国务院…, 中共中央…,
    国家发展改革委): a name merely ending like a ministry's (发展和改革委员会) says nothing of where
    it sits, as a provincial site prints its commission without its province; an administration's
    branch named after its place (国家税务总局四川省税务局) is the place's."""
    return (bool(issuer) and fold(issuer or "").startswith(("国务院", "中共中央", "国家"))
            and branch_of_central(issuer) is None)


def central_by_name(issuer: str | None) -> bool:
    """Whether the issuer's name is one no local body bears: opening as a central body's
    (:func:`opens_as_national`), ending as only a ministry's does (商务部, 海关总署), or several such
    bodies printed as one joint issuer (商务部国家发展改革委财政部). A name ending in 委员会
    (发展和改革委员会) is a province's or city's commission too."""
    if not issuer:
        return False
    folded = fold(issuer)
    return (opens_as_national(folded) or _central_bodies(folded)
            or (bool(_MINISTRY.match(folded)) and bool(_CENTRAL_ONLY_ENDING.search(folded))))


def level_of(issuer: str | None) -> str | None:
    """National, provincial or municipal, as far as the issuer's name tells."""
    if not issuer:
        return None
    issuer = _without_state_name(fold(issuer))
    if opens_as_national(issuer):
        return "national"
    # A body named after its province or city is that place's, whatever its name ends with
    # (四川省发展和改革委员会 ends like a ministry's 委员会, 成都市委宣传部成都市委组织部 like two
    # ministries); only a name without one is a ministry's, or several ministries'.
    branch = branch_of_central(issuer)
    match = PLACE.match(branch or issuer) or _UNNAMED_LOCAL.match(issuer)
    if match:
        return "provincial" if match["kind"] in ("省", "自治区") else "municipal"
    if _central_bodies(issuer) or (_MINISTRY.match(issuer) and not _opens_with_prefecture(issuer)
                                   and not _names_zone_body(issuer)):
        return "national"
    return None


#: The state's name, printed before a central body's in its signature (中华人民共和国国务院, 中华人民共和国商务部).
_STATE_NAME = "中华人民共和国"
#: The state's government: the State Council under the name it declares in (中华人民共和国政府关于…的声明).
_STATE_GOVERNMENT = _STATE_NAME + "政府"


def _without_state_name(name: str) -> str:
    """``name`` without the state's name it opens with, where a central body's follows (中华人民共和国国务院 →
    国务院); a name going on with a place's (中华人民共和国广州海关: a place's office) is kept whole. The state's
    government (中华人民共和国政府, the name the State Council declares and signs treaties in) is the State Council."""
    if name.startswith(_STATE_GOVERNMENT):
        return "国务院" + name.removeprefix(_STATE_GOVERNMENT)
    rest = name.removeprefix(_STATE_NAME)
    return rest if rest != name and rest and not PLACE.match(rest) else name


def _names_zone_body(name: str) -> bool:
    """Whether ``name`` names a zone's committee (长沙高新区管理委员会: its 委员会 no ministry's), not a ministry."""
    from pilotplans.normalizers.place import names_zone_body

    return names_zone_body(name)


def _opens_with_prefecture(name: str) -> bool:
    """Whether ``name`` opens with a prefecture's name written in full that no 市 ends (喀什地区, 阿里地区…): a
    body of that place (喀什地区片区管理委员会, a zone's area's committee), not a ministry's name ending in 委员会."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    return any(not former and any(gazetteer.region(i).level == "prefecture" and gazetteer.region(i).name == head
                                  for i in ids)
               for head, ids, former in gazetteer.prefixes(name))


def _new_area_of(text: str) -> str | None:
    """The state-level new area a title or issuer opens with after its province or city
    (河北省雄安新区管理委员会: 雄安新区, as the gazetteer writes it); None when it opens with none."""
    from pilotplans.normalizers.place import new_area_opening
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    area = new_area_opening(text, gazetteer)
    return gazetteer.written_region(area) if area is not None else None


def _new_area_level(region: str) -> str:
    """The level a new area's plan speaks at: a city's (两江新区), or a county's for the district a new
    area shares its government with, which :func:`_new_area_of` gives (青岛西海岸新区: 黄岛区)."""
    from pilotplans.normalizers.registry import load_registry

    found = load_registry().gazetteer.lookup_written(region)
    return "county" if found is not None and found.level == "county" else "municipal"


def _city_of_zone(name: str) -> tuple[str, str] | None:
    """The region (as a document's region is written) and level of the city or province whose special economic zone
    ``name``, read before 政府 as a county's place would be, is (深圳经济特区: 深圳, ``municipal``; 海南经济特区: 海南,
    ``provincial`` — :func:`~pilotplans.normalizers.place.place_of_city_zone`); None for a county's or district's name."""
    from pilotplans.normalizers.place import place_of_city_zone
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    region = place_of_city_zone(name, gazetteer)
    if region is None:
        return None
    return gazetteer.written_region(region), "provincial" if region.level == "province" else "municipal"


def _cell_lines(grids: Sequence[Grid]) -> list[str]:
    """The paragraphs of every cell of ``grids`` (a page's tables), in reading order: words the page speaks in as
    its lines' are (区人社局, 区公安分局 in an owner column)."""
    return [paragraph for grid in grids for row in grid.rows for cell in row.cells
            if cell.merged_from is None for paragraph in cell.paragraphs]


def _county_named(place: regex.Match[str] | None, issuer: str | None, issuer_level: str | None) -> str | None:
    """The county or district (as the gazetteer writes it) a notice is placed in where no government
    of it is named: the issuer is a body named after the county alone (忠县发展和改革委员会, which
    ends like a ministry's name and read as a national body), or the title or issuer names the county
    after its province or city (南通市海门区现代服务业…行动计划, read as 南通's) and the issuer says no
    other level (none, or one named after that county). A county-level city the name opens with
    (昆山市商务局) stays as its 市 reads."""
    from pilotplans.normalizers.place import county_opening
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    if place is None:
        region = county_opening(issuer, gazetteer) if issuer else None
        if region is None or not region.name.endswith(_COUNTY_WORDS) or not ends_like_a_body(issuer or ""):
            return None
        return gazetteer.written_region(region)
    if not PLACE.made(place):
        return None
    region = county_opening(place.string, gazetteer)
    if region is None or place.string.startswith(region.name):
        return None
    if (issuer_level is not None or _AREA_WORD.match(region.name)) and county_opening(issuer or "", gazetteer) != region:
        # 南通市人民政府办公室 issuing a plan named for its district: the city's notice; a district named
        # by a word for a part of any city (晋城市城区…方案, 阳泉市矿区…方案) is the city's plan for that
        # part unless its issuer is named after the district (晋城市城区发展和改革局)
        return None
    if not region.name.endswith(_COUNTY_WORDS):
        return region.place  # 浙江省义乌市…: 义乌, as 义乌市人民政府 writes the county-level city's region
    return gazetteer.written_region(region)


def _division_named(title: str | None, issuer: str | None, issuer_level: str | None) -> tuple[str, str] | None:
    """The prefecture or county (as the gazetteer writes it, and the level it speaks at) that a notice is
    placed in by the most specific division its issuer's name opens with, each written in full inside
    the one before it (广东省深圳市南山区人民政府办公室: 南山区, a county's; 湖北省恩施州人民政府 or
    兴安盟行政公署: a prefecture's, a city's level; 晋城市城区人民政府: 晋城市城区, the 城区 of 晋城 and no
    other city's); or, where the issuer says no level, by the prefecture or county its title opens with
    after the places it lies in (湖北省恩施州…实施方案: 恩施州's; a district named by a word for a part of
    any city is left to :func:`_county_named`). A county named alone is left to the readings of a county
    (昆山市商务局 stays as its 市 reads), and a title opening with one (海盐县转发…) to the placing rules,
    which say they inferred it. None where neither names one below a province."""
    from pilotplans.normalizers.place import division_opening, own_plan_after
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    if issuer:
        name = _PARTY.sub("", fold(issuer))
        found = division_opening(name, gazetteer)
        if found is not None and found.end < len(name) and (
                found.region.level == "prefecture" or (found.region.level == "county" and found.links > 1)):
            return _written_division(found.region, gazetteer)
    if title and issuer_level is None:
        found = division_opening(title, gazetteer)
        if found is None or found.end == len(fold(title)):
            return None
        if found.links < 2 and not (found.region.level == "prefecture" and _GOVERNMENT.match(fold(title), found.end)):
            return None  # a prefecture named alone opens its government's title (…自治州人民政府工作规则), no other
        if found.region.level == "prefecture" or (found.region.level == "county" and (
                not _AREA_WORD.match(found.region.name) or own_plan_after(title, found.end))):
            return _written_division(found.region, gazetteer)
    return None


def _written_division(region: Region, gazetteer: Gazetteer) -> tuple[str, str]:
    """A prefecture's or a county's region as a document's is written (a county-level city by its short
    form, 义乌 as 义乌市人民政府 reads), and its level."""
    if region.level != "county":
        return gazetteer.written_region(region), "municipal"
    return (gazetteer.written_region(region) if region.name.endswith(_COUNTY_WORDS) else region.place), "county"


# A prefecture's government named after it (博尔塔拉蒙古自治州人民政府, 阿里地区行政公署): its own body.
_GOVERNMENT = compiled(r"人民政府|行政公署")

# The Party's name before a committee's (中共恩施州委): no place.
_PARTY = compiled(r"^中共")

# The words a county-level division's name ends with that no city's does (a county-level 市 reads as a 市).
_COUNTY_WORDS = ("县", "区", "旗")

# A district's name of one character before 区 (城区, 郊区, 矿区, 东区): also a common word for a part of a city.
_AREA_WORD = compiled(r"^\p{Han}区$")


def _zone_host(issuer: str) -> tuple[str, str] | None:
    """The region (as a document's region is written) and level of the place hosting the zone whose committee or
    committee's office ``issuer`` is (:func:`~pilotplans.normalizers.place.zone_host`), or None."""
    from pilotplans.normalizers.place import zone_host
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    host = zone_host(issuer, gazetteer)
    return (gazetteer.written_region(gazetteer.region(host.region_id)), host.level) if host is not None else None


def _county_level(region: str) -> bool:
    """Whether the gazetteer knows a notice's ``region`` as a county-level division only (a county-level city,
    阿拉山口 or 禄丰, whose 市 reads as a city's): its plans speak at a county's level, as
    :func:`~pilotplans.normalizers.place.at_region_level` reads a document's whole."""
    from pilotplans.normalizers.place import is_county_level
    from pilotplans.normalizers.registry import load_registry

    return is_county_level(region, load_registry().gazetteer)


def _district_area(issuer: str) -> str | None:
    """The municipality (its region as written) whose area, governed at a district's tier, ``issuer``'s lead body is the
    committee of, or one of its offices (重庆市万盛经开区管委会办公室, 万盛经开区管委会: 重庆 —
    :meth:`~pilotplans.normalizers.registry.gazetteer.Gazetteer.district_area_opening`): its documents speak at a
    county's level, as a district's do, not at the municipality's. None for any other issuer."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.simplified import fold

    gazetteer = load_registry().gazetteer
    lead = regex.split(r"[、\s]", fold(issuer.strip()), maxsplit=1)[0]
    area = gazetteer.district_area_opening(lead)
    return None if area is None else gazetteer.written_region(gazetteer.region(gazetteer.province_areas[area]))


def _township_titled(title: str | None, texts: list[str]) -> bool:
    """Whether ``title`` names a township's government by its word alone as the paper's maker, ``texts`` speaking as
    that township (2015年乡政府工作计划 over 全乡: :func:`~pilotplans.normalizers.township.township_titled`)."""
    from pilotplans.normalizers.township import township_titled

    return township_titled(title, texts)


def _dated_township_signs(title: str | None, issuer: str | None) -> bool:
    """Whether ``issuer`` is the township ``title`` opens with before its year, by its name and word alone (白杨街道 over
    白杨街道2022年工作总结…: :func:`~pilotplans.normalizers.township.dated_township_signs`)."""
    from pilotplans.normalizers.township import dated_township_signs

    return dated_township_signs(title, issuer)


def titled_township_signs(title: str | None, issuer: str | None) -> bool:
    """Whether ``issuer`` is the township ``title`` names after its county
    (:func:`~pilotplans.normalizers.township.titled_township_signs`)."""
    from pilotplans.normalizers.township import titled_township_signs as signs

    return signs(title, issuer)


def _township_after_county(title: str | None) -> bool:
    """Whether ``title`` names a township's own paper after its county's name in full
    (:func:`~pilotplans.normalizers.township.township_after_county_titled`)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.township import township_after_county_titled

    return township_after_county_titled(title, load_registry().gazetteer)


def _titled_after_county_alone(title: str | None) -> bool:
    """Whether ``title`` opens with a county's name written alone and in full, one township's name and word after it
    (:func:`~pilotplans.normalizers.township.counties_before_township`: 普陀区万里街道2021年工作计划), whichever county
    of that name it is."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.township import counties_before_township

    return bool(counties_before_township(title, load_registry().gazetteer))


def _county_before_township(title: str | None, texts: list[str]) -> str | None:
    """The region (as a document's is written) of the county a township's ``title`` names before it, alone
    (:func:`~pilotplans.normalizers.township.county_before_township`): the one bearing the name, or among namesakes the
    one lying in the place the page's head names as its source (:func:`_source_place`). None where nothing chooses."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.township import county_before_township

    gazetteer = load_registry().gazetteer
    county = county_before_township(title, gazetteer, _source_place(texts, gazetteer))
    return gazetteer.written_region(county) if county is not None else None


#: How many of a page's first lines may print its source (``2021年02月26日 来源: 上海普陀`` under the headline).
_SOURCE_WITHIN = 5


# The 来源 label standing alone, after the line's start, a space or a mark (2021年02月26日 来源: 上海普陀): 来源 closing a
# longer label (资料来源, 数据来源, 图片来源: a credit for a figure or a table) names no source of the page's own.
_SOURCE_ROW_LABEL = compiled(r"(?<!\p{Han})来源")


def _source_place(texts: list[str], gazetteer: Gazetteer) -> str | None:
    """The id of the one place the page's ``来源`` label opens its value with (``来源: 上海普陀``: 上海), among its first
    :data:`_SOURCE_WITHIN` lines, the label read as an information row's (after the page's date on its line too); None
    where no such line is printed, or its value opens with no place, or with a name several places bear (``普陀``), or
    the label closes a longer one (``资料来源: 上海交通大学…``: :data:`_SOURCE_ROW_LABEL`)."""
    for text in texts[:_SOURCE_WITHIN]:
        label = _SOURCE_ROW_LABEL.search(text)
        found = read_info_line(text[label.start():]) if label is not None else None
        value = next((field.value for field in found or () if field.kind == "source"), None)
        if not value:
            continue
        for _written, ids, former in gazetteer.prefixes(fold(value)):
            if not former:
                return ids[0] if len(ids) == 1 else None
        return None
    return None


def _township_level(level: str | None, issuer: str | None, doc_no: str | None) -> str | None:
    """``level``, ``township`` where a township's own body issues the notice or its 文号 is a township's series
    (:func:`~pilotplans.normalizers.township.township_level`)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.township import township_level

    return township_level(level, issuer, doc_no, load_registry().gazetteer)


# A province a copying site prints in brackets before a title's place ((安徽省)铜陵市郊区…, (新疆维吾尔自治区)阿拉尔市…).
_PROVINCE_IN_BRACKETS = compiled(r"^\s*[（(]\s*(?P<province>\p{Han}{2,10}?)\s*[）)]\s*(?=\p{Han}|\d{4}年)")


def _province_unbracketed(title: str) -> str:
    """``title`` with a province printed in brackets before its place written as a title's place is, the
    province first (安徽省铜陵市郊区…), also before a body the province's own word opens ((江苏省)省政府办公厅…);
    as printed otherwise, where neither a place of that province nor its own body follows the brackets: a
    site's tag over a title naming no place ((江苏省)关于印发…的通知, a city's as well as the province's) or a
    place of another province ((浙江省)苏州市…) says nothing of the province's own."""
    from pilotplans.normalizers.place import division_opening
    from pilotplans.normalizers.registry import load_registry

    match = _PROVINCE_IN_BRACKETS.match(title)
    if match is None:
        return title
    gazetteer = load_registry().gazetteer
    province = match["province"]
    if not province.endswith(("省", "自治区")):
        # (内蒙古) names a province by its short name, written as the title's place is (内蒙古自治区…); (全文), (试行)
        # or (某某) none
        region = gazetteer.lookup_written(province)
        if region is None or region.level != "province":
            return title
        province = region.name
    rest = title[match.end():]
    year = _YEAR_OPENING.match(rest)
    if year is not None and _without_year(fold(rest)) != fold(rest):
        rest = rest[year.end():]  # (内蒙古)2022年苏尼特左旗…工作报告: the place after the report's year
    written = province + rest
    if fold(rest).startswith("自治区" if province.endswith("自治区") else "省"):
        return written
    found = division_opening(written, gazetteer)
    return written if found is not None and found.links >= 2 else title


# A free trade zone's full name opening a body's or a title's (中国（广东）自由贸易试验区广州南沙新区片区管理委员会):
# its province in brackets, then the area of the zone (片区) the body governs.
_FREE_TRADE_ZONE = compiled(r"^中国[（(](?P<province>\p{Han}{2,3})[）)](?:自由贸易试验区|自贸试验区)(?=\p{Han})")


# The area of a free trade zone a body or a plan is of, named after the zone's name (临港新片区…, 武汉片区…):
# the place it is named after (its host) before the area's word.
_ZONE_AREA = compiled(r"^(?P<host>\p{Han}{1,8}?)(?:自贸片区|新片区|片区)")
# The same without the zone's full name before it, where only a zone's word says the area is a free trade zone's:
# 自贸片区, or a 片区's committee (厦门片区管委会). A bare X片区 opening a title is a city quarter's name as often
# (中山片区, 朝阳片区: planning areas of cities other than 中山 and 朝阳).
_ZONE_AREA_ALONE = compiled(r"^(?P<host>\p{Han}{1,8}?)(?:自贸片区|新?片区(?=管委会|管理委员会))")


# A zone's area a central body's document names (国发〔2019〕15号: 中国（上海）自由贸易试验区临港新片区总体方案) is
# what the State Council plans, not who issues it (pilotplans.doc_numbers.is_central_series).

# The levels of the places a zone's area may be named after: a city (厦门片区, 武汉片区) or, in a province's
# zone written in full, a county-level one (绥芬河片区); a city alone where the zone's province is not written.
_AREA_HOSTS = ("prefecture", "county")


def _zone_unprefixed(name: str) -> str:
    """``name`` read for its place past a free trade zone's full name (``_FREE_TRADE_ZONE``): the area it goes on
    with where that is a new area the gazetteer knows (广州南沙新区片区…: 广州南沙新区's, read as 南沙区's), else
    the place the area (``_ZONE_AREA``) is named after: a city or county of the zone's province (中国（湖北）自由贸易
    试验区武汉片区管理委员会: 武汉市片区管理委员会, 武汉's; 绥芬河片区: 绥芬河市's, a county-level city), else the zone's
    municipality for a municipality's zone, a city whose areas its committees are (中国（上海）自由贸易试验区临港新片区
    管理委员会: 上海市临港新片区管理委员会, 上海's, at the level a municipality reads, municipal; the zone's own
    overall plan, 中国（天津）自由贸易试验区总体方案, the State Council's, is no area's). A name opening with a city's
    area without the zone's name is that city's where a zone's word says it is a zone's area (厦门片区管委会,
    厦门自贸片区…; a bare 中山片区… is a city quarter's name as often). A 片区 is never a level of its own:
    it reads as the place that hosts it. As printed otherwise — an area named after no place of the zone's province
    (钦州港片区), or a planning area opening a name without a city's name (城北片区…)."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    folded = fold(name)
    match = _FREE_TRADE_ZONE.match(folded)
    if match is None:
        area = _ZONE_AREA_ALONE.match(folded)
        host = gazetteer.lookup(area["host"]) if area is not None else None
        return host.name + folded[area.end("host"):] if host is not None and host.level == _AREA_HOSTS[0] else name
    rest = folded[match.end():]
    if _new_area_of(rest) is not None:
        return rest
    area = _ZONE_AREA.match(rest)
    if area is None:
        return name
    province = gazetteer.lookup(match["province"])
    host = gazetteer.lookup(area["host"], province.id) if province is not None else None
    if host is not None and host.level in _AREA_HOSTS and host.province == province.id:
        # a county written as a document's region is (北京市朝阳区 where several places bear 朝阳区)
        written = gazetteer.written_region(host) if host.level == "county" else host.name
        return written + rest[area.end("host"):]
    municipality = f"{match['province']}市"
    if getattr(gazetteer.lookup(municipality), "level", None) == "province":
        return municipality + rest
    return name


def _without_year(title: str) -> str:
    """``title`` (folded) without the year it opens with where a place the gazetteer knows follows it (2020年神农架林区
    政府工作报告: 神农架林区…); as it is otherwise (2022年第八次县政府常务会议…: no place 第八次县)."""
    found = _YEAR_OPENING.match(title)
    if found is None:
        return title
    from pilotplans.normalizers.registry import load_registry

    rest = title[found.end():]
    known = any(not former for _, _, former in load_registry().gazetteer.prefixes(rest))
    return rest if known else title


def _kind_word_level(place: str) -> str | None:
    """The level of a division whose government is named by its kind's word alone, where ``place`` (the place read
    before 人民政府, 政府 or 委) is one of the registry's level markers (departments.toml ``markers``: 林区, 特区, 自治县
    a county's; 自治州, 地区 a city's): a forest district writes 林区人民政府 for itself as a district writes 区人民政府,
    so no place of that name is named — its level stands; None for a place's name (神农架林区, 六枝特区)."""
    from pilotplans.normalizers.registry import load_registry

    tier = dict(load_registry().markers).get(place)
    return None if tier is None else {"province": "provincial", "city": "municipal"}.get(tier, "county")


def _level_of_kind(kind: str) -> str:
    """The level of a place's kind written after its name: 省, 自治区 a province's; 县, 旗 or 区 (a
    county-level division's) a county's; 市 (州, 盟) a city's."""
    return "provincial" if kind in ("省", "自治区") else "county" if kind in ("县", "旗", "区") else "municipal"


# The marks a converter printed for characters it could not write (a page's no-break spaces as ?): a line of nothing
# else is a blank line, and a run of them opening a line its indent (?????2018年7月31日: a signature's date set off to
# the right). One ? opening a line's words is left as printed.
_LOST_MARKS_LINE = compiled(r"^\s*[?？][?？\s]*$")
_LOST_MARKS_INDENT = compiled(r"^\s*[?？]{2,}\s*(?=[^?？\s])")


def _without_lost_marks(line: str) -> str | None:
    """``line`` without a converter's marks for characters it lost (:data:`_LOST_MARKS_LINE`): None (no line) where it
    prints nothing else, without the run opening it where they stand for its indent."""
    if "?" not in line and "？" not in line:
        return line
    if _LOST_MARKS_LINE.match(line):
        return None
    return _LOST_MARKS_INDENT.sub("", line)


def _without_furniture(lines: list[str]) -> list[str]:
    """``lines`` without a page's furniture (a page number, a flip-book's page marker and header), the
    section a page's breadcrumbs end with, or pass through on their way to the document's own title, printed again
    alone (首页 > 政务公开 > 重大决策 / 重大决策; not a body's name, which may be the issuer's line over the title), a
    label naming the page itself under breadcrumbs (详细内容), a converter's marks for lost characters
    (:func:`_without_lost_marks`), and a site's banner over the line after it (:func:`~pilotplans.parsers.titles.banner_over`):
    never metadata. A page's own title closed by the site's name (…的意见-湖南省人民政府门户网站) keeps the
    title only (:func:`~pilotplans.parsers.titles.without_site_name`)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary
    from pilotplans.parsers.titles import (
        banner_over, breadcrumbs_end, breadcrumbs_sections, is_breadcrumbs, names_page_itself, without_site_name,
    )

    words = vocabulary()
    # a line printing only the section a page's breadcrumbs end with is that section's heading, no title's line;
    # a section named after a body (首页 > 政务公开 > 广州市人民政府办公厅) may be the issuer printed over the title.
    # So is one printing a section they pass through on their way to the document's own title (首页 >> 地方政策 >> … >>
    # 大连沙河口区关于…的实施方案 / 地方政策; where they end with a section, that one alone is the heading), and,
    # under breadcrumbs, a label naming the page itself (详细内容): the site's, over the title
    sections = {end for line in lines if (end := breadcrumbs_end(line)) is not None and not ends_like_a_body(fold(end))}
    crumbed = [line for line in lines if is_breadcrumbs(line)]
    sections |= {step.strip() for line in crumbed for step in breadcrumbs_sections(line) if not ends_like_a_body(fold(step))}
    kept = [without_site_name(line) for line in map(_without_lost_marks, lines)
            if line is not None and not words.is_page_furniture(line) and line.strip() not in sections
            and not (crumbed and names_page_itself(line))]
    out: list[str] = []
    after: str | None = None  # the next line holding something, read from the end
    for line in reversed(kept):
        if not banner_over(line, after):
            out.append(line)
        if line.strip():
            after = line
    return out[::-1]


# How far below the notice's head its date may stand, its figures run together (2024327): the notice's
# few sentences and its signature.
_FIGURES_DATE_REACH = 12


def _figures_date(texts: list[str], head: int) -> dt.date | None:
    """The notice's date whose 年月日 the copy lost (2024327), on a line of its own within
    ``_FIGURES_DATE_REACH`` lines below its head, where a date stands: under the notice's last sentence
    or under its signature (芜湖市教育局 / 2024327). A line of figures under a label (联系电话： / 2062811,
    总投资（万元） / 2025131) is that label's value, no date."""
    for at in range(max(head, 1), min(head + _FIGURES_DATE_REACH, len(texts))):
        above = texts[at - 1].strip()
        if not (above.endswith(("。", "．")) or ends_like_a_body(above)):
            continue
        if (date := read_figures_date(texts[at])) is not None:
            return date
    return None


def _head_date(texts: list[str], at: int) -> dt.date | None:
    """The date line ``at`` of a notice's head prints in brackets ((二OO八年二月二十六日)), with the body that made the
    document ((1992年6月15日 国家旅游局)), or beside its 文号 (川办函〔2015〕160号 2015年9月1日): under the head, either
    is an item's deadline or a cited number. A date and a body in brackets under an item (1.推进… / (2023年6月30日
    市发展改革委)) are that item's deadline and owner, the head holding no items."""
    text = texts[at]
    dated = dated_number_line(text)
    if dated is None and (inner := BRACKETED_LINE.match(text)) is not None:
        dated = dated_number_line(inner["inner"])  # (山东省人民政府令第6号 1990年6月29日): an order's number and date
        if dated is None and (glued := _NUMBER_GLUED_TO_DATE.fullmatch(fold(without_glosses(inner["inner"])))):
            # (惠市委发〔2010〕5号2010年2月11日): a law mirror's copy that lost the space between them
            dated = dated_number_line(f"{glued['number']} {glued['rest']}")
            if dated is not None and str(dated[1].year) not in compiled(r"(?:19|20)\d{2}").findall(glued["number"]):
                dated = None  # (…〔2010〕5号2009年…): a date outside its number's year is no date of that document
    if dated is not None:
        return dated[1]
    alone = read_bracketed_date(without_glosses(text), with_maker=False)
    if alone is not None or BRACKETED_LINE.match(text) is None:
        return alone
    made = read_bracketed_date(without_glosses(text))
    return made if made is None or not any(find_item_marker(line.strip()) for line in texts[:at]) else None


def _own_number_line(texts: list[str], head: int) -> str | None:
    """The first 文号 printed alone on a line (:func:`number_line`); an order's number (国务院令第722号) only in
    the notice's head, before line ``head``: under it, a plan listing the laws it rests on prints their orders' numbers
    so (《优化营商环境条例》 / 国务院令第722号), and none is the document's own."""
    return next((number for i, t in enumerate(texts)
                 if (number := number_line(t) or (number_over_site_date(t) if i < head else None)) is not None
                 and (i < head or not ORDER_NO.fullmatch(fold(number)))), None)


def _number_run_into_year(texts: list[str], date: dt.date | None) -> tuple[str, str] | None:
    """The 文号 a line over the page's first sentence prints alone with its year's closing bracket lost, the year's
    figures run into the number's (:func:`year_run_into_number`): (as printed, mended), the year checked against the
    page's own date, ``date``; None where no such line stands over the first sentence and the notice's addressees
    (各街道办事处:, a head's end; a site's path line ending in a colon names none and ends nothing here: a sentence's
    line wrapped inside a 文号 it cites, 按川办发〔202026 / 号要求,…, stands under them), or the page prints no date."""
    year = date.year if date is not None else None
    first = next((at for at, text in enumerate(texts) if text.rstrip().endswith("。") or (
        text.rstrip().endswith(("：", ":")) and names_addressees(fold(text.strip()), 0))), len(texts))
    return next(((text.strip(), mended) for text in texts[:first]
                 if (mended := year_run_into_number(fold(without_glosses(text)), year)) is not None), None)


def _listed_numbers(texts: list[str]) -> frozenset[str]:
    """The 文号 (as :func:`doc_no_key` reads them) printed in the rows of a table listing documents by name and number,
    under its header (序号 文件名称 发布机关及文号 说明: the vocabulary's ``document_list_headers``): documents a decision
    repeals or a catalogue lists, none the page carries out. Empty where no line is such a header (most pages). A number
    the page cites above the header too (根据《X》（国发〔2020〕1号）… over a list of the policies it rests on, the same
    number among them) is the page's own citation: it stays a parent."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    # a header prints labels only: a line with a colon or a number of its own is an information table's row (名称 X 文号 Y)
    header = next((at for at, text in enumerate(texts) if "号" in text and "文" in text and ":" not in text
                   and "：" not in text and words.heads_document_list(text) and DOC_NO.search(fold(text)) is None), None)
    if header is None:
        return frozenset()
    above = {doc_no_key(_number_alone(match.group())) for text in texts[:header] for match in DOC_NO.finditer(fold(text))}
    return frozenset(key for text in texts[header + 1:] for match in DOC_NO.finditer(fold(text))
                     if (key := doc_no_key(_number_alone(match.group()))) not in above)


def _head_end(texts: list[str]) -> int:
    """Where a notice's head ends: its first sentence or address line (各镇人民政府,…:). A date in
    brackets over it is the notice's ((二OO八年二月二十六日) / 宝府办〔2008〕18号); one further down is an
    item's deadline ((2023年12月31日) under 1.推进…。)."""
    return next((i for i, t in enumerate(texts) if t.rstrip().endswith(("。", "：", ":"))), len(texts))


# A title opening with the plan it carries out or breaks down, cited in 《》 (《嘉兴市…纲要》主要目标任务分解落实方案).
_OPENING_CITATION = compiled(r"^《(?P<cited>[^《》]{4,80})》")
# A kind of document a title names, anywhere in a line (…分解落实方案工作重点序号…).
_TITLE_KIND_IN_LINE = compiled(TITLE_KINDS)
# A page's number between dashes run into the line after it (—1—《嘉兴市…》…): the page's, no word of the line.
_PAGE_NUMBER_OPENING = compiled(r"^\s*[-—–－─]+\s*\d{1,4}\s*[-—–－─]+\s*")


def _breaks_down(words: str) -> bool:
    """Whether a title's own words, after the plan it cites opening it, say they break that plan down (主要目标任务分解
    落实方案: tasklist.toml ``breakdown_words``)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return any(word in words for word in vocabulary().breakdown_words)


def _run_in_table_apart(line: str) -> list[str]:
    """A line printing a task table run into it (its header's labels run together: :func:`run_in_header`) as a notice's
    lines read: its words before the header, up to the last kind of document they name (…分解落实方案 of
    ``《…纲要》主要目标任务分解落实方案工作重点序号主要工作任务…``: the table's title, then a label the column vocabulary
    does not list), a page's number run in before them (—1—) left out, on a line of their own, and the table from its
    header on another; any other line as it is."""
    header = run_in_header(line)
    if header is None:
        return [line]
    head = line[:header.start]
    ends = [found.end() for found in _TITLE_KIND_IN_LINE.finditer(head)]
    head = head[:ends[-1]] if ends else head
    head = head[len(opening[0]):] if (opening := _PAGE_NUMBER_OPENING.match(head)) is not None else head
    return [part for part in (head, line[header.start:]) if part.strip()]


def read_metadata(paragraphs: list[Paragraph], after: list[Paragraph] | None = None, grids: Sequence[Grid] = (),
                  site: Sequence[str] = ()) -> Metadata:
    """The metadata printed in the paragraphs before a notice's first task table; the issuer and
    date of a signature block printed ``after`` the tables where those paragraphs give none (a
    table followed by 武汉市商务局 / 2021年4月16日); and what a web page's information table
    prints (索引号 … 文号 …, as lines among the paragraphs or as one of the ``grids``) where the
    document itself prints nothing better; the place of the government a web page's ``site`` name
    gives where nothing else names one."""
    # a law database's rows run together on one line (…的通知文章属性•【制定机关】…•【公布日期】…) are parted first
    texts, rows, breaks = _info_rows(run_on_lines([part for line in order_lines_joined(
        _without_furniture([part for p in paragraphs for line in lines_of(p.text) for part in _run_in_table_apart(line)]))
        for whole in law_rows_apart(line) for unbracketed in bracketed_rows_apart(whole)
        for part in date_row_apart(unbracketed)]))
    texts = _first_piece(texts)
    info = _info_table(rows + [row for grid in grids for row in grid_info_rows(grid) or ()])
    below = [line for p in after or () for line in lines_of(p.text)]
    run = _title_run_into_number(texts)
    reported = _reported(texts)
    box = read_infobox(texts)
    # a 名称 row naming a report (…完成情况) may be a news item's headline over a report of the plan it names:
    # the last resort, after every title the page's own lines give
    notice, report = (None, info.title) if _names_a_report(info.title) else (info.title, None)
    title = (_title(texts, breaks) or notice or (run[0] if run else None) or _issued_title(texts)
             or (reported[0] if reported else None) or report or _matter_over_number(texts)
             # a wiki mirror's infobox about the document (基本介紹 / - 中文名:2004年法庫縣政府工作報告 / - 匯報單位:…)
             or (box.title if box else None)
             # the last resort: a shared file's name closed by its plan's years (…实施方案2023-2025年.docx)
             or _shared_file_title(texts))
    if title and info.title and (_issues(info.title, title) or _notice_of(info.title, title, texts)):
        # The plan's title below the notice (a page that lost its line breaks printed the notice's own
        # title only in its information table: 名 称: 区人民政府办公室关于印发…责任分解的通知): the notice's.
        title = info.title
    title = without_issue_note(title) if title else title
    signed = _signature(texts)
    # words standing where the title names its issuer that name no body (a spam script's) name none where a
    # signature or the information table prints them too
    if (spam := _standing_for_issuer(texts, signed, info.issuer)) is not None:
        title = _without_words_for_issuer(title, spam) if title else title
        signed = None if signed and fold(signed).endswith(spam) else signed
        info = replace(info, issuer=None) if info.issuer and fold(info.issuer).endswith(spam) else info
    title = _title_over_own_head(texts, title, signed) if title else title
    title = _head_naming_its_issuer_in_full(texts, title) if title else title
    title = _notice_issuing_it(texts, title) if title else title
    head = _head_end(texts)
    read = read_lines(texts)
    own, cited = _numbers_in_lines(texts, title, head, read)
    if run is not None:
        own, cited = [run[1], *own], [c for c in cited if fold(c) != fold(run[1])]
    # A 文号 line a mirror site glossed (州政發(fā)〔2020〕5號) is read, and kept, without its glosses.
    doc_no = (_own_number_line(texts, head)
              or info.doc_no or next((after[1] for at in range(min(10, len(texts))) if (after := _headline_number(texts, at))), None)
              or next(iter(own), None) or _bracketed_number(texts, title) or _number_run_on_title(texts, title))
    # what the notice and the plan's preamble cite (citing_lines), the first 文号 among them the parent's: a 文号 a task
    # applies or a related document listed under the page is none, and a page none of whose citing lines cites a 文号
    # has none (its parent is then inferred from its measures, ingest/parents.py)
    # (the title read without a mirror site's glosses, as it is kept: 關(guān)于印發〈X〉 issues X, cites none)
    plain_title = without_glosses(title) if title else title
    # the page's own number printed again in another set of brackets or characters (惠市委发[2010]5号 in its rows,
    # 惠市委发〔2010〕5号 under its title) is its own, no document it cites
    cites = citations([read[at] for at in citing_lines(texts, plain_title)],
                      [c for c in cited if not (doc_no and same_doc_no(c, doc_no))],
                      plain_title)
    listed = _listed_numbers(texts)
    parent = next((c.doc_no for c in cites if c.doc_no and doc_no_key(c.doc_no) not in listed), None)
    date = ((run[2] if run is not None else None)  # 浙政发[2009]69号 2009-11-03 after the title: its own date
            or next((d for i, t in enumerate(texts) if (d := read_date(t) or (_head_date(texts, i) if i < head else None))), None)
            or next((d for t in texts[:head] if (d := read_adopted_date(without_glosses(t)))), None)
            # a delivery line broken after its session (2022年1月6日在苏尼特左旗第十六届 / 人民代表大会第一次会议上) read whole
            or next((d for i, t in enumerate(texts[:head])
                     if (d := read_delivered_date(t) or read_delivered_date(t + "".join(texts[i + 1:i + 2])))), None)
            or _day_unmarked_date(texts))
    printed_no = None
    if doc_no is None and (mended := _number_run_into_year(texts, date)) is not None:
        # 广安区府办发〔202026 under a notice dated 2020年10月28日: 广安区府办发〔2020〕26号, the line kept as printed
        printed_no, doc_no = mended
    issuer = _issuer(texts, title, signed, ordered=GOVERNMENT_ORDER.search(fold(doc_no or "")) is not None)
    # A title may leave the issuer's place out (区人民政府办公室关于…) that the signature prints
    # (蔡甸区人民政府办公室), or the page's information table (发布机构 下陆区政府办公室): the same body,
    # named in full, places the notice, and is its issuer once the title is read (issuer_with_place).
    # A joint signature (江汉区发展和改革局、江汉区人民政府办公室) names the title's one issuer by the body it lists in
    # full, not the bodies signing together.
    # So does a red head over a signature printing the body without its place (嵊州市通源乡人民政府文件 over 通源乡人民政府:
    # a township's, placed in its county-level city).
    full = next((name for name in _listed_apart(signed, info.issuer, _red_head_issuer(texts))
                 if issuer and _names_in_full(name, issuer)), issuer)
    in_full = full if full != issuer else None  # the name the issuer is given (issuer_with_place), the title read
    if date is None:
        date = next((d for d in (read_date(t) for t in below) if d), None)
    by_month = _signed_by_month(texts, head)  # a maker over a date printed by its month: its issuer and its own date
    # a wiki mirror's infobox speaks of the document it names: of the page's only where that is the title read, and
    # only where the page's own lines give no issuer or date (they win)
    box = box if box is not None and title is not None and fold(title) == fold(box.title) else None
    if issuer is None:
        issuer = full = (_signature(below) or by_month or _speaker_s_government(texts)
                         or _speaker_line_government(texts, title)
                         or info.issuer
                         or (reported[1] if reported else None) or _reported_notice(texts, title)
                         or _order_maker(doc_no)
                         or (box.issuer if box and box.issuer and _is_name(box.issuer) else None))
    date = date or info.date
    if date is None and reported is not None and reported[2] is not None and title \
            and _QUOTE_MARKS.sub("", fold(title)) == _QUOTE_MARKS.sub("", fold(reported[0])):
        # the day a news lead says the page's document was issued (2022年1月25日,河北省委、省政府出台《X》 over X), where the
        # page prints no date of its own: the lead's day opens the sentence whose verb is the issuing, no meeting's
        date = reported[2]
    if date is None:
        # the last resort: the notice's date whose 年月日 the copy lost (2024327), on a line of its own below
        # the notice's head (its address line), where a signature's date stands
        date = _figures_date(texts, head)
    date = date or (box.date if box else None)
    # the page's publication date dates only a notice that prints no date of its own, not even a garbled one
    # (a date printed by its month under its maker's name is the document's own: the page's day is none of it)
    published = date is None and info.published is not None and by_month is None
    date = date or (info.published if published else None)
    # a copying site's title naming its province in brackets before the place ((安徽省)铜陵市郊区…纲要) names the
    # place inside its province, as 安徽省铜陵市郊区… does
    # read with the spaces parting its issuers (中共区委办公室 区人民政府办公室关于…): run together, a place seems to
    # stand between them (区委办公室区)
    named = _province_unbracketed(_title_with_issuers_apart(texts, title) if title else "")
    # a central body's plan for a zone's area is no area's (国发: 临港新片区总体方案), and an issuer naming its own
    # place (湖北省人民政府) plans for the area inside it, as a province plans for its new area: the issuer's place
    if not is_central_series(doc_no) and not (full and PLACE.match(fold(full))):
        named = _zone_unprefixed(named)
    full = _zone_unprefixed(full) if full else full
    # a title opening 转发市商务局关于… (its issuer's name over it) names no place 转发市 first, nor one opening 关于
    # (关于印发市政务服务中心…的通知: no issuer printed, so no place 关于印发 before 市)
    # a title opening with its year before the place whose it is (2020年神农架林区政府工作报告) names that place as one
    # opening with it does
    opening = "" if _AFTER_ISSUER.match(fold(named)) else _without_year(fold(named))
    if opening.startswith(_visit_openings()):
        opening = ""  # 赴浙江省学习考察情况汇报: the place visited, not the maker's (tasklist.toml visit_openings)
    # a title opening with the plan it carries out, cited in 《》, its own words after it: those words name the title's
    # place (《河北省国土空间规划》石家庄市实施方案: 石家庄's), and the issuer's comes before the cited plan's; the cited
    # plan's place is the title's only where its own words say they break that plan down (《嘉兴市…纲要》主要目标任务
    # 分解落实方案: tasklist.toml breakdown_words) and neither they nor the issuer name a place (《北京市…行动计划》
    # 任务分解表 signed 天津市商务局 is 天津's; 《浙江省…条例》实施细则 may be any place's in 浙江: none)
    cited_plan: str | None = None
    if (citation := _OPENING_CITATION.match(opening)) is not None and opening[citation.end():]:
        opening, cited_plan = opening[citation.end():], citation["cited"]
        cited_plan = cited_plan if _breaks_down(opening) else None
    place = (PLACE.match(opening) or PLACE.match(fold(full or ""))
             or PLACE.match(branch_of_central(full) or "")  # 国家税务总局四川省税务局: 四川's
             or _COUNTY.match(opening) or _COUNTY.match(fold(full or ""))
             or (PLACE.match(cited_plan) or _COUNTY.match(cited_plan) if cited_plan else None))
    region = place["place"] if place else None
    # A county's government named after its city (金华市婺城区人民政府) is the county's, not the city's.
    county = place and place["kind"] == "市" and _COUNTY.match(place.string[place.end():])
    if county:
        place, region = county, county["place"]
    # 2021年深圳经济特区政府工作报告: a special economic zone is its city's whole (or its province's), no district
    zone_city = _city_of_zone(place["place"]) if place is not None and place.re is _COUNTY else None
    if zone_city is not None:
        place, region = None, zone_city[0]
    # 河北省雄安新区管理委员会, 重庆市两江新区…方案, 重庆两江新区管理委员会: the state-level new area's, read at a
    # city's level as the gazetteer reads a new area's bodies, not its province's (nor, for a committee whose
    # name ends like a ministry's 委员会, a national one)
    issued_by_area = place is None and bool(full) and _new_area_of(full or "") is not None
    area = _new_area_of(place.string) if place is not None and PLACE.made(place) else None
    if area is not None and full and place is not None and place.string != fold(full) and PLACE.match(fold(full)) \
            and _new_area_of(full) is None:
        area = None  # 河北省雄安新区…方案 its province's government issues (河北省人民政府): the province's plan for it
    area = area or (_new_area_of(full or "") if issued_by_area else None)
    if area is not None:
        region = area
    if region and (_UNNAMED_PLACE.match(region) or _COMMITTEE_BY_KIND.match(region)):
        region = None  # 某县人民政府办公室: no place named (see _UNNAMED_PLACE)
    by_kind = _kind_word_level(region) if region else None
    if by_kind is not None:
        region = None  # 林区人民政府, 特区政府, 自治县人民政府: a division's government named by its kind's word alone
    issuer_level = level_of(full)
    level = issuer_level or by_kind or (zone_city[1] if zone_city else None) \
        or (_level_of_kind(place["kind"]) if place else None)
    if level is None and full and any(_COUNTY_BY_KIND.match(fold(name)) for name in full.split("、")):
        # 区政府办公室关于…: a county's or a district's body named by its kind alone, its place unsaid (also one of
        # the bodies a joint notice lists: 区委办公室、区政府办公室)
        level = "county"
    if level is None and (party := _PARTY_BY_KIND.match(opening) or _PARTY_BY_KIND.match(fold(full or ""))) is not None:
        level = _level_of_kind(party["kind"])
    county_named = _county_named(place, full, issuer_level)
    if county_named is not None:
        region, level = county_named, "county"
    if area is not None and (level != "national" or issued_by_area):
        level = _new_area_level(area)
    division = _division_named(named or None, full, issuer_level) if area is None and level != "national" else None
    if division is not None:
        region, level = division
    if level == "municipal" and place is not None and place.re is _COUNTY:
        # a county's, a banner's or a district's government (某某县人民政府, 亳州市谯城区人民政府) speaks at a
        # county's level, its place known to the gazetteer or not (a former or misprinted name)
        level = "county"
    if region and level == "national":
        region = None
    if region and full and _several_places_issue(full) and not _numbered_by_lead(doc_no, region):
        region = None  # 北京市人民政府、天津市人民政府关于…: a joint document of several places is none's own
        if level == "municipal" and _a_province_issues(full):
            level = "provincial"  # 重庆市人民政府、四川省人民政府: a municipality's bodies beside a province's, at its rank
    if region is None and level is None and full:
        # a zone's committee or one of its offices (金华经济技术开发区管理委员会党政综合办公室): its host's document
        zone = _zone_host(full)
        if zone is not None:
            region, level = zone
    # the body whose year's work summary or plan of work the title is, by the name opening it (五角场街道办事处2016年…)
    work_maker = _year_s_work_maker(plain_title) if plain_title else None
    if region is None and level is None and work_maker is not None:
        # a zone's year's report titled by its name (宁波国家高新区2008年工作总结和2009年工作安排报告), no issuer placing it
        # (a site's 发布机构 row naming its office by its kind alone, 区办公室): its host's, as its committee's would be
        zone = _zone_host(work_maker)
        if zone is not None:
            region, level = zone
    if level is None and region is None and _addresses_every_province(texts):
        level = "national"  # 各省、自治区、直辖市…: only a central body addresses every province
    if level is None and region is None and not (title or issuer) and _addresses_province_departments(texts):
        # 各市、县人民政府,省人民政府各委、办、厅、局 on a page printing no head (an abstract opening at its number): a
        # province's government speaks; a page with a title is placed by it and its bodies (关于支持武汉、襄阳、宜昌… over
        # 省… bodies: 湖北, which a level given here would leave unread)
        level = "provincial"
    if level is None and region is None and not (title or issuer or doc_no):
        # 各县(市、区)人民政府,市人民政府各部门 opening a page printing no head (我市, 全市): a city's government speaks,
        # whichever city the page never names
        level = _addressed_departments_level(texts)
    if level is None and region is None:
        # 各村委会、镇直有关部门: a township's own addressee line (its villages and its own departments) — its government
        # speaks, whatever its title says (a sample site's 乡镇2013年林业工作实施方案, the township's name masked)
        from pilotplans.normalizers.township import addresses_own_villages, masked_township_titled

        if addresses_own_villages(texts) or masked_township_titled(title):
            # or titled by a masked township's name (XX镇街道镇区管理…工作方案: a document site's copy)
            level = "township"
    named_by, level_read, named_in = None, level, "notice"
    # a report delivered to visitors or superiors (民族乡工作进展情况汇报), signed by none and numbered by none, is titled
    # by no head placing the page: its text says whose it is, as a page printing no head does
    placing_title = None if title and not (doc_no or issuer) and _spoken_report(title) else title
    if region is None and level != "national":
        from pilotplans.normalizers.place import (place_in_notice, place_of_addressees, place_of_doc_no,
                                                  place_of_municipality_series,
                                                  place_of_league_addressees, place_of_own_zone,
                                                  place_of_own_plan_printed,
                                                  place_of_plan_broken_down, place_of_plan_title,
                                                  place_of_publisher,
                                                  place_called_henceforth, place_of_headline_body, place_of_province_text,
                                                  place_of_signing_zone, place_of_visitors,
                                                  place_of_region_tiers, place_of_site, place_of_text)
        from pilotplans.normalizers.corps import place_of_corps_text
        from pilotplans.normalizers.delivery_place import adoption_placed_next, place_of_adoption, place_of_delivery
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
        found = place_in_notice(texts, level, gazetteer)
        # a gazette's issue naming no issuer of the text it prints (咸宁市人民政府主办2020年第2号): its publisher's place
        # is inferred for the text, not over bodies speaking at another level (a province's gazette, 市… bodies)
        if found is None and (publisher := _gazette_publisher(texts)) is not None \
                and (found := place_of_site((publisher,), level, gazetteer)) is not None:
            named_in = "masthead"
        # a 来源 row naming a government's site (来自:襄阳市政府门户网站) says whose the document is before the page's
        # head does: the site publishing it may be another place's republishing it (武汉's site, 来源: 襄阳's)
        if found is None and (found := place_of_site((info.source,) if info.source else (), level, gazetteer)
                              or place_of_site(site, level, gazetteer)) is not None:
            named_in = "site"
        if found is None and (found := place_of_publisher(texts, title, level, gazetteer)) is not None:
            named_in = "lead"  # 日前,成都市人民政府网站公布了《X》 over X: the site's place published it
        if found is None and not title and not full and (found := place_of_plan_broken_down(texts, gazetteer)) is not None:
            # 批准了《天津市…纲要》…市人民政府决定…分解落实: the plan's place speaks, at the level its kind's word says (市)
            found, named_in = (found[0], replace(found[1], level=_level_of_kind(found[1].written[-1]))), "broken_down"
        if found is None and (series := place_of_doc_no(doc_no, level, gazetteer, parent, title, texts, cited)) is not None:
            # 穗府〔2011〕15号: 广州's government's own series, no other place's; the rule that read it said as it read it
            found, named_in = (series.named_by, series.place), series.rule
        if found is None and level in ("municipal", "county") \
                and (found := place_of_own_plan_printed(title, doc_no, gazetteer)) is not None:
            # 市人民政府关于印发随州市…行动方案的通知 under 随政发 (a series 随县 shares): the city whose plan its government prints
            named_in = "printed_plan"
        if found is None and level is None and not issuer \
                and (series := place_of_municipality_series(doc_no, title, texts, gazetteer)) is not None:
            # 沪发改开放建〔2025〕10号 over a reply speaking as 我市, signed by none: a body of 上海's, whose 简称 no other place's
            # series opens with
            found, named_in = (series.named_by, series.place), series.rule
        if found is None and (found := place_of_delivery(texts, gazetteer)) is not None:
            named_in = "delivery"  # ——2010年12月28日在乌海市海南区 / 第八届人民代表大会…: the congress's place reported to
        if found is None and not (title or doc_no or issuer) and (found := place_of_adoption(texts, gazetteer)) is not None:
            named_in = "adoption"  # (2019年4月26日黑龙江省第十三届人民代表大会常务委员会第十一次会议通过): the adopting body's place
        if found is None and not (title or doc_no or issuer) and (adopted := adoption_placed_next(texts, gazetteer)) is not None:
            # (2011年1月9日县十六届人大五次会议通过) over 房县第十六届人民代表大会第五次会议,…: the session adopting it, named by
            # its level word, is its issuer, in the place the next line opens with before the same session
            (issuer, found), named_in = adopted, "adoption"
        if found is None and level == "provincial" and (found := place_of_province_text(texts, title, gazetteer)) is not None:
            named_in = "province_text"  # 省政府关于… over words naming 江苏 alone (对江苏工作重要讲话精神, “江苏建造”): that province
        if found is None and level is None and (found := place_of_addressees([without_glosses(t) for t in texts], gazetteer)) is not None:
            named_in = "addressee"  # 自治区政府各部门 over words naming 宁夏回族自治区: that region's government speaks
        if found is None and level is None and (found := place_of_league_addressees(texts, gazetteer)) is not None:
            named_in = "addressee"  # 各盟市物价局: the leagues' province addresses them from its own level
        if found is None and (found := place_of_own_zone(texts, level, doc_no, gazetteer)) is not None:
            named_in = "addressee"  # 县政府各部门,嘉鱼经济开发区: a county's notice addressing its own zone, named by the county
        if found is None and level is None and not (doc_no or issuer) \
                and (found := place_of_plan_title(title, texts + _cell_lines(grids), gazetteer)) is not None:
            # 閔行區…行動方案 under a notice printing no issuer or 文号: the county the plan is titled after, its words
            # speaking as the county's in its lines or in its table's cells (区公安分局 in a 责任单位 column)
            named_in = "title"
        announcement = bool(title) and _ANNOUNCEMENT.match(fold(title or "")) is not None
        if found is None and level is None and not (doc_no or issuer) and announcement \
                and (draft := _CITED_IN_QUOTES.search(title)) is not None \
                and (found := place_of_plan_title(draft[0][1:-1], texts, gazetteer)) is not None:
            named_in = "draft"  # 关于公开征求《闵行区…（征求意见稿）》意见的公告: the county whose draft it publishes
        # a body's year's report titled by its name (翠亨新区2022年工作总结及2023年工作部署) places nothing where its maker's
        # name does not: its text may, as an announcement's does
        if found is None and not ((placing_title and not announcement and work_maker is None) or doc_no or issuer) \
                and (found := place_of_text(texts, level, gazetteer)) is not None:
            # 把广州建设成为…: the one city a page printing no title, 文号 or signature names, if its bodies are a
            # city's; a page printing any of them is placed by them, or by its bodies, after this reading
            named_in = "text"
        if found is None and level is None and not (doc_no or issuer) \
                and (found := place_of_visitors(texts, gazetteer)) is not None:
            named_in = "visitors"  # 梅州海关、市商务局…赴汕头综保区学习考察: the city whose bodies, 市… among them, go visiting
        if found is None and level is None and not (placing_title or doc_no or issuer) \
                and (found := place_of_corps_text(texts, gazetteer)) is not None:
            named_in = "corps"  # 136团党委…团场…连队: the city of the one Corps division the page speaks of (石河子, 第八师's)
        if found is None and not (title or doc_no or issuer) \
                and (found := place_called_henceforth(texts, gazetteer)) is not None:
            named_in = "called_henceforth"  # 三江侗族自治县(以下简称自治县)…制定本条例: a code naming its own place so
        if found is None and level is None and not (title or doc_no or issuer) \
                and (found := place_of_region_tiers(texts, gazetteer)) is not None:
            named_in = "tiers"  # 结合自治区实际 over 旗县级以上政府部门: the one autonomous region holding banners
        if found is None and level is None and not (title or doc_no or issuer) \
                and (found := place_of_headline_body(texts, gazetteer)) is not None:
            named_in = "headline"  # 中共四川省委组织部组织…考察调研活动 over …省委组织部…: the body the news reports on
        if found is None and level is None and not doc_no \
                and (found := place_of_signing_zone(issuer, texts, gazetteer)) is not None:
            named_in = "signing_zone"  # 火炬区经科局 signing under 中山市火炬开发区管委会大楼: the zone's city
        if found is not None:
            named_by, place = found
            region, level = gazetteer.written_region(gazetteer.region(place.region_id)), level or place.level
    if level == "municipal" and region is not None and _county_level(region):
        level = "county"  # 阿拉山口市人民政府, 禄丰市人民政府: a county-level city's 市 reads as a city's until its region is known
    if level in (None, "municipal") and issuer and (municipality := _district_area(issuer)) is not None:
        # 重庆市万盛经开区管委会办公室: a municipality's area its committee governs as a district (no code of its own: the
        # region is the municipality's, the level a district's)
        level, region = "county", region or municipality
    if level is None and region is None and not (placing_title or doc_no or issuer):
        # 陈家桥街道地处沙坪坝区西部…街道党工委…: a page printing no head that speaks of one township is the township's, in
        # the one county it names in full often enough
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.normalizers.township import speaks_as_township
        from pilotplans.normalizers.township_page import county_of_township_page, township_spoken_of

        gazetteer = load_registry().gazetteer
        if (township := township_spoken_of(texts, gazetteer)) is not None:
            level = "township"
            if (county := county_of_township_page(texts, gazetteer, township)) is not None:
                named_by, named_in = county[0], "text"
                region = gazetteer.written_region(gazetteer.region(county[1].region_id))
        elif speaks_as_township(texts):
            # 我乡地处宁化西南部…我乡是革命老区乡 under a masked name (xx畲族乡): a township's own paper, its name unread
            level = "township"
            from pilotplans.normalizers.place import county_of_township_text

            if (county := county_of_township_text(texts, gazetteer)) is not None:
                named_by, named_in = county[0], "text"
                region = gazetteer.written_region(gazetteer.region(county[1].region_id))
    level = _township_level(level, issuer, doc_no)  # 嵊州市通源乡人民政府: a township issuing its own, its county's region
    if level == "township" and region is None and issuer:
        # 伊金霍洛镇人民政府 (its report's speaker) naming no county, on a page printing 伊金霍洛旗 twice (its banner's
        # portal): the one county the page names in full often enough, the township bearing its name (a neighbour its
        # road runs to, 木洞镇至长寿区, is named with the town as often: only the namesake is taken)
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.normalizers.township import township_of_issuer
        from pilotplans.normalizers.township_page import namesake_county_of_township

        gazetteer = load_registry().gazetteer
        if (township := township_of_issuer(issuer, gazetteer)) is not None \
                and (county := namesake_county_of_township(texts, gazetteer, township)) is not None:
            named_by, named_in = county[0], "text"
            region = gazetteer.written_region(gazetteer.region(county[1].region_id))
    if level == "township" and region is None and not issuer and (source := info.source or next(
            (field.value for row in rows for field in row if field.kind == "source" and field.value), None)):
        # 来源: 新绛县古交镇 over 古交镇's news on its county's portal, the county named once in its text (a cited plan's
        # title): the row names the township's county right before the township the page speaks of, as a row naming a
        # government's site names whose notice it is (a page its issuer places is read by the issuer). The row's value
        # as printed: the table's reading keeps none followed by the site's furniture (新绛县古交镇     【字体: 】    打印本页)
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.normalizers.township_page import county_in_source_row, township_spoken_of

        gazetteer = load_registry().gazetteer
        township = township_spoken_of(texts, gazetteer)
        if township is not None and (county := county_in_source_row(source, township, texts, gazetteer)) is not None:
            named_by, named_in = county[0], "site"
            region = gazetteer.written_region(gazetteer.region(county[1].region_id))
    if level in (None, "county") and (not issuer or titled_township_signs(title, issuer)) and _township_after_county(title):
        # 天津市滨海新区新河街道国民经济和社会发展…纲要: the street's own, its district's region, unsigned or signed by the
        # street's name alone on its cover (天津市滨海新区新北街道)
        level = "township"
    if level in (None, "county", "township") and region is None and not issuer and _titled_after_county_alone(title):
        # 普陀区万里街道2021年工作计划: the street's own, titled after its district written alone — that district's (the one
        # bearing the name, or among namesakes the one in the place the page's 来源 line names, 上海普陀); unplaced where
        # nothing chooses (上海's 普陀区 or 舟山's)
        level = "township"
        region = _county_before_township(title, texts)
    if level is None and (not issuer or _dated_township_signs(title, issuer)) and _township_titled(title, texts):
        # 2015年乡政府工作计划: a township's government named by its word alone, no place; 白杨街道2022年工作总结… under
        # 信息来源:白杨街道, the street the title opens with named as its maker
        level = "township"
        if region is None:
            from pilotplans.normalizers.place import county_of_township_text
            from pilotplans.normalizers.registry import load_registry

            gazetteer = load_registry().gazetteer
            if (county := county_of_township_text(texts, gazetteer)) is not None:
                # …武乡县扬德煤层气利用有限公司… under 全乡, 全县: the one county its text names is the one it lies in
                named_by, named_in = county[0], "text"
                region = gazetteer.written_region(gazetteer.region(county[1].region_id))
    # A mirror site's glosses (關(guān)于, 發(fā)) are no part of the title, as they are none of its 文号 or issuer:
    # the title is kept as the document prints it, without them.
    title = _title_with_issuers_apart(texts, without_glosses(_title_under_its_issuer(texts, title, issuer, breaks))) if title else title
    # the issuer printed with its level word alone (区人民政府办公室) named in full: as signed, else with the place its
    # own head reads (a place inferred, named_by, may yet be refused by the placing rules: none is added from it)
    issuer = issuer_with_place(issuer, in_full, region if named_by is None else None)
    return Metadata(title=title, doc_no=doc_no and regex.sub(r"\s+", "", doc_no), doc_no_printed=printed_no,
                    issuer=issuer, date=date,
                    level=level, region=region, parent_doc_no=parent and regex.sub(r"\s+", "", parent),
                    citations=cites,
                    region_named_by=named_by, level_read=level_read, region_named_in=named_in,
                    date_published=published)
