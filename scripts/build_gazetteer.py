"""Build Vietnam's administrative-unit gazetteer (TSV files) for ``dan_van_extract.places``.

This is a maintainer script, not a runtime dependency: the library only reads the TSV
files it writes.

What it reads
-------------
The pure-Python wheel of the PyPI package ``vietnam-provinces`` (pinned below, checked
against its SHA-256), which carries data of the National Statistics Office of Viet Nam:

* ``vietnam_provinces.legacy._lookup`` -- the three-level system in force until
  30 June 2025: 63 provinces, 696 districts, 10,051 communes;
* ``vietnam_provinces._lookup`` -- the two-level system from 1 July 2025: 34 provinces,
  3,321 communes;
* ``vietnam_provinces._province_conversion_2025`` -- which old province went into which
  new one, cross-checked here against Resolution 202/2025/QH15 (table below).

The wheel declares ``Requires-Python >=3.12``, yet its data modules only need Python
3.11, so the script does not install it: it downloads the wheel with pip into a temporary
directory (``pip download --no-deps --only-binary=:all: --python-version 3.12``),
unpacks it there and imports the data modules from that directory. Nothing is installed
and the temporary directory is removed afterwards.

What it writes
--------------
``provinces.tsv``, ``districts.tsv`` and ``communes.tsv`` in ``--out``: UTF-8, NFC,
tab-separated, ``#`` comment lines (source, date, generator, columns), then one header
row. Names carry no type word (``Đắk Nông``, not ``Tỉnh Đắk Nông``) except purely
numeric ones (``Quận 1``, ``Phường 12``), and their tone marks sit on the first vowel of
a syllable-final ``oa``/``oe``/``uy`` (``Hòa``, ``Thủy``), as in
``dan_van_extract.text.normalize``. ``communes.tsv`` has a ``district_code`` column after
the era, because a district name can repeat inside a province (huyện and thị xã Kỳ Anh).

Choices and hand fixes
----------------------
* Era-2008 code 46 is written as ``Thừa Thiên Huế`` (tỉnh): the source describes it as
  ``Thành phố Huế``, the status it had only from 1 January 2025.
* Era-2025 ``type`` follows the source's Python data, which in 2026.9.0 lists Quảng Ninh,
  Bắc Ninh and Đồng Nai as centrally-run cities (its bundled JSON still says tỉnh).
* Apostrophes are ASCII and not followed by a space (``Ia H' Drai`` -> ``Ia H'Drai``,
  ``K' Dang`` -> ``K'Dang``); the source's district spelling is kept as an alias.
* Where the source maps one old province to several new ones (a stray commune of Tiền
  Giang), the target named by Resolution 202/2025/QH15 is taken.

How to run
----------
From the repository root, with network access to PyPI::

    python scripts/build_gazetteer.py --out dan_van_extract/data/gazetteer --date 2026-11-21

or offline, with a wheel fetched beforehand by
``pip download --no-deps --only-binary=:all: --python-version 3.12 vietnam-provinces==2026.9.0``::

    python scripts/build_gazetteer.py --wheel vietnam_provinces-2026.9.0-py3-none-any.whl \\
        --out dan_van_extract/data/gazetteer --date 2026-11-21

The output depends only on the pinned wheel and ``--date`` (default: ``SOURCE_DATE_EPOCH``
if set, else today in UTC). The script checks its own output (counts, the 2025 merger
table, NFC, tone placement, duplicates) and exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE = "vietnam-provinces"
VERSION = "2026.9.0"
WHEEL_NAME = f"vietnam_provinces-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "b5f3540a98937d38b9bebcbdb792fa4f5b9712737d41b05c7254beb2308ebcd1"
SCRIPT = "scripts/build_gazetteer.py"
DEFAULT_COMMUNES_LIMIT_KB = 700

# --------------------------------------------------------------------------------------
# Resolution 202/2025/QH15 of the National Assembly (12 June 2025, in force 1 July 2025)
# on the arrangement of provincial-level units: each of the 34 new units and the old
# units (of the 63) that make it up. Used to check, and where the source lists several
# candidates to decide, the ``merged_into`` column.
# --------------------------------------------------------------------------------------
RESOLUTION_202_2025: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Thừa Thiên Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}

# Era-2008 provinces whose source record describes a later state of the unit. The source
# lists code 46 as "Thành phố Huế" (the centrally-run city that replaced Thừa Thiên Huế
# province on 1 January 2025); for 2008-2024 news it was "tỉnh Thừa Thiên Huế".
ERA_2008_OVERRIDES: dict[int, tuple[str, str]] = {46: ("Thừa Thiên Huế", "tỉnh")}

# Alternative spellings of province names that Vietnamese news uses, keyed by canonical
# name (they apply to every era's row of that name). Tone-placement variants (Hoà/Hòa)
# are left to the normaliser; " - " spacing variants are also generated.
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Hồ Chí Minh": (
        "TP. HCM",
        "TP.HCM",
        "TPHCM",
        "TP HCM",
        "TP Hồ Chí Minh",
        "TP. Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
        "HCM",
        "Sài Gòn",
    ),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế", "Huế"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông", "Dak Nong", "Đak Nông"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Daklak", "Dak Lak", "Đăk Lắk", "Đắk Lăk"),
    "Bà Rịa - Vũng Tàu": (
        "Bà Rịa-Vũng Tàu",
        "Bà Rịa – Vũng Tàu",
        "BR-VT",
        "Bà Rịa Vũng Tàu",
        "BRVT",
    ),
    "Kon Tum": ("Kontum",),
    "Bắc Kạn": ("Bắc Cạn",),
}

# Alternative spellings of district names, keyed by district code; the expected canonical
# name guards against a code that changes meaning in a later source version.
DISTRICT_ALIASES: dict[int, tuple[str, tuple[str, ...]]] = {
    58: ("Bắc Kạn", ("Bắc Cạn",)),
    582: ("Phan Rang - Tháp Chàm", ("Phan Rang",)),
    625: ("KBang", ("Kbang", "K'Bang")),
    643: ("Buôn Ma Thuột", ("Ban Mê Thuột", "Buôn Mê Thuột")),
    645: ("Ea H'leo", ("Ea H'Leo", "Ea Hleo")),
    648: ("Cư M'gar", ("Cư M'Gar", "Cư Mgar")),
    652: ("M'Đrắk", ("M'Drắk",)),
    666: ("Đắk R'Lấp", ("Đắk Rlấp",)),
}

PROVINCE_PREFIXES: dict[str, str] = {"thành phố": "thành phố", "tỉnh": "tỉnh"}
DISTRICT_PREFIXES: dict[str, str] = {
    "thành phố": "thành phố",
    "thị xã": "thị xã",
    "quận": "quận",
    "huyện": "huyện",
}
COMMUNE_PREFIXES: dict[str, str] = {
    "thị trấn": "thị trấn",
    "phường": "phường",
    "đặc khu": "đặc khu",
    "xã": "xã",
}
# The source's division_type values, mapped onto this gazetteer's ``type`` column.
SOURCE_TYPES: dict[str, str] = {"thành phố trung ương": "thành phố"}

# A syllable-final oa/oe/uy whose tone mark sits on the second vowel (not after q),
# exactly as in dan_van_extract.text; ``[^\W\d_]`` is "a letter".
_TONE_RE = re.compile(
    r"[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ](?![^\W\d_])|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![^\W\d_])"
)
_DAK_RE = re.compile(r"\b(Đắk|Đăk|Đak)\b")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


# ----------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class ProvinceRow:
    code: str
    name: str
    type: str
    era: str
    merged_into: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DistrictRow:
    code: str
    name: str
    type: str
    province: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CommuneRow:
    code: str
    name: str
    type: str
    district: str
    province: str
    era: str
    district_code: str


@dataclass(frozen=True)
class Unit:
    """One record of the source, reduced to plain values."""

    code: int
    full_name: str
    division_type: str
    parent: int  # province code for districts and new communes, district code otherwise


@dataclass(frozen=True)
class Source:
    version: str
    data_version: str
    old_provinces: list[Unit]
    old_districts: list[Unit]
    old_communes: list[Unit]
    new_provinces: list[Unit]
    new_communes: list[Unit]
    old_to_new: dict[int, tuple[int, ...]]


# -------------------------------------------------------------------------- loading


def fetch_wheel(dest: Path) -> Path:
    """Download the pinned wheel with pip into ``dest`` and return its path."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--python-version",
        "3.12",
        "--dest",
        str(dest),
        f"{PACKAGE}=={VERSION}",
    ]
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    return dest / WHEEL_NAME


