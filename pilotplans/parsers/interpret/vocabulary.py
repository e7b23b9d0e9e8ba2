"""The vocabulary of prose task lists (``pilotplans/data/tasklist.toml``), validated when loaded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from pilotplans import textutil
from pilotplans.cachedir import code_as_imported
from pilotplans.errors import validated_data_file
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled
from pilotplans.textutil import longest_first

FILE = "tasklist.toml"


# The spaces a page prints between a label's characters (联 系 人)
_SPACES = compiled(r"[ \t\u3000]+")


@dataclass(frozen=True)
class ConventionPattern:
    """A pattern of a note on how a table names its bodies (排在第一位的为牵头单位), its kind and the role it gives."""

    kind: str
    pattern: regex.Pattern[str]
    role: str | None


@dataclass(frozen=True)
class TaskListVocabulary:
    """The compiled vocabulary: brackets, separators, body endings, deadlines, furniture, conventions."""

    closers: dict[str, str]  # opener → closer
    after_bracket: str
    field_roles: frozenset[str]
    assigning_roles: frozenset[str]
    body_endings: tuple[str, ...]
    body_max_length: int
    generic_body_endings: tuple[str, ...]  # body endings naming no kind in particular (部门, 单位)
    cited_number_lead_ins: tuple[str, ...]
    borrowing_lead_ins: tuple[str, ...]  # words saying a sentence borrows from what it cites (借鉴, 参考)
    sentence_openings: tuple[str, ...]  # words a sentence opens with, never a body's name (根据, 按照)
    title_run_in_openings: tuple[str, ...]  # a clause of reference a heading's title may run into (按照)
    label_object_words: tuple[str, ...]  # words a sentence names a label by as its object (向, 由)
    header_label_qualifiers: tuple[str, ...]  # words a column label may open with before a listed label (第一)
    number_kind_letters: frozenset[str]  # a 文号's letters of its kind of document (发, 办, 函), no issuer's
    leader_posts: tuple[str, ...]  # how a leader's post ends (副市长, 秘书长): a person, never a body
    level_word_nouns: tuple[str, ...]  # common nouns a level marker opens (市场, 区域): no level
    aside_openers: tuple[str, ...]  # words opening a bracket that remarks on the text (含…, 以下简称…)
    lead_heading_endings: tuple[str, ...]  # how a heading naming the lead of its items ends (牵头工作)
    leader_heading_endings: tuple[str, ...]  # how a heading naming its items' leader ends (某某市长主抓重点工作)
    closing_notes: tuple[regex.Pattern[str], ...]  # how a line saying who does the items above it opens (以上任务由…)
    owner_sentences: tuple[regex.Pattern[str], ...]  # a line naming the owners of the items above it by count (4项目标的责任单位均为X)
    owner_sentence_own_duty: tuple[regex.Pattern[str], ...]  # an item's words naming its own doer so (…，由X负责)
    item_topics: tuple[regex.Pattern[str], ...]  # how a sentence naming the item itself opens before 由 (此项活动由…)
    partner_names: tuple[regex.Pattern[str], ...]  # how a partner's name listed after a leading body reads (华东服装城)
    subject_roles: tuple[regex.Pattern[str], ...]  # a role phrase after a body as its sentence's subject, a verb after it (负责联系)
    duty_subjects: tuple[regex.Pattern[str], ...]  # what follows a body opening a duty paragraph besides a role phrase (要加强)
    time_openings: tuple[regex.Pattern[str], ...]  # a paragraph's first sentence opening with its time (从5月中旬开始)
    fragment_openings: tuple[regex.Pattern[str], ...]  # a page's first line opening inside an item (）, 、, a lower-case word)
    items_notes: tuple[regex.Pattern[str], ...]  # how a note on the items after it or on its part opens (以下任务由…)
    deadlines: tuple[regex.Pattern[str], ...]
    reporting: tuple[regex.Pattern[str], ...]  # a clause saying how the owners report (按季度报送进展)
    page_furniture: tuple[regex.Pattern[str], ...]
    page_marks: tuple[regex.Pattern[str], ...]  # a site's page mark run into the text (第1页共6页)
    page_numbers: tuple[regex.Pattern[str], ...]  # a page's number or mark alone on its line (- 2 -, 第1页 共2页)
    site_banners: tuple[regex.Pattern[str], ...]  # a web site's name printed as its banner (宜昌政府网)
    page_end: tuple[regex.Pattern[str], ...]
    page_end_openings: tuple[regex.Pattern[str], ...]  # the page_end patterns anchored at a line's start, searchable
    footer_words: tuple[str, ...]
    unranked_remarks: tuple[str, ...]  # a remark saying a list is in no order (排名不分先后)
    name_marks: str  # the marks a list may print before or after a body's name to single it out (☆经信局, 经信局*)
    plan_sections: frozenset[str]  # a plan's own sections around its tasks (工作目标, 基本原则)
    points_headings: tuple[regex.Pattern[str], ...]  # a heading over a list of points, each a task (2024年工作要点)
    duty_headings: tuple[regex.Pattern[str], ...]  # a heading over a division of duties by body (职责分工)
    convention_conditions: tuple[regex.Pattern[str], ...]  # the case a convention is stated for (若工作涉及多个处室的)
    report_title_endings: tuple[str, ...]  # how a report's title ends (完成情况, 工作总结)
    spoken_report_endings: tuple[str, ...]  # how a report delivered to visitors or superiors ends (情况汇报)
    salutations: tuple[str, ...]  # how such a report opens its address to them (尊敬的…)
    saluted_title_endings: tuple[str, ...]  # how the title a salutation closes ends (汇报, 报告)
    visit_openings: tuple[str, ...]  # how a title reporting a visit opens (赴浙江省…考察情况汇报): no place of its maker
    seal_marks: tuple[str, ...]  # what a signature prints in a bracket where its seal is pressed (盖章, 公章)
    reference_words: tuple[str, ...]  # a cross-reference's words (见, 附件): no 文号's letters hold them
    part_heading_endings: tuple[str, ...]  # how a report part's heading ends (主要工作成效, 工作进展)
    text_opening_marks: tuple[str, ...]  # a periodical database's mark opening a text (<正>): no word of it
    elision_marks: tuple[str, ...]  # what a copy prints in a bracket where it left part of a name out (略)
    breakdown_words: tuple[str, ...]  # a title's words saying it breaks down the plan it cites (分解)
    short_name_leads: tuple[str, ...]  # the words before a name in 《》 making it a short name (简称, 本)
    short_name_lead_words: tuple[str, ...]  # words closing with a lead's characters, no lead (日本, 成本)
    document_kind_qualifiers: tuple[str, ...]  # what may stand before a kind of document named alone (实施方案, 工作方案)
    related_lists: tuple[regex.Pattern[str], ...]  # the label over a site's list of related documents (相关文件)
    document_list_headers: tuple[regex.Pattern[str], ...]  # a table's header listing documents by name and 文号
    footer_longest: int
    contact_labels: tuple[str, ...]  # the labels of a task card's contact lines (联系人, 联系电话)
    conventions: tuple[ConventionPattern, ...]

    def closing_note(self, text: str) -> str | None:
        """What a line saying who does the items above it says after its opening words (以上任务由X牵头，
        Y配合。 → 由X牵头，Y配合。), or None for any other line."""
        for pattern in self.closing_notes:
            match = pattern.match(text.strip())
            if match is not None:
                return text.strip()[match.end():]
        return None

    def item_topic(self, text: str) -> int:
        """How many characters of ``text`` open it by naming the item itself before 由 (此项活动 in
        此项活动由X负责; ``item_topic_openings``, matched on the text folded to simplified script), or 0."""
        return _opening_length(self.item_topics, fold(text))

    def is_partner_name(self, text: str) -> bool:
        """Whether ``text`` reads as a partner's name listed after a body leading a 由 list (华东服装城; not
        企业, 各商家, 广大市民共同: ``partner_names``)."""
        return any(p.match(text) for p in self.partner_names)

    def subject_role(self, text: str) -> int:
        """How many characters of ``text`` a role phrase opening it takes where a verb of the task follows
        (负责 in 负责联系市城管执法局; ``subject_role_phrases``), or 0 (负责人: a person)."""
        return _opening_length(self.subject_roles, text)

    def duty_subject(self, text: str) -> int:
        """How many characters of ``text`` a word opening it takes that, after a body opening a duty paragraph,
        says the body does what follows (要 in 要加强工业污染源的环境管理; ``duty_subject_phrases``), or 0."""
        return _opening_length(self.duty_subjects, text)

    def opens_with_time(self, text: str) -> bool:
        """Whether ``text`` opens a sentence with its time (从5月中旬开始, 即日起; ``paragraph_time_openings``)."""
        return any(p.match(text) for p in self.time_openings)

    def is_items_note(self, text: str) -> bool:
        """Whether a line says who does the items after it or its whole part (以下任务由X牵头)."""
        return any(p.match(text.strip()) for p in self.items_notes)

    def is_deadline(self, text: str) -> bool:
        return any(p.match(text.strip()) for p in self.deadlines)

    def is_furniture(self, text: str) -> bool:
        """Whether a line is page furniture: a page's number or header, a web site's banner."""
        return self.is_page_furniture(text) or self.is_banner(text)

    def is_page_furniture(self, text: str) -> bool:
        """Whether a line is page furniture other than a site's banner (a page's number or header)."""
        return any(p.match(text.strip()) for p in self.page_furniture)

    def interrupts_cells(self, text: str) -> bool:
        """Whether a line printed among a table's cells is the page's, not a cell: a page's number or mark
        (- 2 -, 第2页 共5页) or what opens a page's end (扫一扫在手机打开当前页, 【打印本页】), where a page copied as
        text turned over inside the table (``page_numbers`` in tasklist.toml). A bare number (12, 2025) is no such
        line, though the page-number pattern matches it: a cell prints one (a figure, a year, a row's 序号); nor is
        the rest of page furniture, a site's menus, whose words a cell may print (a 类别 column's 主动公开)."""
        stripped = text.strip()
        return bool(stripped) and not stripped.isdigit() and (
            any(p.match(stripped) for p in self.page_numbers) or self.opens_page_end(stripped))

    def is_banner(self, text: str) -> bool:
        """Whether a line may be a web site's name printed as its banner (宜昌市人民政府门户网站, 中国·宜昌)."""
        return any(p.match(text.strip()) for p in self.site_banners)

    def opens_related_list(self, text: str) -> bool:
        """Whether ``text`` opens a site's list of related documents (相关文件:, 拓展阅读: …): ``related_lists``."""
        return any(p.match(text) for p in self.related_lists)

    def heads_document_list(self, text: str) -> bool:
        """Whether ``text`` is the header of a table listing documents by name and 文号 (序号 文件名称 发布机关及文号):
        ``document_list_headers``."""
        return any(p.match(text) for p in self.document_list_headers)

    def is_page_end(self, text: str) -> bool:
        return any(p.match(text.strip()) for p in self.page_end)

    def opens_page_end(self, text: str) -> bool:
        """Whether ``text`` opens with what ends a page (扫一扫在手机…, 【打印本页】【关闭窗口】,
        上一篇：…): the ``page_end`` patterns anchored at a line's start; a registration a line may
        hold anywhere (…ICP备…) tells that the line is a footer's, not where the footer begins."""
        stripped = text.strip()
        return any(p.pattern.startswith("^") and p.match(stripped) for p in self.page_end)

    def page_end_at(self, text: str, start: int = 0) -> int | None:
        """Where in ``text``, from ``start``, the first of what opens a page's end stands (see
        :meth:`opens_page_end`), or None."""
        return min((m.start() for p in self.page_end_openings if (m := p.search(text, start)) is not None), default=None)

    def is_footer_line(self, text: str) -> bool:
        """Whether ``text`` may be a line of a site's footer (see ``footer_words`` in tasklist.toml):
        a footer's line opens with one of its words (主办单位：…　承办单位：…); a task's line that merely
        names one (为企业提供技术支持) is none."""
        stripped = text.strip().lstrip("|｜·　 ")
        return len(text) <= self.footer_longest and (not stripped or self.is_page_end(text)
                                                      or stripped.startswith(self.footer_words))

    def is_contact_line(self, text: str) -> bool:
        """Whether ``text`` is a line naming whom to ask about a task (联系人：某某, 联 系 人:某某,
        联系电话：…; ``contact_labels``): a label, its colon and a value."""
        squashed = _SPACES.sub("", text.strip())
        return any(squashed.startswith(label) and squashed[len(label):len(label) + 1] in ("：", ":")
                   and len(squashed) > len(label) + 1 for label in self.contact_labels)


