"""The lines a blog, a shop's guide or a news site prints in its text that are no part of it.

Written as the engines print them: an affiliate disclosure at the text's start or end
(its own paragraph, in the text's box), a label left over a link that is gone ("原文：",
"Quelle:" over a share box's link, a label over a list of links), in the languages the
held-out pages are in, German first (issue 18).
"""

from __future__ import annotations

import pytest
from test_html_body_classes import parse, texts
from test_html_body_german_kinds import ENGLISH, GERMAN, HEADLINE, article_page, paragraphs


def post(article: str, *, lang: str = "de", box: str = "entry-content") -> str:
    """A blog's or a site's post: the headline, then the text in its box (``box``)."""
    return article_page(f"<h1>{HEADLINE}</h1><div class='{box}'>{article}</div>", lang=lang)


# --- an affiliate disclosure, at the text's start or end ---------------------------------------

OPENING = [
    (
        "en",
        ENGLISH,
        "This post contains affiliate links. If you buy through them, we may earn "
        "a small commission at no extra cost to you.",
    ),
    ("en", ENGLISH, "As an Amazon Associate I earn from qualifying purchases."),
    (
        "de",
        GERMAN,
        "Dieser Artikel enthält Affiliate-Links. Kaufst du über einen dieser Links "
        "ein, erhalten wir eine Provision, für dich ändert sich am Preis nichts.",
    ),
    ("fr", ENGLISH, "Cet article contient des liens affiliés."),
    (
        "es",
        ENGLISH,
        "Este artículo contiene enlaces de afiliados: si compras a través de "
        "ellos, podemos recibir una comisión.",
    ),
]
CLOSING = [
    ("de", GERMAN, "* Affiliate-Link"),
    ("de", GERMAN, "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen."),
    ("de", GERMAN, "Die mit * gekennzeichneten Links sind Affiliate-Links."),
    ("es", ENGLISH, "Enlaces de afiliados"),
    (
        "en",
        ENGLISH,
        "Note to readers: if you purchase something through one of our affiliate "
        "links we may earn a commission.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "disclosure"), OPENING)
def test_a_disclosure_over_the_text_is_dropped(lang: str, text: list[str], disclosure: str) -> None:
    html = post(f"<p><em>{disclosure}</em></p>{paragraphs(text)}", lang=lang)
    assert texts(parse(html)) == text


@pytest.mark.parametrize(("lang", "text", "disclosure"), CLOSING)
def test_a_disclosure_under_the_text_is_dropped(
    lang: str, text: list[str], disclosure: str
) -> None:
    html = post(f"{paragraphs(text)}<p><small>{disclosure}</small></p>", lang=lang)
    assert texts(parse(html)) == text


def test_a_disclosure_under_the_text_and_its_list_goes_past_the_list() -> None:
    # a guide's picks, then the mark of its links: no sentence of the text between them
    picks = ["Ein Thermometer für den Backofen", "Eine Springform mit 26 Zentimetern"]
    html = post(
        f"{paragraphs(GERMAN)}<ul>"
        + "".join(f"<li>{pick}</li>" for pick in picks)
        + "</ul><p>*Affiliate-Links</p>"
    )
    assert texts(parse(html)) == GERMAN + picks


# a story about affiliate links: its sentences name them where a disclosure would
STORY = [
    "Viele Blogs finanzieren sich über Provisionen: Kauft ein Leser über einen Link beim "
    "Händler ein, erhält der Betreiber einen Anteil am Umsatz, meist wenige Prozent.",
    "Die Verbraucherzentrale hat 200 Reiseblogs untersucht. Jeder dritte Beitrag enthält "
    "Affiliate-Links, so die Studie.",
    "Gekennzeichnet waren die Links nur in jedem zweiten Fall, oft erst am Ende des Textes "
    "und in kleiner Schrift, kritisierten die Verbraucherschützer.",
    "Die Verbraucherschützer fordern deshalb eine einheitliche Kennzeichnung: Wer einen Beitrag "
    "veröffentlicht, der Affiliate-Links enthält, soll das schon über dem ersten Absatz sagen, "
    "und zwar so, dass es jeder Leser auf den ersten Blick sieht, auch auf dem Smartphone. "
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen, so laute der Satz heute oft, "
    "versteckt unter dem Text.",
]


def test_a_story_s_sentences_about_affiliate_links_are_kept() -> None:
    # inside the text a short one, at its end a long one that quotes a disclosure
    html = post(paragraphs(STORY))
    assert texts(parse(html)) == STORY


# a commission's words with a link's: a disclosure; without, a story's lead or last line
COMMISSIONS = [
    ("en", ENGLISH, "We may earn a commission from links on this page."),
    ("de", GERMAN, "Kaufst du über einen dieser Links ein, erhalten wir eine Provision."),
    ("es", ENGLISH, "Si compras a través de estos enlaces, podemos recibir una comisión."),
]
STORY_COMMISSIONS = [
    (
        "en",
        ENGLISH,
        "Real estate agents who earn a commission on home sales will have to tell buyers "
        "what they charge under new rules announced on Friday.",
    ),
    ("de", GERMAN, "„Kommt der Kauf zustande, erhalten wir eine Provision“, sagte der Makler."),
    (
        "es",
        ENGLISH,
        "El intermediario podía recibir una comisión del 3 por ciento por cada operación, "
        "según la investigación.",
    ),
    ("fr", ENGLISH, "L'agent pouvait percevoir une commission de 5 % sur chaque vente."),
]


@pytest.mark.parametrize(
    ("lang", "text", "line", "disclosure"),
    [*((*case, True) for case in COMMISSIONS), *((*case, False) for case in STORY_COMMISSIONS)],
)
@pytest.mark.parametrize("first", [True, False])
def test_a_commission_s_words_disclose_beside_a_link_s_only(
    lang: str, text: list[str], line: str, disclosure: bool, first: bool
) -> None:
    # the words of a commission alone say nothing of the page's links: a lead, a last line
    lines = [line, *text] if first else [*text, line]
    assert texts(parse(post(paragraphs(lines), lang=lang))) == (text if disclosure else lines)


def test_a_disclosure_inside_the_text_is_a_sentence_of_it() -> None:
    # (the rule is where the site prints it: a line between the text's paragraphs is theirs)
    inside = "Dieser Artikel enthält Affiliate-Links."
    text = [*GERMAN[:2], inside, *GERMAN[2:]]
    html = post(paragraphs(text))
    assert texts(parse(html)) == text


# --- a label whose link is gone -------------------------------------------------------------

ZH_TITLE = "李克强答记者问"
CHINESE = [
    "国务院总理李克强15日上午在人民大会堂出席记者会并回答中外记者提问，他表示今年经济运行保持在合理区间。",
    "李克强说，今年政府工作报告提出的各项目标任务，都是经过认真研究和反复论证的，我们有信心完成。",
    "他表示，将继续深化改革开放，进一步优化营商环境，激发市场主体活力，推动经济高质量发展。",
    "李克强还就就业、减税降费、对外开放等问题回答了记者提问，记者会持续约两个半小时。",
]
SOURCE_LINK = "<a href='https://news.example.cn/2019/0315/c1001.html'>https://news.example.cn/2019/0315/c1001.html</a>"


def chinese_page(article: str) -> str:
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<title>{ZH_TITLE}</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<div class='main'><h1>{ZH_TITLE}</h1><div class='content'>{article}</div></div>"
        "</body></html>"
    )


def test_a_full_width_label_over_its_link_closing_the_text_goes_with_it() -> None:
    # the link alone is no text; its label ("原文：", full-width colon) over nothing neither
    html = chinese_page(f"{paragraphs(CHINESE)}<p>原文：</p><p>{SOURCE_LINK}</p>")
    assert texts(parse(html)) == CHINESE


@pytest.mark.parametrize(
    ("page", "text", "label"),
    [
        ("zh", CHINESE, "原文链接："),
        ("zh", CHINESE, "原文："),
        ("de", GERMAN, "Quelle:"),
        ("en", ENGLISH, "Original:"),
    ],
)
def test_a_label_over_a_skipped_box_with_its_link_goes_with_it(
    page: str, text: list[str], label: str
) -> None:
    # the link in a box named as chrome (a share box's "copy the link"), the text goes on
    article = (
        f"{paragraphs(text[:2])}<p>{label}</p><div class='share-url'>{SOURCE_LINK}</div>"
        f"{paragraphs(text[2:])}"
    )
    html = chinese_page(article) if page == "zh" else post(article)
    assert texts(parse(html)) == text


def test_a_label_over_a_list_of_links_dropped_goes_with_it() -> None:
    # (a label of any words: the list of links is what the choice drops)
    links = "".join(
        f"<li><a href='/{n}'>{title}</a></li>"
        for n, title in enumerate(["M-Erdgas Basis", "M-Erdgas Öko", "M-Erdgas Fix 24"])
    )
    html = post(
        f"{paragraphs(GERMAN[:2])}"
        f"<p><strong>Die Tarife der Stadtwerke:</strong></p><ul>{links}</ul>"
        f"{paragraphs(GERMAN[2:])}"
    )
    assert texts(parse(html)) == GERMAN


@pytest.mark.parametrize(
    ("label", "value"),
    [
        # an ad between a label and what it introduces: only a link's label goes with a box
        ("Zutaten:", "<ul><li>200 g Mehl</li><li>100 g Zucker</li><li>3 Eier</li></ul>"),
        ("Fazit:", f"<p>{GERMAN[3]}</p>"),
    ],
)
def test_a_label_over_an_ad_s_box_keeps_its_value_and_stays(label: str, value: str) -> None:
    html = post(
        f"{paragraphs(GERMAN[:3])}<p>{label}</p>"
        "<div class='werbung'><a href='https://ads.example.com/c'>Jetzt kaufen</a></div>"
        f"{value}"
    )
    found = texts(parse(html))
    assert label in found


# --- a line of the page's fields: its source, date and author in one line --------------------

FIELDS = [
    "来源：新华社 2019-03-15 09:43 作者：张三",
    # longer than a byline's line, its names many (the rule is the fields', not the length's)
    "来源：人民网－人民日报海外版　发布时间：2019年03月15日 09:43　作者：张三 李四 王五　"
    "责任编辑：赵六　浏览次数：12345",
    "2019年03月15日09:43 来源：中国新闻网 作者：张三 实习生 李四 编辑：王五 审核：赵六 "
    "点击：12345 次 【打印】【关闭】",
]


@pytest.mark.parametrize("line", FIELDS)
@pytest.mark.parametrize("at", [1, 4])  # under the lede, under the text
def test_a_line_of_fields_in_the_text_is_dropped(line: str, at: int) -> None:
    text = [f"<p>{paragraph}</p>" for paragraph in CHINESE]
    text.insert(at, f"<p>{line}</p>")
    assert texts(parse(chinese_page("".join(text)))) == CHINESE


def test_a_line_of_fields_in_german_is_dropped_too() -> None:
    html = post(f"{paragraphs(GERMAN)}<p>Autor: Max Muster | Quelle: dpa | 12.03.2019</p>")
    assert texts(parse(html)) == GERMAN


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that names a source and a date as fields (its clauses' marks)
        "记者会全程直播，来源：新华社，时间：2019年3月15日上午，全长约两个半小时。",
        # an event's facts: one field of the page's, the others the event's
        "Datum: 12.03.2019 | Ort: Rathaus | Eintritt: frei",
        # an event's date, time and place: two labels of a date and a time, none of a
        # source's, an author's, an editor's
        "日期：2019年3月15日 时间：9:00-11:00 地点：人民大会堂",
        "Datum: 15.06.2019 | Termin: 16.06.2019, 19 Uhr | Ort: Stadthalle",
    ],
)
def test_a_line_with_a_field_and_a_date_that_is_no_line_of_fields_stays(line: str) -> None:
    if line.isascii():
        text = [*GERMAN[:2], line, *GERMAN[2:]]
        html = post(paragraphs(text))
    else:
        text = [*CHINESE[:2], line, *CHINESE[2:]]
        html = chinese_page(paragraphs(text))
    assert texts(parse(html)) == text
