"""Dates in other digits and calendars, Unix time stamps in attributes, years of two digits
after a month's name, and the day a widget prints (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import STORY, meta_of

from newsdoc.readers.dates import ascii_digits, date_in, epoch_date, has_year, parse_date


def day(when: dt.datetime | dt.date | None) -> dt.date | None:
    return when.date() if isinstance(when, dt.datetime) else when


# -- time stamps ---------------------------------------------------------------------------

STAMP = dt.datetime(2018, 12, 7, 13, 37, tzinfo=dt.UTC)


@pytest.mark.parametrize("stamp", ["1544189820", "1544189820000", " 1544189820 "])
def test_a_unix_time_stamp_in_seconds_or_milliseconds(stamp: str) -> None:
    assert epoch_date(stamp) == STAMP
    assert parse_date(stamp) == STAMP


@pytest.mark.parametrize(
    "stamp",
    [
        "123456789",  # 1973: before the web's pages
        "2019080610",  # ten digits from 2033 on read as a year first
        "4102444800",  # 2100
        "15441898201",  # eleven digits: neither seconds nor milliseconds
        "-1544189820",
        "1544189820.5",
    ],
)
def test_an_implausible_time_stamp_is_no_date(stamp: str) -> None:
    assert epoch_date(stamp) is None


@pytest.mark.parametrize(
    "printed",
    [
        "<div class='meta' data-publishtime='1544189820'>Von Anna Meier</div>",
        "<span data-published-at='1544189820000'></span>",
        "<time data-timestamp='1544189820'>vor 2 Stunden</time>",
        "<span class='date' data-time='1544189820'>gestern</span>",
        "<span class='post-date' data-date='1544189820000'>gestern</span>",
    ],
)
def test_a_time_stamp_the_article_s_date_element_holds(printed: str) -> None:
    found = meta_of(f"<h1>Die Überschrift</h1>{printed}{STORY}")
    assert found.published == STAMP


@pytest.mark.parametrize(
    "printed",
    [
        # a comment's, a change's, an element that does not say it is a date
        "<div class='comments'><span data-publishtime='1544189820'>x</span></div>",
        "<span class='date' data-updated='1544189820'>gestern</span>",
        "<div data-timestamp='1544189820'>Von Anna Meier</div>",
        "<div data-id='1544189820'>Von Anna Meier</div>",
        "<span class='date' data-time='42'>gestern</span>",
    ],
)
def test_a_time_stamp_that_is_not_the_publication_s_is_not_read(printed: str) -> None:
    assert meta_of(f"<h1>Die Überschrift</h1>{printed}{STORY}").published is None


def test_a_time_stamp_does_not_move_the_printed_day() -> None:
    # the page's own day (23:30 at UTC-5 is the next day in UTC): the metadata's instant
    # stays in its zone
    head = "<meta property='article:published_time' content='2018-12-07T23:30:00-05:00'>"
    body = "<h1>Title</h1><span data-publishtime='1544243400'></span>"
    found = meta_of(body + STORY, head=head, lang="en")
    assert found.published == dt.datetime(
        2018, 12, 7, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


# -- years of two digits after a month's name -------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("4 April 17", dt.date(2017, 4, 4)),
        ("4. Apr. 17, 14:05", dt.datetime(2017, 4, 4, 14, 5)),
        ("Dec 8, 10", dt.date(2010, 12, 8)),
        ("Dec 8, 10 at 2:30 pm", dt.datetime(2010, 12, 8, 14, 30)),
        ("08. Dezember 10 | 14:05", dt.datetime(2010, 12, 8, 14, 5)),
    ],
)
def test_a_year_of_two_digits_after_a_month_s_name(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert parse_date(printed, dayfirst=True) == expected
    assert day(meta_of(f"<h1>Titel</h1><span>{printed}</span>{STORY}").published) == day(expected)


@pytest.mark.parametrize(
    "text",
    ["4 April 17 Uhr", "Dec 8, 10 comments", "Dec 8 10", "4 April 17:30", "Seite 2: 4 April 17"],
)
def test_a_number_after_a_month_s_name_that_is_no_year(text: str) -> None:
    assert parse_date(text, dayfirst=True) is None


# -- digits other than ASCII -----------------------------------------------------------------


def test_digits_other_than_ascii_keep_their_places() -> None:
    text = "نشر في ٦ ديسمبر ٢٠٢٣"
    assert ascii_digits(text) == "نشر في 6 ديسمبر 2023"
    assert date_in(text) == "٦ ديسمبر ٢٠٢٣"  # as written
    assert has_year("٢٠٢٣") and not has_year("١٢٣")


@pytest.mark.parametrize(
    ("printed", "lang"),
    [
        ("٦ ديسمبر ٢٠٢٣", "ar"),  # Arabic-Indic
        ("٢٠٢٣/١٢/٠٦", "ar"),
        ("۶ دسامبر ۲۰۲۳", "fa"),  # Persian digits, a Gregorian month
        ("६ दिसंबर २०२३", "hi"),  # Devanagari
        ("２０２３年１２月６日", "ja"),  # full-width
        ("６ December ２０２３", "en"),
    ],
)
def test_dates_printed_in_other_digits(printed: str, lang: str) -> None:
    found = meta_of(f"<h1>Titel</h1><span>{printed}</span>{STORY}", lang=lang)
    assert day(found.published) == dt.date(2023, 12, 6)


# -- other calendars -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed",
    [
        "6 ธันวาคม 2566",  # the Buddhist era: 2566 is 2023
        "6 ธ.ค. 2566",
        "วันพุธที่ 6 ธันวาคม พ.ศ. 2566",
        "6 ธ.ค. 66",  # a Thai page's two digits are the Buddhist era's too
        "06/12/2566",
        "๖ ธันวาคม ๒๕๖๖",  # Thai digits
    ],
)
def test_a_thai_date_of_the_buddhist_era(printed: str) -> None:
    assert day(parse_date(printed, dayfirst=True)) == dt.date(2023, 12, 6)
    found = meta_of(f"<h1>หัวข้อข่าว</h1><span>{printed}</span>{STORY}", lang="th")
    assert day(found.published) == dt.date(2023, 12, 6)


def test_a_thai_date_in_the_gregorian_calendar_stays() -> None:
    assert parse_date("6 ธันวาคม 2023") == dt.date(2023, 12, 6)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("۱۵ آذر ۱۴۰۲", dt.date(2023, 12, 6)),
        ("چهارشنبه ۱۵ آذر ۱۴۰۲ - ۱۴:۰۵", dt.datetime(2023, 12, 6, 14, 5)),  # with its time
        ("۱۴۰۲/۰۹/۱۵", dt.date(2023, 12, 6)),
        ("1402/09/15 ه.ش", dt.date(2023, 12, 6)),
        ("۱ فروردین ۱۴۰۳", dt.date(2024, 3, 20)),  # Nowruz
        ("۳۰ اسفند ۱۴۰۳", dt.date(2025, 3, 20)),  # a leap year's last day
        ("22 بهمن 1357", dt.date(1979, 2, 11)),
    ],
)
def test_a_persian_date_is_the_gregorian_day_it_is(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert parse_date(printed) == expected
    found = meta_of(f"<h1>عنوان خبر</h1><span>{printed}</span>{STORY}", lang="fa")
    assert found.published == expected


@pytest.mark.parametrize(
    "text",
    [
        "۳۰ اسفند ۱۴۰۲",  # 1402 is not leap
        "۳۱ مهر ۱۴۰۲",  # the second half's months have 30 days
        "1402/09/15",  # year first in ASCII digits, no calendar named: perhaps lunar Hijri
        "1445/05/22 هـ",  # lunar Hijri
        "22 جمادى الأولى 1445 هـ",
    ],
)
def test_no_persian_or_hijri_date_is_read_without_certainty(text: str) -> None:
    assert parse_date(text) is None


def test_the_gregorian_date_beside_a_hijri_one_is_read() -> None:
    printed = "الأربعاء 22 جمادى الأولى 1445 هـ - الموافق 6 ديسمبر 2023 م"
    assert parse_date(printed) == dt.date(2023, 12, 6)
    found = meta_of(f"<h1>عنوان الخبر</h1><span>{printed}</span>{STORY}", lang="ar")
    assert found.published == dt.date(2023, 12, 6)


# -- the day a widget prints -----------------------------------------------------------------

TODAY = "Sonntag, 6. Dezember 2026"


@pytest.mark.parametrize(
    "top",
    [
        # a widget in the headline's own header, named as today's
        f"<header><div class='today'>{TODAY}</div><h1>Die Überschrift</h1></header>",
        f"<header><span id='current-date'>{TODAY}</span><h1>Die Überschrift</h1></header>",
        f"<div><div class='weather-box'><span>{TODAY}</span></div><h1>Die Überschrift</h1></div>",
        # the site's header, with its menus, holds the headline
        f"<header><span>{TODAY}</span><nav><a href='/'>Start</a></nav><h1>Die Überschrift</h1>"
        "</header>",
    ],
)
def test_the_day_a_widget_prints_by_the_headline_is_no_publication_date(top: str) -> None:
    assert meta_of(top + STORY).published is None


def test_the_article_s_date_beside_a_widget_is_read() -> None:
    top = f"<header><div class='today'>{TODAY}</div><h1>Die Überschrift</h1></header>"
    found = meta_of(top + "<p class='meta'>08.12.2010 | 14:05</p>" + STORY)
    assert found.published == dt.datetime(2010, 12, 8, 14, 5)
    # a header without menus is the article's own: its date is the article's
    own = "<header><span class='date'>8. Dezember 2010</span><h1>Titel</h1></header>"
    assert meta_of(own + STORY).published == dt.date(2010, 12, 8)


SITE_MENU = (
    "<ul><li><a href='/'>Start</a></li><li><a href='/politik/'>Politik</a></li>"
    "<li><a href='https://www.example.de/sport/'>Sport</a></li></ul>"
)
HEADLINE = f"<div class='content'><h1>Die Überschrift</h1>{STORY}</div>"


@pytest.mark.parametrize(
    "top",
    [
        # a top bar without a telling class, before the site's menu
        f"<div class='bar'><span>{TODAY}</span></div><div class='x'>{SITE_MENU}</div>",
        f"<div class='wrap'><div class='l'><span>{TODAY}</span></div>{SITE_MENU}</div>",
        f"<div class='bar'><p>{TODAY}</p><nav><a href='/'>Start</a></nav></div>",
        "<div class='strip'><span>Sunday, December 6, 2026</span></div>" + SITE_MENU,
    ],
)
def test_the_day_printed_before_the_site_s_menu_is_no_publication_date(top: str) -> None:
    assert meta_of(top + HEADLINE).published is None


def test_a_marked_date_before_a_long_menu_far_above_the_headline_is_no_publication_date() -> None:
    # (too far above for the walk by the headline: the last resort reads marked dates)
    menu = "".join(f"<li><a href='/s{i}'>Sektion {i}</a></li>" for i in range(40))
    top = f"<div class='topbar-left'><span class='date'>{TODAY}</span></div><ul>{menu}</ul>"
    assert meta_of(top + HEADLINE).published is None
    # the same marked date after the headline is the article's
    after = f"<div><h1>Die Überschrift</h1><span class='date'>{TODAY}</span>{STORY}</div>"
    assert meta_of(f"<ul>{menu}</ul>{after}").published == dt.date(2026, 12, 6)


@pytest.mark.parametrize("date_class", ["", "date"])
def test_the_top_bar_s_day_on_a_page_without_headline_is_no_publication_date(
    date_class: str,
) -> None:
    text = f"<div class='content'><p>Die Überschrift</p>{STORY}</div>"
    top = f"<div class='l'><span class='{date_class}'>{TODAY}</span></div>"
    assert meta_of(top + SITE_MENU + text).published is None
    assert meta_of(f"{top}<nav><a href='/'>Start</a></nav>{text}").published is None
    # a day printed before the page's text, the menu after it, is the page's
    assert meta_of(top + text + SITE_MENU).published == dt.date(2026, 12, 6)


def test_a_date_before_the_headline_and_after_the_menu_is_read() -> None:
    kicker = f"<div class='content'><p>{TODAY}</p><h1>Die Überschrift</h1>{STORY}</div>"
    assert meta_of(SITE_MENU + kicker).published == dt.date(2026, 12, 6)
    # a share bar links to as many sites as it has items: it is no menu of the site
    share = (
        "<ul><li><a href='https://www.facebook.com/sharer'>Facebook</a></li>"
        "<li><a href='https://twitter.com/intent'>X</a></li>"
        "<li><a href='https://www.linkedin.com/share'>LinkedIn</a></li></ul>"
    )
    found = meta_of(f"<div><p>{TODAY}</p>{share}<h1>Die Überschrift</h1>{STORY}</div>")
    assert found.published == dt.date(2026, 12, 6)
    # the article's date after its headline is read, the top bar's not
    after = f"<div class='content'><h1>Die Überschrift</h1><p>8. Dezember 2010</p>{STORY}</div>"
    found = meta_of(f"<div class='bar'><span>{TODAY}</span></div>{SITE_MENU}{after}")
    assert found.published == dt.date(2010, 12, 8)
    # a date above the menus printed without its weekday, or with its time, is the article's
    for box in ("08.12.2010", "Mittwoch, 8. Dezember 2010, 14:05 Uhr"):
        found = meta_of(f"<div class='meta'><span>{box}</span></div>{SITE_MENU}{HEADLINE}")
        assert day(found.published) == dt.date(2010, 12, 8), box


# -- the words that say what a date is, in more languages ----------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "modified"),
    [
        ("ru", "Опубликовано: 8 декабря 2010, 14:05", "Обновлено: 9 декабря 2010"),
        ("ru", "Дата публикации: 08.12.2010", "Дата обновления: 09.12.2010"),
        ("uk", "Опубліковано 8 грудня 2010", "Змінено 9 грудня 2010"),
        ("pl", "Data publikacji: 8 grudnia 2010", "Data aktualizacji: 9 grudnia 2010"),
        ("tr", "Yayınlanma: 08.12.2010 14:05", "Güncelleme: 09.12.2010"),
        ("ar", "نشر في 8 ديسمبر 2010", "آخر تحديث 9 ديسمبر 2010"),
        ("fa", "تاریخ انتشار: ۱۷ آذر ۱۳۸۹", "آخرین به‌روزرسانی: ۱۸ آذر ۱۳۸۹"),
        ("th", "เผยแพร่ 8 ธ.ค. 2553", "อัปเดต 9 ธ.ค. 2553"),
        ("id", "Diterbitkan 8 Desember 2010", "Diperbaharui 9 Desember 2010"),
        ("vi", "Ngày đăng: 08/12/2010", "Cập nhật: 09/12/2010"),
        ("ja", "配信 2010年12月8日", "最終更新 2010年12月9日"),
        ("zh", "发布时间：2010-12-08", "更新时间：2010-12-09"),
        ("ko", "입력 2010.12.08 14:05", "수정 2010.12.09"),
        ("fr", "Paru le 8 décembre 2010", "Mise à jour le 9 décembre 2010"),
        ("de", "Beitrag vom 8. Dezember 2010", "Letzte Änderung: 9. Dezember 2010"),
    ],
)
def test_published_and_updated_words_in_more_languages(
    lang: str, published: str, modified: str
) -> None:
    # the change printed first: the words say which date is the publication's
    body = f"<h1>Titel</h1><p class='x'>{modified}</p><p class='y'>{published}</p>{STORY}"
    found = meta_of(body, lang=lang)
    assert day(found.published) == dt.date(2010, 12, 8)
    assert day(found.modified) == dt.date(2010, 12, 9)


def test_a_date_marked_beside_a_reading_time_is_read() -> None:
    # infoq's "article__readTime date": the day, then the minutes it takes to read
    printed = "<p class='article__readTime date'>2019年2月27日 ・ 1分で読める</p>"
    original = "<p><a href='/news/x'>原文(投稿日：2019/02/16)へのリンク</a></p>"
    found = meta_of(f"<h1>タイトル</h1>{printed}{STORY}{original}", lang="ja")
    assert found.published == dt.date(2019, 2, 27)
    # a reading time alone is no date
    alone = "<span class='readtime'>2019 words, 8 min</span>"
    assert meta_of(f"<h1>Title</h1>{alone}{STORY}", lang="en").published is None


def test_a_date_the_text_mentions_below_a_change_s_date_is_not_the_publication() -> None:
    # the page prints only when it was last changed; the list item's date is another's notice
    top = "<h1>タイトル</h1><p class='right'>最終更新日：2019年4月2日</p>"
    mention = "<ul><li>2019年3月15日公表<br>「新元号への改元に便乗した消費者トラブル」</li></ul>"
    found = meta_of(f"{top}{STORY}{mention}", lang="ja")
    assert found.modified == dt.date(2019, 4, 2)
    assert found.published == dt.date(2019, 4, 2)  # the change's, the only one it prints
    # a date printed by the headline before the change's is still the publication's
    first = "<h1>Titel</h1><span>8. Dezember 2010</span><span>Aktualisiert: 9. Dezember 2010</span>"
    assert meta_of(first + STORY).published == dt.date(2010, 12, 8)


def test_a_time_stamp_is_put_on_the_day_the_page_prints() -> None:
    # 1544243400 is 2018-12-08 04:30 UTC; the page prints its own wall time, five hours behind
    body = (
        "<h1>Title</h1><span data-publishtime='1544243400'></span><span>Dec 7, 2018 11:30 pm</span>"
    )
    found = meta_of(body + STORY, lang="en")
    assert found.published == dt.datetime(
        2018, 12, 7, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


def test_a_date_after_a_name_that_is_no_byline() -> None:
    # a forum's post: the user's name in lower case is no byline, the date beside it is read
    line = "<p>Beitrag von anna » Mo 8. Dez 2010, 14:02</p>"
    assert meta_of(f"<h1>Frage zu X</h1>{line}{STORY}").published == dt.datetime(2010, 12, 8, 14, 2)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "Rabu, 06 Desember 2023 14:05 WIB",
            dt.datetime(2023, 12, 6, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("06 Kas 2023, 14:05", dt.datetime(2023, 11, 6, 14, 5)),
        ("6 gru 2023", dt.date(2023, 12, 6)),
        ("17 Agt 2023", dt.date(2023, 8, 17)),
        # "GMT+7" is seven hours ahead as printed (not the POSIX way, behind)
        (
            "Thứ tư, 6/12/2023, 14:05 (GMT+7)",
            dt.datetime(2023, 12, 6, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        (
            "06.12.2023 14:05 UTC-03:30",
            dt.datetime(2023, 12, 6, 14, 5, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
        ),
        (
            "08.12.2010, 14:02 Uhr MEZ",
            dt.datetime(2010, 12, 8, 14, 2, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
    ],
)
def test_months_abbreviated_and_zones_in_more_languages(
    printed: str, expected: dt.datetime | dt.date
) -> None:
    assert parse_date(printed, dayfirst=True) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am 8. Dezember 2010 sagte sie nichts",  # German "sie", Polish "sie(rpnia)"
        "Er mag den 8. Dezember 2010",  # German "mag", Italian "mag(gio)"
        "Ele tem 8 de dezembro de 2010",  # Portuguese "tem", Turkish "tem(muz)"
        "Publié le 8 décembre 2010, des photos",  # French "des", Indonesian "Des(ember)"
    ],
)
def test_a_common_word_is_no_month_s_abbreviation(text: str) -> None:
    assert day(parse_date(text, dayfirst=True)) == dt.date(2010, 12, 8)


MENU = "<ul>" + "".join(f"<li><a href='/{i}'>Rubrik {i}</a></li>" for i in range(40)) + "</ul>"


def test_a_date_marked_far_from_the_headline_is_the_last_resort() -> None:
    # the date's box before a long list of links, then the headline
    page = f"<div class='meta'><span class='datum'>08.12.2010</span></div>{MENU}<h1>Titel</h1>"
    assert meta_of(page + STORY).published == dt.date(2010, 12, 8)
    # far after it
    far = "".join(f"<p>Absatz {i} des Textes, lang genug, mit Komma.</p>" for i in range(450))
    page = f"<div><h1>Titel</h1>{far}<p class='date'>08.12.2010</p></div>"
    assert meta_of(page).published == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='teaser'><span class='date'>08.12.2010</span></div>",
        "<div id='comments'><span class='date'>08.12.2010</span></div>",
        "<div class='sidebar'><span class='datum'>08.12.2010</span></div>",
        "<header><span class='date'>08.12.2010</span></header>",
        "<div class='today'><span class='date'>08.12.2010</span></div>",
    ],
)
def test_a_date_marked_far_in_someone_else_s_box_is_not_read(box: str) -> None:
    far = "".join(f"<p>Absatz {i} des Textes, lang genug, mit Komma.</p>" for i in range(450))
    assert meta_of(f"{box}{MENU}<div><h1>Titel</h1>{far}{box}</div>").published is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("2023.12.06. 오후 2:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("입력 2023-12-06 오후 11:30", dt.datetime(2023, 12, 6, 23, 30)),
        ("2023.12.06. 오전 12:30", dt.datetime(2023, 12, 6, 0, 30)),
        ("2023年12月6日 下午2:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("2023年12月6日 午後2時05分", dt.datetime(2023, 12, 6, 14, 5)),
    ],
)
def test_the_half_of_the_day_printed_before_the_time(printed: str, expected: dt.datetime) -> None:
    assert parse_date(printed) == expected


def test_the_day_a_top_bar_prints_is_no_publication_date() -> None:
    top = f"<div class='top'><span>{TODAY}</span></div>"
    assert meta_of(f"{top}<div><h1>Titel</h1>{STORY}</div>").published is None
    assert (
        meta_of(f"<div id='kopf'>{TODAY}</div><div><h1>Titel</h1>{STORY}</div>").published is None
    )


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # dateutil read the Spanish "a" as a morning's and made the year an hour
        ("6 de diciembre de 2023 a las 14:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("6 de dezembro de 2023 às 14:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("6 grudnia 2023 o godz. 14:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("6 Aralık 2023 saat 14:05", dt.datetime(2023, 12, 6, 14, 5)),
        ("6 dicembre 2023 alle ore 14:05", dt.datetime(2023, 12, 6, 14, 5)),
    ],
)
def test_the_words_between_a_date_and_its_time(printed: str, expected: dt.datetime) -> None:
    assert parse_date(printed, dayfirst=True) == expected


def test_a_chinese_month_and_day_with_the_year_after_is_no_june_date() -> None:
    # "12月6日 2023" is December 6th; read by dateutil it was the 12th of June
    assert parse_date("12月6日 2023") is None


@pytest.mark.parametrize(
    "box",
    [
        "<div class='kommentare'><span class='datum'>09.12.2010</span></div>",
        "<div id='comentarios'><span class='fecha'>09.12.2010</span></div>",
        "<div class='seitenleiste'><span class='date'>09.12.2010</span></div>",
        "<ul class='archiv'><li class='date'>09.12.2010</li></ul>",
    ],
)
def test_a_date_in_comments_or_a_sidebar_named_in_other_languages(box: str) -> None:
    assert meta_of(f"<div><h1>Titel</h1>{box}{STORY}</div>").published is None
    found = meta_of(f"<div><h1>Titel</h1><p>08.12.2010</p>{box}{STORY}</div>")
    assert found.published == dt.date(2010, 12, 8)


def test_a_comment_s_microdata_date_is_not_the_article_s() -> None:
    comment = (
        "<div itemscope itemtype='https://schema.org/Comment'><span itemprop='author'>Bert</span>"
        "<time itemprop='datePublished' datetime='2010-12-09T10:00'>9.12.2010</time></div>"
    )
    assert meta_of(f"<div><h1>Titel</h1>{STORY}</div>{comment}").published is None
    question = (
        "<div itemscope itemtype='https://schema.org/Question'><h1 itemprop='name'>Frage</h1>"
        "<time itemprop='dateCreated' datetime='2010-12-08T14:02'>8.12.2010</time></div>"
    )
    assert day(meta_of(f"{question}{STORY}").published) == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    "text", ["2020-01-01T10:00:00-2400", "2020-01-01T10:00:00.00-2400", "2020-01-01 10:00 -2500"]
)
def test_a_zone_offset_is_no_year_of_the_buddhist_era(text: str) -> None:
    # "-2400" once read as the Thai year 2400 (1857) made the offset -18:57
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Anna Meier | 08.12.2010, 14:02 Uhr | 3 Kommentare",
        "Politik | 08.12.2010, 14:02 Uhr | Lesezeit 3 Minuten | 12 Kommentare",
    ],
)
def test_a_date_among_other_numbers_in_a_meta_line(line: str) -> None:
    # the date as written and its time, not the whole line (its other numbers spoilt it)
    assert parse_date(line, dayfirst=True) == dt.datetime(2010, 12, 8, 14, 2)
    found = meta_of(f"<h1>Titel</h1><div class='meta'>{line}</div>{STORY}")
    assert found.published == dt.datetime(2010, 12, 8, 14, 2)


def test_a_date_among_words_and_other_numbers() -> None:
    line = "von anna am 8. Dezember 2010, 14:02 Uhr in Allgemein mit 3 Kommentaren"
    assert parse_date(line, dayfirst=True) == dt.datetime(2010, 12, 8, 14, 2)
    found = meta_of(f"<h1>Titel</h1><p>von anna am 8. Dezember 2010 in Allgemein</p>{STORY}")
    assert found.published == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    "printed",
    [
        # twitter's profile card: the day the account was made
        "<span class='ProfileHeaderCard-joinDateText' title='3:06 PM - 20 Oct 2011'>Joined</span>",
        "<dd>Registriert: Mi 8. Dez 2010, 14:02</dd>",
        "<p>Mitglied seit 08.12.2010</p>",
        "<span class='date'>Joined Dec 8, 2010</span>",
    ],
)
def test_a_member_s_date_is_not_the_publication(printed: str) -> None:
    assert meta_of(f"<h1>Titel</h1>{printed}{STORY}").published is None


def test_the_last_resort_skips_the_dates_of_a_list_s_items() -> None:
    # a timeline or an archive: each item's date is its own, none is the page's
    items = "".join(
        f"<li><p>Post {i}, long enough to be text.</p><span class='date'>0{i}.12.2010</span></li>"
        for i in range(1, 5)
    )
    far = "".join(f"<p>Absatz {i} des Textes, lang genug, mit Komma.</p>" for i in range(450))
    assert meta_of(f"<div><h1>Titel</h1>{far}<ul>{items}</ul></div>").published is None
    reply = "<div class='in-reply-to'><span class='date'>08.12.2010</span></div>"
    assert meta_of(f"<div><h1>Titel</h1>{far}{reply}</div>").published is None


# -- Japanese eras, Levantine months, Arabic's morning and afternoon, Vietnamese -------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("令和5年12月6日", dt.date(2023, 12, 6)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),  # the era's first year
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("平成22年12月8日 14:05", dt.datetime(2010, 12, 8, 14, 5)),
        ("令和５年１２月６日", dt.date(2023, 12, 6)),  # full-width digits
    ],
)
def test_a_japanese_era_s_year(printed: str, expected: dt.date) -> None:
    assert parse_date(printed) == expected
    assert has_year(printed)


@pytest.mark.parametrize(
    "printed", ["<time>令和5年12月6日</time>", "<span class='date'>令和5年12月6日</span>"]
)
def test_a_japanese_era_s_date_marked_on_a_page(printed: str) -> None:
    # (marked only: a loose line that cites a law with its era's date is no date line)
    found = meta_of(f"<h1>見出し</h1>{printed}{STORY}", lang="ja")
    assert day(found.published) == dt.date(2023, 12, 6)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("令和5年12月6日", dt.date(2023, 12, 6)),
        ("令和5年12月6日（水） 10:30", dt.datetime(2023, 12, 6, 10, 30)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("令和５年１２月６日", dt.date(2023, 12, 6)),
        # a sentence (it has kana) or a law's number is no date's line
        ("令和5年12月6日に施行された", None),
        ("平成30年法律第45号", None),
        ("平成30年", None),
    ],
)
def test_a_line_that_is_a_japanese_era_s_date_by_the_headline(
    line: str, expected: dt.date | None
) -> None:
    found = meta_of(f"<h1>見出し</h1><p>{line}</p>{STORY}", lang="ja")
    assert found.published == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("6 كانون الأول 2023", dt.date(2023, 12, 6)),
        ("6 كانون الاول 2023", dt.date(2023, 12, 6)),
        ("15 كانون الثاني 2024", dt.date(2024, 1, 15)),
        ("3 تشرين الأول 2023", dt.date(2023, 10, 3)),
        ("20 تشرين الثاني 2023", dt.date(2023, 11, 20)),
        ("٦ كانون الأول ٢٠٢٣", dt.date(2023, 12, 6)),
    ],
)
def test_a_levantine_month_of_two_words(printed: str, expected: dt.date) -> None:
    assert parse_date(printed) == expected
    assert date_in(f"نشر في {printed} - بيروت") == printed


@pytest.mark.parametrize(
    ("printed", "hour"),
    [
        ("6 ديسمبر 2023 10:30 م", 22),
        ("6 ديسمبر 2023 10:30 ص", 10),
        ("6 ديسمبر 2023 12:15 ص", 0),
        ("6 ديسمبر 2023 12:15 م", 12),
        ("٦ ديسمبر ٢٠٢٣ ٠٢:٠٥ م", 14),
        ("6 ديسمبر 2023 10:30 مساءً", 22),
    ],
)
def test_an_arabic_time_of_the_morning_or_afternoon(printed: str, hour: int) -> None:
    when = parse_date(printed)
    assert isinstance(when, dt.datetime)
    assert (when.date(), when.hour) == (dt.date(2023, 12, 6), hour)


def test_an_arabic_year_of_the_common_era_is_no_afternoon() -> None:
    # "م" after a year is the common era's mark (ميلادي), not the afternoon's
    assert parse_date("6 ديسمبر 2023م") == dt.date(2023, 12, 6)


@pytest.mark.parametrize(
    "printed",
    [
        "ngày 6 tháng 12 năm 2023",
        "Thứ Tư, ngày 06 tháng 12 năm 2023",
        "Ngày 6 tháng 12 năm 2023, 14:05",
    ],
)
def test_a_vietnamese_date_in_words(printed: str) -> None:
    assert day(parse_date(printed)) == dt.date(2023, 12, 6)
    found = meta_of(f"<h1>Tiêu đề</h1><span>{printed}</span>{STORY}", lang="vi")
    assert day(found.published) == dt.date(2023, 12, 6)


def test_a_vietnamese_numeric_date_is_day_first() -> None:
    body = f"<h1>Tiêu đề</h1><p>Cập nhật lúc 14:05 ngày 06/12/2023</p>{STORY}"
    found = meta_of(body, lang="vi")
    assert day(found.modified or found.published) == dt.date(2023, 12, 6)
