"""Dates in more languages (issue 18): Persian, Urdu, Bengali, Icelandic, Basque, Maltese and
Yoruba months, Malay and Indonesian times with the day's half after them,
Catalan and Dutch ordinal days, Slovene's old month names, and a survey of the date lines news
sites print in each language newsdoc reads, as a user would try them."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.dates import date_in, parse_date
from newsdoc.readers.html.metadata.fields.dates import day_first

D = dt.date
T = dt.datetime


def read(printed: str, language: str) -> dt.datetime | dt.date | None:
    """A date as a page in ``language`` reads it: found in the line, then parsed."""
    return parse_date(printed, dayfirst=day_first(language), language=language)


@pytest.mark.parametrize(
    ("language", "printed", "expected"),
    [
        # Persian May is "مه" (also the word for fog): a month between a day and a year
        ("fa", "۵ مه ۲۰۲۴", D(2024, 5, 5)),
        ("fa", "۱۵ مه ۲۰۲۳، ۱۴:۰۵", T(2023, 5, 15, 14, 5)),
        # the Arabic comma between a year and its time
        ("ar", "٥ مارس ٢٠٢٤، ١٤:٠٥", T(2024, 3, 5, 14, 5)),
        # Urdu
        ("ur", "5 مارچ 2024", D(2024, 3, 5)),
        ("ur", "۵ مئی ۲۰۲۴", D(2024, 5, 5)),
        ("ur", "12 جنوری 2024", D(2024, 1, 12)),
        ("ur", "3 جولائی 2023", D(2023, 7, 3)),
        ("ur", "28 دسمبر 2023", D(2023, 12, 28)),
        ("ur", "۵ جون ۲۰۲۴، ۱۴:۰۵", T(2024, 6, 5, 14, 5)),  # June, also "John" in Arabic script
        ("ar", "جون كيري 5 مارس 2024", D(2024, 3, 5)),  # John Kerry: no June
        # Bengali, in Bengali digits too; "য়" composed or as "য" and a nukta
        ("bn", "৫ মার্চ ২০২৪", D(2024, 3, 5)),
        ("bn", "৫ মার্চ ২০২৪, ১৪:০৫", T(2024, 3, 5, 14, 5)),
        ("bn", "১২ জানুয়ারি ২০২৪", D(2024, 1, 12)),
        ("bn", "১২ জানু\u09dfারি ২০২৪", D(2024, 1, 12)),
        ("bn", "৩ মে ২০২৪", D(2024, 5, 3)),
        ("bn", "২৮ ডিসেম্বর ২০২৩", D(2023, 12, 28)),
        # Icelandic
        ("is", "5. febrúar 2024 kl. 14:05", T(2024, 2, 5, 14, 5)),
        ("is", "17. júní 2023", D(2023, 6, 17)),
        ("is", "1. ágúst 2022", D(2022, 8, 1)),
        ("is", "3. nóvember 2021", D(2021, 11, 3)),
        # Basque: the year first with its mark, the month in the genitive, the day's mark
        ("eu", "2024ko martxoaren 5a", D(2024, 3, 5)),
        ("eu", "2023ko urriaren 12an", D(2023, 10, 12)),
        ("eu", "2021eko abenduaren 1ean", D(2021, 12, 1)),
        ("eu", "2024ko martxoaren 5a, 14:05", T(2024, 3, 5, 14, 5)),
        ("eu", "2024ko ekainak 20", D(2024, 6, 20)),
        # Catalan and Dutch ordinal days; Catalan "d'" before a vowel, "del" before a year
        ("ca", "1r de gener de 2024", D(2024, 1, 1)),
        ("ca", "5 d'abril de 2024", D(2024, 4, 5)),
        ("ca", "12 d’octubre del 2023", D(2023, 10, 12)),
        ("ca", "5 de març del 2024", D(2024, 3, 5)),
        ("es", "5 de marzo del 2024", D(2024, 3, 5)),
        ("nl", "1e januari 2024", D(2024, 1, 1)),
        ("nl", "1ste januari 2024", D(2024, 1, 1)),
        ("nl", "2de februari 2024", D(2024, 2, 2)),
        # Malay and Indonesian print the day's half after a 12-hour time; the night's word
        # is the evening's hours, midnight, the small hours
        ("ms", "8 Disember 2010, 3:15 petang", T(2010, 12, 8, 15, 15)),
        ("ms", "Rabu, 8 Disember 2010 | 10:15 pagi", T(2010, 12, 8, 10, 15)),
        ("ms", "8 Disember 2010 12:30 tengah hari", T(2010, 12, 8, 12, 30)),
        ("id", "8 Desember 2010, 3:15 sore", T(2010, 12, 8, 15, 15)),
        ("ms", "8 Disember 2010 9:15 malam", T(2010, 12, 8, 21, 15)),
        ("id", "8 Desember 2010 pukul 12:30 malam", T(2010, 12, 8, 0, 30)),
        ("id", "8 Desember 2010 1:05 malam", T(2010, 12, 8, 1, 5)),
        # Maltese, "ta'" between the day and the month; Yoruba, "Oṣù" (month) and its name
        ("mt", "8 ta’ Diċembru 2010", D(2010, 12, 8)),
        ("mt", "Il-Ħamis, 8 ta' Ġunju 2010", D(2010, 6, 8)),
        ("mt", "08 ta' Dicembru 2010 14:05", T(2010, 12, 8, 14, 5)),
        ("mt", "8 Frar 2010", D(2010, 2, 8)),
        ("yo", "8 Oṣù Ọ̀pẹ̀ 2010", D(2010, 12, 8)),
        ("yo", "Ọjọ́bọ, 8 Oṣù Ṣẹ́rẹ́ 2010", D(2010, 1, 8)),
        # Maltese's abbreviated months (its medium dates: "d MMM y"), those that are words
        # of another language ("Fra", "Mej", "Set", "Aww") between a day and a year only
        ("mt", "8 Diċ 2010", D(2010, 12, 8)),
        ("mt", "8 Ġun 2010, 14:05", T(2010, 6, 8, 14, 5)),
        ("mt", "8 Fra 2010", D(2010, 2, 8)),
        ("mt", "8 Mej 2010", D(2010, 5, 8)),
        ("mt", "8 Aww 2010", D(2010, 8, 8)),
        ("mt", "8 Set 2010", D(2010, 9, 8)),
        # Yoruba as the web prints it too: without "Oṣù" (the name alone, between a day and
        # a year), and without its tone marks ("Osu Ope", "Ope")
        ("yo", "8 Ọ̀pẹ̀ 2010", D(2010, 12, 8)),
        ("yo", "8 Oṣù Ope 2010", D(2010, 12, 8)),
        ("yo", "8 Osu Owara 2010", D(2010, 10, 8)),
        ("yo", "Ọjọ́bọ, 8 Sere 2010", D(2010, 1, 8)),
        ("yo", "8 Ògún 2010", D(2010, 8, 8)),
    ],
)
def test_a_date_line_is_found_and_read(
    language: str, printed: str, expected: dt.datetime | dt.date
) -> None:
    written = date_in(f"xx {printed} yy")
    assert written is not None, printed
    assert read(printed, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "مه غلیظ ۲۰۲۴",  # fog, then a year: no day
        "مه ۵ ۲۰۲۴",  # not between a day and a year
        "۵ مه",  # no year
    ],
)
def test_persian_fog_is_no_month(text: str) -> None:
    assert date_in(text) is None
    assert parse_date(text, language="fa") is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("yo", "Ogun 8, 2010"),  # a state's (and a deity's) name, not between a day and a year
        ("yo", "8 Ope"),  # thanks, and no year
        ("mt", "Set 8 2010"),
        ("en", "8 Set 2010"),  # a Maltese abbreviation that is an English word: Maltese only
        ("en", "8 Ope 2010"),
    ],
)
def test_a_month_that_is_a_word_is_read_only_between_a_day_and_a_year(
    language: str, text: str
) -> None:
    assert parse_date(text, language=language) is None


@pytest.mark.parametrize(
    ("language", "printed", "expected"),
    [
        # Slovene's old names: "prosinec" is January in Slovene, December in Czech and
        # Croatian
        ("sl", "5. prosinca 2024", D(2024, 1, 5)),
        ("hr", "5. prosinca 2024", D(2024, 12, 5)),
        ("cs", "5. prosince 2024", D(2024, 12, 5)),
        ("sl", "5. prosinec 2024", D(2024, 1, 5)),
        ("cs", "5. prosinec 2024", D(2024, 12, 5)),
        ("sl", "12. malega travna 2023", D(2023, 4, 12)),
        ("sl", "12. velikega travna 2023", D(2023, 5, 12)),
        ("sl", "3. kimavca 2022", D(2022, 9, 3)),
        ("sl", "3. vinotoka 2022", D(2022, 10, 3)),
        ("sl", "3. listopada 2022", D(2022, 11, 3)),  # as in Polish, not as in Croatian
        ("sl", "24. grudna 2022", D(2022, 12, 24)),
    ],
)
def test_a_month_name_read_by_the_pages_language(
    language: str, printed: str, expected: dt.date
) -> None:
    assert date_in(printed) is not None
    assert read(printed, language) == expected


def test_without_a_language_a_shared_name_reads_as_before() -> None:
    assert parse_date("5. prosinca 2024") == D(2024, 12, 5)  # Croatian, listed first


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("fa", "تاریخ انتشار: ۱۵ مه ۲۰۲۳", D(2023, 5, 15)),
        ("bn", "প্রকাশ: ৫ মার্চ ২০২৪, ১৪:০৫", T(2024, 3, 5, 14, 5)),
        ("ur", "شائع 5 مارچ 2024", D(2024, 3, 5)),
        ("is", "Birt: 5. febrúar 2024 kl. 14:05", T(2024, 2, 5, 14, 5)),
        ("eu", "2024ko martxoaren 5a", D(2024, 3, 5)),
        ("sl", "Objavljeno: 5. prosinca 2024", D(2024, 1, 5)),
        ("ca", "Publicat el 1r de gener de 2024 a les 14:05", T(2024, 1, 1, 14, 5)),
        ("ms", "Diterbitkan 8 Disember 2010, 3:15 petang", T(2010, 12, 8, 15, 15)),
        ("mt", "Ippubblikat: 8 ta' Diċembru 2010", D(2010, 12, 8)),
    ],
)
def test_a_page_prints_its_date_by_its_headline(
    lang: str, line: str, expected: dt.datetime | dt.date
) -> None:
    assert (
        meta_of(f"<h1>Headline of the article</h1><div>{line}</div>{STORY}", lang=lang).published
        == expected
    )


# What a user would try: a typical news date line of each language, as its pages print it.
@pytest.mark.parametrize(
    ("language", "printed", "expected"),
    [
        ("en", "Published 5 March 2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("de", "Veröffentlicht am 8. Dezember 2010", D(2010, 12, 8)),
        ("de", "Veröffentlicht am 08.12.2010 um 14:05 Uhr", T(2010, 12, 8, 14, 5)),
        ("fr", "publié le 5 mars 2024 à 14h05", T(2024, 3, 5, 14, 5)),
        ("fr", "mis à jour le 05/03/2024 à 14:05", T(2024, 3, 5, 14, 5)),
        ("es", "Publicado el 5 de marzo de 2024 a las 14:05", T(2024, 3, 5, 14, 5)),
        ("it", "Pubblicato il 5 marzo 2024 alle 14:05", T(2024, 3, 5, 14, 5)),
        ("pt", "Publicado em 5 de março de 2024 às 14h05", T(2024, 3, 5, 14, 5)),
        ("nl", "Gepubliceerd op 5 maart 2024 om 14:05", T(2024, 3, 5, 14, 5)),
        ("pl", "opublikowano: 5 marca 2024", D(2024, 3, 5)),
        ("cs", "5. března 2024 14:05", T(2024, 3, 5, 14, 5)),
        ("ru", "опубликовано 5 марта 2024 в 14:05", T(2024, 3, 5, 14, 5)),
        ("uk", "5 березня 2024 р., 14:05", T(2024, 3, 5, 14, 5)),
        ("sv", "Publicerad 5 mars 2024 kl. 14.05", T(2024, 3, 5, 14, 5)),
        ("da", "Udgivet 5. marts 2024 kl. 14.05", T(2024, 3, 5, 14, 5)),
        ("fi", "5. maaliskuuta 2024 klo 14.05", T(2024, 3, 5, 14, 5)),
        ("hu", "2024. március 5. 14:05", T(2024, 3, 5, 14, 5)),
        ("ro", "Publicat 5 martie 2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("tr", "5 Mart 2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("el", "5 Μαρτίου 2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("lt", "2024 m. kovo 5 d. 14:05", T(2024, 3, 5, 14, 5)),
        ("lv", "2024. gada 5. marts 14:05", T(2024, 3, 5, 14, 5)),
        ("hr", "5. ožujka 2024. u 14:05", T(2024, 3, 5, 14, 5)),
        (
            "id",
            "5 Maret 2024 pukul 14:05 WIB",
            T(2024, 3, 5, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("vi", "Thứ ba, 5/3/2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("ja", "2024年3月5日 14時05分", T(2024, 3, 5, 14, 5)),
        ("ko", "입력 2024.03.05. 오후 2:05", T(2024, 3, 5, 14, 5)),
        ("ar", "٥ مارس ٢٠٢٤", D(2024, 3, 5)),
        ("fa", "۱۵ آذر ۱۴۰۲", D(2023, 12, 6)),
        ("he", "5 במרץ 2024, 14:05", T(2024, 3, 5, 14, 5)),
        ("hi", "५ मार्च २०२४", D(2024, 3, 5)),
        ("th", "5 มีนาคม 2567 14:05 น.", T(2024, 3, 5, 14, 5)),
    ],
)
def test_a_typical_date_line_of_each_language(
    language: str, printed: str, expected: dt.datetime | dt.date
) -> None:
    assert read(printed, language) == expected


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("de", "vor 3 Stunden"),
        ("en", "3 hours ago"),
        ("fr", "il y a 3 heures"),
        ("es", "hace 3 horas"),
        ("ru", "3 часа назад"),
        ("de", "Heute, 14:05"),
        ("en", "Today at 2:05 pm"),
        ("en", "© 2024 Example News"),
        ("de", "Copyright 2010-2024"),
    ],
)
def test_a_relative_date_or_a_copyright_year_is_no_date(language: str, printed: str) -> None:
    assert read(printed, language) is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "Publicerad 5 mars 2024 kl. 14.05 Uppdaterad 6 mars 2024 kl. 09.00"),
        ("he", "פורסם 05.03.2024 14:05 | עודכן 06.03.2024"),
        ("hi", "प्रकाशित: 05 मार्च 2024, 14:05 | अपडेट: 06 मार्च 2024"),
        ("bn", "প্রকাশ: ০৫ মার্চ ২০২৪, ১৪:০৫ | আপডেট: ০৬ মার্চ ২০২৪"),
        ("ur", "شائع 5 مارچ 2024، 14:05 | اپ ڈیٹ 6 مارچ 2024"),
        ("is", "Birt: 5. mars 2024 kl. 14:05 | Uppfært 6. mars 2024"),
        ("eu", "Argitaratua: 2024ko martxoaren 5a, 14:05 | Eguneratua: 2024ko martxoaren 6a"),
        ("sq", "Publikuar: 5 mars 2024, 14:05 | Përditësuar: 6 mars 2024"),
    ],
)
def test_a_line_below_the_text_says_which_date_is_the_publication_s(lang: str, line: str) -> None:
    # (below the text, a line is read only for the words that say what its dates are)
    found = meta_of(
        f"<h1>Headline of the article</h1>{STORY}<div class='info'>{line}</div>", lang=lang
    )
    assert day(found.published) == dt.date(2024, 3, 5), line
    assert day(found.modified) == dt.date(2024, 3, 6), line


def day(when: dt.datetime | dt.date | None) -> dt.date | None:
    return when.date() if isinstance(when, dt.datetime) else when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("অর্জুন ৫ ২০২৪", None),  # "জুন" (June) ends the name "অর্জুন"
        ("অর্জুন, ৫ মার্চ ২০২৪", D(2024, 3, 5)),
        ("কর্মে ৫ ২০২৪", None),  # "মে" (May) ends "কর্মে" ("in work")
        ("५ मार्च २०२४", D(2024, 3, 5)),
    ],
)
def test_a_month_name_inside_a_word_of_an_indic_script_is_no_month(
    text: str, expected: dt.date | None
) -> None:
    assert (date_in(text) is not None) == (expected is not None)
    assert parse_date(text, dayfirst=True, language="bn") == expected


_SITE_MENU = (
    "<ul><li><a href='/'>Start</a></li><li><a href='/a/'>A</a></li>"
    "<li><a href='/b/'>B</a></li></ul>"
)


@pytest.mark.parametrize(
    ("lang", "today"),
    [
        ("fa", "سه‌شنبه ۵ مارس ۲۰۲۴"),
        ("ar", "الثلاثاء 5 مارس 2024"),
        ("he", "יום שלישי, 5 במרץ 2024"),
        ("hi", "मंगलवार, 5 मार्च 2024"),
        ("bn", "মঙ্গলবার, ৫ মার্চ ২০২৪"),
        ("th", "วันอังคารที่ 5 มีนาคม 2567"),
        ("vi", "Thứ ba, 5/3/2024"),
        ("hr", "utorak, 5. ožujka 2024."),
        ("sr", "уторак, 5. март 2024."),
        ("ca", "dimarts, 5 de març de 2024"),
        ("lt", "2024 m. kovo 5 d., antradienis"),
        ("eu", "asteartea, 2024ko martxoaren 5a"),
    ],
)
def test_the_top_bar_s_day_with_its_weekday_in_more_languages(lang: str, today: str) -> None:
    # the day a site's top bar prints before its menu is the day the page is shown
    story = f"<div class='content'><h1>Headline of the article</h1>{STORY}</div>"
    top = f"<div class='bar'><span>{today}</span></div>{_SITE_MENU}"
    assert meta_of(top + story, lang=lang).published is None
    # the same line by the headline is the article's
    own = f"<div class='content'><h1>Headline of the article</h1><p>{today}</p>{STORY}</div>"
    assert day(meta_of(_SITE_MENU + own, lang=lang).published) == dt.date(2024, 3, 5)
