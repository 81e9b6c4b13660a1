"""Demo data: a fictional but realistic partnership of four European clusters, their member
SMEs, North American counterparts, and eight missions with programmes and registrations.

One of them lies in the past: Photonics West 2026 (PW2026), closed, with its check-ins, badge
reprints, meetings held, missed and cancelled, follow-ups of every outcome up to agreements and a
memorandum of understanding, and KPI targets, so that the dashboard shows real figures. Its
follow-ups are done, open or overdue as seen from ``DEMO_TODAY`` (25 November 2026).

Everything here is invented. People are common first and last names of their country combined
pseudo-randomly; organisation names combine invented stems with a sector word and a legal form;
e-mail addresses use the reserved ``.example`` top-level domain and phone numbers come from
ranges set aside for fiction (``555-01xx`` in North America, ARCEP's ``05 36 49`` in France) or
from unallocated blocks.

The data is the same on every run: one seeded ``random.Random`` drawn in a fixed order, and
UUIDs derived with ``uuid5`` from stable keys. Loading is one transaction: it refuses a database
that already holds data unless told to replace it, and writes nothing if anything fails.
"""

from __future__ import annotations

import logging
import random
import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    Audience,
    EmblemKind,
    ExportReadiness,
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    OrganisationSize,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    B2BTable,
    Base,
    Cluster,
    Delegation,
    Emblem,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    PracticalNote,
    ProgrammeItem,
    Registration,
    Setting,
    Venue,
)
from pimap_desktop.domain.rules import local_to_utc, normalise_name
from pimap_desktop.services.b2b import slot_times
from pimap_desktop.services.branding import FUNDING_STATEMENT, png_bytes
from pimap_desktop.services.unit import transaction

log = logging.getLogger(__name__)

K = ProgrammeItemKind

SEED = 20270124
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://pimap.example/demo-data/v1")

T = TypeVar("T")
R = TypeVar("R", bound=Base)


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True)
class DemoReport:
    """How many records the demo data holds, and how many rows it replaced."""

    clusters: int
    organisations: int
    people: int
    missions: int
    venues: int
    programme_items: int
    b2b_sessions: int
    b2b_tables: int
    delegations: int
    registrations: int
    availabilities: int
    meeting_requests: int
    meetings: int
    follow_ups: int
    kpi_targets: int
    practical_notes: int = 0
    emblems: int = 0
    deleted_rows: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def describe(self) -> str:
        text = (
            f"Demo data loaded: {self.clusters} clusters, {self.organisations} organisations, "
            f"{self.people} people, {self.missions} missions, {self.programme_items} programme "
            f"items, {self.registrations} registrations, {self.meeting_requests} meeting requests, "
            f"{self.meetings} meetings, {self.follow_ups} follow-ups."
        )
        if self.deleted_rows:
            text += f" {self.deleted_rows} existing rows were replaced."
        return text


def is_empty(session: Session) -> bool:
    """True when the database holds no mission, organisation, person or cluster."""
    return not any(_existing(session).values())


def load_demo(session: Session, *, force: bool = False) -> DemoReport:
    """Load the demo data in one transaction.

    A database that already holds data is refused with a ValidationError, unless ``force``:
    then every row of every table is deleted first, in the same transaction, so that a failure
    leaves the previous data as it was.
    """
    with transaction(session):
        existing = _existing(session)
        deleted = 0
        if any(existing.values()):
            if not force:
                held = ", ".join(_plural(n, word) for word, n in existing.items() if n)
                raise ValidationError(
                    f"The database already holds data ({held}); "
                    "use --force to replace it with the demo data."
                )
            deleted = _delete_everything(session)
        rows = _build_demo()
        session.add_all(rows)
        session.flush()
    counts = Counter(type(row) for row in rows)
    report = DemoReport(
        clusters=counts[Cluster],
        organisations=counts[Organisation],
        people=counts[Person],
        missions=counts[Mission],
        venues=counts[Venue],
        programme_items=counts[ProgrammeItem],
        b2b_sessions=counts[B2BSession],
        b2b_tables=counts[B2BTable],
        delegations=counts[Delegation],
        registrations=counts[Registration],
        availabilities=counts[Availability],
        meeting_requests=counts[MeetingRequest],
        meetings=counts[Meeting],
        follow_ups=counts[FollowUp],
        kpi_targets=counts[KpiTarget],
        practical_notes=counts[PracticalNote],
        emblems=counts[Emblem],
        deleted_rows=deleted,
    )
    log.info(
        "demo data loaded: %d missions, %d organisations, %d people (%d rows replaced)",
        report.missions,
        report.organisations,
        report.people,
        deleted,
    )
    return report


def _existing(session: Session) -> dict[str, int]:
    models: dict[str, type[Base]] = {
        "mission": Mission,
        "organisation": Organisation,
        "person": Person,
        "cluster": Cluster,
    }
    return {
        word: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for word, model in models.items()
    }


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    return f"{n} {'people' if word == 'person' else word + 's'}"


def _delete_everything(session: Session) -> int:
    """Delete every row of every table, children first; returns how many rows went."""
    connection = session.connection()
    deleted = 0
    for table in reversed(Base.metadata.sorted_tables):
        result = connection.execute(table.delete())
        deleted += max(result.rowcount, 0)
    # Objects the session knew are gone from the database; new ones may reuse their ids.
    session.expunge_all()
    return deleted


def _build_demo() -> list[Base]:
    """Every record of the demo data, in a fixed order; nothing is added to a session."""
    return _Demo().build()


def _uid(*parts: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def _hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _ascii(text: str) -> str:
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "æ": "ae", "ß": "ss"}
    text = "".join(special.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _sentence(text: str) -> str:
    """First letter upper-case, the rest untouched (``RF front-ends``, ``LiDAR``)."""
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    plain = _ascii(text).lower().replace("'", "").replace("’", "")
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(words)


# --------------------------------------------------------------------------- vocabularies


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (
        _words(
            "Jeanne, Camille, Hélène, Céline, Amélie, Élodie, Gaëlle, Sophie, Claire, Manon, "
            "Léa, Chloé, Inès, Anaïs, Marie-Hélène, Anne-Sophie, Nathalie, Françoise, Margaux, "
            "Julien, François, Jérôme, Loïc, Thomas, Nicolas, Mathieu, Sébastien, Olivier, "
            "Benoît, Hervé, Stéphane, Jean-Baptiste, Pierre-Yves, Rémi, Cédric, Antoine, Gaël, "
            "Aurélien, Maëlle, Noël"
        ),
        _words(
            "Martin, Bernard, Durand, Lefèvre, Moreau, Laurent, Simon, Mallet, Roux, Fournier, "
            "Girard, Bonnet, Mercier, Fontaine, Rousseau, Chevalier, Gauthier, Pradier, Lemaître, "
            "Bérard, Vidal, Faure, Rivière, Brunet, Lacroix, Guérin, Barbier, Ménard, Duprat, "
            "Castaing, Lestrade, Héraud, Périer, Cœurdevey, Larrieu-Dupuy, Darrigrand, "
            "Labadie, Etcheverry"
        ),
    ),
    "be-nl": (
        _words(
            "Lotte, Emma, Sarah, Els, Sofie, An, Hanne, Inge, Ann-Sophie, Lien, Griet, Femke, "
            "Wouter, Pieter, Jan, Tom, Koen, Bart, Stijn, Jeroen, Bram, Joris, Thijs, Jens, "
            "Lieven, Maarten, Ruben"
        ),
        _words(
            "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, "
            "De Smet, Vermeulen, Van den Broeck, De Clercq, Hendrickx, Verhaeghe, Vandeputte, "
            "Desmet, Coppens, Van Acker, De Vos, Verstraete, Declercq, Vanhoutte"
        ),
    ),
    "be-fr": (
        _words(
            "Aurélie, Noémie, Geneviève, Marie, Céline, Pauline, Justine, Mélanie, Amandine, "
            "Thibault, Grégoire, Benoît, Maxime, Sébastien, Frédéric, Cédric, Quentin, Arnaud, "
            "Jérémy, Loïc, Damien"
        ),
        _words(
            "Dubois, Lambert, Dupont, Lemaire, Renard, Gérard, Leclercq, Lejeune, Collignon, "
            "Delvaux, Piérard, Englebert, Fraiture, Hanssens, Lhoest, Ghislain, Stiévenart, "
            "Dethier, Remacle, Pirotte"
        ),
    ),
    "pl": (
        _words("Łukasz, Michał, Paweł, Małgorzata, Agnieszka, Katarzyna, Wojciech, Zofia"),
        _words("Nowak, Wójcik, Kaczmarek, Michalak, Woźniak, Mazur, Krawczyk, Dąbrowska-Nowak"),
    ),
    "pt": (
        _words(
            "João, José, Tiago, Rúben, Duarte, Gonçalo, Sebastião, Henrique, Luís, Pedro, Miguel, "
            "Vítor, Joaquim, Fábio, Hélder, Ana, Inês, Beatriz, Mariana, Catarina, Sofia, "
            "Fátima, Conceição, Ângela, Lúcia, Marta, Leonor, Joana, Ana Rita, Maria João"
        ),
        _words(
            "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, "
            "Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Ribeiro, Quintela, Carvalho, "
            "Teixeira, Simões, Magalhães, Araújo, Falcão, Brandão, Loureiro, Assunção, Leitão"
        ),
    ),
    "fi": (
        _words(
            "Aino, Eeva, Päivi, Satu, Hanna, Laura, Sanna, Kaisa, Riikka, Minna, Johanna, "
            "Tuula, Sirpa, Elina, Mikko, Jussi, Janne, Antti, Tuomas, Juha, Jyrki, Ville, "
            "Matti, Sami, Heikki, Väinö, Teemu, Pekka, Kalle, Jarkko, Petteri"
        ),
        _words(
            "Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, "
            "Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Niemi, Kärkkäinen, "
            "Jääskeläinen, Leinonen, Salminen, Väisänen, Rönkkö, Kyllönen, Pöyhönen, Määttä, "
            "Törmänen, Ylönen, Keränen"
        ),
    ),
    "us": (
        _words(
            "Emily, Jessica, Sarah, Ashley, Megan, Rachel, Lauren, Priya, Grace, Olivia, "
            "Hannah, Maria, Danielle, Kimberly, Aisha, Daniel, Matthew, Christopher, Andrew, "
            "Joshua, Brian, Kevin, Eric, Steven, Jason, Raj, Wei, Carlos, Tyler, Nathan, "
            "Marcus, Derek"
        ),
        _words(
            "Smith, Johnson, Williams, Brown, Davis, Miller, Whitaker, Moore, Taylor, Anderson, "
            "Garcia, Martinez, Robinson, Clark, Rodriguez, Lewis, Walker, Hall, Allen, Yates, "
            "Hernandez, Wheeler, Lopez, Hill, Green, Ashworth, Baker, Nguyen, Patel, Kim, Chen, "
            "Nakamura, O'Brien, Sullivan, Kowalczyk, Okafor"
        ),
    ),
    "ca-en": (
        _words(
            "Sarah, Emma, Olivia, Jessica, Amanda, Megan, Chloe, Avery, Harpreet, Mei, Liam, "
            "Ethan, Noah, Connor, Ryan, Owen, Arjun, Søren, Callum, Duncan"
        ),
        _words(
            "Smith, Brown, Whitfield, MacDonald, Campbell, Thompson, Anderson, Singh, Chen, "
            "Jørgensen, Wong, Fraser, MacLeod, Stewart, Sharma, Kovalenko, Murray, Reid"
        ),
    ),
    "ca-fr": (
        _words(
            "Émilie, Geneviève, Isabelle, Julie, Mélanie, Chantal, Audrey, Véronique, "
            "Frédéric, Mathieu, Étienne, Jean-François, Marc-André, Guillaume, Alexandre, "
            "Patrice, Maxime, Sébastien"
        ),
        _words(
            "Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, "
            "Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Paquette, Thériault, Boucher"
        ),
    ),
}


@dataclass(frozen=True)
class _Region:
    """Names, languages, legal forms and phone format of a country or language area."""

    pool: str
    country: str
    languages: tuple[str, ...]
    extra_languages: tuple[str, ...]
    legal_forms: tuple[str, ...]
    words: str  # language of the sector word in company names


REGIONS: dict[str, _Region] = {
    "fr": _Region("fr", "FR", ("fr", "en"), ("es", "de", "it"), ("SAS", "SAS", "SARL", "SA"), "fr"),
    "be-nl": _Region("be-nl", "BE", ("nl", "en", "fr"), ("de",), ("NV", "BV", "BV"), "en"),
    "be-fr": _Region("be-fr", "BE", ("fr", "en"), ("nl", "de"), ("SA", "SRL", "SRL"), "fr"),
    "pt": _Region("pt", "PT", ("pt", "en"), ("es", "fr"), ("Lda.", "Lda.", "S.A."), "pt"),
    "fi": _Region("fi", "FI", ("fi", "en"), ("sv", "de"), ("Oy",), "en"),
    "us": _Region("us", "US", ("en",), ("es", "zh", "fr"), ("Inc.", "LLC", "Corp."), "en"),
    "ca-en": _Region("ca-en", "CA", ("en",), ("fr",), ("Inc.", "Ltd.", "Corp."), "en"),
    "ca-fr": _Region("ca-fr", "CA", ("fr", "en"), ("es",), ("Inc.", "Inc.", "Ltée"), "fr"),
}

AREA_CODES = {
    "San Jose": "408",
    "Santa Clara": "408",
    "San Francisco": "415",
    "Boston": "617",
    "Rochester": "585",
    "Buffalo": "716",
    "Tucson": "520",
    "Albuquerque": "505",
    "Toronto": "416",
    "Ottawa": "613",
    "Montréal": "514",
    "Québec City": "418",
}

