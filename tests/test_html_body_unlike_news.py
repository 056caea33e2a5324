"""The body finder on pages unlike English news: formulas, other page builders' boxes.

Each test builds a small page of one kind inside the chrome every page has
(:func:`test_html_body_classes.page`) and checks what the body keeps and
what it leaves out.
"""

from __future__ import annotations

import gzip

import pytest
from conftest import shared_path
from test_html_body_classes import page, parse, sentence, texts

# --- formulas (MathML): part of their sentence ------------------------------------------------

_QUADRATIC = (
    "<mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi>"
    "<mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn>"
)


def _formula_page(math: str) -> str:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    return page(
        f"<h1>Headline</h1><div class='story'>{story}"
        f"<p>The two solutions to {math} are given by the formula below.</p></div>"
    )


def _paragraph(html: str) -> str:
    return next(text for text in texts(parse(html)) if text.startswith("The two solutions"))


def test_a_formula_without_tex_reads_as_its_symbols_in_order() -> None:
    found = _paragraph(_formula_page(f"<math>{_QUADRATIC}</math>"))
    assert found == "The two solutions to a x 2 + b x + c = 0 are given by the formula below."


def test_a_formula_reads_as_the_tex_its_alttext_gives() -> None:
    math = f"<math alttext='ax^{{2}} +  bx+c=0'>{_QUADRATIC}</math>"
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to ax^{2} + bx+c=0 are given by the formula below."


def test_a_formula_reads_as_its_tex_annotation_not_twice() -> None:
    math = (
        f"<math><semantics><mrow>{_QUADRATIC}</mrow>"
        "<annotation encoding='application/x-tex'>ax^2+bx+c=0</annotation></semantics></math>"
    )
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to ax^2+bx+c=0 are given by the formula below."


def test_a_formulas_other_annotations_are_not_its_symbols() -> None:
    math = (
        f"<math><semantics><mrow>{_QUADRATIC}</mrow>"
        "<annotation-xml encoding='MathML-Content'><apply><eq/><ci>q</ci></apply>"
        "</annotation-xml></semantics></math>"
    )
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to a x 2 + b x + c = 0 are given by the formula below."


def test_a_hidden_formula_stays_hidden() -> None:
    # Wikipedia hides its MathML and shows a picture of the formula (whose alt is the TeX)
    math = f"<span style='display: none'><math alttext='ax^2'>{_QUADRATIC}</math></span>"
    found = _paragraph(_formula_page(math))
    assert found == "The two solutions to are given by the formula below."


@pytest.mark.corpus
def test_readabilitys_mathjax_page_keeps_its_formulas() -> None:
    folder = shared_path("corpus", "readability", "pages", "mathjax")
    article = parse(gzip.decompress((folder / "source.html.gz").read_bytes()))
    text = " ".join(texts(article))
    assert "Lorenz Equations" in text
    # inline (the quadratic) and displayed (Maxwell's) formulas alike
    assert "a x 2 + b x + c = 0" in text
    assert "∇ ⋅ B → = 0" in text


# --- lists of news: an item that is mostly its link, among items that tell of theirs ----------

_NEWS = [
    "Neil has patches up to <a href='https://bugs.example/1'>improve the tab unloader</a>",
    "🌟 Ann Roe <a href='https://bugs.example/2'>fixed an issue with revoked permissions</a>",
    "Mark fixed <a href='https://bugs.example/3'>a crash of the downloads panel</a> in the beta",
    "Eva made <a href='https://bugs.example/5'>the print preview</a> faster on large pages",
    "<a href='https://bugs.example/4'>Bug 1678200</a>",
]
_NEWS_TEXT = [
    "Neil has patches up to improve the tab unloader",
    "🌟 Ann Roe fixed an issue with revoked permissions",
    "Mark fixed a crash of the downloads panel in the beta",
    "Eva made the print preview faster on large pages",
]


def _news_page(*, text_after: bool) -> str:
    news = "<h2>New contributors</h2><ul>" + "".join(f"<li>{item}</li>" for item in _NEWS)
    after = f"<p>{sentence(9)}</p>" if text_after else ""
    return page(
        "<article><h1>These weeks</h1>"
        + "".join(f"<p>{sentence(i)}</p>" for i in range(3))
        + f"{news}</ul>{after}</article>"
    )


