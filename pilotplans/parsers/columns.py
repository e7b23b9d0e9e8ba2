"""Recognise a task table's header row and give each column its role.

The header vocabulary lives in ``pilotplans/data/columns.toml``. The same labels open the field
lines and labelled lists of prose task lists (牵头单位：X); :func:`read_label` reads one of those.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from pilotplans import textutil
from pilotplans.cachedir import code_as_imported
from pilotplans.errors import PilotplansError
from pilotplans.layout import Row
from pilotplans.patterns import compiled
from pilotplans.textutil import longest_first, squash

#: The code reading columns.toml, as imported: what its kept values are keyed by.
_CODE = code_as_imported(__file__, textutil.__file__)

# A header label may open with the year its column is for (2022年预期目标, 2023年度重点任务): the
# label is the rest.
_LABEL_YEAR = compiled(r"^(?:19|20)\d{2}年度?(?=\S)")
# A note a page printed in the header's first cell, over its label ((注:A类指责任目标;…) / 序号, also
# headed 说明 or 备注, a bracket within it: (约束性)): how to read the table, no part of the label.
_NOTE = compiled(r"[（(](?:注|说明|备注)[：:](?:[^（()）]|[（(][^（()）]*[）)])*[）)]")

ROLES = (
    "heading", "number", "text", "policy", "responsibility", "cooperating", "superior",
    "remarks", "scope", "sector", "regulations", "deadline", "leader",
)
# The roles a labelled list may give the bodies it names (pilotplans.normalizers.models.Role).
BODY_ROLES = ("lead", "carry_out", "policy", "support", "joint", "assist", "coordinate")
# A vocabulary-only role, resolved by read_header into "text" or "heading".
TASK = "task"
# the role of a task column printed between a heading column and the measures' (a second heading level)
SUBHEADING = "subheading"
# The role of remarks, whose short labels (数据提供单位, inside an item's bracket) open a remark, naming no owner.
REMARKS = "remarks"


@dataclass(frozen=True)
class RoleVocabulary:
    """The header labels of one column role (牵头单位, 完成时限 …), as the columns' vocabulary gives them."""

    name: str
    phrases: tuple[str, ...]
    contains: tuple[str, ...]
    body_role: str | None = None
    # Short labels a bracket ending an item prints before its lists (（牵头：X；配合：Y）): read only
    # there and in a responsibility's lists, never as a column's header or a field line's label.
    short: tuple[str, ...] = ()
    # Labels of this role naming the measures' column only where no task column is printed beside
    # them (建设内容: a project list's content; beside 工作任务 the task is the measure).
    beside_task: tuple[str, ...] = ()
    # Labels read as this role only where a task or text column is printed after them (指标 before 工作任务:
    # the category of the tasks beside it); elsewhere no role (a target table's 指标 is its rows' own text).
    before_task: tuple[str, ...] = ()
    # A side column most rows fill, whose blank cell is warned (cell_blank) where most measures fill it.
    blank_warned: bool = False

    def matches(self, label: str) -> bool:
        return label in self.phrases or any(fragment in label for fragment in self.contains)


