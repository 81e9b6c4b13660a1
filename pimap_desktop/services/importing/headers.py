"""What each column of a spreadsheet means: header texts in six languages mapped onto our fields.

A header is compared after folding case, accents, punctuation and spacing, so "E-Mail-Adresse",
"e-mail adresse" and "EmailAdresse" are one key. Three passes, from the surest to the loosest:

1. the whole header is a known name of a field ("Adresse e-mail", "Nachname", "first_name");
2. the same after dropping a parenthesis, a question's filler words and marks such as ``*``
   ("E-mail (work)*", "Your e-mail address");
3. a known name stands inside the header as whole words ("Company website", "Téléphone
   portable de la société"); when several do, the field that is more specific wins (an e-mail or
   a website before the organisation it belongs to, a first name before a bare "name").

Texts that look like values rather than headers (an address with ``@``, a web address, long
sentences) are never recognised by the third pass, so a data row is not mistaken for a header.
A bare "Consent" is not recognised: it could mean either consent, and personal data deserves a
deliberate choice in the wizard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from functools import cache

from pimap_desktop.text import ServiceWords, Words


class Field(StrEnum):
    """A column we can import. The values are the canonical column names of our own CSV export."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    ORGANISATION = "organisation"
    JOB_TITLE = "job_title"
    PHONE = "phone"
    COUNTRY = "country"
    CITY = "city"
    WEBSITE = "website"
    ROLE = "role"
    STATUS = "status"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    HOTEL = "hotel"
    BADGE_NAME = "badge_name"
    DIET = "diet"
    ACCESSIBILITY = "accessibility"
    LANGUAGES = "languages"
    PREFERRED_LANGUAGE = "preferred_language"
    CONSENT_LISTED = "consent_listed"
    CONSENT_CONTACT = "consent_contact"
    CONSENT_DATE = "consent_date"
    SECTORS = "sectors"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """The name shown in the import wizard (in English: see ``words``)."""
        return str(_LABELS[self])

    @property
    def words(self) -> Words:
        """The name as a sentence, that the wizard says in the interface's language."""
        return _LABELS[self]


_LABELS: dict[Field, Words] = {
    Field.FIRST_NAME: ServiceWords.say("First name"),
    Field.LAST_NAME: ServiceWords.say("Last name"),
    Field.FULL_NAME: ServiceWords.say("Full name"),
    Field.EMAIL: ServiceWords.say("E-mail"),
    Field.ORGANISATION: ServiceWords.say("Organisation"),
    Field.JOB_TITLE: ServiceWords.say("Job title"),
    Field.PHONE: ServiceWords.say("Phone"),
    Field.COUNTRY: ServiceWords.say("Country"),
    Field.CITY: ServiceWords.say("City"),
    Field.WEBSITE: ServiceWords.say("Website"),
    Field.ROLE: ServiceWords.say("Role"),
    Field.STATUS: ServiceWords.say("Status"),
    Field.ARRIVAL: ServiceWords.say("Arrival"),
    Field.DEPARTURE: ServiceWords.say("Departure"),
    Field.HOTEL: ServiceWords.say("Hotel"),
    Field.BADGE_NAME: ServiceWords.say("Badge name"),
    Field.DIET: ServiceWords.say("Diet"),
    Field.ACCESSIBILITY: ServiceWords.say("Accessibility"),
    Field.PREFERRED_LANGUAGE: ServiceWords.say("Preferred language"),
    Field.LANGUAGES: ServiceWords.say("Languages"),
    Field.CONSENT_LISTED: ServiceWords.say("Consent to be listed"),
    Field.CONSENT_CONTACT: ServiceWords.say("Consent to be contacted"),
    Field.CONSENT_DATE: ServiceWords.say("Consent date"),
    Field.SECTORS: ServiceWords.say("Sectors"),
    Field.NOTES: ServiceWords.say("Notes"),
}

