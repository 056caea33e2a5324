"""Printed dates with abbreviated months, in languages the other tests do not cover, and
relative times that give no date (issue 18).

Pages as engines print them: a headline, a date line, a few paragraphs, no metadata.  An
abbreviation that is a word of another language ("dis", "pro", "led", "tra") is read only
between a day's number and a year, as the month it is in the page's language ("srp": August
in Czech, July in Croatian; "lip": June in Croatian, July in Polish).
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.dates import parse_date


def published(line: str, lang: str) -> dt.date | None:
    when = meta_of(f"<main><h1>Headline of the story</h1><p>{line}</p>{STORY}</main>", lang=lang)
    day = when.published
    return day.date() if isinstance(day, dt.datetime) else day


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        # Malay, Catalan ("5 de des. 2023", CLDR's medium form), Czech, Croatian
        ("ms", "Selasa, 5 Dis 2023", dt.date(2023, 12, 5)),
        ("ms", "14 Ogo 2023", dt.date(2023, 8, 14)),
        ("ca", "dimarts, 5 de des. 2023", dt.date(2023, 12, 5)),
        ("ca", "14 d'ag. 2023", dt.date(2023, 8, 14)),
        ("ca", "14 set. 2023", dt.date(2023, 9, 14)),
        ("cs", "14. led 2023", dt.date(2023, 1, 14)),
        ("cs", "14. srp 2023", dt.date(2023, 8, 14)),
        ("hr", "14. srp 2023.", dt.date(2023, 7, 14)),
        ("hr", "14. lip 2023.", dt.date(2023, 6, 14)),
        ("hr", "14. lis 2023.", dt.date(2023, 10, 14)),
        ("hr", "14. velj 2023.", dt.date(2023, 2, 14)),
        # Finnish, Estonian, Latvian, Icelandic, Macedonian, Albanian, Serbian, Slovenian
        ("fi", "Julkaistu 14. jouluk. 2023", dt.date(2023, 12, 14)),
        ("fi", "14. maalisk. 2023", dt.date(2023, 3, 14)),
        ("et", "14. veebr 2023", dt.date(2023, 2, 14)),
        ("et", "14. dets 2023", dt.date(2023, 12, 14)),
        ("lv", "2023. gada 14. jūn.", dt.date(2023, 6, 14)),
        ("is", "14. ágú. 2023", dt.date(2023, 8, 14)),
        ("is", "14. des. 2023", dt.date(2023, 12, 14)),
        ("mk", "14 септ. 2023", dt.date(2023, 9, 14)),
        ("sq", "14 dhj 2023", dt.date(2023, 12, 14)),
        ("sr", "14. avg 2023.", dt.date(2023, 8, 14)),
        ("sl", "14. avg. 2023", dt.date(2023, 8, 14)),
        # Welsh, Irish, Somali, Lao, Amharic: their months' names
        ("cy", "Cyhoeddwyd: Dydd Mawrth, 5 Rhagfyr 2023", dt.date(2023, 12, 5)),
        ("ga", "Dé Máirt, 5 Nollaig 2023", dt.date(2023, 12, 5)),
        ("ga", "5 Meán Fómhair 2023", dt.date(2023, 9, 5)),
        ("so", "5 Disembar 2023", dt.date(2023, 12, 5)),
        ("lo", "5 ທັນວາ 2023", dt.date(2023, 12, 5)),
        ("am", "ዲሴምበር 5, 2023", dt.date(2023, 12, 5)),
    ],
)
def test_an_abbreviated_or_local_month_is_read(lang: str, line: str, day: dt.date) -> None:
    assert published(line, lang) == day


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # a name of two languages is the page's language's month
        ("14 srp 2023", "cs", dt.date(2023, 8, 14)),
        ("14 srp 2023", "hr", dt.date(2023, 7, 14)),
        # a word of another language is no month outside a date ("pro 2023" is no date)
        ("pro 2023", "cs", None),
        ("Selasa dis 2023", "ms", None),
    ],
)
def test_an_abbreviation_is_the_pages_languages_month(
    text: str, lang: str, day: dt.date | None
) -> None:
    when = parse_date(text, language=lang)
    assert (when.date() if isinstance(when, dt.datetime) else when) == day


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "3小时前"),
        ("zh", "发布于 3小时前"),
        ("ja", "3時間前"),
        ("ja", "公開 3時間前"),
        ("ko", "3시간 전"),
        ("ko", "입력 3시간 전"),
        ("de", "vor 3 Stunden"),
        ("en", "3 hours ago"),
        ("ru", "3 часа назад"),
        ("ar", "منذ 3 ساعات"),
        ("tr", "3 saat önce"),
        ("vi", "3 giờ trước"),
        ("zh", "昨天 14:30"),
    ],
)
def test_a_relative_time_gives_no_date(lang: str, line: str) -> None:
    # (no reference day: a relative time is never turned into one)
    assert published(line, lang) is None


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("sv", "Publicerad den 5:e december 2023", dt.date(2023, 12, 5)),
        ("sv", "1:a dec 2023", dt.date(2023, 12, 1)),
        ("ru", "Опубликовано 5-го декабря 2023", dt.date(2023, 12, 5)),
        ("ru", "5-е декабря 2023 г.", dt.date(2023, 12, 5)),
        ("uk", "5-ого грудня 2023", dt.date(2023, 12, 5)),
    ],
)
def test_a_day_printed_as_an_ordinal(lang: str, line: str, day: dt.date) -> None:
    assert published(line, lang) == day


def test_a_decade_is_no_ordinal_day() -> None:
    assert published("В 2010-е годы", "ru") is None


def test_a_burmese_date_year_first_without_its_words() -> None:
    assert published("၂၀၂၃ ဒီဇင်ဘာ ၅", "my") == dt.date(2023, 12, 5)


def test_a_nepali_pages_bikram_sambat_date_in_numbers_is_no_gregorian_one() -> None:
    # Bikram Sambat 2080 is 2023: read as a Gregorian date it would be one of 2080
    assert published("प्रकाशित : २०८०/०८/१९", "ne") is None
    assert published("प्रकाशित : ५ डिसेम्बर २०२३", "ne") == dt.date(2023, 12, 5)
