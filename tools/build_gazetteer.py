"""Regenerate ``pilotplans/data/divisions.tsv``: every province-, prefecture- and county-level
division of China with its current code, its short form and the names it went by, plus the
functional zones that the statistical code table lists with their host.

Sources (both public, both maintained):

- ``yescallop/areacodes`` (CC0): the county-level-and-above codes of the Ministry of Civil
  Affairs (民政部 《中华人民共和国县级以上行政区划代码》) for every year since 1981, each record with
  the years it was in use and the codes that took over its area (``result.csv``). The current
  divisions are the records in use; a record given up or renamed whose area went to exactly one
  current division is one of that division's former names, with the year it changed. A record whose area was split
  among several current divisions leaves its name to the one of them bearing it under another unit word (牟平县, 1994:
  牟平区, beside 莱山区 made of the rest), where exactly one does.
  A prefecture given up has no new code in the source: its successor is the one prefecture-level city set up
  that year that all its counties went to (林芝地区 → 林芝市, 2015).
  A prefecture given up since 2000 that no one current division took over (巢湖市, 2011: split among 合肥, 芜湖 and
  马鞍山; 莱芜市, 2018: two districts of 济南) is kept with the year it was given up (``until``), so that a document of
  its time can name it as its place.
- ``modood/Administrative-divisions-of-China`` (``dist/areas.csv``): the National Bureau of
  Statistics' 统计用区划代码, which gives functional zones (经济技术开发区, 高新技术产业开发区,
  管理区 …) codes of their own with a fifth digit 7, under their host city.

Run (paths to the two files, and the commit and date of each, to record in the header)::

    python tools/build_gazetteer.py --areacodes result.csv --areacodes-commit eed219a --areacodes-date 2025-11-04 \\
        --nbs areas.csv --nbs-commit 57a0aa9 --nbs-date 2024-11-28

Short forms are cut by rule (tools/ethnic_groups.txt names the nationalities that an autonomous
unit's name carries); nothing here is typed in by hand.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "pilotplans" / "data" / "divisions.tsv"
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
# Words whose removal would leave a name too short or generic to stand alone.
MIN_SHORT = 2
# The first year of the documents read: a prefecture given up before it is no document's place.
FIRST_ABOLISHED_YEAR = "2000"
# The third and fourth digits of a county-level unit's code that its province administers directly.
PROVINCE_ADMINISTERED = "90"
ZONE_ABBREVIATIONS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("高新技术开发区", "高新区"))


@dataclass
class Division:
    code: str
    name: str
    level: str
    since: str
    parent: str = ""
    short: str = ""
    aliases: list[str] = field(default_factory=list)
    former: list[tuple[str, str]] = field(default_factory=list)  # (name, year it changed)
    parts: list[str] = field(default_factory=list)  # the former names of units split among several (written name@year/part)
    until: str = ""  # the year it was given up, for a division no longer in use


def ethnic_groups() -> tuple[str, ...]:
    lines = (HERE / "ethnic_groups.txt").read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def short_form(name: str, level: str, groups: tuple[str, ...], code: str = "") -> tuple[str, list[str]]:
    """The form a division takes without its unit word, and other usual forms (陵水县 for 陵水黎族自治县).
    林区 is the unit word of a forest district only, a county-level unit its province administers directly (神农架林区,
    429021): a city's district whose name ends so is its name and a 区 (万柏林区 is 万柏林's, not 万柏's)."""
    for unit, marker in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(unit):
            # 博尔塔拉蒙古自治州 writes the nationality without 族
            forms = [*groups, *(g.removesuffix("族") for g in groups if len(g) > 2)]
            cuts = [name.find(g) for g in forms if name.find(g) > 0]
            if cuts:
                short = name[:min(cuts)]
                return short, [short + marker]
            return "", []
    if level == "province":
        return "", []  # provinces keep their short forms in regions.toml
    for unit in ("地区", "林区", "特区", "盟"):
        if unit == "林区" and code[2:4] != PROVINCE_ADMINISTERED:
            continue
        if name.endswith(unit) and len(name) - len(unit) >= MIN_SHORT:
            return name[: -len(unit)], []
    if name.endswith(("市", "县", "区", "旗")) and not name.endswith("新区") and len(name) - 1 >= MIN_SHORT:
        return name[:-1], []
    return "", []


