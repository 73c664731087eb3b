"""Reading inputs: encodings, web pages, and clear one-line errors for what is not a text."""

from __future__ import annotations

import codecs
import importlib.util
import random
import sys

import pytest

from conftest import FIXTURES
from pressparse.io.read import InputError, Source, complete, decode, read_path
from pressparse.result import Document

INPUTS = FIXTURES / "inputs"
RELEASE = (INPUTS / "release.txt").read_text(encoding="utf-8")
PLAIN = (INPUTS / "release-plain.txt").read_text(encoding="utf-8")  # no «» and — for KOI8-R, cp866

# paragraph-length texts of other kinds of releases, plain punctuation so every code page holds them
PARAGRAPHS = [
    "Администрация города Череповца сообщает, что с 1 июня на улице Ленина начнется ремонт "
    "трамвайных путей. Движение транспорта будет ограничено до конца августа, автобусы пойдут "
    "в объезд по проспекту Победы.",
    "Ученые Уральского федерального университета разработали новый способ очистки сточных вод "
    "от тяжелых металлов. Результаты исследования опубликованы в научном журнале, а установка "
    "уже испытана на одном из предприятий Свердловской области.",
    "ЗАЯВЛЕНИЕ ДЛЯ ПРЕССЫ. ОАО \"ВОЛЖСКИЙ ТРУБНЫЙ ЗАВОД\" ЗАВЕРШИЛО МОДЕРНИЗАЦИЮ ЦЕХА И ПЕРЕШЛО "
    "НА ВЫПУСК ТРУБ БОЛЬШОГО ДИАМЕТРА ДЛЯ ГАЗОПРОВОДОВ.",
    "Прокуратура района провела проверку соблюдения трудовых прав работников. Выявлена задолженность "
    "по заработной плате перед 37 сотрудниками; руководителю предприятия внесено представление.",
]


@pytest.mark.parametrize(
    "name, original, warning",
    [
        ("release.txt", RELEASE, None),
        ("release.utf8bom.txt", RELEASE, None),
        ("release.utf16.txt", RELEASE, None),
        ("release.cp1251.txt", RELEASE, "decoded as cp1251, not UTF-8"),
        ("release.mac_cyrillic.txt", RELEASE, "decoded as mac_cyrillic, not UTF-8"),
        ("release-plain.koi8_r.txt", PLAIN, "decoded as koi8_r, not UTF-8"),
        ("release-plain.cp866.txt", PLAIN, "decoded as cp866, not UTF-8"),
    ],
)
def test_release_in_every_encoding_reads_as_the_original(name, original, warning):
    source = read_path(INPUTS / name)
    assert source.text == original
    assert source.id == name
    assert source.warnings == ([warning] if warning else [])


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("n", range(len(PARAGRAPHS)))
def test_paragraph_is_detected(codec, n):
    assert decode(PARAGRAPHS[n].encode(codec)).text == PARAGRAPHS[n]


@pytest.mark.parametrize("codec", ["cp1251", "mac_cyrillic"])
def test_typographic_quotes_and_dashes_in_code_pages(codec):
    text = "«Это важное решение для региона», — сказал министр. Новость № 5…"
    assert decode(text.encode(codec)).text == text


def test_regression_mac_cyrillic_short_line_is_not_cp1251():
    # charset-normalizer alone picks cp1251 here: capitals become "Ђ‚ѓ" symbols
    text = "Правительство Вологодской"
    assert decode(text.encode("mac_cyrillic")).text == text


def test_utf16_without_bom_is_read_with_a_warning():
    source = decode(PARAGRAPHS[0].encode("utf-16-le"))
    assert source.text == PARAGRAPHS[0]
    assert source.warnings == ["decoded as utf-16-le without a BOM, not UTF-8"]


@pytest.mark.parametrize(
    "data, encoding, text",
    [
        ("Министр".encode("cp1251"), "cp1251", "Министр"),
        ("Министр".encode("koi8_r"), "KOI8-R", "Министр"),
        (codecs.BOM_UTF8 + "Министр".encode(), "utf-8", "Министр"),
        ("Министр".encode("utf-16"), "utf-16", "Министр"),
    ],
)
def test_encoding_override(data, encoding, text):
    source = decode(data, encoding=encoding)
    assert (source.text, source.warnings) == (text, [])


@pytest.mark.parametrize(
    "data, encoding, message",
    [
        ("Министр".encode("cp1251"), "utf-8", "input: cannot decode as utf-8: invalid continuation byte at byte 0"),
        (b"text", "no-such-codec", "input: unknown encoding 'no-such-codec'"),
        (b"text", "base64", "input: cannot decode as base64: 'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
        (b"\xff\xfe", "idna", "input: cannot decode as idna: ordinal not in range(128) at byte 0"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "input: binary content, not a text"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), None, "input: binary content, not a text"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), None, "input: binary content, not a text"),
        (bytes(range(1, 32)) * 10, None, "input: binary content, not a text"),
        (random.Random(7).randbytes(4000), None, "input: binary content, not a text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", None, "input: broken UTF-16 text: unexpected end of data at byte 2"),
    ],
)
def test_not_a_text_is_one_line_error(data, encoding, message):
    with pytest.raises(InputError) as error:
        decode(data, encoding=encoding)
    assert str(error.value) == message


