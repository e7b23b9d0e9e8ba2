"""Tables copied from a web page and flattened to one cell per line, with nothing between cells.

Nothing in the text marks a cell or a row: every line could as well be a paragraph. Such a table
is read only on strong evidence:

* a **header**: three or more lines in a row, each a whole label of the column vocabulary
  (``序号``, ``重点任务``, ``责任单位``, ``完成时限``), the first naming the number column; the
  header's lines give the column count. A page whose cells each copied as a paragraph of their own
  puts a blank line between them, in the header as in the rows: blank lines (a few at most) between
  two labels keep the header going;
* **numbered rows**: the header is followed (after any heading lines such as ``一、…``) by a row
  number standing alone on its line, and each later row opens with the next number in sequence
  alone on its line. The lines from one number to the next are the row's cells.

A row holds one line per column when no cell wraps. When it holds more, only the table's one text
column (具体举措, or the task column when there is none) may have taken the extra lines: the
columns before it take one line each from the front, those after it one line each from the back.
Heading lines (``一、…``, ``（一）…``) just before a row number are a row of their own. The last
row holds one line per column.

A web page merges a group cell (重点任务 before 具体措施) over the rows of its group, and the copy
prints it once: the group's later rows are one line short. Such a row is read with the group cell
of the row above (``merged_from="above"``, and ``Row.inferred`` saying so) only where the line that
would stand in the group column ends a sentence while the group cell above does not.

A header may hold labels the vocabulary does not know (主要工作举措 before it was added): where its
first line names the number column and the lines after it are short label-like lines, and at
least three rows each hold exactly as many lines as there are such lines (rows holding more are
wrapped rows where the known labels leave one column to take their extra lines), the rows' period
gives the column count and those lines are the header (an unknown label's role ``""``); with no
label naming the measures' column among them, the document is refused.

A row one line short whose last column holds short entries (责任领导, 完成时限), followed by the
next row number, lacks its last cell where the table's complete rows print that column and every
entry there is under half as long as the row's last line: read with that cell empty
(``Row.emptied``), else refused. Under a last 完成时限 column the row's last line naming bodies
(a deadline never does) is evidence enough where the complete rows' deadlines name none; the
last row so short is followed by the notice's signature (an office's name, then a whole date),
which stays out of the table. A row whose line placed as its deadline names bodies and no date
(its text wrapped, its deadline cell empty: the bodies stood as the deadline, the text's wrapped
line as the bodies) prints no deadline: its lines fill the other columns, the deadline read empty
(:func:`_deadline_not_printed`). So does a row under a deadline column printed right after the
text whose line placed as its deadline reads as no deadline and goes on a text line ending no
sentence (:func:`_text_over_empty_deadline`). A last row whose owners' cell prints one body a line
takes the lines after it that each name bodies (:func:`_owner_lines_after`).

A web page whose table was copied one cell to a paragraph is read by the same rules
(:func:`paragraph_tables`).

When the header and the first number are there but the rows cannot be assigned unambiguously (a
number out of sequence, a row number printed twice (a page number
between two rows), a row with fewer lines than columns, a wrapped row in a table with no single
text column, a text column ending on a line after a finished sentence), the document is refused with
:class:`FlattenedTableError` rather than read by guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pilotplans.layout import Block, Cell, Grid, Paragraph, Row, Where
from pilotplans.parsers.dates import DATE_TEXT, read_date
from pilotplans.parsers.text.lines import Line
from pilotplans.patterns import compiled
from pilotplans.textutil import is_terminated, nfkc, squash

_HEADING = compiled(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\S")
_MIN_COLUMNS = 3
_HEADER_BLANKS = 2  # the most blank lines in a row that may stand between two labels of a header
_WRAPPING_ROLES = ("text", "task")
_GOES_ON = "，、：,:"  # marks after which a sentence goes on: no cell ends with one
_BODY_ROLES = ("responsibility", "cooperating", "superior")  # columns that list bodies, never sentences
_SHORT_ROLES = ("leader", "deadline")  # columns whose cells are shorter than the text in a plausible row
_LABEL_STOPS = "。，；：、,;:！？!?（）()"  # no header label holds one
_UNIT = compiled(r"(?<=\S)\s*[（(][^（）()。，；：、,;:\s]{1,4}[)）]$")  # a short bracket closing a label: its unit (形象进度(%))
_OPENS_WITH_DATE = compiled(rf"^\s*{DATE_TEXT}")  # 2021年5月6日印发: a sign-off's date and what follows it
_SIGNERS = 3  # the most lines of issuers' names a signature prints over its date
_PERIOD_ROWS = 3  # the fewest rows whose line count gives the column count of a header not all known


class FlattenedTableError(ValueError):
    """A one-cell-per-line table whose rows cannot be told apart unambiguously."""


class TextEndUnclearError(FlattenedTableError):
    """A row whose lines of bodies after its text's full stop may end either of two cells side by side (牵头单位 |
    配合单位, or 责任单位 before a 备注 printing a body's name): a doubt the kinds of its cells do not settle either
    (both cells hold bodies), so no other reader of one-cell-per-line tables takes the row over."""


def _number(line: Line) -> int | None:
    """The row number a line holds alone, read as a 序号 cell is."""
    from pilotplans.normalizers.numbers import parse_measure_number

    found = parse_measure_number(line.text)
    return found.value if found else None


def _header_lines(lines: list[Line], start: int) -> list[int]:
    """The indices of the header's lines opening at ``lines[start]``: one per label while each line
    is a whole label of the column vocabulary, blank lines between two labels skipped (a page
    whose cells copied as paragraphs of their own; ``_HEADER_BLANKS`` in a row at most)."""
    from pilotplans.parsers.columns import is_whole_label, longest_label, role_of

    longest = longest_label()  # a longer line is no label: a cheap test before the vocabulary

    def is_label(line: Line) -> bool:
        text = line.text.strip()
        # a label spaced out to the column's width (主 要 工 作 任 务) is as long as its characters
        return (len(squash(text)) <= longest and not line.has_tab and "|" not in text and is_whole_label(text)
                and role_of(text) is not None)

    return _label_run(lines, start, is_label)


def _label_run(lines: list[Line], start: int, is_label: Callable[[Line], bool]) -> list[int]:
    """The indices of the lines opening at ``lines[start]`` while each is a label by ``is_label``,
    blank lines between two of them skipped (``_HEADER_BLANKS`` in a row at most)."""
    found: list[int] = []
    k = start
    while k < len(lines):  # by index: a slice would copy the rest of the text at every line
        line = lines[k]
        if line.blank:
            after = _next_content(lines, k)
            if not found or after - k > _HEADER_BLANKS or after >= len(lines):
                break
            k = after  # the next label, if it is one, goes on with the header
            continue
        if not is_label(line):
            break
        found.append(k)
        k += 1
    return found


def _header_roles(lines: list[Line], start: int, indices: list[int] | None = None) -> list[str]:
    """The column roles of the header opening at ``lines[start]`` (see :func:`_header_lines`),
    or of the header lines at ``indices`` when they were found already."""
    from pilotplans.parsers.columns import role_of

    if indices is None:
        indices = _header_lines(lines, start)
    return [role for k in indices if (role := role_of(lines[k].text.strip())) is not None]


def _opens_header(lines: list[Line], start: int) -> bool:
    return _is_header(_header_roles(lines, start))


def _is_header(roles: list[str]) -> bool:
    return len(roles) >= _MIN_COLUMNS and roles[0] == "number"


def _opens_page_end(line: Line) -> bool:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().opens_page_end(line.text)


def _interrupts_cells(line: Line) -> bool:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().interrupts_cells(line.text)


def _past_interruption(lines: list[Line], j: int) -> tuple[int, bool]:
    """The index of the first line after the page's lines opening at ``lines[j]`` (its number, mark or footer,
    blank lines among them: :meth:`~pilotplans.parsers.interpret.vocabulary.TaskListVocabulary.interrupts_cells`),
    and whether they opened a page's end (a site's footer, 扫一扫在手机打开当前页). The table goes on after them where
    the next row's number follows (the rows tell), or, after a page's number alone, where the row's next cell does."""
    ends_page = False
    while j < len(lines) and (lines[j].blank or _interrupts_cells(lines[j])):
        ends_page = ends_page or _opens_page_end(lines[j])
        j += 1
    return j, ends_page


def _next_content(lines: list[Line], i: int) -> int:
    while i < len(lines) and lines[i].blank:
        i += 1
    return i


def cell_table_end(lines: list[Line], start: int) -> int | None:
    """The index after the last line of a flattened table whose header opens at ``lines[start]``,
    or None if none opens there. Raises :class:`FlattenedTableError` when the header and its first
    row number are there but the rows cannot be read unambiguously."""
    found = _table_at(lines, start)
    return found[4] if found else None


