"""Column headers in six languages recognised as our fields, and a column mapping guessed."""

from __future__ import annotations

import pytest

from pimap_desktop.services.importing.headers import Field, guess_mapping, recognise_header

F = Field

# (header as found in real files, field) — English, French, Portuguese, Finnish, Dutch, German.
KNOWN = [
    # e-mail
    ("E-mail", F.EMAIL),
    ("Email", F.EMAIL),
    ("EMAIL ADDRESS", F.EMAIL),
    ("Email Address", F.EMAIL),
    ("E-mail address", F.EMAIL),
    ("Adresse e-mail", F.EMAIL),
    ("Adresse électronique", F.EMAIL),
    ("Courriel", F.EMAIL),
    ("Endereço de e-mail", F.EMAIL),
    ("Correo", F.EMAIL),
    ("Sähköposti", F.EMAIL),
    ("Sähköpostiosoite", F.EMAIL),
    ("E-mailadres", F.EMAIL),
    ("E-Mail-Adresse", F.EMAIL),
    # organisation
    ("Company", F.ORGANISATION),
    ("Organisation", F.ORGANISATION),
    ("Organization", F.ORGANISATION),
    ("Société", F.ORGANISATION),
    ("SOCIETE", F.ORGANISATION),
    ("Entreprise", F.ORGANISATION),
    ("Raison sociale", F.ORGANISATION),
    ("Empresa", F.ORGANISATION),
    ("Organização", F.ORGANISATION),
    ("Yritys", F.ORGANISATION),
    ("Organisaatio", F.ORGANISATION),
    ("Bedrijf", F.ORGANISATION),
    ("Organisatie", F.ORGANISATION),
    ("Firma", F.ORGANISATION),
    ("Unternehmen", F.ORGANISATION),
    # first name
    ("First name", F.FIRST_NAME),
    ("Firstname", F.FIRST_NAME),
    ("Given name", F.FIRST_NAME),
    ("Prénom", F.FIRST_NAME),
    ("PRENOM", F.FIRST_NAME),
    ("Nome próprio", F.FIRST_NAME),
    ("Primeiro nome", F.FIRST_NAME),
    ("Etunimi", F.FIRST_NAME),
    ("Voornaam", F.FIRST_NAME),
    ("Vorname", F.FIRST_NAME),
    # last name
    ("Last name", F.LAST_NAME),
    ("Surname", F.LAST_NAME),
    ("Family name", F.LAST_NAME),
    ("Nom", F.LAST_NAME),
    ("Nom de famille", F.LAST_NAME),
    ("Apelido", F.LAST_NAME),
    ("Sobrenome", F.LAST_NAME),
    ("Sukunimi", F.LAST_NAME),
    ("Achternaam", F.LAST_NAME),
    ("Nachname", F.LAST_NAME),
    # full name
    ("Name", F.FULL_NAME),
    ("Full name", F.FULL_NAME),
    ("Nom complet", F.FULL_NAME),
    ("Nom et prénom", F.FULL_NAME),
    ("Nome", F.FULL_NAME),
    ("Nome completo", F.FULL_NAME),
    ("Nimi", F.FULL_NAME),
    ("Naam", F.FULL_NAME),
    ("Vor- und Nachname", F.FULL_NAME),
    # phone
    ("Phone", F.PHONE),
    ("Telephone number", F.PHONE),
    ("Mobile", F.PHONE),
    ("GSM", F.PHONE),
    ("Téléphone", F.PHONE),
    ("Tél.", F.PHONE),
    ("Telefone", F.PHONE),
    ("Telemóvel", F.PHONE),
    ("Puhelin", F.PHONE),
    ("Puhelinnumero", F.PHONE),
    ("Telefoon", F.PHONE),
    ("Telefon", F.PHONE),
    ("Handy", F.PHONE),
    # country and city
    ("Country", F.COUNTRY),
    ("Pays", F.COUNTRY),
    ("País", F.COUNTRY),
    ("Maa", F.COUNTRY),
    ("Land", F.COUNTRY),
    ("City", F.CITY),
    ("Ville", F.CITY),
    ("Cidade", F.CITY),
    ("Kaupunki", F.CITY),
    ("Stad", F.CITY),
    ("Woonplaats", F.CITY),
    ("Stadt", F.CITY),
    ("Ort", F.CITY),
    # job title
    ("Job title", F.JOB_TITLE),
    ("Position", F.JOB_TITLE),
    ("Fonction", F.JOB_TITLE),
    ("Poste", F.JOB_TITLE),
    ("Cargo", F.JOB_TITLE),
    ("Titteli", F.JOB_TITLE),
    ("Functie", F.JOB_TITLE),
    ("Position", F.JOB_TITLE),
    ("Berufsbezeichnung", F.JOB_TITLE),
    # arrival and departure
    ("Arrival", F.ARRIVAL),
    ("Arrival date", F.ARRIVAL),
    ("Arrivée", F.ARRIVAL),
    ("Date d'arrivée", F.ARRIVAL),
    ("Chegada", F.ARRIVAL),
    ("Saapuminen", F.ARRIVAL),
    ("Aankomst", F.ARRIVAL),
    ("Ankunft", F.ARRIVAL),
    ("Anreise", F.ARRIVAL),
    ("Departure", F.DEPARTURE),
    ("Départ", F.DEPARTURE),
    ("Date de départ", F.DEPARTURE),
    ("Partida", F.DEPARTURE),
    ("Lähtö", F.DEPARTURE),
    ("Vertrek", F.DEPARTURE),
    ("Abreise", F.DEPARTURE),
    # hotel, badge, diet, accessibility
    ("Hotel", F.HOTEL),
    ("Hôtel", F.HOTEL),
    ("Hébergement", F.HOTEL),
    ("Alojamento", F.HOTEL),
    ("Hotelli", F.HOTEL),
    ("Unterkunft", F.HOTEL),
    ("Badge name", F.BADGE_NAME),
    ("Name on badge", F.BADGE_NAME),
    ("Nom sur le badge", F.BADGE_NAME),
    ("Nome no crachá", F.BADGE_NAME),
    ("Nimikyltti", F.BADGE_NAME),
    ("Naam op badge", F.BADGE_NAME),
    ("Namensschild", F.BADGE_NAME),
    ("Diet", F.DIET),
    ("Dietary requirements", F.DIET),
    ("Régime alimentaire", F.DIET),
    ("Dieta", F.DIET),
    ("Ruokavalio", F.DIET),
    ("Dieet", F.DIET),
    ("Ernährung", F.DIET),
    ("Accessibility", F.ACCESSIBILITY),
    ("Accessibilité", F.ACCESSIBILITY),
    ("Acessibilidade", F.ACCESSIBILITY),
    ("Esteettömyys", F.ACCESSIBILITY),
    ("Toegankelijkheid", F.ACCESSIBILITY),
    ("Barrierefreiheit", F.ACCESSIBILITY),
    # role, status
    ("Role", F.ROLE),
    ("Rôle", F.ROLE),
    ("Papel", F.ROLE),
    ("Rooli", F.ROLE),
    ("Rol", F.ROLE),
    ("Rolle", F.ROLE),
    ("Status", F.STATUS),
    ("Statut", F.STATUS),
    ("Estado", F.STATUS),
    ("Tila", F.STATUS),
    # consent
    ("Consent to be listed", F.CONSENT_LISTED),
    ("Autorisation de publication", F.CONSENT_LISTED),
    ("Julkaisulupa", F.CONSENT_LISTED),
    ("Consent to be contacted", F.CONSENT_CONTACT),
    ("Consentement contact", F.CONSENT_CONTACT),
    ("Einwilligung Kontaktaufnahme", F.CONSENT_CONTACT),
    ("Consent date", F.CONSENT_DATE),
    ("Date du consentement", F.CONSENT_DATE),
    ("Data do consentimento", F.CONSENT_DATE),
    ("Einwilligungsdatum", F.CONSENT_DATE),
    # languages, sectors, notes, website
    ("Languages", F.LANGUAGES),
    ("Langues", F.LANGUAGES),
    ("Idiomas", F.LANGUAGES),
    ("Kielet", F.LANGUAGES),
    ("Talen", F.LANGUAGES),
    ("Sprachen", F.LANGUAGES),
    ("Sectors", F.SECTORS),
    ("Industry", F.SECTORS),
    ("Secteur d'activité", F.SECTORS),
    ("Setor", F.SECTORS),
    ("Toimiala", F.SECTORS),
    ("Sector", F.SECTORS),
    ("Branche", F.SECTORS),
    ("Notes", F.NOTES),
    ("Comments", F.NOTES),
    ("Remarques", F.NOTES),
    ("Observações", F.NOTES),
    ("Huomautukset", F.NOTES),
    ("Opmerkingen", F.NOTES),
    ("Bemerkungen", F.NOTES),
    ("Website", F.WEBSITE),
    ("Site web", F.WEBSITE),
    ("Sítio web", F.WEBSITE),
    ("Verkkosivut", F.WEBSITE),
    ("Webseite", F.WEBSITE),
    ("URL", F.WEBSITE),
]