def test_a_list_of_news_in_the_text_keeps_its_item_that_is_mostly_a_link() -> None:
    found = texts(parse(_news_page(text_after=True)))
    # the item that is its link alone ("Bug 1678200") stays out: a menu's item is that
    assert found == [sentence(i) for i in range(3)] + ["New contributors", *_NEWS_TEXT] + [
        sentence(9)
    ]


def test_such_a_list_at_the_texts_end_keeps_only_its_items_that_tell() -> None:
    # at the end of the text, items that are mostly a linked title are the stories to read
    # next ("More Great WIRED Stories": "How Facebook <a>gets the First Amendment backward</a>")
    found = texts(parse(_news_page(text_after=False)))
    assert "🌟 Ann Roe fixed an issue with revoked permissions" not in found
    assert _NEWS_TEXT[0] in found and _NEWS_TEXT[2] in found


# --- pictures in boxes named as their captions' (WordPress's "wp-caption") -------------------

_WP_CAPTION = (
    "<div id='attachment_12' class='{cls}'><a href='/big.jpg'>"
    "<img src='/pic.jpg' width='600' height='400' alt=''></a>"
    "<p class='wp-caption-text'>The mayor opens the new bridge on Monday.</p></div>"
)


def _story_around(box: str) -> str:
    before = "".join(f"<p>{sentence(i)}</p>" for i in range(2))
    after = "".join(f"<p>{sentence(i + 5)}</p>" for i in range(2))
    return page(f"<h1>Headline</h1><div class='entry-content'>{before}{box}{after}</div>")


@pytest.mark.parametrize("cls", ["wp-caption aligncenter", "in-line-column wp-caption alignleft"])
def test_a_wordpress_caption_is_its_pictures_not_a_paragraph(cls: str) -> None:
    article = parse(_story_around(_WP_CAPTION.format(cls=cls)))
    found = texts(article)
    assert found == [sentence(i) for i in (0, 1, 5, 6)]
    captions = [(image.url, image.caption) for image in article.images]
    assert captions == [("/pic.jpg", "The mayor opens the new bridge on Monday.")]


def test_a_caption_box_without_a_caption_is_a_picture() -> None:
    box = "<div class='wp-caption featured-image'><a href='/big.jpg'><img src='/pic.jpg'></a></div>"
    article = parse(_story_around(box))
    assert [image.url for image in article.images] == ["/pic.jpg"]
    assert len(texts(article)) == 4


def test_a_box_named_as_having_no_caption_is_read() -> None:
    # "no_caption" names a box that has none: its heading and picture are the text's
    box = (
        "<div class='list-item image no_caption'><h2>The mayor opens the new bridge</h2>"
        "<img src='/pic.jpg' width='600' height='400'></div>"
    )
    found = texts(parse(_story_around(box)))
    assert "The mayor opens the new bridge" in found


# --- a linked heading over a section heading over its list ----------------------------------


def _weekly_news(heading: str) -> str:
    items = "".join(f"<li>{sentence(i, 12)}</li>" for i in range(3))
    more = "".join(f"<li>Contributor number {i}</li>" for i in range(3))
    return page(
        f"<h1>These weeks in the project</h1><div class='entry-content'><h3>Highlights</h3>"
        f"<ul>{items}</ul>{heading}<h4>Fixed more than one bug</h4><ul>{more}</ul>"
        f"<p>{sentence(9)}</p></div>"
    )


def test_a_linked_heading_over_a_section_heading_over_a_list_is_kept() -> None:
    heading = "<h4><a href='https://bugs.example.org/list?q=1'>Resolved bugs (outside)</a></h4>"
    found = texts(parse(_weekly_news(heading)))
    at = found.index("Resolved bugs (outside)")
    assert found[at + 1 : at + 3] == ["Fixed more than one bug", "Contributor number 0"]