def _table_at(lines: list[Line], start: int) -> tuple[list[str], list[Line], list[Line], list[list[Line]], int, set[int]] | None:
    """The header's column roles and lines, the heading lines before the first row, the rows (each
    its non-blank lines, the number first), the index after the table opening at ``lines[start]``
    and the rows (by index) printed without their last cell (see :func:`_last_cell_missing`).
    An unknown label role is ``""``."""
    first = lines[start]
    if first.blank or _number(first) is not None:
        return None
    indices = _header_lines(lines, start)
    roles = _header_roles(lines, start, indices)
    removed = 0
    if (roles and roles[0] == "number") or _number_label_split(lines, start, first.text.strip()):
        lines, removed = _split_labels_joined(lines, start)
        if removed:
            indices = _header_lines(lines, start)
            roles = _header_roles(lines, start, indices)
    labelled = _label_lines(lines, start) if roles and roles[0] == "number" else []
    if len(labelled) > len(indices) and _period_fits(lines, labelled):
        # a header holding a label the vocabulary does not know (主要工作举措): its lines are as many
        # as the lines of each row, every row opening with the next number
        from pilotplans.parsers.columns import role_of

        indices = labelled
        roles = [role_of(lines[k].text.strip()) or "" for k in indices]
        if not any(role in _WRAPPING_ROLES for role in roles):
            from pilotplans.parsers.interpret.refusal import reports_progress_in

            labels = "/".join(squash(lines[k].text) for k in indices)
            progress = reports_progress_in([squash(lines[k].text) for k in indices])
            report = (f" — its column {progress} reports work done: a report on a plan's progress, not the plan itself; "
                      f"read the plan it reports on") if progress else ""
            raise FlattenedTableError(
                f"one-cell-per-line table: its rows hold {len(indices)} lines each under the {len(indices)} labels "
                f"{labels} (line {lines[indices[0]].number}), none of which names the column of the measures; "
                f"which column holds them cannot be told{report}")
    elif not _is_header(roles):
        return None
    if len(roles) == len(indices):
        from pilotplans.parsers.columns import yielded_to_task

        # a content column beside a task column (工作任务 | 建设内容) takes no wrapped line: the task is the text
        roles = [role or "" for role in yielded_to_task(list(roles), [lines[k].text.strip() for k in indices])]
    header = [lines[k] for k in indices]
    headings: list[Line] = []
    i = _next_content(lines, indices[-1] + 1)
    while i < len(lines) and _HEADING.match(lines[i].text):
        headings.append(lines[i])
        i = _next_content(lines, i + 1)
    if i >= len(lines) or _number(lines[i]) is None:
        return None
    rows, end, short = _row_groups(lines, i, roles)
    return roles, header, headings, rows, end + removed, short


def _number_label_split(lines: list[Line], start: int, text: str) -> bool:
    """Whether ``lines[start]`` (``text``, stripped) and the next line are the number column's
    label printed over two lines: the first alone is no label, joined they name the number column
    (a label known whole alone, 序 of 序 / 号, opens a header as it is, and is joined there)."""
    from pilotplans.parsers.columns import role_of

    if len(text) > 2 or role_of(text) is not None:
        return False
    n = _next_content(lines, start + 1)
    return n < len(lines) and n - start <= _HEADER_BLANKS + 1 and role_of(text + lines[n].text.strip()) == "number"


def _split_labels_joined(lines: list[Line], start: int) -> tuple[list[Line], int]:
    """``lines`` with the header opening at ``lines[start]`` printed with labels over two lines
    (责任 / 单位, 完成 / 时限, 牵头 / 市领导: a web page's header cell too narrow for its label, each
    line a paragraph of its own) joined into one line per label, and how many lines fewer they are
    (``lines`` as given and 0 where no label is so split).

    The header's lines are the label-like lines opening at ``lines[start]`` (short, no sentence,
    no number, see :func:`_is_label_like`; blank lines between them as in :func:`_header_lines`).
    Two of them in a row are one label where joined they are a whole label of the column
    vocabulary (the known labels are data: ``columns.toml``) while one of them at least is none on
    its own: two labels each whole alone (牵头单位 / 配合单位) are two columns, and a line the
    vocabulary knows only with its neighbour is no column of its own. The joined header must open
    with the number column's label. A joined line keeps the first piece's line number (its
    header cell spans the pieces' lines: :func:`_header_row`)."""
    from pilotplans.parsers.columns import is_whole_label, role_of

    found = _label_run(lines, start, _is_label_like)
    if len(found) < 2:
        return lines, 0
    texts = [lines[k].text.strip() for k in found]
    header: list[Line] = []
    k = 0
    while k < len(found):
        if k + 1 < len(found):
            joined = texts[k] + texts[k + 1]
            if (is_whole_label(joined) and role_of(joined) is not None
                    and (role_of(texts[k]) is None or role_of(texts[k + 1]) is None)):
                header.append(Line(lines[found[k]].number, joined))
                k += 2
                continue
        header.append(Line(lines[found[k]].number, texts[k]))
        k += 1
    if len(header) == len(found) or role_of(header[0].text) != "number":
        return lines, 0
    end = found[-1] + 1
    return [*lines[:start], *header, *lines[end:]], end - start - len(header)


def _row_groups(lines: list[Line], first: int, roles: list[str]) -> tuple[list[list[Line]], int, set[int]]:
    """The rows from the row number at ``lines[first]`` on, each its non-blank lines (the number
    first), the index after the last, and the rows (by index) read without their last cell."""
    from pilotplans.parsers.interpret.fields import is_body_list

    width = len(roles)
    rows: list[list[Line]] = []
    short: dict[int, str] = {}  # rows one line short that may lack their last cell, and the refusal if not
    closed: set[int] = set()  # a last row one line short, the paragraph after the table taken out of it
    last_group: Line | None = None  # the group cell (重点任务) last printed, for a row whose one was merged
    expected = _number(lines[first])
    # a notice's signature (an office's name, then a whole date) is told from a last row's bodies
    # and deadline only where no row above prints its deadline as a whole date (2023年12月31日)
    signs = roles[-1] == "deadline"
    i = first
    while True:
        row = [lines[i]]
        j = i + 1
        after_headings = False  # the next row's number stands after headings, later than the next in sequence
        after_page = False  # the next row's number stands after a page's number or mark, out of sequence
        while j < len(lines):
            line = lines[j]
            if line.blank:
                j += 1
                continue
            if _interrupts_cells(line):
                after, ends_page = _past_interruption(lines, j)
                goes_on = after < len(lines) and _number(lines[after]) is None
                if (after < len(lines) and _number(lines[after]) == expected + 1) or (goes_on and not ends_page):
                    j = after  # a page turned inside the table: its number, mark or footer is no cell, the rows go on
                    continue
                break  # what ends a page (扫一扫在手机打开当前页), no row after it: the table ended
            number = _number(line)
            if number == expected and len(row) == 1:
                raise FlattenedTableError(
                    f"one-cell-per-line table: row {expected} (line {lines[i].number}) prints its number again on "
                    f"line {line.number} (a page number?); which line opens the row cannot be told")
            if (number == expected + 1 or _opens_header(lines, j)) and len(row) > 1:
                break
            if (signs and len(row) >= width - 1 and is_body_list(row[-1].text)
                    and _signature_at(lines, j, expected + 1, width)):
                break  # the notice's signature after a last row printing its bodies, no deadline (see _signature_at)
            if number is not None and len(row) >= width:
                raise FlattenedTableError(
                    f"one-cell-per-line table: line {line.number} holds row number {number} where "
                    f"{expected + 1} was expected after row {expected}; its rows cannot be told apart")
            row.append(line)
            j += 1
            if len(row) >= width and not _comes_soon(lines, j, expected + 1, width):
                if (later := _row_after_headings(lines, j, expected, roles)) is not None:
                    # the headings: rows of their own (a page's number or mark before them is no row)
                    row.extend(line for line in lines[j:later] if not line.blank and not _interrupts_cells(line))
                    j, after_headings = later, True
                    break
                if (turned := _row_after_page_turn(lines, j, roles)) is not None:
                    j, after_page = turned, True  # a row numbered out of sequence after a page's number: read, warned
                    break
                if _paragraph_after_short_row(row, roles):
                    j = lines.index(row.pop())  # the table ends before it
                    closed.add(len(rows))
                    break
                j = _owner_lines_after(lines, _last_row_end(lines, j, row, roles, signs), row, roles)
                break
        if len(rows) in closed:
            pass  # its last cell not printed, the paragraph after the table out of it (see _paragraph_after_short_row)
        elif len(row) == width - 1 and j >= len(lines) and _ends_short(row, roles):
            closed.add(len(rows))  # the table read again without that paragraph, or a page cut there
        elif len(row) == width - 1 and _merged_group_fits(row, roles, last_group):
            pass  # its group cell was merged with the row above: read_cell_table copies it down
        elif (len(row) == width - 1 and roles[-1] in _SHORT_ROLES
              and (j >= len(lines) or _number(lines[j]) == expected + 1
                   or (signs and _signature_at(lines, j, expected + 1, width)))):
            # the next row's number, the notice's signature or the text's end (the table read again
            # alone, cut where its rows end) after a row one line short
            short[len(rows)] = (f"one-cell-per-line table: row {expected} (line {lines[i].number}) holds "
                                f"{len(row) - 1} lines for {width - 1} columns; which cell is missing cannot be told")
        elif len(row) < width:
            raise FlattenedTableError(
                f"one-cell-per-line table: row {expected} (line {lines[i].number}) holds {len(row) - 1} "
                f"lines for {width - 1} columns; which cell is missing cannot be told")
        group = _group_column(roles)
        if group is not None and len(row) >= width:
            last_group = row[group]
        rows.append(row)
        signs = signs and not (len(row) >= width and read_date(row[-1].text) is not None)
        following = _number(lines[j]) if j < len(lines) else None
        if following != expected + 1 and not after_headings and not after_page:
            for index, refusal in short.items():
                if not _last_cell_missing(rows, index, roles, len(short)):
                    raise FlattenedTableError(refusal)
            return rows, j, set(short) | closed
        expected = following
        i = j


