"""Dates printed in forms the readers missed (issue 18): a year of two digits with dashes
("05-03-24, 14:05"), a time printed before its date ("14.05 Uhr | 08.12.2010"), the time of a
Persian calendar's date, the months of the Bengali calendar, and a version number that
reads like a date ("Version 5.3.2024"); each through the page reader and at the function
level."""

from __future__ import annotations

import datetime as dt

import pytest

import newsdoc
from newsdoc.readers.dates import date_in, parse_date, short_date_in
from newsdoc.readers.html.metadata.fields.dates import day_first

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


def read(printed: str, language: str) -> dt.datetime | dt.date | None:
    """A date as a page in ``language`` reads it."""
    return parse_date(printed, dayfirst=day_first(language), language=language)


# -- 1. a year of two digits with dashes -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "printed", "expected"),
    [
        ("de", "05-03-24, 14:05", T(2024, 3, 5, 14, 5)),
        ("de", "05-03-24", D(2024, 3, 5)),
        ("nl", "05-03-24 14:05", T(2024, 3, 5, 14, 5)),
        ("fr", "Publié le 05-03-24 à 14h05", T(2024, 3, 5, 14, 5)),
        ("de", "31-12-99", D(1999, 12, 31)),
        # month first where the page's language says so (US English), as with slashes
        ("en", "03-05-24", D(2024, 3, 5)),
        ("en", "03-05-24 2:05 pm", T(2024, 3, 5, 14, 5)),
    ],
)
def test_a_year_of_two_digits_with_dashes(
    language: str, printed: str, expected: dt.datetime | dt.date
) -> None:
    assert read(printed, language) == expected


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("de", "Tel. 030 05-03-24"),  # a phone number
        ("de", "Tel.: 05-03-24"),
        ("de", "Bestellnummer 05-03-24-17"),  # part of a longer number
        ("de", "AB-05-03-24"),  # an ID
        ("de", "X05-03-24"),
        ("de", "Version 05-03-24"),
        ("de", "Endstand 2-1 nach 05-03-24 Minuten"),  # other numbers: not a date's line
        ("de", "35-12-24"),  # no 35th day, nor 35th month
        ("de", "98-12-05"),  # a year first (98 is no day): read neither way
        # where numeric dates are written year first, "24-03-05" may be either way round
        ("sv", "24-03-05"),
        ("ja", "24-03-05"),
    ],
)
def test_no_date_is_made_of_dashed_numbers_that_are_not_one(language: str, printed: str) -> None:
    assert read(printed, language) is None


def test_short_date_in_finds_a_dashed_date() -> None:
    assert short_date_in("05-03-24, 14:05") == "05-03-24"
    assert short_date_in("05-03-24", padded=True) == "05-03-24"
    assert short_date_in("5-3-24", padded=True) is None
    assert short_date_in("Tel. 05-03-24") is None
    assert short_date_in("4-4-2") is None  # a team's formation


def test_a_page_prints_a_dashed_date_with_a_year_of_two_digits() -> None:
    assert published("05-03-24, 14:05", "de") == T(2024, 3, 5, 14, 5)
    assert published("Tel. 05-03-24", "de") is None


# -- 2. a time printed before its date ---------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("14.05 Uhr | 08.12.2010", T(2010, 12, 8, 14, 5)),
        ("14.05 Uhr, 08.12.2010", T(2010, 12, 8, 14, 5)),
        ("14:05 Uhr | 08.12.2010", T(2010, 12, 8, 14, 5)),
        ("14.05 Uhr · 8. Dezember 2010", T(2010, 12, 8, 14, 5)),
        ("Anna Meier | 14.05 Uhr | 08.12.2010 | 3 Kommentare", T(2010, 12, 8, 14, 5)),
        # "14.05" without its word may be the 14th of May: the date alone
        ("14.05 | 08.12.2010", D(2010, 12, 8)),
        # a number before a date is no time
        ("Version 2.05 vom 8. Dezember 2010", D(2010, 12, 8)),
        ("Heft 12.10 vom 8. Dezember 2010", D(2010, 12, 8)),
    ],
)
def test_a_time_before_its_date_is_kept(printed: str, expected: dt.datetime | dt.date) -> None:
    assert read(printed, "de") == expected


def test_a_page_prints_its_time_before_its_date() -> None:
    assert published("14.05 Uhr | 08.12.2010", "de") == T(2010, 12, 8, 14, 5)