def test_a_linked_heading_over_a_higher_heading_is_not_kept() -> None:
    # a topic's link (a kicker) over a higher heading heads no section of the text
    heading = "<h6><a href='/topics/bugs'>bug topics</a></h6>"
    found = texts(parse(_weekly_news(heading + "<h2>Other</h2>")))
    assert "bug topics" not in found


# --- a label over a list of other stories -----------------------------------------------------


def _more_stories(label: str) -> str:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    others = "".join(
        f"<li>The story of number {i} <a href='/story/{i}'>and what it means for us</a></li>"
        for i in range(5)
    )
    return page(
        f"<h1>Headline</h1><article><div class='body'>{story}<hr>{label}<ul>{others}</ul>"
        "</div></article>"
    )


@pytest.mark.parametrize(
    "label",
    [
        "<div class='heading-h3'>More Great Example Stories</div>",
        "<h3>More from The Example Times</h3>",
        "<p>Weitere spannende Artikel:</p>",
        "<h3>Related</h3>",
    ],
)
def test_a_label_over_a_list_of_other_stories_goes_with_it(label: str) -> None:
    found = texts(parse(_more_stories(label)))
    assert found == [sentence(i) for i in range(4)]


def test_a_list_of_links_in_the_text_without_a_label_stays() -> None:
    found = texts(parse(_more_stories("<p>What we read this week, and why.</p>")))
    assert "The story of number 3 and what it means for us" in found


def test_a_line_like_a_sites_label_over_text_is_the_texts() -> None:
    # "more * stories" is a label only over a list of links: here it opens a section of text
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    section = f"<div class='part'><p>More than four stories</p><p>{sentence(7)}</p></div>"
    found = texts(parse(page(f"<h1>Headline</h1><article>{story}{section}</article>")))
    assert found[-2:] == ["More than four stories", sentence(7)]


# --- the boxes around the headline: the page's own, whatever their names say ------------------

_TITLE = "The bridge closes for the winter"
_LEDE = (
    "The repairs take longer than planned: from the spring the bridge is closed for three "
    "months, and commuters take the bus."
)


def _legal(i: int) -> str:
    return (
        f"Clause {i}: the publisher accepts no liability for the content of external sites, and "
        "every reproduction, distribution or storage of the content requires the prior written "
        "consent of the publisher, unless the law permits it; these terms apply to every visitor."
    )


def _headed_page(inside: str, *, after: str = "") -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    return (
        f"<html lang='en'><head><title>{_TITLE}</title></head><body>{nav}</ul></nav>"
        f"{inside}{after}</body></html>"
    )


@pytest.mark.parametrize(
    "cls", ["js-social-anchor-start", "social-open", "site-header-wrap", "sidebar-layout"]
)
def test_a_wrapper_named_as_chrome_around_the_headline_and_text_is_read(cls: str) -> None:
    # skipped for its name, it left nothing but the long legal notice, which the walk without
    # hints took for the article
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    legal = "<div class='legal-notice'>" + "".join(f"<p>{_legal(i)}</p>" for i in range(8))
    html = _headed_page(
        f"<div class='{cls}'><h1>{_TITLE}</h1><div class='story'>{story}</div></div>",
        after=f"{legal}</div>",
    )
    assert texts(parse(html)) == [sentence(i) for i in range(4)]


@pytest.mark.parametrize("cls", ["hero-banner", "teaser-head", "top-meta", "header"])
def test_a_lede_in_a_header_named_as_chrome_beside_the_headline_is_kept(cls: str) -> None:
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    html = _headed_page(
        f"<div class='article'><div class='{cls}'><h1>{_TITLE}</h1>"
        f"<div class='byline'>By Anna Meier, March 12, 2024</div><p>{_LEDE}</p></div>"
        f"<div class='text'>{story}</div></div>"
    )
    assert texts(parse(html)) == [_LEDE] + [sentence(i) for i in range(5)]


