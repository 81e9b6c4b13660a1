"""The demo's directory: the four clusters, their member SMEs and North American counterparts,
and their people, drawn from clusters.json, organisations.json, people.json, regions.json and
names.json.

They are written directly, in one unit. Through the directory service
(``create_organisation``, ``create_person``, which take the demo's fixed ids) the three hundred
records would be three hundred units of work, and the demo would load twice as slowly; what the
service would check holds by construction (names and e-mail addresses come from pools and
slugs, and consent always has its date). No service makes clusters: they come with the
installation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, NamedTuple

from pimap_desktop.domain.enums import OrganisationKind
from pimap_desktop.domain.models import Cluster, Organisation, Person
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.demo.build import Build, Member, localised, sentence, slug, uid
from pimap_desktop.services.demo.data import ClusterRecord, DemoDataError, NaOrganisation, Weights

_DIGITS = re.compile(r"#+")


def fill(template: str, values: Mapping[str, object], where: str) -> str:
    """``template`` with its {placeholders} filled; one it does not know is a data error."""
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        known = ", ".join(f"{{{k}}}" for k in values)
        raise DemoDataError(
            f"resources/demo/{where}: cannot fill {template!r}; it may use {known}."
        ) from None


def build_directory(build: Build) -> None:
    with build.unit():
        for record in build.data.clusters.clusters:
            _cluster(build, record)
        for n, place in enumerate(build.data.organisations.north_america.places()):
            _north_american(build, n, place)


# --------------------------------------------------------------------------- organisations


class _Profile(NamedTuple):
    """What is drawn of an organisation's profile."""

    sectors: list[str]
    technologies: list[str]
    areas: list[str]

    def values(self) -> dict[str, object]:
        """What the profile texts of organisations.json may say."""
        sector, technologies, areas = self.sectors[0], self.technologies, self.areas
        return {
            "sector": sector,
            "Sector": sentence(sector),
            "sectors": ", ".join(self.sectors),
            "technology": technologies[0],
            "Technology": sentence(technologies[0]),
            "technology2": technologies[1],
            "area": areas[0],
            "area2": areas[1],
            "last_area": areas[-1],
            "areas_but_last": ", ".join(areas[:-1]),
        }


class _Place(NamedTuple):
    """Where an organisation is, and which cluster it belongs to."""

    country: str
    city: str
    region: str  # its people's
    cluster: str | None


def _organisation(
    build: Build,
    key: str,
    place: _Place,
    website: str,
    profile: _Profile,
    staff: tuple[Weights[int], tuple[str, ...]],
    **columns: Any,
) -> Member:
    """An organisation (its name normalised for matching as the directory service does) with
    its people: how many is drawn, their job titles too. ``key`` makes the ids."""
    cluster = build.clusters[place.cluster] if place.cluster else None
    org = build.add(
        Organisation(
            id=uid("organisation", key),
            normalised_name=normalise_name(columns["name"]),
            country=place.country,
            city=place.city,
            website=f"https://www.{website}",
            sectors=profile.sectors,
            technologies=profile.technologies,
            application_areas=profile.areas,
            cluster_id=cluster.id if cluster else None,
            **columns,
        )
    )
    member = Member(org, [], place.cluster, place.region)
    people, titles = staff
    if titles:
        chosen = build.rng.sample(titles, max(count for count, _ in people))
        for n in range(build.weighted(people)):
            _person(build, member, website, f"{key}:{n}", chosen[n])
    return member


