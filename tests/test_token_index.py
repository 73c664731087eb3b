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
