"""Chinese, Japanese and Korean pages that print the date, the source and the author on one
line, in one element (issue 18): "2019-03-12 10:12 来源：新华社 作者：张伟".

The author is the field a label, an opener or a role marks as a name's; the source is an
outlet, no one; the date is read from the same line.
"""

from __future__ import annotations

import warnings

import pytest

import newsdoc

ZH_STORY = "".join(
    f"<p>国务院总理{i}日主持召开国务院常务会议，部署进一步做好稳就业工作，"
    "会议指出，要坚持实施就业优先政策，加大对重点群体的支持力度。</p>"
    for i in range(1, 5)
)
JA_STORY = "".join(
    f"<p>政府は{i}日、閣議を開き、働き方改革に関する新たな方針を決定した。"
    "首相は記者団に対し、関係省庁と連携して取り組む考えを示した。</p>"
    for i in range(1, 5)
)
KO_STORY = "".join(
    f"<p>정부는 {i}일 국무회의를 열고 일자리 대책을 논의했다. "
    "관계 부처는 청년 고용을 늘리기 위한 지원을 확대하기로 했다고 밝혔다.</p>"
    for i in range(1, 5)
)


def article(lang: str, headline: str, line: str, story: str) -> newsdoc.Article:
    """A news site's article page, no metadata: its menu, the headline, the line of the
    date, the source and the author, the text and the site's footer."""
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/politics/'>时政</a> "
        "<a href='/world/'>国际</a></div>"
        f"<div class='main'><h1>{headline}</h1>{line}<div class='article'>{story}</div></div>"
        "<div class='footer'><p>Copyright 2019 All Rights Reserved</p></div></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsdoc.parse(html, format="html", analyze=False)


def names(found: newsdoc.Article) -> list[str]:
    """The names of ``found``'s authors."""
    return [person.name for person in found.byline.authors] if found.byline else []


@pytest.mark.parametrize(
    ("lang", "headline", "line", "story", "expected"),
    [
        # Xinhua: the date, the source, the author
        (
            "zh",
            "国务院部署稳就业工作",
            "<div class='info'>2019-03-12 10:12 来源：新华社 作者：张伟</div>",
            ZH_STORY,
            ["张伟"],
        ),
        # People's Daily: the time's label, the source, the author, the editor in charge
        (
            "zh-CN",
            "国务院部署稳就业工作",
            "<div class='box01'>发布时间：2019-03-12 10:12:00 来源：人民网 作者：李娜"
            " 责任编辑：王芳</div>",
            ZH_STORY,
            ["李娜"],
        ),
        # Sina: the date, the outlet without a label, the reporter
        (
            "zh",
            "国务院部署稳就业工作",
            "<p>2019年03月12日 10:12 新浪财经 记者：王小明</p>",
            ZH_STORY,
            ["王小明"],
        ),
        # the role without a colon, after the outlet; two names in ideographs, a space apart
        (
            "zh",
            "国务院部署稳就业工作",
            "<p>2019年03月12日 10:12 新浪财经 记者 王小明</p>",
            ZH_STORY,
            ["王小明"],
        ),
        (
            "zh",
            "国务院部署稳就业工作",
            "<div class='info'>2019-03-12 10:12 来源：新华社 记者 张伟 李娜</div>",
            ZH_STORY,
            ["张伟", "李娜"],
        ),
        # the outlet's reporter, the role glued to the outlet ("Xinhua reporter")
        (
            "zh",
            "国务院部署稳就业工作",
            "<div class='info'>2019-03-12 10:12 新华社记者 王小明</div>",
            ZH_STORY,
            ["王小明"],
        ),
        # a count of readers after the author's field is none of the byline's
        (
            "zh",
            "国务院部署稳就业工作",
            "<div class='info'>2019-03-12 10:12 来源：新华社 作者：张伟 阅读：1024</div>",
            ZH_STORY,
            ["张伟"],
        ),
        # Japanese, fields parted by full-width spaces
        (
            "ja",
            "政府、働き方改革の新方針を決定",
            "<p>2019年3月12日 10:12\u3000出典：共同通信\u3000記者：山田太郎</p>",
            JA_STORY,
            ["山田太郎"],
        ),
        # Korean: the role before the name, or after it
        (
            "ko",
            "정부, 일자리 대책 논의",
            "<span>입력 2019.03.12 10:12 기자 김철수</span>",
            KO_STORY,
            ["김철수"],
        ),
        (
            "ko",
            "정부, 일자리 대책 논의",
            "<div class='info'>입력 2019.03.12 10:12 김철수 기자</div>",
            KO_STORY,
            ["김철수"],
        ),
    ],
)
def test_the_author_on_a_line_of_the_date_and_the_source(
    lang: str, headline: str, line: str, story: str, expected: list[str]
) -> None:
    found = article(lang, headline, line, story)
    assert names(found) == expected
    assert found.published is not None
    assert (found.published.year, found.published.month, found.published.day) == (2019, 3, 12)


@pytest.mark.parametrize(
    ("lang", "line", "story"),
    [
        # the source is an outlet, no one
        ("zh", "<div class='info'>2019-03-12 10:12 来源：新华社</div>", ZH_STORY),
        ("ko", "<span>입력 2019.03.12 10:12 연합뉴스</span>", KO_STORY),
        # a word after the date without a label is no name (a place, a weekday)
        ("zh", "<p>2019-03-12 10:12 北京</p>", ZH_STORY),
        ("ja", "<p>2019年3月12日 10:12\u3000東京</p>", JA_STORY),
        # the editor in charge edited the story, did not write it
        (
            "zh",
            "<div class='info'>发布时间：2019-03-12 10:12:00 来源：人民网 责任编辑：王芳</div>",
            ZH_STORY,
        ),
    ],
)
def test_no_author_on_a_line_without_a_names_field(lang: str, line: str, story: str) -> None:
    assert names(article(lang, "标题", line, story)) == []
