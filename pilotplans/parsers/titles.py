"""What a notice's title line is: the kinds of document a title ends with, the characters a line
of it may hold, and the titles a notice cites.

A title is printed over one or several lines (山东省人民政府办公厅关于印发 / …实施方案的通知) that
end with a kind of document (通知, 方案, 意见, …) and perhaps a qualifier in brackets (（试行）);
a mirror site may print pinyin glosses after some of its characters (創新(xīn)), which never stop a
line being one. Reading the title among a notice's lines is :mod:`pilotplans.parsers.metadata`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pilotplans.normalizers.glosses import without_glosses, without_glosses_mapped
from pilotplans.normalizers.numbers import find_item_marker
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.dates import BRACKETED_LINE, MONTH_LINE, figures_date_line, read_date
from pilotplans.patterns import compiled
from pilotplans.textutil import is_terminated, squash



def cited_title(name: str = "title", shortest: int = 4, longest: int = 80) -> str:
    """The pattern of a title printed in 《》, its words as the group ``name``, of ``shortest`` to ``longest`` characters:
    a plan's title as a notice names the plan it issues is 4 to 80 (a quoted word, 《意见》, names none); a document
    a plan cites may be named in 2 (a law's 《宪法》) to 120 characters (a State Council notice's long title): metadata's
    citations read those bounds."""
    return rf"《(?P<{name}>[^《》]{{{shortest},{longest}}})》"


# The plan a notice issues, as it names it: 《…》, or the title 关于印发…的通知.
CITED_TITLE = cited_title()
_CITED = compiled(CITED_TITLE)
_ISSUED = compiled(r"关于印发(?P<title>\p{Han}[^《》]{3,80}?)的通知$")
# How a title ends: its kind of document, and perhaps a qualifier in brackets (（试行）, （2023—2025年）).
# A list of the year's matters a government will decide or do (2025年度重大行政决策事项目录) ends with 事项目录 after
# its year; a site's navigation (信息公开目录, 政府信息公开指南和目录) names no year and no matters. Provisions (规定) are a
# code's kind only under the word that makes them one (…管理暂行规定, …若干规定, …若干问题的规定, 关于…的规定): a
# sentence's words end with 规定 as often (严格执行国家有关规定, 依照本办法的规定: 的规定 without 关于 before it).
# An announcement (公告) is one only as 关于…的公告 or …的公告 (关于公开征求《…》意见的公告, 市人民政府关于征收土地的公告): a site's
# section is named 通知公告, and a sentence naming a 公告 ends with its punctuation, no title's line. A bulletin (通报)
# is one as 关于…的通报, …的通报 or …情况通报 (2019年县政府工作报告三季度完成情况通报): a sentence's 通报 is a verb
# (现将有关情况通报如下：, 予以通报。, 特此通报; wrapped before 如下, 现将有关情况通报 / 如下：, its 情况 after 有关 or a 将
# anywhere in its clause: 现将督查情况通报 / 如下：, 要将落实情况通报)
# and a site's section a bare name (通知通报, 督查通报), neither a title's end. A report to one's superiors (汇报) is one as
# a bulletin is, and as …工作汇报 (民族乡工作进展情况汇报, 经开区2022年…工作打算汇报): a sentence's 汇报 is a verb (现将有关
# 情况汇报如下：, 及时向县委汇报, 听取了市政府的工作汇报), its 情况 or 工作 (工作打算, 工作安排) after 有关, a 将, 听取 or
# whom it reports to (向市委做工作汇报), and any 汇报 its clause hears or makes (听取了县发改局关于…情况的汇报, 县长作了
# 工作汇报: a news sentence, never a title). A declaration (声明) is one as an announcement is, …的声明 or 关于…的声明 (中华人民共和国政府关于中华人民共和国领海基线的声明): a site's footer names its
# 免责声明 or 版权声明, and a sentence 郑重声明, none of them a title. A statistics bureau's bulletin (…国民经济和社会发展
# 统计公报) is one by its 统计: a gazette's masthead ends 公报 after its body's name (沈阳市人民政府公报), no title. A reply
# (答复) to a deputy's suggestion or a committee member's proposal is one as …的答复 (关于对…建议的答复, 对…提案的答复): a
# sentence's 答复 is a verb (现答复如下：, 特此答复, 予以答复。), never after 的 at a line's end.
_TITLE_KINDS = r"(通知|通告|(?<=的|关于[^，。；：]*)(?:公告|布告|声明)|(?<=的)答复|(?<=统计)公报|(?<=的|关于[^，。；：]*|(?<!将[^，。；：]*|关)情况)通报|(?<=的|关于[^，。；：]*|(?<!将[^，。；：]*|关|(?:[向给对]|听取)\p{Han}{0,12})(?:情况|工作(?:打算|安排|思路)?))汇报(?<!(?:听取|[作做]了|所[作做])[^，。；：]*汇报)|批复|方案|意见|办法|(?<=管理|暂行|若干|若干问题的|实施|补充|试行|关于[^，。；：]*的)规定|分工|分解|清单|计划|表|规划|纲要|决定|函|细则|规则|条例|措施|要点|(?<=\d{4}年度?\p{Han}{0,16})事项目录|(?<=\d{4}年度?工作)思路)"
# The kinds of document a title names, for a note that speaks of the document (本方案…).
TITLE_KINDS = _TITLE_KINDS
# A plan named by its measures as a whole ends a title too, though no sentence's or note's kind is so named (and so
# these are not among TITLE_KINDS, which TITLE_IN_LINE finds after 关于 inside a sentence): a set of policies, …若干政策
# or …若干政策举措 (加快推進工業經濟高質量發展若干政策, prose-blind33's 嵊州; 政策 after 若干 only — 落实有关政策 ends a
# sentence's clause). Not the count of its measures (…二十条, 稳经济30条): 条 counts a target's roads, routes and
# problems as well (全年新建农村公路15条, 新开通公交线路十二条), which no reader here tells from a plan's nickname.
_COUNTED_KINDS = r"(?<=若干)政策(?:举措)?|(?<=若干政策)举措"
TITLE_END = compiled(r"(?:" + _TITLE_KINDS + "|" + _COUNTED_KINDS + r")(?:\s*[（(][\p{Han}\d—\-－~～至]{1,24}[）)])?$")
# The count of a plan's measures closing a line (…高质量发展二十条, 稳经济30条, 新十条, its edition's bracket perhaps after it):
# never an article's number (第二十条, its 第 or a numeral before the count) nor 一条 (打造一条, a sentence wrapped at its
# line's end). It ends no title by itself (条 counts a target's roads and routes too: 全年新建农村公路15条), only with
# what the page says of it in :func:`counted_title`.
_MEASURES_COUNT_END = compiled(r"(?<![第一二三四五六七八九十百两零〇\d])(?<=\p{Han})(?!一条)(?:[一二三四五六七八九十百两]{1,4}|[1-9]\d{0,2})条"
                               r"(?:\s*[（(][\p{Han}\d—\-－~～至]{1,24}[）)])?$")
# The first of a plan's measures set out as articles, opening its line (第一条 加大财政支持力度…), within the lines
# under its title a preamble, an edition's bracket or 第一章 总则 take: an article further down is another document's
# (a regulation quoted or attached under a report counting roads), as is one under a line that ends as a title itself.
_FIRST_ARTICLE = compiled(r"^\s*第一条")
_ARTICLE_WITHIN = 3
# A line issuing the plan it cites (现将《某县稳经济30条》印发给你们, 关于印发《…》的通知, 《…》已经县政府同意): a work
# report's or a news story's line merely naming it (认真落实《…33条》) says nothing of the line's being its title.
_ISSUES_CITED = compiled(r"(?:印发|现将|转发)《(?P<cited>[^《》]+)》|《(?P<cited>[^《》]+)》(?:现?印发给|已?经\p{Han}{1,12}同意)")


# A document site's name of the page, opening with the province it files the page under in brackets
# ((内蒙古自治区)锡林郭勒盟苏尼特右旗国民经济和社会发展十四五规划(2022年更新), prose-blind32's 苏尼特右旗). It may be the only
# title a page prints ((湖北省)武汉市优化营商环境实施方案), so it is told from one only by the document's own title printed
# under it (metadata.py ``_label_over_own_title``). A bracket of another kind opening a line ((试行), (2021—2025年)) is a
# title's qualifier wrapped onto its own line.
_FILED_UNDER_PLACE = compiled(r"^\s*[(（]\s*\p{Han}{2,12}?(?:省|自治区|特别行政区)\s*[)）]\s*\p{Han}")


def filed_under_place(text: str) -> bool:
    """Whether ``text`` opens with a province in brackets before a name, as a document site files a page under it."""
    return _FILED_UNDER_PLACE.match(fold(text)) is not None


def counted_title(text: str, below: Sequence[str], page: Sequence[str], over: Sequence[str] = ()) -> bool:
    """Whether ``text``, lines read as a title so far, is a plan named by the count of its measures (…高质量发展二十条,
    稳经济30条): it ends with such a count, and the page says the count is its measures' — one of the first lines
    ``below`` it (:data:`_ARTICLE_WITHIN`, none of them a title of its own) opens the first of them as an article
    (第一条…, what the count counts), or a line of the ``page`` issues the whole (现将《…二十条》印发给你们). A line
    counting a target's roads, routes or problems (全年新建农村公路15条) has neither: no article follows it, and no line
    issues it; a regulation quoted further down (附件 / 某县安全生产条例 / 第一条…) or a report's line naming the whole
    (认真落实《…33条》) says nothing of it. ``over`` are the lines of ``text`` before the count's own line and the line
    printed right above ``text``: where one heads a part of the page (:func:`heads_a_part`: 主要工作成效, 一、…), the
    count's line is that part's, a heading counting things, and an article under it confirms nothing (主要工作成效 /
    新建改建农村公路15条 / 第一条…); a plan's own title is printed under no heading of a part (某县促进民营经济 /
    高质量发展二十条 / 第一条… reads)."""
    folded = fold(without_glosses(text)).strip()
    if _MEASURES_COUNT_END.search(folded) is None:
        return False
    # a site's section its breadcrumbs end with, printed alone over the title (首页 > 政务公开 > 重点工作进展 /
    # 重点工作进展), is the site's heading, no part of the page's
    sections = {end.strip() for line in page if (end := breadcrumbs_end(line)) is not None} if over else set()
    for line in below[:_ARTICLE_WITHIN] if not any(heads_a_part(o) and o.strip() not in sections for o in over) else ():
        under = fold(line).strip()
        if _FIRST_ARTICLE.match(under):
            return True
        if TITLE_END.search(under):
            break  # another document's title (附件 某县安全生产条例) over the article
    whole = squash(folded)
    return any(match["cited"] == whole for line in page for match in _ISSUES_CITED.finditer(squash(fold(line))))


def heads_a_part(line: str) -> bool:
    """Whether ``line`` is the heading of a part of a page: no sentence, no labelled line and no site's path, opening
    with an outline number (一、, （二）, 第三章) or ending as the heading of a report's part on the work done (主要工作成效, 工作进展: ``part_heading_endings``
    in tasklist.toml)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary  # the interpret package imports this module

    folded = fold(without_glosses(line)).strip()
    if not folded or is_terminated(folded) or "：" in folded or ":" in folded or is_breadcrumbs(folded):
        return False  # a sentence, a labelled line (专题专栏：…工作成效) or a site's path (首页 > … > 重点工作进展)
    return find_item_marker(folded) is not None or folded.endswith(vocabulary().part_heading_endings)


