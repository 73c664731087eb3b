"""Per-document token indexes (extract.token_index, place_zones.starts_of): the tokens they
return are exactly those a scan of every token finds, so the layers' output does not change."""

from __future__ import annotations

import pytest

from pressparse.extract.gazetteer import body_trie, match, place_adjective_trie, place_trie
from pressparse.extract.place_zones import ADJECTIVE, BODY, PLACE, keys_of, starts_of
from pressparse.extract.token_index import token_index

TEXTS = [
    "Жители села Верхний Мамон и посёлка Дёрново встретились на ул. Мира в г. Воронеже.",
    "Губернатор Новосибирской области подписал соглашение с ПАО «Газпром» и Минобрнауки России.",
    "В Кировском и Фрунзенском районах Саратова отремонтируют улицы; подмосковные власти не против.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_index_finds_what_a_scan_finds(analyze_text, text):
    analysis = analyze_text(text)
    index = token_index(analysis)
    tokens = analysis.tokens
    lemmas = {"село", "улица", "район", "губернатор"}
    assert index.with_lemma(lemmas) == [i for i, t in enumerate(tokens) if t.lemma in lemmas]
    folds = {"г", "ул", "дерново"}
    assert index.with_fold(folds) == [i for i, t in enumerate(tokens) if t.text.lower().replace("ё", "е") in folds]
    assert index.capitalized == [i for i, t in enumerate(tokens) if t.text[:1].isupper()]
    assert index.with_lemma(lemmas)  # each text has one of the words


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("trie, which", [(place_trie, PLACE), (place_adjective_trie, ADJECTIVE), (body_trie, BODY)])
def test_match_from_starts_is_match_of_every_token(analyze_text, text, trie, which):
    analysis = analyze_text(text)
    keys = keys_of(analysis)
    hits = match(analysis.tokens, trie(), keys, starts_of(analysis, which))
    assert hits == match(analysis.tokens, trie(), keys)
    assert [(h.first, h.last) for h in hits] == [(h.first, h.last) for h in match(analysis.tokens, trie())]


# words the place filters ask the dictionary about: the memoized answer is the dictionary's,
# the first time and the second (a given name, a town, a surname, an unknown word, a patronymic)
WORDS = ["Дмитрий", "Киров", "Москва", "Иванов", "Тусоне", "Геннадьевич", "Бор", "Луга"]


@pytest.mark.parametrize("word", WORDS)
def test_word_memos_answer_as_the_dictionary(analyze_text, word):
    from pressparse.analysis.morph import morph_analyzer
    from pressparse.extract.place_words import CASES, has_tag, is_geo, known_word, name_reading, person_word

    analysis = analyze_text(f"Вчера {word} приехал.")
    token = next(t for t in analysis.tokens if t.text == word)
    parses = analysis.vocab(word)
    tags = [str(p.tag) for p in parses]
    known = morph_analyzer().word_is_known(word.lower().replace("ё", "е"))
    case = CASES.get(token.feats.get("Case", ""))
    for _ in range(2):
        assert known_word(word) == known
        assert person_word(analysis, token) == (known and any(t in tag for tag in tags for t in ("Name", "Surn", "Patr"))
                                                and not any("Geox" in tag for tag in tags))
        assert has_tag(analysis, word, "Patr") == any("Patr" in tag for tag in tags)
        assert is_geo(analysis, word) == any("Geox" in p.tag for p in parses)
        assert name_reading(analysis, token, ("Surn",)) == any("Surn" in p.tag and (case is None or case in p.tag)
                                                               for p in parses)


# unit abbreviations and board words: the index finds the tokens a scan of every token finds
@pytest.mark.parametrize("text", [
    "Сотрудники УУР МВД по Удмуртии и ОЭБиПК задержали подозреваемого.",
    "Совет директоров компании и наблюдательный совет банка одобрили сделку; совет директоров соберется вновь.",
])
def test_org_start_words_from_index(analyze_text, text):
    from pressparse.extract.org_subunits import BOARD_STARTS, BOARDS, UNIT_EXPANSIONS, UNIT_FOLDS

    analysis = analyze_text(text)
    tokens, index = analysis.tokens, token_index(analysis)
    units = [i for i in index.with_fold(UNIT_FOLDS) if tokens[i].text in UNIT_EXPANSIONS]
    assert units == [i for i, t in enumerate(tokens) if t.text in UNIT_EXPANSIONS]
    boards = [i for i in index.with_lemma(BOARD_STARTS) if i < len(tokens) - 1
              and (tokens[i].lemma, tokens[i + 1].lemma) in BOARDS]
    assert boards == [i for i, t in enumerate(tokens[:-1]) if (t.lemma, tokens[i + 1].lemma) in BOARDS]
    assert units or boards


# the unresolved-date stage asks the date rules again with a stand-in publication date: it reuses
# the candidates the date stage found (Analysis.memo), and answers as on a fresh document
@pytest.mark.parametrize("text", [
    "Заседание пройдет 9 июня, а в прошлом году его провели в понедельник.",
    "Соглашение подписали 14 марта 2025 года, накануне прошла встреча; вчера о нем сообщили.",
])
def test_unresolved_dates_reuse_date_candidates(analyze_text, text):
    from pressparse.extract import Found
    from pressparse.extract.dates import extract_dates
    from pressparse.extract.dates_unresolved import extract_unresolved_dates

    analysis = analyze_text(text)
    found = Found()
    found.dates = extract_dates(analysis, found)
    assert "date_candidates" in analysis.memo
    shared = extract_unresolved_dates(analysis, found)
    fresh = analyze_text(text)
    fresh_found = Found()
    fresh_found.dates = extract_dates(fresh, fresh_found)
    fresh.memo.clear()  # the stage finds the candidates itself
    assert shared == extract_unresolved_dates(fresh, fresh_found)
    assert [d.text for d in found.dates] + [u.text for u in shared]


def test_a_list_first_asked_for_is_found_by_indexes_built_before_and_after(analyze_text):
    """A word list first asked for by one document: an index built before (with the old lists' state)
    answers it by a scan, an index built after has it indexed; both find what a scan finds."""
    from pressparse.extract.token_index import TokenIndex

    first, second = (analyze_text(t) for t in TEXTS[:2])
    old = TokenIndex(second.tokens)  # built before the new list is known
    fresh = frozenset({"соглашение", "подписать"})
    assert token_index(first).with_lemma(fresh) == [i for i, t in enumerate(first.tokens) if t.lemma in fresh]
    expected = [i for i, t in enumerate(second.tokens) if t.lemma in fresh]
    assert expected
    assert old.with_lemma(fresh) == expected  # the old state's index scans for a list it never watched
    assert TokenIndex(second.tokens).with_lemma(fresh) == expected  # the new state's index has it


# documents naming different organizations: a layer that asked the index for a list built from the
# document's own names (org_descriptor_refs, session 15) made a new state per document and emptied the
# word memo each time (the places stage ran 40% slower)
SETTLED = [
    "Газета «Ведомости» сообщила о сделке. По данным издания, ПАО «Сбербанк» купило долю.",
    "Телеканал «Россия 1» показал сюжет. Руководство телеканала и АО «Гринатом» подписали договор.",
    "Министерство финансов Калужской области и ООО «Ромашка» заключили соглашение; компания обязуется.",
]


def test_parsing_new_documents_keeps_the_index_state_once_lists_are_known(parser):
    """Once every layer has asked for its word lists, parsing documents with other names asks for no
    new list: the index state, and with it the word memo, stays the same object."""
    import pressparse.extract.token_index as index

    for text in SETTLED:
        parser.parse(text)
    state = index._STATE
    for text in SETTLED[::-1] + ["Ансамбль «Березка» и кинотеатр «Октябрь» провели концерт; оркестр «Виртуозы Москвы» тоже."]:
        parser.parse(text)
    assert index._STATE is state
