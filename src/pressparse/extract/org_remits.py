"""A body's remit after its territory: ``Главного управления Смоленской области по делам молодежи``."""

from __future__ import annotations

from .inflect import fold
from .org_context import Candidate, Context, name_key

# bodies named with a remit after their territory, and the words after ``по`` that are no remit
REMIT_HEADS = frozenset("управление агентство инспекция департамент служба".split())  # committees: org_units
NOT_REMITS = frozenset("""вопросу поводу итогам сравнению мнению словам данным результатам причине факту линии
    адресу направлению программе проекту случаю состоянию поручению просьбе заявлению инициативе требованию
    решению приглашению согласованию месту запросу""".split())


def with_remit(ctx: Context, candidate: Candidate, head_end: int, k: int) -> tuple[Candidate, int]:
    """``Главного управления Смоленской области по делам молодежи``: a remit after the territory."""
    from .org_legislature import remit_end

    tokens = ctx.analysis.tokens
    head = tokens[head_end - 1].lemma
    # ``Государственный комитет Республики Башкортостан по тарифам``: a committee with its territory
    # right after the head is a body of the territory (a legislature's committee names its legislature)
    own = head in REMIT_HEADS or head in ("комитет", "госкомитет") and head_end < len(tokens) and tokens[head_end].start in ctx.place_at
    if not own or " по " in candidate.name or k + 1 >= len(tokens) \
            or fold(tokens[k].text) != "по" or fold(tokens[k + 1].text) in NOT_REMITS:
        return candidate, k
    end = remit_end(tokens, k + 1)
    if end is None or not any(t.pos == "NOUN" for t in tokens[k + 1 : end]):
        return candidate, k
    stop = tokens[end - 1].stop
    candidate.name = f"{candidate.name} {ctx.analysis.text[tokens[k].start : stop]}"
    candidate.key, candidate.stop = name_key(candidate.name), stop
    return candidate, end
