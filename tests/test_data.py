"""The gazetteers in pressparse/data stay well-formed, and a few known facts hold."""

from __future__ import annotations

from importlib import resources

import pytest

from pressparse import data

FILES = {
    "regions": ["name", "aliases", "adjectives", "capital", "district"],
    "cities": ["name", "region", "aliases", "population"],
    "countries": ["name", "aliases", "adjectives"],
    "federal_districts": ["name", "aliases", "adjectives"],
    "federal_bodies": ["name", "short_names", "kind"],
    "regional_bodies": ["head", "kind", "level"],
    "abbreviations": ["abbr", "expansion", "kind"],
    "legal_forms": ["abbr", "full", "kind"],
    "positions": ["title", "kind"],
    "acting": ["marker", "expansion", "kind"],
}
# which columns make a row unique
KEYS = {
    "regions": ("name",),
    "cities": ("name", "region"),
    "countries": ("name",),
    "federal_districts": ("name",),
    "federal_bodies": ("name",),
    "regional_bodies": ("head", "level"),
    "abbreviations": ("abbr",),
    "legal_forms": ("abbr",),
    "positions": ("title",),
    "acting": ("marker",),
}
BODY_KINDS = {"federal_body", "legislature", "court", "company", "ngo", "education", "media", "international", "other"}
TEMPLATE_KINDS = {"regional_body", "municipal_body", "legislature", "court", "federal_body"}
KINDS = {
    "federal_bodies": BODY_KINDS,
    "regional_bodies": TEMPLATE_KINDS,
    "abbreviations": TEMPLATE_KINDS,
    "legal_forms": {"company", "education", "ngo", "other"},
    "positions": {"head", "deputy", "member", "other"},
    "acting": {"acting", "former"},
}
DISTRICTS = {"ЦФО", "СЗФО", "ЮФО", "СКФО", "ПФО", "УФО", "СФО", "ДФО"}


def raw_lines(name: str) -> list[str]:
    text = resources.files(data).joinpath(name + ".tsv").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("name", sorted(FILES))
def test_header_and_column_count(name):
    lines = raw_lines(name)
    assert lines[0].split("\t") == FILES[name]
    width = len(FILES[name])
    bad = [line for line in lines[1:] if len(line.split("\t")) != width]
    assert not bad, bad[:5]


@pytest.mark.parametrize("name", sorted(FILES))
def test_cells_are_trimmed_and_lists_clean(name):
    for row in data.load_tsv(name):
        for column, cell in row.items():
            assert cell == cell.strip(), (name, column, cell)
            if "|" in cell:
                parts = cell.split("|")
                assert all(p and p == p.strip() for p in parts), (name, column, cell)
                assert len(parts) == len(set(parts)), (name, column, cell)


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_duplicates_and_no_empty_keys(name):
    keys = [tuple(row[c] for c in KEYS[name]) for row in data.load_tsv(name)]
    assert all(all(k) for k in keys), name
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, duplicates


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kinds_are_allowed(name):
    bad = {row["kind"] for row in data.load_tsv(name)} - KINDS[name]
    assert not bad, bad


def test_regions():
    regions = data.regions()
    assert len(regions) == 89
    city_names = {(c.name, c.region) for c in data.cities()}
    for region in regions:
        assert region.district in DISTRICTS, region
        assert (region.capital, region.name) in city_names, region
        assert all(a == a.lower() for a in region.adjectives), region


@pytest.mark.parametrize(
    "district, count",
    [("ЦФО", 18), ("СЗФО", 11), ("ЮФО", 12), ("СКФО", 7), ("ПФО", 14), ("УФО", 6), ("СФО", 10), ("ДФО", 11)],
)
def test_regions_per_district(district, count):
    assert sum(r.district == district for r in data.regions()) == count


def test_cities():
    region_names = {r.name for r in data.regions()}
    cities = data.cities()
    assert len(cities) >= 500
    for city in cities:
        assert city.region in region_names, city
        assert city.population > 0, city
    for federal_city in ("Москва", "Санкт-Петербург", "Севастополь"):
        assert any(c.name == federal_city and c.region == federal_city for c in cities)


def test_sizes():
    assert len(data.countries()) >= 190
    assert len(data.federal_districts()) == 8
    assert len(data.federal_bodies()) >= 150
    assert len(data.positions()) >= 250


@pytest.mark.parametrize(
    "name, column",
    [("regions", "name"), ("cities", "name"), ("countries", "name"), ("federal_districts", "name"),
     ("federal_bodies", "name")],
)
def test_names_start_upper_case(name, column):
    bad = [row[column] for row in data.load_tsv(name) if not row[column][0].isupper()]
    assert not bad, bad


@pytest.mark.parametrize("name, column", [("positions", "title"), ("abbreviations", "abbr"),
                                          ("abbreviations", "expansion"), ("regional_bodies", "head"),
                                          ("acting", "marker"), ("acting", "expansion")])
def test_lemmas_are_lowercase(name, column):
    bad = [row[column] for row in data.load_tsv(name) if row[column] != row[column].lower()]
    assert not bad, bad


def test_every_body_has_a_short_name():
    assert all(b.short_names for b in data.federal_bodies())


