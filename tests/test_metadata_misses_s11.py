"""Metadata the HTML reader missed (session 11): a time printed with a dot beside its word
("um 14.05", "kl. 14.05", "14.05 am 8. Dezember 2010"); each at the function level and
through the page reader."""

from __future__ import annotations

import datetime as dt

import pytest

import newsdoc
from newsdoc.readers.dates import parse_date

D = dt.date
T = dt.datetime

STORY = "".join(
    f"<p>Absatz {i} der Geschichte, lang genug, um fortlaufender Text zu sein, mit Komma.</p>"
    for i in range(4)
)


def published(line: str, lang: str) -> dt.datetime | dt.date | None:
    """The publication date newsdoc reads from a page in ``lang`` that prints ``line``
    below its headline (and no date in its metadata)."""
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Schlagzeile</title></head><body><article><h1>Schlagzeile</h1>"
        f"<p>{line}</p>{STORY}</article></body></html>"
    )
    return newsdoc.parse(html.encode(), format="html").published


# -- 1. a time with a dot ---------------------------------------------------------------------

DOTTED = [
    # the time before its date, with the word that says the date is its day
    ("de", "14.05 am 8. Dezember 2010"),
    ("de", "um 14.05 am 08.12.2010"),
    ("nl", "14.05 op 8 december 2010"),
    # after the word that leads to a time, before or after the date
    ("sv", "kl. 14.05 den 8 december 2010"),
    ("sv", "8 december 2010 kl.14.05"),
    ("da", "8. december 2010 klokken 14.05"),
    ("fi", "8.12.2010 klo 14.05"),
    ("nl", "8 december 2010 14.05 uur"),
]


@pytest.mark.parametrize(("language", "printed"), DOTTED)
def test_a_time_with_a_dot_beside_its_word(language: str, printed: str) -> None:
    assert parse_date(printed, language=language) == T(2010, 12, 8, 14, 5)


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("de", "Anna Meier | um 14.05 Uhr am 08.12.2010 | 3 Kommentare"),
        ("de", "Anna Meier | 14.05 am 08.12.2010 | 3 Kommentare"),
        ("sv", "Anna Meier | 08.12.2010 kl. 14.05 | 3 kommentarer"),
        ("no", "Anna Meier | 8. desember 2010 klokken 14.05 | 3 kommentarer"),
    ],
)
def test_a_time_with_a_dot_beside_a_date_among_other_words(language: str, printed: str) -> None:
    assert parse_date(printed, language=language) == T(2010, 12, 8, 14, 5)


@pytest.mark.parametrize(
    "printed",
    [
        "14.05 8.12.2010",  # the 14th of May, or a time: no word says which
        "Ausgabe 14.05 vom 8. Dezember 2010",  # a number of that day ("vom" is "of")
        "Am 14.05. um 8 Uhr, 8. Dezember 2010",  # a day and month with its dot
    ],
)
def test_a_number_with_a_dot_without_a_time_word_is_no_time(printed: str) -> None:
    assert parse_date(printed, language="de") == D(2010, 12, 8)


@pytest.mark.parametrize(("language", "printed"), DOTTED[:4])
def test_a_page_prints_a_time_with_a_dot_before_its_date(language: str, printed: str) -> None:
    assert published(printed, language) == T(2010, 12, 8, 14, 5)