def test_a_header_named_as_chrome_without_text_stays_out() -> None:
    # only a box with running text is read: a header of the headline and its byline is not
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    html = _headed_page(
        f"<div class='article'><div class='hero-banner'><h1>{_TITLE}</h1>"
        "<div class='meta'>Posted in <a href='/c/city'>City</a> by Anna Meier</div></div>"
        f"<div class='text'>{story}</div></div>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(5)]


def test_the_pictures_of_other_stories_beside_the_text_are_not_its_figures() -> None:
    # each teaser an <article> of its own, a thumbnail over its linked title, in the box
    # around the text's
    teasers = "".join(
        f"<article class='item'><img src='/thumb{i}.jpg' width='130' height='110'>"
        f"<h3><a href='/story{i}'>Other story number {i} about the city</a></h3></article>"
        for i in range(4)
    )
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    html = page(
        f"<div class='layout'><article class='post'><h1>{_TITLE}</h1>"
        f"<figure><img src='/lead.jpg' width='800' height='500'></figure>{story}</article>"
        f"<div class='stories'>{teasers}</div></div>"
    )
    urls = [image.url for image in parse(html).images]
    assert urls == ["/lead.jpg"]


@pytest.mark.parametrize(
    "picture",
    [
        "<img src='/lead.jpg' width='800' height='500'>",
        # linked to its larger copy: a picture's link, not another story's
        "<a href='/lead-large.jpg'><img src='/lead.jpg' width='800' height='500'></a>",
    ],
)
@pytest.mark.parametrize("text_box", ["div", "article"])
def test_a_lead_picture_in_an_article_box_of_its_own_is_the_texts(
    picture: str, text_box: str
) -> None:
    # an <article> that holds only the picture, linking to no other page, is no teaser
    story = "".join(f"<p>{sentence(i)}</p>" for i in range(5))
    html = page(
        f"<h1>{_TITLE}</h1><article class='lead'><figure>{picture}"
        f"<figcaption>The harbour at dawn.</figcaption></figure></article>"
        f"<{text_box} class='text'>{story}</{text_box}>"
    )
    article = parse(html)
    assert texts(article) == [sentence(i) for i in range(5)]
    assert [(image.url, image.caption) for image in article.images] == [
        ("/lead.jpg", "The harbour at dawn.")
    ]


# --- a forum's short replies -------------------------------------------------------------------

_REPLIES = ["Thanks for the news!", "Three months.", "I'll cycle then.", "Let's see."]


def _thread(replies: list[str]) -> str:
    posts = "".join(
        f"<div id='p{i}' class='post bg{1 + i % 2}'><div class='inner'><div class='postbody'>"
        f"<h3><a href='#p{i}'>Re: The bridge closes</a></h3>"
        f"<p class='author'>by <a href='/u{i}'>user{i}</a> » March 12, 2024</p>"
        f"<div class='content'>{text}</div></div>"
        f"<dl class='postprofile'><dt><a href='/u{i}'>user{i}</a></dt><dd>Posts: 12</dd></dl>"
        "</div></div>"
        for i, text in enumerate([f"{sentence(0)} {sentence(1)}", *replies])
    )
    return page(f"<h1>The bridge closes</h1><div class='topic'>{posts}</div>")


def test_a_threads_replies_too_short_to_count_are_posts_all_the_same() -> None:
    found = texts(parse(_thread(_REPLIES)))
    assert found == [f"{sentence(0)} {sentence(1)}", *_REPLIES]


def test_a_threads_short_lines_that_read_as_no_sentence_stay_out() -> None:
    # the same box in a gallery's slides holds a picture's title, not a post
    found = texts(
        parse(_thread(["The old bridge at dawn", "Three months.", "The river in winter"]))
    )
    assert found == [f"{sentence(0)} {sentence(1)}", "Three months."]


# --- a box about the site or its author does not outscore a short page's text -----------------

_PRODUCT = (
    "<div class='product'><h1>Becher Blau</h1><div class='price'>24,90 €</div>"
    "<div class='description'><p>Der handgemachte Becher aus Steinzeug fasst 300 ml, ist "
    "spülmaschinenfest und wird in unserer Werkstatt in Köln glasiert.</p>"
    "<ul><li>Material: Steinzeug</li><li>Inhalt: 300 ml</li></ul></div></div>"
)
_ABOUT_TEXT = (
    "Wir sind eine kleine Töpferei in Köln, die seit 1985 Geschirr von Hand herstellt. Unsere "
    "Meisterinnen und Meister drehen, glasieren und brennen jedes Stück selbst, in kleinen "
    "Serien, mit Glasuren, die wir selbst mischen, und mit Ton aus dem Westerwald. Besuchen Sie "
    "uns in unserem Laden in der Altstadt, oder schreiben Sie uns, wenn Sie ein Stück nach "
    "Ihren Wünschen haben möchten."
)


def _shop(heading: str, *, where: str) -> str:
    box = f"<div class='col'><h3>{heading}</h3><p>{_ABOUT_TEXT}</p></div>"
    html = page(_PRODUCT, before=box if where == "before" else "", lang="de")
    if where == "after":
        html = html.replace("<footer>", f"<div class='site-info'>{box}</div><footer>")
    return html.replace("<title>T</title>", "<title>Becher Blau | Töpferei Muster</title>")


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("heading", ["Über uns", "Wir über uns", "About us", "Über den Autor"])
def test_a_box_about_the_site_does_not_outscore_a_short_products_text(
    heading: str, where: str
) -> None:
    found = texts(parse(_shop(heading, where=where)))
    assert found[0].startswith("Der handgemachte Becher")
    assert "Material: Steinzeug" in found
    assert _ABOUT_TEXT not in found


def test_a_box_under_another_heading_is_still_scored() -> None:
    # a section of its own with a heading that names no profile: the longer text wins
    found = texts(parse(_shop("Unsere Werkstatt", where="after")))
    assert _ABOUT_TEXT in found


def test_the_about_page_keeps_its_text() -> None:
    # the page is about the site: its headline says so, and its text is the page's
    html = page(f"<div class='text'><h1>Über uns</h1><p>{_ABOUT_TEXT}</p></div>", lang="de")
    assert _ABOUT_TEXT in texts(parse(html))


@pytest.mark.parametrize("content", ["main", "div"])
def test_an_about_section_beside_the_headline_is_the_pages_text(content: str) -> None:
    # an association's home page: its "Über uns" is its text, not a stray line elsewhere
    stray = (
        "<div class='bottom'><p>Diese Seite wird ehrenamtlich gepflegt, Fehler bitte an die "
        "Geschäftsstelle melden.</p></div>"
    )
    html = (
        page(
            f"<h1>Töpferei Muster</h1><div class='box'><h2>Über uns</h2><p>{_ABOUT_TEXT}</p></div>",
            lang="de",
        )
        .replace("<footer>", f"{stray}<footer>")
        .replace("<main>", f"<{content} class='content'>")
        .replace("</main>", f"</{content}>")
        .replace("<title>T</title>", "<title>Töpferei Muster</title>")
    )
    assert texts(parse(html)) == ["Über uns", _ABOUT_TEXT]


def test_a_page_whose_only_text_is_about_the_site_keeps_it() -> None:
    html = page(
        "<h1>Töpferei Muster</h1><div class='links'><a href='/shop'>Shop</a></div>"
        f"<div class='col'><h2>Über uns</h2><p>{_ABOUT_TEXT}</p></div>",
        lang="de",
    )
    assert _ABOUT_TEXT in texts(parse(html))


# --- an event's time after two words above the text --------------------------------------------


def _event(line: str) -> str:
    return page(
        f"<h1>Sommerfest im Park</h1><div class='text'><p>{line}</p>"
        f"<p>{sentence(1)}</p><p>{sentence(2)}</p></div>",
        lang="de",
    )


@pytest.mark.parametrize("line", ["Einlass ab 18:30", "Anstoß um 15:30", "Führung ab 10.30 Uhr"])
def test_two_words_and_the_time_they_tell_above_the_text_are_the_pages(line: str) -> None:
    # the time counts as the line's third word: an event's line, not a kicker
    assert texts(parse(_event(line)))[0] == line


@pytest.mark.parametrize(
    "line",
    [
        "Heute um 18:10",
        "Zuletzt aktualisiert 14:05",
        "Stand: 14:05",
        "Jane Roe, 14:05",
        "Politik 14:05",
    ],
)
def test_a_stamp_or_a_name_and_a_time_above_the_text_stay_furniture(line: str) -> None:
    assert texts(parse(_event(line))) == [sentence(1), sentence(2)]
