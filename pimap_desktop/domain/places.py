"""Places as people type them: countries by name or code, time zones by city. Plain Python, no Qt.

Countries are ISO 3166-1 (pycountry). A country is found by its alpha-2 or alpha-3 code in any
case ("de", "DEU"), its English names, its names in the partners' languages — French, Portuguese,
Finnish, Swedish, and Dutch and German for the neighbours ("Allemagne", "Alemanha", "Saksa",
"Tyskland") from the translations pycountry ships — its own name for European countries
("Deutschland", "Suomi") and common short forms ("USA", "UK", "Holland"). Accents, case, spaces
and a leading article never matter. ``country_code`` finds an exact name or code;
``search_countries`` ranks the countries for something half typed (for a picker).
``country_code`` reads its names from a table made once from pycountry's data
(domain/country_table.py, ``write_country_table``), used as long as that data is the same:
an import of 50,000 rows looks countries up without loading pycountry at all.

Time zones are IANA names, which name a city ("America/Toronto"). ``search_zones`` finds them
by any part of that name ("toronto", "sao paulo" or "são paulo"), and by the cities whose zone
is named after another city ("munich" is Europe/Berlin, "porto" Europe/Lisbon, "montreal"
America/Toronto); ``zone_for_place`` gives the zone of a city typed in full.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import available_timezones

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans(
    {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"}
)


def fold(text: str) -> str:
    """``São Paulo`` -> ``sao paulo``: lower case, accents and special letters reduced."""
    if text.isascii():  # nothing to decompose nor reduce (most names)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Anything but a letter or a digit (`\w` is `str.isalnum` and the underscore).
_NOT_ALNUM = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    """Folded, with anything but letters and digits turned into single spaces."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(text)).split())


# --- countries --------------------------------------------------------------------------------

# The languages of the partners (French, Portuguese, Finnish, Swedish) and of the neighbours
# whose spreadsheets we read (Dutch, German). Swedish comes last: it was added after the others,
# and the first language to give a name keeps it.
COUNTRY_LANGUAGES = ("fr", "pt", "pt_BR", "fi", "nl", "de", "sv")

# Names that ISO and its translations do not give, or give in a form nobody types (folded keys).
_COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "grande bretagne": "GB",
    "angleterre": "GB",
    "ecosse": "GB",
    "gra bretanha": "GB",
    "inglaterra": "GB",
    "iso britannia": "GB",
    "englanti": "GB",
    "groot brittannie": "GB",
    "engeland": "GB",
    "grossbritannien": "GB",
    "england uk": "GB",
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "united states of america": "US",
    "america": "US",
    "etats unis d amerique": "US",
    "eua": "US",
    "eeuu": "US",
    "estados unidos da america": "US",
    "amerikan yhdysvallat": "US",
    "verenigde staten van amerika": "US",
    "vs": "US",
    "vereinigte staaten von amerika": "US",
    "forenta staterna": "US",
    "south korea": "KR",
    "korea": "KR",
    "coree du sud": "KR",
    "coreia do sul": "KR",
    "etela korea": "KR",
    "zuid korea": "KR",
    "sudkorea": "KR",
    "czech republic": "CZ",
    "republique tcheque": "CZ",
    "republica checa": "CZ",
    "tsekin tasavalta": "CZ",
    "tsjechische republiek": "CZ",
    "tschechische republik": "CZ",
    "holland": "NL",
    "the netherlands": "NL",
    "hollande": "NL",
    "holanda": "NL",
    "hollanti": "NL",
    "russia": "RU",
    "turkey": "TR",
    "turkiye": "TR",
    "iran": "IR",
    "vietnam": "VN",
    "taiwan": "TW",
    "swiss": "CH",
    "el": "GR",  # the EU's own code for Greece
    "uae": "AE",
    # Names in the country's own language, as people write their own country.
    "espana": "ES",
    "italia": "IT",
    "polska": "PL",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "island": "IS",
    "eesti": "EE",
    "latvija": "LV",
    "lietuva": "LT",
    "cesko": "CZ",
    "ceska republika": "CZ",
    "slovensko": "SK",
    "slovenija": "SI",
    "hrvatska": "HR",
    "magyarorszag": "HU",
    "romania": "RO",
    "bulgaria": "BG",
    "eire": "IE",
    "ellada": "GR",
    "hellas": "GR",
    "kypros": "CY",
    "letzebuerg": "LU",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "osterreich": "AT",
    "oesterreich": "AT",
    "nippon": "JP",
    "nihon": "JP",
    "zhongguo": "CN",
    "bharat": "IN",
    "brasil": "BR",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "syria": "SY",
    "laos": "LA",
    "moldova": "MD",
    "palestine": "PS",
    "ivory coast": "CI",
}