def check_wheel(wheel: Path) -> None:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest} is not the pinned {WHEEL_SHA256}")


def _units(mapping: dict[int, Any], parent_attr: str | None) -> list[Unit]:
    units = []
    for code, obj in mapping.items():
        parent = int(getattr(obj, parent_attr)) if parent_attr else 0
        units.append(Unit(int(code), str(obj.name), obj.division_type.value, parent))
    return sorted(units, key=lambda u: u.code)


def load_source(wheel: Path, workdir: Path) -> Source:
    """Unpack ``wheel`` into ``workdir`` and read its data modules."""
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(workdir)
    sys.path.insert(0, str(workdir))
    try:
        pkg = importlib.import_module("vietnam_provinces")
        pkg_file = Path(str(pkg.__file__)).resolve()
        if workdir.resolve() not in pkg_file.parents:
            raise SystemExit(f"imported vietnam_provinces from {pkg_file}, not from the wheel")
        if pkg.__version__ != VERSION:
            raise SystemExit(f"wheel holds vietnam_provinces {pkg.__version__}, not {VERSION}")
        legacy = importlib.import_module("vietnam_provinces.legacy._lookup")
        current = importlib.import_module("vietnam_provinces._lookup")
        conversion = importlib.import_module("vietnam_provinces._province_conversion_2025")
        return Source(
            version=str(pkg.__version__),
            data_version=str(pkg.__data_version__),
            old_provinces=_units(legacy.PROVINCE_MAPPING, None),
            old_districts=_units(legacy.DISTRICT_MAPPING, "province_code"),
            old_communes=_units(legacy.WARD_MAPPING, "district_code"),
            new_provinces=_units(current.PROVINCE_MAPPING, None),
            new_communes=_units(current.WARD_MAPPING, "province_code"),
            old_to_new={
                int(old): tuple(int(ref.code) for ref in entry.new_provinces)
                for old, entry in conversion.OLD_TO_NEW.items()
            },
        )
    finally:
        sys.path.remove(str(workdir))


