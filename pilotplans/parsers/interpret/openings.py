"""Role phrases opening an item's text: the item names its responsibility in its first words.

Some plans print no bracket and no field lines; the paragraph of each item opens with who does
it, as the subject of its first sentence, and goes on with what is to be done:

    1、在兰州设立综合配套改革试验区事宜
    由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成《…实施方案》，…

The opening is a run of clauses (cut at ，；) each of which is a list of names followed by a role
phrase and nothing else (roles.toml: 牵头, 负责, 配合 …), up to the first clause that is not. Its
names must read as bodies (a body's ending, tasklist.toml ``body_endings``, or a name the
registry knows), one of them at least naming whose body it is (a name the registry knows, or one
opening with a place or a level marker: 市政府督查室; 用人单位, 建设单位 and 金融机构 end like bodies
but name the parties a rule binds, never who carries the plan out) or as a leader's post (tasklist.toml ``leader_posts``: 副市长, 秘书长 …: a
person, never a body, read into ``leader``). Evidence that the run names the item's
responsibility, not a passing remark: it stands at the opening of the item's text (its first
words, the paragraph after its title line, or the sentence after a title sentence 加强组织领导。)
and either opens with 由 (由X牵头/负责) or holds several role clauses (X牵头，Y配合). A sentence
closing the item, after its own sentences, reads the same way when it is wholly such a run, with or
without 由 (…。市统计局牵头，市商务局主动配合。); where the item's own line closes with one, a sentence on a
later line that continues its paragraph (各区人民政府负责组织实施。) is the plan's, not the item's.

A sentence that merely says 由企业负责 in passing, or an opening whose names read as no body
(由市场决定, 由企业负责，…), names no responsibility. The item's text is kept whole: the opening is
the subject of its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from pilotplans.normalizers.segment import mask_enclosed, split_top, strip_etc
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.columns import Label
from pilotplans.parsers.headings import looks_like_title
from pilotplans.parsers.interpret.fields import Fields, Segment, names_a_post, says_whose
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.issuer_names import ends_like_a_body

_CLAUSE_CUTS = "，,；;"
_SENTENCE_END = "。！？!?"
_BY = "由"  # "by": the preposition that opens the run in 由X牵头
_ANY_VERB = "做"  # a verb standing for the task's words after a role phrase, where only the phrase is at hand
_LEADER = Label(text="", role="leader", body_role=None)


@dataclass(frozen=True)
class _Clause:
    """A clause of a responsibility's opening, as printed, with the separator before it and the leader it names."""

    printed: str  # the clause as printed, without the separator after it
    separator: str | None  # what was printed between the previous clause and this one
    leader: str | None  # the person or post it names, when it names one (not a body)
    placed: bool = False  # whether one of the bodies it names says whose it is (a known name, a place, a level)


def opening_fields(text: str, first_line: str = "") -> Fields | None:
    """The responsibility the role phrases opening ``text`` name (the leader apart), or None.

    ``first_line`` is the item's own line as printed, when a paragraph continued it: the
    paragraph after a title line opens the item's text too.
    """
    for start, end in _openings(text, first_line):
        found = _read_run(text[start:end]) or _with_run(text[start:end]) or _by_subject_run(text[start:end])
        if found is not None:
            return found
    line = first_line.strip()
    if line and len(line) < len(text) and text.startswith(line):
        # the item's own line closes with its owners (…。市科技局负责。): a sentence on a later line after it
        # (各区人民政府负责组织实施。, the plan's closing word on every item above) is not this item's
        own = _closing_fields(line)
        if own is not None:
            return own
    return _closing_fields(text)