def _cluster(build: Build, record: ClusterRecord) -> None:
    rng, home_rules = build.rng, build.data.organisations.cluster_organisation
    cluster = build.add(
        Cluster(
            id=uid("cluster", record.key),
            name=record.name,
            short_name=record.short_name,
            website=f"https://www.{record.domain}",
            logo=f"{record.short_name.lower()}.png",
            country=record.country,
            city=record.city,
            timezone=record.timezone,
            colour=record.colour,
            sectors=list(record.sectors),
        )
    )
    build.clusters[record.key] = cluster
    home = _organisation(
        build,
        f"cluster:{record.key}",
        _Place(record.country, record.city, record.coordinators_region, record.key),
        record.domain,
        _Profile(list(record.sectors), [], []),
        ((), ()),
        name=record.name,
        kind=OrganisationKind.CLUSTER,
        size=home_rules.size,
        value_chain_position=home_rules.value_chain_position,
        offers=home_rules.offers,
        seeks=home_rules.seeks,
        description=record.description,
    )
    build.used_slugs.add(record.domain.removesuffix(".example"))
    build.cluster_orgs[record.key] = home
    for n, title in enumerate(record.coordinators):
        _person(build, home, record.domain, f"{record.key}:coordinator:{n}", title)

    vocabulary = build.data.organisations
    rules = vocabulary.members
    members: list[Member] = []
    for n in range(record.members):
        city, region_key = record.member_cities[n % len(record.member_cities)]
        region = build.data.regions.regions[region_key]
        sector = build.weighted(record.member_sectors)
        second = (
            build.weighted(record.member_sectors)
            if build.chance(rules.second_sector_share)
            else None
        )
        profile = _profile(build, sector, second)
        stem = record.member_stems[n]
        word = rng.choice(vocabulary.sector_words[sector][region.words])
        legal = rng.choice(region.legal_forms)
        base = fill(rules.base, {"stem": stem, "word": word}, "organisations.json: members.base")
        name = fill(region.company_name, {"base": base, "legal": legal}, "regions.json")
        website = _unique_slug(build, base)
        size = build.weighted(rules.sizes)
        values = profile.values()
        values.update(city=city, founded=rng.randint(*rules.founded))
        values["position"] = position = rng.choice(vocabulary.value_chain)
        values["capability"] = rng.choice(vocabulary.capabilities)
        wish = rng.choice(rules.seeks)
        readiness = build.weighted(rules.export_readiness)
        values["headcount"] = rng.randint(*rules.headcounts[size])
        staff = build.data.people.members
        member = _organisation(
            build,
            f"{record.key}:{n}",
            _Place(record.country, city, region_key, record.key),
            f"{website}.example",
            profile,
            (staff.people, staff.job_titles),
            name=name,
            kind=OrganisationKind.SME,
            size=size,
            value_chain_position=position,
            offers=fill(rules.offers, values, "organisations.json: members.offers"),
            seeks=fill(
                wish,
                {"tech": profile.technologies[0], "area": profile.areas[-1]},
                "organisations.json: members.seeks",
            ),
            export_readiness=readiness,
            description=fill(rules.description, values, "organisations.json: members.description"),
        )
        members.append(member)
    build.members[record.key] = members


def _north_american(build: Build, n: int, place: NaOrganisation) -> None:
    rng, vocabulary = build.rng, build.data.organisations
    america = vocabulary.north_america
    region = build.data.regions.regions[place.region]
    rules = america.kinds[place.kind]
    where = f"organisations.json: north_america.kinds.{place.kind.value}"
    stem = america.stems[n]
    sector = build.weighted(america.sectors)
    second = build.weighted(america.sectors) if build.chance(america.second_sector_share) else None
    profile = _profile(build, sector, second)
    values = profile.values()
    values.update(city=place.city, stem=stem, kind=place.kind.label)
    base_template = localised(rules.base, place.region)
    if "{word}" in base_template:
        values["word"] = rng.choice(vocabulary.sector_words[sector][region.words])
    field_texts = rules.fields.get(sector, rules.fields.get("*"))
    if field_texts is not None:
        values["field"] = localised(field_texts, place.region)
    values["base"] = base = fill(base_template, values, f"{where}.base")
    name_template = localised(rules.name, place.region)
    if "{legal}" in name_template:
        values["legal"] = rng.choice(region.legal_forms)
    name = fill(name_template, values, f"{where}.name")
    size = rules.size if not isinstance(rules.size, tuple) else build.weighted(rules.size)
    website = _unique_slug(build, base if len(base) < 40 else f"{stem} {place.kind.value}")
    if "{capability}" in rules.offers:
        values["capability"] = rng.choice(vocabulary.capabilities)
    if "{wish}" in rules.seeks:
        values["wish"] = fill(
            rng.choice(america.seeks),
            {"tech": profile.technologies[-1], "area": profile.areas[-1]},
            "organisations.json: north_america.seeks",
        )
    offers = fill(rules.offers, values, f"{where}.offers")
    seeks = fill(rules.seeks, values, f"{where}.seeks")
    position = rules.value_chain_position or rng.choice(vocabulary.value_chain)
    readiness = rng.choice(rules.export_readiness) if rules.export_readiness else None
    staff = build.data.people.north_america
    build.na.append(
        _organisation(
            build,
            f"{region.country}:{n}",
            _Place(region.country, place.city, place.region, None),
            f"{website}.example",
            profile,
            (staff.people, staff.job_titles[place.kind]),
            name=name,
            kind=place.kind,
            size=size,
            value_chain_position=position,
            offers=offers,
            seeks=seeks,
            export_readiness=readiness,
            description=fill(america.description, values, "organisations.json: north_america"),
        )
    )