def _paragraph_after_short_row(row: list[Line], roles: list[str]) -> bool:
    """Whether the last row, holding one line per column, took the paragraph after the table as its
    last cell: that column lists bodies (配合单位), the line placed there finishes a sentence naming no
    bodies (各单位要高度重视,…确保各项实事项目按期完成。), while the column before it lists bodies and the
    row's text is whole. The row printed no last cell (no body assists); the paragraph is the notice's.
    A line naming bodies by their role phrases (财政局、教育局等部门配合。, 各镇(街道)负责落实。) is the cell
    itself, printed as a sentence, and stays the row's."""
    from pilotplans.parsers.interpret.fields import names_bodies_by_role

    return (len(row) == len(roles) and _is_sentence(row[-1].text) and not names_bodies_by_role(row[-1].text)
            and _ends_short(row[:-1], roles))


def _ends_short(row: list[Line], roles: list[str]) -> bool:
    """Whether ``row``, the table's last, one line short, ends whole before its last column, a list of bodies
    (配合单位): the column before lists bodies too and the row's line there names them, its text is whole. Read
    with that cell empty (``Row.emptied``, warned): the row's text, and those in charge, stand as printed."""
    from pilotplans.parsers.interpret.fields import is_body_list

    return (len(row) == len(roles) - 1 and roles[-1] in _BODY_ROLES and roles[-2] in _BODY_ROLES
            and is_body_list(row[-1].text) and all(is_terminated(row[k].text) for k in _text_columns(roles)))


def _row_after_page_turn(lines: list[Line], j: int, roles: list[str]) -> int | None:
    """The index of the row number after a page's number or mark from ``lines[j]`` on (blank lines
    aside), where a whole row opens there: the number, then as many lines as the table's columns
    take (no row number, header or page's line among them); else None. A site's footer (a page's
    end) is no such turn. Its number out of sequence (a jump: rows lost with a page; 1 again: the
    list numbered anew on the next page) says rows may be missing, which the interpreter warns of
    (number_gap, number_out_of_order): the rows are read, not dropped with nothing said."""
    k = _next_content(lines, j)
    if k >= len(lines) or not _interrupts_cells(lines[k]):
        return None
    after, ends_page = _past_interruption(lines, k)
    return after if not ends_page and after < len(lines) and _row_after_page(lines, after, roles) else None


def _row_after_page(lines: list[Line], j: int, roles: list[str]) -> bool:
    """Whether a whole row opens at ``lines[j]`` (see :func:`_row_after_page_turn`): its number, then one line
    per column, no line under a column of bodies (责任单位, 配合单位) finishing a sentence (as
    :func:`_sentence_in_bodies` tells). A figure printed alone after the table (5000 / 用于上述项目建设。 /
    由区财政局统筹。) is no row number: the lines after it are the notice's sentences, no row's cells."""
    if _number(lines[j]) is None:
        return False
    held: list[Line] = []
    k = _next_content(lines, j + 1)
    while k < len(lines) and len(held) < len(roles) - 1:
        if _number(lines[k]) is not None or _opens_header(lines, k) or _interrupts_cells(lines[k]):
            return False
        held.append(lines[k])
        k = _next_content(lines, k + 1)
    return len(held) == len(roles) - 1 and not _sentence_in_bodies([[lines[j]], *([line] for line in held)], roles)


def _row_after_headings(lines: list[Line], j: int, expected: int, roles: list[str]) -> int | None:
    """The index of the row number after the heading lines from ``lines[j]`` on (blank lines aside),
    where at least one heading stands there and the number is later than ``expected``, else None.

    A list's extract keeps only some of its rows under their headings, each with the list's own
    number (谯城区教育局's extract of the district's list: row 3 under 一, headings 二 to 五 with none of
    its rows under them, rows 68 and 69 under 六: prose-blind26): the numbers jump where headings stand
    between two rows, and the rows after them are the table's, the headings rows of their own. A jump
    with no heading before it (a page number, a restart at 1) is no such evidence, nor a number opening
    no whole row (see :func:`_row_after_page`: a figure in the prose after the table).

    The number may start again at 1 where the table numbers its rows anew under each heading (1–2 under 一、,
    1–2 under 二、): a whole row under a heading, in the table's columns, with no header or title of its own
    before it (a second table prints one, and a title is no heading: either ends the table here). A page's
    number or mark before the headings (…区统计局 / - 3 - / 二、民生实事 / 1 / …) is the page turning: the
    headings and rows after it go on with the table; a page's end (a site's footer) ends it."""
    k = _next_content(lines, j)
    if k < len(lines) and _interrupts_cells(lines[k]):
        j, ends_page = _past_interruption(lines, k)
        if ends_page:
            return None
    headings = 0
    while j < len(lines):
        line = lines[j]
        if not line.blank:
            if _HEADING.match(line.text) and _number(line) is None:
                headings += 1
            else:
                number = _number(line)
                return (j if headings and number is not None and (number > expected or number == 1)
                        and _row_after_page(lines, j, roles) else None)
        j += 1
    return None


def _label_lines(lines: list[Line], start: int) -> list[int]:
    """The indices of the short lines opening at ``lines[start]`` that may each be a header label,
    known to the vocabulary or not (see :func:`_is_label_like`), blank lines between them skipped
    as in :func:`_header_lines`; none unless the first is the number column's label."""
    from pilotplans.parsers.columns import role_of

    found = _label_run(lines, start, _is_label_like)
    if not found or role_of(lines[found[0]].text.strip()) != "number":
        return []
    return found


def _is_label_like(line: Line) -> bool:
    """Whether a line may be a header label: short (no longer than the vocabulary's longest
    label), no sentence, no punctuation, no number, no heading, no other table's marks."""
    from pilotplans.parsers.columns import longest_label

    text = _UNIT.sub("", line.text.strip())  # a unit closing a label (形象进度(%), 总投资（万元）) is no sentence's mark
    return (bool(text) and len(squash(text)) <= longest_label() and not line.has_tab and "|" not in text
            and not any(mark in text for mark in _LABEL_STOPS) and _number(line) is None
            and not _HEADING.match(text) and not text[0].isdigit())


def _period_fits(lines: list[Line], header: list[int]) -> bool:
    """Whether the rows under a header of ``len(header)`` lines each hold as many lines: after the
    header (and any heading lines) the number 1 stands alone on its line, and at least
    ``_PERIOD_ROWS`` rows, each from its number to the next number alone on a line, hold exactly
    as many lines as the header (heading lines just before a number aside), but for at most one
    row in four one line short (a cell not printed, see :func:`_last_cell_missing`). Where the
    header's known labels leave one column to take a wrapped row's extra lines (one text column, or
    one task column where there is none: :func:`_text_columns`, a 建设内容 beside a 主要任务 yielding
    to it), rows holding more lines are such rows and count neither way. The rows' period is the
    column count: a table whose header holds a label the vocabulary does not know is read where its
    rows say how many columns it has."""
    from pilotplans.parsers.columns import role_of, yielded_to_task

    width = len(header)
    if width < _MIN_COLUMNS:
        return False
    labels = [lines[k].text.strip() for k in header]
    roles = [role or "" for role in yielded_to_task([role_of(label) or "" for label in labels], labels)]
    wraps = len(_text_columns(roles)) == 1
    i = _next_content(lines, header[-1] + 1)
    while i < len(lines) and _HEADING.match(lines[i].text):
        i = _next_content(lines, i + 1)
    if i >= len(lines) or _number(lines[i]) != 1:
        return False
    expected, exact, short = 1, 0, 0
    while True:
        held: list[Line] = []
        j = _next_content(lines, i + 1)
        while j < len(lines) and _number(lines[j]) != expected + 1 and (wraps or len(held) <= width):
            if not _interrupts_cells(lines[j]):  # a page's number, mark or footer among the cells is no cell
                held.append(lines[j])
            j = _next_content(lines, j + 1)
        if j >= len(lines) or _number(lines[j]) != expected + 1:
            break  # the last row: its end is not told by a number
        while len(held) > width - 1 and _HEADING.match(held[-1].text):
            held.pop()
        if len(held) == width - 1:
            exact += 1
        elif len(held) == width - 2:
            short += 1
        elif not (wraps and len(held) > width - 1):
            return False
        expected += 1
        i = j
    return exact >= _PERIOD_ROWS and 4 * short <= exact + short


def _last_cell_missing(rows: list[list[Line]], index: int, roles: list[str], shorts: int) -> bool:
    """Whether row ``index``, one line short and followed by the next row number, lacks its last
    cell, a column of short entries (责任领导, 完成时限): its last line fits the column before (a
    list of bodies where that column lists bodies, as 配合单位 does, a date under 完成时限), and the table's complete rows
    (at least two, and at least three times as many as the rows one short) print that column, every
    entry of it shorter than half the row's last line, or every entry of it a deadline while the
    row's last line is none."""
    from pilotplans.parsers.interpret.fields import is_body_list, names_whose_bodies
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    width = len(roles)
    complete = [row for row in rows if len(row) == width]
    if len(complete) < 2 or len(complete) < 3 * shorts:
        return False
    last = rows[index][-1].text
    is_deadline = vocabulary().is_deadline
    if (roles[-2] in _BODY_ROLES and not is_body_list(last)) or (roles[-2] == "deadline" and not is_deadline(last)):
        return False  # a deadline the vocabulary does not know (常态化推进), a leader with his posts
    if all(is_deadline(row[-1].text) for row in complete) and not is_deadline(last):
        return True  # a deadline column, every complete row's entry a date, this row's last line none
    if roles[-1] == "deadline" and names_whose_bodies(last) and not is_deadline(last):
        # the row's last line names bodies, as a deadline never does (按省部署 merely ends as a body's
        # name: see names_whose_bodies): where the complete rows print their deadlines (a row whose
        # deadline's place holds bodies printed none, see _deadline_not_printed), none names a body
        # and two at least read as deadlines
        printed = [row[-1].text for row in complete if not names_whose_bodies(row[-1].text)]
        if sum(1 for text in printed if is_deadline(text)) >= 2:
            return True
    longest = max(len(squash(row[-1].text)) for row in complete)
    return 2 * longest < len(squash(last))