# Such a title printed with its edition or status on the line under it (建德市关于推动经济高质量发展的若干政策 / (2025年版),
# prose-blind15's 建德): the bracket is the title's, read with it as wrapped_over reads a title's halves.
_COUNTED_END = compiled(r"(?:" + _COUNTED_KINDS + r")$")
# The rest of such a title's kind printed on the line under it (实现经济运行整体好转的若干政策 / 措施的通知, the real
# 若干政策措施 wrapped between its words; …若干政策 / 举措): the line goes on the title, whose kind it ends.
_COUNTED_KIND_GOES_ON = compiled(r"^(?:措施|举措)")
# (an edition, a status or a period: (2025年版), (试行), (修订), (征求意见稿), (2023—2025年); never a note on the page,
# (此件公开发布), nor a measure's deadline, (2024年底前完成))
_QUALIFIER_LINE = compiled(r"^\s*[（(](?=[^()（）]{1,24}[）)])(?![^()（）]*(?:前|完成|截止))[\p{Han}\d—\-－~～至]*?(?:\d{4}|年|版|试行|暂行|修订|征求意见稿|送审稿)"
                           r"[\p{Han}\d—\-－~～至]*[）)]\s*$")
# A title in a line that ran on: 关于 and a kind of document before any sentence's punctuation.
TITLE_IN_LINE = compiled(r"关于[^，。；,;:：]{1,80}?" + _TITLE_KINDS)
# A line that can be part of a title: Chinese text, digits, Latin letters (5G, RCEP, 互联网+),
# brackets and quotes, the tilde of a range of years ((2024~2026年)), nothing else.
TITLE_PART = compiled(r"^[\p{Han}\dA-Za-zＡ-Ｚａ-ｚ（）()、，“”‘’\"《》〈〉〔〕［］\s·—\-+＋~～]+$")
# A gazette's or a site's note after a title's kind of document, its issue's year and number in brackets
# (…的批复(2000年32號)): no qualifier of the title (（试行）, (2026年), （2023—2025年） keep theirs).
_ISSUE_NOTE = compiled(_TITLE_KINDS + r"(?P<note>\s*[（(](?:19|20)\d{2}年第?\d{1,3}[号期][）)])$")