@dataclass(frozen=True)
class Columns:
    """The header of a task table: its printed labels and the role of each column."""

    labels: tuple[str, ...]
    roles: tuple[str | None, ...]
    # Whether each column's label is the one before it spanning it (责任单位 over two columns).
    spanned: tuple[bool, ...] = ()

    def index(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def indexes(self, role: str) -> list[int]:
        """Every column of ``role`` (a table may print both a 牵头单位 and a 责任单位 column)."""
        return list(self._indexes.get(role, ()))

    @cached_property
    def _indexes(self) -> dict[str | None, tuple[int, ...]]:
        """The columns of each role, found once per header (asked for every role of every row)."""
        found: dict[str | None, list[int]] = {}
        for i, role in enumerate(self.roles):
            found.setdefault(role, []).append(i)
        return {role: tuple(columns) for role, columns in found.items()}

    @cached_property
    def squashed(self) -> tuple[str, ...]:
        """Each column's label without whitespace (:func:`squash`), made once per header (asked for every cell)."""
        return tuple(squash(label or "") for label in self.labels)

    @cached_property
    def printed_labels(self) -> frozenset[str]:
        """The squashed labels of the columns that print one, as a row repeating the header prints them."""
        return frozenset(squashed for label, squashed in zip(self.labels, self.squashed) if label)

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def width(self) -> int:
        return len(self.roles)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[RoleVocabulary, ...]:
    """The header vocabulary, validated once, and kept in the cache folder for the next run (keyed by
    the file's bytes, the code reading it, the code folding its phrases and Python's version): a
    start-up then neither imports the TOML parser nor parses the file."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("columns", "columns.toml", _CODE, build_vocabulary, tuple)


def build_vocabulary(text: str) -> tuple[RoleVocabulary, ...]:
    """The header vocabulary given as TOML text (``columns.toml``), validated."""
    import tomllib

    raw = tomllib.loads(text)
    entries = []
    for entry in raw.get("role", []):
        name = entry.get("name")
        if name not in ROLES and name != TASK:
            raise PilotplansError(f"pilotplans/data/columns.toml: unknown role {name!r}; known roles: {', '.join(ROLES)}")
        phrases = tuple(squash(p) for p in entry.get("phrases", []))
        qualifiers = tuple(squash(q) for q in entry.get("qualifiers", []))
        if qualifiers and not phrases:
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} has qualifiers but no phrases to qualify")
        phrases += tuple(q + p for q in qualifiers for p in phrases)  # 计划 + 完成时间: a label of its own
        contains = tuple(squash(p) for p in entry.get("contains", []))
        if not phrases and not contains:
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} has no phrases")
        body_role = entry.get("body_role")
        if body_role is not None and body_role not in BODY_ROLES:
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} has an unknown body_role {body_role!r}; known: {', '.join(BODY_ROLES)}")
        short = tuple(squash(p) for p in entry.get("short", []))
        if short and body_role is None and name != REMARKS:
            # a short label gives its list's bodies a role; a remark's (数据提供单位) names no owner
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} has short labels but no body_role")
        beside_task = tuple(squash(p) for p in entry.get("beside_task", []))
        if any(p not in phrases for p in beside_task):
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} lists beside_task labels that are not among its phrases")
        before_task = tuple(squash(p) for p in entry.get("before_task", []))
        if any(p in phrases for p in before_task):
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} lists before_task labels among its phrases; "
                                  f"they are read only before a task column")
        blank_warned = entry.get("blank_warned", False)
        if not isinstance(blank_warned, bool):
            raise PilotplansError(f"pilotplans/data/columns.toml: role {name!r} has blank_warned {blank_warned!r}; write true or false")
        entries.append(RoleVocabulary(name=name, phrases=phrases, contains=contains, body_role=body_role, short=short,
                                      beside_task=beside_task, before_task=before_task, blank_warned=blank_warned))
    return tuple(entries)


def _entry_of(label: str, short: bool = False) -> RoleVocabulary | None:
    """The entry a label reads as: the one listing it whole, else the first holding a fragment of
    it, else the one a label composed of a responsibility label's words gives (see
    :func:`_composed_role`). A label listed whole is never read by a fragment of another role's
    (牵头单位及配合单位 is the responsibility label it is listed as, not a 配合单位). With ``short``,
    an entry's short labels (牵头, 配合) are listed whole too."""
    key = _label_key(label)
    if not key:
        return None
    entries = vocabulary()
    found = (next((entry for entry in entries if key in entry.phrases or (short and key in entry.short)), None)
             or next((entry for entry in entries if entry.matches(key)), None))
    if found is not None:
        return found
    body_role = _composed_role(key, short)
    return next((entry for entry in entries if entry.body_role == body_role and entry.short), None) if body_role else None


def is_listed_label(label: str) -> bool:
    """Whether a text is a column label the vocabulary lists whole (具体举措, 牵头单位), not one
    read from a fragment of a longer text (a measure holding 责任分工 is no label). Traditional
    characters read as simplified (責任單位), as in :func:`role_of`."""
    from pilotplans.normalizers.simplified import fold

    key = _label_key(fold(label))
    return bool(key) and key in _listed_phrases()


@lru_cache(maxsize=1)
def _listed_phrases() -> frozenset[str]:
    """Every label the vocabulary lists whole, of any role (asked of every piece of every line)."""
    return frozenset(phrase for entry in vocabulary() for phrase in entry.phrases)


def _composed_role(key: str, short: bool) -> str | None:
    """The role of the bodies a label composed only of a responsibility label's words gives them
    (columns.toml ``[composed]``: 落实责任 → carry_out, 牵头落实 → lead, 配合落实单位 → assist), or
    None when ``key`` is not such a run. Without ``short`` the run must end in a head noun (单位,
    部门, 主体), as a column's header or a field line's label does."""
    words = composed_words()
    if len(key) > 8:
        return None
    found: list[str] = []
    at = 0
    while at < len(key):
        word = next((w for w in words["all"] if key.startswith(w, at)), None)
        if word is None:
            return None
        found.append(word)
        at += len(word)
    roles = [role for word in found for role in ("assist", "lead", "carry_out") if word in words[role]]
    if not roles or len(found) < 2 or (not short and found[-1] not in words["heads"]):
        return None
    return next(role for role in ("assist", "lead", "carry_out") if role in roles)