def test_loaders_return_frozen_records():
    region = data.regions()[0]
    with pytest.raises(AttributeError):
        region.name = "x"  # type: ignore[misc]
    assert isinstance(region.aliases, tuple)


def region_of(alias):
    return {r.name for r in data.regions() if alias == r.name or alias in r.aliases}


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("Кузбасс", "Кемеровская область"),
        ("Подмосковье", "Московская область"),
        ("Югра", "Ханты-Мансийский автономный округ — Югра"),
        ("ХМАО", "Ханты-Мансийский автономный округ — Югра"),
        ("ЯНАО", "Ямало-Ненецкий автономный округ"),
        ("КБР", "Кабардино-Балкарская Республика"),
        ("Карелия", "Республика Карелия"),
        ("Башкирия", "Республика Башкортостан"),
        ("Якутия", "Республика Саха (Якутия)"),
        ("НСО", "Новосибирская область"),
        ("Прикамье", "Пермский край"),
        ("Кубань", "Краснодарский край"),
        ("Ленобласть", "Ленинградская область"),
        ("Петербург", "Санкт-Петербург"),
        ("ДНР", "Донецкая Народная Республика"),
    ],
)
def test_region_aliases(alias, expected):
    assert region_of(alias) == {expected}


@pytest.mark.parametrize(
    "adjective, expected",
    [("калининградский", "Калининградская область"), ("подмосковный", "Московская область"),
     ("кузбасский", "Кемеровская область"), ("пензенский", "Пензенская область"),
     ("ямальский", "Ямало-Ненецкий автономный округ"), ("московский", "Москва")],
)
def test_region_adjectives(adjective, expected):
    assert {r.name for r in data.regions() if adjective in r.adjectives} == {expected}


@pytest.mark.parametrize(
    "city, region",
    [("Красногорск", "Московская область"), ("Королёв", "Московская область"), ("Обнинск", "Калужская область"),
     ("Бийск", "Алтайский край"), ("Дубна", "Московская область"), ("Нижний Новгород", "Нижегородская область"),
     ("Сочи", "Краснодарский край"), ("Мелитополь", "Запорожская область"), ("Гатчина", "Ленинградская область")],
)
def test_city_regions(city, region):
    assert region in {c.region for c in data.cities() if c.name == city}


@pytest.mark.parametrize(
    "alias, country",
    [("РФ", "Россия"), ("Белоруссия", "Беларусь"), ("Соединённые Штаты Америки", "США"), ("КНР", "Китай"),
     ("ФРГ", "Германия")],
)
def test_country_aliases(alias, country):
    assert {c.name for c in data.countries() if alias in c.aliases} == {country}


@pytest.mark.parametrize(
    "name, short",
    [
        ("Министерство промышленности и торговли Российской Федерации", "Минпромторг России"),
        ("Министерство науки и высшего образования Российской Федерации", "Минобрнауки России"),
        ("Министерство сельского хозяйства Российской Федерации", "Минсельхоз России"),
        ("Федеральная налоговая служба", "ФНС России"),
        ("Государственная Дума", "Госдума"),
        ("Московский государственный университет имени М. В. Ломоносова", "МГУ"),
    ],
)
def test_body_short_name(name, short):
    (body,) = [b for b in data.federal_bodies() if b.name == name]
    assert body.short_name == short


@pytest.mark.parametrize(
    "short, kind",
    [("Совфед", "legislature"), ("Роспотребнадзор", "federal_body"), ("РЖД", "company"), ("ТАСС", "media"),
     ("ООН", "international"), ("СПбГУ", "education"), ("Верховный суд", "court"), ("РСПП", "ngo")],
)
def test_body_kinds(short, kind):
    assert {b.kind for b in data.federal_bodies() if short in b.short_names} == {kind}


@pytest.mark.parametrize(
    "table, key, value",
    [("abbreviations", "минсоц", "министерство социальной политики"),
     ("abbreviations", "облдума", "областная дума"),
     ("legal_forms", "ПАО", "публичное акционерное общество"),
     ("legal_forms", "ФГБОУ ВО", "федеральное государственное бюджетное образовательное учреждение высшего образования"),
     ("acting", "врио", "временно исполняющий обязанности"),
     ("acting", "и. о.", "исполняющий обязанности"),
     ("acting", "экс-", "бывший")],
)
def test_expansions(table, key, value):
    rows = {tuple(r.values())[0]: tuple(r.values())[1] for r in data.load_tsv(table)}
    assert rows[key] == value


@pytest.mark.parametrize(
    "title, kind",
    [("губернатор", "head"), ("генеральный директор", "head"), ("вице-губернатор", "deputy"),
     ("замминистра", "deputy"), ("сенатор", "member"), ("уполномоченный по правам человека", "member"),
     ("профессор", "other")],
)
def test_position_kinds(title, kind):
    assert {p.title: p.kind for p in data.positions()}[title] == kind


@pytest.mark.parametrize(
    "form, kind", [("ООО", "company"), ("ФГБОУ ВО", "education"), ("АНО", "ngo"), ("ГБУЗ", "other")]
)
def test_legal_form_kinds(form, kind):
    assert {f.abbr: f.kind for f in data.legal_forms()}[form] == kind