def _profile(build: Build, sector: str, second: str | None) -> _Profile:
    technologies_of = build.data.organisations.technologies
    sectors = [sector] if second is None or second == sector else [sector, second]
    technologies = build.rng.sample(technologies_of[sector], 2)
    if second is not None and second != sector:
        technologies.append(build.rng.choice(technologies_of[second]))
    areas = build.rng.sample(build.data.organisations.application_areas, build.rng.randint(2, 3))
    return _Profile(sectors, technologies, areas)


def _unique_slug(build: Build, text: str) -> str:
    found = slug(text)
    if found in build.used_slugs:
        raise DemoDataError(f"Two demo organisations would share the website {found}.example.")
    build.used_slugs.add(found)
    return found


# --------------------------------------------------------------------------- people


def _person(build: Build, member: Member, domain: str, key: str, job_title: str) -> Person:
    rng, rules = build.rng, build.data.people
    region = build.data.regions.regions[member.region]
    first, last = _name(build, member.region)
    languages = list(region.languages)
    if build.chance(rules.extra_language_share):
        languages.append(rng.choice(region.extra_languages))
    other = region.other_names
    if other is not None and first in build.data.names[other.names].first:
        languages.append(other.language)
    listed = build.chance(rules.consent.listed_share)
    contact = build.chance(rules.consent.contact_share)
    consent_date = (
        rules.consent.first_day + timedelta(days=rng.randint(0, rules.consent.within_days))
        if listed or contact
        else None
    )
    accessibility = (
        rng.choice(rules.accessibility) if build.chance(rules.accessibility_share) else ""
    )
    person = build.add(
        Person(
            id=uid("person", key),
            organisation_id=member.org.id,
            first_name=first,
            last_name=last,
            job_title=job_title,
            email=_email(build, first, last, domain),
            phone=_phone(build, member.region, member.org.city),
            badge_name="",
            languages=list(dict.fromkeys(languages)),
            dietary_needs=build.weighted(rules.diets),
            accessibility_needs=accessibility,
            consent_listed=listed,
            consent_contact=contact,
            consent_date=consent_date,
        )
    )
    member.people.append(person)
    return person


def _name(build: Build, region_key: str) -> tuple[str, str]:
    rng, region = build.rng, build.data.regions.regions[region_key]
    pool = region.names
    if region.other_names is not None and build.chance(region.other_names.share):
        pool = region.other_names.names
    names = build.data.names[pool]
    for _ in range(200):
        first = rng.choice(names.first)
        last = rng.choice(names.last)
        if region.second_last_name and build.chance(region.second_last_name):
            second = rng.choice(names.last)
            if second != last:
                last = f"{last} {second}"
        if f"{first} {last}" not in build.used_names:
            build.used_names.add(f"{first} {last}")
            return first, last
    raise DemoDataError(f"resources/demo/names.json: the names of '{pool}' run out; add some.")


def _email(build: Build, first: str, last: str, domain: str) -> str:
    local = f"{slug(first)}.{slug(last)}"
    candidate = f"{local}@{domain}"
    n = 2
    while candidate in build.used_emails:
        candidate = f"{local}{n}@{domain}"
        n += 1
    build.used_emails.add(candidate)
    return candidate


def _phone(build: Build, region_key: str, city: str) -> str:
    """A number from the region's format: ranges set aside for fiction, or unallocated."""
    rng, regions = build.rng, build.data.regions
    region = regions.regions[region_key]
    text = region.phone
    if "{prefix}" in text:
        text = text.replace("{prefix}", rng.choice(region.phone_prefixes))
    text = text.replace("{area}", regions.area_codes.get(city, regions.default_area_code))
    return _DIGITS.sub(lambda m: f"{rng.randint(0, 10 ** len(m[0]) - 1):0{len(m[0])}d}", text)
