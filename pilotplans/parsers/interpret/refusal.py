"""What a refused page is, named from evidence on the page.

A page holding no task table and no task list is refused in one line. Where the page's own lines
show what it is instead, the line names that kind and what the user can do, so that a researcher
can tell a page of the wrong kind, a page the plan is missing from, and a reader's failure apart:

``interpretation``
    a 解读 of a plan: its title (or an opening line) names an interpretation or questions and answers;
``article`` / ``paper``
    writing about policy, on a page issuing no plan, setting out none of its own and printing no plan's numbered
    measures (two at least): an article (a commentator's
    byline opening it, ■本报评论员; a title naming a kind of commentary, 深度解析：…; an opening line posing the
    questions it answers, 为什么要…？如何…？) or a paper (two kinds at least of its apparatus: 摘要 or 关键词, 中图分类号,
    参考文献, an author's unit with its postcode, a journal's issue, its citations' marks [1] [2]); tried before news,
    whose issues and meetings a commentary recounts (■本报评论员 / 日前，国务院印发《X》…);
``other kind``
    a document that sets rules, not measures with owners: its title, or the name its notice issues,
    ends in such a kind (…工作规则, …管理办法, …应急预案), in a kind of outline (…规划纲要), or its head in a kind of
    study (…调研报告, …评估报告), a people's congress committee's report of a law-enforcement inspection (…执法检查组关于
    检查《X法》实施情况的报告) or an evaluation of performance (…绩效评价报告, …自评报告), named so; a page's head is its
    title, or, where the metadata reads none, the first line of its opening shaped as a title;
``speech``
    a speech at a meeting: its head given at one (…在全市三级干部大会上的讲话, …工作会议讲话), or a line of its opening
    addressing its hearers (同志们: / 各位代表：); tried before news, whose meetings held a speech recounts;
``news``
    a news report: an opening line reports (a dateline, a reporting verb, 向记者介绍, a meeting held, 近日…印发; never in
    the sentence by which a document says how it was passed or issued, or sets itself out, naming the meeting that
    passed it: 已经…召开的…常务会议通过，现予印发, …召开的…会议精神，…制定本方案), or
    names its reporter (a byline: a name after 记者 or 通讯员, 本报记者 王某某; the role alone in a sentence,
    为记者采访提供便利, names no one, nor does a title, …记者培训计划, …中外记者见面会) over a page printing none of a plan's numbered parts
    named like a plan's own sections (一、总体要求…: a newspaper reprinting a plan prints a byline over it
    too; a report in parts of its own, 一、坚持高位推动, or listing a plan's points 1. 2. under a byline
    stays news), and no line says the plan's full text follows; or, issuing no plan itself, an opening line
    reports that someone issued one (国务院印发《X》: a news report's or a commentary's), no line prints
    X's title and the page sets out no plan of its own (制定本实施方案, or a plan's part 一、总体要求);
``report``
    a report on progress: its head (its title, or its first title-shaped line where none is read), without the names
    it cites, ends in a kind of report
    (…完成情况, …总结, …通报; …报告 only a report of work done, …工作报告, …执行情况的报告, never a study,
    …调研报告; …评估报告, a pilot's 中期评估报告, only where its parts report work done, 一、试点工作进展情况, with its
    figures, 45家, and none sets out findings or recommendations, 主要发现, 对策建议: a study then), or an opening line
    is an inspection's (督查组, 序时进度), or, printing no title, its first part reports work done (一、主要经济指标
    完成情况) with figures under its parts, none a study's findings, on a page setting out no plan of its own; a title naming a table of progress (…重点工作进展情况统计表) is a
    report's before any news evidence (a progress report recounts the meetings held, 召开经济运行调度会);
``notice``
    a notice issuing a plan, in a notice's shape (its title …关于印发X的通知, or the sentence issuing the plan
    to its addressees, 现将《X》印发给你们, 现予印发, 特予印发, 现发布《X》, 关于发布X的通知), whose page prints no line of the plan's title after it (by any name the notice issues it by: its title's,
    its sentence's 现将《X》印发): the
    plan is in an attachment the page does not hold (附件 named) or the page ends before it;
``no owners``
    the page prints the plan and at least two of its numbered measures, none naming a body, not even as
    its subject (市商务局要…: not this kind then) (and it does
    not end in a bracket its last item opened, cut as it began naming its owners); the line counts the
    measures the page holds, "only the first" of them where evidence shows the page ends before the plan
    does (it stops inside a measure; or, showing no part a plan closes with and no signature, date, closing
    formula or attachment after its measures, it marks itself cut, (未完), falls short of the count its plan
    announces, or, set out in a plan's own sections, 一、总体要求, ends right after its last measure), never as the plan's own count; where the page names an attachment (附件：…分工表) the owners may be in, the line
    says so and to fetch it;
``cut``
    the page names a plan (its title, or one it cites or issues) and ends in one of the plan's parts (its last heading among its last three lines: the
    heading, its lead paragraph, a first item begun), before any measure names its owners; never a part
    a plan closes with (四、保障措施, 五、组织实施) where the page ends as a whole page ends (a sentence
    ended, a date): that page may be the whole plan. Also a page ending mid-sentence in the part opening
    its plan (一、总体要求, named whole as a plan's own section), however many paragraphs past its heading, and a
    page ending in the plan's table of contents (目录: its last lines entries with their pages, 第一章 规划背景 - 2 -).

A page showing the evidence of none keeps the generic line. The words and patterns are data
(``pilotplans/data/refusals.toml``). The kinds are tried only on a page already refused: a plan is
never refused for what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex

from pilotplans.cachedir import code_as_imported
from pilotplans.layout import Layout
from pilotplans.normalizers.glosses import without_glosses
from pilotplans.normalizers.numbers import chinese_to_int
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

FILE = "refusals.toml"
#: How every named refusal opens: the generic refusal's words, which a user (and a script) knows.
_OPENING = "no task table or task list found: "
# A line this short is a site's navigation or a bullet's label, never a page's opening line.
_LINE_AT_LEAST = 8
_BULLETS = "•·●◆■▪-*|> "
# A page is cut in a plan's part when its last heading is among its last this many lines (the heading,
# its lead paragraph, the first item begun): a page going on for longer under it is no excerpt.
_CUT_WITHIN = 3
# A page whose last line ends in a bracket opened this few characters before its end ((责任) was cut as its
# item began naming its owners: it is no plan naming none.
_BRACKET_TAIL_AT_MOST = 10


@dataclass(frozen=True)
class RefusalVocabulary:
    """The compiled evidence of each kind (see the module)."""

    opening_lines: int
    issued: tuple[regex.Pattern[str], ...]
    cited: tuple[regex.Pattern[str], ...]
    issuing_title: tuple[regex.Pattern[str], ...]
    interpretation_title: tuple[regex.Pattern[str], ...]
    interpretation_opening: tuple[regex.Pattern[str], ...]
    interpretation_question: tuple[regex.Pattern[str], ...]
    interpretation_answer: tuple[regex.Pattern[str], ...]
    interpretation_drafted: tuple[regex.Pattern[str], ...]
    article_commentator: tuple[regex.Pattern[str], ...]
    article_title: tuple[regex.Pattern[str], ...]
    article_questions: tuple[regex.Pattern[str], ...]
    paper: tuple[regex.Pattern[str], ...]
    citation: regex.Pattern[str]
    paper_kinds_at_least: int
    other_kind: tuple[regex.Pattern[str], ...]
    outline: tuple[regex.Pattern[str], ...]
    study: tuple[regex.Pattern[str], ...]
    articles: tuple[regex.Pattern[str], ...]
    article_number: tuple[regex.Pattern[str], ...]
    articles_in_sequence: int
    articled_plan: tuple[regex.Pattern[str], ...]
    public_notice: tuple[regex.Pattern[str], ...]
    objection: tuple[regex.Pattern[str], ...]
    public_notice_title: tuple[regex.Pattern[str], ...]
    news_opening: tuple[regex.Pattern[str], ...]
    reported_form: tuple[regex.Pattern[str], ...]
    byline: tuple[regex.Pattern[str], ...]
    titled: tuple[regex.Pattern[str], ...]
    full_text: tuple[regex.Pattern[str], ...]
    reported_issue: tuple[regex.Pattern[str], ...]
    own_plan: tuple[regex.Pattern[str], ...]
    report_opening: tuple[regex.Pattern[str], ...]
    report_any: tuple[regex.Pattern[str], ...]
    work_done: tuple[regex.Pattern[str], ...]
    progress_table: tuple[regex.Pattern[str], ...]
    progress_column: tuple[regex.Pattern[str], ...]
    evaluation: tuple[regex.Pattern[str], ...]
    work_done_part: tuple[regex.Pattern[str], ...]
    figure: tuple[regex.Pattern[str], ...]
    findings_part: tuple[regex.Pattern[str], ...]
    issuing: tuple[regex.Pattern[str], ...]
    attachment: tuple[regex.Pattern[str], ...]
    arrangements: tuple[regex.Pattern[str], ...]
    measure: tuple[regex.Pattern[str], ...]
    owner_subject: tuple[regex.Pattern[str], ...]
    part: tuple[regex.Pattern[str], ...]
    section_part: tuple[regex.Pattern[str], ...]
    heading: tuple[regex.Pattern[str], ...]
    closed_part: tuple[regex.Pattern[str], ...]
    run_in_heading: tuple[regex.Pattern[str], ...]
    closing_part: tuple[regex.Pattern[str], ...]
    whole_end: tuple[regex.Pattern[str], ...]
    plan_end: tuple[regex.Pattern[str], ...]
    cut_mark: tuple[regex.Pattern[str], ...]
    announced: tuple[regex.Pattern[str], ...]
    number: tuple[regex.Pattern[str], ...]
    begun: tuple[regex.Pattern[str], ...]
    contents_entry: tuple[regex.Pattern[str], ...]
    speech_title: tuple[regex.Pattern[str], ...]
    speech_address: tuple[regex.Pattern[str], ...]
    inspection: tuple[regex.Pattern[str], ...]
    performance: tuple[regex.Pattern[str], ...]
    preamble: tuple[regex.Pattern[str], ...]


@lru_cache(maxsize=1)
def vocabulary() -> RefusalVocabulary:
    """The vocabulary of ``pilotplans/data/refusals.toml``, validated (:mod:`.refusal_schema`) and
    compiled once, and kept compiled in the cache folder for the next run, as the task list's is: every
    ``extract`` asks it whether its title is a 解读's (:func:`pilotplans.ingest.programmes.names_an_interpretation`),
    not only a refused page, and importing the schema's models and validating the file cost it some 20 ms."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("refusals", FILE, _CODE, build_vocabulary, RefusalVocabulary)