def _closing_fields(text: str) -> Fields | None:
    """The responsibility a sentence closing ``text`` names when that sentence, after at least one
    of the item's own, is wholly a run of role clauses (…。由X牵头，Y配合。, or with no 由:
    …。市统计局牵头，市商务局主动配合。 / …。市科技局负责。): a sentence of nothing but bodies and role
    phrases says who does the item whether or not it opens with 由. None otherwise (…。由企业负责运营。:
    a clause naming no body, or more words than the run; …。市商务局要加强跟踪服务。: a task sentence
    whose subject is a body, its words no role phrase)."""
    masked = mask_enclosed(text).rstrip()
    if not masked.endswith("。"):
        return None
    start = masked.rfind("。", 0, len(masked) - 1) + 1
    sentence = text[start:len(masked) - 1].strip()
    if start == 0:
        return None
    sentence = sentence[vocabulary().item_topic(sentence):]  # …。该项工作由X负责。: of the item itself
    clauses = _leading_clauses(sentence)
    if sum(len(c.printed) for c in clauses) + len(clauses) - 1 != len(sentence):
        return None  # the run ends before the sentence does
    return _read_run(sentence, whole_sentence=True)


def closing_by_fields(text: str) -> Fields | None:
    """The responsibility the clauses closing ``text``'s last sentence name when they open with 由 after
    a comma and run to the sentence's end wholly as role clauses (加快项目建设，由县发改局牵头，县住建局配合。),
    or None. Read only for an item printing no owner among items printing theirs (see
    tasklist._prose_owners): alone, a clause after a comma says who does it less surely than an opening."""
    masked = mask_enclosed(text).rstrip()
    if not masked.endswith("。"):
        return None
    start = masked.rfind("。", 0, len(masked) - 1) + 1
    sentence_end = len(masked) - 1
    for cut in (i for i in range(start, sentence_end) if masked[i] in "，," and fold(text[i + 1:i + 2]) == _BY):
        run = text[cut + 1:sentence_end].strip()
        clauses = _leading_clauses(run)
        if clauses and sum(len(c.printed) for c in clauses) + len(clauses) - 1 == len(run):
            return _read_run(run, whole_sentence=True)
    return None


def subject_fields(text: str) -> Fields | None:
    """The body ``text``'s first clause opens with as the subject of a role phrase a verb of the task
    follows (区城管执法局负责联系市城管执法局，支持活动的开展。: the bureau does it; ``subject_role_phrases`` in
    tasklist.toml), or None: not where the subject is a person or a post (张三负责联系…, 分管副区长负责…), a
    noun naming no body whose it is (企业负责…, 用人单位负责…), or a body's officer (区商务局负责人联系…).
    The later clauses of its sentence that name bodies the same way, or are wholly role clauses, name its
    owners too (县商务局负责组织，县财政局配合。 / …，县财政局负责做好经费保障。: both bodies, never the first alone).
    Read only for an item printing no owner among items printing theirs (see tasklist._prose_owners): the
    plan's words, not its form, say who does it."""
    clauses = _sentence_clauses(text)
    printed = _subject(clauses[0][1]) if clauses else None
    if printed is None:
        return None
    name, broken, phrase = printed.partition("\n")
    phrase = phrase.strip(" \t\u3000")
    if broken and name.strip() and phrase and vocabulary().subject_role(fold(phrase) + _ANY_VERB) == len(phrase):
        # the body alone on the item's line, its duties under it opening with 负责 (（一）市公安局 / 负责设置…): the line
        # break parts the body's name from the text, so the responsibility is the name, as printed on its line
        printed = name.strip()
    for separator, clause in clauses[1:]:
        found = _subject(clause) or _role_clause(clause)
        if found is not None:
            printed += separator + found
    return Fields(segments=[Segment(label=None, text=printed, printed=printed)])


def _sentence_clauses(text: str) -> list[tuple[str, str]]:
    """The clauses of ``text``'s first sentence (cut at ，；), each with the mark printed before it ("" for
    the first); marks inside brackets or quotations cut nothing."""
    masked = mask_enclosed(text)
    end = min((i for i in (masked.find(c) for c in _SENTENCE_END) if i >= 0), default=len(text))
    clauses: list[tuple[str, str]] = []
    start, separator = 0, ""
    for position in range(end + 1):
        if position < end and masked[position] not in _CLAUSE_CUTS:
            continue
        clauses.append((separator, text[start:position].strip()))
        separator = text[position] if position < end else ""
        start = position + 1
    return clauses


def _subject(clause: str) -> str | None:
    """The body ``clause`` opens with and the role phrase after it, a verb of the task following
    (区城管执法局负责 of 区城管执法局负责联系…), or None."""
    folded = fold(clause)
    words = vocabulary()
    for position in range(1, len(folded)):
        taken = words.subject_role(folded[position:])
        if not taken:
            continue
        return _role_clause(clause[:position + taken])
    return None