@pytest.mark.parametrize(("header", "field"), KNOWN)
def test_headers_are_recognised_in_six_languages(header: str, field: Field) -> None:
    assert recognise_header(header) is field


@pytest.mark.parametrize("field", list(Field))
def test_our_own_export_column_names_are_recognised(field: Field) -> None:
    assert recognise_header(field.value) is field
    assert recognise_header(field.value.upper()) is field
    assert recognise_header(field.label) is field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("  e-MAIL  ", F.EMAIL),
        ("E_mail", F.EMAIL),
        ("e.mail", F.EMAIL),
        ("Email*", F.EMAIL),
        ("E-mail (work)", F.EMAIL),
        ("E-mail address:", F.EMAIL),
        ("Your e-mail address", F.EMAIL),
        ("Votre adresse e-mail", F.EMAIL),
        ("PRÉNOM", F.FIRST_NAME),
        ("Prenom", F.FIRST_NAME),
        ("first-name", F.FIRST_NAME),
        ("Date de l'arrivée", F.ARRIVAL),
        ("Nom de l'entreprise", F.ORGANISATION),
        ("Company name", F.ORGANISATION),
        ("Name of your company", F.ORGANISATION),
        ("Company website", F.WEBSITE),
        ("Company phone", F.PHONE),
        ("Téléphone portable de la société", F.PHONE),
        ("Pays de l'entreprise", F.COUNTRY),
        ("Arrival date and time (local)", F.ARRIVAL),
        ("Hotel name", F.HOTEL),
        ("I agree to be listed in the participant list", F.CONSENT_LISTED),
        ("I agree to be contacted by other participants", F.CONSENT_CONTACT),
        ("Last name of the participant", F.LAST_NAME),
    ],
)
def test_headers_are_compared_without_case_accents_punctuation_or_filler(
    header: str, field: Field
) -> None:
    assert recognise_header(header) is field


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Title",  # Mr/Mrs as often as a job title
        "Consent",  # which one? a deliberate choice in the wizard
        "Delegation list — Photonics West 2027",
        "Photonics West 2027",
        "Anna",
        "Lasertech Aquitaine",
        "jean@hotel.fr",
        "https://www.hotel-lyon.fr",
        "Company size",
        "Organisation type",
        "State/Province",
        "Date",
        "Random column",
    ],
)
def test_unknown_texts_and_values_are_not_headers(text: str) -> None:
    assert recognise_header(text) is None


