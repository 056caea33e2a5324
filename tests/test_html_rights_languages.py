"""A line that reserves the rights, in the languages of the list, is boilerplate.

Latin formulas are long enough to be told by their words ("All rights
reserved"); in Chinese, Japanese and Korean the formula is the prohibition
to reproduce ("未经授权，不得转载", "無断転載を禁じます", "무단 전재 및 재배포 금지"),
which prose does not say.
"""

from __future__ import annotations

import pytest
from test_html_body_classes import page, parse, sentence, texts

NOTICES = [
    "© 2010 Lidové noviny. Všechna práva vyhrazena.",
    "Copyright Dagens Nyheter. Alla rättigheter förbehållna.",
    "جميع الحقوق محفوظة لموقع الجزيرة 2010",
    "כל הזכויות שמורות להארץ",
    "【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】",
    "本网站所刊登的新闻、信息和各种专题专栏资料，均为本站版权，未经协议授权，禁止转载。",
    "記事・写真の無断転載を禁じます。",
    "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>",
    "Hak cipta dilindungi undang-undang.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_rights_notice_after_the_text_is_dropped(notice: str) -> None:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4)) + f"<p>{notice}</p>"
    found = texts(parse(page(f"<article><h1>Headline</h1>{story}</article>")))
    assert found == [sentence(i) for i in range(4)]


@pytest.mark.parametrize(
    "line",
    [
        "出版社は、著作権者の権利を守るため、無断転載について調査を始めたと発表した。",
        "该公司表示，其版权所有者的身份已经得到法院的确认，此案将于下月重审。",
    ],
)
def test_prose_about_copyright_stays(line: str) -> None:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4)) + f"<p>{line}</p>"
    found = texts(parse(page(f"<article><h1>Headline</h1>{story}</article>")))
    assert line in found