def _group_column(roles: list[str]) -> int | None:
    """The column that groups the rows (a task column before the text column: 重点任务 | 具体措施),
    whose cell a web page merges over the rows of one group; None when the table has none."""
    tasks = [k for k, role in enumerate(roles) if role == "task"]
    texts = [k for k, role in enumerate(roles) if role == "text"]
    if len(tasks) != 1 or len(texts) != 1 or tasks[0] > texts[0]:
        return None
    return tasks[0]


def _merged_group_fits(row: list[Line], roles: list[str], last_group: Line | None) -> bool:
    """Whether a row one line short lost its group cell to a merge with the row above: the table
    has a group column, a row above printed one, and the line standing where the group cell would
    ends a sentence (the row's text) while the group cell above does not (a title); where the last
    column is the deadline, the row's last line is one."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    group = _group_column(roles)
    if group is None or last_group is None or len(row) <= group:
        return False
    if not is_terminated(row[group].text) or is_terminated(last_group.text):
        return False
    return roles[-1] != "deadline" or vocabulary().is_deadline(row[-1].text)


def _last_row_end(lines: list[Line], j: int, row: list[Line], roles: list[str], signs: bool) -> int:
    """Where the last row, holding one line per column up to ``lines[j]``, ends (``row`` is
    extended when it takes more lines); ``j`` when it ends there.

    * When the table's last column is its deadline and the row's last line is no deadline while
      one of the next few lines is (no row number or header before it), the row's text wrapped and
      the row takes the lines up to that deadline, none of them a notice's signature where
      ``signs`` (see :func:`_signature_at`).
    * When the row's text as placed ends on no sentence end while the bodies' column after it holds
      a finished sentence (…机制。 read as the body in charge), the text wrapped into that column:
      the row takes as few of the next lines (no row number, header or page end among them) as
      leave no finished sentence in a column of bodies; when no count does, the document is
      refused (:class:`FlattenedTableError`)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    if roles[-1] == "deadline":
        if vocabulary().is_deadline(row[-1].text):
            return _second_task_end(lines, j, row, roles)
        found = _lines_to_deadline(lines, j, roles, stop_at_signature=signs)
        if found is None:
            return j
        taken, end = found
        row.extend(taken)
        return end
    past = _wrapped_past_deadline(lines, j, row, roles)
    if past is not None:
        return past
    return _wrapped_into_bodies(lines, j, row, roles)


def _owner_lines_after(lines: list[Line], j: int, row: list[Line], roles: list[str]) -> int:
    """Where the last row, whose lines end before ``lines[j]``, ends when its owners' cell goes on
    over the next lines, one body a line (区公安局 / 区司法局, a web page's owner cell of several
    paragraphs): the index after the last of them, ``j`` when there are none. ``row`` is left as
    it is: :func:`read_cell_table` adds the lines between the row's last line and the table's end
    to the row's last cell.

    Evidence, all of it: the table's last column lists bodies (责任单位, 配合单位) and the row's last
    line lists bodies, ending no sentence; each line taken names bodies saying whose they are
    (:func:`~pilotplans.parsers.interpret.fields.names_whose_bodies`) and ends no sentence, and is
    no row number, header, page end or notice's signature (:func:`_signature_at`, one printing
    no date line: :func:`_undated_sign_off_at`, and one dated by its month: :func:`_month_signature_at`, the
    bodies' column being the last). A paragraph
    after the table (各单位要高度重视…, 附件2) is none of these, and the lines stop at it."""
    from pilotplans.parsers.interpret.fields import is_body_list, names_whose_bodies

    if roles[-1] not in _BODY_ROLES or not is_body_list(row[-1].text) or is_terminated(row[-1].text):
        return j
    end = j
    taken = 0
    n = j
    while n < len(lines) and taken < len(roles):
        line = lines[n]
        if line.blank:
            n += 1
            continue
        if (_number(line) is not None or _opens_header(lines, n) or _opens_page_end(line)
                or not names_whose_bodies(line.text) or is_terminated(line.text)
                or _signature_at(lines, n, None, len(roles)) or _undated_sign_off_at(lines, n)
                or _month_signature_at(lines, n)):
            break
        taken += 1
        n += 1
        end = n
    return end


def _wrapped_past_deadline(lines: list[Line], j: int, row: list[Line], roles: list[str]) -> int | None:
    """The end of a last row whose text wrapped in a table printing its deadline column between
    the text and the bodies' columns (序号 | 工作任务 | 完成时限 | 责任单位), ``row`` extended; None
    where the row as placed (one line per column up to ``lines[j]``) stands.

    Placed one line per column, a wrapped text's second line stands as the deadline and the
    deadline as the bodies. The header's order says which line is which: the deadline is the
    line right before the bodies' lines (one per column after it). The row as placed stands where
    its deadline line reads as a deadline (``vocabulary().is_deadline``: a date, 长期, 持续推进).
    So does a row whose lines in the bodies' columns each list bodies and end no sentence while
    the line before them is neither a sentence nor a list of bodies (常态化推进, a deadline the
    vocabulary does not know). Else the row takes the fewest of the next lines (no row number,
    header, page end or notice's signature among them, :func:`_signature_at`) after which its
    lines so fit, none of the lines the text takes past its place naming bodies (a task's text
    never goes on with a line of bodies' names); where no count does within ``2 * len(roles)``
    lines, None."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    deadlines = [k for k, role in enumerate(roles) if role == "deadline"]
    texts = _text_columns(roles)
    if len(deadlines) != 1 or len(texts) != 1 or not texts[0] < deadlines[0] < len(roles) - 1:
        return None
    k = deadlines[0]
    owners = len(roles) - k - 1
    if any(role not in _BODY_ROLES for role in roles[k + 1:]):
        return None
    is_deadline = vocabulary().is_deadline

    def fits(tail: list[Line]) -> bool:
        deadline, bodies = tail[0].text.strip(), tail[1:]
        if not all(is_body_list(line.text) and not is_terminated(line.text) for line in bodies):
            return False
        return is_deadline(deadline) or not (is_terminated(deadline) or deadline[-1:] in _GOES_ON or is_body_list(deadline))

    if is_deadline(row[k].text) or fits(row[k:]):
        return None
    following: list[Line] = []
    for n in range(j, min(len(lines), j + 2 * len(roles))):
        line = lines[n]
        if line.blank:
            continue
        if (_number(line) is not None or _opens_header(lines, n) or _opens_page_end(line)
                or _signature_at(lines, n, None, len(roles))):
            return None
        following.append(line)
        joined = (row + following)[k:-(owners + 1)]  # the lines the text takes past its place
        if any(is_body_list(moved.text) for moved in joined):
            return None  # a task's text never goes on with a line of bodies' names: no wrapped text
        if fits((row + following)[-(owners + 1):]):
            row.extend(following)
            return n + 1
    return None


def _lines_to_deadline(lines: list[Line], j: int, roles: list[str], *, stop_at_date: bool = False,
                       stop_at_signature: bool = False) -> tuple[list[Line], int] | None:
    """The lines from ``lines[j]`` (blank ones skipped) up to the first that reads as a deadline,
    within the next ``2 * len(roles)`` lines, and where they end; None where a row number, a
    header or a page's end comes first (or, ``stop_at_date``, a notice's date line; or,
    ``stop_at_signature``, a notice's signature, see :func:`_signature_at`), or no deadline."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    is_deadline = vocabulary().is_deadline
    taken: list[Line] = []
    for k in range(j, min(len(lines), j + 2 * len(roles))):
        if lines[k].blank:
            continue
        if (_number(lines[k]) is not None or _opens_header(lines, k) or _opens_page_end(lines[k])
                or (stop_at_date and read_date(lines[k].text) is not None)
                or (stop_at_signature and _signature_at(lines, k, None, len(roles)))):
            return None
        taken.append(lines[k])
        if is_deadline(lines[k].text):
            return taken, k + 1
    return None