def read_areacodes(path: Path) -> tuple[dict[str, Division], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    current = {r["代码"]: Division(r["代码"], r["名称"], LEVELS[r["级别"]], r["启用时间"]) for r in rows if r["状态"] == "在用"}
    return current, [r for r in rows if r["状态"] != "在用"]


def successor(row: dict[str, str], by_code: dict[str, list[dict[str, str]]], current: dict[str, Division]) -> str | None:
    """The one current division that took over a record's area, following later changes."""
    seen: set[tuple[str, str]] = set()
    while True:
        key = (row["代码"], row["名称"])
        if key in seen:
            return None
        seen.add(key)
        if row["状态"] == "变更":
            target = row["代码"]
        else:
            codes = [c for c in row["新代码"].split(";") if c and "[" not in c]
            if len(codes) != 1:
                return None
            target = codes[0]
        if target in current:
            return target
        later = [r for r in by_code.get(target, []) if r["启用时间"] >= row["变更/弃用时间"]]
        if len(later) != 1:
            return None
        row = later[0]


def prefecture_successor(row: dict[str, str], history: list[dict[str, str]], by_code: dict[str, list[dict[str, str]]],
                         current: dict[str, Division]) -> str | None:
    """The current prefecture-level division a prefecture given up with no new code turned into: the source gives
    a prefecture's successor only through its counties, so it is the one prefecture set up in the year the old one
    was given up (林芝地区 → 林芝市, 2015) that every county the old one held that year went to. A prefecture merged
    into one older than the change (莱芜市 into 济南市, 2018) or split between several has none: its bodies were
    not the successor's."""
    if row["级别"] != "地级" or row["状态"] != "弃用" or row["新代码"]:
        return None
    year = row["变更/弃用时间"]
    counties = [r for r in history if r["代码"][:4] == row["代码"][:4] and r["代码"] != row["代码"]
                and r["级别"] == "县级" and r["变更/弃用时间"] == year]
    parents = {(target[:4] + "00") for r in counties if (target := successor(r, by_code, current))}
    if not counties or len(parents) != 1:
        return None
    parent = parents.pop()
    division = current.get(parent)
    return parent if division is not None and division.level == "prefecture" and division.since == year else None


def namesake_successor(row: dict[str, str], current: dict[str, Division], groups: tuple[str, ...]) -> str | None:
    """The current division that kept the name of a record whose area was split among several (牟平县, 1994: 牟平区 and
    莱山区; 宝安县, 1992: 宝安区 and 龙岗区; 南海市, 2002: 南海区 and 禅城区): the one of them, in use under the code the
    source gives, that bears the record's name under another unit word (牟平 of 牟平区), when exactly one does and none
    goes on under the record's own name (岳阳市, 1983: 岳阳市 went on as the prefecture beside 岳阳县, which took no name
    of it). None otherwise."""
    codes = [c for c in row["新代码"].split(";") if c and "[" not in c]
    if len(codes) < 2 or any(c in current and current[c].name == row["名称"] for c in codes):
        return None
    short, _ = short_form(row["名称"], LEVELS[row["级别"]], groups, row["代码"])
    if not short:
        return None
    bearing = [c for c in codes if c in current and short_form(current[c].name, current[c].level, groups, c)[0] == short]
    return bearing[0] if len(bearing) == 1 else None


def attach_former(current: dict[str, Division], history: list[dict[str, str]], groups: tuple[str, ...] = ()) -> None:
    by_code: dict[str, list[dict[str, str]]] = {}
    for row in history:
        by_code.setdefault(row["代码"], []).append(row)
    for row in sorted(history, key=lambda r: (r["变更/弃用时间"], r["代码"])):
        target = successor(row, by_code, current) or prefecture_successor(row, history, by_code, current)
        split = target is None
        if split:
            target = namesake_successor(row, current, groups)
        if target is None:
            continue
        division = current[target]
        if row["名称"] == division.name:
            continue
        # A name held under several codes in turn counts once, with the year it was last given up.
        division.former = [(n, y) for n, y in division.former if n != row["名称"]]
        division.former.append((row["名称"], row["变更/弃用时间"]))
        division.parts = [n for n in division.parts if n != row["名称"]] + ([row["名称"]] if split else [])


def read_abolished(current: dict[str, Division], history: list[dict[str, str]]) -> list[Division]:
    """The prefectures given up since FIRST_ABOLISHED_YEAR whose area no one current division took over, each with the
    years it was in use (巢湖市 1999–2011); its code taken by no current division."""
    by_code: dict[str, list[dict[str, str]]] = {}
    for row in history:
        by_code.setdefault(row["代码"], []).append(row)
    return [Division(row["代码"], row["名称"], "prefecture", row["启用时间"], until=row["变更/弃用时间"][:4])
            for row in history
            if row["级别"] == "地级" and row["状态"] == "弃用" and row["变更/弃用时间"][:4] >= FIRST_ABOLISHED_YEAR
            and row["代码"] not in current and successor(row, by_code, current) is None
            and prefecture_successor(row, history, by_code, current) is None]


def assign_parents(current: dict[str, Division]) -> None:
    for division in current.values():
        if division.level == "province":
            continue
        province = division.code[:2] + "0000"
        prefecture = division.code[:4] + "00"
        if division.level in ("county", "zone") and prefecture in current and current[prefecture].level == "prefecture":
            division.parent = prefecture
        else:
            division.parent = province


def read_zones(path: Path, current: dict[str, Division], groups: tuple[str, ...]) -> list[Division]:
    zones = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            if code[4] != "7":
                continue
            if code in current:
                raise SystemExit(f"{path}: zone code {code} is also a division code")
            name = row["name"]
            aliases = [name.replace(long, short) for long, short in ZONE_ABBREVIATIONS if long in name]
            zones.append(Division(code, name, "zone", "", aliases=aliases))
    return zones


def write(divisions: list[Division], out: Path, header: list[str]) -> None:
    lines = [f"# {line}" for line in header]
    lines.append("code\tname\tlevel\tparent\tshort\taliases\tsince\tformer\tuntil")
    for d in sorted(divisions, key=lambda d: d.code):
        former = ";".join(f"{name}@{year}{'/part' if name in d.parts else ''}" for name, year in d.former)
        lines.append("\t".join((d.code, d.name, d.level, d.parent, d.short, ";".join(d.aliases), d.since, former, d.until)))
    out.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--areacodes", type=Path, required=True, help="result.csv of yescallop/areacodes")
    parser.add_argument("--areacodes-commit", required=True)
    parser.add_argument("--areacodes-date", required=True)
    parser.add_argument("--nbs", type=Path, required=True, help="dist/areas.csv of modood/Administrative-divisions-of-China")
    parser.add_argument("--nbs-commit", required=True)
    parser.add_argument("--nbs-date", required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    groups = ethnic_groups()
    current, history = read_areacodes(args.areacodes)
    attach_former(current, history, groups)
    for division in current.values():
        division.short, division.aliases = short_form(division.name, division.level, groups, division.code)
    abolished = read_abolished(current, history)
    for division in abolished:
        division.short, division.aliases = short_form(division.name, division.level, groups, division.code)
    zones = read_zones(args.nbs, current, groups)
    divisions = {**current, **{z.code: z for z in zones}, **{a.code: a for a in abolished}}
    assign_parents(divisions)
    latest = max(int(d.since) for d in current.values())
    header = [
        "Divisions of China at and above county level, and functional zones with a statistical code.",
        f"Generated by tools/build_gazetteer.py; do not edit. {len(current)} divisions, {len(zones)} zones, "
        f"{len(abolished)} prefectures given up since {FIRST_ABOLISHED_YEAR}.",
        f"divisions: github.com/yescallop/areacodes result.csv @ {args.areacodes_commit} ({args.areacodes_date}), CC0 1.0;",
        f"  民政部 县级以上行政区划代码, records to 31 December {latest}. `former` lists names a division went by",
        "  (renamed, or a unit whose whole area it took over: 撤县设区, 撤县设市, or the one of several taking a split unit's",
        "  area that bears its name under another unit word: 牟平县 → 牟平区, 1994, written 牟平县@1994/part: it took",
        "  part of the area) with the year of the change;",
        "  `until` the year a prefecture no one division took over was given up (its `since` the year it was set up).",
        f"zones: github.com/modood/Administrative-divisions-of-China dist/areas.csv @ {args.nbs_commit} ({args.nbs_date});",
        "  国家统计局 2023年统计用区划代码 (as of 30 June 2023), codes with a fifth digit 7.",
        "levels: province, prefecture, county, zone; parent: the prefecture, or the province for units it administers directly.",
    ]
    write(list(divisions.values()), args.out, header)
    print(f"wrote {args.out}: {len(current)} divisions, {len(zones)} zones", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