SECTOR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "photonics": {
        "fr": ("Optique", "Photonique", "Lasers", "Imagerie"),
        "en": ("Photonics", "Optics", "Lasers", "Imaging"),
        "pt": ("Fotónica", "Ótica", "Laser"),
    },
    "microwaves": {
        "fr": ("Hyperfréquences", "Systèmes RF", "Ondes"),
        "en": ("Microwave", "RF", "Radio Systems"),
        "pt": ("Micro-ondas", "Radiofrequência"),
    },
    "advanced manufacturing": {
        "fr": ("Automatisation", "Robotique", "Industrie"),
        "en": ("Robotics", "Automation", "Manufacturing"),
        "pt": ("Automação", "Robótica", "Engenharia"),
    },
    "metalworking": {
        "fr": ("Mécanique", "Usinage", "Précision"),
        "en": ("Precision", "Machining", "Metal"),
        "pt": ("Metalomecânica", "Moldes", "Ferramentas"),
    },
    "aerospace": {
        "fr": ("Aéro", "Composites", "Aérostructures"),
        "en": ("Aerospace", "Aero", "Composites"),
        "pt": ("Aeronáutica", "Compósitos"),
    },
    "electronics": {
        "fr": ("Électronique", "Systèmes"),
        "en": ("Electronics", "Embedded", "Systems"),
        "pt": ("Eletrónica", "Sistemas"),
    },
}

TECHNOLOGIES: dict[str, tuple[str, ...]] = {
    "photonics": _words(
        "fibre lasers, ultrafast lasers, optical coatings, free-form optics, infrared imaging, "
        "LiDAR, optical metrology, photonic integrated circuits, hyperspectral imaging, "
        "specialty optical fibres"
    ),
    "microwaves": _words(
        "RF front-ends, antenna design, mmWave radar, GaN power amplifiers, microwave filters, "
        "EMC testing, satellite communication terminals, RF test equipment"
    ),
    "advanced manufacturing": _words(
        "additive manufacturing, collaborative robotics, machine vision, digital twins, "
        "industrial IoT, predictive maintenance, automated inspection"
    ),
    "metalworking": _words(
        "laser cutting, five-axis CNC machining, sheet metal forming, laser welding, "
        "surface treatment, precision casting, injection moulds"
    ),
    "aerospace": _words(
        "composite structures, avionics test benches, non-destructive testing, "
        "cabin interior parts, ground support equipment"
    ),
    "electronics": _words(
        "embedded systems, PCB design and assembly, power electronics, sensor fusion, "
        "printed electronics, edge AI modules"
    ),
}

APPLICATION_AREAS = _words(
    "automotive, aerospace, medical devices, defence, space, telecommunications, "
    "energy, agrifood, semiconductors, industrial automation, environmental monitoring, "
    "railways"
)

VALUE_CHAIN = _words(
    "component supplier, subsystem manufacturer, equipment manufacturer, system integrator, "
    "contract manufacturer, engineering services, R&D services, software provider, "
    "test and measurement services"
)

CAPABILITIES = (
    "In-house design, prototyping and small-series production",
    "ISO 9001 certified production with full traceability",
    "EN 9100 qualified processes for aerospace customers",
    "Test and qualification benches available to partners",
    "Short lead times on custom variants",
    "A design office of about fifteen engineers",
    "Clean-room assembly (ISO 7)",
)

EU_SEEKS = (
    "Distributors and integrators in North America for its {tech} range.",
    "A US or Canadian partner for joint development in {area}.",
    "Pilot customers in {area} to qualify its {tech}.",
    "Contract manufacturers able to scale up {tech} production.",
    "Partners for a Horizon Europe proposal on {tech} for {area}.",
    "Investors for an international growth round.",
    "Research centres to test {tech} in {area} conditions.",
)

NA_SEEKS = (
    "European suppliers of {tech}.",
    "Partners for its market entry in the European Union.",
    "Contract manufacturing capacity in Europe.",
    "Co-development of {tech} for {area}.",
    "Technology scouting in {tech} for its {area} roadmap.",
)

JOB_TITLES_EU = _words(
    "CEO, Managing Director, Founder and CEO, CTO, Export Sales Manager, "
    "Business Development Manager, International Sales Director, Head of Sales, "
    "Product Manager, R&D Engineer, Operations Director, Key Account Manager"
)

JOB_TITLES_NA: dict[OrganisationKind, tuple[str, ...]] = {
    OrganisationKind.SME: _words(
        "CEO, Co-founder and CTO, VP Business Development, Director of Sales, "
        "Senior Optical Engineer, Head of Partnerships"
    ),
    OrganisationKind.LARGE_COMPANY: _words(
        "Director of Strategic Sourcing, Supplier Development Manager, Principal Engineer, "
        "Procurement Manager, Head of Open Innovation, Technology Scout"
    ),
    OrganisationKind.RESEARCH_CENTRE: _words(
        "Director of Industry Partnerships, Research Scientist, Technology Transfer Officer, "
        "Lab Manager"
    ),
    OrganisationKind.INTEGRATOR: _words("Managing Partner, Solutions Architect, Project Manager"),
    OrganisationKind.INVESTOR: _words("Partner, Principal, Investment Associate"),
    OrganisationKind.PUBLIC_BODY: _words(
        "Business Attraction Manager, Foreign Direct Investment Officer, "
        "Economic Development Officer, International Trade Advisor"
    ),
}

DIETS = (
    ("", 80),
    ("vegetarian", 7),
    ("vegan", 2),
    ("halal", 3),
    ("gluten-free", 3),
    ("lactose-free", 2),
    ("nut allergy", 2),
    ("no pork", 1),
)

ACCESSIBILITY = (
    "Wheelchair user: step-free access and an accessible room, please.",
    "Reduced mobility: short walking distances; a seat during fair visits.",
    "Hard of hearing: front-row seat in sessions.",
)


@dataclass(frozen=True)
class _ClusterSpec:
    key: str
    name: str
    short_name: str
    country: str
    city: str
    timezone: str
    colour: str
    domain: str
    sectors: tuple[str, ...]
    member_sectors: tuple[tuple[str, int], ...]  # sector, weight
    description: str
    members: int
    cities: tuple[tuple[str, str], ...]  # city, region key
    region: str
    coordinators: tuple[str, ...]  # job titles
    stems: tuple[str, ...]


CLUSTERS: tuple[_ClusterSpec, ...] = (
    _ClusterSpec(
        key="FR",
        name="Pôle Lumière Atlantique",
        short_name="PLA",
        country="FR",
        city="Bordeaux",
        timezone="Europe/Paris",
        colour="#d9480f",
        domain="pole-lumiere-atlantique.example",
        sectors=("photonics", "microwaves", "aerospace"),
        member_sectors=(("photonics", 60), ("microwaves", 25), ("aerospace", 15)),
        description=(
            "Photonics and microwave cluster of the Atlantic south-west: 120 members from "
            "start-ups to integrators, a shared test platform and an export programme."
        ),
        members=18,
        cities=(
            ("Bordeaux", "fr"),
            ("Pessac", "fr"),
            ("Talence", "fr"),
            ("Mérignac", "fr"),
            ("Bègles", "fr"),
            ("Limoges", "fr"),
            ("Poitiers", "fr"),
            ("La Rochelle", "fr"),
        ),
        region="fr",
        coordinators=("International Project Manager", "Head of Business Development"),
        stems=_words(
            "Lumiphos, Optivale, Microndes, Photonéa, Cohérys, Laserine, Spectréa, Irizon, "
            "Lentimax, Prismalys, Fibrélia, Hertzalis, Ondavia, Aérolys, Opsitek, Vermilase, "
            "Luxaquit, Garonix, Estuvia, Mascarel"
        ),
    ),
    _ClusterSpec(
        key="BE",
        name="Manufactura Belgica",
        short_name="MANUBEL",
        country="BE",
        city="Kortrijk",
        timezone="Europe/Brussels",
        colour="#1c7c54",
        domain="manufactura-belgica.example",
        sectors=("advanced manufacturing", "metalworking", "aerospace"),
        member_sectors=(("advanced manufacturing", 50), ("metalworking", 35), ("aerospace", 15)),
        description=(
            "Advanced manufacturing cluster for Flanders and Wallonia: machine builders, "
            "sheet-metal and machining shops, robot integrators and their customers."
        ),
        members=16,
        cities=(
            ("Kortrijk", "be-nl"),
            ("Gent", "be-nl"),
            ("Leuven", "be-nl"),
            ("Antwerpen", "be-nl"),
            ("Hasselt", "be-nl"),
            ("Liège", "be-fr"),
            ("Charleroi", "be-fr"),
            ("Namur", "be-fr"),
            ("Mons", "be-fr"),
        ),
        region="be-nl",
        coordinators=("Cluster Manager", "International Business Advisor"),
        stems=_words(
            "Metaforge, Precimek, Brugatec, Scheldtronix, Vlamintec, Leievorm, Walmetal, "
            "Mosaflex, Ardentek, Fabrimo, Kempenfab, Condrotec, Hesbamec, Sambrix, Zennetix, "
            "Durmefab, Gentamach, Dijlemek"
        ),
    ),
    _ClusterSpec(
        key="PT",
        name="Cluster Tecnoprodução Portugal",
        short_name="TECNOPROD",
        country="PT",
        city="Porto",
        timezone="Europe/Lisbon",
        colour="#7b2cbf",
        domain="tecnoproducao.example",
        sectors=("production technologies", "advanced manufacturing", "metalworking"),
        member_sectors=(("metalworking", 45), ("advanced manufacturing", 40), ("electronics", 15)),
        description=(
            "Portuguese cluster of production technologies: mould makers, machine builders, "
            "automation and software companies, with their technology centres."
        ),
        members=15,
        cities=(
            ("Porto", "pt"),
            ("Matosinhos", "pt"),
            ("Braga", "pt"),
            ("Guimarães", "pt"),
            ("Aveiro", "pt"),
            ("Leiria", "pt"),
            ("Marinha Grande", "pt"),
            ("Coimbra", "pt"),
        ),
        region="pt",
        coordinators=("Internationalisation Manager",),
        stems=_words(
            "Douromec, Lusomolde, Cavadix, Minhotec, Tejoforma, Ribafab, Atlanmec, Vouguetec, "
            "Mondegix, Beiramold, Alvaplast, Estrelatec, Sadoforge, Lisomat, Limiatec, Tâmegatec"
        ),
    ),
    _ClusterSpec(
        key="FI",
        name="Revontuli Business Agency",
        short_name="REVONTULI",
        country="FI",
        city="Oulu",
        timezone="Europe/Helsinki",
        colour="#1f5fa8",
        domain="revontuli-agency.example",
        sectors=("microwaves", "electronics", "photonics"),
        member_sectors=(("microwaves", 50), ("electronics", 35), ("photonics", 15)),
        description=(
            "Regional business agency of northern Finland: soft-landing, internationalisation "
            "and the RF and electronics ecosystem born around the region's radio industry."
        ),
        members=15,
        cities=(
            ("Oulu", "fi"),
            ("Kempele", "fi"),
            ("Kajaani", "fi"),
            ("Raahe", "fi"),
            ("Liminka", "fi"),
            ("Tampere", "fi"),
            ("Espoo", "fi"),
        ),
        region="fi",
        coordinators=("Senior Business Advisor, North America", "Programme Manager"),
        stems=_words(
            "Kaamos, Revonix, Pohjatek, Kuurawave, Routatek, Aallokko, Lumitronic, Kielotek, "
            "Hallatek, Virtawave, Sarastus, Ruskatron, Taivastek, Kajotek, Jäätikkö, Pilvitek"
        ),
    ),
)

# North American organisations: city, region, kind.
_S = OrganisationKind.SME
_L = OrganisationKind.LARGE_COMPANY
_R = OrganisationKind.RESEARCH_CENTRE
_I = OrganisationKind.INTEGRATOR
_V = OrganisationKind.INVESTOR
_P = OrganisationKind.PUBLIC_BODY

NA_ORGS: tuple[tuple[str, str, OrganisationKind], ...] = (
    ("San Jose", "us", _L),
    ("San Jose", "us", _S),
    ("San Jose", "us", _S),
    ("San Jose", "us", _I),
    ("San Jose", "us", _S),
    ("Santa Clara", "us", _S),
    ("Santa Clara", "us", _V),
    ("San Francisco", "us", _V),
    ("San Francisco", "us", _P),
    ("Boston", "us", _S),
    ("Boston", "us", _S),
    ("Boston", "us", _R),
    ("Boston", "us", _L),
    ("Rochester", "us", _S),
    ("Rochester", "us", _S),
    ("Rochester", "us", _L),
    ("Rochester", "us", _R),
    ("Rochester", "us", _P),
    ("Rochester", "us", _I),
    ("Buffalo", "us", _S),
    ("Buffalo", "us", _L),
    ("Tucson", "us", _S),
    ("Tucson", "us", _S),
    ("Tucson", "us", _R),
    ("Tucson", "us", _I),
    ("Albuquerque", "us", _S),
    ("Toronto", "ca-en", _S),
    ("Toronto", "ca-en", _S),
    ("Toronto", "ca-en", _L),
    ("Toronto", "ca-en", _V),
    ("Toronto", "ca-en", _P),
    ("Toronto", "ca-en", _I),
    ("Ottawa", "ca-en", _S),
    ("Ottawa", "ca-en", _S),
    ("Ottawa", "ca-en", _R),
    ("Ottawa", "ca-en", _P),
    ("Montréal", "ca-fr", _S),
    ("Montréal", "ca-fr", _S),
    ("Montréal", "ca-fr", _R),
    ("Montréal", "ca-fr", _I),
    ("Montréal", "ca-fr", _L),
    ("Québec City", "ca-fr", _S),
    ("Québec City", "ca-fr", _S),
    ("Québec City", "ca-fr", _R),
)

NA_STEMS = _words(
    "Zephyrix, Halvora, Brennick, Corvalis, Kestrune, Lumaris, Novaquill, Pellantis, "
    "Quorvane, Radiantek, Solvane, Varitune, Wrenfield, Xylotec, Ambrovia, Belmarq, Dravion, "
    "Evanthe, Fennick, Galvora, Irvale, Kalmere, Meridane, Norvane, Prismetry, Quillon, "
    "Borealux, Laurentis, Nordoptic, Outaouix, Érablix, Frontenix, Maplewave, Huronix, "
    "Muskotek, Champlix, Cartiertek, Gaspésix, Mauricix, Algonix, Rideautek, Saguenix, "
    "Tadoussac Labs, Lévisoptic, Orléanix"
)

NA_SECTORS = (
    ("photonics", 50),
    ("advanced manufacturing", 20),
    ("microwaves", 12),
    ("aerospace", 10),
    ("electronics", 8),
)