def _signature_at(lines: list[Line], k: int, following: int | None, width: int) -> bool:
    """Whether a notice's signature opens at ``lines[k]``, after the last row of its table: a body's
    name and its date on one line (XX市人民政府办公室 2023年5月6日), or up to ``_SIGNERS`` lines each
    ending like a body's name (:func:`~pilotplans.parsers.issuer_names.ends_like_a_body`) followed
    by a line printing a whole date (2023年5月6日; :func:`~pilotplans.parsers.dates.read_date`), with
    no row number ``following`` coming soon after (see :func:`_comes_soon`; a row's bodies
    followed by a deadline printed as a whole date, 市公安局 / 2023年12月31日, go on to the next
    row). A deadline never names a body, so such lines are no deadline of the row above them. The
    callers ask only where no row above prints its deadline as a whole date: a last row's second
    body and its deadline (县住建局 / 2023年12月31日) print the same shape there. A signer names its
    place (:func:`_says_its_place`): a body opening with a bare level marker (市财政局 /
    2025年12月31日) is a last row's second body over its deadline, no signature."""
    from pilotplans.parsers.dates import signed_line
    from pilotplans.parsers.issuer_names import ends_like_a_body

    n = _next_content(lines, k)
    if n < len(lines) and (signed := signed_line(nfkc(lines[n].text))) is not None and _says_its_place(signed["issuer"]):
        dated = n
    else:
        signers = 0
        while n < len(lines) and signers < _SIGNERS and ends_like_a_body(squash(lines[n].text)) \
                and not any(mark in lines[n].text for mark in _LABEL_STOPS) and _says_its_place(lines[n].text):
            signers += 1
            n = _next_content(lines, n + 1)
        if not signers or n >= len(lines) or read_date(lines[n].text) is None:  # ２０１７年３月１日 too (read_date folds the digits)
            return False
        dated = n
    return following is None or not _comes_soon(lines, dated + 1, following, width)


def _month_signature_at(lines: list[Line], k: int) -> bool:
    """Whether a signature dated by its month opens at ``lines[k]``: up to ``_SIGNERS`` lines each ending
    like a body's name, the first naming its place (略阳县文化和旅游局: a row's bodies leave their place to the
    document, 文化宣传股, 县文化馆), over a line of a year and month alone (2019年3月, 二〇一九年三月). Asked only where
    no deadline column follows the bodies' (a last row's owners over its deadline print the same shape)."""
    from pilotplans.parsers.dates import MONTH_LINE
    from pilotplans.parsers.issuer_names import ends_like_a_body

    if not _names_a_place(lines[k].text):
        return False
    n, signers = k, 0
    while n < len(lines) and signers < _SIGNERS and ends_like_a_body(squash(lines[n].text)):
        signers, n = signers + 1, _next_content(lines, n + 1)
    return bool(signers) and n < len(lines) and MONTH_LINE.match(nfkc(lines[n].text)) is not None


def _undated_sign_off_at(lines: list[Line], k: int) -> bool:
    """Whether a notice's sign-off opens at ``lines[k]`` printing no date line of its own (those
    :func:`_signature_at` reads): up to ``_SIGNERS`` lines each ending like a body's name, then a line
    opening with a whole date and going on (2021年5月6日印发, an office's imprint), or the text's end
    (or its page end) where the first of them names its place (大连市西岗区人民政府办公室: a notice
    signing with no date). A last row's owners go on over lines of bodies that name no place
    (区公安局 / 区司法局) and are followed by no date: a deadline column stands before the owners."""
    from pilotplans.parsers.issuer_names import ends_like_a_body

    n = _next_content(lines, k)
    signers = 0
    while n < len(lines) and signers < _SIGNERS and ends_like_a_body(squash(lines[n].text)) \
            and not any(mark in lines[n].text for mark in _LABEL_STOPS):
        signers += 1
        n = _next_content(lines, n + 1)
    if not signers:
        return False
    if n >= len(lines) or _opens_page_end(lines[n]):
        return _says_its_place(lines[_next_content(lines, k)].text)
    return _OPENS_WITH_DATE.match(nfkc(lines[n].text)) is not None


def _names_a_place(name: str) -> bool:
    """Whether ``name`` opens with a place of the gazetteer (略阳县文化和旅游局, 宁波市人民政府办公厅), perhaps after the
    Party's name (中共略阳县委宣传部: departments.toml ``party_prefix``), as a Party committee signing a joint notice
    first prints it."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.simplified import fold

    registry = load_registry()
    folded = fold(squash(name))
    party = next((p for p in registry.name_parts.party_prefix if folded.startswith(p)), "")
    return next(iter(registry.gazetteer.prefixes(folded[len(party):])), None) is not None


def _says_its_place(name: str) -> bool:
    """Whether a signer's name may open a notice's signature: it opens with its place (宁波市人民政府办公厅,
    市中区人民政府: a place of the gazetteer) or at least with no bare level marker (某县人民政府办公室);
    a name opening with a bare level marker (市财政局, 县住建局, 市人民政府办公室) leaves its place to
    the document, as a task table's bodies do, and a notice signs with its full name."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.simplified import fold

    registry = load_registry()
    folded = fold(squash(name))
    if next(iter(registry.gazetteer.prefixes(folded)), None) is not None:
        return True
    return not folded.startswith(registry.marker_words)


def _second_task_end(lines: list[Line], j: int, row: list[Line], roles: list[str]) -> int:
    """Where the last row, complete up to ``lines[j]`` with a deadline last, ends when the lines
    after it print a second task and deadline under its number and bodies (see
    :func:`_second_task`): as a row above would, it takes them (``row`` extended); ``j`` when
    they do not. The lines stop at a row number, a header, a page's end or a notice's date line
    (:func:`~pilotplans.parsers.dates.read_date`: a document's signing date after its last table,
    2016年2月26日, no deadline of a row)."""
    found = _lines_to_deadline(lines, j, roles, stop_at_date=True)
    if found is None or _second_task(row[1:] + found[0], roles) is None:
        return j
    following, end = found
    row.extend(following)
    return end


def _sentence_in_bodies(cells: list[list[Line]], roles: list[str]) -> bool:
    """Whether a column of bodies (责任单位, 配合单位…) holds a line ending a sentence with 。:
    the text of a task does; a list of bodies does not, even printed with a full stop (区政务办。)."""
    return any(role in _BODY_ROLES and any(_is_sentence(line.text) for line in cells[k])
               for k, role in enumerate(roles))


def _is_sentence(text: str) -> bool:
    """Whether a line ends a sentence with 。 and is no list of bodies' names."""
    from pilotplans.parsers.interpret.fields import is_body_list

    return text.rstrip().endswith("。") and not is_body_list(text)


def _wrapped_into_bodies(lines: list[Line], j: int, row: list[Line], roles: list[str]) -> int:
    """The end of a last row whose text wrapped into the bodies' column after it (see
    :func:`_last_row_end`); ``j`` when it did not."""
    texts = _text_columns(roles)
    if len(texts) != 1 or texts[0] + 1 >= len(roles) or roles[texts[0] + 1] not in _BODY_ROLES:
        return j
    k = texts[0]
    placed = row[k], row[k + 1]  # one line per column: row[0] is the number, row[c] column c's line
    if is_terminated(placed[0].text) or not _is_sentence(placed[1].text):
        return j
    following: list[Line] = []
    for n in range(j, min(len(lines), j + 2 * len(roles))):
        if lines[n].blank:
            continue
        if _number(lines[n]) is not None or _opens_header(lines, n) or _opens_page_end(lines[n]):
            break
        following.append(lines[n])
        body = row[1:] + following
        cells = [[row[0]], *_assign(body, roles, row[0])]
        if not _sentence_in_bodies(cells, roles):
            row.extend(following)
            return n + 1
    raise FlattenedTableError(
        f"one-cell-per-line table: the last row {_number(row[0])} (line {row[0].number}) reads a finished "
        f"sentence (line {placed[1].number}) as its {roles[k + 1]} and no following lines place it; "
        f"its text wrapped and where the row ends cannot be told")


def _comes_soon(lines: list[Line], j: int, following: int, width: int) -> bool:
    """Whether the row number ``following`` stands alone on a line within the next few lines
    (three rows' worth), so the lines before it still belong to the current row."""
    seen = 0
    while j < len(lines) and seen < 3 * width:
        if not lines[j].blank:
            if _number(lines[j]) == following:
                return True
            if _opens_header(lines, j):  # the next table's header: its rows are its own
                return False
            seen += 1
        j += 1
    return False