def _role_clause(clause: str) -> str | None:
    """``clause`` where it is wholly bodies and a role phrase, one body saying whose it is (县财政局配合), or None
    (a person or a post, a noun naming no body, a task's words)."""
    found = _read_clause(clause, None)
    return clause if found is not None and found.leader is None and found.placed else None


def _openings(text: str, first_line: str) -> list[tuple[int, int]]:
    """Where an item's text opens, and how far a run from there may reach: its first words
    (within its title line, when a paragraph continues it); after its title line (1、…事宜 /
    由…); after a title sentence (加强组织领导。由…)."""
    line = first_line.strip()
    titled = bool(line) and len(line) < len(text) and text.startswith(line) and looks_like_title(line)
    spans = [(0, len(line) if titled else len(text))]
    if titled:
        spans.append((len(line), len(text)))
    stop = text.find("。")
    if 0 < stop and looks_like_title(text[:stop]) and stop + 1 < len(text):
        spans.append((stop + 1, len(text)))
    # a sentence naming the item itself before 由 (此项活动由X、Y共同组织实施。): the run opens after it, never
    # at the topic (此项活动由X牵头，Y配合 would read 此项活动由X as a body: several clauses need no 由)
    words = vocabulary()
    spans = [(start + words.item_topic(text[start:end]), end) for start, end in spans]
    return list(dict.fromkeys(spans))


def _read_run(text: str, whole_sentence: bool = False) -> Fields | None:
    """The Fields of the run of role clauses ``text`` opens with, when evidence says it names the
    item's responsibility: it opens with 由, holds several role clauses, or (``whole_sentence``) is a
    sentence of its own closing the item with nothing but role clauses."""
    clauses = _leading_clauses(text)
    if not clauses or not (fold(text).lstrip().startswith(_BY) or len(clauses) > 1 or whole_sentence):
        return None
    segments: list[Segment] = []
    bodies: list[_Clause] = [c for c in clauses if c.leader is None]
    if bodies and not any(c.placed for c in bodies):
        return None  # names ending like bodies, none saying whose: the parties of a rule (用人单位)
    if bodies:
        printed = bodies[0].printed
        for clause in bodies[1:]:
            printed += (clause.separator or "，") + clause.printed
        printed = _without_by(printed)
        segments.append(Segment(label=None, text=printed, printed=printed))
    leaders = [c.leader for c in clauses if c.leader is not None]
    if leaders:
        leader = "、".join(leaders)
        segments.append(Segment(label=_LEADER, text=leader, printed=leader))
    return Fields(segments=segments)


def _with_run(text: str) -> Fields | None:
    """The responsibility an opening ``由X会同Y…`` names, or None: the bodies before a with-word ("together with":
    ``with_words`` in roles.toml) lead and those after it assist, and the words after the last of them are the task's
    own (由发展改革委会同中央农办、农业部等部门研究提出落实意见: the commission leads; 由国土资源部会同农业部等部门负责落实
    likewise). Read within the run's first clause; every name on either side must read as a body, a lead at least
    saying whose it is, or the opening is none (由企业会同…). The list is kept as printed, without 由 and the task's
    words: the responsibility reads the with-word as it reads it in a cell."""
    from pilotplans.normalizers.registry import load_registry

    if not _opens_with_by(text):
        return None
    roles = load_registry().roles
    clause = _sentence_clauses(text)[0][1]
    folded = fold(clause)
    at = min((i for word in roles.with_words if (i := folded.find(word)) > len(_BY)), default=-1)
    if at < 0:
        return None
    word = next(w for w in roles.with_words if folded.startswith(w, at))
    leads = [item.strip() for item in split_top(clause[len(_BY):at], roles.separators)]
    partners = [item.strip() for item in split_top(clause[at + len(word):], roles.separators)]
    if not partners or not all(_names_a_body(item) for item in leads + partners[:-1]) or not any(says_whose(i) for i in leads):
        return None
    last = _body_opening(partners[-1])
    if last is None:
        return None
    printed = clause[len(_BY):clause.rindex(partners[-1]) + len(last)].strip()
    return Fields(segments=[Segment(label=None, text=printed, printed=printed)])


