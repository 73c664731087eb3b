"""Date expressions of Russian press texts as precompiled regexes over ``analysis.norm``.

Each pattern is a named rule; :func:`find_candidates` yields every match as a
:class:`Candidate` (kind, offsets, named groups) and the stage keeps the longest of
overlapping ones. Regexes, not a yargy grammar: dates are a closed set of shapes over
digits and a few dozen words, and natasha's yargy DatesExtractor costs as much as its NER.
For speed the rules run over the lower-cased text (no ``re.I``) and only in windows around
trigger words (a digit, a month, a weekday, ``год``, ``сегодня``...): about 1 ms per 1,000
characters. The word lists live in ``data/dates_words.tsv``.

Span conventions (those of the project's gold): a preposition is kept for relative
expressions (``в четверг``, ``на прошлой неделе``, ``в июне`` without a year) and for
``с ... по ...`` ranges, not for explicit dates (``до 31 декабря 2019 года`` ->
``31 декабря 2019 года``, ``в 2014-2018 годах`` -> ``2014-2018 годах``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .dates_words import alternation


@dataclass(frozen=True, slots=True)
class Candidate:
    """One regex match: ``kind`` names the rule, ``groups`` its non-empty named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str]


NOT_WORD = r"(?<![\w])"
END_WORD = r"(?![\w])"
# case endings of month stems: "январь, января, январе, январю, январём"; "март, марта..."; "май, мая..."
MONTH_FORMS = (
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|[её]м)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))(?![а-яё])"
)
# abbreviations need the dot, a year ("5 авг. 2019", "12 сент 2020")
# or a dash (an agency dateline: "МОСКВА, 1 авг — РИА Новости")
ABBR_FORMS = r"(?:сент|февр|нояб|янв|фев|мар|апр|авг|сен|окт|ноя|дек)(?:\.|(?=\s+\d{4})|(?=\s+—))"
YEAR_WORD = r"(?:(?:года|году|годом|год)(?![а-яё])|гг?\.|г(?![а-яё]))"
YEARS_WORD = r"(?:(?:годы|годов|годах|годам|годами|года|году|год)(?![а-яё])|гг?\.|г(?![а-яё]))"
ORDINAL_END = r"(?:ь?(?:его|ему|ее|ий|им|ем|е)|ого|ому|ое|ый|ой|ым|ом)"
# day numbers not glued to other digits or numbers ("1.5 мая", "№ 12", "3/4")
DIGIT_GUARD = r"(?<![\d.,:/№-])"


def mon(n: int) -> str:
    return rf"(?P<mon{n}>{MONTH_FORMS}|{ABBR_FORMS})"


def day(n: int, guard: str = DIGIT_GUARD) -> str:
    ordinal = rf"(?:(?:двадцать|тридцать)\s+)?(?:{alternation('ordinal')}){ORDINAL_END}"
    return rf"(?:{guard}(?P<d{n}>[0-3]?\d)(?:-?(?:го|е|ое))?|{NOT_WORD}(?P<o{n}>{ordinal}))"


def year(n: int) -> str:
    """A year number with its optional word: "2019 года", "2019 г.", "2019"."""
    return rf"(?P<y{n}>(?:1[89]|20)\d\d)(?!\d|-(?:е|х|ые|ых){END_WORD})(?:\s*{YEAR_WORD})?"


def year_or_shift(n: int) -> str:
    """A year, or a relative one: "текущего года", "прошлого года"."""
    return rf"(?:{year(n)}|(?P<r{n}>{alternation('shift')})\s+года{END_WORD}|(?P<c{n}>[ст]\.\s?г(?:\.|{END_WORD})))"


