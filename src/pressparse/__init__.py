"""pressparse: structured facts from Russian press releases.

>>> from pressparse import Parser
>>> doc = Parser().parse(text)
"""

from .parser import Parser, parse  # noqa: F401
from .result import (  # noqa: F401
    SCHEMA_VERSION,
    Agreement,
    DateMention,
    Document,
    Mention,
    Obligation,
    Organization,
    Person,
    Place,
    Role,
)

__version__ = "0.1.0"
