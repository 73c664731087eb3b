"""Words around a name that say it is no person of the text, or where the name starts."""

from __future__ import annotations

import re

# words after which a surname names a street, a prize or a body, not a person in the text
NAMED_AFTER = frozenset("""улица ул проспект пр пр-т переулок пер площадь пл бульвар б-р шоссе набережная наб
    проезд тупик угол аллея сквер парк микрорайон мкр станция метро имени им премия памятник музей""".split())
# titles natasha takes into a name (``Принцу Филиппу``, ``Папа Франциск``): the name starts after them
TITLES = frozenset("""принц принцесса король королева папа царь царица князь княгиня граф графиня герцог
    герцогиня барон баронесса лорд сэр мистер миссис мисс мадам месье синьор сеньор доктор шейх эмир
    султан святой святая""".split())
# a camel-cased word is an abbreviation (``МичГАУ``) unless a name prefix starts it (``МакКейн``)
NAME_PREFIX = re.compile(r"(?:Мак|Мк|Ди|Де|Дю|Ла|Ле|Ван|Фон|Сен|Mac|Mc|Di|De|Du|La|Le|Van|Von)[A-ZА-ЯЁ][a-zа-яё]+$")
# a foreign street or square (``Даунинг-стрит``, ``Пикадилли-сёркус``) is no person
STREET_SUFFIX = re.compile(r"-(?:стрит|авеню|сквер|с[её]ркус|роуд|лейн|плейс)$", re.IGNORECASE)
# the person a body or a street is named after (``СибГУ им. М.Ф. Решетнёва``, ``имени академика
# Н.И. Пирогова``) is not a person of the text; a capitalized word between is that person's name
# (``университета им. Королева Андрей Черкасов``: the rector is one)
EPONYM = re.compile(r"(?<![\w-])(?i:имени|им\.)\s+(?:[а-яё]+\s+)?$")
KIN = frozenset("""вдова вдовец жена муж супруга супруг дочь сын внук внучка мать отец брат сестра
    племянник племянница невестка зять сноха теща тесть свекровь свекор""".split())