# What a news headline says of the document it names after its title (…的意见正式发布, …实施方案出台): it was published.
_PUBLISHED = compiled(r"\s*(?:正式)?(?:发布|印发|出台|公布)$")


def without_published_news(text: str) -> str:
    """A headline's line without the words a news item adds after the title it names, saying it was published
    (省政府關于…的意見(jiàn)正式發布 → 省政府關于…的意見(jiàn)): the title, where what stands before them ends like one
    (read without a mirror's glosses); a sentence's words before them (…方案已正式发布: 已) or a title's kind followed by
    other words (…意见解读发布) leave the line as it stands."""
    plain, places = without_glosses_mapped(text)
    folded = fold(plain)
    match = _PUBLISHED.search(folded)
    if match is None or match.start() == 0 or TITLE_END.search(folded[:match.start()]) is None:
        return text
    return text[:places[match.start()]]


def without_issue_note(title: str) -> str:
    """``title`` without the issue's year and number a gazette or a copying site printed in brackets after it
    (国务院关于…的批复(2000年32號) → 国务院关于…的批复); any other title as it stands."""
    match = _ISSUE_NOTE.search(fold(title))
    return title[:match.start("note")] if match else title


# Words a title quotes (开展“收好官,开好局”专项行动), which may hold the ASCII comma a copy printed: only there
# is it a title's; outside quotes it makes a sentence's line (各乡镇人民政府,县直各单位).
_QUOTED = compiled(r"“[^“”]*”|‘[^‘’]*’|\"[^\"]*\"")
# The word 文件 alone on its line: a red head printed over two lines (新疆维吾尔自治区人民政府 / 文件), the
# issuer's name over it; the head of the notice, never a line of its title.
RED_HEAD_WORD = compiled(r"^\s*文\s*件\s*$")
# A web page's list item (``- 设为首页``, ``* 无障碍阅读``): the page's tools or menu, never a title.
_LIST_ITEM = compiled(r"^\s*[-*•·]\s")
# A web page's menu or breadcrumbs (首页 新闻中心 政务公开, 当前位置：首页 > 政策文件): the site's way
# about, opening with its home page, never a title (nor part of the headline under it).
_SITE_MENU = compiled(r"^\s*(?:(?:当前|您的|您当前的|您现在的|所在)位置\s*[:：]?\s*)?首\s*页(?:\s|[>＞»›/|｜]|$)")
# A page's own title as a browser shows it: the document's title, a dash or a bar, then the site's name
# (…重点工作部门分工的意见-湖南省人民政府门户网站). The split is at the last such mark: a title may hold a dash
# of its own (2021-2025年).
_SITE_NAME_AFTER = compiled(r"^(?P<title>.+)\s*[-—–－_|｜]\s*(?P<site>[^-—–－_|｜]+)$")