# -------------------------------------------------------------------------- cleaning


def move_tone(text: str) -> str:
    """``Hoà`` -> ``Hòa``, ``Thuỷ`` -> ``Thủy``; ``Quý`` and ``Hoàng`` are left alone."""

    def repl(m: re.Match[str]) -> str:
        first, second = m.group()[0], m.group()[1]
        decomposed = unicodedata.normalize("NFD", second)
        return unicodedata.normalize("NFC", first + decomposed[1:]) + decomposed[0]

    return _TONE_RE.sub(repl, text)


def tidy(text: str) -> str:
    """NFC, one apostrophe, single spaces, traditional tone placement."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = " ".join(text.split())
    return move_tone(text)


def split_type(full_name: str, prefixes: dict[str, str], source_type: str) -> tuple[str, str]:
    """``Tỉnh Đắk Nông`` -> (``Đắk Nông``, ``tỉnh``); checks the prefix against the source."""
    name = tidy(full_name)
    lowered = name.lower()
    for prefix, unit_type in sorted(prefixes.items(), key=lambda kv: -len(kv[0])):
        if lowered.startswith(prefix + " "):
            rest = name[len(prefix) + 1 :]
            expected = SOURCE_TYPES.get(source_type, source_type)
            if unit_type != expected:
                raise SystemExit(f"{full_name!r}: prefix says {unit_type}, source {source_type}")
            if rest.isdigit():  # "Quận 1", "Phường 12": the number alone names nothing
                return prefix[0].upper() + prefix[1:] + " " + rest, unit_type
            return rest, unit_type
    raise SystemExit(f"{full_name!r}: no known type prefix")


def fix_spelling(name: str) -> str:
    """Hand fixes of source spellings: ``Ia H' Drai`` -> ``Ia H'Drai``, ``K' Dang``."""
    return re.sub(r"(?<=[^\W\d_])' (?=[^\W\d_])", "'", name)


def dashes(name: str) -> list[str]:
    """``Bà Rịa - Vũng Tàu`` -> ``Bà Rịa-Vũng Tàu``, ``Bà Rịa – Vũng Tàu``."""
    if " - " not in name:
        return []
    return [name.replace(" - ", "-"), name.replace(" - ", " – ")]


