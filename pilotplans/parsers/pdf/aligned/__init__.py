"""Text-aligned tables (no vertical rules): columns from gutters of white space, rows from
rules, spacing and what the columns' text says, cells merged over rows where a rule leaves a
column open.

A text-aligned table shows only the columns that hold text on a page: a heading column empty
below a merged cell, or a 备注 column empty on most pages, leaves no gutter. So the pages are
read in order, a table opening a page is read on the columns of the text table that closed the
page before when its own columns are among them, and when a part read earlier lacks a column a
later part shows, the pages are read once more on the whole table's columns
(:func:`pilotplans.parsers.pdf.pages.page_blocks`).
"""

from .extent import OpenTable, text_tables

__all__ = ["OpenTable", "text_tables"]
