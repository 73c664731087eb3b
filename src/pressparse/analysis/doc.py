"""The analysis every extract layer reads: sentences, tokens with morphology and syntax, NER spans.

natasha objects are converted here, at the boundary; extract layers see only these records.
Token attributes keep natasha's names (``id``, ``head_id``, ``pos``, ``feats``) so natasha's
span normalization can run on them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from .models import Models
from .normalize import normalize_text


@dataclass(slots=True)
class Token:
    start: int
    stop: int
    text: str
    index: int  # position in Analysis.tokens
    sent: int  # position of its sentence in Analysis.sents
    id: str = ""  # natasha's "sent_token" syntax id
    head_id: str = ""
    rel: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""
    head: int = -1  # index of the syntactic head in Analysis.tokens, -1 for a root


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int
    first: int  # index of its first token
    last: int  # index after its last token


@dataclass(slots=True)
class Span:
    start: int
    stop: int
    type: str  # PER, ORG, LOC
    text: str


@dataclass(slots=True)
class Analysis:
    """One document after segmentation, morphology, syntax and NER."""

    text: str  # the original text: every offset points here
    norm: str  # the normalized text, same length
    tokens: list[Token]
    sents: list[Sentence]
    spans: list[Span]
    vocab: Any
    published: Any = None  # extract.published.Dateline: the publication date, when known
    starts: list[int] = field(default_factory=list)
    stops: list[int] = field(default_factory=list)
    # per-document indexes the extract layers build once and share (see extract.token_index);
    # they live and die with the document, so no process-wide cache grows with the batch
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]
        self.stops = [t.stop for t in self.tokens]

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        """Tokens lying inside [start, stop)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.stops, stop)
        return self.tokens[lo:hi] if lo < hi else []

    def token_at(self, offset: int) -> Token | None:
        """The token covering ``offset``, if any."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].stop:
            return self.tokens[i]
        return None

    def sentence_of(self, token: Token) -> Sentence:
        return self.sents[token.sent]


def analyze(text: str, models: Models) -> Analysis:
    """Normalize, segment, tag morphology, parse syntax and find NER spans."""
    from natasha import Doc

    norm = normalize_text(text)
    doc = Doc(norm)
    doc.segment(models.segmenter)
    if doc.tokens:
        doc.tag_morph(models.morph)
        doc.parse_syntax(models.syntax)
        doc.tag_ner(models.ner)
    return adapt_doc(text, norm, doc, models.vocab)


def adapt_doc(text: str, norm: str, doc: Any, vocab: Any) -> Analysis:
    tokens: list[Token] = []
    sents: list[Sentence] = []
    ids: dict[str, int] = {}
    for s, sent in enumerate(doc.sents):
        first = len(tokens)
        for t in sent.tokens:
            index = len(tokens)
            token = Token(
                start=t.start,
                stop=t.stop,
                text=text[t.start : t.stop],
                index=index,
                sent=s,
                id=t.id or "",
                head_id=t.head_id or "",
                rel=t.rel or "",
                pos=t.pos or "X",
                feats=dict(t.feats or {}),
            )
            token.lemma = lemmatize(vocab, token, norm[t.start : t.stop])
            ids[token.id] = index
            tokens.append(token)
        sents.append(Sentence(sent.start, sent.stop, first, len(tokens)))
    for token in tokens:
        head = ids.get(token.head_id, -1)
        # the syntax model sometimes heads a token on itself; a root keeps tree walks finite
        token.head = -1 if head == token.index else head
    break_cycles(tokens)
    spans = [Span(s.start, s.stop, s.type, text[s.start : s.stop]) for s in (doc.spans or [])]
    return Analysis(text=text, norm=norm, tokens=tokens, sents=sents, spans=spans, vocab=vocab)


def break_cycles(tokens: list[Token]) -> None:
    """The syntax model may head tokens on each other in a loop; cut each loop at one token."""
    done: set[int] = set()
    for token in tokens:
        path: list[int] = []
        on_path: set[int] = set()
        node = token.index
        while node >= 0 and node not in done:
            if node in on_path:
                tokens[node].head = -1
                break
            path.append(node)
            on_path.add(node)
            node = tokens[node].head
        done.update(path)


def lemmatize(vocab: Any, token: Token, word: str) -> str:
    if not any(c.isalpha() for c in word):
        return word
    lemma = vocab.lemmatize(word, token.pos, token.feats)
    return lemma or word.lower().replace("ё", "е")