#: The code validating and compiling the vocabulary, as imported: what the kept one is keyed by.
_CODE = code_as_imported(__file__, Path(__file__).with_name("refusal_schema.py"), Path(__file__).parents[2] / "patterns.py")


def build_vocabulary(text: str) -> RefusalVocabulary:
    """Validate and compile the refusals' vocabulary given as TOML text."""
    from pilotplans.errors import validated_data_file
    from pilotplans.parsers.interpret.refusal_schema import RefusalsFile  # here: a start-up reads the kept one

    data = validated_data_file(RefusalsFile, text, FILE)
    return RefusalVocabulary(
        opening_lines=data.opening_lines, issued=_all(data.issued), cited=_all(data.cited), issuing_title=_all(data.issuing_title),
        interpretation_title=_all(data.interpretation.title), interpretation_opening=_all(data.interpretation.opening),
        interpretation_question=_all(data.interpretation.question),
        interpretation_answer=_all(data.interpretation.answer),
        interpretation_drafted=_all(data.interpretation.drafted),
        article_commentator=_all(data.writing.article_commentator), article_title=_all(data.writing.article_title),
        article_questions=_all(data.writing.article_questions), paper=_all(data.writing.paper),
        citation=compiled(data.writing.citation), paper_kinds_at_least=data.writing.paper_kinds_at_least,
        other_kind=_all(data.other_kind.title), outline=_all(data.other_kind.outline),
        study=_all(data.other_kind.study), articles=_all(data.other_kind.articles),
        article_number=_all(data.other_kind.article_number), articles_in_sequence=data.other_kind.articles_in_sequence,
        articled_plan=_all(data.other_kind.articled_plan),
        public_notice=_all(data.other_kind.public_notice), objection=_all(data.other_kind.objection),
        public_notice_title=_all(data.other_kind.public_notice_title),
        news_opening=_all(data.news.opening), reported_form=_all(data.news.reported_form),
        byline=_all(data.news.byline), titled=_all(data.news.titled), full_text=_all(data.news.full_text),
        reported_issue=_all(data.news.reported_issue), own_plan=_all(data.news.own_plan),
        report_opening=_all(data.report.opening), report_any=_all(data.report.report_any),
        work_done=_all(data.report.work_done), progress_table=_all(data.report.progress_table),
        progress_column=_all(data.report.progress_column), evaluation=_all(data.report.evaluation),
        work_done_part=_all(data.report.work_done_part), figure=_all(data.report.figure),
        findings_part=_all(data.report.findings_part),
        issuing=_all(data.notice.issuing), attachment=_all(data.notice.attachment),
        arrangements=_all(data.notice.arrangements),
        measure=_all(data.items.measure), owner_subject=_all(data.items.owner_subject), part=_all(data.items.part),
        section_part=_all(data.items.section_part),
        heading=_all(data.items.heading), closed_part=_all(data.items.closed_part),
        run_in_heading=_all(data.items.run_in_heading),
        closing_part=_all(data.items.closing_part),
        whole_end=_all(data.items.whole_end), plan_end=_all(data.items.plan_end), cut_mark=_all(data.items.cut_mark),
        announced=_all(data.items.announced), number=_all(data.items.number), begun=_all(data.items.begun),
        contents_entry=_all(data.items.contents_entry),
        speech_title=_all(data.speech.title), speech_address=_all(data.speech.address),
        inspection=_all(data.reviews.inspection), performance=_all(data.reviews.performance),
        preamble=_all(data.preamble.meeting),
    )


