"""Tokens, morphology, syntax and NER for the extract layers."""

from .doc import Analysis, Sentence, Span, Token, analyze  # noqa: F401
from .models import Models, load_models  # noqa: F401
from .normalize import normalize_text  # noqa: F401