def without_site_name(text: str) -> str:
    """``text`` without the site's name a page's own title closes with (…的意见-湖南省人民政府门户网站 →
    …的意见): what stands after the last dash or bar is a site's banner (tasklist.toml ``site_banners``) and
    what stands before it ends like a title (``TITLE_END``). Any other line is returned as it stands."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    match = _SITE_NAME_AFTER.match(text.strip())
    if match is None or not vocabulary().is_banner(match["site"]):
        return text
    title = match["title"].strip()
    return title if TITLE_END.search(fold(without_glosses(title))) else text


# The steps of a page's breadcrumbs (首页 > 政务公开 > 重大决策).
_CRUMB_STEP = compiled(r"\s*[>＞»›]\s*")


# The last step of breadcrumbs naming the page itself, not a section (首页 > 政务公开 > 自治区文件 > 正文).
_PAGE_ITSELF = compiled(r"^\s*(?:正文|详情|详细内容|内容|文章内容|信息内容)\s*$")


def breadcrumbs_end(text: str) -> str | None:
    """The section a page's breadcrumbs end with (您现在的位置:首页 > 政务公开 > 重大决策: 重大决策), which the
    page prints again alone over the document as its section's heading (the step before a last step
    naming the page itself: … > 自治区文件 > 正文); None for any other line, and for breadcrumbs ending
    with the document's own title (首页 > 政策文件 > 关于印发…的通知)."""
    if _SITE_MENU.match(text) is None:
        return None
    steps = [step for step in _CRUMB_STEP.split(text.strip()) if step]
    if len(steps) > 2 and _PAGE_ITSELF.match(fold(steps[-1])):
        steps = steps[:-1]  # … > 自治区文件 > 正文: the page's own step; its section is the one before
    if len(steps) < 2 or TITLE_END.search(fold(steps[-1])):
        return None
    return steps[-1]


