"""Cell texts turned into dates, local times, yes/no, e-mails, lists and country codes."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimap_desktop.domain.rules import check_email
from pimap_desktop.services.importing.values import (
    country_code,
    parse_bool,
    parse_date,
    parse_list,
    parse_local_datetime,
    parse_local_datetime_parts,
)

JAN_26 = date(2027, 1, 26)

# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-01-26", JAN_26),
        (" 2027-01-26 ", JAN_26),
        ("2027/01/26", JAN_26),
        ("2027.1.26", JAN_26),
        ("20270126", JAN_26),
        ("26/01/2027", JAN_26),
        ("26.01.2027", JAN_26),
        ("26.1.2027", JAN_26),
        ("26-01-2027", JAN_26),
        ("26/01/27", JAN_26),
        ("05/03/2027", date(2027, 3, 5)),  # day first: 5 March, not May 3
        ("5.3.2027", date(2027, 3, 5)),
        ("12/11/2027", date(2027, 11, 12)),
        ("01/26/2027", JAN_26),  # cannot be day/month: a US export
        ("26 Jan 2027", JAN_26),
        ("26 January 2027", JAN_26),
        ("January 26, 2027", JAN_26),
        ("Tuesday, January 26th, 2027", JAN_26),
        ("26 janvier 2027", JAN_26),
        ("mardi 26 janvier 2027", JAN_26),
        ("1er août 2027", date(2027, 8, 1)),
        ("26 de janeiro de 2027", JAN_26),
        ("3 de março de 2027", date(2027, 3, 3)),
        ("26. tammikuuta 2027", JAN_26),
        ("26 januari 2027", JAN_26),
        ("26. Januar 2027", JAN_26),
        ("3. März 2027", date(2027, 3, 3)),
        ("3. Maerz 2027", date(2027, 3, 3)),
        ("17 Dez 2026", date(2026, 12, 17)),
        ("2026-11-03 14:22:10", date(2026, 11, 3)),  # a web form's timestamp
        ("2026-11-03T14:22:10Z", date(2026, 11, 3)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no date given"),
        ("   ", "no date given"),
        ("31/02/2027", "there is no day 31 in that month"),
        ("2027-02-29", "there is no day 29 in that month"),
        ("13/13/2027", "there is no month 13"),
        ("26/01/202", "the year should have four digits"),
        ("soon", "'soon' is not a month"),
        ("26 Jan", "four-digit year"),
        ("Jan 2027", "four-digit year"),
        ("26 Foo 2027", "'foo' is not a month"),
        ("123/45/6789", "use day/month/year or YYYY-MM-DD"),
        ("46048", "use day/month/year or YYYY-MM-DD"),
    ],
)
def test_parse_date_refuses_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(text)


# --- local date-times -------------------------------------------------------------------------

AT_1540 = datetime(2027, 1, 23, 15, 40)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-01-23T15:40", AT_1540),
        ("2027-01-23 15:40", AT_1540),
        ("2027-01-23T15:40:00", AT_1540),
        ("2027-01-23 15:40:30", datetime(2027, 1, 23, 15, 40, 30)),
        ("23/01/2027 15:40", AT_1540),
        ("23/01/2027, 15:40", AT_1540),
        ("23.01.2027 15.40", AT_1540),
        ("23.1.2027 klo 15.40", AT_1540),
        ("23/01/2027 15h40", AT_1540),
        ("23 janvier 2027 à 15h40", AT_1540),
        ("23/01/2027 15h", datetime(2027, 1, 23, 15, 0)),
        ("23/01/2027 3:40 PM", AT_1540),
        ("23/01/2027 3:40 p.m.", AT_1540),
        ("23/01/2027 12:05 AM", datetime(2027, 1, 23, 0, 5)),
        ("2027-01-23 15:40 Uhr", AT_1540),
        ("23. Januar 2027 um 15:40", AT_1540),
        ("January 23, 2027 3:40 pm", AT_1540),
        ("2027-01-23", datetime(2027, 1, 23, 0, 0)),  # a date alone: midnight
    ],
)
def test_parse_local_datetime(text: str, expected: datetime) -> None:
    assert parse_local_datetime(text) == expected
    assert parse_local_datetime(text).tzinfo is None


def test_parts_tell_a_date_alone_from_midnight() -> None:
    assert parse_local_datetime_parts("2027-01-23") == (date(2027, 1, 23), None)
    assert parse_local_datetime_parts("2027-01-23 00:00") == (date(2027, 1, 23), time(0, 0))
    assert parse_local_datetime_parts("26 Jan 2027") == (JAN_26, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no date given"),
        ("15:40", "not a date"),
        ("2027-01-23 25:00", "is not a time of day"),
        ("2027-01-23 15:75", "is not a time of day"),
        ("2027-01-23 13:00 PM", "13 PM does not exist"),
        ("2027-01-23T15:40:00+01:00", "has a time zone"),
        ("2027-01-23T15:40Z", "has a time zone"),
        ("31/02/2027 10:00", "there is no day 31"),
        ("tomorrow at noon", "not a month"),
    ],
)
def test_parse_local_datetime_refuses_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_local_datetime(text)


# --- yes / no ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "Yes",
        "Y",
        "true",
        "TRUE",
        "1",
        "x",
        "X",
        "oui",
        "Oui",
        "sim",
        "kyllä",
        "Kylla",
        "ja",
        "JA",
        "✓",
        "Yes, I agree",
        "Oui, j'accepte",
        "agreed",
        "on",
    ],
)
def test_parse_bool_yes(text: str) -> None:
    assert parse_bool(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No",
        "N",
        "false",
        "FALSE",
        "0",
        "non",
        "Non",
        "não",
        "nao",
        "ei",
        "EI",
        "nee",
        "nein",
        "Nein",
        "No, thanks",
        "Non merci",
    ],
)
def test_parse_bool_no(text: str) -> None:
    assert parse_bool(text) is False


@pytest.mark.parametrize("text", ["", "  "])
def test_parse_bool_empty_is_none(text: str) -> None:
    assert parse_bool(text) is None


@pytest.mark.parametrize("text", ["maybe", "2", "-", "yesno", "peut-être", "y n"])
def test_parse_bool_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="is not yes or no"):
        parse_bool(text)


# --- e-mail -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anna@optik.fi", "anna@optik.fi"),
        ("  Anna.Virtanen@Optik.FI ", "anna.virtanen@optik.fi"),
        ("Jean Dupont <jean.dupont@lasertech.fr>", "jean.dupont@lasertech.fr"),
        ("mailto:info@cluster.pt", "info@cluster.pt"),
        ("jürgen@präzision.de", "jürgen@präzision.de"),
    ],
)
def test_check_email_normalises(text: str, expected: str) -> None:
    assert check_email(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no e-mail address given"),
        ("   ", "no e-mail address given"),
        ("anna.optik.fi", "must have an @-sign"),
        ("anna@optik", "It should have a period"),
        ("anna@@optik.fi", "not a valid e-mail address"),
        ("anna virtanen@optik.fi", "not a valid e-mail address"),
        ("anna@optik..fi", "not a valid e-mail address"),
    ],
)
def test_check_email_explains_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        check_email(text)


# --- lists ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("photonics; aerospace, RF", ["photonics", "aerospace", "RF"]),
        ("", []),
        ("  ;, ", []),
        ("English", ["English"]),
        ("fr|en|fi", ["fr", "en", "fi"]),
        ("- lasers\n- optics\n", ["lasers", "optics"]),
        ("• lasers • optics", ["lasers", "optics"]),
        ("Photonics; photonics; PHOTONICS, optics", ["Photonics", "optics"]),
    ],
)
def test_parse_list(text: str, expected: list[str]) -> None:
    assert parse_list(text) == expected


# --- countries --------------------------------------------------------------------------------

# Every EU and EFTA country, the UK, the USA, Canada, Japan, China, India and Brazil: code, then
# names in English, French, Portuguese, Finnish, Dutch, German and the country's own language.
COUNTRIES = {
    "AT": "Austria; Autriche; Áustria; Itävalta; Oostenrijk; Österreich",
    "BE": "Belgium; Belgique; Bélgica; Belgia; België; Belgien",
    "BG": "Bulgaria; Bulgarie; Bulgária; Bulgarije; Bulgarien",
    "HR": "Croatia; Croatie; Croácia; Kroatia; Kroatië; Kroatien; Hrvatska",
    "CY": "Cyprus; Chypre; Chipre; Kypros; Zypern",
    "CZ": "Czechia; Czech Republic; Tchéquie; Chéquia; Tšekki; Tsjechië; Tschechien; Česko",
    "DK": "Denmark; Danemark; Dinamarca; Tanska; Denemarken; Dänemark; Danmark",
    "EE": "Estonia; Estonie; Estónia; Viro; Estland; Eesti",
    "FI": "Finland; Finlande; Finlândia; Suomi; Finnland",
    "FR": "France; Frankrijk; França; Ranska; Frankreich",
    "DE": "Germany; Allemagne; Alemanha; Saksa; Duitsland; Deutschland",
    "GR": "Greece; Grèce; Grécia; Kreikka; Griekenland; Griechenland; Hellas",
    "HU": "Hungary; Hongrie; Hungria; Unkari; Hongarije; Ungarn; Magyarország",
    "IE": "Ireland; Irlande; Irlanda; Irlanti; Ierland; Irland; Éire",
    "IT": "Italy; Italie; Itália; Italia; Italië; Italien",
    "LV": "Latvia; Lettonie; Letónia; Latvia; Letland; Lettland; Latvija",
    "LT": "Lithuania; Lituanie; Lituânia; Liettua; Litouwen; Litauen; Lietuva",
    "LU": "Luxembourg; Luxemburgo; Luxemburg",
    "MT": "Malta; Malte",
    "NL": (
        "Netherlands; The Netherlands; Pays-Bas; Países Baixos; Alankomaat; Nederland; "
        "Niederlande; Holland"
    ),
    "PL": "Poland; Pologne; Polónia; Puola; Polen; Polska",
    "PT": "Portugal; Portugali",
    "RO": "Romania; Roumanie; Roménia; Romania; Roemenië; Rumänien; România",
    "SK": "Slovakia; Slovaquie; Eslováquia; Slovakia; Slowakije; Slowakei",
    "SI": "Slovenia; Slovénie; Eslovénia; Slovenia; Slovenië; Slowenien",
    "ES": "Spain; Espagne; Espanha; Espanja; Spanje; Spanien; España",
    "SE": "Sweden; Suède; Suécia; Ruotsi; Zweden; Schweden; Sverige",
    "IS": "Iceland; Islande; Islândia; Islanti; IJsland; Island; Ísland",
    "LI": "Liechtenstein",
    "NO": "Norway; Norvège; Noruega; Norja; Noorwegen; Norwegen; Norge",
    "CH": "Switzerland; Suisse; Suíça; Sveitsi; Zwitserland; Schweiz",
    "GB": (
        "United Kingdom; UK; Great Britain; England; Royaume-Uni; Reino Unido; "
        "Iso-Britannia; Yhdistynyt kuningaskunta; Verenigd Koninkrijk; "
        "Vereinigtes Königreich; Großbritannien"
    ),
    "US": (
        "United States; USA; U.S.A.; United States of America; États-Unis; Estados Unidos; "
        "EUA; Yhdysvallat; Verenigde Staten; Vereinigte Staaten"
    ),
    "CA": "Canada; Canadá; Kanada",
    "JP": "Japan; Japon; Japão; Japani",
    "CN": "China; Chine; Kiina",
    "IN": "India; Inde; Índia; Intia; Indien",
    "BR": "Brazil; Brésil; Brasil; Brasilia; Brazilië; Brasilien",
}


@pytest.mark.parametrize(
    ("text", "code"),
    [(name, code) for code, names in COUNTRIES.items() for name in names.split("; ")],
)
def test_country_names_in_six_languages(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        (" de ", "DE"),
        ("DEU", "DE"),
        ("fin", "FI"),
        ("UK", "GB"),
        ("GB", "GB"),
        ("EL", "GR"),
        ("FRANCE", "FR"),
        ("  belgië ", "BE"),
        ("BELGIQUE", "BE"),
        ("France (FR)", "FR"),
        ("Korea, Republic of", "KR"),
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
    ],
)
def test_country_codes_and_variants(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["", "  ", "Atlantis", "Europe", "XX", "Bordeaux"])
def test_unknown_country_is_none(text: str) -> None:
    assert country_code(text) is None


# --- never anything but a value or a ValueError -------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_parsers_raise_only_value_errors(text: str) -> None:
    for parse in (parse_date, parse_local_datetime, parse_bool, check_email):
        with contextlib.suppress(ValueError):
            parse(text)
    assert isinstance(parse_list(text), list)
    code = country_code(text)
    assert code is None or (len(code) == 2 and code.isupper())