def _opening_length(patterns: tuple[regex.Pattern[str], ...], text: str) -> int:
    """How many characters of ``text`` the first of ``patterns`` matching at its start takes, or 0."""
    for pattern in patterns:
        match = pattern.match(text)
        if match is not None:
            return match.end()
    return 0


def build_vocabulary(text: str) -> TaskListVocabulary:
    """Validate and compile the vocabulary given as TOML text."""
    from pilotplans.parsers.interpret.vocabulary_schema import _File  # here, not at the top: a start-up reads the vocabulary kept in the cache folder

    data = validated_data_file(_File, text, FILE)
    return TaskListVocabulary(
        closers=dict(data.brackets),
        after_bracket=data.after_bracket,
        field_roles=frozenset(data.field_roles),
        assigning_roles=frozenset(data.assigning_roles),
        body_endings=longest_first(data.body_endings),
        body_max_length=data.body_max_length,
        generic_body_endings=longest_first(data.generic_body_endings),
        cited_number_lead_ins=data.cited_number_lead_ins,
        borrowing_lead_ins=data.borrowing_lead_ins,
        sentence_openings=data.sentence_openings,
        title_run_in_openings=tuple(data.title_run_in_openings),
        label_object_words=tuple(data.label_object_words),
        header_label_qualifiers=tuple(data.header_label_qualifiers),
        number_kind_letters=frozenset(data.number_kind_letters),
        leader_posts=longest_first(data.leader_posts),
        level_word_nouns=tuple(data.level_word_nouns),
        aside_openers=longest_first(data.aside_openers),
        lead_heading_endings=longest_first(data.lead_heading_endings),
        leader_heading_endings=longest_first(data.leader_heading_endings),
        closing_notes=tuple(compiled(p) for p in data.closing_note_openings),
        owner_sentences=tuple(compiled(p) for p in data.owner_sentences),
        owner_sentence_own_duty=tuple(compiled(p) for p in data.owner_sentence_own_duty),
        items_notes=tuple(compiled(p) for p in data.items_note_openings),
        item_topics=tuple(compiled(p) for p in data.item_topic_openings),
        partner_names=tuple(compiled(p) for p in data.partner_names),
        subject_roles=tuple(compiled(p) for p in data.subject_role_phrases),
        duty_subjects=tuple(compiled(p) for p in data.duty_subject_phrases),
        time_openings=tuple(compiled(p) for p in data.paragraph_time_openings),
        fragment_openings=tuple(compiled(p) for p in data.fragment_openings),
        deadlines=tuple(compiled(p) for p in data.deadline_patterns),
        reporting=tuple(compiled(p) for p in data.reporting_clauses),
        page_furniture=tuple(compiled(p) for p in (*data.page_furniture, *data.page_numbers)),
        page_numbers=tuple(compiled(p) for p in data.page_numbers),
        page_marks=tuple(compiled(p) for p in data.page_marks),
        site_banners=tuple(compiled(p) for p in data.site_banners),
        page_end=tuple(compiled(p) for p in data.page_end),
        page_end_openings=tuple(compiled(p[1:].removesuffix("$")) for p in data.page_end if p.startswith("^")),
        footer_words=data.footer_words,
        unranked_remarks=data.unranked_remarks,
        name_marks=data.name_marks,
        plan_sections=frozenset(data.plan_sections),
        points_headings=tuple(compiled(p) for p in data.points_headings),
        duty_headings=tuple(compiled(p) for p in data.duty_headings),
        convention_conditions=tuple(compiled(p) for p in data.convention_conditions),
        report_title_endings=tuple(data.report_title_endings),
        spoken_report_endings=tuple(data.spoken_report_endings),
        salutations=tuple(data.salutations),
        saluted_title_endings=tuple(data.saluted_title_endings),
        visit_openings=tuple(data.visit_openings),
        seal_marks=tuple(data.seal_marks),
        reference_words=tuple(data.reference_words),
        part_heading_endings=tuple(data.part_heading_endings),
        text_opening_marks=tuple(data.text_opening_marks),
        elision_marks=tuple(data.elision_marks),
        breakdown_words=tuple(data.breakdown_words),
        short_name_leads=tuple(data.short_name_leads),
        short_name_lead_words=tuple(data.short_name_lead_words),
        document_kind_qualifiers=tuple(data.document_kind_qualifiers),
        related_lists=tuple(compiled(p) for p in data.related_lists),
        document_list_headers=tuple(compiled(p) for p in data.document_list_headers),
        footer_longest=data.footer_longest,
        contact_labels=data.contact_labels,
        conventions=tuple(ConventionPattern(kind=c.kind, pattern=compiled(c.pattern), role=c.role) for c in data.convention),
    )


