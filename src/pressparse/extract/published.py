"""The publication date: from the caller, or from the release's dateline.

A dateline is a full date (day, month, year; a time where given) that opens one of the
first lines of the release, alone or after a place (``Киров • 14 октября 2025``), a weekday,
a label or a byline before a bar (``Пресс-служба губернатора | 12 сентября 2023``, ``Пенза, 17
сентября 2020. PenzaNews.``, ``Автор: Редакция «X» | 10.08.2015 | 12:07``, ``Опубликовано:
12.03.2020``, ``14:30, 12 марта 2020``), and that is followed by nothing, punctuation, a time,
or a short credit without a verb (``17 февраля 2017 Управление информации``). A date that
opens narration (``8 июня 2017 года на форуме ... состоялось``) is no dateline. A lone date
line among the last lines, or one after a closing credit (``Отдел коммуникаций АЭС, 20 ноября 2026
года``), is taken when the head has none. A dateline without a year
(``Улан-Удэ, вторник, 24 ноября``) standing alone on its line takes the year the text names
whose calendar has that weekday on that day, or without a weekday the year of a closing credit
(``© УФК по Курской области, 2026``), the only year the text names, the latest year told as past or
present, or else the earliest year forecast when no deadline comes before it; it may open the lead after a
place (``Курск, 26 ноября. Управление ...``), as an agency's dateline does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..analysis import Analysis
from .dates_grammar import Candidate, find_candidates
from .dates_resolve import Value, resolve

HEAD_LINES = 8  # non-empty lines searched from the top
TAIL_LINES = 3  # and from the bottom, for a lone date line
MAX_CREDIT = 80  # a capitalized tail longer than this is narration
DATE_KINDS = ("numeric", "iso", "day_month")
WEEKDAYS = r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|(?:пн|вт|ср|чт|пт|сб|вс)\b\.?)"
LABELS = (r"(?:дата\s+публикации|дата|опубликовано|размещено|добавлено|обновлено|создано|"
          r"(?:новость|сообщение|публикация|материал|информация)\s+от|пресс-релиз(?:\s+от)?|от)")
# what may stand on the line before the date: a label, a place, a byline, a time, a weekday
HEAD = re.compile(
    rf"[ \t]*(?:(?i:{LABELS})[ \t]*:?[ \t]*)?"
    rf"(?:(?!(?i:{WEEKDAYS})(?!\w))[A-ZА-ЯЁ][\w-]*(?:[ -][A-ZА-ЯЁ][\w-]*)?\.?[ \t]*[,•·/—]?(?<=[,•·/—.])[ \t]*)?"  # "Пенза, ", "Киров • ", "Москва. "
    r"(?:(?i:пресс-служба|пресс-центр)[^\d|\n]{1,119}?,[ \t]*)?"  # a press service's credit: "Пресс-служба ... суда, "
    r"(?:(?:[^\d|\n]|№[ \t]*\d+){2,120}[|/][ \t]*)?"  # a byline, rubric or release number before a bar:
    # "Автор: ... |", "Пресс-служба ... |", "Пресс-релиз № 148 |", "Новости поселения / "
    r"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)[ \t]*[,|•·/]?[ \t]*)?"
    rf"(?:(?i:во?[ \t]+)?(?P<wd>(?i:{WEEKDAYS}))(?!\w)[ \t]*,?[ \t]*)?"  # "Опубликовано в понедельник, "
)
# the year of a copyright credit: "© Пресс-служба X, 2026" (a year date of its own, see .dates)
CREDIT_YEAR = re.compile(r"(?m)^[ \t]*(?:©|\([cс]\))[^\n]*?(?<!\d)(?P<y1>(?:19|20)\d\d)[ \t.]*$")
# a place before a yearless date that opens the lead: "Курск, 26 ноября. Управление ..."
PLACE_HEAD = re.compile(r"[ \t]*[A-ZА-ЯЁ][\w-]*(?:[ -][A-ZА-ЯЁ][\w-]*)?[ \t]*,[ \t]*")
# a closing credit before the date: "Отдел коммуникаций Калининской АЭС, 20 ноября 2026 года"
CREDIT = re.compile(r"[ \t]*[A-ZА-ЯЁ][^\d\n|.!?]{2,100}?,[ \t]*(?=\d)")
# a weekday after the date: "21 ноября 2025, пятница", "21.11.2025 (пятница)"
TRAIL = re.compile(rf"[ \t]*[,(]?[ \t]*(?P<wd>(?i:{WEEKDAYS}))(?!\w)\)?")
# a year the text names: "в 2026 году", "2026 г.", "до 1 марта 2027 года"
# (and the first of a range: "сезона 2026–2027 годов")
TEXT_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?=\s*(?:г\.|год|гг)|\s*[–—-]\s*(?:19|20)?\d\d\s*(?:г\.|год|гг))")
WEEKDAY_STEMS = (("пн", "пон"), ("вт",), ("ср",), ("чт", "чет"), ("пт", "пят"), ("сб", "суб"), ("вс", "вос"))
# tails that close a dateline: nothing, punctuation, a copyright sign, a dash
CLOSING = ".,|©(—-/•·"
# a news agency's credit after the date, the lead on the same line: "ПЕРМЬ, 25 ноября. /ТАСС/. Министр ..."
# an update stamp after the publication date: "30.11.2026, обновлено 01.12.2026", "16:48 (обновлено: 17:05)"
UPDATED = re.compile(r"[,(][ \t]*(?:обновлено|изменено|отредактировано|upd\.?)(?!\w)", re.I)
# the town that opens a dateline's line: "Владимир, 26 ноября 2026 года", "Москва. 19 ноября"
LINE_PLACE = re.compile(r"[ \t]*(?P<place>[A-ZА-ЯЁ][\w-]*(?:[ -][A-ZА-ЯЁ][\w-]*)?)[ \t]*[,.][ \t]*")
AGENCY = re.compile(r"[ \t]*\.?[ \t]*(?:/[^/\n]{2,40}/|\((?:ТАСС|ИТАР-ТАСС|РИА[^)\n]{0,20}|Интерфакс[^)\n]{0,20})\))[ \t]*[.—-]?")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The publication date; ``precision`` is ``day`` or ``minute``; ``weekday``: the span of a
    weekday beside the date (``пятница, 21 ноября 2025``), a date mention of its own."""

    value: datetime
    precision: str
    start: int | None = None
    end: int | None = None
    weekday: tuple[int, int] | None = None


