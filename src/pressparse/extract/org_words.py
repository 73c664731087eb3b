"""Word lists (lemmas) of the organizations and places layers."""

from __future__ import annotations

# heads of government bodies that take a territory in the genitive: ``администрация района``
BODY_HEADS = frozenset(
    """правительство администрация министерство департамент комитет управление агентство служба
    инспекция прокуратура мэрия дума облдума собрание совет суд палата комиссия аппарат
    представительство главк ведомство инспекция полиция мвд гибдд отдел акимат управа""".split()
)
# adjectives that start a legislature's or body's name: ``Законодательное собрание``
BODY_ADJECTIVES = frozenset(
    """законодательный областной краевой городской районный региональный народный государственный
    арбитражный верховный избирательный счетный контрольно-счетный муниципальный окружной территориальный""".split()
)
# generic territory nouns: ``правительство региона`` refers to the document's region
TERRITORY_NOUNS = {
    "регион": "region",
    "область": "region",
    "край": "region",
    "республика": "region",
    "округ": "region",
    "субъект": "region",
    "район": "district",
    "город": "city",
    "муниципалитет": "city",
}
# a budget's or a resource's funds (``дорожный фонд области``, ``жилищного фонда``): no bodies
BUDGET_FUNDS = frozenset(
    """дорожный резервный жилищный жилой лесной земельный водный аварийный библиотечный музейный архивный
    семенной страховой уставный""".split()
)
# nouns of institutions: a place adjective before them is part of the name (``Кузбасский технопарк``)
INSTITUTION_NOUNS = frozenset(
    """университет институт академия училище колледж техникум школа гимназия лицей сад технопарк
    филиал компания завод комбинат фабрика центр банк театр музей больница госпиталь поликлиника
    библиотека фонд холдинг корпорация концерн объединение организация общество союз ассоциация
    дума облдума собрание совет суд прокуратура правительство администрация министерство
    департамент управление комитет агентство служба отделение телеканал газета журнал радио
    агентство агентство клуб команда клиника парк заповедник аэропорт порт вокзал епархия митрополия
    форум конгресс фестиваль конкурс выставка конференция премия проект программа
    гау гу гту гпу гму гэу гаоу""".split()
)
# not organizations: events and programmes
EVENT_NOUNS = frozenset(
    """форум конгресс фестиваль конкурс выставка конференция премия проект программа саммит
    олимпиада чемпионат турнир соревнование акция марафон слет слёт съезд семинар неделя
    день год биеннале ярмарка""".split()
)
EVENT_ABBREVIATIONS = frozenset("ПМЭФ ВЭФ ПМЮФ СПИЭФ РИФ КЭФ МАКС ЧМ ОИ СВО".split())
# descriptive prefixes that are generic: ``компания «Лукойл»`` is just ``Лукойл``
GENERIC_DESCRIPTORS = frozenset(
    """компания корпорация холдинг группа предприятие фирма организация общество концерн
    агрохолдинг госкорпорация""".split()
)
# prefixes that make a quoted name an organization: ``благотворительного центра «Верю в чудо»``
DESCRIPTORS = GENERIC_DESCRIPTORS | frozenset(
    """центр фонд сад школа гимназия лицей университет институт академия колледж техникум
    училище театр музей библиотека больница клиника поликлиника банк завод комбинат фабрика
    филиал объединение ассоциация союз партия движение клуб технопарк учреждение агентство
    издательство газета журнал телеканал радиостанция редакция телерадиокомпания кооператив
    товарищество хозяйство артель отделение консорциум""".split()
)
# generic descriptors an unknown company keeps before its quoted name: ``Корпорация «Харбин Электрик»``
NAMED_DESCRIPTORS = frozenset("корпорация агрохолдинг".split())
MEDIA_NOUNS = frozenset("газета журнал телеканал радиостанция издательство редакция телерадиокомпания".split())
MEDIA_PREFIXES = ("ИА ", "ИТАР-ТАСС", "ТАСС", "РИА ", "РИА-", "Интерфакс", "ГТРК", "Агентство ")
# the head lemma decides the kind where the gazetteer does not know the body
KIND_BY_HEAD = {
    "education": """университет институт академия училище колледж техникум школа гимназия лицей
        сад гу гау гту гпу гму гэу""".split(),
    "legislature": "дума облдума собрание парламент хурал курултай хасэ законодательный".split(),
    "court": "суд".split(),
    "company": """компания завод комбинат фабрика банк холдинг корпорация концерн предприятие
        технопарк фирма агрохолдинг госкорпорация""".split(),
    "ngo": """фонд союз ассоциация объединение партия движение профсоюз организация клуб
        общество палата""".split(),
    "media": MEDIA_NOUNS,
}
COMPANY_FORMS = frozenset(
    "ПАО ОАО ЗАО АО ООО НАО ИП ФГУП ГУП МУП АНО НКО ГК ТОО ЧОП НПО НПП ГБУ ГКУ МБУ МКУ ФГБУ ФГУ ФКУ".split()
)
EDUCATION_FORMS = frozenset("ФГБОУ ФГАОУ ГБОУ ГАОУ МБОУ МАОУ МКОУ ГБПОУ ГАПОУ ЧОУ АНОО ФГОУ НОУ".split())
# not organizations either: documents, and generic abbreviations natasha tags as ORG
DOCUMENT_NOUNS = frozenset(
    """соглашение договор меморандум протокол закон указ постановление распоряжение приказ
    телеграм-канал канал сайт портал пресс-релиз релиз бюллетень""".split()
)
# ОМС is the compulsory-insurance programme (``программы ОМС``), its fund is ТФОМС
GENERIC_ABBREVIATIONS = frozenset("СМИ НКО ОМС ОМСУ ВУЗ ЖКХ МСП ИП АПК ТЭК ОПК ФАП СПИК НИИ ГЧП МЧП ТКО".split())
# a body's ad hoc panel (``Конкурсная комиссия министерства ...``) is no organization of its own
PANEL_ADJECTIVES = frozenset("""конкурсный аттестационный приемочный приёмочный аукционный тендерный
    экзаменационный экспертный""".split())
