"""People and roles, session 12 (roles helper): a fused short form of a post (``гендиректор``) said
again of the same person after the spelt-out one is the same role, named spelt out. Each row: the text,
the person, and that person's exact list of role titles."""

from __future__ import annotations

import pytest

from test_roles_session9b import roles_of

SPELT_ROLES = [
# press16 02: ``стал гендиректором предприятия`` after ``генеральный директор «Горэлектротранса»``
("Контракт подписал генеральный директор АО «Северный порт» Вадим Лукин. Вадим Лукин стал гендиректором "
 "предприятия в прошлом году.", "Вадим Лукин", ["генеральный директор"]),
# press16 06: ``исполняет обязанности гендиректора`` after ``исполняющий обязанности генерального директора``
("Документ подписал исполняющий обязанности генерального директора АО «Хабаровский аэропорт» Павел Чернышев. "
 "Павел Чернышев исполняет обязанности гендиректора с октября.", "Павел Чернышев",
 ["исполняющий обязанности генерального директора"]),
# a lone short form stays as written (press10, press13, press14 gold)
("Бывший гендиректор АО «Газпром газораспределение Псков» Аркадий Савин теперь работает в Новгороде.",
 "Аркадий Савин", ["гендиректор"]),
]


@pytest.mark.parametrize("text,name,titles", SPELT_ROLES)
def test_s12_fused_title_said_again_is_one_role(parser, text, name, titles):
    assert [r[0] for r in roles_of(parser, text, name)] == titles