def find_published(analysis: Analysis) -> Dateline | None:
    """The dateline's date, or None when the release states none."""
    lines = nonempty_lines(analysis.norm)
    for start, end in lines[:HEAD_LINES]:
        found = dateline_at(analysis, start, end, lone=False)
        if found:
            return found
    for start, end in lines[max(1, len(lines) - TAIL_LINES):]:  # a short release's last lines are also its head
        found = dateline_at(analysis, start, end, lone=True)
        if found:
            return found
    return None


def dateline_place(analysis: Analysis) -> tuple[int, int] | None:
    """The span of the town that opens the dateline's line (``Владимир, 26 ноября 2026 года``), or None."""
    start = getattr(analysis.published, "start", None)
    if start is None:
        return None
    found = LINE_PLACE.match(analysis.norm, analysis.norm.rfind("\n", 0, start) + 1, start)
    return found.span("place") if found and found.end() == start else None


def nonempty_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def dateline_at(analysis: Analysis, start: int, end: int, *, lone: bool) -> Dateline | None:
    text = analysis.norm
    head = HEAD.match(text, start, end)
    at = head.end() if head else start
    if lone and (credit := CREDIT.match(text, start, end)) and credit.end() > at \
            and not any(t.pos in ("VERB", "AUX") for t in analysis.tokens_in(start, credit.end())):
        at = credit.end()  # a closing "Отдел коммуникаций ... АЭС, 20 ноября 2026 года"
    for candidate in find_candidates(text, at, end):
        if candidate.start != at or candidate.kind not in DATE_KINDS:
            continue
        trail = TRAIL.match(text, candidate.end, end)
        value = resolve(candidate, None)
        guessed = value is None
        if guessed and candidate.kind == "day_month":  # "Улан-Удэ, вторник, 24 ноября"
            wd = head.group("wd") if head and head.group("wd") else trail.group("wd") if trail else None
            value = yearless(analysis, candidate, wd)
        if value is None or value.day is None:
            continue
        after = trail.end() if trail else candidate.end
        tail = text[after:end].strip()
        if AGENCY.match(text, after, end):
            tail = ""  # the agency's credit ends the dateline; the lead follows on its line
        if lone and tail or not closes(analysis, after, end, tail, candidate):
            continue
        if guessed and tail.strip(".,") and not (tail[0] in ".—–" and PLACE_HEAD.fullmatch(text, start, at)):
            continue  # "1 декабря — Всемирный день ...": a headline (not "Курск, 26 ноября. Управление ..."
            # nor an agency's "Москва, 27 ноября — Департамент ...": a place opens a dateline)
        first = head.start("hh") if head and head.group("hh") else candidate.start
        hh = candidate.groups.get("hh") or (head.group("hh") if head else None)
        mm = candidate.groups.get("mm") or (head.group("mm") if head else None)
        day = value.day
        weekday = head.span("wd") if head and head.group("wd") else trail.span("wd") if trail else None
        if hh is not None and mm is not None:
            return Dateline(datetime(day.year, day.month, day.day, int(hh), int(mm)), "minute", first, candidate.end,
                            weekday)
        return Dateline(datetime(day.year, day.month, day.day), "day", first, candidate.end, weekday)
    return None


