"""Which date candidates name no date: a street or plant named after a day (``ул. 8 Марта``),
a number read as a year (``в 2000 раз``), ``накануне выборов``, ``в среду обитания``, a lone
weekday not coordinated with one before it, the second day of a night (``в ночь с субботы на
воскресенье``), a year's adjective standing for its noun (``выше прошлогоднего``), and a day or
month that recurs every year (``ежегодно в декабре``, ``в августе каждого года``); ``сегодня``
of a quoted present-tense verb (``«что сегодня платит за свет»``) is "nowadays", and a quoted
yearless ``в середине года`` of one (``«Индексация в середине года позволяет …»``) any year's.
"""

from __future__ import annotations

import re
from functools import cache

from ..analysis import Analysis
from .dates_grammar import Candidate
from .dates_words import alternation

# "накануне выборов", "в среду обитания": a genitive word after them makes them no date
GENITIVE_BLOCKED = {"rel_day": ("накануне",), "weekday": ("среду",)}
# "ул. 8 Марта", "завод «1 Мая»", "имени 9 января": names, not dates
NAMED_AFTER = re.compile(r"(?:\b(?:ул|улиц\w*|просп\w*|пр-т|пл|площад\w*|пер|переул\w*|бульв\w*|наб\w*|шоссе|"
                         r"им|имени|станци\w*|совхоз\w*|колхоз\w*)\.?\s*|«)$", re.I)
BARE_YEARS = {"bare_year", "bare_year_range"}
# kinds whose value needs a year the text may not give
YEARLESS = {"day_month", "day_range", "month", "part", "dekada", "season"}
# "ежегодно в декабре", "каждый год 1 сентября", "в декабре каждого года": a recurring day, no date
# ... and a deadline that recurs: "ежегодно до 1 марта утверждать план", "каждый год не позднее 1 июня"
RECURRING_BEFORE = re.compile(r"(?:\bежегодно|\bежемесячно|\bкажд(?:ый|ого|ом)\s+год[ау]?)[\s,]+"
                              r"(?:(?:до|к|ко|во?|не\s+позднее|не\s+позже)\s+)?$", re.I)
RECURRING_AFTER = re.compile(r"[\s,]+(?:ежегодно|каждого\s+года|каждый\s+год)\b", re.I)
MIDDLE_BEFORE = re.compile(r"\bсередин\w*\s+$", re.I)
BLOCKING_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM"}


def blocked(analysis: Analysis, c: Candidate) -> bool:
    """Whether candidate ``c`` names no date."""
    # "ежегодно во втором квартале подводить итоги": a yearless quarter recurs too
    yearless_quarter = c.kind == "quarter" and not any(k.startswith("y") for k in c.groups)
    if (c.kind in YEARLESS | {"weekday"} or yearless_quarter) and recurring(analysis.norm, c):
        return True
    if c.kind == "month" and "adj" in c.groups:
        return not month_adjective_dates(analysis, c)
    if c.kind == "day_month" and NAMED_AFTER.search(analysis.norm, max(0, c.start - 30), c.start):
        return True
    if c.kind in BARE_YEARS:  # "в 2000 рублей", "к 2030 количество": a number, not a year
        nxt = next_token(analysis, c.end)
        return nxt is not None and nxt.pos in ("NOUN", "ADJ", "NUM") and nxt.start == c.end + 1
    if c.kind == "weekday" and "wd" in c.groups and "pre" not in c.groups:  # "[в пятницу и] субботу"
        if not coordinated_weekday().search(analysis.norm, max(0, c.start - 40), c.start):
            return True
    if c.kind == "weekday" and c.groups.get("pre", "").lower() == "на" \
            and re.search(r"\bночь\s+со?\s+\w+\s+$", analysis.norm[max(0, c.start - 40):c.start], re.I):
        return True  # "в ночь с субботы на воскресенье": the night is dated by its first day
    if c.kind == "rel_period" and c.groups.get("unit", "").startswith("недел") \
            and MIDDLE_BEFORE.search(analysis.norm, max(0, c.start - 20), c.start):
        return True  # "до середины следующей недели": vague (press13), a week has no dated middle
    if c.kind == "rel_year":  # "выше прошлогоднего": last year's figure, not a time ("прошлогодний паводок")
        nxt = next_token(analysis, c.end)
        return nxt is None or nxt.pos not in ("NOUN", "ADJ", "PROPN")
    if c.kind == "rel_day" and c.groups.get("rday", "").lower() == "сегодня" and "hh" not in c.groups \
            and analysis.tokens and (quoted(analysis.norm, c.start) or reminded(analysis.norm, c.start)):
        return generic_today(analysis, c)
    if c.kind == "part" and ("bare" in c.groups or "barem" in c.groups) and analysis.tokens \
            and quoted(analysis.norm, c.start):  # «Индексация в середине года позволяет ...»: any year's middle
        return generic_today(analysis, c)
    words = GENITIVE_BLOCKED.get(c.kind)
    if not words or not analysis.tokens:
        return False
    if not any(c.groups.get(g, "").lower() in words for g in ("rday", "wd")) or "hh" in c.groups:
        return False
    nxt = next_token(analysis, c.end)
    if nxt is None or nxt.pos not in BLOCKING_POS and not nxt.text[:1].isdigit():
        return False
    return nxt.text[:1].isdigit() or nxt.feats.get("Case") == "Gen"