def variants(name: str) -> list[str]:
    """Spelling variants generated from a district name: dashes, Đắk/Đăk/Đak."""
    out = dashes(name)
    if _DAK_RE.search(name):
        out += [_DAK_RE.sub(form, name) for form in ("Đắk", "Đăk", "Đak")]
    return out


def unique_aliases(name: str, candidates: Iterable[str]) -> tuple[str, ...]:
    seen = {name}
    out: list[str] = []
    for alias in candidates:
        alias = tidy(alias)
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return tuple(out)


# -------------------------------------------------------------------------- building


def build(src: Source) -> tuple[list[ProvinceRow], list[DistrictRow], list[CommuneRow]]:
    new_names: dict[int, str] = {}
    provinces: list[ProvinceRow] = []
    new_rows: list[ProvinceRow] = []
    for unit in src.new_provinces:
        name, unit_type = split_type(unit.full_name, PROVINCE_PREFIXES, unit.division_type)
        new_names[unit.code] = name
        aliases = unique_aliases(name, [*PROVINCE_ALIASES.get(name, ()), *dashes(name)])
        new_rows.append(ProvinceRow(f"{unit.code:02d}", name, unit_type, "2025", "", aliases))

    merger = {old: new for new, olds in RESOLUTION_202_2025.items() for old in olds}
    old_names: dict[int, str] = {}
    for unit in src.old_provinces:
        name, unit_type = split_type(unit.full_name, PROVINCE_PREFIXES, unit.division_type)
        name, unit_type = ERA_2008_OVERRIDES.get(unit.code, (name, unit_type))
        old_names[unit.code] = name
        target = merger.get(name)
        candidates = [new_names[c] for c in src.old_to_new.get(unit.code, ())]
        if target is None or target not in candidates:
            raise SystemExit(f"{name}: resolution says {target}, source says {candidates}")
        if len(candidates) > 1:
            print(f"note: source maps {name} to {candidates}; took {target}", file=sys.stderr)
        aliases = unique_aliases(name, [*PROVINCE_ALIASES.get(name, ()), *dashes(name)])
        provinces.append(ProvinceRow(f"{unit.code:02d}", name, unit_type, "2008", target, aliases))
    provinces += new_rows

    districts: list[DistrictRow] = []
    district_names: dict[int, tuple[str, str]] = {}
    for unit in src.old_districts:
        raw, unit_type = split_type(unit.full_name, DISTRICT_PREFIXES, unit.division_type)
        name = fix_spelling(raw)
        extra: list[str] = [raw] if raw != name else []
        if unit.code in DISTRICT_ALIASES:
            expected, hand = DISTRICT_ALIASES[unit.code]
            if expected != name:
                raise SystemExit(f"district {unit.code} is {name!r}, aliases are for {expected!r}")
            extra += hand
        province = old_names[unit.parent]
        district_names[unit.code] = (name, province)
        aliases = unique_aliases(name, [*variants(name), *extra])
        districts.append(DistrictRow(f"{unit.code:03d}", name, unit_type, province, aliases))

    communes: list[CommuneRow] = []
    for unit in src.old_communes:
        name, unit_type = split_type(unit.full_name, COMMUNE_PREFIXES, unit.division_type)
        district, province = district_names[unit.parent]
        code, parent = f"{unit.code:05d}", f"{unit.parent:03d}"
        communes.append(
            CommuneRow(code, fix_spelling(name), unit_type, district, province, "2008", parent)
        )
    for unit in src.new_communes:
        name, unit_type = split_type(unit.full_name, COMMUNE_PREFIXES, unit.division_type)
        province = new_names[unit.parent]
        communes.append(
            CommuneRow(f"{unit.code:05d}", fix_spelling(name), unit_type, "", province, "2025", "")
        )
    return provinces, districts, communes


# -------------------------------------------------------------------------- checking


def _fields(row: ProvinceRow | DistrictRow | CommuneRow) -> list[str]:
    values: list[str] = []
    for value in vars(row).values():
        values += list(value) if isinstance(value, tuple) else [value]
    return values