# Names of each field as people write them, in English, French, Portuguese, Finnish, Dutch and
# German, separated by "; ". Written naturally; they are folded like the headers before comparison. The order of this
# table is also the priority of the third pass (more specific fields first).
_NAMES: dict[Field, str] = {
    Field.CONSENT_DATE: (
        "consent date; date of consent; consent given on; date du consentement; "
        "date de consentement; date consentement; data do consentimento; "
        "data de consentimento; suostumuksen päivämäärä; suostumuspäivä; datum toestemming; "
        "toestemmingsdatum; datum van toestemming; einwilligungsdatum; datum der einwilligung; "
        "datum einwilligung; gdpr date; rgpd date"
    ),
    Field.CONSENT_LISTED: (
        "consent listed; consent to be listed; listed; list me; publish; consent to publish; "
        "consent to publication; consent participant list; agree to be listed; "
        "include in attendee pack; include in participant list; accord pour figurer; "
        "accord publication; accord annuaire; autorisation de publication; "
        "autorisation publication; consentement publication; consentement annuaire; "
        "figurer dans la liste; publication; consentimento publicação; consentimento listagem; "
        "autorização de publicação; julkaisulupa; suostumus julkaisuun; lupa julkaista; "
        "toestemming publicatie; toestemming vermelding; vermelding deelnemerslijst; "
        "einwilligung veröffentlichung; einwilligung teilnehmerliste; veröffentlichung; "
        "zustimmung veröffentlichung; listing consent; directory consent; "
        "attendee list consent; participant list; attendee list; delegate list; "
        "appear in the list; appear in the participant list; agree to appear; "
        "liste des participants; liste des inscrits; apparaître dans la liste; "
        "lista de participantes; osallistujalista; deelnemerslijst; teilnehmerliste"
    ),
    Field.CONSENT_CONTACT: (
        "consent contact; consent to be contacted; consent to contact; contact consent; "
        "agree to be contacted; may we contact you; contact me; accord contact; "
        "accord pour être contacté; consentement contact; consentement prise de contact; "
        "autorisation de contact; consentimento contacto; consentimento contato; "
        "autorização de contacto; yhteydenottolupa; suostumus yhteydenottoon; "
        "lupa ottaa yhteyttä; toestemming contact; mag contact opnemen; einwilligung kontakt; "
        "einwilligung kontaktaufnahme; zustimmung kontakt; kontakterlaubnis"
    ),
    Field.BADGE_NAME: (
        "badge name; name on badge; name for badge; badge; nom sur le badge; nom badge; "
        "nom pour le badge; nom sur badge; badge nom; nome no crachá; nome para o crachá; "
        "crachá; nome no badge; nimi nimikylttiin; nimikyltti; nimi nimikyltissä; badgenaam; "
        "naam op badge; naam op de badge; naambadge; name auf dem namensschild; namensschild; "
        "name namensschild; name auf badge"
    ),
    Field.EMAIL: (
        "email; e-mail; mail; email address; e-mail address; mail address; work email; "
        "business email; professional email; contact email; e-mail pro; adresse e-mail; "
        "adresse email; adresse mail; adresse électronique; courriel; adresse courriel; mél; "
        "mel; email professionnel; e-mail professionnel; endereço de email; "
        "endereço de e-mail; endereço eletrónico; endereço eletrônico; "
        "endereço de correio eletrónico; correio eletrónico; correio eletrônico; correo; "
        "correo electrónico; sähköposti; sähköpostiosoite; sposti; e-mailadres; emailadres; "
        "e-mail adres; mailadres; e-mail-adresse; email-adresse; e-mail adresse; mailadresse"
    ),
    Field.PHONE: (
        "phone; telephone; phone number; telephone number; tel; tél; tel no; mobile; "
        "mobile phone; mobile number; cell; cell phone; cellphone; gsm; work phone; "
        "business phone; téléphone; numéro de téléphone; téléphone portable; portable; "
        "tél portable; téléphone mobile; numéro de portable; telefone; número de telefone; "
        "telemóvel; telemovel; celular; telefone móvel; contacto telefónico; puhelin; "
        "puhelinnumero; matkapuhelin; gsm numero; kännykkä; telefoon; telefoonnummer; mobiel; "
        "mobiel nummer; mobiele telefoon; telefon; telefonnummer; handy; handynummer; "
        "mobiltelefon; mobilnummer; mobilfunknummer"
    ),
    Field.WEBSITE: (
        "website; web site; web; url; homepage; home page; web page; www; company website; "
        "site web; site internet; site; sítio web; sítio; página web; página de internet; "
        "verkkosivu; verkkosivut; kotisivu; kotisivut; nettisivut; webpagina; webadres; "
        "webseite; internetseite; internetadresse; internetauftritt"
    ),
    Field.ARRIVAL: (
        "arrival; arrival date; arrival time; arrival date and time; date of arrival; "
        "flight arrival; arrivée; date d'arrivée; heure d'arrivée; date et heure d'arrivée; "
        "chegada; data de chegada; hora de chegada; data e hora de chegada; saapuminen; "
        "saapumispäivä; saapumisaika; saapuu; aankomst; aankomstdatum; aankomsttijd; "
        "datum van aankomst; ankunft; anreise; ankunftsdatum; anreisedatum; ankunftszeit; "
        "anreisetag"
    ),
    Field.DEPARTURE: (
        "departure; departure date; departure time; departure date and time; "
        "date of departure; flight departure; départ; date de départ; heure de départ; "
        "date et heure de départ; partida; data de partida; hora de partida; saída; "
        "data de saída; regresso; lähtö; lähtöpäivä; lähtöaika; lähtee; vertrek; vertrekdatum; "
        "vertrektijd; datum van vertrek; abreise; abfahrt; abreisedatum; abreisetag; abflug"
    ),
    Field.JOB_TITLE: (
        "job title; job; position; job position; function; job function; designation; "
        "occupation; fonction; poste; intitulé du poste; intitulé de poste; titre du poste; "
        "fonction dans l'entreprise; cargo; função; posição; titteli; tehtävä; tehtävänimike; "
        "ammattinimike; asema; nimike; functie; functietitel; jobtitel; positie; funktion; "
        "position im unternehmen; berufsbezeichnung; stellung; beruf; tätigkeit"
    ),
    Field.COUNTRY: (
        "country; country of residence; country region; country/region; nation; pays; "
        "pays de résidence; país; país de residência; maa; kotimaa; asuinmaa; land; "
        "land van herkomst; herkunftsland; country code; code pays; länderkennung"
    ),
    Field.CITY: (
        "city; town; city town; ville; localité; commune; cidade; localidade; concelho; "
        "kaupunki; paikkakunta; kotikunta; stad; plaats; woonplaats; vestigingsplaats; stadt; "
        "ort; wohnort; sitz"
    ),
    Field.HOTEL: (
        "hotel; hotel name; accommodation; lodging; hôtel; hébergement; logement; alojamento; "
        "hospedagem; hotelli; majoitus; accommodatie; verblijf; overnachting; unterkunft; "
        "übernachtung"
    ),
    Field.DIET: (
        "diet; dietary requirements; dietary restrictions; dietary needs; dietary preferences; "
        "special diet; food; food allergies; allergies; régime alimentaire; régime; "
        "restrictions alimentaires; besoins alimentaires; allergies alimentaires; dieta; "
        "regime alimentar; restrições alimentares; alergias; ruokavalio; erityisruokavalio; "
        "ruokarajoitteet; allergiat; dieet; dieetwensen; voedingswensen; allergieën; "
        "ernährung; ernährungsweise; essenswünsche; diät; unverträglichkeiten; allergien; "
        "lebensmittelallergien"
    ),
    Field.ACCESSIBILITY: (
        "accessibility; accessibility needs; accessibility requirements; special needs; "
        "special assistance; mobility; accessibilité; besoins particuliers; "
        "besoins spécifiques; mobilité réduite; handicap; acessibilidade; "
        "necessidades especiais; mobilidade reduzida; esteettömyys; erityistarpeet; "
        "saavutettavuus; toegankelijkheid; speciale behoeften; barrierefreiheit; "
        "besondere bedürfnisse; barrierefrei"
    ),
    Field.LANGUAGES: (
        "languages; spoken languages; languages spoken; langues; langues parlées; idiomas; "
        "idiomas falados; línguas; línguas faladas; kielet; kielitaito; talade språk; "
        "språkkunskaper; talen; gesproken talen; sprachen; sprachkenntnisse"
    ),
    # One language: the one their documents are made in (a "Language" column of a web form).
    Field.PREFERRED_LANGUAGE: (
        "language; preferred language; document language; correspondence language; "
        "language of correspondence; langue; langue préférée; langue de correspondance; "
        "langue des documents; idioma; idioma preferido; língua; língua preferida; "
        "língua de correspondência; kieli; asiointikieli; toivottu kieli; språk; "
        "föredraget språk; korrespondensspråk; taal; voorkeurstaal; sprache; "
        "bevorzugte sprache; korrespondenzsprache"
    ),
    Field.SECTORS: (
        "sectors; sector; industry; industries; field; fields; business sector; "
        "sector of activity; activity; domain; domains; secteur; secteurs; secteur d'activité; "
        "secteurs d'activité; domaine; domaines; domaine d'activité; activité; setor; setores; "
        "sector de atividade; setor de atividade; área de atividade; atividade; toimiala; "
        "toimialat; sektori; ala; sectoren; branche; branches; activiteit; branchen; sektor; "
        "sektoren; industrie; tätigkeitsbereich"
    ),
    Field.ROLE: (
        "role; participant type; participant role; registration type; attendee type; "
        "participation; rôle; type de participant; type d'inscription; papel; "
        "tipo de participante; rooli; osallistujatyyppi; rol; deelnemerstype; rolle; "
        "teilnehmertyp; art der teilnahme"
    ),
    Field.STATUS: (
        "status; registration status; statut; état; statut d'inscription; "
        "statut de l'inscription; estado; estatuto; situação; estado da inscrição; tila; "
        "ilmoittautumisen tila; inschrijvingsstatus; anmeldestatus; registrierungsstatus"
    ),
    Field.NOTES: (
        "notes; note; comments; comment; remarks; remark; other information; "
        "additional information; remarques; remarque; commentaire; commentaires; observations; "
        "informations complémentaires; notas; nota; observações; comentários; comentário; "
        "huomautukset; huomiot; lisätiedot; kommentit; opmerkingen; opmerking; notities; "
        "bemerkungen; anmerkungen; kommentar; kommentare; notizen; hinweise"
    ),
    Field.FIRST_NAME: (
        "first name; firstname; given name; given names; forename; forenames; fname; prénom; "
        "prénoms; nome próprio; primeiro nome; nomes próprios; etunimi; etunimet; voornaam; "
        "voornamen; roepnaam; vorname; vornamen"
    ),
    Field.LAST_NAME: (
        "last name; lastname; surname; family name; lname; nom; nom de famille; nom d'usage; "
        "apelido; apelidos; sobrenome; último nome; nome de família; sukunimi; achternaam; "
        "familienaam; nachname; familienname; zuname"
    ),
    Field.ORGANISATION: (
        "organisation; organization; company; company name; organisation name; "
        "organization name; employer; institution; affiliation; business; org; société; "
        "entreprise; nom de l'entreprise; nom de la société; raison sociale; structure; "
        "organisme; établissement; empresa; nome da empresa; organização; instituição; "
        "entidade; yritys; yrityksen nimi; organisaatio; organisaation nimi; työnantaja; "
        "bedrijf; bedrijfsnaam; organisatie; naam bedrijf; firma; unternehmen; firmenname; "
        "organisation unternehmen; arbeitgeber; institut"
    ),
    Field.FULL_NAME: (
        "name; full name; fullname; contact name; contact person; contact; participant; "
        "participant name; attendee; attendee name; delegate; delegate name; person; "
        "nom complet; nom et prénom; prénom et nom; prénom nom; nom prénom; participant; "
        "nome completo; nome; nome e apelido; nimi; koko nimi; nimi ja sukunimi; naam; "
        "volledige naam; naam deelnemer; vollständiger name; vor und nachname; "
        "vorname nachname; teilnehmer; ansprechpartner; kontaktperson; first and last name; "
        "first name and last name; name and surname; nome e sobrenome; nome e apelidos; "
        "etu- ja sukunimi; voor- en achternaam; voornaam en achternaam; vorname und nachname; "
        "nom prénom; nom et prénom du participant"
    ),
}


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words of a question or a form label that carry no meaning for the column.
_FILLER = _word_set(
    "your the a an of for please enter required optional votre vos le la les l de du des d "
    "sua seu o os as da do dos das teidan sinun uw je het ihr ihre die der das bitte "
    "obligatoire obrigatorio pakollinen verplicht pflichtfeld"
)

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LOOKS_LIKE_VALUE = re.compile(r"@|://|\bwww\.|\d{3,}")
# Words that make a header about something else than the field it mentions ("Company size").
_OTHER_THING = _word_set(
    "type kind size id vat siret siren taille tipo tamanho tyyppi koko ytunnus "
    "grootte kvk groesse grosse"
)