def yearless(analysis: Analysis, candidate: Candidate, weekday: str | None) -> Value | None:
    """A dateline without a year takes a year the text names: the one whose calendar puts the
    dateline's weekday on that day, or without a weekday the only year the text names."""
    years = list(dict.fromkeys(int(y) for y in TEXT_YEAR.findall(analysis.norm)))
    if weekday is not None:
        target = weekday_number(weekday)
        for year in [y + d for d in (0, -1, 1) for y in years]:
            value = resolve(candidate, date(year, 7, 2))  # mid-year: the day lands in that year
            if value is not None and value.day is not None and value.day.isoweekday() == target:
                return value
        return None
    credit = credit_year(analysis.norm)
    if credit is not None:
        return resolve(candidate, date(credit, 7, 2))
    if len(years) == 1:
        return resolve(candidate, date(years[0], 7, 2))
    told = told_years(analysis)
    # several years: the latest one told as a time things happened, not a deadline, a plan's target or a
    # future event ("в 2023 году ..., с 1 сентября 2026 года ..., к 1 апреля 2027 года" -> 2026)
    if told:
        return resolve(candidate, date(max(told), 7, 2))
    # no year told as past or present: a year forecast (not a deadline or a plan's target) no later than
    # every deadline is this one (``бюджет на 2027 год ..., исполнение бюджета в 2026 году составит``,
    # press17 12 -> 2026); a future event after the deadlines tells nothing
    forecast, ahead = told_years(analysis, "future"), told_years(analysis, "ahead")
    if forecast and (not ahead or min(forecast) <= min(ahead)):
        return resolve(candidate, date(min(forecast), 7, 2))
    return None


def credit_year(text: str) -> int | None:
    """The year of the last copyright credit (``© УФК по Курской области, 2026``), or None."""
    found = list(CREDIT_YEAR.finditer(text))
    return int(found[-1].group("y1")) if found else None


# whole words: a bare "\bк" took "которые в 2026 году провели" for a deadline
AHEAD = re.compile(r"\b(?:до|к|ко|на|по|позднее|позже|период\w*|концу|конца|началу)\b[\s\d\w]{0,25}$", re.I)


# plans, duties and future auxiliaries ("в 2027 году Сургут должен открыть", "с 1 января 2027 года
# зарплаты будут проиндексированы", "срок полномочий истекает в марте 2029 года")
PLANNED = re.compile(r"планир|намерен|собира[ею]т|предстоит|ожидает|запланир|прогноз|\bдолж(?:ен|н)|\bбуд(?:ет|ут)\b"
                     r"|истека|истеч[её]т", re.I)