@lru_cache(maxsize=1)
def vocabulary() -> TaskListVocabulary:
    """The package's task-list vocabulary, read and validated once, and kept compiled in the cache
    folder for the next run (keyed by the file's bytes and the code that validates and compiles it)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("tasklist", FILE, _CODE, build_vocabulary, TaskListVocabulary)


#: The code validating and compiling the vocabulary, as imported: what the kept one is keyed by (the
#: column roles it checks against, how its patterns are compiled and how its words are ordered
#: (``textutil.longest_first``) shape it too).
_CODE = code_as_imported(__file__, Path(__file__).with_name("vocabulary_schema.py"),
                         Path(__file__).parents[2] / "parsers" / "columns.py", Path(__file__).parents[2] / "patterns.py",
                         textutil.__file__)


def full_stops_outside_brackets(text: str) -> list[int]:
    """Where ``text`` prints a 。 that stands outside the brackets (and quotation marks) task lists
    print, in order: the ends of its sentences."""
    words = vocabulary()
    openers, closers = {*words.closers, "“"}, {*words.closers.values(), "”"}
    stops: list[int] = []
    depth = 0
    for index, char in enumerate(text):
        if char in openers:
            depth += 1
        elif char in closers:
            depth = max(0, depth - 1)
        elif char == "。" and depth == 0:
            stops.append(index)
    return stops


# What ends a section's name on its line (（一）指导思想。, 工作目标：), and the words joining a plan's section names in
# one title (指导思想和基本原则, 总体要求与发展目标).
_SECTION_NAME_END = compiled(r"[。：:]")
_SECTION_NAMES_JOINED = compiled(r"[和与及、]")


def names_plan_section(text: str) -> bool:
    """Whether a text's first line, up to its first 。 or colon, is a plan section's name, whole, or
    several joined by 和/与/及/、 (指导思想和基本原则, 总体要求与发展目标)."""
    lines = text.strip().splitlines()
    title = fold(_SECTION_NAME_END.split(lines[0], maxsplit=1)[0].strip() if lines else "")
    names = vocabulary().plan_sections
    return title in names or all(part in names for part in _SECTION_NAMES_JOINED.split(title))