def test_every_field_has_a_label() -> None:
    assert F.EMAIL.label == "E-mail"
    assert F.FIRST_NAME.label == "First name"
    assert all(field.label for field in Field)


def test_guess_mapping_maps_column_indexes() -> None:
    headers = ["Prénom", "Nom", "Courriel", "Société", "Colonne perso", "Pays"]

    assert guess_mapping(headers) == {
        0: F.FIRST_NAME,
        1: F.LAST_NAME,
        2: F.EMAIL,
        3: F.ORGANISATION,
        5: F.COUNTRY,
    }


def test_guess_mapping_gives_each_field_to_one_column_the_first() -> None:
    headers = ["Email", "Name", "E-mail address", "Email"]

    assert guess_mapping(headers) == {0: F.EMAIL, 1: F.FULL_NAME}


def test_guess_mapping_prefers_an_exact_name_over_a_loose_one() -> None:
    headers = ["Web address of the company", "Company phone", "Website"]

    assert guess_mapping(headers) == {2: F.WEBSITE, 1: F.PHONE}


def test_guess_mapping_of_our_own_export() -> None:
    headers = [field.value for field in Field]

    assert guess_mapping(headers) == dict(enumerate(Field))


def test_guess_mapping_of_nothing() -> None:
    assert guess_mapping([]) == {}
    assert guess_mapping(["", "foo"]) == {}