def told_years(analysis: Analysis, which: str = "told") -> list[int]:
    """Years the text names outside deadlines, plans and future events (``до 1 марта 2027 года``,
    ``на 2027 год``, ``пройдет в феврале 2027 года``); with ``which`` ``ahead`` the deadlines' and
    targets' years, with ``future`` those of plans and future events."""
    from .dates_tense import verb_tense

    text, out = analysis.norm, []
    for c in find_candidates(text):
        # a range of years counts its first (``отопительного сезона 2026–2027 годов`` runs now: 2026)
        year = next((c.groups[k] for k in ("y1", "y1b", "y2") if (c.groups.get(k) or "").isdigit()
                     and len(c.groups[k]) == 4), None)
        if year is None:
            continue
        before = text[max(0, c.start - 30) : c.start]
        after = text[c.end : c.end + 60].split(".")[0]
        if AHEAD.search(before.split(",")[-1].split(".")[-1]):
            kind = "ahead"
        elif verb_tense(analysis, c) == "Fut" or PLANNED.search(before.split(".")[-1] + " " + after):
            kind = "future"
        else:
            kind = "told"
        if kind == which:
            out.append(int(year))
    return out


def weekday_number(word: str) -> int:
    word = word.lower()
    return next(i for i, stems in enumerate(WEEKDAY_STEMS, 1) if word.startswith(stems))


def closes(analysis: Analysis, offset: int, end: int, tail: str, candidate: Candidate) -> bool:
    """Whether what follows the date on its line leaves it a dateline."""
    if not tail or "hh" in candidate.groups or UPDATED.match(tail):
        return True
    if tail[0] == ",":  # "7 июня 2019 года, на форуме ... состоялось" goes on as narration
        rest = tail[1:].strip()
        return not rest or not rest[0].islower() and closes(analysis, end - len(rest), end, rest, candidate)
    if tail[0] in CLOSING:
        return True
    if not tail[0].isupper():
        return False
    if candidate.kind != "day_month":  # "08.06.2017 Губернатор подписал ...": a headline glued to its date
        return True
    if len(tail) > MAX_CREDIT:
        return False
    # "17 февраля 2017 Управление информации" is a credit; "7 июня 2019 Губернатор подписал" is not
    return not any(t.pos in ("VERB", "AUX") for t in analysis.tokens_in(offset, end))


def parse_published(value: str | date | datetime) -> Dateline | None:
    """A caller's publication date: ISO string, ``date`` or ``datetime``.

    Returns None for a well-formed but impossible date; raises ``ValueError`` for text that
    is no date.
    """
    if isinstance(value, datetime):
        return Dateline(value, "minute")
    if isinstance(value, date):
        return Dateline(datetime(value.year, value.month, value.day), "day")
    text = " ".join(str(value).split())
    for candidate in find_candidates(text):
        if candidate.kind in DATE_KINDS and candidate.start == 0 and candidate.end == len(text):
            found = resolve(candidate, None)
            if found is None or found.day is None:
                return None
            day = found.day
            if found.precision == "minute":
                hh, mm = int(candidate.groups["hh"]), int(candidate.groups["mm"])
                return Dateline(datetime(day.year, day.month, day.day, hh, mm), "minute")
            return Dateline(datetime(day.year, day.month, day.day), "day")
    if re.fullmatch(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?", text):
        return parse_published(datetime.fromisoformat(text[:16]))
    raise ValueError(f"cannot read publication date {value!r}: use ISO 8601 (2017-06-08 or 2017-06-08T18:16)")


def format_published(dateline: Dateline | None) -> str | None:
    """The dateline as ISO 8601: ``2017-06-08`` or ``2017-06-08T18:16``."""
    if dateline is None:
        return None
    if dateline.precision == "minute":
        return dateline.value.strftime("%Y-%m-%dT%H:%M")
    return dateline.value.strftime("%Y-%m-%d")