def is_breadcrumbs(text: str) -> bool:
    """Whether ``text`` is a page's breadcrumbs (首页 > 政务公开 > …), whatever they end with."""
    return _SITE_MENU.match(text) is not None


def breadcrumbs_sections(text: str) -> list[str]:
    """The sections breadcrumbs ending with the document's own title pass through (首页 >> 地方政策 >> 大连(辽宁) >>
    技术创新 >> 大连沙河口区关于…的实施方案: 地方政策, 大连(辽宁), 技术创新), each of which the page may print alone over the
    document as a heading of the site's; not the home page opening them. Empty for any other line, and for
    breadcrumbs ending with a section (… > 专题专栏 > 优化营商环境 > 通知公告) or naming the page itself (… > 正文): the
    section they end with is the heading (:func:`breadcrumbs_end`), and a step they pass through printed alone may
    be a title's first line (优化营商环境 / 三年行动方案)."""
    if not is_breadcrumbs(text):
        return []
    steps = [step for step in _CRUMB_STEP.split(text.strip()) if step][1:]
    if not steps or TITLE_END.search(fold(steps[-1])) is None:
        return []
    return steps[:-1]


def names_page_itself(text: str) -> bool:
    """Whether ``text`` is a label naming the page itself (详细内容, 正文, 详情), as a site prints it alone under its
    breadcrumbs over the document: never a line of its title."""
    return _PAGE_ITSELF.match(fold(text)) is not None


# A line copied from a table's cell with its rule (…工作要点的通知 |): the rule is no part of the
# line's text; a line with a rule inside it is a row of cells (索引号 | … | 文号 | …), never one cell.
_CELL_RULED = compiled(r"^\s*[|｜]?\s*(?P<text>[^|｜]*?[^|｜\s])\s*[|｜]?\s*$")


def without_cell_rule(text: str) -> str:
    """``text`` without the rule of the one table cell it was copied from (``…的通知 |``), or as it is
    (a row of several cells, or a line with no rule)."""
    match = _CELL_RULED.match(text)
    return match["text"] if match is not None and match["text"] != text.strip() else text


# A file's name as a document site lists it (…行動計劃方案(2021-2022年)(18頁).docx): an office
# document's extension, and perhaps the site's count of its pages before it, are no part of the title.
_FILE_NAME = compiled(r"^(?P<text>.+?)\s*(?:[（(]\s*\d{1,4}\s*[页頁]\s*[）)])?\s*\.(?i:docx?|wps|pdf|ofd)\s*$")


def without_file_extension(text: str) -> str:
    """``text``, a line that is a file's name (某某实施方案.docx, …(18頁).docx), without its extension
    and the page count a document site prints before it; any other line as it is."""
    match = _FILE_NAME.match(text)
    return match["text"] if match is not None else text