# -- 3. a Persian calendar's date with its time ------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("۱۵ آذر ۱۴۰۲، ساعت ۱۴:۰۵", T(2023, 12, 6, 14, 5)),
        ("۱۵ آذر ۱۴۰۲ - ۱۴:۰۵", T(2023, 12, 6, 14, 5)),
        ("چهارشنبه ۱۵ آذر ۱۴۰۲ ساعت ۰۹:۳۰", T(2023, 12, 6, 9, 30)),
        ("۱۴۰۲/۰۹/۱۵ ۱۴:۰۵", T(2023, 12, 6, 14, 5)),
        ("۱۴:۰۵ - ۱۴۰۲/۰۹/۱۵", T(2023, 12, 6, 14, 5)),
        ("ساعت ۱۴:۰۵ | ۱۵ آذر ۱۴۰۲", T(2023, 12, 6, 14, 5)),
        ("۱۵ آذر ۱۴۰۲ ساعت ۰۲:۰۵ ب.ظ", T(2023, 12, 6, 14, 5)),  # (of the afternoon)
        ("۱۵ آذر ۱۴۰۲ ساعت ۰۹:۳۰ ق.ظ", T(2023, 12, 6, 9, 30)),
        ("۱۵ آذر ۱۴۰۲", D(2023, 12, 6)),
        # an impossible time is no time: the day alone
        ("۱۵ آذر ۱۴۰۲ - ۲۵:۰۵", D(2023, 12, 6)),
    ],
)
def test_a_persian_calendar_date_keeps_its_time(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert read(printed, "fa") == expected


def test_a_page_prints_a_persian_calendar_date_and_time() -> None:
    assert published("۱۵ آذر ۱۴۰۲، ساعت ۱۴:۰۵", "fa") == T(2023, 12, 6, 14, 5)


# -- 4. the months of the Bengali calendar -----------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # the Gregorian date printed beside is read, with the time after both
        ("১৪ এপ্রিল ২০২৪, ১ বৈশাখ ১৪৩১, ১০:৩০", T(2024, 4, 14, 10, 30)),
        ("রবিবার, ১ পৌষ ১৪৩১, ১৫ ডিসেম্বর ২০২৪", D(2024, 12, 15)),
        ("১ পৌষ ১৪৩১ বঙ্গাব্দ, ১৫ ডিসেম্বর ২০২৪ ১২:০৫", T(2024, 12, 15, 12, 5)),
    ],
)
def test_a_bengali_calendar_date_beside_the_gregorian_one(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert read(printed, "bn") == expected


@pytest.mark.parametrize(
    "printed",
    [
        "২০ বৈশাখ ২০২৪",  # a Bengali month is never a Gregorian one
        "১ পৌষ ১৪৩১",  # nor, on a page that does not say it is Bangladesh's, converted
        "প্রকাশ: ১ বৈশাখ ১৪৩১ ১০:৩০",
    ],
)
def test_a_bengali_calendar_date_alone_is_not_read_as_gregorian(printed: str) -> None:
    assert read(printed, "bn") is None
    assert date_in(printed) is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # Bangladesh's revised calendar (2019): the days the country's holidays fall on
        ("১ বৈশাখ ১৪৩১", D(2024, 4, 14)),
        ("১ পৌষ ১৪৩১", D(2024, 12, 16)),
        ("৮ ফাল্গুন ১৪৩০", D(2024, 2, 21)),
        ("১২ চৈত্র ১৪৩০", D(2024, 3, 26)),
        ("৮ ফাল্গুন ১৪৩১", D(2025, 2, 21)),
        ("৩০ ফাল্গুন ১৪৩০", D(2024, 3, 14)),  # Falgun has 30 days in a leap year
        ("৩১ আশ্বিন ১৪৩১", D(2024, 10, 16)),
        ("১ মাঘ ১৪৩১", D(2025, 1, 15)),  # Magh to Chaitra: the next Gregorian year
        ("৩০ চৈত্র ১৪৩১", D(2025, 4, 13)),
        ("১ বৈশাখ ১৪৩১, ১০:৩০", T(2024, 4, 14, 10, 30)),
    ],
)
def test_a_bengali_calendar_date_of_bangladesh(printed: str, expected: dt.date) -> None:
    assert parse_date(printed, dayfirst=True, language="bn-BD") == expected


@pytest.mark.parametrize(
    "printed",
    [
        "৩০ ফাল্গুন ১৪৩১",  # Falgun has 29 days in other years
        "৩১ কার্তিক ১৪৩১",  # Kartik has 30
        "১ বৈশাখ ১৪২০",  # before the calendar's revision of 2019: not converted
    ],
)
def test_an_impossible_or_older_bengali_calendar_date_is_none(printed: str) -> None:
    assert parse_date(printed, dayfirst=True, language="bn-BD") is None


def test_a_page_prints_a_bengali_calendar_date_beside_the_gregorian_one() -> None:
    line = "১৪ এপ্রিল ২০২৪, ১ বৈশাখ ১৪৩১, ১০:৩০"
    assert published(line, "bn") == T(2024, 4, 14, 10, 30)


# -- 5. a version number is no date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "Version 5.3.2024"),
        ("en", "v5.3.2024"),
        ("en", "Build 5.3.2024"),
        ("en", "Build 2024.03.05"),
        ("de", "Version: 5.3.2024"),
        ("de", "Stand der Software: Version 5.3.2024"),
        ("es", "Versión 5.3.2024"),
        ("ru", "Версия 5.3.2024"),
    ],
)
def test_a_version_number_is_no_date(language: str, printed: str) -> None:
    assert date_in(printed) is None
    assert read(printed, language) is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Version 5.3.2024 vom 8. März 2024", D(2024, 3, 8)),
        ("v5.3.2024, 08.03.2024 14:05", T(2024, 3, 8, 14, 5)),
        ("Stand: 5.3.2024", D(2024, 3, 5)),
        # a one-letter word before a spaced number is a preposition (Czech "v", in)
        ("v 5.3.2024", D(2024, 3, 5)),
    ],
)
def test_a_date_beside_a_version_number_is_read(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert read(printed, "de") == expected


def test_date_in_skips_a_version_for_the_date_after_it() -> None:
    assert date_in("Version 5.3.2024 vom 8. März 2024") == "8. März 2024"


def test_a_page_prints_a_version_number_and_no_date() -> None:
    assert published("Version 5.3.2024", "de") is None
    assert published("Build 5.3.2024 vom 8. März 2024", "de") == D(2024, 3, 8)