def check(
    provinces: Sequence[ProvinceRow],
    districts: Sequence[DistrictRow],
    communes: Sequence[CommuneRow],
) -> list[str]:
    """Return a list of problems (empty when all is well)."""
    problems: list[str] = []
    eras = Counter(p.era for p in provinces)
    if eras != Counter({"2008": 63, "2025": 34}):
        problems.append(f"province counts per era: {dict(eras)}")
    new = {p.name for p in provinces if p.era == "2025"}
    old = {p.name for p in provinces if p.era == "2008"}
    for p in provinces:
        if p.era == "2008" and p.merged_into not in new:
            problems.append(f"{p.name}: merged_into {p.merged_into!r} is no era-2025 name")
        if p.era == "2025" and p.merged_into:
            problems.append(f"{p.name}: era-2025 row with merged_into")
        if p.type not in {"tỉnh", "thành phố"}:
            problems.append(f"{p.name}: type {p.type!r}")
    # An alias must not name another unit; Thừa Thiên Huế's "Huế" names what it became.
    for p in provinces:
        for alias in p.aliases:
            if alias in old | new and alias != p.merged_into:
                problems.append(f"{p.name}: alias {alias!r} is another province's name")
    if not 690 <= len(districts) <= 710:
        problems.append(f"{len(districts)} districts")
    in_province = Counter((d.name, d.type, d.province) for d in districts)
    problems += [f"district {k} occurs {n} times" for k, n in in_province.items() if n > 1]
    for d in districts:
        if d.province not in old:
            problems.append(f"district {d.name}: unknown province {d.province!r}")
    for name, type_, province in [
        ("Gia Nghĩa", "thành phố", "Đắk Nông"),
        ("Tu Mơ Rông", "huyện", "Kon Tum"),
        ("Buôn Ma Thuột", "thành phố", "Đắk Lắk"),
    ]:
        if not any((d.name, d.type, d.province) == (name, type_, province) for d in districts):
            problems.append(f"no {type_} {name} in {province}")
    for era, lo, hi in (("2008", 9500, 10500), ("2025", 3200, 3400)):
        n = sum(c.era == era for c in communes)
        if not lo <= n <= hi:
            problems.append(f"{n} era-{era} communes")
    for label, rows in (("province", provinces), ("district", districts), ("commune", communes)):
        keys = Counter((r.code, getattr(r, "era", "")) for r in rows)
        problems += [f"{label} code {k} occurs {n} times" for k, n in keys.items() if n > 1]
        whole = Counter(tuple(_fields(r)) for r in rows)
        problems += [f"duplicate {label} row {k}" for k, n in whole.items() if n > 1]
        for row in rows:
            for value in _fields(row):
                if unicodedata.normalize("NFC", value) != value:
                    problems.append(f"{label} {row.code}: {value!r} is not NFC")
                if move_tone(value) != value:
                    problems.append(f"{label} {row.code}: {value!r} has oà/uỷ tone placement")
                if any(ch in value for ch in "\t\n\r|"):
                    problems.append(f"{label} {row.code}: {value!r} has a separator")
    return problems


# --------------------------------------------------------------------------- writing


def header(what: str, src: Source, date: str, columns: Sequence[tuple[str, str]]) -> list[str]:
    lines = [
        f"# Vietnam administrative units: {what}.",
        f"# source: PyPI package {PACKAGE}=={src.version} (wheel sha256 {WHEEL_SHA256[:16]}...,"
        f" data retrieved {src.data_version}), data of the National Statistics Office of Viet Nam;",
        "#   pre-2025 units from vietnam_provinces.legacy, post-2025 units from vietnam_provinces,",
        "#   province mergers from vietnam_provinces._province_conversion_2025 checked against",
        "#   Resolution 202/2025/QH15.",
        f"# generated: {date} by {SCRIPT} (do not edit by hand; re-run the script)",
        "# text: UTF-8, NFC; names without the type word (except numeric ones such as 'Quận 1');",
        "#   tone mark on the first vowel of a syllable-final oa/oe/uy (Hòa, Thủy).",
        "# columns:",
    ]
    lines += [f"#   {name}: {meaning}" for name, meaning in columns]
    lines.append("\t".join(name for name, _ in columns))
    return lines