def test_random_bytes_without_nul_are_refused():
    noise = bytes(b for b in random.Random(3).randbytes(6000) if b)
    with pytest.raises(InputError, match="not a text|cannot decode"):
        decode(noise)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_input_is_an_empty_text(parser, data):
    source = decode(data)
    assert source.text.strip() == ""
    assert parser.parse(source.text).warnings == ("empty text",)


def test_english_text_gives_a_warning_and_a_result(parser):
    source = decode(b"The Ministry of Industry signed an agreement with the region on Monday.")
    doc = parser.parse(source.text)
    assert source.warnings == [] and "text does not look Russian: results are best effort" in doc.warnings


@pytest.mark.parametrize(
    "path, message",
    [
        ("no-such-file.txt", "no-such-file.txt: no such file"),
        (".", ".: is a directory"),
    ],
)
def test_path_errors(path, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as error:
        read_path(path)
    assert str(error.value) == message


def test_unknown_format(tmp_path):
    (tmp_path / "a.txt").write_text("текст")
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        read_path(tmp_path / "a.txt", format="pdf")


# --- web pages

needs_trafilatura = pytest.mark.skipif(
    importlib.util.find_spec("trafilatura") is None, reason="trafilatura not installed: pip install pressparse[html]"
)

BOILERPLATE = ["Главная", "Поиск по сайту", "Читайте также", "Итоги недели", "Все права защищены", "Политика"]
TITLE = "Минздрав области открыл новый фельдшерско-акушерский пункт в селе Ильинском"


@needs_trafilatura
@pytest.mark.parametrize("name, warnings", [("release.html", []), ("release.cp1251.html", [])])
def test_web_page_gives_main_text_title_and_date(name, warnings):
    source = read_path(INPUTS / name)
    assert source.title == TITLE
    assert source.published == "2024-05-21"
    assert source.text.startswith(TITLE + "\n\nМинистр здравоохранения Ярославской области Алексей Гусев")
    assert source.text.endswith("отремонтировать подъездную дорогу к новому пункту.")
    assert [word for word in BOILERPLATE if word in source.text] == []
    assert source.warnings == warnings


@needs_trafilatura
def test_page_in_cp1251_without_declaration_is_detected(tmp_path):
    page = (INPUTS / "release.html").read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1251"))
    source = read_path(path)
    assert source.text == read_path(INPUTS / "release.html").text
    assert source.warnings == ["decoded as cp1251, not UTF-8"]


@needs_trafilatura
def test_format_html_overrides_the_name(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes((INPUTS / "release.html").read_bytes())
    assert read_path(path, format="html").title == TITLE
    assert read_path(path).text.startswith("<!DOCTYPE html>")


@needs_trafilatura
def test_title_is_prepended_when_the_body_lacks_it():
    page = "<html><head><title>Заголовок новости</title></head><body><article><p>" + PARAGRAPHS[1] + "</p></article></body></html>"
    source = decode_html(page)
    assert source.text == "Заголовок новости\n\n" + PARAGRAPHS[1]
    assert source.published is None


@needs_trafilatura
def test_page_without_text():
    source = decode_html("<html><head><title>Т</title></head><body><script>var a = 1</script></body></html>")
    assert source.text == "" and source.warnings == ["no main text found in the page"]


def test_without_trafilatura_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError) as error:
        read_path(INPUTS / "release.html")
    assert str(error.value).endswith("reading HTML needs trafilatura: pip install pressparse[html]")


@needs_trafilatura
def test_html_offsets_refer_to_the_extracted_text(parser):
    source = read_path(INPUTS / "release.html")
    doc = complete(parser.parse(source.text, id=source.id), source)
    for org in doc.organizations:
        for m in org.mentions:
            assert source.text[m.start:m.end] == m.text
    assert doc.title == TITLE


def test_complete_fills_only_what_is_missing():
    source = Source("текст", warnings=["decoded as cp1251, not UTF-8"], title="Заголовок", published="2024-05-21")
    doc = complete(Document(published="2024-05-20T10:00", warnings=("w",)), source)
    assert (doc.title, doc.published, doc.warnings) == ("Заголовок", "2024-05-20T10:00", ("decoded as cp1251, not UTF-8", "w"))


def decode_html(page: str) -> Source:
    from pressparse.io.read import read_html

    return read_html(page.encode("utf-8"), name="page")


def test_fuzz_target_plain_loop():
    spec = importlib.util.spec_from_file_location("fuzz_read", FIXTURES.parent / "fuzz" / "fuzz_read.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    assert fuzz.plain(1000, seed=5) == 1000


@needs_trafilatura
def test_xhtml_declared_encoding_is_used():
    page = (
        '<?xml version="1.0" encoding="windows-1251"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Новость</title></head><body><article><p>" + PARAGRAPHS[0] + "</p></article></body></html>"
    )
    source = decode_html_bytes(page.encode("cp1251"))
    assert (source.text, source.warnings) == ("Новость\n\n" + PARAGRAPHS[0], [])


def decode_html_bytes(data: bytes) -> Source:
    from pressparse.io.read import read_html

    return read_html(data, name="page")