_UNDECOMPOSABLE = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})


def _names(names: str) -> list[str]:
    return [name.strip() for name in names.split(";") if name.strip()]


def _words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation: "E-Mail-Adresse" → [e, mail, adresse]."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSABLE))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    # An apostrophe glues its letter to the next word in French ("d'arrivée"): drop it, split.
    return "".join(c if c.isalnum() else " " for c in plain).split()


def fold(text: str) -> str:
    """The comparison key of a header: case, accents, punctuation and spacing removed."""
    return "".join(_words(text))


def _without_filler(text: str) -> list[str]:
    return [w for w in _words(_PARENTHESES.sub(" ", text)) if w not in _FILLER]


@cache
def _exact() -> dict[str, Field]:
    """Folded name → field, for the first pass."""
    table: dict[str, Field] = {}
    for field in Field:  # our own export's column names
        table[fold(field.value)] = field
    for field, names in _NAMES.items():
        for name in _names(names):
            table.setdefault(fold(name), field)
    return table


@cache
def _cleaned() -> dict[str, Field]:
    """Folded name without filler words → field, for the second pass."""
    table = dict(_exact())
    for field, names in _NAMES.items():
        for name in _names(names):
            table.setdefault("".join(_without_filler(name)), field)
    return table


@cache
def _phrases() -> dict[str, tuple[int, int, Field]]:
    """Every name spelled without spaces → (its field's priority, minus its word count, field).

    The priority is the order of ``_NAMES``; between names of one priority the longer wins.
    """
    priority = {field: rank for rank, field in enumerate(_NAMES)}
    found: dict[str, tuple[int, int, Field]] = {}
    for field, names in _NAMES.items():
        for name in (*_names(names), field.value):
            words = _without_filler(name)
            spelled = "".join(words)
            # Very short names ("d", "e") would match inside any header; they need pass 1 or 2.
            if len(spelled) >= 3:
                candidate = (priority[field], -len(words), field)
                found[spelled] = min(found.get(spelled, candidate), candidate)
    return found