def numeric(n: int, need_year: bool = True, guard: str = DIGIT_GUARD) -> str:
    """"08.06.2017", "8.6.17", "09/08/2021", "19-11-2026"; without ``need_year`` also "30.08" (a range start)."""
    if need_year:
        # hyphens only with a four-digit year ("19-11-2026"): "5-7" and "2014-2018" are ranges
        return (rf"{guard}(?=[0-3]?\d(?:[./]|-[01]?\d-\d{{4}}(?!\d)))(?P<d{n}>[0-3]?\d)(?P<sep{n}>[./-])(?P<m{n}>[01]?\d)(?P=sep{n})"
                rf"(?P<y{n}>\d{{4}}|\d{{2}})(?!\d|[.,/]\d)")
    return rf"{DIGIT_GUARD}(?P<d{n}>[0-3]?\d)\.(?P<m{n}>[01]?\d)(?:\.(?P<y{n}>\d{{4}}|\d{{2}}))?(?!\d|[,/]\d)"


# a time after a date: "08.06.2017 18:16", "27.08.2012, 14:13", "10.08.2015 | 12:07",
# "3 июня 2025 / 15:40", "8 июня в 10:00", "в 10.00" (a dot only after "в": "2017 года. 10.06" is no time)
TIME = (
    r"(?:[ \t]*[,|/•·][ \t]*|[ \t]+)(?:(?P<at>в|с|к|около|(?:примерно|ориентировочно)[ \t]+в)[ \t]+)?"
    r"(?P<hh>[01]?\d|2[0-3])(?(at)[:.]|:)(?P<mm>[0-5]\d)(?!\d|[.,:]\d)"
)
RANGE_DASH = r"\s*[-—]\s*"
SINGLE = r"день|неделю|месяц|год"
BARE_YEAR_BEFORE = r"(?:(?<=\bв )|(?<=\bс )|(?<=\bдо )|(?<=\bк )|(?<=\bпо )|(?<=\())"
FROM = rf"{NOT_WORD}со?\s+"  # "со 2 по 10 ноября" before a number read "второго"
TO = r"\s+(?:по|до)\s+"
DAY_PART_BEFORE = (r"(?:(?<=:\d\d\s)|(?<=утром\s)|(?<=вечером\s)|(?<=ночью\s)|(?<=днём\s)|(?<=днем\s)"
                   r"|(?<=утра\s)|(?<=утру\s)|(?<=вечера\s)|(?<=вечеру\s)|(?<=середины\s)|(?<=конца\s))")
# "за девять месяцев 2024 года", "по итогам девяти месяцев 2026 года" (the genitive and dative too)
MONTH_COUNTS = (r"дв(?:а|ух|ум)|тр(?:и|[её]х|[её]м)|четыр(?:е|[её]х|[её]м)|пят(?:ь|и)|шест(?:ь|и)|сем(?:ь|и)"
                r"|восемь|восьми|девят(?:ь|и)|десят(?:ь|и)|одиннадцат(?:ь|и)")


