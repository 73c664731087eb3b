"""Fuzz target for the readers: any bytes either decode to a text or raise a one-line InputError.

With atheris (``pip install atheris``)::

    python fuzz/fuzz_read.py -atheris_runs=100000

Without it, a plain loop over seeded random and mutated inputs::

    python fuzz/fuzz_read.py --plain 20000 [--seed 1]
"""

from __future__ import annotations

import codecs
import random
import sys

from pressparse.io.read import InputError, decode

SEEDS = [
    "Правительство области и компания подписали соглашение о сотрудничестве.".encode(codec)
    for codec in ("utf-8", "cp1251", "koi8_r", "cp866", "mac_cyrillic", "utf-16", "utf-16-le")
] + [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"", b"\x00", b"<html></html>"]


def TestOneInput(data: bytes) -> None:  # noqa: N802 (atheris' name)
    try:
        source = decode(data)
    except InputError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        return
    assert isinstance(source.text, str)
    assert all(isinstance(w, str) and "\n" not in w for w in source.warnings)


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        at = rng.randint(0, len(data))
        if choice < 0.4 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif choice < 0.7:
            data[at:at] = rng.randbytes(rng.randint(1, 8))
        elif choice < 0.9 and data:
            del data[at:at + rng.randint(1, 8)]
        else:
            data[at:at] = rng.choice(SEEDS)
    return bytes(data)


def plain(runs: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    for n in range(runs):
        if n % 3 == 0:
            data = rng.randbytes(rng.randint(0, 512))
        else:
            data = mutate(rng, rng.choice(SEEDS))
        try:
            TestOneInput(data)
        except Exception:
            print(f"failing input: {data!r}", file=sys.stderr)
            raise
    return runs


def main(argv: list[str]) -> None:
    if "--plain" in argv:
        at = argv.index("--plain")
        runs = int(argv[at + 1]) if len(argv) > at + 1 else 10000
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
        print(f"{plain(runs, seed)} inputs, no failure")
        return
    import atheris

    atheris.instrument_all()  # coverage of pressparse and charset-normalizer, already imported
    atheris.Setup(argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