# --------------------------------------------------------------------------- the builder


@dataclass
class _Member:
    org: Organisation
    people: list[Person]
    cluster_key: str | None
    region: str


@dataclass
class _Reg:
    registration: Registration
    member: _Member
    person: Person


@dataclass(frozen=True)
class _PwPlaces:
    fair: Venue
    hotel: Venue
    site: Venue
    terrace: Venue


class _Demo:
    """Builds the records in a fixed order from one seeded random generator."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.rows: list[Base] = []
        self.clusters: dict[str, Cluster] = {}
        self.cluster_orgs: dict[str, _Member] = {}
        self.members: dict[str, list[_Member]] = {}
        self.na: list[_Member] = []
        self.used_names: set[str] = set()
        self.used_emails: set[str] = set()
        self.used_slugs: set[str] = set()
        self.regs: dict[str, list[_Reg]] = {}
        self.delegations: dict[tuple[str, str], Delegation] = {}
        self.missions: dict[str, Mission] = {}
        self.tables: dict[uuid.UUID, list[B2BTable]] = {}

    # ------------------------------------------------------------------ helpers

    def add(self, row: R) -> R:
        self.rows.append(row)
        return row

    def weighted(self, choices: Sequence[tuple[T, int]]) -> T:
        values = [c for c, _ in choices]
        weights = [w for _, w in choices]
        return self.rng.choices(values, weights)[0]

    def phone(self, region: str, city: str) -> str:
        r = self.rng
        if region == "fr":
            prefix = r.choice(("+33 5 36 49", "+33 6 39 98"))  # ARCEP's ranges for fiction
            return f"{prefix} {r.randint(0, 99):02d} {r.randint(0, 99):02d}"
        if region.startswith("be"):
            return f"+32 56 00 {r.randint(0, 99):02d} {r.randint(0, 99):02d}"
        if region == "pt":
            return f"+351 220 000 {r.randint(0, 999):03d}"
        if region == "fi":
            return f"+358 8 000 {r.randint(0, 9999):04d}"
        return f"+1 {AREA_CODES.get(city, '555')} 555 01{r.randint(0, 99):02d}"

    def name(self, region: str) -> tuple[str, str]:
        pool = region
        if region == "be-nl" and self.rng.random() < 0.12:
            pool = "pl"
        firsts, lasts = NAME_POOLS[pool]
        for _ in range(200):
            first = self.rng.choice(firsts)
            last = self.rng.choice(lasts)
            if region == "pt" and self.rng.random() < 0.35:
                second = self.rng.choice(lasts)
                if second != last:
                    last = f"{last} {second}"
            if f"{first} {last}" not in self.used_names:
                self.used_names.add(f"{first} {last}")
                return first, last
        raise RuntimeError(f"the name pool of {region} is exhausted")

    def email(self, first: str, last: str, domain: str) -> str:
        local = f"{_slug(first)}.{_slug(last)}"
        candidate = f"{local}@{domain}"
        n = 2
        while candidate in self.used_emails:
            candidate = f"{local}{n}@{domain}"
            n += 1
        self.used_emails.add(candidate)
        return candidate

    def person(self, member: _Member, domain: str, key: str, job_title: str) -> Person:
        rng = self.rng
        region = REGIONS[member.region]
        first, last = self.name(member.region)
        languages = list(region.languages)
        if rng.random() < 0.3:
            languages.append(rng.choice(region.extra_languages))
        if member.region == "be-nl" and first in NAME_POOLS["pl"][0]:
            languages.append("pl")
        listed = rng.random() < 0.75
        contact = rng.random() < 0.6
        consent_date = (
            date(2026, 2, 1) + timedelta(days=rng.randint(0, 240)) if listed or contact else None
        )
        accessibility = rng.choice(ACCESSIBILITY) if rng.random() < 0.02 else ""
        person = Person(
            id=_uid("person", key),
            organisation_id=member.org.id,
            first_name=first,
            last_name=last,
            job_title=job_title,
            email=self.email(first, last, domain),
            phone=self.phone(member.region, member.org.city),
            badge_name="",
            languages=list(dict.fromkeys(languages)),
            dietary_needs=self.weighted(DIETS),
            accessibility_needs=accessibility,
            consent_listed=listed,
            consent_contact=contact,
            consent_date=consent_date,
        )
        member.people.append(person)
        return self.add(person)

    def unique_slug(self, text: str) -> str:
        slug = _slug(text)
        if slug in self.used_slugs:
            raise RuntimeError(f"two demo organisations share the slug {slug}")
        self.used_slugs.add(slug)
        return slug

    def profile(self, sector: str, second: str | None) -> tuple[list[str], list[str], list[str]]:
        sectors = [sector] if second is None or second == sector else [sector, second]
        technologies = self.rng.sample(TECHNOLOGIES[sector], 2)
        if second is not None and second != sector:
            technologies.append(self.rng.choice(TECHNOLOGIES[second]))
        areas = self.rng.sample(APPLICATION_AREAS, self.rng.randint(2, 3))
        return sectors, technologies, areas

    # ------------------------------------------------------------------ directory

    def build(self) -> list[Base]:
        for spec in CLUSTERS:
            self.build_cluster(spec)
        self.build_north_america()
        self.build_missions()
        self.build_follow_ups()
        self.build_kpi_targets()
        self.build_past_mission()
        self.build_branding()
        return self.rows

    def build_branding(self) -> None:
        """Settings ▸ Branding of the demo: a fictional partnership and funder, and the
        funding statement the KPI and follow-up reports print."""
        folder = resources.files("pimap_desktop.resources") / "branding"
        for n, (kind, name, file_name) in enumerate(DEMO_EMBLEMS):
            self.add(
                Emblem(
                    id=_uid("emblem", file_name),
                    kind=kind,
                    name=name,
                    position=n,
                    file_name=file_name,
                    image=png_bytes((folder / file_name).read_bytes(), file_name),
                )
            )
        self.add(
            Setting(
                id=_uid("setting", FUNDING_STATEMENT), key=FUNDING_STATEMENT, value=DEMO_STATEMENT
            )
        )

    def build_cluster(self, spec: _ClusterSpec) -> None:
        rng = self.rng
        cluster = self.add(
            Cluster(
                id=_uid("cluster", spec.key),
                name=spec.name,
                short_name=spec.short_name,
                country=spec.country,
                city=spec.city,
                timezone=spec.timezone,
                website=f"https://www.{spec.domain}",
                colour=spec.colour,
                logo=f"{spec.short_name.lower()}.png",
                sectors=list(spec.sectors),
            )
        )
        self.clusters[spec.key] = cluster
        org = self.add(
            Organisation(
                id=_uid("organisation", "cluster", spec.key),
                name=spec.name,
                normalised_name=normalise_name(spec.name),
                kind=OrganisationKind.CLUSTER,
                country=spec.country,
                city=spec.city,
                website=f"https://www.{spec.domain}",
                size=OrganisationSize.SMALL,
                sectors=list(spec.sectors),
                technologies=[],
                application_areas=[],
                value_chain_position="cluster organisation",
                offers=(
                    "Access to its member network, matchmaking, trade missions and a shared "
                    "test platform."
                ),
                seeks="Partner clusters and local hosts for joint missions and workshops.",
                export_readiness=None,
                description=spec.description,
                cluster_id=cluster.id,
            )
        )
        self.used_slugs.add(spec.domain.removesuffix(".example"))
        home = _Member(org, [], spec.key, spec.region)
        self.cluster_orgs[spec.key] = home
        for n, title in enumerate(spec.coordinators):
            self.person(home, spec.domain, f"{spec.key}:coordinator:{n}", title)

        members: list[_Member] = []
        for n in range(spec.members):
            city, region_key = spec.cities[n % len(spec.cities)]
            region = REGIONS[region_key]
            sector = self.weighted(spec.member_sectors)
            second = self.weighted(spec.member_sectors) if rng.random() < 0.35 else None
            sectors, technologies, areas = self.profile(sector, second)
            stem = spec.stems[n]
            word = rng.choice(SECTOR_WORDS[sector][region.words])
            legal = rng.choice(region.legal_forms)
            name = f"{stem} {word}, {legal}" if region_key == "pt" else f"{stem} {word} {legal}"
            slug = self.unique_slug(f"{stem} {word}")
            size = self.weighted(
                (
                    (OrganisationSize.MICRO, 30),
                    (OrganisationSize.SMALL, 45),
                    (OrganisationSize.MEDIUM, 25),
                )
            )
            founded = rng.randint(1978, 2021)
            position = rng.choice(VALUE_CHAIN)
            headcount = {
                OrganisationSize.MICRO: (3, 9),
                OrganisationSize.SMALL: (12, 48),
                OrganisationSize.MEDIUM: (55, 240),
            }[size]
            org = self.add(
                Organisation(
                    id=_uid("organisation", spec.key, n),
                    name=name,
                    normalised_name=normalise_name(name),
                    kind=OrganisationKind.SME,
                    country=spec.country,
                    city=city,
                    website=f"https://www.{slug}.example",
                    size=size,
                    sectors=sectors,
                    technologies=technologies,
                    application_areas=areas,
                    value_chain_position=position,
                    offers=(
                        f"{_sentence(technologies[0])} and {technologies[1]} for "
                        f"{areas[0]} and {areas[1]}. {rng.choice(CAPABILITIES)}."
                    ),
                    seeks=rng.choice(EU_SEEKS).format(tech=technologies[0], area=areas[-1]),
                    export_readiness=self.weighted(
                        (
                            (ExportReadiness.NOT_READY, 10),
                            (ExportReadiness.EXPLORING, 35),
                            (ExportReadiness.READY, 30),
                            (ExportReadiness.EXPORTING, 25),
                        )
                    ),
                    description=(
                        f"{_sentence(sector)} company from {city}, founded in {founded}, "
                        f"{rng.randint(*headcount)} people; {position} for "
                        f"{', '.join(areas[:-1])} and {areas[-1]}."
                    ),
                    cluster_id=cluster.id,
                )
            )
            member = _Member(org, [], spec.key, region_key)
            titles = rng.sample(JOB_TITLES_EU, 3)
            for p in range(self.weighted(((1, 35), (2, 45), (3, 20)))):
                self.person(member, f"{slug}.example", f"{spec.key}:{n}:{p}", titles[p])
            members.append(member)
        self.members[spec.key] = members

    def build_north_america(self) -> None:
        rng = self.rng
        for n, (city, region_key, kind) in enumerate(NA_ORGS):
            region = REGIONS[region_key]
            stem = NA_STEMS[n]
            sector = self.weighted(NA_SECTORS)
            second = self.weighted(NA_SECTORS) if rng.random() < 0.4 else None
            sectors, technologies, areas = self.profile(sector, second)
            french = region_key == "ca-fr"
            size: OrganisationSize | None
            if kind is OrganisationKind.SME:
                word = rng.choice(SECTOR_WORDS[sector][region.words])
                base = f"{stem} {word}"
                name = f"{base} {rng.choice(region.legal_forms)}"
                size = self.weighted(
                    (
                        (OrganisationSize.MICRO, 20),
                        (OrganisationSize.SMALL, 50),
                        (OrganisationSize.MEDIUM, 30),
                    )
                )
            elif kind is OrganisationKind.LARGE_COMPANY:
                word = rng.choice(SECTOR_WORDS[sector][region.words])
                base = f"{stem} {word}"
                name = f"{base} {'Corporation' if region_key == 'us' else 'Inc.'}"
                size = OrganisationSize.LARGE
            elif kind is OrganisationKind.RESEARCH_CENTRE:
                base = (
                    f"Institut {stem} de recherche en {'photonique' if sector == 'photonics' else 'fabrication avancée'}"
                    if french
                    else f"{stem} Institute for {'Optical Sciences' if sector == 'photonics' else 'Advanced Manufacturing'}"
                )
                name = base
                size = OrganisationSize.MEDIUM
            elif kind is OrganisationKind.INTEGRATOR:
                base = f"{stem} {'Intégration' if french else 'Automation Integrators'}"
                name = f"{base} {'Inc.' if french else 'LLC'}"
                size = OrganisationSize.SMALL
            elif kind is OrganisationKind.INVESTOR:
                base = f"{stem} {'Ventures' if region_key == 'us' else 'Capital'}"
                name = f"{base} {'LLC' if region_key == 'us' else 'Inc.'}"
                size = OrganisationSize.MICRO
            else:
                base = (
                    f"{stem} Regional Innovation Office"
                    if region_key == "us"
                    else f"{stem} Economic Development Agency"
                )
                name = base
                size = None
            slug = self.unique_slug(base if len(base) < 40 else f"{stem} {kind.value}")
            offers, seeks = self.na_profile(kind, sector, technologies, areas)
            org = self.add(
                Organisation(
                    id=_uid("organisation", region.country, n),
                    name=name,
                    normalised_name=normalise_name(name),
                    kind=kind,
                    country=region.country,
                    city=city,
                    website=f"https://www.{slug}.example",
                    size=size,
                    sectors=sectors,
                    technologies=technologies,
                    application_areas=areas,
                    value_chain_position=self.na_position(kind),
                    offers=offers,
                    seeks=seeks,
                    export_readiness=(
                        rng.choice((ExportReadiness.READY, ExportReadiness.EXPORTING))
                        if kind in (OrganisationKind.SME, OrganisationKind.LARGE_COMPANY)
                        else None
                    ),
                    description=f"{kind.label} based in {city}, active in {', '.join(sectors)}.",
                    cluster_id=None,
                )
            )
            member = _Member(org, [], None, region_key)
            titles = rng.sample(JOB_TITLES_NA[kind], 2)
            for p in range(self.weighted(((1, 55), (2, 45)))):
                self.person(member, f"{slug}.example", f"{region.country}:{n}:{p}", titles[p])
            self.na.append(member)

    def na_position(self, kind: OrganisationKind) -> str:
        if kind is OrganisationKind.SME:
            return self.rng.choice(VALUE_CHAIN)
        return {
            OrganisationKind.LARGE_COMPANY: "OEM / end user",
            OrganisationKind.RESEARCH_CENTRE: "research and technology organisation",
            OrganisationKind.INTEGRATOR: "system integrator",
            OrganisationKind.INVESTOR: "investor",
            OrganisationKind.PUBLIC_BODY: "public support body",
        }.get(kind, "")

    def na_profile(
        self, kind: OrganisationKind, sector: str, technologies: list[str], areas: list[str]
    ) -> tuple[str, str]:
        tech, area = technologies[0], areas[0]
        if kind is OrganisationKind.RESEARCH_CENTRE:
            return (
                f"Applied research, test facilities and licensing in {tech} and {technologies[1]}.",
                "Industrial partners for joint projects, student placements and pilot lines.",
            )
        if kind is OrganisationKind.INTEGRATOR:
            return (
                f"Integration of {tech} into production lines for {area}.",
                "Innovative European component and equipment suppliers.",
            )
        if kind is OrganisationKind.INVESTOR:
            return (
                f"Seed to Series B investment in {sector} hardware start-ups; board-level "
                "support for a North American launch.",
                "European deep-tech SMEs preparing their expansion to North America.",
            )
        if kind is OrganisationKind.PUBLIC_BODY:
            return (
                "Soft-landing support, site selection, introductions to regional manufacturers "
                "and incentive programmes.",
                "European companies considering a subsidiary or a production site in the region.",
            )
        return (
            f"{_sentence(tech)} and {technologies[1]} for {area}. {self.rng.choice(CAPABILITIES)}.",
            self.rng.choice(NA_SEEKS).format(tech=technologies[-1], area=areas[-1]),
        )

    # ------------------------------------------------------------------ missions

    def mission(
        self,
        code: str,
        name: str,
        kind: MissionKind,
        *,
        city: str,
        country: str,
        timezone: str,
        start: date,
        end: date,
        status: MissionStatus,
        clusters: Sequence[str],
        host_event: str = "",
        objectives: str = "",
        practical_info: str = "",
    ) -> Mission:
        mission = self.add(
            Mission(
                id=_uid("mission", code),
                code=code,
                name=name,
                kind=kind,
                host_event=host_event,
                city=city,
                country=country,
                timezone=timezone,
                start_date=start,
                end_date=end,
                status=status,
                objectives=objectives,
                practical_info=practical_info,
            )
        )
        mission.clusters = [self.clusters[key] for key in clusters]
        self.missions[code] = mission
        self.regs[code] = []
        return mission

    def venue(
        self, mission: Mission, name: str, *, address: str = "", city: str = "", notes: str = ""
    ) -> Venue:
        return self.add(
            Venue(
                id=_uid("venue", mission.code, name),
                mission_id=mission.id,
                name=name,
                address=address,
                city=city or mission.city,
                notes=notes,
            )
        )

    def at(self, mission: Mission, day: date, hm: str) -> datetime:
        return local_to_utc(day, _hm(hm), mission.timezone)

    def item(
        self,
        mission: Mission,
        day_number: int,
        hours: str,
        kind: ProgrammeItemKind,
        title: str,
        *,
        venue: Venue | None = None,
        room: str = "",
        description: str = "",
        delegation: Delegation | None = None,
        attendees: Sequence[Registration] = (),
        roles: Sequence[RegistrationRole] = (),
        alternative_to: ProgrammeItem | None = None,
    ) -> ProgrammeItem:
        """A block on the mission's day ``day_number`` (0 is the first), ``"08:30-09:30"`` local;
        for everyone, a delegation, named attendees or some roles; ``alternative_to``: not
        for those who attend that item."""
        day = mission.start_date + timedelta(days=day_number)
        start, end = hours.split("-")
        audience = Audience.EVERYONE
        if delegation is not None:
            audience = Audience.GROUP
        elif attendees:
            audience = Audience.NAMED
        elif roles:
            audience = Audience.ROLE
        item = self.add(
            ProgrammeItem(
                id=_uid("programme", mission.code, day.isoformat(), start, title),
                mission_id=mission.id,
                kind=kind,
                title=title,
                description=description,
                starts_at=self.at(mission, day, start),
                ends_at=self.at(mission, day, end),
                venue_id=venue.id if venue else None,
                room=room,
                audience=audience,
                delegation_id=delegation.id if delegation else None,
                roles=[role.value for role in roles],
                alternative_to_id=alternative_to.id if alternative_to else None,
            )
        )
        if attendees:
            item.attendees = list(attendees)
        return item

    def notes(
        self,
        mission: Mission,
        notes: Sequence[tuple[str, str]],
        *,
        roles: Sequence[RegistrationRole] = (),
        delegation: Delegation | None = None,
    ) -> None:
        """Practical notes (title, text) after the mission's others, for the roles or the
        delegation given (else everyone)."""
        audience = Audience.GROUP if delegation else Audience.ROLE if roles else Audience.EVERYONE
        for title, text in notes:
            position = len(mission.practical_notes)
            mission.practical_notes.append(
                self.add(
                    PracticalNote(
                        id=_uid("note", mission.code, title, delegation.name if delegation else ""),
                        mission_id=mission.id,
                        position=position,
                        title=title,
                        text=text,
                        audience=audience,
                        delegation_id=delegation.id if delegation else None,
                        roles=[role.value for role in roles],
                    )
                )
            )

    def b2b(
        self, mission: Mission, item: ProgrammeItem, name: str, tables: int, table_label: str
    ) -> B2BSession:
        session = self.add(
            B2BSession(
                id=_uid("b2b", mission.code, name),
                mission_id=mission.id,
                programme_item_id=item.id,
                name=name,
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                slot_minutes=20,
                break_minutes=5,
            )
        )
        self.tables[session.id] = [
            self.add(
                B2BTable(
                    id=_uid("b2b-table", mission.code, name, number),
                    session_id=session.id,
                    number=number,
                    name=f"{table_label} {number}",
                )
            )
            for number in range(1, tables + 1)
        ]
        return session

    def delegation(
        self, mission: Mission, name: str, country: str, cluster: str | None
    ) -> Delegation:
        delegation = self.add(
            Delegation(
                id=_uid("delegation", mission.code, name),
                mission_id=mission.id,
                name=name,
                cluster_id=self.clusters[cluster].id if cluster else None,
                country=country,
            )
        )
        self.delegations[(mission.code, cluster or country)] = delegation
        return delegation

    def register(
        self,
        mission: Mission,
        member: _Member,
        person: Person,
        role: RegistrationRole,
        status: RegistrationStatus,
        *,
        arrival: tuple[date, str] | None = None,
        departure: tuple[date, str] | None = None,
        hotel: str = "",
        notes: str = "",
    ) -> Registration:
        group = member.cluster_key or member.org.country
        delegation = self.delegations.get((mission.code, group))
        registration = self.add(
            Registration(
                id=_uid("registration", mission.code, person.id),
                mission_id=mission.id,
                person_id=person.id,
                delegation_id=delegation.id if delegation else None,
                role=role,
                status=status,
                arrival_at=self.at(mission, *arrival) if arrival else None,
                departure_at=self.at(mission, *departure) if departure else None,
                hotel=hotel,
                badges_printed=0,
                notes=notes,
            )
        )
        self.regs[mission.code].append(_Reg(registration, member, person))
        return registration

    def status(self, mission_status: MissionStatus) -> RegistrationStatus:
        S = RegistrationStatus
        weights = {
            MissionStatus.DRAFT: ((S.INVITED, 60), (S.REGISTERED, 30), (S.CONFIRMED, 10)),
            MissionStatus.OPEN: (
                (S.CONFIRMED, 50),
                (S.REGISTERED, 28),
                (S.INVITED, 9),
                (S.WAITLISTED, 6),
                (S.CANCELLED, 7),
            ),
            MissionStatus.RUNNING: ((S.CONFIRMED, 88), (S.NO_SHOW, 6), (S.CANCELLED, 6)),
            MissionStatus.CLOSED: ((S.CONFIRMED, 85), (S.NO_SHOW, 8), (S.CANCELLED, 7)),
        }[mission_status]
        return self.weighted(weights)

    def clock(self, earliest: int, latest: int) -> str:
        """A time between two hours, on a quarter hour."""
        minutes = self.rng.randrange(earliest * 60, latest * 60 + 1, 15)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def coordinators(
        self,
        mission: Mission,
        keys: Sequence[str],
        *,
        arrival: tuple[date, str] | None = None,
        departure: tuple[date, str] | None = None,
        hotel: str = "",
    ) -> None:
        for key in keys:
            home = self.cluster_orgs[key]
            for person in home.people:
                self.register(
                    mission,
                    home,
                    person,
                    RegistrationRole.COORDINATOR,
                    RegistrationStatus.CONFIRMED,
                    arrival=arrival,
                    departure=departure,
                    hotel=hotel,
                )

    def delegates(
        self,
        mission: Mission,
        cluster: str,
        count: int,
        *,
        sectors: Sequence[str] = (),
        arrival_day: date | None = None,
        departure_day: date | None = None,
        hotels: Sequence[tuple[str, int]] = (),
        role: RegistrationRole = RegistrationRole.DELEGATE,
    ) -> list[Registration]:
        pool = [
            m for m in self.members[cluster] if not sectors or set(m.org.sectors) & set(sectors)
        ]
        if len(pool) < count:
            pool += [m for m in self.members[cluster] if m not in pool]
        chosen = self.rng.sample(pool, count)
        made = []
        for member in chosen:
            people = member.people[: 2 if len(member.people) > 1 and self.rng.random() < 0.2 else 1]
            for person in people:
                arrival = (arrival_day, self.clock(12, 21)) if arrival_day else None
                departure = (departure_day, self.clock(9, 20)) if departure_day else None
                made.append(
                    self.register(
                        mission,
                        member,
                        person,
                        role,
                        self.status(mission.status),
                        arrival=arrival,
                        departure=departure,
                        hotel=self.weighted(hotels) if hotels else "",
                    )
                )
        return made

    def locals(
        self,
        mission: Mission,
        members: Sequence[_Member],
        *,
        hosts: Sequence[_Member] = (),
        speakers: Sequence[_Member] = (),
        visitors: Sequence[_Member] = (),
        statuses: Sequence[tuple[RegistrationStatus, int]] = (),
    ) -> None:
        """Register two people of each local organisation; ``statuses`` weighs the statuses of
        local participants (by default, from the mission's status)."""
        for member in members:
            if member in hosts:
                role = RegistrationRole.LOCAL_HOST
            elif member in speakers:
                role = RegistrationRole.SPEAKER
            elif member in visitors:
                role = RegistrationRole.VISITOR
            else:
                role = RegistrationRole.LOCAL_PARTICIPANT
            status = (
                RegistrationStatus.CONFIRMED
                if role is not RegistrationRole.LOCAL_PARTICIPANT
                else self.weighted(statuses)
                if statuses
                else self.weighted(
                    (
                        (RegistrationStatus.CONFIRMED, 45),
                        (RegistrationStatus.REGISTERED, 40),
                        (RegistrationStatus.INVITED, 10),
                        (RegistrationStatus.CANCELLED, 5),
                    )
                    if mission.status is MissionStatus.OPEN
                    else ((RegistrationStatus.INVITED, 60), (RegistrationStatus.REGISTERED, 40))
                )
            )
            for person in member.people[:2]:
                self.register(mission, member, person, role, status)

    def na_members(self, cities: Sequence[str]) -> list[_Member]:
        return [m for m in self.na if m.org.city in cities]

    def requests(self, code: str, count: int) -> None:
        """Meeting wishes: delegates asking local organisations, and a few the other way."""
        mission = self.missions[code]
        active = [
            r
            for r in self.regs[code]
            if r.registration.status
            in (
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.REGISTERED,
                RegistrationStatus.INVITED,
            )
        ]
        visitors = [r for r in active if r.member.cluster_key is not None]
        hosts = [r for r in active if r.member.cluster_key is None]
        delegates = [r for r in visitors if r.registration.role is not RegistrationRole.COORDINATOR]
        pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
        made = 0
        attempts = 0
        while made < count and attempts < count * 20:
            attempts += 1
            if self.rng.random() < 0.8:
                requester, target = self.rng.choice(delegates), self.rng.choice(hosts)
            else:
                requester, target = self.rng.choice(hosts), self.rng.choice(delegates)
            a, b = requester.registration.id, target.registration.id
            if a == b or (a, b) in pairs or (b, a) in pairs:
                continue
            if requester.member.org.id == target.member.org.id:
                continue
            pairs.add((a, b))
            status = (
                RequestStatus.PENDING
                if mission.status is MissionStatus.DRAFT and self.rng.random() < 0.8
                else self.weighted(
                    (
                        (RequestStatus.ACCEPTED, 45),
                        (RequestStatus.PENDING, 45),
                        (RequestStatus.DECLINED, 10),
                    )
                )
            )
            self.meeting_request(mission, requester, target, status)
            made += 1

    def meeting_request(
        self, mission: Mission, requester: _Reg, target: _Reg, status: RequestStatus
    ) -> MeetingRequest:
        notes = ""
        if self.rng.random() < 0.5:
            notes = (
                f"Interested in {self.rng.choice(target.member.org.technologies)} "
                f"for {self.rng.choice(requester.member.org.application_areas)}."
            )
        a, b = requester.registration.id, target.registration.id
        return self.add(
            MeetingRequest(
                id=_uid("request", mission.code, a, b),
                mission_id=mission.id,
                requester_id=a,
                target_id=b,
                priority=self.weighted(((1, 30), (2, 45), (3, 25))),
                status=status,
                notes=notes,
            )
        )

    def availability(
        self, code: str, windows: Sequence[tuple[datetime, datetime]], count: int
    ) -> None:
        """Some participants can meet only in part of the B2B time."""
        candidates = [
            r
            for r in self.regs[code]
            if r.registration.status
            in (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED)
            and r.registration.role is not RegistrationRole.COORDINATOR
        ]
        for n, reg in enumerate(self.rng.sample(candidates, count)):
            starts, ends = windows[n % len(windows)]
            self.add(
                Availability(
                    id=_uid("availability", code, reg.registration.id, starts.isoformat()),
                    registration_id=reg.registration.id,
                    starts_at=starts,
                    ends_at=ends,
                )
            )

    def build_missions(self) -> None:
        self.build_pw2027()
        self.build_can2027()
        self.build_nys2027()
        for spec in WORKSHOPS:
            self.build_workshop(spec)

    def build_pw2027(self) -> None:
        m = self.mission(
            "PW2027",
            "Photonics West 2027 business mission",
            MissionKind.BUSINESS_MISSION,
            city="San Francisco",
            country="US",
            timezone="America/Los_Angeles",
            start=date(2027, 1, 24),
            end=date(2027, 1, 29),
            status=MissionStatus.OPEN,
            clusters=("FR", "FI"),
            host_event="SPIE Photonics West",
            objectives=PW_OBJECTIVES,
            practical_info=PW_PRACTICAL,
        )
        host = next(x for x in self.na if x.org.city == "San Jose" and x.org.kind is _L)
        places = self.pw_venues(m, host)

        self.delegation(m, self.clusters["FR"].name, "FR", "FR")
        fi = self.delegation(m, self.clusters["FI"].name, "FI", "FI")
        us_delegation = self.delegation(m, "US participants", "US", None)
        self.notes(m, PW_TRAVELLERS_NOTES, roles=TRAVELLERS)
        self.notes(m, PW_US_NOTES, delegation=us_delegation)
        self.notes(m, PW_HOST_NOTES, roles=(RegistrationRole.LOCAL_HOST,))
        hotels = (("Hotel Mariposa Union Square", 80), ("Harborview Inn SoMa", 20))
        self.coordinators(
            m,
            ("FR", "FI"),
            arrival=(date(2027, 1, 23), "15:40"),
            departure=(date(2027, 1, 29), "20:10"),
            hotel="Hotel Mariposa Union Square",
        )
        fr_regs = self.delegates(
            m,
            "FR",
            11,
            sectors=("photonics", "microwaves"),
            arrival_day=date(2027, 1, 23),
            departure_day=date(2027, 1, 29),
            hotels=hotels,
        )
        fi_regs = self.delegates(
            m,
            "FI",
            7,
            arrival_day=date(2027, 1, 24),
            departure_day=date(2027, 1, 29),
            hotels=hotels,
        )
        speaker = fr_regs[0]
        speaker.role = RegistrationRole.SPEAKER
        speaker.status = RegistrationStatus.CONFIRMED
        speaker.notes = (
            "Speaks at the EU–US photonics panel on Tuesday (15 minutes, slides by 15 January)."
        )
        us = [x for x in self.na if x.org.country == "US"]
        investors = [x for x in us if x.org.kind is _V][:1]
        self.locals(m, us, hosts=[host], visitors=investors)

        confirmed = [r for r in fr_regs + fi_regs if r.status is RegistrationStatus.CONFIRMED]
        session = self.pw_programme(m, 0, places, fi, host, confirmed[:14])
        half = session.starts_at + (session.ends_at - session.starts_at) / 2
        self.availability("PW2027", [(session.starts_at, half), (half, session.ends_at)], 5)
        self.requests("PW2027", 40)

    def pw_venues(self, m: Mission, host: _Member) -> _PwPlaces:
        """The places of a Photonics West mission: the fair, the hotel, a host's site, a terrace."""
        fair = self.venue(
            m,
            "Moscone Center",
            address="747 Howard Street, San Francisco, CA 94103",
            notes="Exhibition in Moscone North and South; B2B meeting room on the upper level.",
        )
        hotel = self.venue(
            m,
            "Hotel Mariposa Union Square",
            address="Union Square, San Francisco",
            notes="Delegation hotel; breakfast from 06:30; meeting room Salon Mariposa.",
        )
        site = self.venue(
            m,
            host.org.name,
            city=host.org.city,
            notes="Visitor badges at the main reception; safety shoes provided; no photos.",
        )
        terrace = self.venue(
            m, "Sky Terrace, Hotel Mariposa", address="Union Square, San Francisco"
        )
        return _PwPlaces(fair, hotel, site, terrace)

    def pw_programme(
        self,
        m: Mission,
        first: int,
        places: _PwPlaces,
        finns: Delegation,
        host: _Member,
        site_visitors: Sequence[Registration],
    ) -> B2BSession:
        """The Photonics West week from the Sunday, day ``first`` of the mission: briefing,
        conference, two exhibition days with the B2B afternoon and the reception, a site visit
        on the Thursday and the debriefing on the Friday. Returns the B2B session."""
        self.item(
            m,
            first + 0,
            "19:00-21:00",
            K.MEAL,
            "Informal welcome dinner",
            venue=places.hotel,
            room="Restaurant",
            description="Pay-your-own dinner; tables booked for the delegation.",
            roles=TRAVELLERS,
        )
        self.item(
            m,
            first + 1,
            "08:30-09:30",
            K.BRIEFING,
            "Delegation briefing",
            venue=places.hotel,
            room="Salon Mariposa",
            description="The US market in ten minutes, fair logistics, meeting etiquette, your B2B schedule.",
            roles=TRAVELLERS,
        )
        self.item(
            m,
            first + 1,
            "10:30-17:00",
            K.FAIR_VISIT,
            "LASE and OPTO conference sessions",
            venue=places.fair,
            description="Free choice of sessions; the coordinators suggest a short list by sector.",
        )
        self.item(
            m,
            first + 2,
            "08:00-08:45",
            K.BRIEFING,
            "Finnish delegation stand-up",
            venue=places.hotel,
            room="Salon Mariposa",
            delegation=finns,
        )
        self.item(
            m,
            first + 2,
            "10:00-17:00",
            K.FAIR_VISIT,
            "Exhibition day 1: guided tour of the halls",
            venue=places.fair,
            description="Guided tour of selected booths in the morning, free visit in the afternoon.",
            roles=TRAVELLERS,
        )
        self.item(
            m,
            first + 2,
            "15:00-16:00",
            K.WORKSHOP_SESSION,
            "EU–US photonics panel",
            venue=places.fair,
            room="Industry stage",
            description="Four European SMEs and two US buyers on qualifying a new supplier.",
        )
        self.item(m, first + 3, "09:30-12:30", K.FAIR_VISIT, "Exhibition day 2", venue=places.fair)
        b2b_item = self.item(
            m,
            first + 3,
            "13:30-17:30",
            K.B2B_SESSION,
            "EU–US B2B meetings",
            venue=places.fair,
            room="Room 214",
            description="Pre-arranged 20-minute meetings; your personal schedule is in your pack.",
        )
        session = self.b2b(m, b2b_item, "EU–US B2B meetings", 12, "Table")
        self.item(
            m,
            first + 3,
            "18:30-22:30",
            K.RECEPTION,
            "Networking reception with the Bay Area photonics community",
            venue=places.terrace,
            description="Drinks and finger food; local companies, investors and research centres invited.",
        )
        visit = self.item(
            m,
            first + 4,
            "08:30-16:30",
            K.SITE_VISIT,
            f"Site visit: {host.org.name}",
            venue=places.site,
            attendees=site_visitors,
            description="Coach from the hotel at 08:30; clean-room tour, production line, lunch with the engineering team. Limited to 14 places.",
        )
        self.item(
            m,
            first + 4,
            "14:00-17:00",
            K.OTHER,
            "Free afternoon for follow-up meetings",
            venue=places.fair,
            description="For delegates not on the site visit.",
            roles=(RegistrationRole.DELEGATE, RegistrationRole.SPEAKER),
            alternative_to=visit,
        )
        self.item(
            m,
            first + 5,
            "09:00-10:30",
            K.BRIEFING,
            "Debriefing and follow-up planning",
            venue=places.hotel,
            room="Salon Mariposa",
            description="What each meeting led to, next actions and owners, while it is fresh.",
            roles=TRAVELLERS,
        )
        return session

    def build_can2027(self) -> None:
        m = self.mission(
            "CAN2027",
            "EU–Canada cluster matchmaking 2027",
            MissionKind.MATCHMAKING_EVENT,
            city="Toronto",
            country="CA",
            timezone="America/Toronto",
            start=date(2027, 6, 7),
            end=date(2027, 6, 9),
            status=MissionStatus.OPEN,
            clusters=("FR", "BE", "PT", "FI"),
            host_event="EU–Canada Cluster Days",
            objectives=CAN_OBJECTIVES,
            practical_info=CAN_PRACTICAL,
        )
        centre = self.venue(
            m,
            "Metro Toronto Convention Centre",
            address="255 Front Street West, Toronto, ON",
            notes="South Building, level 700 meeting rooms.",
        )
        hotel = self.venue(m, "Hotel Lakeshore Harbourfront", address="Queens Quay West, Toronto")
        toronto = self.na_members(("Toronto",))
        host = next(x for x in toronto if x.org.kind is _L)
        integrator = next(x for x in toronto if x.org.kind is _I)
        site = self.venue(m, host.org.name, city="Toronto")
        site2 = self.venue(m, integrator.org.name, city="Toronto")
        for key in ("FR", "BE", "PT", "FI"):
            self.delegation(m, self.clusters[key].name, self.clusters[key].country, key)
        self.delegation(m, "Canadian participants", "CA", None)
        self.notes(m, CAN_TRAVELLERS_NOTES, roles=TRAVELLERS)
        hotels = (("Hotel Lakeshore Harbourfront", 85), ("Front Street Suites", 15))
        self.coordinators(
            m,
            ("FR", "BE", "PT", "FI"),
            arrival=(date(2027, 6, 6), "14:30"),
            departure=(date(2027, 6, 10), "07:30"),
            hotel="Hotel Lakeshore Harbourfront",
        )
        for key, count in (("FR", 6), ("BE", 7), ("PT", 7), ("FI", 5)):
            self.delegates(
                m,
                key,
                count,
                arrival_day=date(2027, 6, 6),
                departure_day=date(2027, 6, 9),
                hotels=hotels,
            )
        canada = [x for x in self.na if x.org.country == "CA"]
        public = next(x for x in canada if x.org.kind is _P)
        research = [x for x in canada if x.org.kind is _R][:1]
        self.locals(m, canada, hosts=[public, host], speakers=research)

        self.item(
            m,
            0,
            "08:00-09:00",
            K.BRIEFING,
            "Delegation briefing",
            venue=hotel,
            room="Harbour Room",
            roles=TRAVELLERS,
        )
        self.item(
            m,
            0,
            "09:30-10:30",
            K.OTHER,
            "Welcome and opening: EU–Canada cluster cooperation",
            venue=centre,
            room="Room 701",
            description="Opening words by the Canadian hosts and the four clusters.",
        )
        self.item(
            m,
            0,
            "10:45-12:15",
            K.WORKSHOP_SESSION,
            "Market panel: photonics and advanced manufacturing in Canada",
            venue=centre,
            room="Room 701",
        )
        self.item(m, 0, "12:15-13:30", K.MEAL, "Networking lunch", venue=centre, room="Foyer 700")
        s1_item = self.item(
            m,
            0,
            "13:30-17:00",
            K.B2B_SESSION,
            "Matchmaking session 1",
            venue=centre,
            room="Room 705-707",
        )
        s1 = self.b2b(m, s1_item, "Matchmaking session 1", 15, "Table")
        s2_item = self.item(
            m,
            1,
            "09:00-12:30",
            K.B2B_SESSION,
            "Matchmaking session 2",
            venue=centre,
            room="Room 705-707",
        )
        s2 = self.b2b(m, s2_item, "Matchmaking session 2", 15, "Table")
        self.item(m, 1, "12:30-13:30", K.MEAL, "Lunch", venue=centre, room="Foyer 700")
        self.item(
            m,
            1,
            "14:00-17:30",
            K.SITE_VISIT,
            f"Site visit: {host.org.name}",
            venue=site,
            description="Coach from the convention centre at 13:40.",
        )
        self.item(
            m,
            1,
            "18:30-22:00",
            K.RECEPTION,
            "EU–Canada networking reception",
            venue=centre,
            room="Lakeview Terrace",
        )
        self.item(
            m, 2, "09:00-12:00", K.SITE_VISIT, f"Site visit: {integrator.org.name}", venue=site2
        )
        self.item(m, 2, "12:30-14:00", K.MEAL, "Farewell lunch", venue=hotel, room="Restaurant")
        self.item(
            m,
            2,
            "14:30-15:30",
            K.BRIEFING,
            "Debriefing and follow-up planning",
            venue=hotel,
            room="Harbour Room",
        )
        self.availability("CAN2027", [(s1.starts_at, s1.ends_at), (s2.starts_at, s2.ends_at)], 6)
        self.requests("CAN2027", 45)

    def build_nys2027(self) -> None:
        m = self.mission(
            "NYS2027",
            "New York State optics and manufacturing visit",
            MissionKind.BUSINESS_MISSION,
            city="Rochester",
            country="US",
            timezone="America/New_York",
            start=date(2027, 6, 10),
            end=date(2027, 6, 11),
            status=MissionStatus.DRAFT,
            clusters=("BE", "PT"),
            objectives=NYS_OBJECTIVES,
            practical_info=NYS_PRACTICAL,
        )
        rochester = self.na_members(("Rochester",))
        buffalo = self.na_members(("Buffalo",))
        roc_host = next(x for x in rochester if x.org.kind is _L)
        roc_sme = next(x for x in rochester if x.org.kind is _S)
        buf_host = next(x for x in buffalo if x.org.kind is _L)
        public = next(x for x in rochester if x.org.kind is _P)
        hotel = self.venue(m, "Genesee Riverside Hotel", address="East Main Street, Rochester, NY")
        hall = self.venue(
            m,
            "Rochester Riverside Convention Center",
            address="123 East Main Street, Rochester, NY",
        )
        v_roc = self.venue(m, roc_host.org.name, city="Rochester")
        v_sme = self.venue(m, roc_sme.org.name, city="Rochester")
        v_buf = self.venue(m, buf_host.org.name, city="Buffalo")
        for key in ("BE", "PT"):
            self.delegation(m, self.clusters[key].name, self.clusters[key].country, key)
        self.delegation(m, "US participants", "US", None)
        self.notes(m, NYS_TRAVELLERS_NOTES, roles=TRAVELLERS)
        self.coordinators(
            m,
            ("BE", "PT"),
            arrival=(date(2027, 6, 10), "11:30"),
            departure=(date(2027, 6, 11), "19:45"),
            hotel="Genesee Riverside Hotel",
        )
        # Delegates who continue from Toronto.
        for key in ("BE", "PT"):
            continuing = [
                r
                for r in self.regs["CAN2027"]
                if r.member.cluster_key == key
                and r.registration.role is RegistrationRole.DELEGATE
                and r.registration.status
                in (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED)
            ][:5]
            for r in continuing:
                r.registration.departure_at = self.at(
                    self.missions["CAN2027"], date(2027, 6, 10), "07:30"
                )
                r.registration.notes = "Continues to the New York State visit by coach."
                self.register(
                    m,
                    r.member,
                    r.person,
                    RegistrationRole.DELEGATE,
                    self.status(m.status),
                    arrival=(date(2027, 6, 10), "11:30"),
                    departure=(m.end_date, self.clock(17, 21)),
                    hotel="Genesee Riverside Hotel",
                )
        self.locals(m, rochester + buffalo, hosts=[roc_host, buf_host, public])

        self.item(
            m,
            0,
            "07:30-11:30",
            K.TRAVEL,
            "Coach from Toronto to Rochester",
            description="Border crossing at the Lewiston–Queenston bridge: passport and ESTA at hand.",
            roles=TRAVELLERS,
        )
        self.item(m, 0, "12:00-13:00", K.MEAL, "Lunch", venue=hotel, room="Restaurant")
        self.item(
            m, 0, "13:30-15:30", K.SITE_VISIT, f"Site visit: {roc_host.org.name}", venue=v_roc
        )
        self.item(m, 0, "16:00-17:30", K.SITE_VISIT, f"Site visit: {roc_sme.org.name}", venue=v_sme)
        self.item(m, 0, "19:00-21:30", K.MEAL, "Dinner with the Rochester hosts", venue=hotel)
        self.item(
            m,
            1,
            "09:00-11:30",
            K.WORKSHOP_SESSION,
            "Roundtable: EU–New York State cooperation in optics and precision manufacturing",
            venue=hall,
            room="Meeting Room 102",
            description="Short pitches by each delegate, then open discussion with local companies and the regional innovation office.",
        )
        self.item(m, 1, "11:30-12:30", K.MEAL, "Lunch", venue=hall)
        self.item(m, 1, "12:30-14:00", K.TRAVEL, "Coach to Buffalo", roles=TRAVELLERS)
        self.item(
            m, 1, "14:00-16:30", K.SITE_VISIT, f"Site visit: {buf_host.org.name}", venue=v_buf
        )
        self.item(
            m,
            1,
            "16:45-17:30",
            K.TRAVEL,
            "Transfer to Buffalo Niagara International Airport",
            roles=TRAVELLERS,
        )
        self.requests("NYS2027", 12)

    def build_workshop(self, spec: _WorkshopSpec) -> None:
        cluster = next(c for c in CLUSTERS if c.key == spec.cluster)
        m = self.mission(
            spec.code,
            spec.name,
            MissionKind.WORKSHOP,
            city=cluster.city,
            country=cluster.country,
            timezone=cluster.timezone,
            start=spec.day,
            end=spec.day,
            status=spec.status,
            clusters=(spec.cluster,),
            objectives=spec.objectives,
            practical_info=spec.practical_info,
        )
        venue = self.venue(m, spec.venue, address=spec.address)
        self.delegation(m, cluster.name, cluster.country, spec.cluster)
        guest = self.clusters[spec.guest]
        self.delegation(m, guest.name, guest.country, spec.guest)
        self.coordinators(m, (spec.cluster,))
        self.delegates(m, spec.cluster, spec.participants)
        # A speaker from a partner cluster brings the cross-sector view.
        speaker_from = self.rng.choice(self.members[spec.guest])
        self.register(
            m,
            speaker_from,
            speaker_from.people[0],
            RegistrationRole.SPEAKER,
            RegistrationStatus.CONFIRMED,
            arrival=(spec.day - timedelta(days=1), self.clock(17, 21)),
            departure=(spec.day, "19:30"),
            hotel=spec.hotel,
        )
        if spec.status in (MissionStatus.RUNNING, MissionStatus.CLOSED):
            printed = local_to_utc(spec.day - timedelta(days=1), time(16, 0), cluster.timezone)
            for r in self.regs[spec.code]:
                reg = r.registration
                if reg.status is RegistrationStatus.CANCELLED:
                    continue
                reg.badges_printed = 1
                reg.badge_printed_at = printed
                if reg.status is RegistrationStatus.CONFIRMED:
                    reg.checked_in_at = self.at(m, spec.day, self.clock(8, 9))
        self.item(
            m,
            0,
            "08:30-09:15",
            K.OTHER,
            "Welcome coffee and registration",
            venue=venue,
            room="Foyer",
        )
        self.item(
            m,
            0,
            "09:15-09:30",
            K.BRIEFING,
            "Welcome and introduction",
            venue=venue,
            room=spec.rooms[0],
        )
        self.item(
            m,
            0,
            "09:30-11:00",
            K.WORKSHOP_SESSION,
            spec.sessions[0],
            venue=venue,
            room=spec.rooms[0],
        )
        self.item(
            m,
            0,
            "11:15-12:30",
            K.WORKSHOP_SESSION,
            spec.sessions[1],
            venue=venue,
            room=spec.rooms[0],
        )
        self.item(
            m,
            0,
            "11:15-12:30",
            K.WORKSHOP_SESSION,
            spec.sessions[2],
            venue=venue,
            room=spec.rooms[1],
        )
        self.item(m, 0, "12:30-13:45", K.MEAL, "Lunch", venue=venue, room="Foyer")
        self.item(
            m,
            0,
            "13:45-15:30",
            K.WORKSHOP_SESSION,
            spec.sessions[3],
            venue=venue,
            room=spec.rooms[0],
        )
        self.item(
            m,
            0,
            "15:45-16:30",
            K.WORKSHOP_SESSION,
            "Pitches: one minute per company",
            venue=venue,
            room=spec.rooms[0],
        )
        self.item(m, 0, "16:30-18:00", K.RECEPTION, "Networking drinks", venue=venue, room="Foyer")

    # ------------------------------------------------------------------ after the missions

    def build_follow_ups(self) -> None:
        """What came of the contacts made at the closed Porto workshop."""
        mission = self.missions["WS-PT-2026"]
        owner = self.cluster_orgs["PT"].people[0]
        outcomes = (
            (FollowUpOutcome.INFORMATION_EXCHANGED, "Send the technical datasheet", True),
            (FollowUpOutcome.FOLLOWUP_MEETING_PLANNED, "Visit of the plant in February", False),
            (FollowUpOutcome.PROPOSAL_SENT, "Call back about the quotation", False),
            (FollowUpOutcome.NO_INTEREST, "", True),
            (FollowUpOutcome.AGREEMENT_NEGOTIATION, "Review the draft supply agreement", False),
            (FollowUpOutcome.INFORMATION_EXCHANGED, "Invite to the CAN2027 mission", True),
        )
        attended = [
            r
            for r in self.regs["WS-PT-2026"]
            if r.registration.status is RegistrationStatus.CONFIRMED
            and r.registration.role is RegistrationRole.DELEGATE
        ]
        for n, ((outcome, action, done), reg) in enumerate(zip(outcomes, attended, strict=False)):
            due = mission.end_date + timedelta(days=14 + 7 * n)
            self.add(
                FollowUp(
                    id=_uid("follow-up", mission.code, n),
                    mission_id=mission.id,
                    meeting_id=None,
                    organisation_id=reg.member.org.id,
                    contact_id=reg.person.id,
                    owner_id=owner.id,
                    outcome=outcome,
                    notes="Met at the workshop; see the session notes.",
                    next_action=action,
                    due_date=due if action else None,
                    done=done,
                    done_at=local_to_utc(due - timedelta(days=3), time(10, 0), mission.timezone)
                    if done
                    else None,
                )
            )

    def build_kpi_targets(self) -> None:
        K = KpiMetric
        targets: dict[str, tuple[tuple[KpiMetric, int], ...]] = {
            "PW2027": (
                (K.SMES_ENGAGED, 18),
                (K.PARTICIPANTS, 45),
                (K.MEETINGS_REQUESTED, 40),
                (K.MEETINGS_SCHEDULED, 30),
                (K.MEETINGS_HELD, 25),
                (K.FOLLOWUPS, 15),
                (K.AGREEMENTS_SIGNED, 2),
            ),
            "CAN2027": (
                (K.SMES_ENGAGED, 25),
                (K.MEETINGS_REQUESTED, 45),
                (K.MEETINGS_SCHEDULED, 40),
                (K.MEETINGS_HELD, 35),
                (K.FOLLOWUPS, 20),
                (K.MOUS_SIGNED, 1),
            ),
            "NYS2027": ((K.SMES_ENGAGED, 10), (K.MEETINGS_HELD, 8)),
        }
        for spec in WORKSHOPS:
            targets[spec.code] = ((K.PARTICIPANTS, 25), (K.SMES_ENGAGED, 12))
        for code, metrics in targets.items():
            for metric, target in metrics:
                self.add(
                    KpiTarget(
                        id=_uid("kpi", code, metric.value),
                        mission_id=self.missions[code].id,
                        cluster_id=None,
                        year=None,
                        metric=metric,
                        target=target,
                    )
                )
        for key, cluster in self.clusters.items():
            for metric, target in ((K.SMES_ENGAGED, 30), (K.MEETINGS_HELD, 60), (K.FOLLOWUPS, 30)):
                self.add(
                    KpiTarget(
                        id=_uid("kpi", "cluster", key, 2027, metric.value),
                        mission_id=None,
                        cluster_id=cluster.id,
                        year=2027,
                        metric=metric,
                        target=target,
                    )
                )

    # ------------------------------------------------------------------ last year's Photonics West

    def build_past_mission(self) -> None:
        """Photonics West 2026, closed, with what came of it.

        Built after everything else, so that its draws leave those of the other missions as
        they were.
        """
        session = self.build_pw2026()
        mission = self.missions[PAST_MISSION]
        requests = self.past_requests(mission, 60)
        meetings = self.past_meetings(mission, session, requests)
        self.past_follow_ups(mission, meetings)
        self.past_targets(mission)

    def build_pw2026(self) -> B2BSession:
        m = self.mission(
            PAST_MISSION,
            "Photonics West 2026 business mission",
            MissionKind.BUSINESS_MISSION,
            city="San Francisco",
            country="US",
            timezone="America/Los_Angeles",
            start=date(2026, 1, 17),
            end=date(2026, 1, 23),
            status=MissionStatus.CLOSED,
            clusters=("FR", "FI"),
            host_event="SPIE Photonics West",
            objectives=PW2026_OBJECTIVES,
            practical_info=PW2026_PRACTICAL,
        )
        host = next(x for x in self.na if x.org.city == "San Jose" and x.org.kind is _I)
        places = self.pw_venues(m, host)
        self.delegation(m, self.clusters["FR"].name, "FR", "FR")
        fi = self.delegation(m, self.clusters["FI"].name, "FI", "FI")
        self.delegation(m, "US participants", "US", None)
        self.notes(m, PW2026_TRAVELLERS_NOTES, roles=TRAVELLERS)
        hotels = (("Hotel Mariposa Union Square", 85), ("Harborview Inn SoMa", 15))
        self.coordinators(
            m,
            ("FR", "FI"),
            arrival=(date(2026, 1, 17), "13:10"),
            departure=(date(2026, 1, 23), "19:55"),
            hotel="Hotel Mariposa Union Square",
        )
        fr_regs = self.delegates(
            m,
            "FR",
            10,
            sectors=("photonics", "microwaves"),
            arrival_day=date(2026, 1, 17),
            departure_day=date(2026, 1, 23),
            hotels=hotels,
        )
        fi_regs = self.delegates(
            m,
            "FI",
            6,
            arrival_day=date(2026, 1, 18),
            departure_day=date(2026, 1, 23),
            hotels=hotels,
        )
        delegates = fr_regs + fi_regs
        self.at_least(delegates, RegistrationStatus.NO_SHOW, 2, "Did not travel; no notice.")
        self.at_least(
            delegates,
            RegistrationStatus.CANCELLED,
            2,
            "Cancelled in early January: a customer audit.",
        )
        speaker = fr_regs[0]
        speaker.role = RegistrationRole.SPEAKER
        speaker.status = RegistrationStatus.CONFIRMED
        speaker.notes = "Spoke at the EU–US photonics panel on Tuesday 20 January."
        us = [x for x in self.na if x.org.country == "US" and x.org.city in PW2026_US_CITIES]
        self.locals(
            m,
            us,
            hosts=[host],
            statuses=(
                (RegistrationStatus.CONFIRMED, 82),
                (RegistrationStatus.NO_SHOW, 8),
                (RegistrationStatus.CANCELLED, 10),
            ),
        )
        self.item(
            m,
            0,
            "12:00-20:00",
            K.TRAVEL,
            "Arrivals: shuttle from the airport to the hotel",
            venue=places.hotel,
            description="The French delegation lands on Saturday, the Finnish one on Sunday.",
            roles=TRAVELLERS,
        )
        confirmed = [r for r in delegates if r.status is RegistrationStatus.CONFIRMED]
        # The Sunday of 2026 is day 1: the week has the same weekdays as the one of 2027.
        session = self.pw_programme(m, 1, places, fi, host, confirmed[:14])
        self.on_site(m, briefing_day=date(2026, 1, 19), b2b_day=date(2026, 1, 21))
        return session

    def at_least(
        self,
        registrations: Sequence[Registration],
        status: RegistrationStatus,
        count: int,
        note: str,
    ) -> None:
        """Turn the last confirmed registrations to ``status`` until ``count`` have it."""
        missing = count - sum(r.status is status for r in registrations)
        for registration in reversed(registrations):
            if missing <= 0:
                return
            if registration.status is RegistrationStatus.CONFIRMED:
                registration.status = status
                registration.notes = note
                missing -= 1

    def on_site(self, m: Mission, *, briefing_day: date, b2b_day: date) -> None:
        """Badges printed the day before the mission; delegations checked in before the
        briefing, local participants before the B2B session (a few walked straight to their
        table); three badges reprinted at the desk."""
        printed_at = local_to_utc(m.start_date - timedelta(days=1), time(16, 0), m.timezone)
        checked_in: list[Registration] = []
        for r in self.regs[m.code]:
            registration = r.registration
            if registration.status is RegistrationStatus.CANCELLED:
                continue
            registration.badges_printed = 1
            registration.badge_printed_at = printed_at
            if registration.status is not RegistrationStatus.CONFIRMED:
                continue
            if r.member.cluster_key is not None:
                registration.checked_in_at = self.at(m, briefing_day, self.clock(7, 8))
            elif self.rng.random() < 0.85:
                registration.checked_in_at = self.at(m, b2b_day, self.clock(12, 13))
            else:
                continue
            checked_in.append(registration)
        reasons = (
            "Badge reprinted at the desk: name misspelt.",
            "Badge reprinted at the desk: company name out of date.",
        )
        for n, registration in enumerate(self.rng.sample(checked_in, 3)):
            at = registration.checked_in_at or printed_at
            registration.badges_printed = 2
            registration.badge_printed_at = at + timedelta(minutes=self.rng.randint(2, 9))
            reason = reasons[n % len(reasons)]
            registration.notes = f"{registration.notes} {reason}".strip()

    def past_requests(self, mission: Mission, count: int) -> list[MeetingRequest]:
        """The meeting wishes of a mission that took place: mostly accepted, some declined, a
        few never answered; some pairs asked each other. Those who did not come in the end
        (cancelled, no-show) asked and were asked less."""
        ours = [
            r
            for r in self.regs[mission.code]
            if r.member.cluster_key is not None
            and r.registration.role is not RegistrationRole.COORDINATOR
        ]
        theirs = [r for r in self.regs[mission.code] if r.member.cluster_key is None]
        ours_weights = [self.keenness(r) for r in ours]
        theirs_weights = [self.keenness(r) for r in theirs]
        pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
        made: list[MeetingRequest] = []
        attempts = 0
        while len(pairs) < count and attempts < count * 20:
            attempts += 1
            delegate = self.rng.choices(ours, ours_weights)[0]
            local = self.rng.choices(theirs, theirs_weights)[0]
            pair = (delegate.registration.id, local.registration.id)
            if pair in pairs:
                continue
            pairs.add(pair)
            requester, target = (delegate, local) if self.rng.random() < 0.8 else (local, delegate)
            status = self.weighted(
                (
                    (RequestStatus.ACCEPTED, 76),
                    (RequestStatus.DECLINED, 14),
                    (RequestStatus.PENDING, 10),
                )
            )
            made.append(self.meeting_request(mission, requester, target, status))
            if status is RequestStatus.ACCEPTED and self.rng.random() < 0.2:
                made.append(self.meeting_request(mission, target, requester, status))
        return made

    @staticmethod
    def keenness(r: _Reg) -> int:
        """How much a participant of a past mission weighs in the draw of meeting requests:
        who came most, who did not come without a word less, who cancelled in time least."""
        return {RegistrationStatus.CONFIRMED: 6, RegistrationStatus.NO_SHOW: 3}.get(
            r.registration.status, 1
        )

    def past_meetings(
        self, mission: Mission, session: B2BSession, requests: Sequence[MeetingRequest]
    ) -> list[Meeting]:
        """One meeting per pair not declined, mutual ones and first priorities first, each in
        the first slot from a random start where both are free and a table is left; what
        became of it follows from who came."""
        people = {r.registration.id: r for r in self.regs[mission.code]}
        wanted: dict[frozenset[uuid.UUID], list[MeetingRequest]] = {}
        for request in requests:
            if request.status is not RequestStatus.DECLINED:
                key = frozenset((request.requester_id, request.target_id))
                wanted.setdefault(key, []).append(request)
        order = sorted(wanted.values(), key=lambda rs: (-len(rs), min(r.priority for r in rs)))
        slots = slot_times(
            session.starts_at, session.ends_at, session.slot_minutes, session.break_minutes
        )
        tables = self.tables[session.id]
        busy: set[tuple[int, uuid.UUID]] = set()
        used: Counter[int] = Counter()
        meetings: list[Meeting] = []
        for asked in order:
            request = asked[0]
            pair = (request.requester_id, request.target_id)
            offset = self.rng.randrange(len(slots))
            for k in range(len(slots)):
                slot = slots[(offset + k) % len(slots)]
                if used[slot.position] == len(tables) or any(
                    (slot.position, who) in busy for who in pair
                ):
                    continue
                table = tables[used[slot.position]]
                used[slot.position] += 1
                busy.update((slot.position, who) for who in pair)
                status, notes = self.what_became(people[pair[0]], people[pair[1]])
                meeting = self.add(
                    Meeting(
                        id=_uid("meeting", mission.code, *pair),
                        mission_id=mission.id,
                        session_id=session.id,
                        table_id=table.id,
                        request_id=request.id,
                        starts_at=slot.starts_at,
                        ends_at=slot.ends_at,
                        status=status,
                        locked=False,
                        notes=notes,
                    )
                )
                meeting.participants = [people[who].registration for who in pair]
                meetings.append(meeting)
                break
        return meetings

    def what_became(self, a: _Reg, b: _Reg) -> tuple[MeetingStatus, str]:
        """A meeting's status: cancelled with a participant who cancelled, missed with one who
        did not come, and otherwise mostly held."""
        came = {a.registration.status, b.registration.status}
        if RegistrationStatus.CANCELLED in came:
            return MeetingStatus.CANCELLED, "Cancelled before the fair: one side withdrew."
        if RegistrationStatus.NO_SHOW in came:
            return MeetingStatus.NO_SHOW, "One side did not come to the fair."
        status = self.weighted(
            ((MeetingStatus.HELD, 90), (MeetingStatus.NO_SHOW, 7), (MeetingStatus.CANCELLED, 3))
        )
        notes = {
            MeetingStatus.HELD: "",
            MeetingStatus.NO_SHOW: "Nobody came to the table; no message.",
            MeetingStatus.CANCELLED: "Cancelled on the day: moved to a call after the fair.",
        }
        return status, notes[status]

    def past_follow_ups(self, mission: Mission, meetings: Sequence[Meeting]) -> None:
        """A follow-up for most held meetings, every outcome at least once and three
        agreements; one for a missed meeting made up by a call; two for contacts met at the
        reception, one of them a memorandum of understanding."""
        people = {r.registration.id: r for r in self.regs[mission.code]}
        held = [m for m in meetings if m.status is MeetingStatus.HELD]
        logged = sorted(self.rng.sample(range(len(held)), round(len(held) * 0.8)))
        outcomes = [*FollowUpOutcome, FollowUpOutcome.AGREEMENT_SIGNED]
        outcomes.append(FollowUpOutcome.AGREEMENT_SIGNED)
        while len(outcomes) < len(logged):
            outcomes.append(self.weighted(OUTCOME_WEIGHTS))
        self.rng.shuffle(outcomes)
        n = 0
        for index, outcome in zip(logged, outcomes, strict=True):
            self.meeting_follow_up(mission, n, held[index], outcome, people)
            n += 1
        missed = next((m for m in meetings if m.status is MeetingStatus.NO_SHOW), None)
        if missed is not None:
            self.meeting_follow_up(
                mission,
                n,
                missed,
                FollowUpOutcome.INFORMATION_EXCHANGED,
                people,
                notes="Missed at the fair; a video call on 4 February replaced the meeting.",
            )
        self.reception_follow_ups(mission, n + 1)

    def meeting_follow_up(
        self,
        mission: Mission,
        n: int,
        meeting: Meeting,
        outcome: FollowUpOutcome,
        people: dict[uuid.UUID, _Reg],
        *,
        notes: str = "",
    ) -> None:
        ours, theirs = sorted(
            (people[r.id] for r in meeting.participants), key=lambda r: r.member.cluster_key is None
        )
        cluster = ours.member.cluster_key
        assert cluster is not None
        tech = self.rng.choice(ours.member.org.technologies)
        area = self.rng.choice(theirs.member.org.application_areas)
        text = self.rng.choice(OUTCOME_NOTES[outcome]).format(
            tech=tech, area=area, ours=ours.member.org.name, theirs=theirs.member.org.name
        )
        action = self.rng.choice(OUTCOME_ACTIONS[outcome]) if OUTCOME_ACTIONS[outcome] else ""
        due, done_at = self.follow_up_dates(mission, cluster, bool(action))
        self.add(
            FollowUp(
                id=_uid("follow-up", mission.code, n),
                mission_id=mission.id,
                meeting_id=meeting.id,
                organisation_id=theirs.member.org.id,
                contact_id=theirs.person.id,
                owner_id=self.rng.choice(self.cluster_orgs[cluster].people).id,
                outcome=outcome,
                notes=notes or text,
                next_action=action,
                due_date=due,
                done=done_at is not None,
                done_at=done_at,
            )
        )

    def follow_up_dates(
        self, mission: Mission, cluster: str, has_action: bool
    ) -> tuple[date | None, datetime | None]:
        """A due date within a year of the mission and when it was done, if it was: most of
        what fell due before the demo's today is done, the rest is overdue."""
        zone = self.clusters[cluster].timezone
        logged = mission.end_date + timedelta(days=self.rng.randint(1, 2))
        if not has_action:
            return None, local_to_utc(logged, _hm(self.clock(9, 17)), zone)
        due = mission.end_date + timedelta(days=self.rng.randint(12, 380))
        done = self.rng.random() < (0.7 if due < DEMO_TODAY else 0.1)
        if not done:
            return due, None
        day = min(due, DEMO_TODAY - timedelta(days=1)) - timedelta(days=self.rng.randint(0, 9))
        return due, local_to_utc(max(day, logged), _hm(self.clock(9, 17)), zone)

    def reception_follow_ups(self, mission: Mission, n: int) -> None:
        """Contacts made at the reception, without a meeting: a memorandum of understanding
        between the French cluster and the city's innovation office, and an investor."""
        office = next(x for x in self.na if x.org.city == "San Francisco" and x.org.kind is _P)
        investor = next(x for x in self.na if x.org.city == "San Francisco" and x.org.kind is _V)
        fr, fi = self.cluster_orgs["FR"], self.cluster_orgs["FI"]
        self.add(
            FollowUp(
                id=_uid("follow-up", mission.code, n),
                mission_id=mission.id,
                meeting_id=None,
                organisation_id=office.org.id,
                contact_id=office.people[0].id,
                owner_id=fr.people[0].id,
                outcome=FollowUpOutcome.MOU_SIGNED,
                notes=(
                    f"Met at the networking reception. Memorandum of understanding between "
                    f"{fr.org.name} and {office.org.name} on soft-landing support for the "
                    "cluster's members, signed on 12 March 2026."
                ),
                next_action="Present the first soft-landing cases at the partnership board",
                due_date=date(2026, 6, 30),
                done=True,
                done_at=local_to_utc(date(2026, 6, 25), time(11, 0), self.clusters["FR"].timezone),
            )
        )
        self.add(
            FollowUp(
                id=_uid("follow-up", mission.code, n + 1),
                mission_id=mission.id,
                meeting_id=None,
                organisation_id=investor.org.id,
                contact_id=investor.people[0].id,
                owner_id=fi.people[0].id,
                outcome=FollowUpOutcome.FOLLOWUP_MEETING_PLANNED,
                notes=(
                    "Met at the networking reception; looking for Finnish RF start-ups ready for "
                    "a US seed round."
                ),
                next_action="Send the shortlist of start-ups for the investor day",
                due_date=date(2026, 12, 4),
                done=False,
                done_at=None,
            )
        )

    def past_targets(self, mission: Mission) -> None:
        """The past mission's targets, and each cluster's targets for 2026 and more for 2027."""
        for metric, target in PW2026_TARGETS:
            self.add(
                KpiTarget(
                    id=_uid("kpi", mission.code, metric.value),
                    mission_id=mission.id,
                    cluster_id=None,
                    year=None,
                    metric=metric,
                    target=target,
                )
            )
        for key, cluster in self.clusters.items():
            for year, metrics in CLUSTER_TARGETS[key].items():
                for metric, target in metrics:
                    self.add(
                        KpiTarget(
                            id=_uid("kpi", "cluster", key, year, metric.value),
                            mission_id=None,
                            cluster_id=cluster.id,
                            year=year,
                            metric=metric,
                            target=target,
                        )
                    )


# --------------------------------------------------------------------------- mission texts

PW_OBJECTIVES = """\
Take a joint French–Finnish delegation of photonics and RF SMEs to SPIE Photonics West, the \
largest photonics fair in North America.

- At least 30 pre-arranged B2B meetings with US buyers, integrators, research centres and \
investors.
- Five delegates meet potential distributors for their laser and optics product lines.
- Two site visits in the Bay Area to understand what US customers expect from a new supplier \
(qualification, ITAR and export control, lead times).
- Every meeting logged within 48 hours; follow-ups rated again at 3 and 6 months."""

# Who travels with a delegation from Europe: what only they need (visa, group rate, shuttle).
TRAVELLERS = (RegistrationRole.DELEGATE, RegistrationRole.SPEAKER, RegistrationRole.COORDINATOR)

# For everyone on the mission; what is for some of them is in the notes below.
PW_PRACTICAL = """\
Fair: the Moscone Center, 747 Howard Street. Collect your exhibition badge at the Moscone West \
registration desk with the QR code sent by SPIE.
B2B meetings: Room 214, upper level of Moscone North; come 10 minutes before your first meeting.
Weather: 10–15 °C and often rainy; bring layers and an umbrella.
On site: the coordinators' mobile numbers are printed on the back of your badge."""

PW_TRAVELLERS_NOTES = (
    (
        "Entry to the US",
        "Every European delegate needs an approved ESTA before boarding; apply at least 72 "
        "hours before departure.",
    ),
    (
        "Hotel",
        "Hotel Mariposa Union Square, group rate until 10 December 2026 (booking code "
        "PLA-REV27). Overflow: Harborview Inn SoMa, 5 minutes' walk. The Moscone Center is a "
        "10-minute walk from both hotels.",
    ),
    (
        "Airport shuttle",
        "A shuttle takes the delegation from San Francisco International (SFO) to Hotel "
        "Mariposa on Saturday 23 and Sunday 24 January, every hour from 12:00 to 21:00: meet "
        "at the International Terminal arrivals hall, door A.",
    ),
    ("Time zone", "Pacific Time (UTC−8), 9 hours behind Bordeaux and 10 hours behind Oulu."),
)

PW_US_NOTES = (
    (
        "Parking",
        "Validated parking at the Moscone Center garage (Fifth Street) on the B2B afternoon: "
        "show your badge at the B2B desk in Room 214.",
    ),
)

PW_HOST_NOTES = (
    (
        "Hosting the site visit",
        "The delegation's coach arrives at about 09:45 on Thursday 28 January with up to 14 "
        "visitors; the coordinators send the final list of names by Monday 25 January.",
    ),
)

CAN_OBJECTIVES = """\
Connect members of the four partner clusters with Canadian companies, integrators and research \
centres in photonics, RF and advanced manufacturing.

- 40 scheduled B2B meetings over two matchmaking sessions, at least 35 held.
- Two site visits in the Greater Toronto Area.
- Prepare one memorandum of understanding between a partner cluster and a Canadian innovation \
agency.
- Identify candidates for joint R&D projects (Horizon Europe and Canadian programmes)."""

CAN_PRACTICAL = """\
Venue: Metro Toronto Convention Centre, South Building, level 700; 12 minutes' walk from \
Queens Quay."""

CAN_TRAVELLERS_NOTES = (
    (
        "Entry to Canada",
        "European delegates need an eTA (electronic travel authorisation) before boarding.",
    ),
    (
        "Hotel",
        "Hotel Lakeshore Harbourfront (group rate until 15 April 2027). Overflow: Front Street "
        "Suites.",
    ),
    (
        "Time zone",
        "Eastern Time (UTC−4 in June): 5 hours behind Porto, 6 hours behind Bordeaux and "
        "Kortrijk, 7 hours behind Oulu.",
    ),
    (
        "Continuing to New York State",
        "Delegates who continue to the New York State visit keep their room until Thursday 10 "
        "June, 07:00 checkout; the coach leaves at 07:30.",
    ),
)

NYS_OBJECTIVES = """\
Back-to-back with the Toronto matchmaking: two days in Rochester and Buffalo for Belgian and \
Portuguese manufacturers who want to supply the optics and precision manufacturing base of New \
York State.

- Visit three production sites and understand their supplier qualification process.
- A roundtable with local companies and the regional innovation office on setting up in the \
region.
- Collect at least eight concrete leads for follow-up meetings."""

NYS_PRACTICAL = """\
Site visits: closed shoes, no photos, visitor badges given at each reception."""

NYS_TRAVELLERS_NOTES = (
    (
        "Transport",
        "Coach from Toronto to Rochester on Thursday at 07:30 (about 4 hours with the border "
        "crossing); coach from Rochester to Buffalo on Friday; flights home from Buffalo "
        "Niagara International Airport on Friday evening or Saturday.",
    ),
    ("Entry to the US", "ESTA required; keep your passport at hand in the coach."),
    ("Hotel", "Genesee Riverside Hotel, Rochester (one night)."),
)


@dataclass(frozen=True)
class _WorkshopSpec:
    code: str
    cluster: str
    guest: str
    name: str
    day: date
    status: MissionStatus
    venue: str
    address: str
    rooms: tuple[str, str]
    hotel: str
    sessions: tuple[str, str, str, str]
    participants: int
    objectives: str
    practical_info: str


WORKSHOPS: tuple[_WorkshopSpec, ...] = (
    _WorkshopSpec(
        code="WS-PT-2026",
        cluster="PT",
        guest="FR",
        name="Moulds meet photonics: cross-sector workshop",
        day=date(2026, 10, 14),
        status=MissionStatus.CLOSED,
        venue="Centro de Inovação Tecnoprodução",
        address="Rua da Inovação, Porto",
        rooms=("Auditório", "Sala 2"),
        hotel="Hotel Ribeira Nova",
        sessions=(
            "Laser texturing and cladding for mould makers",
            "Machine vision for in-line quality control",
            "Digital twins of the injection process",
            "Round tables: shared pilot lines and joint proposals",
        ),
        participants=14,
        objectives=(
            "Show mould makers and machine builders what photonics can do for their "
            "processes, and start two joint project ideas with the French partner cluster."
        ),
        practical_info=(
            "Free parking on site. Lunch provided (tell us about dietary needs). "
            "Metro: line D, then a 10-minute walk."
        ),
    ),
    _WorkshopSpec(
        code="WS-FR-2026",
        cluster="FR",
        guest="FI",
        name="Photonics meets RF: cross-sector workshop",
        day=date(2026, 12, 10),
        status=MissionStatus.OPEN,
        venue="Espace Lumière, Cité des Entreprises",
        address="Avenue de l'Innovation, Bordeaux",
        rooms=("Amphithéâtre", "Salle Garonne"),
        hotel="Hôtel des Quais",
        sessions=(
            "Photonic and RF sensing for aerospace",
            "Optical and microwave links for space",
            "Test benches: sharing equipment between members",
            "Preparing Photonics West: pitches and meeting goals",
        ),
        participants=15,
        objectives=(
            "Bring photonics and RF companies together around aerospace and space "
            "applications, and prepare the delegates of the Photonics West mission."
        ),
        practical_info=(
            "Tram line B, stop Cité des Entreprises. Lunch on site. "
            "Badges are printed; collect yours at the welcome desk."
        ),
    ),
    _WorkshopSpec(
        code="WS-BE-2027",
        cluster="BE",
        guest="PT",
        name="Lasers in the sheet-metal shop: cross-sector workshop",
        day=date(2027, 3, 11),
        status=MissionStatus.OPEN,
        venue="Fabriekshal Nova",
        address="Kanaalstraat, Kortrijk",
        rooms=("Hal A", "Vergaderzaal 2"),
        hotel="Hotel Leiezicht",
        sessions=(
            "Laser cutting and welding: what changed in five years",
            "Cobots for small series: lessons from three shop floors",
            "Automated inspection and traceability",
            "Round tables: the Canada and New York State missions",
        ),
        participants=14,
        objectives=(
            "Share practical experience of laser processes and automation between "
            "sheet-metal shops, machine builders and integrators; recruit delegates for the "
            "June missions."
        ),
        practical_info=(
            "Parking behind the hall. Ten minutes' walk from Kortrijk station. "
            "Safety shoes for the demo area are provided."
        ),
    ),
    _WorkshopSpec(
        code="WS-FI-2027",
        cluster="FI",
        guest="BE",
        name="RF meets manufacturing: Arctic cross-sector day",
        day=date(2027, 4, 15),
        status=MissionStatus.DRAFT,
        venue="Revontuli Innovation Hub",
        address="Teknologiantie, Oulu",
        rooms=("Auditorio", "Neuvotteluhuone Kaamos"),
        hotel="Hotel Pohjantähti",
        sessions=(
            "Design for manufacturing of RF modules",
            "Automated RF test in production",
            "Robotics in electronics assembly",
            "Round tables: partners for Horizon Europe proposals",
        ),
        participants=13,
        objectives=(
            "Connect RF and electronics companies with manufacturing experts from the "
            "Belgian partner cluster; draft two project ideas."
        ),
        practical_info=(
            "Bus 4 from the city centre. Lunch on site. Bring warm clothes: mid-April "
            "mornings can still be below zero."
        ),
    ),
)


# --------------------------------------------------------------------------- the past mission

PAST_MISSION = "PW2026"
# The day the demo's past and future are drawn around: follow-ups due before it and not done
# are overdue.
DEMO_TODAY = date(2026, 11, 25)

PW2026_US_CITIES = ("San Jose", "Santa Clara", "San Francisco", "Boston", "Tucson", "Albuquerque")

PW2026_OBJECTIVES = """\
Take a joint French–Finnish delegation of photonics and RF SMEs to SPIE Photonics West 2026.

- At least 45 pre-arranged B2B meetings with US buyers, integrators, research centres and \
investors, 35 of them held.
- A site visit in Silicon Valley to see how a US customer qualifies a new supplier.
- Every meeting logged within 48 hours; follow-ups rated again at 3 and 6 months.
- Six agreements or contracts and one memorandum of understanding within the year."""

PW2026_PRACTICAL = """\
Fair: the Moscone Center, 747 Howard Street."""

PW2026_TRAVELLERS_NOTES = (
    ("Entry to the US", "Every European delegate needs an approved ESTA before boarding."),
    (
        "Hotel",
        "Hotel Mariposa Union Square, group rate until 10 December 2025 (booking code "
        "PLA-REV26). Overflow: Harborview Inn SoMa, 5 minutes' walk.",
    ),
    ("Time zone", "Pacific Time (UTC−8), 9 hours behind Bordeaux and 10 hours behind Oulu."),
)

# Settings ▸ Branding of the demo: fictional partnership and funder.
DEMO_EMBLEMS = (
    (
        EmblemKind.PARTNERSHIP,
        "Transatlantic Photonics & Manufacturing Partnership",
        "demo-partnership.png",
    ),
    (EmblemKind.FUNDER, "Atlantic–Nordic Innovation Fund", "demo-funder.png"),
)
DEMO_STATEMENT = (
    "Co-funded by the Atlantic–Nordic Innovation Fund (a fictional funder of the demo data), "
    "grant AN-2026-0042. The views expressed are those of the partners only."
)

_O = FollowUpOutcome

OUTCOME_WEIGHTS: tuple[tuple[FollowUpOutcome, int], ...] = (
    (_O.NO_INTEREST, 14),
    (_O.INFORMATION_EXCHANGED, 30),
    (_O.FOLLOWUP_MEETING_PLANNED, 20),
    (_O.PROPOSAL_SENT, 15),
    (_O.AGREEMENT_NEGOTIATION, 10),
    (_O.AGREEMENT_SIGNED, 8),
    (_O.MOU_SIGNED, 3),
)

# Notes of a follow-up, formatted with tech, area, ours and theirs (organisation names).
OUTCOME_NOTES: dict[FollowUpOutcome, tuple[str, ...]] = {
    _O.NO_INTEREST: (
        "Not a fit: {theirs} buys {tech} from its existing suppliers only.",
        "Their roadmap in {area} does not need {tech} before 2028.",
    ),
    _O.INFORMATION_EXCHANGED: (
        "Datasheets exchanged on {tech}; they come back if a project in {area} starts.",
        "Good overview of their needs in {area}; no project yet.",
    ),
    _O.FOLLOWUP_MEETING_PLANNED: (
        "Strong interest in {tech} for {area}; a visit of their engineers is being planned.",
        "Second meeting with their technical team, by video, to look at {tech}.",
    ),
    _O.PROPOSAL_SENT: (
        "Quotation sent for a pilot batch of {tech}.",
        "Technical and commercial proposal sent for {tech} in {area}.",
    ),
    _O.AGREEMENT_NEGOTIATION: (
        "Draft distribution agreement for {tech} under review by both legal teams.",
        "Negotiating volumes and prices for {tech} for year one.",
    ),
    _O.AGREEMENT_SIGNED: (
        "Agreement signed between {ours} and {theirs} on {tech} for {area}.",
        "Contract signed: {theirs} and {ours} start a pilot of {tech} in {area}.",
    ),
    _O.MOU_SIGNED: (
        "Memorandum of understanding between {ours} and {theirs} on joint development of "
        "{tech} for {area}.",
    ),
}

OUTCOME_ACTIONS: dict[FollowUpOutcome, tuple[str, ...]] = {
    _O.NO_INTEREST: (),
    _O.INFORMATION_EXCHANGED: (
        "Send the product sheet and price list",
        "Share the test report",
        "Invite them to the next webinar of the cluster",
    ),
    _O.FOLLOWUP_MEETING_PLANNED: (
        "Organise the video call with the engineering team",
        "Prepare the visit of the plant",
    ),
    _O.PROPOSAL_SENT: ("Call back about the quotation", "Send the revised quotation"),
    _O.AGREEMENT_NEGOTIATION: (
        "Review the draft agreement with the lawyer",
        "Agree the volumes for year one",
    ),
    _O.AGREEMENT_SIGNED: (
        "Kick-off meeting for the first order",
        "Announce the partnership in the cluster newsletter",
    ),
    _O.MOU_SIGNED: ("Draft the joint work plan for 2027",),
}

_K = KpiMetric

# Set so that the dashboard shows targets met (SMEs, participants, meetings scheduled and held,
# MoUs) and targets missed (meetings requested, follow-ups, agreements), whichever way a count
# is read (pairs or requests, with or without the cancelled meetings).
PW2026_TARGETS: tuple[tuple[KpiMetric, int], ...] = (
    (_K.SMES_ENGAGED, 15),
    (_K.PARTICIPANTS, 35),
    (_K.MEETINGS_REQUESTED, 75),
    (_K.MEETINGS_SCHEDULED, 45),
    (_K.MEETINGS_HELD, 35),
    (_K.FOLLOWUPS, 40),
    (_K.AGREEMENTS_SIGNED, 6),
    (_K.MOUS_SIGNED, 1),
)

# Each cluster's yearly targets; those of 2027 add to the ones of build_kpi_targets. Those of
# 2026 are partly met: Manufactura Belgica's workshop slipped to March 2027, so it has nothing
# to show for 2026.
CLUSTER_TARGETS: dict[str, dict[int, tuple[tuple[KpiMetric, int], ...]]] = {
    "FR": {
        2026: (
            (_K.SMES_ENGAGED, 15),
            (_K.MEETINGS_HELD, 30),
            (_K.FOLLOWUPS, 25),
            (_K.AGREEMENTS_SIGNED, 3),
            (_K.MOUS_SIGNED, 1),
        ),
        2027: ((_K.AGREEMENTS_SIGNED, 4),),
    },
    "BE": {
        2026: ((_K.SMES_ENGAGED, 6), (_K.FOLLOWUPS, 4)),
        2027: ((_K.AGREEMENTS_SIGNED, 2),),
    },
    "PT": {
        2026: ((_K.SMES_ENGAGED, 12), (_K.PARTICIPANTS, 15), (_K.FOLLOWUPS, 8)),
        2027: ((_K.AGREEMENTS_SIGNED, 2),),
    },
    "FI": {
        2026: (
            (_K.SMES_ENGAGED, 6),
            (_K.MEETINGS_HELD, 6),
            (_K.FOLLOWUPS, 6),
            (_K.AGREEMENTS_SIGNED, 1),
        ),
        2027: ((_K.AGREEMENTS_SIGNED, 3),),
    },
}