# A document-sharing site's line naming the file it shares, opening the page (《嘉兴市贯彻落实《浙江省…若干措施》实施方案.docx》
# 由会员分享,可在线阅读…): the file's name in 《》, its extension inside, any 《》 of its own within.
_SHARED_FILE = compiled(r"^\s*《(?P<name>(?:[^《》]|《[^《》]*》)+?)\s*\.(?i:docx?|wps|pdf|ofd)\s*》")
# A download's copy number closing a file's name (某某实施方案(1).docx), or a sample site's count of the pieces a file
# collects (工作计划(3篇), …方案(精选5篇)): the user's or the site's, no edition of the document's.
_COPY_NUMBER = compiled(r"[（(](?:\s*\d{1,2}\s*|[^（）()]{0,6}\d{1,3}\s*篇)[）)]\s*$")
# A kind of document alone, two characters of its sort before it at most (实施方案, 工作计划(2023年)): a file's name
# holding no place and no matter, no document's title.
_KIND_ALONE = compiled(r"\s*\p{Han}{0,2}(?:" + _TITLE_KINDS + r")(?:\s*[（(][^（）()]{1,24}[）)])?\s*")


# A span of years closing a file's name with no brackets around it (…实施方案2023-2025年, …规划2021—2025): a document site
# drops the brackets of the plan's (2023-2025年) from the file's name. A single year (…方案2023) is no span.
_BARE_YEAR_SPAN = compiled(r"(?<![\d（(])(?:19|20)\d{2}\s*[-—－~～至]\s*(?:19|20)\d{2}\s*年?$")


def shared_file_name(text: str) -> str | None:
    """The name, without its extension, of the file a document-sharing site's line opens by naming in 《》
    (《某某实施方案.docx》由会员分享…: 某某实施方案), or None: a name in 《》 with no file's extension (《某某法》规定…, a
    law or a plan cited) is none, nor a name the site or its user gave the file — one no title ends (工作计划(3篇)), a bare
    kind (实施方案), a download's copy number after it (…实施方案(1)), a sample site's collection (…方案(通用5篇)). A plan's
    span of years closing the name, its brackets lost (…实施方案2023-2025年: :data:`_BARE_YEAR_SPAN`), ends a title as the
    bracketed span does; a single year there (…方案2023) does not."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    match = _SHARED_FILE.match(text)
    if match is None:
        return None
    name = match["name"].strip()
    folded = fold(name)
    # a plan's years closing its file's name, their brackets lost (…实施方案2023-2025年.docx: the plan's (2023-2025年))
    span = _BARE_YEAR_SPAN.search(folded)
    if span is not None and span.start() > 0 and TITLE_END.search(folded[:span.start()]) is not None:
        folded = folded[:span.start()]
    if TITLE_END.search(folded) is None or _KIND_ALONE.fullmatch(folded) or _COPY_NUMBER.search(folded) \
            or vocabulary().is_page_furniture(name):
        return None  # the site's name for a file, no title: a bare kind (实施方案), a download's copy (…方案(1)), a collection (…(通用5篇))
    return name


def cited_titles(text: str) -> list[str]:
    """The titles of the plans a notice line names (《…》, or 关于印发…的通知), without spaces."""
    folded = fold(text.strip())
    found = [m["title"] for m in _CITED.finditer(folded)]
    issued = _ISSUED.search(folded)
    if issued and not found:
        found.append(issued["title"])
    return [regex.sub(r"\s+", "", title) for title in found]


def is_title_part(text: str) -> bool:
    """Whether a line can be (part of) a title: short, no sentence, no date, no web page's list
    item, menu, toolbar or tools (``page_furniture`` and ``page_end`` of tasklist.toml; pinyin
    glosses aside)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    text = without_glosses(text)
    words = vocabulary()
    if words.is_page_furniture(text) or words.is_page_end(text):  # a site's toolbar, 扫一扫在手机打开当前页, …
        return False  # a site's banner is told by the line under it (see banner_over)
    return (_title_length(text) <= 80 and not text.endswith(("。", "：", ":")) and bool(TITLE_PART.match(_quoted_commas_read(text)))
            and not _LIST_ITEM.match(text) and not _SITE_MENU.match(text) and find_item_marker(text) is None and read_date(text) is None
            and MONTH_LINE.match(text) is None  # a date by its month only (2021年5月)
            and not figures_date_line(text)  # a date whose 年 and 月 the copy lost (2023925日)
            and _FIGURES_DATE.match(text) is None  # a site's date in figures alone (2022-01-02), over the title
            and not _names_several_documents(text)  # a site's tags (实施方案 体检评估工作实施方案 …工作实施方案)
            and _NUMBER_BRACKETS_LOST.match(fold(text)) is None and RED_HEAD_WORD.match(fold(text)) is None)