@lru_cache(maxsize=1)
def composed_words() -> dict[str, tuple[str, ...]]:
    """columns.toml ``[composed]``: the words a composed responsibility label is made of, by kind,
    and all of them longest first (``all``)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("composed_labels", "columns.toml", _CODE, build_composed_words, dict)


def build_composed_words(text: str) -> dict[str, tuple[str, ...]]:
    import tomllib

    data = tomllib.loads(text)
    raw = data.get("composed", {})
    kinds = ("lead", "carry_out", "assist", "qualifiers", "heads")
    words = {kind: tuple(squash(w) for w in raw.get(kind, [])) for kind in kinds}
    words["all"] = longest_first({w for kind in kinds for w in words[kind]})
    sub = data.get("sub_labels", {})
    words["time_words"] = tuple(squash(w) for w in sub.get("time_words", []))
    head = squash(sub.get("time_head", ""))
    if words["time_words"] and not head:
        raise PilotplansError("pilotplans/data/columns.toml: [sub_labels] lists time_words but no time_head to read them with")
    words["time_head"] = (head,) if head else ()
    return words


_OWNER_ROLES = ("responsibility", "cooperating")


def reads_under(upper: str, lower: str) -> bool:
    """Whether ``lower``, printed under a label ``upper`` spanning columns, names one of them: a word read with the
    label (:func:`sub_label`), or a label of its own of the same kind — an owners' label under an owners' label
    (牵头单位 under 责任单位), a time label under a time label (完成时间, or 开始时间 opening with a time word, under
    时间安排). Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    if sub_label(upper, lower) is not None:
        return True
    top, under = role_of(upper), role_of(lower)
    if top in _OWNER_ROLES:
        return under in _OWNER_ROLES
    if top != "deadline":
        return False
    if under == "deadline":
        return True
    # a time word read with the time head, printed whole (开始时间, 启动时间); a label merely opening with a time word
    # (完成情况, a progress column) is no part of the time label's span
    words = composed_words()
    return _label_key(fold(lower)) in {w + head for w in words["time_words"] for head in words["time_head"]}


def sub_label(upper: str, lower: str) -> str | None:
    """The label a short word printed under a label spanning columns names its column by (columns.toml
    ``[sub_labels]``): 牵头 under 责任单位 is 牵头单位, 协同 under 责任部门 协同部门 (a run of a responsibility
    label's role words, read with the head noun closing the label above); 完成 under 时间安排 is 完成时间, 开始
    开始时间 (a time word under a deadline label, read with the time head). None where ``lower`` is no such word
    under such a label: a label of its own (牵头单位), or a body row's short words, keep their reading.
    Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    top, word = _label_key(fold(upper)), _label_key(fold(lower))
    if not top or not word or word in _listed_phrases():
        return None
    words = composed_words()
    upper_role = role_of(top)
    if upper_role == "deadline" and word in words["time_words"]:
        return squash(lower) + words["time_head"][0]
    if upper_role not in _OWNER_ROLES:
        return None
    head = next((h for h in words["heads"] if top.endswith(h)), None)
    if head is None or word.endswith(head) or any(word.endswith(h) for h in words["heads"]):
        return None
    at = 0
    while at < len(word):  # the word a run of role words alone (牵头, 主责, 协同), nothing else
        found = next((w for w in words["all"] if word.startswith(w, at) and w not in words["heads"]), None)
        if found is None:
            return None
        at += len(found)
    if role_of(word + head) not in _OWNER_ROLES:
        return None
    printed = squash(upper)  # its head as printed (牽頭 under 責任單位 is 牽頭單位), but past a note closing it
    return squash(lower) + (printed[-len(head):] if fold(printed).endswith(head) else head)


@lru_cache(maxsize=1)
def longest_label() -> int:
    """Characters of the vocabulary's longest label (上级制定政策保障措施): how far before a colon a
    field label may begin."""
    return max(len(text) for entry in vocabulary() for text in (*entry.phrases, *entry.contains))


def is_whole_label(label: str) -> bool:
    """Whether a printed label is one of the vocabulary's labels as a whole (责任单位, 牵头责任单位),
    not merely a run of words holding one (以上责任单位, the end of a text run into its label); a
    label composed of a responsibility label's words and closed by a head noun (牵头落实单位) is one
    as a whole too. Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    key = _label_key(fold(label))
    return bool(key) and (any(key in entry.phrases or key in entry.contains for entry in vocabulary())
                          or _composed_role(key, False) is not None)