def read_cell_table(lines: list[Line]) -> Grid:
    """The grid of a flattened table found by :func:`cell_table_end`: the header row, then one row
    per row number; heading lines (before the first row, or the last lines before a row number in a
    row holding more lines than columns) are rows of their own."""
    found = _table_at(lines, 0)
    assert found is not None
    roles, header, headings, groups, _, short = found
    width = len(header)
    rows = [_header_row(lines, header)]
    rows.extend(_row([[line]]) for line in headings)
    merged_column = _group_column(roles)
    above: list[Line] = []  # the group cell of the row above
    deadlines = [_placed_deadline(group[1:], roles) for group in groups]
    for index, group in enumerate(groups):
        body = group[1:]
        trailing: list[Line] = []
        while len(body) > width - 1 and _HEADING.match(body[-1].text):
            trailing.insert(0, body.pop())
        if index in short:
            # one line short, its last cell not printed (see _last_cell_missing): read as empty
            cells = [[group[0]], *_assign(body, roles[:-1], group[0])]
            row = _row(cells, _doubt(cells, roles[:-1], header))
            empty = Cell(paragraphs=(), where=Where(line_start=body[-1].number, line_end=body[-1].number))
            label = header[-1].text.strip()
            after = (f"the next line opening row {_number(group[0]) + 1}" if index + 1 < len(groups)
                     else "the last row of its table (the notice's signature or the text's end after it)")
            rows.append(replace(row, cells=(*row.cells, empty), emptied=(
                f"row {group[0].text.strip()} (line {group[0].number}) prints one cell short, {after}: "
                f"its {label} cell read as empty")))
        elif len(body) == width - 2 and merged_column is not None:
            # one line short, its group cell merged with the row above (see _merged_group_fits)
            rest = roles[:merged_column] + roles[merged_column + 1:]
            cells = [[group[0]], *_assign(body, rest, group[0])]
            cells.insert(merged_column, above)
            row = _row(cells, _doubt(cells, roles, header))
            copied = replace(row.cells[merged_column], merged_from="above")
            label = header[merged_column].text.strip()
            rows.append(replace(row, cells=tuple(copied if k == merged_column else cell for k, cell in enumerate(row.cells)),
                                inferred=(f"row {group[0].text.strip()} (line {group[0].number}) prints one cell short: its "
                                          f"{label} cell read as merged with the row above ({'、'.join(l.text.strip() for l in above)[:20]})")))
        elif (split := _second_task(body, roles)) is not None:
            # a second task and deadline under the row's number and bodies (see _second_task)
            own, second = split
            cells = [[group[0]], *_assign(own, roles, group[0])]
            rows.append(_row(cells, _doubt(cells, roles, header)))
            rows.append(_second_task_row(cells, second, header))
        elif (unprinted := _deadline_not_printed(body, roles, group[0])) is not None:
            # the deadline cell left empty, its place taken by the bodies' line (see _deadline_not_printed)
            cells, k, placed = unprinted
            row = _row(cells, _doubt(cells, roles, header))
            rows.append(replace(row, placed=_bodies_placed(cells, roles, header), emptied=(
                f"row {group[0].text.strip()} (line {group[0].number}) prints no {header[k].text.strip()}: the line where "
                f"it would stand ({placed.text.strip()[:20]}, line {placed.number}) names bodies and no date; its "
                f"{header[k].text.strip()} cell read as empty")))
        elif (wrapped := _text_over_empty_deadline(body, roles, group[0], deadlines[:index] + deadlines[index + 1:])) is not None:
            # the deadline cell left empty, its place taken by the text's wrapped line (see _text_over_empty_deadline)
            cells, k, placed = wrapped
            row = _row(cells, _doubt(cells, roles, header))
            rows.append(replace(row, emptied=(
                f"row {group[0].text.strip()} (line {group[0].number}) prints no {header[k].text.strip()}: the line where "
                f"it would stand ({placed.text.strip()[:20]}, line {placed.number}) reads as no deadline and goes on "
                f"the text above it, which ends no sentence; its {header[k].text.strip()} cell read as empty")))
        else:
            cells = [[group[0]], *_assign(body, roles, group[0])]
            rows.append(replace(_row(cells, _doubt(cells, roles, header)), placed=_bodies_placed(cells, roles, header)))
            if merged_column is not None:
                above = cells[merged_column]
        rows.extend(_row([[line]]) for line in trailing)
    after = lines.index(groups[-1][-1]) + 1
    if owners := [line for line in lines[after:] if not line.blank]:
        # the last row's owners' cell went on over these lines, one body a line (see _owner_lines_after)
        rows[-1] = _with_owner_lines(rows[-1], owners, header)
    return Grid(rows=tuple(rows), where=rows[0].where.spanning(rows[-1].where))


def _with_owner_lines(row: Row, owners: list[Line], header: list[Line]) -> Row:
    """``row`` with ``owners`` (lines each naming bodies, after its last line) added to its last cell,
    and ``placed`` saying so."""
    last = row.cells[-1]
    start = last.where.line_start if last.where.line_start is not None else owners[0].number
    cell = replace(last, paragraphs=(*last.paragraphs, *(line.text.strip() for line in owners)),
                   where=Where(line_start=start, line_end=owners[-1].number))
    number = row.cells[0]
    said = (f"row {number.text} (line {number.where.line_start}): lines {owners[0].number}–{owners[-1].number} after "
            f"its last cell each name bodies: read as its {header[-1].text.strip()} cell going on, one body a line")
    return replace(row, cells=(*row.cells[:-1], cell), where=row.where.spanning(cell.where),
                   placed="; ".join(filter(None, (row.placed, said))))


def _header_row(lines: list[Line], header: list[Line]) -> Row:
    """The header's row, each label's cell placed on the lines it was printed over: a label printed
    over two lines (责任 / 单位) was joined into one line bearing the first piece's number (see
    :func:`_split_labels_joined`), and its cell spans to the last piece's line."""
    row = _row([[line] for line in header])
    by_number = {line.number: k for k, line in enumerate(lines)}
    cells = []
    for line, cell in zip(header, row.cells):
        k = by_number[line.number]
        label, printed = squash(line.text), ""
        while k < len(lines) and len(printed) < len(label):  # the pieces, blank lines between them aside
            printed += squash(lines[k].text)
            k += 1
        last = lines[k - 1].number if printed == label else line.number
        cells.append(cell if last == line.number else replace(cell, where=Where(line_start=line.number, line_end=last)))
    return replace(row, cells=tuple(cells), where=Where(line_start=header[0].number, line_end=cells[-1].where.line_end))


def _second_task(body: list[Line], roles: list[str]) -> tuple[list[Line], list[Line]] | None:
    """A row's lines split into its own cells and a second task printed under the same number and
    bodies (``5`` / 开工建设县老年养护楼。 / 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前: a web
    page's 序号 and 责任单位 cells spanning two rows, each row its own task and deadline), or None.

    Evidence, all of it: the columns after the number are the text, then columns listing bodies,
    then the deadline, last; the row's first lines fill them one each (its text ending a
    sentence, its bodies' lines each naming bodies, its deadline line none and no sentence); the
    lines after them are text ending a sentence and a last line standing as the deadline again
    (no bodies' names, no sentence), none of them a body list (a second row of its own bodies would
    be a row of its own number); and one of the two deadline lines reads as a deadline."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    columns = roles[1:]
    if (len(columns) < 3 or columns[0] not in _WRAPPING_ROLES or columns[-1] != "deadline"
            or any(role not in _BODY_ROLES for role in columns[1:-1]) or len(body) < len(columns) + 2):
        return None
    own, second = body[:len(columns)], body[len(columns):]

    def no_body_no_sentence(line: Line) -> bool:
        return not is_body_list(line.text) and not is_terminated(line.text)

    if (not is_terminated(own[0].text) or not all(is_body_list(line.text) for line in own[1:-1])
            or not no_body_no_sentence(own[-1])):
        return None
    if (not is_terminated(second[-2].text) or not no_body_no_sentence(second[-1])
            or any(is_body_list(line.text) for line in second[:-1])):
        return None
    is_deadline = vocabulary().is_deadline
    if not (is_deadline(own[-1].text) or is_deadline(second[-1].text)):
        return None
    return own, second


def _second_task_row(above: list[list[Line]], second: list[Line], header: list[Line]) -> Row:
    """The row of a second task (see :func:`_second_task`): its text and deadline as printed, its
    number and bodies' cells copies of the row above's (``merged_from="above"``), as a web page's
    cells spanning both rows read; ``inferred`` says so."""
    row = _row([above[0], second[:-1], *above[2:-1], [second[-1]]])  # number, text, bodies, deadline
    spanned = {0, *range(2, len(above) - 1)}  # the number and the bodies' columns
    copies = _row(above).cells
    cells = tuple(replace(copies[k], merged_from="above") if k in spanned else cell for k, cell in enumerate(row.cells))
    number = above[0][0]
    labels = "、".join(header[k].text.strip() for k in sorted(spanned))
    return replace(row, cells=cells, inferred=(
        f"row {number.text.strip()} (line {number.number}) prints a second task and deadline after its own (line "
        f"{second[0].number}): read as a row under the same {labels} cells, merged with the row above"))


def _deadline_not_printed(body: list[Line], roles: list[str],
                          number: Line) -> tuple[list[list[Line]], int, Line] | None:
    """The cells of a row that prints no deadline, its deadline cell empty (``[]``), the
    deadline's column and the line the usual placing put there; None where the row shows no such thing.

    A row whose deadline cell is empty holds one line fewer than a row that prints one: placed
    one line per column with the extra lines in the text column, the deadline column then takes
    the line of the column next to it (the bodies of 责任单位 before a last 完成时限) and the text's
    wrapped line moves into the bodies' column. Evidence, all of it: the table has one deadline
    column; the line placed there is no deadline (``vocabulary().is_deadline``: a date, 长期,
    持续推进) but names bodies, each saying whose it is
    (:func:`~pilotplans.parsers.interpret.fields.names_whose_bodies`); placed without the deadline
    column, the row's lines fill every other column, each column of bodies with lines that name
    bodies, and no line naming bodies joins the text (a row printing two bodies and no deadline,
    its text no sentence, stays as placed, doubted by :func:`_doubt`). A deadline the vocabulary
    does not know (常态化推进, 按年度, 按省部署: no place opens it) names no body and stays where it
    was printed."""
    from pilotplans.parsers.interpret.fields import names_whose_bodies
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    k = _deadline_column(roles)
    if k is None:
        return None
    rest = roles[:k] + roles[k + 1:]
    texts = _text_columns(rest)
    if len(texts) != 1 or len(body) < len(rest) - 1:
        return None
    placed = _usual_place(body, roles, k, texts[0])
    if vocabulary().is_deadline(placed.text) or not names_whose_bodies(placed.text):
        return None
    cells = _assigned_with_bodies(body, rest, number)
    if cells is None:
        return None
    if any(names_whose_bodies(line.text) for c in texts for line in cells[c - 1][1:]):
        return None  # a body's line would join the text (加强统筹 / 市商务局 / 市财政局: two bodies, no deadline)
    cells.insert(k - 1, [])
    return [[number], *cells], k, placed


def _placed_deadline(body: list[Line], roles: list[str]) -> Line | None:
    """The line a row's one deadline column takes in the usual placing (the columns before the text
    column one line each from the front, those after it one each from the back), or None where the
    table has no single deadline and text column or the row too few lines to fill its columns."""
    k = _deadline_column(roles)
    texts = _text_columns(roles)
    if k is None or len(texts) != 1 or len(body) < len(roles) - 1:
        return None
    return _usual_place(body, roles, k, texts[0])


def _deadline_column(roles: list[str]) -> int | None:
    """The table's one deadline column, None where it has none or several, or only as its first."""
    deadlines = [k for k, role in enumerate(roles) if role == "deadline"]
    return deadlines[0] if len(deadlines) == 1 and deadlines[0] != 0 else None