# A date printed in figures alone on its line, its time of day perhaps after it (2022-01-02, 2021/3/26 14:35): a site's
# day of publishing, printed over or under a page's title, never a line of it.
_FIGURES_DATE = compiled(r"^\s*(?:19|20)\d{2}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")
_TAGS = 3
"""The fewest names of documents a space apart that make a line a site's list of tags or links, no title."""


def _names_several_documents(text: str) -> bool:
    """Whether ``text`` is ``_TAGS`` or more pieces a space apart, each ending with a kind of document (实施方案
    体检评估工作实施方案 住房抗震改造工作实施方案): a site's tags or links to other pages, each a name of its own, never one
    title. A title's pieces a space apart (中共黟县县委 黟县人民政府 关于…的实施意见) end no kind each."""
    pieces = text.split()
    return len(pieces) >= _TAGS and all(TITLE_END.search(fold(piece)) for piece in pieces)


# A 文号 a copy printed without its brackets and 号 (荆区政发20187: 荆区政发〔2018〕7号): a kind of
# document's letters (发, 函, 字) right before the year's four figures and the number's: never a title's part.
_NUMBER_BRACKETS_LOST = compiled(r"^\s*\p{Han}{1,10}?[发函字]\s*(?:19|20)\d{2}\d{1,4}\s*号?\s*$")
# A title issuing several documents names each in full (关于印发《…行动方案》《…行动方案》《…行动方案》的通知):
# its length is its own words', each document it cites counting as one, where no comma outside the
# citations makes the line a sentence and its own words read as a title's (关于 outside the citations, or
# a kind of document closing it): a news lead or a sentence citing them (近日…印发《A》《B》《C》,
# 学习贯彻《A》《B》《C》精神) counts every character.
_CITED_WHOLE = compiled(r"《[^《》]{4,80}》")


def _quoted_commas_read(text: str) -> str:
    """``text`` with the ASCII commas inside its quoted words read as a title's comma (，), and the ASCII angle
    brackets a web copy prints for the titles quoted within a quoted title read as their 〈〉 (:func:`_nested_read`),
    the others kept."""
    return _CITATION.sub(_nested_read, _QUOTED.sub(lambda quoted: quoted[0].replace(",", "，"), text))


# A quoted title (《…》) and, inside it, a title it quotes whose 〈〉 a web copy printed as ASCII angle brackets
# (转发…《关于印发<内蒙古自治区…实施方案>的通知》的通知, 《…关于印发<…计划>和<…计划>的通知》): the inner title opens as a
# title does (a Chinese word, a quoted word “十四五”, or its year 2023年) and holds Chinese text and no markup's letters.
_CITATION = compiled(r"《[^《》]*》")
_NESTED_ASCII = compiled(r"<(?P<inner>(?:\p{Han}|[“‘\"]|(?:19|20)\d{2}\s*年)[^《》<>A-Za-z]*)>")


def _nested_read(citation: regex.Match[str]) -> str:
    """The quoted title ``citation`` with each title it quotes in ASCII angle brackets read as 〈…〉, where every
    angle bracket in it is one of theirs; a citation holding any other (a markup tag <br>, a lone <, a comparison
    a<b) is kept whole, as no title's marks."""
    nested = _NESTED_ASCII.sub(r"〈\g<inner>〉", citation[0])
    return citation[0] if "<" in nested or ">" in nested else nested


def _title_length(text: str) -> int:
    """A line's length as a title's part: a line with no comma outside its citations, whose own words
    open or close a title (关于…, …的通知), counts each whole 《…》 it cites as one character; any
    other line counts every character."""
    short = _CITED_WHOLE.sub("《》", text)
    own = fold(short)
    titled = "关于" in own or TITLE_END.search(own.rstrip()) is not None
    return len(short) if titled and "，" not in short and "," not in short else len(text)


# An attachment's label (附件, 附件2：, 附表1), above a table or list's title: never part of it.
_ATTACHMENT_LABEL = compiled(r"^附\s*[件表]\s*\d*\s*[：:]?\s*$")


def is_attachment_label(text: str) -> bool:
    """Whether ``text`` is an attachment's label alone (附件, 附件2：, 附表1), though 附表 ends like a
    table's title."""
    return _ATTACHMENT_LABEL.match(text.strip()) is not None