def _label_key(label: str) -> str:
    """A printed label as the vocabulary lists it: whitespace removed, a leading year dropped, a note on marks
    taken off (:func:`_without_mark_note`)."""
    key = _NOTE.sub("", squash(label))
    if "(" in key or "（" in key:
        key = _without_mark_note(key)
    return _LABEL_YEAR.sub("", key) if key[:1].isdigit() else key


# A bracket closing a label (责任部门(加*号为配合部门)).
_CLOSING_BRACKET = compiled(r"[（(][^（()）]*[）)]$")


@lru_cache(maxsize=1024)
def _without_mark_note(key: str) -> str:
    """``key`` without the bracket closing it where that bracket states what a mark beside a body means
    (责任部门(加*号为配合部门), 责任部门(加*号为牵头部门,其余为参与部门)): the document's convention
    (``header_conventions``), no part of the label, whose role words (配合部门) would otherwise name the column's
    role. A bracket saying anything else stays (责任单位(牵头), 完成时限(2025年))."""
    from pilotplans.parsers.interpret.conventions import find_conventions

    found = _CLOSING_BRACKET.search(key)
    if found is None or found.start() == 0:
        return key
    marks = ("marked_lead", "marked_role")
    if not any(c.kind in marks for c in find_conventions(found.group()[1:-1])):
        return key
    return key[:found.start()]


def role_of(label: str) -> str | None:
    """The role a printed header label gives its column, or None if the label is unknown.
    Traditional characters read as simplified (序號 | 具體舉措 | 牽頭單位 is 序号 | 具体举措 | 牵头单位)."""
    from pilotplans.normalizers.simplified import fold

    entry = _entry_of(fold(label))
    return entry.name if entry else None


@dataclass(frozen=True)
class Label:
    """A label opening a field line or a labelled list (牵头单位：X), as printed, with the column
    role it names and the role it gives the bodies listed after it."""

    text: str
    role: str
    body_role: str | None


def read_label(label: str, *, short: bool = False) -> Label | None:
    """The :class:`Label` a printed label is, or None. Traditional characters read as simplified
    (責任單位 is 责任单位); ``text`` keeps the label as printed. With ``short``, the short labels a
    bracket prints (牵头, 配合, 责任) are labels too: only where the text is a bracket's lists or a
    responsibility's, never a column's header or a line that may be a sentence (压实责任：…)."""
    from pilotplans.normalizers.simplified import fold

    entry = _entry_of(fold(label), short)
    if entry is None or entry.name == TASK:
        return None
    return Label(text=label.strip(), role=entry.name, body_role=entry.body_role)