def _usual_place(body: list[Line], roles: list[str], column: int, text_column: int) -> Line:
    """The line of ``body`` the usual placing gives ``column`` of a row of ``roles``' columns: the
    columns before the text column take one line each from the front, those after it one each from
    the back (the number's line is not in ``body``)."""
    return body[column - 1] if column < text_column else body[len(body) - (len(roles) - column)]


def _text_over_empty_deadline(body: list[Line], roles: list[str], number: Line,
                              others: list[Line | None]) -> tuple[list[list[Line]], int, Line] | None:
    """The cells of a row that prints no deadline while its text wrapped, under a deadline column
    printed right after the text (序号 | 工作任务 | 完成时限 | 责任单位), its deadline cell empty
    (``[]``), the deadline's column and the line the usual placing put there; None where the row
    shows no such thing. ``others`` are the lines the table's other rows place as their deadlines.

    Such a row holds as many lines as a complete row: placed one line per column, the text's
    wrapped line stands as the deadline. A deadline reads as one (``vocabulary().is_deadline``: a
    date, 长期坚持, 持续推进); evidence, all of it: the line placed as the deadline does not and lists
    no bodies (those :func:`_deadline_not_printed` reads); the text line before it ends no sentence;
    and either that line ends a sentence itself (…时限。), or at least two other rows print a
    deadline and every one of them reads as a deadline (a table whose deadlines are dates) or the
    most of them read as deadlines and the line is longer than every one of them (a deadline is a
    short entry; where the table prints wordings the vocabulary does not know, 常态化推进, one as
    short may be this row's, and it stays; where most of its deadlines are such wordings, a longer
    one, 按照省市统一部署推进, may be this row's too, and it stays);
    placed without the deadline column, every column of bodies lists bodies."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    placed = _placed_deadline(body, roles)
    if placed is None:
        return None
    k = roles.index("deadline")
    if _text_columns(roles) != [k - 1] or k + 1 >= len(roles):
        return None
    is_deadline = vocabulary().is_deadline
    before = body[body.index(placed) - 1]
    if _opens_with_deadline(placed.text) or is_body_list(placed.text) or is_terminated(before.text):
        return None
    printed = [line.text for line in others if line is not None and line.text.strip()]
    longest = max((len(squash(text)) for text in printed), default=0)
    known = sum(1 for text in printed if is_deadline(text))
    if not (_is_sentence(placed.text) or (len(printed) >= 2 and (known == len(printed)
                                                                 or (2 * known > len(printed)
                                                                     and len(squash(placed.text)) > longest)))):
        return None
    cells = _assigned_with_bodies(body, roles[:k] + roles[k + 1:], number)
    if cells is None:
        return None
    cells.insert(k - 1, [])
    return [[number], *cells], k, placed


_CLAUSE_END = compiled(r"[，,；;]")


def _opens_with_deadline(text: str) -> bool:
    """Whether ``text`` reads as a deadline (``vocabulary().is_deadline``) or its first clause does:
    a deadline cell may go on past its date (2024年6月底前完成，并长期坚持). A wrapped text line so
    opening (年底前完成验收，…) is left where the usual placing puts it: a deadline misread as text
    loses the row's deadline silently."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    is_deadline = vocabulary().is_deadline
    return is_deadline(text) or is_deadline(_CLAUSE_END.split(text.strip(), maxsplit=1)[0])


def _text_columns(roles: list[str]) -> list[int]:
    """The columns that may have taken a wrapped row's extra lines: the text columns (具体举措), or
    where there is none the task columns."""
    return ([k for k, role in enumerate(roles) if role == "text"]
            or [k for k, role in enumerate(roles) if role in _WRAPPING_ROLES])


def _assigned_with_bodies(body: list[Line], roles: list[str], number: Line) -> list[list[Line]] | None:
    """The lines of each column after the number column (:func:`_assign`), where ``roles`` place
    them and each column of bodies holds lines that list bodies; None otherwise: how a row's lines
    fall when its deadline column is left out (a deadline not printed, or printed in the text's)."""
    from pilotplans.parsers.interpret.fields import is_body_list

    try:
        cells = _assign(body, roles, number)
    except FlattenedTableError:
        return None
    if not all(is_body_list(line.text) for c, role in enumerate(roles[1:]) if role in _BODY_ROLES for line in cells[c]):
        return None
    return cells


def _assign(body: list[Line], roles: list[str], number: Line) -> list[list[Line]]:
    """The lines of each column after the number column: one line each, the extra lines of a
    wrapped row going to the table's one text column."""
    columns = len(roles) - 1
    candidates = [k - 1 for k in _text_columns(roles)]
    if len(body) == columns:
        cells = [[line] for line in body]
        if len(candidates) == 1:
            _check_text_end(cells[candidates[0]], len(body), columns, number)
        return cells
    if len(candidates) != 1:
        raise FlattenedTableError(
            f"one-cell-per-line table: row {_number(number)} (line {number.number}) holds {len(body)} lines "
            f"for {columns} columns, and no single text column can have taken the extra lines")
    k = candidates[0]
    after = columns - k - 1
    cells = [[line] for line in body[:k]] + [body[k:len(body) - after]] + [[line] for line in body[len(body) - after:]]
    text = cells[k]
    placed = _deadline_inside_text(cells, k, roles)
    if placed is not None:
        return placed
    if not is_terminated(text[-1].text) and any(is_terminated(line.text) for line in text[:-1]):
        placed = _bodies_after_sentence(cells, k, roles)
        if placed is not None:
            return placed
        unclear = TextEndUnclearError if _bodies_either_side(cells, k, roles) else FlattenedTableError
        raise unclear(
            f"one-cell-per-line table: row {_number(number)} (line {number.number}) holds {len(body)} lines "
            f"for {columns} columns, and where its text ends is unclear (line {text[-1].number} follows "
            f"the end of a sentence and may open the next column)")
    _check_text_end(text, len(body), columns, number)
    _check_no_bodies_inside(text, len(body), columns, number)
    return cells