_ARTICLES = ("the", "la", "le", "les", "l", "o", "os", "de", "die")


def _country_key(text: str) -> str:
    words = _words(text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _variants(name: str) -> list[str]:
    """A name and, for "Korea, Republic of", its natural order "Republic of Korea"."""
    found = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        found.append(f"{tail} {head}")
    return found


@dataclass(frozen=True)
class Country:
    """A country as a picker lists it: its code, its English name, and every other name it is
    found by (in the partners' languages, its own, common short forms)."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # English
    other_names: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``Germany (DE)``."""
        return f"{self.name} ({self.code})"


def _pycountry() -> Any:
    import pycountry  # its data is loaded when first used: only pickers and the table need it

    return pycountry


@cache
def _translators() -> tuple[gettext.NullTranslations, ...]:
    pycountry = _pycountry()
    return tuple(
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in COUNTRY_LANGUAGES
    )


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO country, by English name; its other names are its other English names and its
    names in the partners' languages (not the long official forms, which only add noise to a
    search: "Gemenebest van de Bahama's" for "ge")."""
    found: list[Country] = []
    for record in _pycountry().countries:
        name = str(getattr(record, "common_name", None) or record.name)
        english = [
            str(getattr(record, a)) for a in ("name", "common_name") if getattr(record, a, None)
        ]
        names: dict[str, str] = {}  # key -> as written, the first spelling kept
        for written in [*english, *(t.gettext(str(record.name)) for t in _translators())]:
            for variant in _variants(written):
                names.setdefault(_country_key(variant), variant)
        names.pop(_country_key(name), None)
        found.append(Country(str(record.alpha_2), name, tuple(names.values())))
    return tuple(sorted(found, key=lambda c: fold(c.name)))


@cache
def _alias_keys() -> dict[str, tuple[str, ...]]:
    """Code -> the short forms of ``_COUNTRY_ALIASES`` (already keys)."""
    found: dict[str, list[str]] = {}
    for key, code in _COUNTRY_ALIASES.items():
        found.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in found.items()}


@cache
def _country_names() -> dict[str, str]:
    """Folded name -> code: the stored table while it is pycountry's, else made afresh."""
    stored = _stored_table()
    return dict(stored.NAMES) if stored is not None else _names_from_pycountry()


def _names_from_pycountry() -> dict[str, str]:
    """Folded name -> code. English names first, so that no translation shadows one."""
    table: dict[str, str] = {}
    records = list(_pycountry().countries)
    for record in records:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(record, attr, None)
            if name:
                for variant in _variants(str(name)):
                    table.setdefault(_country_key(variant), str(record.alpha_2))
    for record in records:
        for translator in _translators():
            for attr in ("name", "official_name"):
                name = getattr(record, attr, None)
                if name:
                    for variant in _variants(translator.gettext(str(name))):
                        table.setdefault(_country_key(variant), str(record.alpha_2))
    table.update(_COUNTRY_ALIASES)
    return table


@cache
def _codes() -> tuple[frozenset[str], dict[str, str]]:
    """The alpha-2 codes, and the alpha-3 codes with their alpha-2 code."""
    stored = _stored_table()
    alpha3 = dict(stored.ALPHA3) if stored is not None else _alpha3_from_pycountry()
    return frozenset(alpha3.values()), alpha3


