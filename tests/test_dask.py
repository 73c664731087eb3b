"""Dask: a bag and a DataFrame on a local cluster of two worker processes give the local results."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.bag", reason="needs the 'dask' extra: pip install 'pressparse[dask]'")
distributed = pytest.importorskip("distributed", reason="needs the 'dask' extra (distributed)")
pd = pytest.importorskip("pandas", reason="needs the 'dask' extra (pandas)")

from pressparse.batch import parse_partition  # noqa: E402
from pressparse.dask import parse_bag, parse_dataframe  # noqa: E402

TEXTS = {
    "r1": "Губернатор Томской области Владимир Мазур 3 марта 2024 года подписал соглашение "
    "с ПАО «Ростелеком» о развитии связи в Томске.",
    "r2": "Мэр Казани Ильсур Метшин поручил администрации города подготовить программу "
    "ремонта дорог до 1 июня 2025 года.",
    "r3": "Министр образования Пермского края Раиса Кассина посетила новую школу в Перми.",
    "r4": "",
}


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
        dashboard_address=None, silence_logs=50,
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


@pytest.fixture(scope="module")
def local():
    rows = [{"id": id, "text": text} for id, text in TEXTS.items()]
    return list(parse_partition(rows))


def test_bag_gives_the_local_results(client, local):
    import dask.bag as db

    bag = db.from_sequence(list(TEXTS.items()), npartitions=2)
    assert parse_bag(bag).compute() == local
    # one Parser per worker process, built there
    built = client.run(lambda: __import__("pressparse.batch").batch._PARSER is not None)
    assert len(built) == 2 and all(built.values())


def test_bag_of_plain_texts_and_a_bad_item(client):
    import dask.bag as db

    results = parse_bag(db.from_sequence([TEXTS["r3"], 42], npartitions=1)).compute()
    assert results[0]["id"] is None and results[0]["places"]
    assert results[1] == {"id": None, "error": "an item is a text, (id, text), (id, text, published) or a dict"}


def test_dataframe_adds_a_json_column(client, local):
    import dask.dataframe as dd

    frame = pd.DataFrame({"doc": list(TEXTS), "body": list(TEXTS.values()), "n": range(4)})
    parsed = parse_dataframe(dd.from_pandas(frame, npartitions=2), text_column="body", id_column="doc")
    out = parsed.compute()
    assert list(out.columns) == ["doc", "body", "n", "result"]
    assert [json.loads(r) for r in out["result"]] == local