def rules() -> tuple[tuple[str, str], ...]:
    """(kind, regex) in priority order: on equal length the first rule wins."""
    shift, weekday, rel_day = alternation("shift"), alternation("weekday"), alternation("day")
    weekday_gen = alternation("weekday_gen")
    part, season = alternation("part"), alternation("season")
    return (
        # ranges of days: "с 5 по 7 июля", "С 30 августа по 1 сентября 2021 г.", "5-7 июля"
        ("day_range", rf"{FROM}{day(1)}(?:\s+{mon(1)}(?:\s+{year(1)})?)?{TO}{day(2)}\s+{mon(2)}(?:\s+{year_or_shift(2)})?"),
        ("day_range", rf"{day(1)}(?:\s+{mon(1)}(?:\s+{year(1)})?)?{RANGE_DASH}{day(2, guard='')}\s+{mon(2)}(?:\s+{year_or_shift(2)})?"),
        # numeric ranges: "30.08—01.09.2021", "с 01.02.2020 по 15.03.2020"
        ("numeric_range", rf"(?:{FROM})?{numeric(1, need_year=False)}(?:{RANGE_DASH}|{TO}){numeric(2, guard='')}(?:\s*{YEAR_WORD})?"),
        ("numeric", rf"{numeric(1)}(?:\s*{YEAR_WORD})?(?:{TIME})?"),
        ("iso", r"(?<![\d.])(?P<y1>\d{4})-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])"),
        # year first with dots or slashes, as site engines print it: "2026.11.25 16:40", "2026/11/25"
        ("iso", r"(?<![\d.,/])(?P<y1>(?:19|20)\d\d)(?P<sep>[./])(?P<m1>[01]\d)(?P=sep)(?P<d1>[0-3]\d)"
                r"(?:,?\s+(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d.,/]\d)"),
        ("day_month", rf"{day(1)}\s+{mon(1)}(?:\s+{year_or_shift(1)})?(?:{TIME})?"),
        # coordinated days: "17 и 21 апреля 2019 года", "5, 6 и 7 июня" give "17" the month and year after it
        ("day_month", rf"{DIGIT_GUARD}(?P<d1>[0-3]?\d)(?=(?:\s*,\s*[0-3]?\d)*\s+и\s+[0-3]?\d\s+{mon(1)}"
                      rf"(?:\s+{year_or_shift(1)})?)"),
        # months: "с января по март 2020 года", "в июне-июле 2019 года", "июне 2017 года"
        ("month_range", rf"(?:{FROM}|{NOT_WORD}){mon(1)}(?:(?:\s+{year(1)})?{TO}|{RANGE_DASH}){mon(2)}\s+{year_or_shift(2)}"),
        # a yearless range only with "с ... по ...": "С января по сентябрь" (the year from context)
        ("month_range", rf"{FROM}{mon(1)}{TO}{mon(2)}{END_WORD}"),
        # or dashed after "за"/"в": "за январь — сентябрь", "в июле-августе"
        ("month_range", rf"(?:(?<=\bза\s)|(?<=\bв\s)){mon(1)}{RANGE_DASH}{mon(2)}{END_WORD}"),
        ("month_year", rf"{NOT_WORD}{mon(1)}\s+{year_or_shift(1)}"),
        # years: "2014-2018 годах", "с 2025 по 2029 год", "2025-2029 годы"
        ("year_range", rf"(?:{FROM}(?P<y1>(?:1[89]|20)\d\d)(?:\s+{YEAR_WORD})?{TO}|{DIGIT_GUARD}(?P<y1b>(?:1[89]|20)\d\d)(?:{RANGE_DASH}|/))"
                       rf"(?P<y2>(?:1[89]|20)\d\d)\s*(?:(?:учебн|финансов|отчетн|отчётн)\w*\s+)?{YEARS_WORD}"),
        # seasons across two years: "сезона 2019/2020", "в сезоне 2024-25"
        ("year_range", r"(?:(?<=сезон\s)|(?<=сезона\s)|(?<=сезоне\s)|(?<=сезону\s)|(?<=сезоном\s))"
                       r"(?P<y1b>(?:19|20)\d\d)[/—-](?:(?P<y2>(?:19|20)\d\d)|(?P<y2s>\d\d))(?![\d%])"),
        # school and fiscal years: "2023/24 учебный год", "в 2022-23 финансовом году"
        ("year_range", rf"{DIGIT_GUARD}(?P<y1b>(?:19|20)\d\d)[/-](?P<y2s>\d\d)(?![\d%])\s*"
                       rf"(?:учебн|финансов|отопительн|отчетн|отчётн)\w*\s+(?:{YEARS_WORD}|сезон\w*)"),
        # decades: "1990-х годов", "в 90-е годы"
        ("decade", rf"{DIGIT_GUARD}(?:(?P<dec>(?:1[89]|20)\d0)-(?:е|х|ые|ых){END_WORD}(?:\s+{YEARS_WORD})?"
                   rf"|(?P<dec2>[1-9]0)-(?:е|х|ые|ых)\s+(?:годы|годов|годах|годам|гг\.?))"),
        ("year", rf"{DIGIT_GUARD}(?P<y1>1[0-7]\d\d)\s*(?:года|году|годом|год){END_WORD}"),
        # "в девяностые годы (двадцатого века)", "в начале 2000-х", "во второй половине 1950-х"
        ("decade", rf"{NOT_WORD}(?P<decw>(?:{alternation('decade')})(?:ые|ых|ым|ыми))\s+(?:годы|годов|годах|годам|годами|гг\.?)"
                   rf"(?:\s+(?P<cent>(?:{alternation('century')})\w*)\s+века)?"),
        ("part_decade", rf"{NOT_WORD}(?:(?P<part>(?:{part})[аеоуы]?)|(?P<half>перв|втор)\w*\s+половин\w*)\s+"
                        rf"(?P<dec>(?:1[0-9]|20)\d0)-(?:е|х|ые|ых){END_WORD}(?:\s+{YEARS_WORD})?"),
        # centuries: "в XX веке", "XIX века", "в 21 веке", "двадцатого века"
        ("century", rf"{NOT_WORD}(?:(?P<cr>[xхiіv]{{1,5}}|[12]?\d)(?:-?(?:м|го|й))?|(?P<cw>(?:{alternation('century')})\w*))"
                    rf"\s+(?:век|века|веке|веку|веком|вв?\.){END_WORD}"),
        # parts of years: "в первом квартале 2024 года", "II полугодия", "летом 2019 года", "до конца 2025 года"
        ("quarter", rf"{NOT_WORD}(?P<q>iv|i{{1,3}}|[1-4]|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)(?:-?(?:м|й|го|ом))?\s+"
                    rf"(?P<unit>квартал|полугоди)\w*(?:\s+{year_or_shift(1)}|(?P<bare>\s+года))?"),
        # halves of a year need the year: "в первой половине 2019 года" ("второй половине дня" is none)
        ("quarter", rf"{NOT_WORD}(?P<q>перв|втор)\w*\s+(?P<unit>половин)\w*\s+(?:{year_or_shift(1)}|(?P<bare>года){END_WORD})"),
        # the months of a year so far: "за 10 месяцев 2025 года" (January to October)
        ("first_months", rf"{NOT_WORD}(?P<n>[2-9]|1[01]|{MONTH_COUNTS})\s+месяц(?:ев|а)\s+{year_or_shift(1)}"),
        ("season", rf"{NOT_WORD}(?P<season>(?:{season})(?:ой|а|у|ы|е|ом|о|ью|ь|и)){END_WORD}\s+{year_or_shift(1)}"),
        # a season's adjective before ``сезон``: "к летнему сезону 2027 года", "зимнего сезона 2026 года"
        # (not its start or end: "к началу летнего сезона 2027 года" is the year, press11's gold)
        ("season", rf"{NOT_WORD}(?<!начала\s)(?<!началу\s)(?<!начале\s)(?<!конца\s)(?<!концу\s)(?<!конце\s)"
                   rf"(?<!открытия\s)(?<!окончания\s)(?P<season>(?:зимн|весенн|летн|осенн)\w*)\s+сезон\w*\s+{year_or_shift(1)}"),
        # a season without a year since when: "с лета" (the gold leaves a yearless "к лету", "до весны" out)
        ("season", rf"{NOT_WORD}(?P<pre>со?)\s+(?P<season>(?:{season})(?:а|ы|и)){END_WORD}"),
        ("season", rf"{NOT_WORD}(?P<r1>{shift})\s+(?P<season>(?:{season})(?:ой|ом|ью)){END_WORD}"),
        # "до конца месяца": the current month, like "до конца года" the current year
        ("part", rf"{NOT_WORD}(?P<part>(?:{part})[аеоуы]?){END_WORD}\s+(?:{mon(1)}(?:\s+{year_or_shift(1)})?|{year_or_shift(2)}"
                 rf"|(?P<bare>года){END_WORD}|(?P<barem>месяца|недели){END_WORD})"),
        # ten-day thirds of a month: "во второй декаде апреля" (11-20), "в последней декаде мая" (21-31)
        # and halves of a month: "со второй половины января" (16-31)
        ("dekada", rf"{NOT_WORD}(?:(?:(?P<dk>перв|втор|трет|последн)\w*|(?P<dkn>[1-3])-?(?:й|я|ей))\s+декад\w*"
                   rf"|(?P<mh>перв|втор)\w*\s+половин\w*)\s+{mon(1)}"
                   rf"(?:\s+{year_or_shift(1)})?"),
        # a year as an adjective: "прошлогодний паводок", "позапрошлогоднего сезона"
        ("rel_year", rf"{NOT_WORD}(?P<yadj>(?:поза)?прошлогодн)\w*"),
        # bare years where context makes them years: "в 2013 здесь прошёл", "(2016)", "(2003—2011)";
        # the stage drops those followed by a noun ("в 2000 рублей")
        ("bare_year_range", rf"{BARE_YEAR_BEFORE}(?P<y1b>(?:1[89]|20)\d\d){RANGE_DASH}(?P<y2>(?:1[89]|20)\d\d)(?![\w%.,]\d|[\w%])"),
        # a year with its ordinal ending stands for the year wherever it is: "в пандемийном 2020-м"
        ("bare_year", rf"{DIGIT_GUARD}(?P<y1>(?:19|20)\d\d)-(?:м|го|ом|й)(?!\w)(?![.,:/-]\d)"),
        ("bare_year", rf"{BARE_YEAR_BEFORE}(?P<y1>(?:1[89]|20)\d\d)(?:-?(?:м|го|ом|й)(?!\w))?(?![\w%.,:/-]\d|[\w%])"),
        # coordinated years: "в 2025 и 2026 годах" gives "2025" and "2026 годах"
        ("year", rf"{DIGIT_GUARD}(?P<y1>(?:1[89]|20)\d\d)(?=\s+и\s+(?:1[89]|20)\d\d\s*{YEARS_WORD})"),
        ("year", rf"(?<=\bи )(?P<y1>(?:1[89]|20)\d\d)\s*{YEARS_WORD}"),
        ("year", rf"{DIGIT_GUARD}(?P<y1>(?:1[89]|20)\d\d)(?:-?(?:м|й|го|ом))?\s*{YEAR_WORD}"),
        # relative: "сегодня", "накануне", "в четверг", "в прошлую пятницу", "на прошлой неделе"
        ("rel_day", rf"{NOT_WORD}(?P<rday>{rel_day}){END_WORD}(?:{TIME})?"),
        ("weekday", rf"{NOT_WORD}(?P<pre>во?)\s+(?:(?P<shift>{shift})\s+)?(?P<wd>{weekday}){END_WORD}(?:{TIME})?"),
        # "в среду на прошлой неделе": the weekday of the week told after it
        ("weekday", rf"{NOT_WORD}(?P<pre>во?)\s+(?P<wd>{weekday}),?\s+на\s+(?P<shift>{shift})\s+неделе{END_WORD}"),
        # "со среды", "со следующего понедельника" (not a weekly schedule: "с понедельника по пятницу");
        # "в ночь на воскресенье"
        ("weekday", rf"{NOT_WORD}(?P<pre>со?)\s+(?:(?P<shift>{shift})\s+)?(?P<wdg>{weekday_gen}){END_WORD}(?!\s+по\s)"),
        ("weekday", rf"{NOT_WORD}(?P<pre>в)\s+ночь\s+на\s+(?P<wd>{weekday}){END_WORD}"),
        # "перенесли на среду", "назначен на пятницу": the coming one (not "с субботы на воскресенье")
        ("weekday", rf"(?<!ночь\s){NOT_WORD}(?P<pre>на)\s+(?:(?P<shift>{shift})\s+)?(?P<wd>{weekday}){END_WORD}"),
        # a second weekday after "и": "в пятницу и субботу" (the stage checks the first one is there)
        ("weekday", rf"(?<=\sи\s)(?P<wd>{weekday}){END_WORD}"),
        # a genitive weekday after a time or a part of the day: "на 17:00 понедельника", "к вечеру пятницы"
        ("weekday", rf"{DAY_PART_BEFORE}(?P<wdg>{weekday_gen}){END_WORD}"),
        ("rel_period", rf"{NOT_WORD}(?:(?P<pre>в|во|на)\s+)?(?P<shift>{shift})\s+(?P<unit>году|месяце|неделе|года|месяца|недели){END_WORD}"),
        # the accusative: "на будущий год", "за прошлый месяц" ("в ближайший год" is a span of time and
        # "за прошедшую неделю" the last seven days, no dates)
        ("rel_period", rf"{NOT_WORD}(?<!за\s)(?:(?P<pre>в|во|на|за(?=\s+\w+\s+[гм]))\s+)?(?!ближайш)(?P<shift>{shift})\s+"
                       rf"(?P<unit>год|месяц|неделю){END_WORD}"),
        # "в июне", "с апреля", "до мая", "к сентябрю", "за октябрь": a month without a year
        ("month", rf"{NOT_WORD}(?P<pre>во?|со?|до|ко?|за|на)\s+(?:(?P<shift>{shift})\s+)?{mon(1)}"),
        # a deadline: "не позднее июня", "не позже марта"
        ("month", rf"(?<=не\s)(?P<pre>позднее|позже)\s+{mon(1)}(?!\s+\d)"),
        # the months of a period told before, in another year: "за аналогичный период прошлого года"
        ("same_period", rf"{NOT_WORD}(?:аналогичн|соответствующ)\w*\s+период\w*\s+{year_or_shift(1)}"),
        ("same_period", rf"{NOT_WORD}т(?:от|ого|ом|ем)\s+же\s+период\w*\s+{year_or_shift(1)}"),
        # with no year it repeats the period itself: "В Адыгее за тот же период сдано ..."
        ("same_period", rf"{NOT_WORD}т(?:от|ого|ом|ем)\s+же\s+(?P<bare>период){END_WORD}"),
        # a month's adjective before an event: "итоги сентябрьских выборов" (names and streets: dates_blocked)
        ("month", rf"{NOT_WORD}(?P<adj>(?P<mon1>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)ьск"
                  rf"|мартовск|майск|августовск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)){END_WORD}"),
        # "два дня назад", "неделю назад", "через три месяца"
        # (a plural unit needs its count: "несколько лет назад" is vague)
        ("ago", rf"{NOT_WORD}(?:(?P<n>\d{{1,2}}|{alternation('number')})\s+(?P<unit>{alternation('unit')})|(?P<one>{SINGLE})|(?P<half>полгода|полвека))\s+(?:тому\s+)?назад{END_WORD}"),
        # counted from the date told before: "в том же году", "на следующий день", "годом позже"
        ("same", rf"{NOT_WORD}(?:(?:в|во)\s+)?(?:том|тот|этом|этот)\s+же\s+(?P<unit>году|месяце|день){END_WORD}"),
        ("same", rf"{NOT_WORD}(?:в|во)\s+(?:тот|этот)\s+(?P<unit>день){END_WORD}"),
        # a bare time, on the day of the event told before: "ликвидировано в 05:20"
        ("time", rf"{NOT_WORD}в\s+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d.,:]?\d)"),
        ("next_day", rf"{NOT_WORD}(?:на\s+)?(?:следующий|другой)\s+день{END_WORD}"),
        ("after", rf"{NOT_WORD}(?:(?P<n>\d{{1,2}}|{alternation('number')})\s+(?P<unit>{alternation('unit')})"
                  rf"|(?P<one>годом|месяцем|неделей|дн[её]м))[ \t]+(?P<dir>спустя|позже|позднее|ранее){END_WORD}"),
        ("after", rf"{NOT_WORD}спустя\s+(?:(?P<n>\d{{1,2}}|{alternation('number')})\s+(?P<unit>{alternation('unit')})"
                  rf"|(?P<one>{SINGLE})){END_WORD}(?!\s+после)"),
        # vague but anchored: "на днях", "несколько дней назад", "на сегодняшний день", "в минувшие выходные"
        ("recent", rf"{NOT_WORD}(?:на\s+днях|(?:несколько|пару)\s+дней\s+(?:тому\s+)?назад){END_WORD}"),
        # ("в настоящее время" is "nowadays" as often as "today": left out)
        ("present", rf"{NOT_WORD}(?:на\s+сегодняшний\s+день|с\s+сегодняшнего\s+дня){END_WORD}"),
        ("weekend", rf"{NOT_WORD}(?P<pre>в|на)\s+(?:(?P<shift>{shift})\s+)?выходн(?:ые|ых){END_WORD}"
                    rf"(?!\s+(?:и\s+праздничн|дн|\w+\s+дн))"),
        ("later", rf"{NOT_WORD}через\s+(?:(?P<n>\d{{1,2}}|{alternation('number')})\s+(?P<unit>{alternation('unit')})|(?P<one>{SINGLE})|(?P<half>полгода)){END_WORD}(?!\s+после)"),
    )