def _all(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    return tuple(compiled(pattern) for pattern in patterns)


def _any(patterns: tuple[regex.Pattern[str], ...], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def _without_cited(text: str) -> str:
    """``text`` without the names it cites in 《》: a title's or a line's own words (…关于印发《X》的通知 → …关于印发的通知),
    what its kind is read from, never the kind a cited name ends in."""
    return compiled(r"《[^《》]*》").sub("", text)


def _spaced_lines(layout: Layout) -> list[str]:
    """The page's lines folded to simplified characters, without bullets, the empty left out, with one space for
    each run of spaces they print (a byline's names stand apart so; the kinds read them without the spaces)."""
    lines = (compiled(r"\s+").sub(" ", fold(without_glosses(p.text))).lstrip(_BULLETS).rstrip() for p in layout.paragraphs)
    return [line for line in lines if line]


def _cited(vocab: RefusalVocabulary, text: str) -> str | None:
    """The plan ``text`` names: the name it cites in 《》 or the one its issuing title issues; where the
    name cited is itself a notice issuing a plan (《…关于印发X的通知》), X."""
    for pattern in vocab.issued + vocab.cited + vocab.issuing_title:
        found = pattern.search(text)
        if found:
            # a name cited inside a cited title keeps no marks; one cited inside a name issued (《政府工作报告》任务分解表)
            # is marked as a name inside a name is (〈政府工作报告〉任务分解表)
            name = _inner_marked(_without_outer_marks(found["name"]))
            inner = next((m for m in (p.search(name) for p in vocab.issuing_title) if m), None)
            return _without_outer_marks(inner["name"]) if inner and inner["name"] != name else name
    return None


def _inner_marked(name: str) -> str:
    """``name`` with a name it cites in 《》 marked as a name inside a name is, 〈〉 (《政府工作报告》任务分解表 →
    〈政府工作报告〉任务分解表), as the cause prints the whole in 《》."""
    return name.replace("《", "〈").replace("》", "〉")


# The marks a name cited inside a cited title is printed in (《…关于印发〈X〉的通知》), each with its partner.
_MARK_PARTNERS = {"〈": "〉", "<": ">", "《": "》"}


def _without_outer_marks(name: str) -> str:
    """``name`` without the marks it is cited in inside another title (〈X〉 → X) and without a mark left unpaired
    at either end; a pair of marks within it (《<政府工作报告>重点工作分工方案》: the report it divides up, cited in the
    plan's name) is the name's own and stays."""
    closers = {closer: opener for opener, closer in _MARK_PARTNERS.items()}
    while name:
        first, last = name[0], name[-1]
        if first in _MARK_PARTNERS and name.count(first) > name.count(_MARK_PARTNERS[first]):
            name = name[1:]
        elif last in closers and name.count(last) > name.count(closers[last]):
            name = name[:-1]
        elif first in _MARK_PARTNERS and name.find(_MARK_PARTNERS[first]) == len(name) - 1:
            name = name[1:-1]  # one pair around the whole name
        else:
            return name
    return name


def _asks_and_answers(vocab: RefusalVocabulary, lines: list[str]) -> bool:
    """Whether ``lines``, a page's first, hold a question (``interpretation.question``: 问：方案的出台依据是什么) and an
    answer after it (``interpretation.answer``: 答：…): an interpretation set out as questions and answers."""
    asked = next((k for k, line in enumerate(lines) if _any(vocab.interpretation_question, line)), None)
    return asked is not None and any(_any(vocab.interpretation_answer, line) for line in lines[asked + 1:])


def _plan_s_own_page(vocab: RefusalVocabulary, title: str, opening: list[str]) -> bool:
    """Whether the page is a plan's own: titled by a kind of document (``TITLE_END``, its cited names aside:
    某市…实施方案, 关于印发…的通知) or issuing a plan (:func:`_issues`: 现将《X》印发给你们). Questions and answers
    printed on it (问：本方案适用于哪些单位 / 答：…) are the plan's, no interpretation of it."""
    from pilotplans.parsers.titles import TITLE_END

    return TITLE_END.search(_without_cited(title)) is not None or any(_issues(vocab, line) for line in [title, *opening])


def _drafted(vocab: RefusalVocabulary, opening: list[str]) -> str | None:
    """The plan the first ``opening`` line saying one was drafted (``interpretation.drafted``: 起草拟定了《X》, 形成了《X》)
    names last, or None: a line recounts the plans above before the one drafted under them (省政府制定了《省方案》，…
    市局起草了《市方案》: the 市方案 is the one interpreted)."""
    for line in opening:
        names = [(found.start(), found["name"]) for pattern in vocab.interpretation_drafted
                 for found in pattern.finditer(line)]
        if names:
            return max(names)[1]
    return None


def _issues(vocab: RefusalVocabulary, line: str) -> bool:
    """Whether ``line`` issues a plan itself (现将《X》印发给你们, 关于印发X的通知): 印发 inside a name it
    cites (为贯彻落实《国务院关于印发X的通知》精神) is the cited notice's, and the line a plan's own."""
    return _any(vocab.issuing, _without_cited(line))


def _reports(vocab: RefusalVocabulary, opening: list[str], spaced_opening: list[str], lines: list[str]) -> bool:
    """Whether the page's ``opening`` lines report: a dateline, a reporting verb or a meeting held
    (``news.opening``); an issue or approval in a report's form (``news.reported_form``: 国务院13日发布, 国务院日前下发),
    or a meeting held named in a lead with its day (2月27日，全省商务工作会议在长沙召开), on a page setting out no plan of its own and issuing none (:func:`_own_plan`, :func:`_issues`: a local plan's
    preamble, or its notice, recounts the plan it follows so); or a byline (``news.byline``: a name after 记者 or 通讯员, read in the
    ``spaced_opening``, the lines the opening spans, short ones too, with their spaces; never words ending as a
    title, :func:`_names_reporter`: …中外记者见面会, …记者培训计划) where none of the
    page's ``lines`` is a plan's numbered part named like its own sections (``items.part``,
    :func:`_names_plan_section`: 一、总体要求): under a byline alone, a page printing a plan's own parts is
    the plan a newspaper reprinted, whole or cut; a report's own parts (一、坚持高位推动) and numbered points
    alone (1. 2.) are a report's too."""
    if any(_reports_in(vocab, line) for line in opening):
        return True
    if (any(_any(vocab.reported_form, line) for line in opening) and not _own_plan(vocab, opening, lines)
            and not any(_issues(vocab, line) for line in opening)):
        return True
    return (any(_names_reporter(vocab, line) for line in spaced_opening)
            and not _prints_plan_section(vocab, lines))


def _writing(vocab: RefusalVocabulary, title: str, opening: list[str], lines: list[str]) -> Literal["article", "paper"] | None:
    """Whether the page is a paper, its apparatus showing in two kinds at least (``writing.paper``: 摘要, 关键词,
    中图分类号, 参考文献, an author's unit with its postcode, a journal's issue; or its citations' marks, two
    numbers, ``writing.citation``: …的重要开始。[1]); or an article, a commentator's byline opening it (■本报评论员),
    its ``title`` or first lines naming a kind of commentary (深度解析：…) or an opening line posing the questions it
    answers (为什么要…？如何…？); or neither (None)."""
    kinds = sum(1 for pattern in vocab.paper if any(pattern.search(line) for line in lines))
    cited_numbers = {found["number"] for line in lines for found in vocab.citation.finditer(line)}
    if kinds + (len(cited_numbers) >= 2) >= vocab.paper_kinds_at_least:
        return "paper"
    heads = [title, *opening[:2]]
    short_opening = [line for line in lines[:vocab.opening_lines] if len(line) < _LINE_AT_LEAST]
    if (any(_any(vocab.article_commentator, line) for line in [*short_opening, *opening])
            or any(_any(vocab.article_title, line) for line in heads if line)
            or any(_any(vocab.article_questions, line) for line in opening)):
        return "article"
    return None


def _reports_in(vocab: RefusalVocabulary, line: str) -> bool:
    """Whether ``line`` reports (``news.opening``: a dateline, a reporting verb, a meeting held) outside the words by
    which a document says how it was passed or issued, or sets itself out (``preamble.meeting``: 《X》已经…召开的…常务会议
    通过,现予印发; …召开…，制定本方案): the meeting named there is the document's own history, no event reported; a
    dateline or a reporting verb beside them in the sentence (本报讯 经…会议审议通过，…正式出台) still reports."""
    history = [(found.start(), found.end()) for pattern in vocab.preamble for found in pattern.finditer(line)]
    return any(not any(start <= found.start() < end for start, end in history)
               for pattern in vocab.news_opening for found in pattern.finditer(line))


def _names_reporter(vocab: RefusalVocabulary, line: str) -> bool:
    """Whether ``line`` names who wrote the page (``news.byline``: 记者 张三), not where the words from its 记者 on end
    as a title does (:func:`_is_titled`: …记者培训计划, …中外记者见面会, what the title is about); a headline ending as
    a title before its byline (…若干措施（记者 张三）) still names its reporter."""
    return any(not _is_titled(vocab, line[found.start():]) for pattern in vocab.byline for found in pattern.finditer(line))


def _is_titled(vocab: RefusalVocabulary, line: str) -> bool:
    """Whether ``line`` ends as a title does, in a kind of document (``TITLE_END``: …记者培训计划) or of event
    (``news.titled``: …中外记者见面会, …记者培训班): a title, whose words after 记者 name what it is about, never a byline."""
    from pilotplans.parsers.titles import TITLE_END

    line = line.replace(" ", "")
    return TITLE_END.search(line) is not None or _any(vocab.titled, line)


def _head_titles(title: str, opening: list[str]) -> list[str]:
    """The line a page's kind is read from by its head: its ``title`` as the metadata reads it, or, where none is read
    (a speech's, a report's, an evaluation's title ends in no kind of plan: 市委书记在…大会上的讲话, …的调研报告,
    …建设情况的报告, …绩效单位自评报告), the first of its ``opening`` lines shaped as a title
    (:func:`~pilotplans.parsers.titles.is_title_part`: no sentence, date, numbered heading, nor a site's tools or
    navigation, 中华人民共和国政府信息公开条例, nor info rows, 发布机构:…); a line so shaped further down is a heading of
    the text (重点任务完成情况), never its title. Empty where the page shows none."""
    from pilotplans.parsers.titles import is_title_part

    return [title] if title else [line for line in opening if is_title_part(line)][:1]


def _reports_progress(vocab: RefusalVocabulary, title: str) -> bool:
    """Whether ``title``, without the names it cites in 《》, ends in a kind of report on progress
    (tasklist.toml ``report_title_endings``: …完成情况, …总结, …通报); one ending in a report of any kind
    (``report.report_any``: …报告) only where it reports work done (``report.work_done``: …工作报告, …执行情况的报告),
    not a study (…调研报告, …研究报告, …评估报告)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_list_vocabulary

    cited_removed = _without_cited(title)
    if not cited_removed.endswith(task_list_vocabulary().report_title_endings):
        return False
    return not _any(vocab.report_any, cited_removed) or _any(vocab.work_done, cited_removed)


def head_reports_progress(layout: Layout, title: str | None) -> bool:
    """Whether the page shows itself a report on progress by its head, not by its parts alone
    (:func:`_untitled_report`): its ``title`` (as its metadata reads it, or else its first opening line shaped as a
    title: :func:`_head_titles`) ends as a report's (:func:`_reports_progress`: …工作完成情况, …工作总结), names a table
    of progress or evaluates progress, or an opening line opens as a report does (``report.report_opening``)."""
    vocab = vocabulary()
    lines = [line.replace(" ", "") for line in _spaced_lines(layout)]
    title = _plain_title(title)
    return _reports_by_head(vocab, title, _opening_lines(vocab, lines), lines)


def _plain_title(title: str | None) -> str:
    """The page's title as its metadata reads it, folded, without glosses and spaces ("" for none)."""
    return compiled(r"\s+").sub("", fold(without_glosses(title))) if title else ""


def _articles_in_sequence(vocab: RefusalVocabulary, lines: list[str]) -> list[str] | None:
    """The first ``articles_in_sequence`` article numbers opening lines one after the other in sequence (第五条, 第六条,
    第七条), as printed, or None where no lines open so: an article cited inside a sentence (依据…第五条规定) opens no
    line, and two in a row may be a plan's own numbering."""
    numbers = [(found["number"], chinese_to_int(found["number"])) for line in lines
               if (found := next((m for pattern in vocab.article_number for m in [pattern.match(line)] if m), None))]
    for start in range(len(numbers) - vocab.articles_in_sequence + 1):
        run = numbers[start:start + vocab.articles_in_sequence]
        if all(value is not None for _, value in run) and all(
                run[k + 1][1] == run[k][1] + 1 for k in range(len(run) - 1)):  # type: ignore[operator]
            return [f"第{number}条" for number, _ in run]
    return None


def _opening_lines(vocab: RefusalVocabulary, lines: list[str]) -> list[str]:
    """The page's first lines long enough to say what it is (``opening_lines`` of them)."""
    return [line for line in lines if len(line) >= _LINE_AT_LEAST][:vocab.opening_lines]


def _reports_by_head(vocab: RefusalVocabulary, title: str, opening: list[str], lines: list[str]) -> bool:
    """:func:`head_reports_progress` over the page's plain ``title``, its ``opening`` lines and all its ``lines``."""
    head = _head_titles(title, opening)
    return (_any(vocab.progress_table, _without_cited(title)) or any(_reports_progress(vocab, text) for text in head)
            or any(_evaluates_progress(vocab, text, lines) for text in head)
            or any(_any(vocab.report_opening, line) for line in opening))


def _evaluates_progress(vocab: RefusalVocabulary, title: str, lines: list[str]) -> bool:
    """Whether ``title``, ending in an evaluation (``report.evaluation``: 中期评估报告, 终期评估报告), is a report on
    a pilot's progress by what its page holds: a part reporting work done (``report.work_done_part``: 一、试点工作进展
    情况, 二、取得的主要成效) and a line giving its figures (``report.figure``: 45家, 3.2亿元, 98%), and no part setting
    out findings or recommendations (``report.findings_part``: 主要发现, 对策建议). Otherwise it is a study."""
    return _any(vocab.evaluation, _without_cited(title)) and _parts_report_work_done(vocab, lines, first_only=False)


def _parts_report_work_done(vocab: RefusalVocabulary, lines: list[str], *, first_only: bool) -> bool:
    """Whether the page's parts (``lines`` shaped as ``report.heading``) report work done: a part so named
    (``report.work_done_part``; its first part where ``first_only``), none setting out findings
    (``report.findings_part``: a study's), and a line under the parts giving figures (``report.figure``)."""
    parts = [line for line in lines if _any(vocab.heading, line)]
    reporting = parts[:1] if first_only else parts
    return (any(_any(vocab.work_done_part, part) for part in reporting)
            and not any(_any(vocab.findings_part, part) for part in parts)
            and any(_any(vocab.figure, line) for line in lines if line not in parts))


def _untitled_report(vocab: RefusalVocabulary, title: str, opening: list[str], lines: list[str]) -> bool:
    """Whether a page printing no title of its own is a report of work done by what its parts say: its first part
    reports work done (``report.work_done_part``: 一、主要经济指标完成情况, a county bureau's half-year summary that lost
    its title), a line under the parts gives its figures (``report.figure``: 15.86%), no part sets out findings
    (``report.findings_part``: a study's) and the page sets out no plan of its own, neither in an ``opening`` line
    (结合我市实际，特制订本规划: a plan whose first part reviews the base it builds on, 一、“十一五”时期发展成效) nor in
    a part named like a plan's own section (一、总体要求: a plan cut before its title): :func:`_own_plan`."""
    return (not title and _parts_report_work_done(vocab, lines, first_only=True)
            and not _own_plan(vocab, opening, lines))


def _reported_issue(vocab: RefusalVocabulary, opening: list[str], lines: list[str]) -> str | None:
    """The plan an ``opening`` line reports issued (``news.reported_issue``: 国务院印发《X》), where no line of the
    page (``lines``) prints X as its own title (a news page carrying the plan's text after its report holds the
    plan) and the page sets out no plan of its own, neither in an opening line (``news.own_plan``: 结合我市实际，
    制定本方案: its preamble recounts the plan it follows) nor in a plan's own parts (一、总体要求,
    :func:`_names_plan_section`), or None."""
    if _own_plan(vocab, opening, lines):
        return None
    for line in opening:
        for pattern in vocab.reported_issue:
            for found in pattern.finditer(line):
                # the name is the one 印发 reports, not another the line cites before it (《人民日报》报道，…)
                name = _cited(vocab, line[found.end() - 1:])
                if name and not any(_titles(other, name) for other in lines):
                    return name
    return None


def reports_progress_in(labels: list[str]) -> str | None:
    """The first of a table's column ``labels`` naming the progress of work (``report.progress_column``: 进展情况,
    工作进展), read without its spaces, or None."""
    vocab = vocabulary()
    return next((label for label in labels if _any(vocab.progress_column, compiled(r"\s+").sub("", fold(label)))), None)


def _own_plan(vocab: RefusalVocabulary, opening: list[str], lines: list[str]) -> bool:
    """Whether the page sets out a plan of its own, in an ``opening`` line (``news.own_plan``: 结合我市实际，制定本方案)
    or in a plan's own parts among its ``lines`` (一、总体要求, :func:`_prints_plan_section`): a plan whose preamble
    recounts the plan it follows, no report of it."""
    return any(_any(vocab.own_plan, line) for line in opening) or _prints_plan_section(vocab, lines)


def _names_plan_section(vocab: RefusalVocabulary, part: str) -> bool:
    """Whether a ``part`` (一、…) is named like one of a plan's own sections (一、总体要求, 三、保障措施:
    ``plan_sections`` in tasklist.toml, ``items.section_part``), not a report's (一、坚持高位推动)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_list_vocabulary

    return any(name in part[:24] for name in task_list_vocabulary().plan_sections) or _any(vocab.section_part, part)


def _prints_plan_section(vocab: RefusalVocabulary, lines: list[str]) -> bool:
    """Whether one of ``lines`` is a numbered part (``items.part``) named like a plan's own section (一、总体要求)."""
    return any(_any(vocab.part, line) and _names_plan_section(vocab, line) for line in lines)


def _public_notice(vocab: RefusalVocabulary, first_lines: list[str], lines: list[str]) -> bool:
    """Whether the page is a public notice (公示): one of its ``first_lines`` puts a list or a result up
    (``other_kind.public_notice``: 现将…名单进行公示) and one of its ``lines`` names the objections it takes
    (``other_kind.objection``: 公示期, 如有异议). Never a plan's page, nor a notice one of whose numbered parts
    arranges a 公示 to come: one printing its measures (two at least: a
    plan may ask for a list to be 公示), one issuing a plan (现将《X方案》印发给你们…结果将进行公示: the plan is the
    attachment to fetch), or one putting a named plan up (现将《X方案(征求意见稿)》予以公示: a draft plan offered
    for comment, ``TITLE_END``)."""
    from pilotplans.parsers.titles import TITLE_END

    # the page's own line puts it up, not one of its numbered parts or items (三、评审公示。…评审结果予以公示: a step
    # a notice of application arranges)
    putting_up = [line for line in first_lines if _any(vocab.public_notice, line)
                  and not (_any(vocab.part, line) or _any(vocab.number, line))]
    if not putting_up or not any(_any(vocab.objection, line) for line in lines):
        return False
    if len(_measures(vocab, lines)) >= 2 or any(_issues(vocab, line) for line in lines):
        return False
    return not any(name is not None and TITLE_END.search(name) for name in (_cited(vocab, line) for line in putting_up))


# An attachment line's label and the number of its first attachment (附件:, 附件1:, 附件：1.), before the name it prints.
_ATTACHMENT_LABEL = compiled(r"^\s*附\s*件\s*[\d１-９]?\s*[:：]?\s*(?:[\d１-９]{1,2}\s*[.．、]\s*)?")


def _attachment_name(line: str) -> str | None:
    """The name an attachment line prints after its label (附件:2016年县政府重点工作任务分解表, 附件:《政府工作报告》任务分解表
    → 〈政府工作报告〉任务分解表), or None where it prints none a plan's name could be (附件, 附件:1)."""
    label = _ATTACHMENT_LABEL.match(line)
    if label is None:
        return None
    name = _inner_marked(_without_outer_marks(line[label.end():].strip().rstrip("。；;")))
    return name if len(name) >= 4 and regex.search(r"\p{Han}", name) else None


def _named(name: str | None) -> str:
    return f" 《{name}》" if name else ""


RefusalKind = Literal["interpretation", "article", "paper", "other_kind", "speech", "news", "report", "attachment", "notice_cut", "no_owners", "cut"]


@dataclass(frozen=True)
class Refusal:
    """What a refused page is (``kind``, one of the module's, ``notice`` parted into ``attachment`` and
    ``notice_cut``) and the one line it is refused with (``cause``). ``readable_declared``: the line is a plan's
    naming no owners on the page and no attachment they may be in, so it may say how the page is read declared a
    local plan (:meth:`as_declarable`)."""

    kind: RefusalKind
    cause: str
    readable_declared: bool = False

    def as_declarable(self) -> Refusal:
        """The refusal of a page that, not declared a local plan, would be read as one whose measures name no owner
        if it were: its line says how to have it read so (only a plan naming no owners, ``readable_declared``)."""
        return replace(self, cause=self.cause + _AS_LOCAL_PLAN) if self.readable_declared else self


def refused_as(layout: Layout, title: str | None) -> Refusal | None:
    """The kind a refused page shows itself to be and the line it is refused with (see the module), or None (the
    generic cause then stands). ``title`` is the page's title as its metadata reads it."""
    vocab = vocabulary()
    spaced = _spaced_lines(layout)
    lines = [line.replace(" ", "") for line in spaced]
    if not lines:
        return None
    title = _plain_title(title)
    opening = _opening_lines(vocab, lines)
    # a byline is a short line of its own (本报记者 王某某): read among all the lines the opening spans
    spans = [k for k, line in enumerate(lines) if len(line) >= _LINE_AT_LEAST][:vocab.opening_lines]
    spaced_opening = spaced[:spans[-1] + 1] if spans else spaced[:vocab.opening_lines]
    name = _cited(vocab, title) or next((n for n in (_cited(vocab, line) for line in opening) if n), None)
    heads = [title, *opening[:2]]  # the title, and the lines a page prints its own title on
    first_lines = lines[:vocab.opening_lines * 2]
    if (any(_any(vocab.interpretation_title, line) for line in heads)
            or any(_any(vocab.interpretation_opening, line) for line in first_lines)
            or (_asks_and_answers(vocab, first_lines) and not _plan_s_own_page(vocab, title, opening))):
        # the plan it interprets: its title's, or the one its opening says was drafted (…起草拟定了《X》), before a
        # plan it recounts as issued above it (省政府印发了《上级方案》…)
        interpreted = _cited(vocab, title) or _drafted(vocab, opening) or name
        return Refusal("interpretation", f"{_OPENING}"
                       f"a policy interpretation (解读){' of' + _named(interpreted) if interpreted else ''}, not the plan "
                       f"itself — find the plan's own notice and read that")
    issued_name = _cited(vocab, title) if _issues(vocab, title) else None
    head = _head_titles(title, opening)
    evaluated_progress = any(_evaluates_progress(vocab, text, lines) for text in head)
    for patterns, what, texts in (
            (vocab.other_kind, "a document of rules", (title, issued_name or "")),
            (vocab.outline, "an outline of goals and tasks", (title, issued_name or "")),
            (() if evaluated_progress else vocab.study, "a study of a question", (*head, issued_name or "")),
            (vocab.inspection, "a people's congress committee's report of its inspection of how a law is enforced "
                               "(执法检查)", (*head, issued_name or "")),
            (vocab.performance, "an evaluation of performance against its targets", (*head, issued_name or ""))):
        found = next(((text, m) for text in texts if text for pattern in patterns
                      for m in [pattern.search(_without_cited(text))] if m), None)
        if found is not None:
            text, matched = found
            kind = matched.groupdict().get("kind")
            named = f"a {kind}, {what}" if kind else what
            return Refusal("other_kind", f"{_OPENING}"
                           f"{_named(issued_name or text).strip() or 'the page'} is {named}, "
                           f"not a plan of measures with their owners — pilotplans reads task plans")
    # a page opening with its first article (第一条 为了…) is a document of rules set out in articles, whatever names
    # it (a draft offered for comment, 关于公开征求《…条例(草案修改稿)》意见的公告; a 制度 without its title), unless
    # it names itself, or the plan it issues, by a kind of plan (…若干措施: a plan whose measures are numbered 第一条…)
    if (any(_any(vocab.articles, line) for line in opening)
            and not any(_any(vocab.articled_plan, text) for text in (name, title) if text)):
        return Refusal("other_kind", f"{_OPENING}"
                       f"{_named(issued_name or name).strip() or 'the page'} is a document of rules set out in articles "
                       f"(第一条…), not a plan of measures with their owners — pilotplans reads task plans")
    # so is a page cut from a document of rules, its lines opening with articles in sequence (第五条 / 第六条 / 第七条:
    # a 管理办法 copied from its middle, no title naming it), unless it names a kind of plan as above, in its title or on
    # the lines a page prints its own title on (沙河县促进民营经济高质量发展二十条 over 第五条…: a plan of measures)
    if ((run := _articles_in_sequence(vocab, lines)) is not None
            and not any(_any(vocab.articled_plan, text) for text in (name, title, *opening[:2]) if text)):
        return Refusal("other_kind", f"{_OPENING}"
                       f"{_named(issued_name or name).strip() or 'the page'} prints the articles of a document of rules "
                       f"({'、'.join(run)}…), not a plan of measures with their owners — pilotplans reads task plans")
    # a page putting a list up for objections in its opening (现将…名单进行公示 … 公示期为…) is a public notice, unless
    # it is a plan's page (:func:`_public_notice`), or a news report recounting a 公示 and the objections it takes
    # (本报讯…名单已于8月28日进行公示，…如有异议…: the news line below); a page titled as a public notice (关于…的公示)
    # is one, though its opening recounts the meeting that chose the list with its day, as news opens
    if _public_notice(vocab, first_lines, lines) and (any(_any(vocab.public_notice_title, line) for line in heads)
                                                      or not _reports(vocab, opening, spaced_opening, lines)):
        return Refusal("other_kind", f"{_OPENING}"
                       f"the page is a public notice (公示) putting a list or a result up for objections, not a plan of "
                       f"measures with their owners — pilotplans reads task plans")
    spoken = next((text for text in head if _any(vocab.speech_title, _without_cited(text))), None)
    # a line addressing its hearers (同志们: / 各位代表：) opens a speech, or an address read to a meeting (a 政府工作报告)
    address = next((found.group(0) for line in lines[:len(spaced_opening)] for pattern in vocab.speech_address
                    for found in [pattern.search(line)] if found), None)
    if spoken is not None or address is not None:
        what = ("a speech at a meeting (讲话)" if spoken is not None
                else f"a speech or address to a meeting (opening `{address}`)")
        return Refusal("speech", f"{_OPENING}"
                       f"{_named(spoken).strip() or 'the page'} is {what}, not a plan of measures with their owners "
                       f"— find the plan or task list that puts what it announces into effect and read that")
    full_text_at = next((k for k, line in enumerate(lines) if _any(vocab.full_text, line)), None)
    progress_table = _any(vocab.progress_table, _without_cited(title))
    # a page printing a plan's numbered measures (two at least) is that plan's page, whatever its head asks or the
    # fields its site prints around it: its measures name no owners, or it is cut (below). Tried before news: a
    # commentary recounts what was issued or held (■本报评论员 / 日前，国务院印发《X》…), as a speech does, and a
    # paper's abstract what it studies (摘要：近日，国务院印发…)
    writing = (None if full_text_at is not None or _own_plan(vocab, opening, lines)
               or any(_issues(vocab, line) for line in lines) or len(_measures(vocab, lines)) >= 2
               else _writing(vocab, title, opening, lines))
    if writing == "paper":
        return Refusal("paper", f"{_OPENING}"
                       f"a research paper (its abstract, keywords, author's unit or citations){' about' + _named(name) if name else ''}, "
                       f"not a plan — find the plan it studies and read that")
    if writing == "article":
        # the plan it recounts issued (国务院印发《X》) is what it is about, before a report it cites first (世界银行发布的
        # 《2020营商环境报告》显示…)
        about = _reported_issue(vocab, opening, lines) or name
        return Refusal("article", f"{_OPENING}"
                       f"an article (a commentary or analysis){' about' + _named(about) if about else ''}, not the plan "
                       f"itself — find the plan's own notice and read that")
    if full_text_at is None and not progress_table and _reports(vocab, opening, spaced_opening, lines):
        return Refusal("news", f"{_OPENING}"
                       f"a news report{' about' + _named(name) if name else ''}, not the plan itself "
                       f"— find the plan's own notice and read that")
    if _reports_by_head(vocab, title, opening, lines) or _untitled_report(vocab, title, opening, lines):
        # a table of progress cites in its rows what the work did (研究制定《X》): only its title names its plan
        reported = _cited(vocab, title) if progress_table else name
        return Refusal("report", f"{_OPENING}"
                       f"a report on the progress of{_named(reported) or ' a plan'}, not the plan itself "
                       f"— read the plan it reports on")
    plan_at = full_text_at
    issuing = [(k, n) for k, line in enumerate(lines) if _issues(vocab, line)
               for n in [_cited(vocab, line) or (_cited(vocab, title) if k < vocab.opening_lines * 2 else None)] if n]
    issued = issuing[0] if issuing else None
    if issued is not None and plan_at is None:
        at, name = issued
        # the notice may name its plan two ways (关于印发2009年主要目标任务分解的通知, then 现将《合肥市人民政府2009年
        # 主要目标任务》印发给你们): the plan's title line, after the line naming it so, prints either
        plan_at = next((k for k in range(at + 1, len(lines))
                        if any(_titles(lines[k], n) for j, n in issuing if j < k)), None)
        if (plan_at is None and not any(_any(vocab.arrangements, lines[k]) for k, _ in issuing)
                and any(_any(vocab.measure, line) for line in lines[at + 1:])):
            plan_at = at  # the plan's text follows the notice without its title printed again
        if plan_at is None:
            attached = next((line for line in lines[at:] if _any(vocab.attachment, line)), None)
            if attached is not None:
                # the attachment's own name, where its line prints one, names the plan the page does not hold when
                # the notice names only what its tasks come from (现将《政府工作报告》中涉及2016年的各项目标任务分解下达 /
                # 附件:2016年县政府重点工作任务分解表); a plan the notice or its title issues by name (现将《X方案》印发给你们)
                # is the one named, whatever its first attachment is (附件：联系人回执, 附件1：重点任务分工表)
                if not (_any(vocab.issuing_title, title) or any(_any(vocab.issued, text)
                                                                 for text in (title, *(lines[k] for k, _ in issuing)))):
                    name = _attachment_name(attached) or name
                return Refusal("attachment", f"{_OPENING}"
                               f"the notice issues{_named(name)} as an attachment the page does not hold "
                               f"— fetch the attachment (extract the notice's URL to follow its attachments)")
            return Refusal("notice_cut", f"{_OPENING}"
                           f"the notice issuing{_named(name)} ends before the plan's text — the page is cut: "
                           f"find the page or attachment that holds the plan")
    if issued is None and plan_at is None:
        reported = _reported_issue(vocab, opening, lines)
        if reported is not None:
            return Refusal("news", f"{_OPENING}"
                           f"a page reporting that{_named(reported)} was issued (a news report or commentary), not the "
                           f"plan itself — find the plan's own notice and read that")
    body = lines[plan_at + 1:] if plan_at is not None else lines
    measures = _measures(vocab, body)
    name = name if plan_at is not None or issued else (title or name)
    # measures naming bodies as their subjects (市商务局要…) name who carries them out, in a shape not read
    names_bodies = any(_any(vocab.owner_subject, measure) for measure in measures)
    if len(measures) >= 2 and not names_bodies and not _ends_in_open_bracket(lines[-1]):
        attached = next((line for line in body if _any(vocab.attachment, line)), None)
        held = _held(vocab, body, measures, name)
        if attached is not None:  # its owners may be in the attachment (附件：重点任务分工表), not on the page
            return Refusal("no_owners", f"{_OPENING}"
                           f"{held}, none of them naming a body responsible on the page, and it names an attachment "
                           f"(`{attached[:24]}{'…' if len(attached) > 24 else ''}`) the page does not hold — fetch "
                           f"the attachment (extract the notice's URL to follow its attachments)")
        return Refusal("no_owners", f"{_OPENING}"
                       f"{held}, none of them naming a body responsible (no 责任单位/牵头单位) — pilotplans reads plans "
                       f"that name who carries out each measure", readable_declared=True)
    # a part's heading run into its text after a colon ((五)使用规则:消费者…) is the part the page ends in, named alone
    last_at = max((k for k, line in enumerate(body)
                   if _any(vocab.heading, line) or _run_in(vocab, line) or _closed_part_heading(vocab, body, k)),
                  default=None)
    # a page ending in the part a plan closes with, as a whole page ends, may be the whole plan (its heading run
    # into its text too: 三、保障措施:各区要…。)
    closes = (last_at is not None and _any(vocab.closing_part, _run_in(vocab, body[last_at]) or body[last_at])
              and _any(vocab.whole_end, body[-1]))
    # a page naming no plan (no title read, none cited or issued) shows no plan it could be an excerpt of, unless it
    # sets a plan of its own out (制定本方案, or a plan's own part, 一、总体要求: a plan copied without its title): the plan
    plan = _named(name) if name else (" the plan" if _own_plan(vocab, opening, lines) else "")
    if plan and last_at is not None and len(body) - last_at <= _CUT_WITHIN and not closes:
        last = _run_in(vocab, body[last_at]) or body[last_at]
        where = f" in its part `{last[:20]}{'…' if len(last) > 20 else ''}`" if last else ""
        return Refusal("cut", f"{_OPENING}"
                       f"the page ends{where}, before any numbered measure of{plan} names "
                       f"its owners — the page is cut: find the page or attachment that holds the whole plan")
    if name and _ends_in_contents(vocab, body):
        return Refusal("cut", f"{_OPENING}"
                       f"the page ends in the table of contents (目录) of{_named(name)}, before its text — the page is "
                       f"cut: find the page or attachment that holds the whole plan")
    opening_part = _opening_part_ended_in(vocab, body)
    if plan and opening_part is not None:
        where = f" in its part `{opening_part[:20]}{'…' if len(opening_part) > 20 else ''}`"
        return Refusal("cut", f"{_OPENING}"
                       f"the page ends{where}, before any numbered measure of{plan} names "
                       f"its owners — the page is cut: find the page or attachment that holds the whole plan")
    return None



def _closed_part_heading(vocab: RefusalVocabulary, body: list[str], at: int) -> bool:
    """Whether ``body[at]``, a part of the outermost rank closed by its stop (``items.closed_part``: 一、…加强教育系统党的
    建设。), is a part's heading: a numbered item (``items.number``: 1. / （一）) opens the next line that prints
    anything. A part so closed with none under it (三、请各单位于5月底前报送工作总结。 over a notice's signature) is a
    sentence numbered as a part, and a whole page may end with it."""
    if not _any(vocab.closed_part, body[at]):
        return False
    following = next((line for line in body[at + 1:] if line.strip()), None)
    return following is not None and _any(vocab.number, following.strip())


def _run_in(vocab: RefusalVocabulary, line: str) -> str | None:
    """The heading ``line`` opens with, run into its text after a colon (``items.run_in_heading``: (五)使用规则:…),
    without the colon and text; None where it opens with none."""
    found = next((m for m in (p.match(line) for p in vocab.run_in_heading) if m), None)
    return found["heading"] if found is not None else None


# How many of a page's last lines are looked at for a table of contents it ends in, and how many of them must be its entries.
_CONTENTS_TAIL, _CONTENTS_AT_LEAST = 6, 3


def _ends_in_contents(vocab: RefusalVocabulary, body: list[str]) -> bool:
    """Whether the page's last lines are a plan's table of contents (``items.contents_entry``: 第一章 规划背景 - 2 -): at
    least three of its last six, the last line one or cut short inside one (第四节 构建以)."""
    tail = [line for line in body if line][-_CONTENTS_TAIL:]
    entries = [k for k, line in enumerate(tail) if _any(vocab.contents_entry, line)]
    return len(entries) >= _CONTENTS_AT_LEAST and entries[-1] >= len(tail) - 2


def _opening_part_ended_in(vocab: RefusalVocabulary, body: list[str]) -> str | None:
    """The part opening a plan (一、总体要求: named like a plan's own sections, never one a plan closes with) a
    page ends in mid-sentence, however many paragraphs past its heading (新乡…行动计划: 一、总体要求 / （一）指导思想。…
    / （二）发展目标。… / 产业结构更优。…占规模以上工业增加), or None. A plan's measures follow its opening part, so a
    page stopping inside it, its last line unended, holds no whole plan; one ending a sentence there keeps the
    generic line, as does one showing a plan's end after the part's heading (``plan_end``: the issuer or date it is
    signed with, （此件公开发布）, 附件：…, lines no sentence ends)."""
    if not body or _any(vocab.whole_end, body[-1]):
        return None
    last = max((k for k, line in enumerate(body) if _any(vocab.part, line)), default=None)
    if last is None or _any(vocab.closing_part, body[last]) or not _is_plan_section(vocab, body[last]):
        return None
    if any(_any(vocab.plan_end, line) for line in body[last + 1:]):
        return None
    return body[last]


def _is_plan_section(vocab: RefusalVocabulary, part: str) -> bool:
    """Whether a ``part`` (一、总体要求) is named whole as one of a plan's own sections (``plan_sections`` in
    tasklist.toml, or a name ending as ``items.section_part`` does): not 一、经济社会发展主要预期目标分解（11项）, a
    breakdown of targets whose name merely holds one."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_list_vocabulary

    marker = next((m for p in vocab.part if (m := p.match(part)) is not None), None)
    name = fold(part[marker.end() if marker else 0:]).strip().rstrip("。")
    return name in task_list_vocabulary().plan_sections or _any(vocab.section_part, name)


# How a plan naming no owners is read all the same: declared a local plan of a national one, its measures
# are read with their owners missing (tasklist.mark_ownerless_measures; diff2's real published plans).
_AS_LOCAL_PLAN = ("; declared a local plan of a national one (a `parent` in its manifest entry, or "
                  "`pilotplans diff NATIONAL FILE`), it is read with its owners missing")


def _held(vocab: RefusalVocabulary, body: list[str], measures: list[str], name: str | None) -> str:
    """What the page holds of the plan ``name``: its ``measures`` counted, as the page's count, not the
    plan's; where the page ends before the plan does (:func:`_ends_before_plan`), only the first so many."""
    plan = f"《{name}》" if name else "the plan"
    if _ends_before_plan(vocab, body, measures):
        return f"the page holds only the first {len(measures)} numbered measures of {plan} before it ends"
    return f"the page holds {len(measures)} numbered measures of {plan}"


def _ends_before_plan(vocab: RefusalVocabulary, body: list[str], measures: list[str]) -> bool:
    """Whether the page ends before the plan whose ``measures`` its ``body`` prints does, by evidence, not by its last
    character alone: it stops inside its measures (its last measure among its last ``_CUT_WITHIN`` lines, its last
    line that measure or a numbered item begun, ``items.begun``, and ending no sentence, no date: ``whole_end``);
    or, showing nothing of a plan's end (no part a plan closes with, ``closing_part``, and after its last measure no
    signature, date, closing formula or attachment, ``plan_end``), it marks itself cut after its last measure
    (``cut_mark``: (未完), 阅读全文), or its last measure falls short of the count its text announces before its
    measures (``announced``: 提出以下十条措施; a count a measure names, 制定10项标准, is the measure's), or,
    setting the plan out in its own sections (一、总体要求…, :func:`_names_plan_section`), it ends within
    ``_CUT_WITHIN`` lines of its last measure, reaching no part after it (a plan's list of measures alone, 1. … 10., or its parts of measures
    alone, 一、加大财政支持 (一)…, may end so whole). A page showing a plan's end is never called cut but where it
    stops inside a measure."""
    last_at = max(k for k, line in enumerate(body) if line == measures[-1])
    near_end = len(body) - last_at <= _CUT_WITHIN
    stops_inside = last_at == len(body) - 1 or _any(vocab.begun, body[-1])
    if near_end and stops_inside and not _any(vocab.whole_end, body[-1]):
        return True
    after = body[last_at + 1:]
    if (any(_any(vocab.heading, line) and _any(vocab.closing_part, line) for line in body)
            or any(_any(vocab.plan_end, line) for line in after)):
        return False
    if any(_any(vocab.cut_mark, line) for line in body[last_at:]):
        return True
    # the count a plan announces before its measures (提出以下十条措施), not one a measure names (制定10项标准)
    first_at = min(k for k, line in enumerate(body) if line == measures[0])
    announced = _announced(vocab, body[:first_at])
    number = _number(vocab, measures[-1])
    if announced is not None and number is not None and max(number, len(measures)) < announced:
        return True
    # a plan set out in its own sections (一、总体要求…) and never reaching the part such a plan closes with (保障措施: a
    # part after its last measure is that part, however named, 三、抓好贯彻落实); a list of measures alone, or parts of
    # measures alone (一、加大财政支持 (一)…, a 若干措施's), may end so whole
    return (near_end and _prints_plan_section(vocab, body)
            and not any(_any(vocab.part, line) for line in after))


def _announced(vocab: RefusalVocabulary, body: list[str]) -> int | None:
    """The count of measures the plan announces in ``body`` (提出以下十条措施: 10), or None."""
    from pilotplans.normalizers.numbers import chinese_to_int

    found = next((m for line in body for pattern in vocab.announced for m in [pattern.search(line)] if m), None)
    return chinese_to_int(found["count"]) if found else None


def _number(vocab: RefusalVocabulary, measure: str) -> int | None:
    """The number a ``measure`` opens with (``items.number``: 3. → 3, （三） → 3), or None."""
    from pilotplans.normalizers.numbers import chinese_to_int

    found = next((m for pattern in vocab.number for m in [pattern.search(measure)] if m), None)
    return chinese_to_int(found["number"]) if found else None


def _titles(line: str, name: str) -> bool:
    """Whether ``line`` prints the plan ``name`` as its own title (whole, or the first line of a title
    printed over two, or with the dates a title adds)."""
    name = compiled(r"\s+").sub("", name)
    return len(line) >= _LINE_AT_LEAST and not line.startswith("《") and (line == name or name.startswith(line) or (
        line.startswith(name) and len(line) <= len(name) + 16))


def _measures(vocab: RefusalVocabulary, lines: list[str]) -> list[str]:
    """The lines of ``lines`` numbered like measures, less those under a part named like a plan's own
    section (一、总体要求, 二、发展目标, 一、分工原则: ``plan_sections``, ``section_part``) and those so named
    themselves ((一)指导思想。)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_list_vocabulary

    sections = task_list_vocabulary().plan_sections
    measures: list[str] = []
    in_section = False
    for line in lines:
        if _any(vocab.part, line):
            in_section = _names_plan_section(vocab, line)
        if in_section or not _any(vocab.measure, line):
            continue
        head = compiled(r"[。；;：:]").split(line, maxsplit=1)[0]
        if not any(name in head for name in sections):
            measures.append(line)
    return measures


def _ends_in_open_bracket(line: str) -> bool:
    """Whether ``line`` ends inside a bracket opened at most ``_BRACKET_TAIL_AT_MOST`` characters before
    its end (…企业。(责任): the item was cut as it began naming its owners."""
    from pilotplans.parsers.interpret.cut_bracket import open_bracket

    at = open_bracket(line)
    return at is not None and len(line) - at - 1 <= _BRACKET_TAIL_AT_MOST
