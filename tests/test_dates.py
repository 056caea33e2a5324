"""Dates as news sites print them: never a part made up, the zone kept when given."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.readers.dates import (
    _MONTH_OF,
    DATE_CHARACTER,
    ORDINAL_MARKS,
    _foreign_month,
    date_in,
    has_year,
    looks_like_date,
    parse_date,
    parse_iso_date,
    short_date_in,
)

UTC = dt.UTC


def test_iso_dates_keep_their_zone() -> None:
    assert parse_date("2016-12-09T09:13:00.000Z") == dt.datetime(2016, 12, 9, 9, 13, tzinfo=UTC)
    value = parse_date("2017-01-17T18:08:47-05:00")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=-5)
    assert parse_date("2016-12-09T09:13:00") == dt.datetime(2016, 12, 9, 9, 13)
    assert parse_date("2016-12-09") == dt.date(2016, 12, 9)


def test_parse_iso_date_rejects_impossible_dates() -> None:
    assert parse_iso_date("2016-02-30") is None
    assert parse_iso_date("not a date") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 06, 2013", dt.date(2013, 11, 6)),
        ("Updated: 6 November 2013", dt.date(2013, 11, 6)),
        ("Published on Dec. 9th, 2016", dt.date(2016, 12, 9)),
        ("August 10, 2016 11:15 am", dt.datetime(2016, 8, 10, 11, 15)),
        ("15. Mai 2020", dt.date(2020, 5, 15)),
        ("9 août 2016", dt.date(2016, 8, 9)),
        ("12 de marzo de 2019", dt.date(2019, 3, 12)),
        ("5 марта 2021", dt.date(2021, 3, 5)),
        ("2019年4月13日", dt.date(2019, 4, 13)),
        ("2019年4月13日 09:00", dt.datetime(2019, 4, 13, 9, 0)),
        ("2019년 4월 13일", dt.date(2019, 4, 13)),
        ("13.04.2019", dt.date(2019, 4, 13)),
        ("04/13/2019", dt.date(2019, 4, 13)),
        # a time written with a dot, after its date
        ("Mi 08.12.2010, 14.05 Uhr", dt.datetime(2010, 12, 8, 14, 5)),
        ("8. Dezember 2010, 9.30 Uhr", dt.datetime(2010, 12, 8, 9, 30)),
        ("14.05.2010", dt.date(2010, 5, 14)),
    ],
)
def test_printed_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 MAYIS 2019", dt.date(2019, 5, 5)),  # Turkish capitals: "MAYIS".lower() is not "mayıs"
        ("5 MAİ 2019", dt.date(2019, 5, 5)),
        ("12 ŞUBAT 2020", dt.date(2020, 2, 12)),
        ("3 OCAK 2021", dt.date(2021, 1, 3)),
    ],
)
def test_month_names_in_capitals_of_any_language(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("name", sorted(_MONTH_OF))
def test_every_month_name_is_read_in_any_case(name: str) -> None:
    month = dt.datetime.strptime(_MONTH_OF[name], "%b").month
    for variant in (name, name.upper(), name.title()):
        if len(variant) != len(name):
            continue  # Greek "ΐ" in capitals is three characters; printed capitals drop its accent
        value = parse_date(f"5 {variant} 2019")
        assert value == dt.date(2019, month, 5), variant


def test_zone_names_and_offsets() -> None:
    value = parse_date("Nov. 6, 2013 10:15 a.m. ET")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=-5)  # New York in November
    value = parse_date("July 4, 2019 10:00 a.m. PT")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=-7)  # Los Angeles in summer
    value = parse_date("July 4, 2019 10:00 a.m. PST")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=-8)  # a printed PST is PST in summer too
    value = parse_date("Oct 9, 2019, 11:05 IST")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=5, minutes=30)
    value = parse_date("Tue, 07 Apr 2020 15:49:34 +0530")
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_an_unknown_zone_name_gives_a_naive_time_without_a_warning(
    recwarn: pytest.WarningsRecorder,
) -> None:
    assert parse_date("Dec 9, 2016 10:00 AMT") == dt.datetime(2016, 12, 9, 10, 0)
    assert not recwarn.list


def test_an_hour_without_minutes_means_minute_zero() -> None:
    value = parse_date("Nov 29, 2016 5 pm")
    assert value == dt.datetime(2016, 11, 29, 17, 0)


@pytest.mark.parametrize(
    "text",
    ["December 2016", "Dec 9", "9 December", "3 hours ago", "2016", "", "no date here", "x" * 500],
)
def test_a_missing_part_is_never_completed(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    ["Version 2.05 vom 8. Dezember 2010", "Release 3.14 of 8 December 2010", "No. 7.12, 2010"],
)
def test_a_year_is_never_made_of_other_numbers(text: str) -> None:
    value = parse_date(text)
    assert value is None or value.year == 2010


def test_dayfirst_settles_ambiguous_numbers() -> None:
    assert parse_date("06/11/2013") == dt.date(2013, 6, 11)
    assert parse_date("06/11/2013", dayfirst=True) == dt.date(2013, 11, 6)


def test_looks_like_date() -> None:
    assert looks_like_date("Published Dec 19, 2016")
    assert looks_like_date("2019/04/04")
    assert looks_like_date("le 7 mai 2019")
    assert not looks_like_date("Dec 19")
    assert not looks_like_date("Chapter 12, verse 3")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    value = parse_date(text)
    assert value is None or isinstance(value, dt.date)


def test_rfc_2822_dates() -> None:
    value = parse_date("Tue, 07 Apr 2020 15:49:34 +0530")
    assert value == dt.datetime(2020, 4, 7, 10, 19, 34, tzinfo=UTC)
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_year_first_dates_are_never_read_day_first() -> None:
    assert parse_date("2019/03/05", dayfirst=True) == dt.date(2019, 3, 5)
    assert parse_date("07/05/2019", dayfirst=True) == dt.date(2019, 5, 7)


def _plain_looks_like_date() -> re.Pattern[str]:
    # the rule as first written: every month name, and the month alternation
    # once per order (month then day, day then month)
    months = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|" + "|".join(
        sorted(map(re.escape, _MONTH_OF), key=len, reverse=True)
    )
    # (issue 18: "8.Dezember 2010", "08.Dez.2010", "8. 12. 2010", and year first with a
    # month's name, "2010. december 8.", "2010 m. gruodžio 8 d.", "2010. gada 8. decembrī")
    # (issue 18: ordinal days in any language, "1er", "1e", "1r"; "5 d'abril", "de marzo del
    # 2024"; the Basque year and day, "2024ko martxoaren 5a")
    ordinal = "|".join(map(re.escape, ORDINAL_MARKS))
    return re.compile(
        r"(?<!\d)(?:(?:19|20)\d{2}\s*[年년/.\-]\s*\d{1,2}\s*[月월/.\-]\s*\d{1,2}"
        r"|\d{1,2}(?:/|\.\s?)\d{1,2}(?:/|\.\s?)(?:19|20)\d{2}"
        # (session 11: with dashes, not a code's, "08-12-2010")
        r"|(?<![\w\-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\w\-])"
        r"|(?<![\u0900-\u0dff])(?:" + months + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
        r"|\d{1,2}(?:" + ordinal + r")?(?:\.\s*|\s+)(?:de\s+|d['’])?(?:" + months + r")\.?"
        r"(?:,?\s+|(?<=\.))(?:del?\s+)?(?:19|20)\d{2}"
        r"|(?:19|20)\d{2}(?:\.\s+gada|\.|\s+m\.|\(e\)ko|eko|ko)\s+"
        r"(?:\d{1,2}\.\s*(?:" + months + r")(?!\w)"
        r"|(?:" + months + r")\.?\s+\d{1,2}(?:(?:ean|an|a|\s+d\.|\.)(?!\w))?(?!\d))"
        # (session 13: the month's name between two slashes or two dashes, "08-Dec-2010")
        r"|\d{1,2}/(?:" + months + r")/(?:19|20)\d{2}(?!\d)"
        r"|\d{1,2}-(?:" + months + r")-(?:19|20)\d{2}(?!\d))",
        re.IGNORECASE,
    )


_PLAIN = _plain_looks_like_date()
_MONTHS = [*sorted(_MONTH_OF), "January", "Sept", "dec", "MAYO"]


@pytest.mark.parametrize("month", _MONTHS)
def test_every_month_name_makes_a_date_as_in_the_plain_rule(month: str) -> None:
    for text in (
        f"5 {month} 2016",
        f"le 5 {month.upper()} 2016",
        f"{month.title()}. 19th, 2020",
        f"5 de {month} de 2016",
        f"{month} 2016",
        f"5 {month}",
        f"x{month} 7 1999",
    ):
        assert looks_like_date(text) == (_PLAIN.search(text) is not None), text


@given(
    st.sampled_from(_MONTHS),
    st.lists(
        st.tuples(
            st.sampled_from(["M", "5", "31st", "2nd", "2016", "1999", "de", "x", "of", "7"]),
            st.sampled_from([" ", "  ", ", ", ".", ". ", "", "/", "-"]),
        ),
        max_size=6,
    ),
)
@settings(max_examples=300)
def test_looks_like_date_answers_as_the_plain_rule(
    month: str, pieces: list[tuple[str, str]]
) -> None:
    text = "".join((month if piece == "M" else piece) + glue for piece, glue in pieces)
    assert looks_like_date(text) == (_PLAIN.search(text) is not None), text


_FLAT_MONTHS = "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True))
_FLAT_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}\s*[年년/.\-]\s*\d{1,2}\s*[月월/.\-]\s*\d{1,2}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}"
    r"|(\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*|" + _FLAT_MONTHS + r")\.?"
    r"(?(1),?\s+(?:de\s+)?|\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)(?:19|20)\d{2}"
    r"|\d{1,2}([/\-])(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    + _FLAT_MONTHS
    + r")\2(?:19|20)\d{2}(?!\d))",
    re.IGNORECASE,
)
_ANY = st.sampled_from(["", "x", "a ", "5", "12 ", "2019 ", " ", ", ", "."])
_SEPARATOR = st.sampled_from(["", " ", ", ", ". ", " de ", "-"])
_MONTH = st.sampled_from([*_MONTH_OF, "MAİ", "Mayıs", "SEPT", "Sept", "marz", "mayo"])
_DATE_LIKE = st.tuples(
    _ANY, st.sampled_from(["", "5", "21st"]), _SEPARATOR, _MONTH, _SEPARATOR,
    st.sampled_from(["", "5, ", "12 "]), st.sampled_from(["2019", "1999", "19"]), _ANY,
).map("".join)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_DATE_LIKE)
def test_date_in_finds_what_a_flat_alternation_of_the_month_names_finds(text: str) -> None:
    # the month names are a trie in the pattern (faster); the match must not change
    flat = _FLAT_DATE.search(text)
    assert date_in(text) == (flat.group() if flat is not None else None)


# (a name next to a letter or a mark of the scripts of India, Myanmar and Cambodia is part of
# a longer word)
_FLAT_MONTH_WORD = re.compile(
    r"(?<![\w\u0900-\u0dff\u1000-\u109f\u1780-\u17ff])("
    + _FLAT_MONTHS
    + r")(?![\w\u0900-\u0dff\u1000-\u109f\u1780-\u17ff])\.?",
    re.IGNORECASE,
)


@settings(max_examples=1000, deadline=None)
@given(_DATE_LIKE)
def test_month_words_are_found_as_a_flat_alternation_finds_them(text: str) -> None:
    found = [match.span() for match in _foreign_month().finditer(text)]
    assert found == [match.span() for match in _FLAT_MONTH_WORD.finditer(text)]


# Words a date is written with, and any characters but digits and the Japanese "元" (not the
# Vietnamese months written with their number, "tháng 12").
_NO_DATE_CHARACTER = st.lists(
    st.one_of(
        st.sampled_from(
            [
                *(m for m in _MONTH_OF if not any(c.isdigit() for c in m)),
                *("令和", "平成", "年", "月", "日", "de", "'", ". ", "/", " "),
            ]
        ),
        st.text(st.characters(exclude_categories=["Nd"], exclude_characters="元"), max_size=8),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NO_DATE_CHARACTER)
def test_a_text_without_a_date_character_holds_no_date(text: str) -> None:
    # what lets the page's readers skip such texts before these
    assert DATE_CHARACTER.search(text) is None
    assert not has_year(text)
    assert short_date_in(text) is None
    assert short_date_in(text, padded=True) is None
    assert date_in(text) is None


def test_a_japanese_eras_first_year_needs_no_digit() -> None:
    assert has_year("令和元年5月1日") and DATE_CHARACTER.search("令和元年") is not None
    assert DATE_CHARACTER.search("٢٠٢٣") is not None  # digits of other scripts count


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("6 tháng 12, 2023", "6 tháng 12, 2023"),
        ("ngày 31 tháng 1 năm 2023", "ngày 31 tháng 1 năm 2023"),
        # a month no calendar has: no date (the text is some other numbers)
        ("5 tháng 25, 1912", None),
    ],
)
def test_a_date_of_numbers_after_their_words_has_a_month_and_a_day_that_can_be(
    text: str, found: str | None
) -> None:
    assert date_in(text) == found