def _alpha3_from_pycountry() -> dict[str, str]:
    return {str(c.alpha_3): str(c.alpha_2) for c in _pycountry().countries}


# --- the stored table of country names ---------------------------------------------------------

# What the table is made from: pycountry's countries and their names in ``COUNTRY_LANGUAGES``.
_COUNTRY_DATA = (
    "databases/iso3166-1.json",
    *(f"locales/{language}/LC_MESSAGES/iso3166-1.mo" for language in COUNTRY_LANGUAGES),
)


def country_data_digest() -> str | None:
    """A digest of what the table of names is made from: pycountry's files (found without
    importing it) and this module's own words (aliases, languages, articles); None when the
    files cannot be read (the table is then made afresh)."""
    try:
        spec = importlib.util.find_spec("pycountry")
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
        digest = hashlib.blake2b(digest_size=16)
        for name in _COUNTRY_DATA:
            digest.update((folder / name).read_bytes())
    except (OSError, ImportError, ValueError):
        return None
    digest.update(repr((_COUNTRY_ALIASES, COUNTRY_LANGUAGES, _ARTICLES)).encode())
    return digest.hexdigest()


@cache
def _stored_table() -> Any:
    """The module of the stored table, when it was made from the data installed; else None."""
    from pimap_desktop.domain import country_table

    digest = country_data_digest()
    return country_table if digest is not None and digest == country_table.DATA_DIGEST else None


COUNTRY_TABLE = Path(__file__).with_name("country_table.py")


def country_table_source() -> str:
    """The text of domain/country_table.py, made from pycountry's data as installed."""
    names = "".join(
        f"    {_quoted(k)}: {_quoted(c)},\n" for k, c in _names_from_pycountry().items()
    )
    alpha3 = "".join(
        f"    {_quoted(k)}: {_quoted(c)},\n" for k, c in _alpha3_from_pycountry().items()
    )
    return (
        '"""Country names and codes as ``places.country_code`` reads them, made from pycountry\'s\n'
        "data by ``places.write_country_table()`` (do not edit; tests check it is up to date).\n"
        '"""\n\n'
        f"DATA_DIGEST = {_quoted(str(country_data_digest()))}\n\n"
        "# A name folded as ``places._country_key`` folds it -> its ISO 3166-1 alpha-2 code.\n"
        f"NAMES: dict[str, str] = {{\n{names}}}\n\n"
        "# ISO 3166-1 alpha-3 code -> alpha-2 code.\n"
        f"ALPHA3: dict[str, str] = {{\n{alpha3}}}\n"
    )


def _quoted(text: str) -> str:
    """A Python string literal in double quotes, as the formatter writes it."""
    return json.dumps(text, ensure_ascii=False)


def write_country_table() -> None:
    """Write domain/country_table.py afresh (after pycountry or the words here change)."""
    COUNTRY_TABLE.write_text(country_table_source(), encoding="utf-8")


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country written as a code or a name; None if unknown.

    Accepts alpha-2 and alpha-3 codes in any case ("fr", "DEU"), and any name listed in the
    module's description. "France (FR)" (as a picker shows it) is read from its code.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    alpha2, alpha3 = _codes()
    inner = re.fullmatch(r"(.*?)\s*\(\s*([A-Za-z]{2,3})\s*\)", cleaned)
    candidates = [cleaned, inner.group(2), inner.group(1)] if inner else [cleaned]
    names = _country_names()
    for candidate in candidates:
        upper = candidate.strip().upper()
        if len(upper) == 2 and upper in alpha2:
            return upper
        if len(upper) == 3 and upper in alpha3:
            return alpha3[upper]
        key = _country_key(candidate)
        if key in names:
            return names[key]
    return None


def parse_country(text: str) -> str:
    """The code of the country typed (empty text: ""), or a ValidationError naming the text.

    The one rule behind every country a person types: the forms and ``pimap --country``.
    """
    if not text.strip():
        return ""
    code = country_code(text)
    if code is None:
        raise ValidationError(
            f"'{text.strip()}' is not a country PIMAP knows: type its name (in English, French, "
            "Portuguese, Finnish or Swedish) or its two-letter code, e.g. DE for Germany.",
            "country",
        )
    return code


