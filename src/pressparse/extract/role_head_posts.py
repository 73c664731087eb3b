"""The post a text gives the head of a body: ``возглавлял инспекцию`` is ``начальник`` where the text
says ``начальника инспекции`` of that body elsewhere; ``руководитель`` when it names no such post or several."""

from __future__ import annotations

from typing import Any

from .role_lexicon import fold, match_position

HEAD_POSTS = frozenset({"начальник", "директор", "председатель", "управляющий", "заведующий", "руководитель",
                        "ректор", "президент"})
DEFAULT = "руководитель"


def head_post(analysis: Any, first: int, last: int, spans: list[tuple[int, int]]) -> str:
    """The post of the head of the body whose words are tokens [first, last) (its head noun the first),
    told where the text names that body (``spans``: its mentions; not ``директора театра`` of another)."""
    tokens = analysis.tokens
    noun = next((t for t in tokens[first:last] if t.pos in ("NOUN", "PROPN")), None)
    if noun is None or not noun.text[:1].isalpha():
        return DEFAULT
    lemma = fold(noun.lemma)
    found = set()
    for k in range(len(tokens) - 1):
        post, body = tokens[k], tokens[k + 1]
        if fold(post.lemma) in HEAD_POSTS and fold(body.lemma) == lemma and body.feats.get("Case") == "Gen" and (
                k == 0 or not match_position(tokens, k - 1)) and any(a <= body.start < b for a, b in spans):  # not ``генерального директора``: a post of its own
            found.add(fold(post.lemma))
    return found.pop() if len(found) == 1 else DEFAULT
