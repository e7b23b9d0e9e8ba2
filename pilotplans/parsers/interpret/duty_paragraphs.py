"""Duties printed as paragraphs without numbers, each opening with the body that carries them out.

Some plans divide their work among bodies in plain paragraphs, one a body, each paragraph's first sentence
having the body as its subject (``现将各单位…任务作如下明确：`` / ``区住建局负责全区村庄环境整治总协调工作，…`` /
``区委农办要结合…，负责指导…`` / ``区财政局负责…``). No number, bracket or field line marks them, so the outline
leaves them loose and the page was refused. Each such paragraph is a measure, its opening body its owner, carrying
its duties out; its text is kept whole (the body is its sentence's subject).

Read only on a page whose task list read no measure at all, and only for a run of three or more paragraphs in a
row each opening so: a body's name (every item of it ending like a body, tasklist.toml ``body_endings``), then a
role phrase a verb of the task follows (负责 in 负责指导…, ``subject_role_phrases``) or 要 and a verb (区环保局要加强…,
``duty_subject_phrases``). Three at least of the run's bodies must say whose they are (a name the registry knows,
or one opening with a place or a level marker: 区住建局); a name between them that does not (规划分局) is one of the
list too. A lone paragraph so opened (市政府办公室负责解释。), or two, is a plan's closing word, no duty list; a
paragraph opening with a noun naming no body (企业负责…, 各地要…) breaks the run.

A copy that ran such a list into one line prints it inside the item introducing it, each body a sentence of its
own before its duties (``三、组织领导及职责分工…各组成单位及其职责如下:县环保局。负责对全县…。县交通局、公路局。负责…``):
after the item's introducing colon, three or more sentences each wholly a list of bodies (one at least saying whose
it is), each followed by a sentence opening with a role phrase and a verb (负责对…). Each body's sentences up to the
next body's are an unnumbered item under the introducing one, its bodies carrying them out
(:func:`read_duty_sentences`); the introducing item keeps its words up to the colon. A body of the list whose duties
open otherwise (县财政局。做好经费保障。) carries out its own, never the body's before it. An item whose sentences merely
name a body now and then (…。县环保局。…, fewer than three with 负责 after it), or whose list comes before no colon,
keeps its text.
"""

from __future__ import annotations

from pilotplans.layout import Paragraph
from pilotplans.normalizers.segment import mask_enclosed
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.fields import Fields, Segment, is_body_list, listed_names, says_whose
from pilotplans.parsers.interpret.outline import Item
from pilotplans.parsers.interpret.vocabulary import vocabulary

# The fewest paragraphs in a row, and of them the fewest whose bodies say whose they are, that make a duty list.
_RUN_AT_LEAST = 3
# The marks that end a paragraph's first clause: the body and its role phrase stand before them.
_CLAUSE_ENDS = "，,；;。：:"


def duty_paragraphs(loose: list[tuple[int, Paragraph]]) -> list[Item]:
    """The measures a run of duty paragraphs among a page's loose paragraphs prints (see the module), each an
    unnumbered item owned by its opening body; empty where no run of three or more stands."""
    runs: list[list[tuple[int, Paragraph, str, bool]]] = [[]]
    previous: int | None = None
    for index, paragraph in loose:
        opened = opening_body(paragraph.text)
        if opened is None or (previous is not None and index != previous + 1):
            runs.append([])
        if opened is not None:
            runs[-1].append((index, paragraph, *opened))
        previous = index
    items: list[Item] = []
    for run in runs:
        if len(run) < _RUN_AT_LEAST or sum(placed for *_, placed in run) < _RUN_AT_LEAST:
            continue
        for index, paragraph, body, _ in run:
            text = paragraph.text.strip()
            items.append(Item(marker=None, lead="", text=text, paragraph=index, where=paragraph.where, order=index,
                              plain=True, first_line=text, closed=True,
                              fields=Fields(segments=[Segment(label=None, text=body, printed=body)])))
    return items


def read_duty_sentences(items: list[Item]) -> None:
    """Part each item of ``items`` (and of the items under them) whose text lists bodies as sentences of their own
    after its introducing colon, each before its duties (see the module), into those duties: one unnumbered item a
    body under it, owned by the body."""
    for item in items:
        read_duty_sentences(item.children)
        if item.fields is not None or item.children:
            continue
        found = _duty_sentences(item.text)
        if found is None:
            continue
        intro, duties = found
        item.text = intro
        for bodies, text in duties:
            item.children.append(Item(marker=None, lead="", text=text, paragraph=item.paragraph, where=item.where,
                                      order=item.order, parent=item, plain=True, first_line=text, closed=True,
                                      fields=Fields(segments=[Segment(label=None, text=bodies, printed=bodies)])))


def _duty_sentences(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """``text`` up to its introducing colon, and each body list printed as a sentence of its own after it with the
    duties the sentences up to the next such list print; None where fewer than three lists stand so."""
    masked = mask_enclosed(text)
    colon = next((i for i, c in enumerate(masked) if c in "：:"), -1)
    if colon < 0:
        return None
    sentences: list[str] = []
    start = colon + 1
    for position in range(colon + 1, len(text)):
        if masked[position] == "。":
            sentences.append(text[start:position + 1])
            start = position + 1
    if start < len(text) and text[start:].strip():
        sentences.append(text[start:])
    words = vocabulary()
    duties: list[tuple[str, list[str]]] = []
    roled = 0  # the lists whose next sentence opens with a role phrase (负责对…): three at least make the list
    for index, sentence in enumerate(sentences):
        name = sentence.strip().rstrip("。").strip()
        following = fold(sentences[index + 1].strip()) if index + 1 < len(sentences) else ""
        names_whose = bool(name) and is_body_list(name) and any(says_whose(n) for n in listed_names(name))
        if names_whose and words.subject_role(following):
            duties.append((name, []))
            roled += 1
        elif names_whose and duties:
            # a body of the list whose duties open otherwise (县财政局。做好经费保障。): its own, never the body's before
            duties.append((name, []))
        elif duties:
            duties[-1][1].append(sentence.strip())
        elif index == 0:
            return None  # the colon introduces no list of bodies: its first sentence names none
    read = [(bodies, "".join(lines)) for bodies, lines in duties if lines]
    if roled < _RUN_AT_LEAST:
        return None
    return text[:colon + 1].strip(), read


def opening_body(text: str) -> tuple[str, bool] | None:
    """The body ``text``'s first clause opens with as its subject, a role phrase and a verb of the task after it
    (区住建局 of 区住建局负责全区…, 区环保局 of 区环保局要加强…), and whether every body it lists says whose it is;
    None where the clause opens otherwise (a person, a noun naming no body, no role phrase)."""
    stripped = text.strip()
    masked = mask_enclosed(stripped)
    end = min((i for i in (masked.find(c) for c in _CLAUSE_ENDS) if i >= 0), default=len(stripped))
    folded = fold(stripped[:end])
    words = vocabulary()
    for position in range(2, len(folded)):
        rest = folded[position:]
        if not (words.subject_role(rest) or words.duty_subject(rest)):
            continue
        name = stripped[:position]
        if not is_body_list(name):
            return None
        return name, all(says_whose(item) for item in listed_names(name))
    return None