# a prefix and one of these names a class or track of a school, no body (``IT-класс``, ``медиа-кружок``)
CLASS_NOUNS = frozenset("класс кружок урок курс смена трек направление".split())
# federal ministries with no regional one: a bare ``МЧС`` is the federal ministry, never
# ``... Тюменской области`` (its regional unit is ``Главное управление МЧС России по ...``)
FEDERAL_ONLY = frozenset("мчс мид минобороны".split())
# territories and contracts with a name, no organizations: ``ОЭЗ «Узловая»``, ``ТОР «Надеждинская»``
ZONE_ABBREVIATIONS = frozenset("ОЭЗ ТОР ТОСЭР СЭЗ ПОЭЗ СПИК КРТ ИЖС".split())
# university abbreviations after a city or region adjective: ``Воронежский ГАУ``
UNIVERSITY_TYPES = {
    "ГУ": "государственный университет",
    "ФУ": "федеральный университет",
    "ГАУ": "государственный аграрный университет",
    "ГТУ": "государственный технический университет",
    "ГПУ": "государственный педагогический университет",
    "ГМУ": "государственный медицинский университет",
    "ГЭУ": "государственный экономический университет",
    "ГЮУ": "государственный юридический университет",
    "ГИУ": "государственный институт управления",
    "ГСХА": "государственная сельскохозяйственная академия",
    "ГМА": "государственная медицинская академия",
    "ГАСУ": "государственный архитектурно-строительный университет",
    "ГУПС": "государственный университет путей сообщения",
}
# bare nouns that refer back to the one organization of that kind: ``компания``, ``университета``
BARE_NOUNS = frozenset(
    """компания университет институт академия технопарк банк завод комбинат холдинг корпорация
    концерн колледж фонд филиал госкорпорация госкомпания консорциум музей театр больница епархия митрополия
    парк нацпарк заповедник""".split()
)
# places, not organizations, though a place adjective before them is part of their name
FACILITY_NOUNS = frozenset("аэропорт порт вокзал парк заповедник дворец стадион".split())
# platforms: ``в Telegram``, ``во ВКонтакте`` name the medium a post went out on, not the company
PLATFORMS = frozenset("""facebook twitter instagram weibo wechat telegram youtube tiktok vk вконтакте одноклассники
    телеграм телеграм-канал фейсбук твиттер инстаграм ютуб ютьюб рутуб rutube дзен""".split())
# buildings NER takes for organizations when no rule names a body there (``в Мраморном дворце``)
BUILDING_NOUNS = frozenset("дворец зал холл особняк усадьба башня".split())
# nouns an adjective of a place modifies without referring to the place
NON_PLACE_NOUNS = frozenset("время".split())