def _recognise(text: str) -> tuple[Field, int] | None:
    """The field a header names and how sure we are: 3 exact, 2 after cleaning, 1 contained."""
    exact = _exact()
    key = fold(text)
    if not key:
        return None
    if key in exact:
        return exact[key], 3
    words = _without_filler(text)
    cleaned = _cleaned()
    if "".join(words) in cleaned:
        return cleaned["".join(words)], 2
    if not words or len(words) > 8 or _LOOKS_LIKE_VALUE.search(text):
        return None
    if _OTHER_THING.intersection(words):
        return None
    phrases = _phrases()
    best: tuple[int, int, Field] | None = None
    for start in range(len(words)):  # consecutive words may spell a name: "e", "mail"
        spelled = ""
        for word in words[start:]:
            spelled += word
            candidate = phrases.get(spelled)
            if candidate and (best is None or candidate < best):
                best = candidate
    return (best[2], 1) if best else None


def recognise_header(text: str) -> Field | None:
    """The field a column header names, or None when we do not know it."""
    found = _recognise(text)
    return found[0] if found else None


def guess_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index → field for the headers we recognise; each field is given to one column.

    When two columns name the same field, the surer recognition wins, then the leftmost column.
    """
    candidates: list[tuple[int, int, Field]] = []
    for index, header in enumerate(headers):
        found = _recognise(header)
        if found:
            candidates.append((-found[1], index, found[0]))
    mapping: dict[int, Field] = {}
    used: set[Field] = set()
    for _, index, field in sorted(candidates):
        if field not in used:
            mapping[index] = field
            used.add(field)
    return dict(sorted(mapping.items()))