def render(head: list[str], rows: Iterable[Sequence[str]]) -> bytes:
    lines = head + ["\t".join(row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_tsv(path: Path, head: list[str], rows: Iterable[Sequence[str]]) -> int:
    data = render(head, rows)
    path.write_bytes(data)
    return len(data)


PROVINCE_COLUMNS = (
    ("code", "GSO province code, 2 digits (era-2025 units keep the code of one predecessor)"),
    ("name", "canonical name without 'Tỉnh'/'Thành phố'"),
    ("type", "'tỉnh' or 'thành phố' (centrally-run city); era 2025: the source's current status"),
    ("era", "'2008': the 63 units of 2008 to 30 June 2025; '2025': the 34 units from 1 July 2025"),
    ("merged_into", "era-2008 rows: name of the era-2025 province it became part of; else empty"),
    ("aliases", "'|'-separated alternative spellings used in news text; may be empty"),
)
DISTRICT_COLUMNS = (
    ("code", "GSO district code, 3 digits"),
    ("name", "canonical name without 'Quận'/'Huyện'/'Thị xã'/'Thành phố'"),
    ("type", "'quận', 'huyện', 'thị xã' or 'thành phố'"),
    ("province", "canonical name of its era-2008 province"),
    ("aliases", "'|'-separated alternative spellings (Đắk/Đăk/Đak, dash spacing); may be empty"),
)
COMMUNE_COLUMNS = (
    ("code", "GSO commune code, 5 digits; unique within an era only (new units reuse old codes)"),
    ("name", "canonical name without 'Xã'/'Phường'/'Thị trấn'/'Đặc khu'"),
    ("type", "'xã', 'phường', 'thị trấn' or 'đặc khu'"),
    ("district", "era 2008: canonical name of its district; era 2025: empty (no districts)"),
    ("province", "canonical name of its province in the same era"),
    ("era", "'2008': units as of 30 June 2025 (before the merger); '2025': from 1 July 2025"),
    ("district_code", "era 2008: code of its district in districts.tsv (names repeat); else empty"),
)


def _commune_fields(c: CommuneRow) -> list[str]:
    return [c.code, c.name, c.type, c.district, c.province, c.era, c.district_code]


def default_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
        if epoch
        else dt.datetime.now(tz=dt.timezone.utc)
    )
    return moment.date().isoformat()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="directory for the TSV files")
    parser.add_argument("--wheel", type=Path, help=f"use this {WHEEL_NAME} instead of pip")
    parser.add_argument("--date", default=None, help="generation date to record (YYYY-MM-DD)")
    parser.add_argument(
        "--communes-limit-kb",
        type=int,
        default=DEFAULT_COMMUNES_LIMIT_KB,
        help="skip communes.tsv if it would exceed this many KB (0: no limit)",
    )
    args = parser.parse_args(argv)
    date = args.date or default_date()
    dt.date.fromisoformat(date)

    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp) / "download")
        check_wheel(wheel)
        src = load_source(wheel, Path(tmp) / "unpacked")
    provinces, districts, communes = build(src)
    problems = check(provinces, districts, communes)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    args.out.mkdir(parents=True, exist_ok=True)
    provinces.sort(key=lambda p: (p.era, p.code))
    districts.sort(key=lambda d: d.code)
    communes.sort(key=lambda c: (c.era, c.code))
    sizes: dict[str, int] = {}
    sizes["provinces.tsv"] = write_tsv(
        args.out / "provinces.tsv",
        header("provinces and centrally-run cities", src, date, PROVINCE_COLUMNS),
        ([p.code, p.name, p.type, p.era, p.merged_into, "|".join(p.aliases)] for p in provinces),
    )
    sizes["districts.tsv"] = write_tsv(
        args.out / "districts.tsv",
        header("district-level units before 1 July 2025", src, date, DISTRICT_COLUMNS),
        ([d.code, d.name, d.type, d.province, "|".join(d.aliases)] for d in districts),
    )
    commune_head = header("communes, wards, townships, special zones", src, date, COMMUNE_COLUMNS)
    commune_rows = [_commune_fields(c) for c in communes]
    commune_bytes = len(render(commune_head, commune_rows))
    if args.communes_limit_kb and commune_bytes > args.communes_limit_kb * 1024:
        print(f"communes.tsv would be {commune_bytes} bytes: not written", file=sys.stderr)
    else:
        sizes["communes.tsv"] = write_tsv(args.out / "communes.tsv", commune_head, commune_rows)
    for name, size in sizes.items():
        print(f"wrote {args.out / name} ({size} bytes)", file=sys.stderr)
    print(
        f"{sum(p.era == '2008' for p in provinces)} + {sum(p.era == '2025' for p in provinces)}"
        f" provinces, {len(districts)} districts,"
        f" {sum(c.era == '2008' for c in communes)} + {sum(c.era == '2025' for c in communes)}"
        " communes",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
