"""Spark in local mode: mapInPandas gives the local results, as JSON and as a typed struct."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pyspark", reason="needs the 'spark' extra: pip install 'pressparse[spark]'")
pytest.importorskip("pandas", reason="needs the 'spark' extra (pandas)")
pytest.importorskip("pyarrow", reason="needs the 'spark' extra (pyarrow)")


def java_works() -> bool:
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    if not java:
        return False
    return subprocess.run([java, "-version"], capture_output=True).returncode == 0


pytestmark = [
    pytest.mark.skipif(not java_works(), reason="Spark needs a JDK: `java -version` fails"),
    pytest.mark.slow,  # the JVM's start: 30-90 s; CI runs it, `-m "not slow"` leaves it out
]

TEXTS = {
    "r1": "Губернатор Томской области Владимир Мазур 3 марта 2024 года подписал соглашение "
    "с ПАО «Ростелеком» о развитии связи в Томске.",
    "r2": "Мэр Казани Ильсур Метшин поручил администрации города подготовить программу "
    "ремонта дорог до 1 июня 2025 года.",
    "r3": "",
}


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]").appName("pressparse-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_gives_the_local_results(spark):
    from pressparse.batch import parse_partition
    from pressparse.spark import parse_spark

    local = list(parse_partition({"id": id, "text": text} for id, text in TEXTS.items()))
    df = spark.createDataFrame(list(TEXTS.items()), "id string, text string").repartition(2, "id")
    out = parse_spark(df, id_column="id", struct_column="doc").orderBy("id").collect()
    assert [json.loads(row.result) for row in out] == local
    assert out[0].doc.id == "r1" and out[0].doc.error is None
    assert [o.name for o in out[0].doc.organizations] == [o["name"] for o in local[0]["organizations"]]
    assert out[2].doc.warnings == ["empty text"]