def country_name(code: str) -> str:
    """``DE`` -> ``Germany``; a code ISO does not know is returned as it is."""
    for country in countries():
        if country.code == code.strip().upper():
            return country.name
    return code


@dataclass(frozen=True)
class CountryMatch:
    """A country found by what was typed, and the name it was found by when that is not its
    English name ("Tyskland" for Germany), for the picker to show."""

    country: Country
    found_by: str = ""


def search_countries(text: str, limit: int = 30) -> list[CountryMatch]:
    """The countries that what was typed could mean, best first: the code typed in capitals
    ("DE"), then a name typed in full or the code in small letters, a name that starts with it,
    a word of a name that starts with it, a name that contains it; alphabetical within each."""
    key = _country_key(text)
    if not key:
        return []
    typed = text.strip()
    alpha2, alpha3 = _codes()
    code = typed.upper() if typed.upper() in alpha2 else alpha3.get(typed.upper())
    aliases = _alias_keys()
    ranked: list[tuple[int, str, CountryMatch]] = []
    for country in countries():
        best: tuple[int, str] | None = None
        if country.code == code:
            best = (0 if typed.isupper() else 1, "")
        named = [(country.name, ""), *((n, n) for n in country.other_names)]
        named += [(alias, "") for alias in aliases.get(country.code, ())]
        for written, shown in named:
            name_key = _country_key(written)
            if name_key == key:
                rank = 1
            elif name_key.startswith(key):
                rank = 2
            elif any(word.startswith(key) for word in name_key.split()):
                rank = 3
            elif key in name_key:
                rank = 4
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, shown)
        if best is not None:
            ranked.append((best[0], fold(country.name), CountryMatch(country, best[1])))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [match for _rank, _name, match in ranked[:limit]]


# --- time zones -------------------------------------------------------------------------------

