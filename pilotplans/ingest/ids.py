"""What a document id may hold: one rule for the id a manifest gives and the id made from a file's name.

An id is what a user types after ``--document``, ``diff``, ``coverage --national/--local`` and reads
back in ``documents`` and every output. It may hold any character, spaces inside it too: a file's
name is the id of a file the manifest does not list (``成都 2020.txt`` → ``成都 2020``), and every
message names such an id in quotes a shell gives back whole (:func:`pilotplans.errors.shown_id`).
It may not hold

- a slash or a backslash: ``diff`` and ``coverage --round`` take a file or an id, and a name with a
  path's separator would be read as a path (no file name on Windows holds either);
- a control character (a tab, a line break): the listings and tables print an id on one line;
- an invisible character (a format character: the zero-width space U+200B, the byte-order mark U+FEFF,
  a direction mark): no listing shows it, so ``成都2020\\u200b`` would be listed as ``成都2020`` and not
  found under it;
- bytes that are not text: a file name not in UTF-8 (a name in GBK, as an archive made on Windows
  gives) is read as lone surrogates, which no database, CSV or JSON can store;
- a space at its start or end (any whitespace ``str.strip`` takes, the full-width 　 too): no listing
  shows it, and an id that differs from another by it alone cannot be told apart from it.
"""

from __future__ import annotations

import unicodedata

#: The rule, as an error says it.
ID_RULE = ("a document id may hold spaces, but no slash or backslash, no tab or line break, "
           "no invisible character, and no space at its start or end")

#: What a name whose bytes are not UTF-8 holds, as an error says it.
UNDECODED_NAME = "holds bytes that are not UTF-8 (a name in GBK?)"

#: Unicode categories of the characters that break a line or control a terminal (\t, \n, \r, U+2028 …).
_CONTROL = frozenset({"Cc", "Zl", "Zp"})
#: The Unicode category of the characters a listing does not show (U+200B, U+FEFF, U+200E …).
_INVISIBLE = "Cf"
#: The Unicode category of what Python makes of a file name's bytes that are not UTF-8 (\udcb3 …).
_UNDECODED = "Cs"
#: The categories a message writes as their escape: id_fault tells the three apart, a message shows each alike.
_ESCAPED = _CONTROL | {_INVISIBLE, _UNDECODED}


def id_fault(value: str) -> str | None:
    """What keeps ``value`` from being a document id (``holds a slash``), or None when it is one."""
    if not value:
        return "is empty"
    if "/" in value or "\\" in value:
        return "holds a slash" if "/" in value else "holds a backslash"
    if any(unicodedata.category(ch) in _CONTROL for ch in value):
        return "holds a tab or a line break"
    if any(unicodedata.category(ch) == _UNDECODED for ch in value):
        return UNDECODED_NAME
    if any(unicodedata.category(ch) == _INVISIBLE for ch in value):
        return "holds an invisible character"
    if value != value.strip():
        return "has a space at its start or end"
    return None


def name_fitted(name: str) -> str:
    """A file name a server gave (an address's last part, a query's ``filename=``, a link's text) made to
    give an id the rule keeps, as no user can rename it: what follows its last backslash (a Windows
    path an upload kept: ``C:\\Users\\li\\任务.docx`` → ``任务.docx``), each tab or line break a space,
    no invisible character (a zero-width space),
    no space at the ends of the name before its extension (``任务清单 .docx`` → ``任务清单.docx``)."""
    name = "".join(" " if unicodedata.category(ch) in _CONTROL else ch for ch in name.rsplit("\\", 1)[-1]
                   if unicodedata.category(ch) != _INVISIBLE)
    stem, dot, extension = name.rpartition(".")
    if not stem.strip():  # no extension (a link's text), or a name that is all extension (.docx)
        return name.strip()
    return f"{stem.strip()}{dot}{extension.strip()}"


def shown_as_typed(value: str) -> str:
    """``value`` named in a one-line message, as the command line takes it
    (:func:`pilotplans.errors.shown_id`), a control or invisible character written as its escape
    (``\\t``, ``\\u200b``)."""
    from pilotplans.errors import shown_id

    return shown_id("".join(ch.encode("unicode_escape").decode("ascii")
                            if unicodedata.category(ch) in _ESCAPED else ch
                            for ch in value))