def _by_subject_run(text: str) -> Fields | None:
    """The bodies an opening ``由X负责`` names where a verb of the task follows 负责 in the same clause (由各乡镇负责指派专组
    专人，…: the townships do it; ``subject_role_phrases`` in tasklist.toml, as for a body opening its sentence), or None:
    not 由X负责人… (a person), nor a name saying whose body it is nowhere (由企业负责…)."""
    if not _opens_with_by(text):
        return None
    clause = _sentence_clauses(text)[0][1]
    found = _subject(clause[len(_BY):])
    return Fields(segments=[Segment(label=None, text=found, printed=found)]) if found is not None else None


def _opens_with_by(text: str) -> bool:
    """Whether ``text`` opens with 由 (its first clause then does): told from its first character, before any clause is
    cut, as most items' text does not."""
    return fold(text.lstrip()[:1]) == _BY


def _body_opening(item: str) -> str | None:
    """The longest opening of ``item`` that names a body, with the 等部门 closing the list after it (糧食局等部門 of
    糧食局等部門研究提出落實意見), or None. A name the registry knows comes first: an ending alone may run into the
    task's words (市财政局制定办法: 办 of 办法 ends as an office does, and 市财政局制定办 is no body)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import names_a_body_alone

    tails = load_registry().roles.etc_tails
    openings = [item[:end] for end in range(len(item), 1, -1) if _names_a_body(item[:end])]
    return next((o for o in openings if names_a_body_alone(strip_etc(o, tails)[0])), openings[0] if openings else None)


def _leading_clauses(text: str) -> list[_Clause]:
    """The clauses ``text`` opens with that each name who does the item, up to the first that does
    not, within its first sentence."""
    found: list[_Clause] = []
    for separator, printed in _sentence_clauses(text):
        clause = _read_clause(printed, separator or None)
        if clause is None:
            break
        found.append(clause)
    return found


def _read_clause(printed: str, separator: str | None) -> _Clause | None:
    """A clause that is only lists of names each followed by a role phrase, or None."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.segment import find_role_groups, split_top

    if not printed:
        return None
    roles = load_registry().roles
    groups = find_role_groups(printed, 0, roles)
    if any(g.role_phrase is None or not g.items_text for g in groups):
        return None
    leaders = [_without_by(g.items_text) for g in groups if names_a_post(_without_by(g.items_text), vocabulary())]
    if leaders:
        # A leader's post (杨志武副市长负责) names a person; a clause naming a post and bodies at once
        # is not the plain form this rule reads.
        return _Clause(printed, separator, "、".join(leaders)) if len(leaders) == len(groups) else None
    items = [item.strip() for group in groups for item in split_top(_without_by(group.items_text), roles.separators)]
    if not all(_names_a_body(item) for item in items) and not _led_by_a_body(printed, items):
        return None
    return _Clause(printed, separator, None, placed=any(says_whose(item.rstrip("等")) for item in items))


def _led_by_a_body(printed: str, items: list[str]) -> bool:
    """Whether a list opening with 由 is led by a body saying whose it is, the others named beside it
    short names (``partner_names`` in tasklist.toml; 由区商贸旅游局、长延堡街办、华东服装城共同组织实施: a mall the district's bureau organises
    the event with): the bureau's list, partners and all. Not 由企业、市商务局负责 (led by no body)."""
    return (fold(printed).lstrip().startswith(_BY) and len(items) > 1 and _names_a_body(items[0])
            and says_whose(items[0]) and all(_names_a_body(i) or vocabulary().is_partner_name(i) for i in items[1:]))


def _without_by(text: str) -> str:
    text = text.strip()
    return text[len(_BY):] if fold(text).startswith(_BY) and len(text) > len(_BY) else text


def _names_a_body(item: str) -> bool:
    """An item of a list that reads as a body: its ending, or a name the registry knows."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    words = vocabulary()
    core = item.rstrip("等")
    if not core or len(core) > words.body_max_length:
        return False
    return ends_like_a_body(core) or names_a_body_alone(core)