# The shortest first line of a title printed over two lines, unless it stops at a joining word (…任务、
# 具体举措及 / 责任分工): a title wraps at a full line; a shorter line above a caption or a title is one
# printed on its own (此件公开发布, a heading's 加强组织领导, a news page's aside 小编带你了解). One rule for
# the document's title (metadata) and a table's or task list's (:func:`wrapped_over`).
WRAPPED_LINE = 8
JOINING_END = ("及", "和", "与", "的", "、", "，", ",", "暨")
# The words a title's second line may open with, going on from a first line that already ended like a title (2025年市
# 《政府工作报告》任务分解 / 和责任分工方案): a conjunction joining a second kind of document to the first (的 goes on too,
# read apart: …实施方案 / 的通知).
JOINING_OPENING = ("及", "和", "与", "暨")


# How a title of its own opens, not going on from a line above it: its year (2024年宜昌市…), 关于,
# 印发/转发/批转, or a citation 《…》 (a place opening it is judged by each caller).
OWN_TITLE_OPENING = compiled(r"^(?:(?:19|20)\d{2}\s*年|关于|印发|转发|批转|《)")


def banner_over(text: str, following: str | None) -> bool:
    """Whether ``text``, a line that may be a site's banner (宜昌政府网, 中国·宜昌: tasklist.toml
    ``site_banners``), is one over ``following``, the next line: nothing follows it, or what
    follows opens on its own — with 关于/印发/转发/批转, a citation 《…》, its year (2024年…), a place
    (宜昌市…) or another banner. A line under it that goes on with it (宜昌市一体化政务服务网 / 建设任务分工表) makes it a
    title's first line."""
    from pilotplans.normalizers.resolve import is_place
    from pilotplans.parsers.interpret.vocabulary import vocabulary
    from pilotplans.parsers.issuer_names import PLACE

    words = vocabulary()
    if not words.is_banner(text):
        return False
    if following is None or not following.strip():
        return True
    folded = fold(following).strip()
    place = PLACE.match(folded)
    return (OWN_TITLE_OPENING.match(folded) is not None or words.is_banner(folded)
            or (place is not None and is_place(place["place"] + place["kind"])))


def counted_kind_goes_on(title: str, line: str) -> bool:
    """Whether ``line`` goes on ``title``, a title ending in a plan named by its measures (…若干政策), with the rest of
    its kind's words and the kind ending it (…若干政策 / 措施的通知, / 举措): the title's kind was cut between its
    words, never a line of its own."""
    folded, following = fold(without_glosses(title)).strip(), fold(line).strip()
    return (_COUNTED_END.search(folded) is not None and _COUNTED_KIND_GOES_ON.match(following) is not None
            and TITLE_END.search(following) is not None and is_title_part(line))


def wrapped_over(previous: str, line: str) -> bool:
    """Whether ``line``, a table's or task list's title, is the second half of a title printed over
    two lines, ``previous`` its first (重庆市服务业扩大开放 / 综合试点工作方案): ``previous`` is a full line
    (see ``WRAPPED_LINE``) or stops at a joining word, can be part of a title and does not end like one, is no body's name (a signature, 宜昌市人民政府), attachment
    label, date or numbered heading, 文号 or note wholly in brackets ((此件公开发布)), and ``line`` does not
    open with a place as a title of its own does (宜昌市…分工表 under a signature)."""
    from pilotplans.parsers.issuer_names import PLACE
    from pilotplans.parsers.metadata import DOC_NO, _is_name

    previous, line = previous.strip(), line.strip()
    folded = fold(without_glosses(previous))
    if _QUALIFIER_LINE.match(line) and _COUNTED_END.search(folded) and is_title_part(previous) and not _is_name(previous):
        return True  # …若干政策 / (2025年版): a plan named by its measures carries its edition on the next line
    if counted_kind_goes_on(previous, line) and not _is_name(previous):
        return True
    return (bool(previous) and (len(previous) >= WRAPPED_LINE or previous.endswith(JOINING_END)) and is_title_part(previous) and TITLE_END.search(folded) is None
            and not banner_over(previous, line)
            and _ATTACHMENT_LABEL.match(previous) is None and not _is_name(previous)
            and DOC_NO.search(folded) is None and BRACKETED_LINE.match(folded) is None
            and PLACE.match(fold(line)) is None and len(previous) + len(line) <= 80)