def _deadline_inside_text(cells: list[list[Line]], k: int, roles: list[str]) -> list[list[Line]] | None:
    """The cells of a row printing its owners one body a line under a 完成时限 column printed between
    the text and one column of bodies (序号 | 工作任务 | 完成时限 | 责任单位: 加强统筹 / 建立台账 /
    2023年底前 / 区商务局 / 区财政局), ``cells`` as placed with every extra line in the text column
    ``k``; None where the row shows no such thing.

    As placed, the deadline stands in the text, the first body as the deadline (warned) and the
    second as the owner. Evidence, all of it: the header's order (the deadline column right after
    the text, one bodies' column after it, the last); the line placed as the deadline lists bodies
    and reads as no deadline; a line of the text past its first reads as a deadline of the
    vocabulary (``vocabulary().is_deadline``) and every line after it lists bodies, ending no
    sentence. That line is then the deadline and the lines after it the owners'."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    columns = roles[1:]
    if k + 2 != len(columns) - 1 or columns[k + 1] != "deadline" or columns[k + 2] not in _BODY_ROLES:
        return None
    is_deadline = vocabulary().is_deadline
    placed = cells[k + 1]
    if any(is_deadline(line.text.strip()) or not is_body_list(line.text) for line in placed):
        return None
    text = cells[k]
    at = next((n for n in range(len(text) - 1, 0, -1) if is_deadline(text[n].text.strip())), None)
    if at is None:
        return None
    owners = [*text[at + 1:], *placed, *cells[k + 2]]
    if not all(is_body_list(line.text) and not is_terminated(line.text) for line in owners):
        return None
    return [*cells[:k], text[:at], [text[at]], owners]


def _check_no_bodies_inside(text: list[Line], lines: int, columns: int, number: Line) -> None:
    """Refuse a row whose text column as placed goes on, after a line ending a sentence, with a
    line that only names bodies (开工建设养护楼。 / 县民政局 / 5月底前 / 开工建设老年大学。): a task's text
    does not, so the row holds the cells of more than one row (a second task with bodies of its
    own, a row whose number was lost) and its lines cannot be placed."""
    from pilotplans.parsers.interpret.fields import is_body_list

    for before, line in zip(text, text[1:]):
        if is_terminated(before.text) and is_body_list(line.text) and not is_terminated(line.text):
            raise FlattenedTableError(
                f"one-cell-per-line table: row {_number(number)} (line {number.number}) holds {lines} lines "
                f"for {columns} columns, and its text as placed goes on after a full stop with a line naming "
                f"bodies (line {line.number}): the row holds more than one row's cells; its lines cannot be placed")


def _bodies_after_sentence(cells: list[list[Line]], k: int, roles: list[str]) -> list[list[Line]] | None:
    """The cells of a row whose bodies' column printed one body a line (县水务局 / 县住建局 /
    县护城河指挥部, a web page's owner cell of several paragraphs), ``cells`` as placed with every
    extra line in the text column ``k``; None where the row shows no such thing.

    Evidence, all of it: the column right after the text lists bodies (责任单位, 牵头单位); the text
    as placed ends a sentence on a line and goes on with lines that each name bodies and end no
    sentence; the line placed in the bodies' column names bodies too. Those lines then open the
    bodies' cell rather than end the text: a task's text does not go on, after its full stop,
    with a line of bodies' names. The lines taken from the text each name bodies the registry
    knows by name (县水务局), not merely end as a body's name does: a sentence's words wrapped after
    a full stop may (考核结果报送县政府, 由县住建局), and those stay refused. The column after the
    bodies' column neither lists bodies (牵头单位 | 配合单位) nor prints a body's name (a 备注 naming
    one): the stacked lines could then end in either cell, and the row stays refused."""
    from pilotplans.parsers.interpret.fields import is_body_list, names_known_bodies

    columns = roles[1:]
    if k + 1 >= len(columns) or columns[k + 1] not in _BODY_ROLES:
        return None
    text = cells[k]
    last = max(n for n, line in enumerate(text) if is_terminated(line.text))
    moved = text[last + 1:]
    owner = cells[k + 1]
    if not moved or not all(names_known_bodies(line.text) and not is_terminated(line.text) for line in moved):
        return None
    if not all(is_body_list(line.text) and not is_terminated(line.text) for line in owner):
        return None
    if _bodies_either_side(cells, k, roles):
        return None  # the next column lists bodies too (牵头单位 | 配合单位) or prints one: where each cell ends cannot be told
    return [*cells[:k], text[:last + 1], [*moved, *owner], *cells[k + 2:]]


def _bodies_either_side(cells: list[list[Line]], k: int, roles: list[str]) -> bool:
    """Whether the column after the bodies' column (``k + 1``, after the text ``k``) lists bodies too (牵头单位 |
    配合单位) or, as placed, prints one (a 备注 naming a body): lines of bodies stacked there may end either cell."""
    from pilotplans.parsers.interpret.fields import is_body_list

    columns = roles[1:]
    return (k + 2 < len(columns) and columns[k + 1] in _BODY_ROLES
            and (columns[k + 2] in _BODY_ROLES or any(is_body_list(line.text) for line in cells[k + 2])))


def _bodies_placed(cells: list[list[Line]], roles: list[str], header: list[Line]) -> str | None:
    """What :func:`_bodies_after_sentence` placed in a row, in words; None where it placed nothing
    (only it gives a column other than the text more than one line)."""
    text = set(_text_columns(roles))
    for k, cell in enumerate(cells):
        if k and k not in text and len(cell) > 1:
            return (f"row {cells[0][0].text.strip()} (line {cells[0][0].number}): lines {cell[0].number}–{cell[-1].number} "
                    f"after its text's full stop each name bodies: read as its {header[k].text.strip()} cell, one body a line")
    return None


def _check_text_end(text: list[Line], lines: int, columns: int, number: Line) -> None:
    """Refuse a row whose text column as placed ends on a mark that goes on to more words (，、：):
    no cell ends there, so lines of the row stand in other columns than placed (a wrapped
    responsibility cell, an empty cell gone, the last row's text wrapped)."""
    last = text[-1].text.rstrip()
    if last and last[-1] in _GOES_ON:
        raise FlattenedTableError(
            f"one-cell-per-line table: row {_number(number)} (line {number.number}) holds {lines} lines "
            f"for {columns} columns, and its text as placed ends on line {text[-1].number} with "
            f"“{last[-1]}”, which no cell ends with; its lines cannot be placed")


def _doubt(cells: list[list[Line]], roles: list[str], header: list[Line]) -> str | None:
    """What looks wrong with a row as placed: a cell of a column that holds short entries (a
    leader's name, a deadline) longer than the row's text, as when the lines stand in another
    order than the header's; a leader's cell naming a body (a last row printed without its leader,
    the office of the colophon after the table taken for it); a deadline's cell naming a body and
    no date (a row printing no deadline whose lines :func:`_deadline_not_printed` could not place
    without it: 县发改局 / 县财政局 / 县商务局 stacked under 牵头单位 and 配合单位); a deadline's cell
    before a column of bodies ending a sentence, no deadline, while that column names no body (a
    wrapped last row :func:`_wrapped_past_deadline` could not close)."""
    from pilotplans.parsers.interpret.fields import is_body_list, names_whose_bodies
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    wrapping = _text_columns(roles)
    if len(wrapping) != 1:
        return None
    text = "".join(line.text.strip() for line in cells[wrapping[0]])
    for k, role in enumerate(roles):
        value = "".join(line.text.strip() for line in cells[k])
        if role == "leader" and value and is_body_list(value):
            return (f"row {cells[0][0].text.strip()} (line {cells[0][0].number}): its {header[k].text.strip()} cell "
                    f"({value[:20]}) names a body, no leader; its lines may stand in the wrong columns")
        if role == "deadline" and value and names_whose_bodies(value) and not vocabulary().is_deadline(value):
            return (f"row {cells[0][0].text.strip()} (line {cells[0][0].number}): its {header[k].text.strip()} cell "
                    f"({value[:20]}) names a body and no date; its lines may stand in the wrong columns")
        if (role == "deadline" and k + 1 < len(roles) and roles[k + 1] in _BODY_ROLES and is_terminated(value)
                and not vocabulary().is_deadline(value)
                and not all(is_body_list(line.text) for line in cells[k + 1])):
            # a deadline printed before the bodies' column (完成时限 | 责任单位): a sentence there and no
            # body after it is a wrapped text's line standing as the deadline (see _wrapped_past_deadline)
            return (f"row {cells[0][0].text.strip()} (line {cells[0][0].number}): its {header[k].text.strip()} cell "
                    f"({value[:20]}) ends a sentence and its {header[k + 1].text.strip()} cell names no body; "
                    f"its lines may stand in the wrong columns")
        if role in _SHORT_ROLES and len(value) > len(text):
            return (f"row {cells[0][0].text.strip()} (line {cells[0][0].number}): its {header[k].text.strip()} cell "
                    f"({value[:20]}) is longer than its text ({text[:20]}); its lines may stand in the wrong columns")
    return None


def _row(cells: list[list[Line]], doubt: str | None = None) -> Row:
    grid_cells = tuple(
        Cell(paragraphs=tuple(line.text.strip() for line in cell if line.text.strip()),
             where=Where(line_start=cell[0].number, line_end=cell[-1].number) if cell else Where())
        for cell in cells
    )
    printed = [cell.where for cell in grid_cells if cell.where.line_start is not None] or [grid_cells[0].where]
    return Row(cells=grid_cells, where=printed[0].spanning(printed[-1]), doubt=doubt)


def paragraph_tables(blocks: tuple[Block, ...], source: str) -> tuple[Block, ...]:
    """The blocks of a web page, a DOCX or a PDF with each table it prints as paragraphs, one cell
    to a paragraph (a table copied into the page's editor flattened, then saved or printed), read as
    a grid by the rules of this module, each paragraph standing as a line; the other blocks as they
    are. The grid has no line numbers (such a file has none): each cell and row is placed where its
    paragraphs are (a PDF's page and box; nowhere on a web page or in a DOCX). Raises :class:`UnreadableFile` when such a table's rows cannot
    be told apart, naming the paragraph (its ordinal among the page's blocks)."""
    from pilotplans.errors import UnreadableFile

    found: list[Block] = []
    run: list[tuple[int, Paragraph]] = []
    wheres = {index: block.where for index, block in enumerate(blocks, start=1) if isinstance(block, Paragraph)}

    def flush() -> None:
        lines = [Line(index, paragraph.text) for index, paragraph in run]
        i = 0
        try:
            while i < len(lines):
                end = cell_table_end(lines, i)
                if end is None:
                    found.append(run[i][1])
                    i += 1
                    continue
                found.append(_placed(read_cell_table(lines[i:end]), wheres))
                i = end
        except FlattenedTableError as error:
            raise UnreadableFile(source, _LINE_WORD.sub("paragraph", str(error))) from None
        run.clear()

    for index, block in enumerate(blocks, start=1):
        if isinstance(block, Paragraph) and "\n" not in block.text:
            run.append((index, block))
            continue
        flush()
        found.append(block)
    flush()
    return tuple(found)


_LINE_WORD = compiled(r"\bline(?= \d)")


def _placed(grid: Grid, wheres: dict[int, Where]) -> Grid:
    """A grid read from a file's paragraphs, the paragraphs' ordinals it holds as line numbers
    replaced by where those paragraphs are (``wheres``, by ordinal)."""
    def said(words: str | None) -> str | None:
        return _LINE_WORD.sub("paragraph", words) if words else words

    def at(where: Where) -> Where:
        placed = Where()
        if where.line_start is not None:
            for ordinal in range(where.line_start, (where.line_end or where.line_start) + 1):
                placed = placed.spanning(wheres.get(ordinal, Where()))
        return placed

    rows = tuple(replace(row, where=at(row.where), cells=tuple(replace(cell, where=at(cell.where)) for cell in row.cells),
                         doubt=said(row.doubt), inferred=said(row.inferred), emptied=said(row.emptied))
                 for row in grid.rows)
    return Grid(rows=rows, where=at(grid.where))