@cache
def compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # no re.I: the rules run over the lower-cased text, which is about 3x faster
    return tuple((kind, re.compile(regex)) for kind, regex in rules())


@cache
def triggers() -> re.Pattern[str]:
    """What every date expression contains: a digit, a month, a weekday, a relative word."""
    words = ("январ", "феврал", "март", "апрел", "ма[йяею]", "июн", "июл", "август", "сентябр", "октябр",
             "ноябр", "декабр", "янв", "фев", "мар", "апр", "авг", "сен", "окт", "ноя", "дек", "год",
             "месяц", "недел", "квартал", "полугод", "назад", "через", alternation("weekday"), alternation("day"), alternation("weekday_gen"),
             alternation("season"), "следующий день", "другой день", "же день", "тот день", "этот день", "спустя", "дн[её]м", "днях", "дней", "сегодняшн", "выходн", "прошлогодн", "позапрошлогодн", r"век\b", "века", r"веке\b", r"вв\.")
    return re.compile(rf"\d+|\b(?:{'|'.join(words)})")


# how far a date expression reaches around its trigger words ("С 30 августа по 1 сентября 2021 г.")
REACH_BEFORE, REACH_AFTER = 50, 60


def windows(low: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Merged stretches of text around triggers: the rules only scan these."""
    first = last = -1
    for match in triggers().finditer(low, start, end):
        a, b = max(start, match.start() - REACH_BEFORE), min(end, match.end() + REACH_AFTER)
        if first >= 0 and a <= last:
            last = max(last, b)
            continue
        if first >= 0:
            yield first, last
        first, last = a, b
    if first >= 0:
        yield first, last


def lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two chars


def find_candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """Every match of every rule in ``text[start:end]``, overlapping ones included.

    Group values come from the lower-cased text.
    """
    end = len(text) if end is None else end
    low = lower(text)
    seen: set[tuple[str, int, int]] = set()
    for a, b in windows(low, start, end):
        while b < end and not low[b].isspace():  # never cut a word: lookaheads stop at the edge
            b += 1
        for kind, pattern in compiled():
            for match in pattern.finditer(low, a, b):
                key = (kind, match.start(), match.end())
                if key not in seen:
                    seen.add(key)
                    groups = {k: v for k, v in match.groupdict().items() if v}
                    yield Candidate(kind, match.start(), match.end(), groups)