# Cities whose zone is named after another city (or that people write in their own language).
_CITY_ZONES: tuple[tuple[str, str], ...] = (
    # Germany
    ("Munich", "Europe/Berlin"),
    ("München", "Europe/Berlin"),
    ("Frankfurt", "Europe/Berlin"),
    ("Hamburg", "Europe/Berlin"),
    ("Stuttgart", "Europe/Berlin"),
    ("Cologne", "Europe/Berlin"),
    ("Köln", "Europe/Berlin"),
    ("Düsseldorf", "Europe/Berlin"),
    ("Dresden", "Europe/Berlin"),
    ("Jena", "Europe/Berlin"),
    ("Aachen", "Europe/Berlin"),
    # France
    ("Lyon", "Europe/Paris"),
    ("Bordeaux", "Europe/Paris"),
    ("Marseille", "Europe/Paris"),
    ("Toulouse", "Europe/Paris"),
    ("Grenoble", "Europe/Paris"),
    ("Nantes", "Europe/Paris"),
    ("Lille", "Europe/Paris"),
    ("Strasbourg", "Europe/Paris"),
    ("Nice", "Europe/Paris"),
    ("Rennes", "Europe/Paris"),
    ("Limoges", "Europe/Paris"),
    # Sweden
    ("Gothenburg", "Europe/Stockholm"),
    ("Göteborg", "Europe/Stockholm"),
    ("Malmö", "Europe/Stockholm"),
    ("Uppsala", "Europe/Stockholm"),
    ("Linköping", "Europe/Stockholm"),
    ("Västerås", "Europe/Stockholm"),
    ("Luleå", "Europe/Stockholm"),
    ("Borlänge", "Europe/Stockholm"),
    # Portugal
    ("Porto", "Europe/Lisbon"),
    ("Lisboa", "Europe/Lisbon"),
    ("Braga", "Europe/Lisbon"),
    ("Aveiro", "Europe/Lisbon"),
    ("Coimbra", "Europe/Lisbon"),
    ("Leiria", "Europe/Lisbon"),
    ("Marinha Grande", "Europe/Lisbon"),
    # Finland
    ("Tampere", "Europe/Helsinki"),
    ("Oulu", "Europe/Helsinki"),
    ("Espoo", "Europe/Helsinki"),
    ("Turku", "Europe/Helsinki"),
    ("Åbo", "Europe/Helsinki"),
    ("Vaasa", "Europe/Helsinki"),
    ("Jyväskylä", "Europe/Helsinki"),
    ("Helsingfors", "Europe/Helsinki"),
    # Elsewhere in Europe
    ("Barcelona", "Europe/Madrid"),
    ("Bilbao", "Europe/Madrid"),
    ("Valencia", "Europe/Madrid"),
    ("Milan", "Europe/Rome"),
    ("Milano", "Europe/Rome"),
    ("Turin", "Europe/Rome"),
    ("Roma", "Europe/Rome"),
    ("Eindhoven", "Europe/Amsterdam"),
    ("Rotterdam", "Europe/Amsterdam"),
    ("The Hague", "Europe/Amsterdam"),
    ("Den Haag", "Europe/Amsterdam"),
    ("Delft", "Europe/Amsterdam"),
    ("Antwerp", "Europe/Brussels"),
    ("Antwerpen", "Europe/Brussels"),
    ("Ghent", "Europe/Brussels"),
    ("Gent", "Europe/Brussels"),
    ("Kortrijk", "Europe/Brussels"),
    ("Liège", "Europe/Brussels"),
    ("Bruxelles", "Europe/Brussels"),
    ("Brussel", "Europe/Brussels"),
    ("Wien", "Europe/Vienna"),
    ("Praha", "Europe/Prague"),
    ("Warszawa", "Europe/Warsaw"),
    ("Kraków", "Europe/Warsaw"),
    ("Genève", "Europe/Zurich"),
    ("Geneva", "Europe/Zurich"),
    ("Lausanne", "Europe/Zurich"),
    ("Basel", "Europe/Zurich"),
    ("Manchester", "Europe/London"),
    ("Edinburgh", "Europe/London"),
    ("Glasgow", "Europe/London"),
    ("Cambridge", "Europe/London"),
    ("Trondheim", "Europe/Oslo"),
    ("Bergen", "Europe/Oslo"),
    ("Aarhus", "Europe/Copenhagen"),
    ("København", "Europe/Copenhagen"),
    # North America
    ("San Francisco", "America/Los_Angeles"),
    ("San Jose", "America/Los_Angeles"),
    ("San Diego", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"),
    ("Palo Alto", "America/Los_Angeles"),
    ("Silicon Valley", "America/Los_Angeles"),
    ("Las Vegas", "America/Los_Angeles"),
    ("Portland", "America/Los_Angeles"),
    ("New York", "America/New_York"),
    ("Boston", "America/New_York"),
    ("Washington", "America/New_York"),
    ("Philadelphia", "America/New_York"),
    ("Rochester", "America/New_York"),
    ("Atlanta", "America/New_York"),
    ("Miami", "America/New_York"),
    ("Orlando", "America/New_York"),
    ("Pittsburgh", "America/New_York"),
    ("Houston", "America/Chicago"),
    ("Dallas", "America/Chicago"),
    ("Austin", "America/Chicago"),
    ("Minneapolis", "America/Chicago"),
    ("Salt Lake City", "America/Denver"),
    ("Tucson", "America/Phoenix"),
    ("Montreal", "America/Toronto"),
    ("Montréal", "America/Toronto"),
    ("Ottawa", "America/Toronto"),
    ("Quebec", "America/Toronto"),
    ("Québec", "America/Toronto"),
    ("Waterloo", "America/Toronto"),
    ("Calgary", "America/Edmonton"),
    ("Guadalajara", "America/Mexico_City"),
    # South America
    ("Rio de Janeiro", "America/Sao_Paulo"),
    ("Campinas", "America/Sao_Paulo"),
    ("Curitiba", "America/Sao_Paulo"),
    ("Belo Horizonte", "America/Sao_Paulo"),
    ("Porto Alegre", "America/Sao_Paulo"),
    ("Brasília", "America/Sao_Paulo"),
    # Asia and Oceania
    ("Beijing", "Asia/Shanghai"),
    ("Shenzhen", "Asia/Shanghai"),
    ("Guangzhou", "Asia/Shanghai"),
    ("Wuhan", "Asia/Shanghai"),
    ("Osaka", "Asia/Tokyo"),
    ("Kyoto", "Asia/Tokyo"),
    ("Yokohama", "Asia/Tokyo"),
    ("Busan", "Asia/Seoul"),
    ("Daejeon", "Asia/Seoul"),
    ("Mumbai", "Asia/Kolkata"),
    ("Delhi", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Bangalore", "Asia/Kolkata"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Chennai", "Asia/Kolkata"),
    ("Abu Dhabi", "Asia/Dubai"),
    ("Tel Aviv", "Asia/Jerusalem"),
    ("Canberra", "Australia/Sydney"),
)


def _place_key(text: str) -> str:
    """What a zone or a city is matched on: folded, ``_`` and ``/`` read as spaces."""
    return _words(text.replace("_", " "))


@dataclass(frozen=True)
class ZoneMatch:
    """A zone found by what was typed, and the city it was found by when the zone is named
    after another one ("Munich" for Europe/Berlin), for the picker to show."""

    zone: str
    place: str = ""


@cache
def _zone_keys() -> tuple[tuple[str, str, str], ...]:
    """(zone, key of its city, key of its whole name) for every zone a user can pick."""
    return tuple(
        (name, _place_key(name.rsplit("/", 1)[-1]), _place_key(name))
        for name in available_timezones()
    )


@cache
def _city_keys() -> tuple[tuple[str, str, str], ...]:
    """(zone, city as written, key of the city) for the cities of ``_CITY_ZONES``."""
    known = set(available_timezones())
    return tuple(
        (zone_name, city, _place_key(city)) for city, zone_name in _CITY_ZONES if zone_name in known
    )


def search_zones(text: str, limit: int = 30) -> list[ZoneMatch]:
    """The zones that what was typed could mean, best first: a city typed in full (from the
    zone's name or the table of other cities), then a city that starts with it, then a zone
    whose whole name contains it ("america/to", "angel")."""
    key = _place_key(text)
    if not key:
        return []
    ranked: dict[str, tuple[int, str]] = {}

    def offer(zone_name: str, rank: int, place: str) -> None:
        if zone_name not in ranked or rank < ranked[zone_name][0]:
            ranked[zone_name] = (rank, place)

    for zone_name, city_key, full_key in _zone_keys():
        if city_key == key or full_key == key:
            offer(zone_name, 0, "")
        elif city_key.startswith(key):
            offer(zone_name, 1, "")
        elif key in full_key:
            offer(zone_name, 3, "")
    for zone_name, city, city_key in _city_keys():
        if city_key == key:
            offer(zone_name, -1, city)  # "montreal": Toronto's zone before the old link
        elif city_key.startswith(key):
            offer(zone_name, 2, city)
        elif key in city_key:
            offer(zone_name, 4, city)
    order = sorted(ranked.items(), key=lambda item: (item[1][0], item[0]))
    return [ZoneMatch(zone_name, place) for zone_name, (_rank, place) in order[:limit]]


def zone_for_place(text: str) -> str | None:
    """The zone of a zone name written loosely ("america/los angeles") or of a city typed in
    full ("berlin", "são paulo", "munich"); None when there is none, or several."""
    key = _place_key(text)
    if not key:
        return None
    full = [z for z, _city, full_key in _zone_keys() if full_key == key]
    if len(full) == 1:
        return full[0]
    cities = {z for z, _city, city_key in _city_keys() if city_key == key}
    found = cities or {z for z, city_key, _full in _zone_keys() if city_key == key}
    return found.pop() if len(found) == 1 else None