# what a month's adjective names rather than dates: "Октябрьский район", "майский жук", "ноябрьская улица"
NAMING_NOUNS = re.compile(r"(?:район|округ|улиц|проспект|переул|площад|бульвар|шоссе|поселк|посел|сел|деревн|"
                          r"станци|мост|парк|сквер|жук|дожд|гроз|мороз|солнц|утр|вечер|ноч|день|дня|дни|дням|ден)", re.I)


def month_adjective_dates(analysis: Analysis, c: Candidate) -> bool:
    """``итоги сентябрьских выборов``: a lower-case month adjective before a noun that is no place or
    weather (capitalised it names a district or a street: ``Октябрьский район``)."""
    if not analysis.norm[c.start:c.end].strip()[:1].islower():
        return False
    nxt = next_token(analysis, c.end)
    return nxt is not None and nxt.pos == "NOUN" and not NAMING_NOUNS.match(nxt.text)


def generic_today(analysis: Analysis, c: Candidate) -> bool:
    """A quoted ``сегодня`` of a present-tense verb is "nowadays": ``«что сегодня платит за свет»``,
    ``«сегодня фуры идут через кварталы»`` (``«сегодня мы подписали»`` is the day)."""
    inside = analysis.tokens_in(c.start, c.end)
    token = next((t for t in inside if t.head >= 0 and not c.start <= analysis.tokens[t.head].start < c.end), None)
    if token is None:
        return False
    head = analysis.tokens[token.head]
    if CLAUSE_BREAK.search(analysis.norm, min(head.stop, c.start), max(head.start, c.end)):
        head = clause_verb(analysis, c) or head  # «...: сегодня беременных приходится везти» (parsed to the verb before ":")
    return head.pos == "VERB" and head.feats.get("Tense") == "Pres" and head.feats.get("Aspect") != "Perf"


CLAUSE_BREAK = re.compile(r"[:;]|\s[—–]\s")


def clause_verb(analysis: Analysis, c: Candidate):  # type: ignore[no-untyped-def]
    """The first finite verb after ``c`` in its clause, or None."""
    for token in analysis.tokens_in(c.end, len(analysis.norm)):
        if token.text in (".", ";", ":", "!", "?", "»", "\n"):
            return None
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense"):
            return token
    return None


# ``напомнил, что в селах сегодня не хватает учителей``: a reminder states a standing fact, so its
# present-tense ``сегодня`` is "nowadays", as in a quote
REMINDED = re.compile(r"\bнапомина\w*|\bнапомнил\w*")


def reminded(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the ``что`` clause of a reminder verb, in the same sentence."""
    start = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
    before = text[start:offset]
    clause = re.search(r",\s+что\s+[^,.;:!?«»]*$", before)
    return clause is not None and REMINDED.search(before[: clause.start() + 1].lower()) is not None


def quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a «quote» opened on its paragraph."""
    line = text[text.rfind("\n", 0, offset) + 1:offset]
    return line.count("«") > line.count("»")


def recurring(text: str, c: Candidate) -> bool:
    """``ежегодно в декабре``: a day or month that comes back every year names no one date."""
    if re.search(r"\d{4}|\bгод", text[c.start:c.end], re.I):
        return False
    return bool(RECURRING_BEFORE.search(text, max(0, c.start - 32), c.start) or RECURRING_AFTER.match(text, c.end))


@cache
def coordinated_weekday() -> re.Pattern[str]:
    """What must precede a weekday without its preposition: "в (прошлую) пятницу и "."""
    return re.compile(rf"\bво?\s+(?:\w+\s+)?(?:{alternation('weekday')})\s+и\s+$", re.I)


def next_token(analysis: Analysis, offset: int):  # type: ignore[no-untyped-def]
    rest = len(analysis.norm) - len(analysis.norm[offset:].lstrip())
    return analysis.token_at(rest)
