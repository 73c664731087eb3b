"""Durations: how long something lasts, as ISO 8601 durations (``три года`` -> ``P3Y``).

A duration is a count and a unit (``10 суток``, ``полтора года``, ``1 год 6 месяцев``) or a
bare unit after a preposition that makes it one (``в течение недели``, ``на год``,
``более года``). Durations are not dates: they stay out of ``dates`` and go to their own
result field. The span keeps the words that bound the amount (``не более трёх лет``,
``около 30 лет``, ``до шести месяцев``: ``bound`` is ``about``, ``at_least`` or ``at_most``)
and leaves out ``в течение``, ``на``, ``к``.

Vague counts are durations too, valued by the least count they allow: ``несколько``,
``многие``, ``долгие``, ``ряд``, ``считанные`` and a unit in the plural with no count after
``в течение``, ``на протяжении``, ``последние``, ``ближайшие``, ``минувшие``
(``в течение десятилетий``, ``в ближайшие дни``) mean at least two units (``несколько лет``
-> ``P2Y``, bound ``at_least``); a range of counts is its lower count (``2-3 года`` -> ``P2Y``,
``at_least``); ``пару дней`` is ``P2D``, bound ``about``. So ``value`` is exact only when the
text is, else the lower bound or the estimate that ``bound`` names, never a guess shown as exact.

The gap between two events stated by its length (``за неделю до атаки``, ``через три дня
он умер``, ``спустя несколько дней``, ``месяц после операции``) is a duration when no date rule takes it: counted from
publication (``через два года`` in a dated release) or from a date just told it is a date
(or an unresolved date), never both.

Left out: ages (``в возрасте 92 лет``, ``Ему 60 лет``), rates (``каждые три года``,
``раз в год``), points in time (``три года назад``: a date when resolvable, and vague
``несколько лет назад`` is nothing), ``на два месяца раньше срока``, age gaps
(``на год старше``), clock times
(``в 10 часов``: hours count only after ``в течение``, ``за``, ``последние``), working days
(``20 рабочих дней``: ISO 8601 has no such unit), and whatever overlaps a date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..analysis import Analysis
from ..result import DurationMention
from . import Found
from .dates_grammar import lower
from .dates_words import dates_words

NOT_WORD, END_WORD = r"(?<![\w])", r"(?![\w])"
BOUNDS = (
    ("about", r"около|почти|примерно|приблизительно|порядка|почти\s+что"),
    ("at_least", r"более|свыше|больше|не\s+менее|не\s+меньше|немногим\s+более|чуть\s+более|чуть\s+больше|более\s+чем|больше\s+чем|как\s+минимум"),
    ("at_most", r"до|не\s+более|не\s+больше|менее|меньше|не\s+дольше|максимум|чуть\s+менее|чуть\s+меньше"),
)
# what makes a bare unit a duration: "в течение недели", "на год", "за месяц", "более года"
CUES = r"через|спустя|в\s+течение|в\s+течении|на\s+протяжении|сроком\s+на|на|за|ещ[её]|целый|целую|целые"
BARE = r"год|года|полгода|полугода|полвека|месяц|месяца|неделю|недели|день|дня|сутки|суток|десятилетие"
LONG = ("в теч", "на прот")  # the cues of a lasting time
# a unit in the plural with no count: "в течение десятилетий", "в последние недели" (at least two)
PLURAL = r"лет|годы|годов|годами|месяцы|месяцев|недель|дни|дней|десятилетий|десятилетиями"
PLURAL_LAST = r"недели|десятилетия|месяца|года"  # plural only after "последние": "последние недели"
# "последние", "ближайшие", "минувшие": a stretch up to or from now ("в ближайшие дни")
LAST = r"последни[ехй]|последнее|ближайши[ех]|ближайший|прошедши[ех]|минувши[ех]|следующи[ех]"
AFTER_LAST = "|".join(rf"(?<={w}\s)" for w in ("последние", "ближайшие", "прошедшие", "минувшие", "следующие"))
# vague counts, valued by the least count they allow
VAGUE = r"нескольк(?:о|их|им|ими)|мног(?:о|ие|их|им|ими)|считанн(?:ые|ых|ым|ыми)|пар(?:у|ы|ой)|долги(?:е|х|ми)|ряд(?:а|ом)?"
RANGE = re.compile(r"(\d{1,3})\s*[-—]\s*\d{1,3}")  # "2-3 года", "45—60 дней": the lower count, at least
# what an adjective count measures: "12-летнему тюремному сроку", "пятилетний план";
# a days' or weeks' count also an event ("трёхдневный траур"), never a person ("72-летний экс-президент")
TERMS = r"срок|период|план|мандат|контракт|мораторий|перерыв|отпуск|карантин|курс|цикл|опыт|стаж(?![её]р)|служб|правлени|запрет"
EVENTS = r"траур|визит|форум|фестивал|турнир|семинар|режим|забастовк|голодовк|поход|сбор|пробег|марафон|пол[её]т|рейс|экспедици|командировк"
# the context that makes an amount something else
BEFORE_NOT = re.compile(r"(?:кажд\w*|раз\s+в|возраст\w*|(?:исполнил\w*|исполня\w*|исполнит\w*|было|будет)"
                        r"(?:\s+(?:бы|всего|уже|лишь|только))*|(?:старше|моложе|младше)(?:\s+\w+)?|в|с|от|«"
                        r"|в\s+(?:сво[иё]х?|ег[оа]|е[её])|не\s+было\s+и)\s*$")  # "в свои 94 года": an age
# "до трёх лет" is a term where a penalty follows, else an age ("выходят на пенсию до 60 лет")
PENALTY = re.compile(r"\s+(?:со?\s+)?(?:срок\w*|штраф|лишени|свобод|заключени|колони|тюрьм|ареста|исправительн|принудительн|ограничени)")
# "на два года старше брата": an age gap
AFTER_NOT = re.compile(r"\s*(?:назад|тому|позже|позднее|ранее|раньше|старше|моложе|младше|от\s+роду)")
HOUR_CUES = re.compile(r"(?:в\s+течени[ея]|за|последни[ех]|на\s+протяжении)\s+(?:\S+\s+)?$")
FRACTION = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("TM", 60)}


@cache
def pattern() -> re.Pattern[str]:
    words = dates_words()
    count = "|".join(sorted(words["count"], key=len, reverse=True))
    period = "|".join(sorted(words["period"], key=len, reverse=True))
    bounds = "|".join(f"(?P<{name}>{forms})" for name, forms in BOUNDS)
    number = rf"(?:(?<![\d.,:/№-])\d{{1,3}}\s*[-—]\s*\d{{1,3}}(?![\d.,:/]\d)|(?<![\d.,:/№-])\d{{1,3}}(?:,\d)?(?![\d.,:/]\d)|(?:{count})(?:\s+(?:{count}))?|(?:{VAGUE}))"
    amount = rf"{number}\s+(?:календарных\s+)?(?:{period}){END_WORD}"
    return re.compile(
        rf"{NOT_WORD}(?:(?P<pre>почти|примерно|приблизительно)\s+(?=через|спустя))?(?:(?P<cue>{CUES})\s+)?(?:(?:{bounds})\s+)?(?:(?P<last>{LAST})\s+)?"
        rf"(?:(?P<amount>{amount}(?:\s+(?:и\s+)?{amount})?)|(?P<plural>(?:{AFTER_LAST})(?:{PLURAL_LAST})|{PLURAL}){END_WORD}"
        rf"|(?P<bare>{BARE}){END_WORD}"
        rf"|(?:(?P<adj>\d{{1,2}})-|(?P<adjw>[а-яё]*?))(?P<adjunit>летн|годичн|месячн|(?P<short>недельн|дневн|суточн))\w*"
        rf"(?=\s+(?:[а-яё]+(?:ому|ему|ым|им|ого|его|ый|ий|ой|ую|юю)\s+)?(?:{TERMS})|(?(short)\s+(?:{EVENTS})|(?!))))"
    )


def extract_durations(analysis: Analysis, found: Found) -> list[DurationMention]:
    """Duration mentions in text order, ids ``dur1..``; none overlaps a date of ``found``, resolved or not."""
    low = lower(analysis.norm)
    taken = [(d.start, d.end) for d in [*found.dates, *found.unresolved_dates]]
    out: list[DurationMention] = []
    for match in pattern().finditer(low):
        groups = {k: v for k, v in match.groupdict().items() if v}
        vague = re.match(VAGUE + END_WORD, groups.get("amount", ""))
        if vague:
            groups["vague"] = vague.group()
        if "bare" in groups and not ("cue" in groups or set(groups) & {"about", "at_least", "at_most", "last"}) \
                and groups["bare"] not in ("неделю", "месяц", "год", "сутки"):
            continue
        if "plural" in groups and not ("last" in groups or groups.get("cue", "").startswith(LONG)):
            continue  # "годы", "дни" alone are no length
        if groups.get("cue") in ("через", "спустя") and groups.get("bare") in ("день", "дня"):
            continue  # "через день": every other day
        start = match.start("cue") + len(groups["cue"]) + 1 if "cue" in groups else match.start()
        start = len(low) - len(low[start:].lstrip())
        end = match.end()
        if excluded(analysis, low, match, groups) or any(start < b and a < end for a, b in taken):
            continue
        if "adjunit" in groups and not set(groups) & {"adj", "adjw"} and groups["adjunit"] in ("летн", "дневн", "суточн"):
            continue  # "летний", "дневной": summer, daytime
        if "adjunit" in groups:  # "25-летний срок", "в двухнедельный срок", "в месячный срок"
            unit = {"летн": "лет", "годичн": "лет", "месячн": "месяцев", "недельн": "недель"}.get(groups["adjunit"], "дней")
            value = iso_duration(f"{groups.get('adj') or groups.get('adjw') or 'один'} {unit}")
        else:
            value = iso_duration(f"2 {groups['plural']}" if "plural" in groups
                                 else RANGE.sub(r"\1", groups["amount"]) if RANGE.match(groups.get("amount", ""))
                                 else "2" + groups["amount"][len(groups["vague"]):] if "vague" in groups
                                 else groups.get("amount") or groups["bare"])
        if value is None:
            continue
        bound = next((name for name, _ in BOUNDS if name in groups), None)
        if bound is None:  # a vague count's value is its least ("несколько"), or an estimate ("пару")
            vague = "plural" in groups or "vague" in groups or bool(RANGE.match(groups.get("amount", "")))
            bound = "about" if "pre" in groups or groups.get("vague", "").startswith("пар") \
                else "at_least" if vague else "exact"
        out.append(DurationMention(id=f"dur{len(out) + 1}", text=analysis.text[start:end], start=start, end=end,
                                   value=value, bound=bound))
    return out


def excluded(analysis: Analysis, low: str, match: re.Match[str], groups: dict[str, str]) -> bool:
    if "adjunit" in groups:
        return False  # "в двухнедельный срок": a term whatever stands before it
    before = low[max(0, match.start() - 30):match.start()]
    after = AFTER_NOT.match(low, match.end())
    if after:  # "три года назад", "на год раньше"; "неделю после аварии" is a gap, a length
        return True
    if "cue" not in groups and BEFORE_NOT.search(before) and not ("last" in groups and before.endswith("в ")):
        return True  # "в 2 года" is an age, "в последние недели" a length
    if re.match(r"\s+(?:рождени|открыт)", low[match.end():]) or "vague" in groups and re.match(r"\s+жизни", low[match.end():]):
        return True  # "многие дни рождения", "дни открытых дверей": named days
    if groups.get("bare") in ("год", "года") and re.search(r"нов\w*\s+$", before):
        return True  # "на Новый год", "к Новому году": the holiday
    if re.search(r"(?:старше|моложе|младше)(?:\s+\w+)?\s*$", before):  # "младше его на год": an age gap
        return True
    amount = groups.get("amount", "")
    years = bool(re.search(r"\b(?:лет|год)", amount))
    if re.search(r"\bгоду\b", amount) or "cue" not in groups and re.match(r"одн|один", amount):
        return True  # "на 85 году жизни" counts years of age; "«Один день»" is no term
    if (years and groups.get("at_most") == "до" and not PENALTY.match(low, match.end())
            and not PENALTY.search(before)):
        return True
    if re.search(r"\bчас", amount) and not ("cue" in groups or "last" in groups or HOUR_CUES.search(before)):
        return True  # "в 10 часов" is a time of day
    if groups.get("bare") in ("день", "дня"):
        token = analysis.token_at(len(low) - len(low[match.end():].lstrip()))
        if token is not None and token.pos in ("NOUN", "PROPN", "ADJ"):
            return True  # "на день рождения", "в течение дня открытых дверей": a named day
    bare = "cue" not in groups and not set(groups) & {"about", "at_least", "at_most", "last"}
    if bare and "bare" in groups:
        return not governed_by_verb(analysis, match.end() - 1)  # "провела неделю в постели"
    if bare and years and not re.search(r"\b(?:месяц|недел|д[не]|сут|час)", amount):
        token = previous_token(analysis, match.start())
        while token is not None and token.index > 0 and token.pos in ("ADV", "PART"):  # "Ему уже 70 лет"
            token = analysis.tokens[token.index - 1]
        if token is not None and token.feats.get("Case") == "Dat" and token.pos in ("PROPN", "PRON", "NOUN"):
            return True  # "Ему 60 лет", "Кравцову 39 лет": an age
        # a bare "70 лет" is a duration when a verb governs it ("прожили 70 лет"), not an age ("Келли 52 года")
        return not governed_by_verb(analysis, match.end() - 1)
    return False


def governed_by_verb(analysis: Analysis, offset: int) -> bool:
    token = analysis.token_at(offset)
    if token is None or token.head < 0 or token.rel.startswith("nsubj"):
        return False
    return analysis.tokens[token.head].pos == "VERB"


def previous_token(analysis: Analysis, offset: int):  # type: ignore[no-untyped-def]
    i = bisect_right(analysis.stops, offset) - 1
    return analysis.tokens[i] if i >= 0 else None


@cache
def tables() -> tuple[tuple[tuple[re.Pattern[str], str], ...], tuple[tuple[re.Pattern[str], str], ...]]:
    words = dates_words()
    return (tuple((re.compile(f), v) for f, v in words["count"].items()),
            tuple((re.compile(f), v) for f, v in words["period"].items()))


def number_of(words: list[str]) -> float | None:
    total = 0.0
    counts = tables()[0]
    for word in words:
        if re.fullmatch(r"\d+(?:,\d)?", word):
            total += float(word.replace(",", "."))
            continue
        value = next((v for f, v in counts if f.fullmatch(word)), None)
        if value is None:
            return None
        total += float(value)
    return total


def iso_duration(text: str) -> str | None:
    """"полтора года" -> "P1Y6M", "1 год 6 месяцев" -> "P1Y6M", "суток" -> "P1D"."""
    periods = tables()[1]
    parts: dict[str, float] = {}
    words: list[str] = []
    for word in text.replace("ё", "е").split():
        unit = next((v for f, v in periods if f.fullmatch(word)), None)
        if unit is None:
            if word not in ("и", "календарных"):
                words.append(word)
            continue
        count = number_of(words) if words else 1.0
        if count is None or count <= 0:
            return None
        number, letter = re.fullmatch(r"(\d*)(\w)", unit).groups()  # type: ignore[union-attr]
        amount = count * (int(number) if number else 1)
        whole = int(amount)
        parts[letter] = parts.get(letter, 0) + whole
        if amount != whole:  # "полтора года": the half goes to the next unit
            lower_unit, size = FRACTION[letter]
            parts[lower_unit] = parts.get(lower_unit, 0) + round((amount - whole) * size)
        words = []
    if not parts or words:
        return None
    if "W" in parts and len(parts) > 1:  # ISO 8601 keeps weeks alone
        parts["D"] = parts.get("D", 0) + 7 * parts.pop("W")
    date_part = "".join(f"{int(parts[k])}{k}" for k in "YMWD" if parts.get(k))
    time_part = "".join(f"{int(parts[k])}{k[-1]}" for k in ("H", "TM") if parts.get(k))
    return "P" + date_part + (f"T{time_part}" if time_part else "")