def task_text_role(label: str) -> str | None:
    """``text`` or ``task`` when a printed label names a task's text (具体举措, 任务内容 → text;
    重点工作, 工作任务 → task: in a table, the column that groups the measures when there is a
    text column too), None for any other label. Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    entry = _entry_of(fold(label))
    return entry.name if entry is not None and entry.name in ("text", TASK) else None


def read_header(row: Row) -> Columns | None:
    """The Columns a header row declares, or None if ``row`` is not a task-table header.

    A header names at least two known roles, one of them the measure text (a table of who does
    what without the measures themselves is not a task table). When a table has no text column, the column that the
    试点任务 label spans (an unlabelled or merged neighbour, or a second 试点任务) holds the
    tasks, and the first one their headings. A role printed twice keeps its first column, except
    responsibility columns whose labels give their bodies different roles (牵头单位 | 责任单位):
    each is kept, and a row reads them as labelled lists.
    """
    labels = tuple(cell.text if cell.merged_from != "left" else "" for cell in row.cells)
    roles: list[str | None] = [role_of(label) for label in labels]
    spans = [cell.merged_from == "left" for cell in row.cells]
    roles = _resolve_task_columns(roles, labels, spans)
    known = [r for r in roles if r]
    if len(known) < 2 or "text" not in known:
        return None
    if len(set(known)) < len(known):
        roles = _first_wins(roles, labels)
    shown = tuple(label if label else (row.cells[i - 1].text if spans[i] and i else "") for i, label in enumerate(labels))
    return Columns(labels=shown, roles=tuple(roles), spanned=tuple(spans))


def _resolve_task_columns(roles: list[str | None], labels: tuple[str, ...], spans: list[bool]) -> list[str | None]:
    """Give the columns labelled with a task word (试点任务, 重点任务 …) their role.

    A task or heading label spanning two columns (a merged neighbour, an unlabelled one, or the
    same label again) names the heading column and the task column; a task column holds the
    measures when no other column does, and otherwise groups them as the heading column, where it
    stands before the measures' column (after it, it is read by no role).
    """
    roles = before_task_roles(list(yielded_to_task(roles, labels)), labels)
    if "text" not in roles:
        for first, role in enumerate(roles):
            if role not in (TASK, "heading"):
                continue
            after = first + 1
            if after < len(roles) and (roles[after] in (TASK, "heading") or (roles[after] is None and (spans[after] or not labels[after].strip()))):
                roles[first], roles[after] = "heading", "text"
                break
    tasks = [i for i, role in enumerate(roles) if role == TASK]
    if tasks and "text" not in roles:
        roles[tasks.pop()] = "text"
    text = roles.index("text") if "text" in roles else len(roles)
    for i in tasks:
        # a column grouping the measures stands before them: a task label printed after the measures'
        # column (决策事项名称 | … | 预期目标) labels no group of them, and is read by no role; one printed
        # between a heading column and the measures' (类别 | 序号 | 任务名称 | 任务要求及举措: 闵行 2023) names the
        # task its rows carry out under their category, a second heading level
        heading = roles.index("heading") if "heading" in roles else None
        if heading is None and i < text:
            roles[i] = "heading"
        elif heading is not None and heading < i < text and SUBHEADING not in roles:
            roles[i] = SUBHEADING
        else:
            roles[i] = None
    return roles


def yielded_to_task(roles: list[str | None], labels: tuple[str, ...] | list[str]) -> list[str | None]:
    """``roles`` (of the columns printing ``labels``) with a text column whose label names the
    measures only where no task column is printed (``beside_task`` in ``columns.toml``: 建设内容)
    made a column no role reads where a task column (工作任务) is printed: the task is the measure,
    the content beside it no second text. Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    if TASK not in roles:
        return list(roles)
    yielding = {p for entry in vocabulary() for p in entry.beside_task}
    return [None if role == "text" and _label_key(fold(label)) in yielding else role for role, label in zip(roles, labels)]


def before_task_roles(roles: list[str | None], labels: tuple[str, ...] | list[str]) -> list[str | None]:
    """``roles`` (of the columns printing ``labels``) with a label no role reads given the role that lists it as
    ``before_task`` (``columns.toml``: 指标 as ``heading``) where a task or text column stands after it, so that its
    cells group the tasks beside them. Traditional characters read as simplified."""
    from pilotplans.normalizers.simplified import fold

    before = {p: entry.name for entry in vocabulary() for p in entry.before_task}
    if not before:
        return list(roles)
    result = list(roles)
    for i, (role, label) in enumerate(zip(roles, labels)):
        key = _label_key(fold(label)) if role is None and label else ""
        if key in before and any(later in (TASK, "text") for later in roles[i + 1:]):
            result[i] = before[key]
    return result


def _first_wins(roles: list[str | None], labels: tuple[str, ...]) -> list[str | None]:
    from pilotplans.normalizers.simplified import fold

    seen: set[str] = set()
    body_roles: set[str | None] = set()  # of the responsibility columns kept
    result: list[str | None] = []
    for role, label in zip(roles, labels):
        entry = _entry_of(fold(label)) if role == "responsibility" else None
        body_role = entry.body_role if entry else None
        if role == "responsibility" and role in seen and body_role is not None and body_role not in body_roles:
            result.append(role)
            body_roles.add(body_role)
        elif role and role in seen:
            result.append(None)
        else:
            if role == "responsibility":
                body_roles.add(body_role)
            result.append(role)
            if role:
                seen.add(role)
    return result


def is_header_repeat(row: Row, columns: Columns) -> bool:
    """True when ``row`` repeats the table's header (as printed on each new page), or one of the
    two rows of a header whose labels wrap (适用范 / 围): each cell then prints the start or the end
    of its own column's label."""
    texts = [squash(cell.text) for cell in row.cells if not cell.is_empty]
    labels = columns.printed_labels
    if bool(texts) and len(texts) >= min(2, len(labels)) and all(t in labels for t in texts):
        return True
    if len(row.cells) != columns.width or len(texts) < 2:
        return False
    own = [(squash(cell.text), label) for cell, label in zip(row.cells, columns.squashed) if not cell.is_empty]
    return any(text != label for text, label in own) and all(
        label and (label.startswith(text) or label.endswith(text)) for text, label in own)
