"""The body finder on blogs, forums, Q&A pages, wikis and documentation.

Each test builds a small page as a blog engine, a forum, a wiki or a documentation
generator prints it (their own markup and class names, with their chrome), and checks
what the body keeps and what it leaves out.  What a reader expects as the text of a
thread or a Q&A page is its opening post (the question) and the replies (the answers),
without the posters' boxes, signatures, votes and counts.
"""

from __future__ import annotations

import pytest
from test_html_body_classes import parse, sentence, texts
from test_html_body_german_kinds import GERMAN, article_page, paragraphs

# --- a Q&A page: the question above the answers -------------------------------------------

_QUESTION = (
    "I have a large compressed log file and want to process it one line at a time without "
    "decompressing the whole file into memory first."
)


def _answer(number: int, text: str) -> str:
    return (
        f"<div id='answer-{number}' class='answer js-answer' data-answerid='{number}'>"
        "<div class='post-layout'><div class='votecell post-layout--left'>"
        f"<div class='js-vote-count'>{number}</div></div>"
        f"<div class='answercell post-layout--right'><div class='s-prose js-post-body'>"
        f"<p>{text}</p></div><div class='post-signature'><div class='user-info'>"
        f"<a href='/users/{number}/user'>user{number}</a></div></div></div></div></div>"
    )


def _qa_page(answers: int) -> str:
    question = (
        "<div class='question js-question' id='question'><div class='post-layout'>"
        "<div class='votecell post-layout--left'><div class='js-vote-count'>87</div></div>"
        f"<div class='postcell post-layout--right'><div class='s-prose js-post-body'><p>{_QUESTION}"
        "</p><p>This prints garbage. What is the right way to do it?</p></div>"
        "<div class='post-taglist'><a href='/questions/tagged/python' class='post-tag'>python</a>"
        "</div></div></div></div>"
    )
    body = "".join(_answer(100 + i, sentence(i, 16)) for i in range(answers))
    return (
        "<html lang='en'><head><title>How do I read a compressed file line by line?</title></head>"
        "<body><header><a href='/'>Q&amp;A</a></header><div id='content'>"
        "<h1><a href='/q/1' class='question-hyperlink'>"
        "How do I read a compressed file line by line?</a></h1>"
        f"<div id='mainbar' role='main'>{question}<div id='answers'>"
        f"<h2>{answers} Answers</h2>{body}</div></div>"
        "<div id='sidebar'><h4>Related</h4><a href='/q/2'>Read a large file in chunks</a></div>"
        "</div><footer><p>user contributions licensed under CC BY-SA</p></footer></body></html>"
    )


def test_a_qa_pages_question_above_its_answers_is_kept() -> None:
    found = texts(parse(_qa_page(3)))
    assert found[:2] == [_QUESTION, "This prints garbage. What is the right way to do it?"]
    assert found[2:] == [sentence(i, 16) for i in range(3)]


def test_boxes_of_the_answers_kind_after_them_are_no_question() -> None:
    # only the boxes before the thread open it: the sidebar's box stays out
    html = _qa_page(3).replace(
        "<div id='sidebar'>",
        f"<div id='sidebar'><div class='s-prose js-post-body'><p>{sentence(50)}</p></div>",
    )
    assert sentence(50) not in texts(parse(html))


# --- a wiki's section heading in a box with its edit link ---------------------------------

_EDIT = (
    "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
    "<a href='/w/index.php?title=Rotmilan&amp;action=edit&amp;section={n}'>Bearbeiten</a>"
    "<span class='mw-editsection-divider'> | </span>"
    "<a href='/w/index.php?title=Rotmilan&amp;action=edit&amp;section={n}'>Quelltext bearbeiten</a>"
    "<span class='mw-editsection-bracket'>]</span></span>"
)


def test_a_wikis_section_headings_in_boxes_with_their_edit_links_are_kept() -> None:
    # MediaWiki (since 2024) prints the edit link beside the <h2>, in the heading's box
    sections = "".join(
        f"<div class='mw-heading mw-heading2'><h2 id='{heading}'>{heading}</h2>"
        f"{_EDIT.format(n=i + 1)}</div><p>{sentence(i)}</p>"
        for i, heading in enumerate(["Merkmale", "Verbreitung", "Bestand"])
    )
    html = (
        "<html lang='de'><head><title>Rotmilan – Wikipedia</title></head><body>"
        "<main id='content' class='mw-body'><h1 id='firstHeading'>Rotmilan</h1>"
        "<div id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'>"
        f"<p>{sentence(9)}</p>{sections}</div></div></main>"
        "<footer id='footer' class='mw-footer'><ul><li>Diese Seite wurde zuletzt am 3. Januar "
        "2024 um 14:05 Uhr bearbeitet.</li></ul></footer></body></html>"
    )
    assert texts(parse(html)) == [
        sentence(9),
        "Merkmale",
        sentence(0),
        "Verbreitung",
        sentence(1),
        "Bestand",
        sentence(2),
    ]


# --- a documentation's notes --------------------------------------------------------------


def test_a_documentations_admonition_is_the_texts() -> None:
    # Docusaurus names its notes as Bootstrap's alerts ("alert alert--success")
    note = "Set a short time to live while you develop, so that changes show up at once."
    html = (
        "<html lang='en'><head><title>Caching | Quayside</title></head><body>"
        "<nav class='navbar'><a href='/docs/intro'>Docs</a><a href='/blog'>Blog</a></nav>"
        "<main><article><div class='theme-doc-markdown markdown'><h1>Caching</h1>"
        f"<p>{sentence(0)}</p><p>{sentence(1)}</p>"
        "<div class='theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success'>"
        "<div class='admonitionHeading_Gvgb'>tip</div><div class='admonitionContent_BuS1'>"
        f"<p>{note}</p></div></div><p>{sentence(2)}</p></div></article></main>"
        "<footer class='footer'><div class='footer__copyright'>Built with Docusaurus.</div>"
        "</footer>"
        "</body></html>"
    )
    assert note in texts(parse(html))


# --- a forum post's signature ---------------------------------------------------------------


def test_a_forum_posts_signature_is_no_text() -> None:
    posts = "".join(
        f"<li class='postbit postcontainer' id='post_{i}'><div class='postdetails'>"
        f"<div class='userinfo'><a class='username' href='member.php?u={i}'>user{i}</a></div>"
        f"<div class='postbody'><div class='content'><blockquote class='postcontent restore'>"
        f"{sentence(i, 16)}</blockquote></div><div class='after_content'>"
        "<blockquote class='signature restore'><div class='signaturecontainer'>Gruß aus dem "
        "Sauerland – Vaillant ecoTEC plus, Baujahr 2012</div></blockquote></div></div></div></li>"
        for i in range(4)
    )
    html = (
        "<html lang='de'><head><title>Heizung macht Klopfgeräusche</title></head><body>"
        "<div id='navbar' class='navbar'><a href='forum.php'>Forum</a></div>"
        "<h1>Heizung macht Klopfgeräusche</h1>"
        f"<div id='postlist' class='postlist'><ol id='posts' class='posts'>{posts}</ol></div>"
        "</body></html>"
    )
    found = texts(parse(html))
    assert [sentence(i, 16) for i in range(4)] == found


def test_a_posts_count_of_likes_is_no_text() -> None:
    posts = "".join(
        f"<div class='topic-body crawler-post' id='post_{i}'><div class='crawler-post-meta'>"
        f"<a href='/u/user{i}'>user{i}</a></div><div class='post'><p>{sentence(i, 16)}</p></div>"
        f"<div class='likes'><span class='post-likes'>{i + 2} Likes</span></div></div>"
        for i in range(3)
    )
    html = (
        "<html lang='en'><head><title>Backups fail</title></head><body><div id='main-outlet'>"
        f"<h1>Backups fail after upgrading</h1>{posts}</div></body></html>"
    )
    assert texts(parse(html)) == [sentence(i, 16) for i in range(3)]


# --- a page builder's columns of unlike widths ----------------------------------------------


def _column(width: int, widgets: str) -> str:
    return (
        f"<div class='elementor-column elementor-col-{width} elementor-top-column "
        f"elementor-element elementor-element-{width}a'>"
        f"<div class='elementor-widget-wrap elementor-element-populated'>{widgets}</div></div>"
    )


def _widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
        f"<div class='elementor-widget-container'>{inner}</div></div>"
    )


def test_an_elementor_posts_sidebar_column_is_not_its_text() -> None:
    post = "".join(f"<p>{sentence(i)}</p>" for i in range(4))
    promo = (
        "Produktfotografie für Einsteiger am 10. Februar in Leipzig, noch drei Plätze frei. "
        "Jetzt anmelden und zehn Prozent Frühbucherrabatt sichern."
    )
    html = (
        "<html lang='de'><head><title>Produktfotos</title></head><body>"
        "<div class='elementor elementor-301 elementor-location-single'>"
        "<section class='elementor-section elementor-top-section elementor-element'>"
        "<div class='elementor-container elementor-column-gap-default'>"
        + _column(
            66,
            _widget("heading", "<h1>Bessere Produktfotos</h1>")
            + _widget("theme-post-content", post),
        )
        + _column(
            33,
            _widget("heading", "<h3>Nächste Kurse</h3>")
            + _widget("text-editor", f"<p>{promo}</p>"),
        )
        + "</div></section></div></body></html>"
    )
    found = texts(parse(html))
    assert found == [sentence(i) for i in range(4)]


def test_an_elementor_pages_columns_of_one_width_are_all_its_text() -> None:
    left = "".join(f"<p>{sentence(i)}</p>" for i in range(3))
    right = "".join(f"<p>{sentence(i)}</p>" for i in range(3, 5))
    html = (
        "<html lang='de'><head><title>Über uns</title></head><body>"
        "<div class='elementor elementor-12'><section class='elementor-section elementor-element'>"
        "<div class='elementor-container'>"
        + _column(50, _widget("text-editor", left))
        + _column(50, _widget("text-editor", right))
        + "</div></section></div></body></html>"
    )
    assert texts(parse(html)) == [sentence(i) for i in range(5)]


# --- a note in the text in a box named for its look -------------------------------------------

_TIP = "If you are starting out, pick a day and a time and never move it."


def _post_with(box: str) -> str:
    return (
        "<html lang='en'><head><title>A year of newsletters</title></head><body>"
        "<header class='gh-head'><a href='/'>The Slow Inbox</a><a href='/about/'>About</a></header>"
        "<main><article class='article post'><h1 class='article-title'>A year of newsletters</h1>"
        f"<section class='gh-content gh-canvas'><p>{sentence(0)}</p><p>{sentence(1)}</p>{box}"
        f"<p>{sentence(2)}</p></section></article></main>"
        "<footer class='site-footer'><a href='https://ghost.org/'>Powered by Ghost</a></footer>"
        "</body></html>"
    )


def test_a_callout_card_in_the_text_is_the_texts() -> None:
    callout = (
        "<div class='kg-card kg-callout-card kg-callout-card-grey'>"
        f"<div class='kg-callout-emoji'>💡</div><div class='kg-callout-text'>{_TIP}</div></div>"
    )
    found = texts(parse(_post_with(callout)))
    assert found[:2] == [sentence(0), sentence(1)]
    assert found[-2:] == [_TIP, sentence(2)]


def test_an_alert_box_in_the_text_is_the_texts() -> None:
    # Avada's tip, a link in its sentence
    alert = (
        "<div class='fusion-alert alert general alert-info fusion-alert-left' role='alert'>"
        "<div class='fusion-alert-content-wrapper'><span class='fusion-alert-content'>Tip: "
        "seeds of the region are sold by the <a href='/nabu'>local club</a>, often for free."
        "</span></div></div>"
    )
    found = texts(parse(_post_with(alert)))
    assert "Tip: seeds of the region are sold by the local club, often for free." in found


def test_a_teasers_card_is_still_chrome() -> None:
    card = (
        "<div class='card'><h3><a href='/subject-lines/'>How I write subject lines</a></h3>"
        "<p>Short, specific and a little curious: a checklist I use every week.</p></div>"
    )
    assert texts(parse(_post_with(card))) == [sentence(i) for i in range(3)]


# --- an old forum's thread laid out in tables -------------------------------------------------


def _table_post(number: int, text: str) -> str:
    return (
        f"<table id='post{number}' class='tborder' width='100%'><tr>"
        f"<td class='thead'>1{number}.03.2012, 20:1{number}</td>"
        f"<td class='thead'>#{number}</td></tr>"
        f"<tr valign='top'><td class='alt2' width='175'><a class='bigusername' "
        f"href='member.php?u={number}'>user{number}</a><div class='smallfont'>Benutzer</div></td>"
        f"<td class='alt1' id='td_post_{number}'><div class='smallfont'><strong>AW: Teichfolie "
        f"stückeln?</strong></div><hr size='1'><div id='post_message_{number}'>{text}</div>"
        "<div>__________________<br>Viele Grüße aus der Heide</div></td></tr></table>"
    )


def _table_thread() -> str:
    posts = "".join(_table_post(i, sentence(i, 16)) for i in range(4))
    return (
        "<html lang='de'><head><title>Teichfolie stückeln? - Gartenteich-Forum</title></head>"
        "<body><table width='100%'><tr><td><a href='index.php'>Gartenteich-Forum</a></td></tr>"
        f"</table><div class='page'><div style='padding:0px 25px'><div id='posts'>{posts}</div>"
        "<div class='smallfont' align='center'>Alle Zeitangaben in WEZ +1.</div>"
        "<div align='center'><div class='smallfont' align='center'>Powered by vBulletin® "
        "Version 3.8.7<br>Copyright ©2000 - 2012, vBulletin Solutions, Inc.</div></div></div>"
        "</div></body></html>"
    )


def test_a_forum_posts_signature_under_its_rule_is_no_text() -> None:
    found = texts(parse(_table_thread()))
    assert not any("Viele Grüße" in text or text.startswith("___") for text in found)
    for i in range(4):
        assert sentence(i, 16) in found


def test_a_replys_subject_is_no_text() -> None:
    assert "AW: Teichfolie stückeln?" not in texts(parse(_table_thread()))


def test_a_line_that_credits_the_sites_software_is_no_text() -> None:
    assert not any(text.startswith("Powered by") for text in texts(parse(_table_thread())))


def test_a_line_about_a_subject_is_text() -> None:
    # a prefix of a reply's before something else than the thread's title is a line of text
    html = _table_thread().replace("AW: Teichfolie stückeln?", "AW: Teichfolie und Pumpe")
    assert "AW: Teichfolie und Pumpe" in " ".join(texts(parse(html)))


# --- the readers' replies under the heading that counts them --------------------------------

_POST_TITLE = "Die alte Linde am Dorfplatz"


def _post_with_replies(heading: str) -> str:
    replies = "".join(
        f"<li class='response' id='r{i}'><div class='response-meta'>Leser{i}</div>"
        f"<div class='response-text'><p>{sentence(20 + i, 40)}</p></div></li>"
        for i in range(5)
    )
    return (
        f"<html lang='de'><head><title>{_POST_TITLE} – Dorfblog</title></head><body>"
        "<div id='header'><a href='/'>Dorfblog</a></div><div id='main'>"
        f"<div class='post'><h2 class='posttitle'>{_POST_TITLE}</h2><div class='postentry'>"
        f"<p>{sentence(0)}</p><p>{sentence(1)}</p></div></div>"
        f"<div id='responses'><h3>{heading}</h3><ol class='responselist'>{replies}</ol></div>"
        "</div></body></html>"
    )


def test_the_readers_replies_under_the_heading_that_counts_them_are_no_text() -> None:
    for heading in (
        f"5 Antworten auf „{_POST_TITLE}“",
        f"5 Gedanken zu „{_POST_TITLE}“",
        f"5 Responses to “{_POST_TITLE}”",
    ):
        assert texts(parse(_post_with_replies(heading))) == [sentence(0), sentence(1)]


def test_a_heading_that_counts_answers_to_something_else_closes_nothing() -> None:
    found = texts(parse(_post_with_replies("5 Antworten auf „Häufige Fragen zur Linde“")))
    assert sentence(24, 40) in found


# --- a post's stamp line under or over its text --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Geschrieben am 12. März 2019 in Allgemein"),
        ("de", "Veröffentlicht am 12.03.2019 von Max Muster"),
        ("en", "Posted on March 12, 2019 in News"),
        ("fr", "Publié le 12 mars 2019 dans Actualités"),
    ],
)
def test_a_post_s_stamp_line_after_its_text_is_no_text(lang: str, line: str) -> None:
    # WordPress themes print the post's date, author and category under the text
    html = article_page(
        f"<h1>Frühling im Garten</h1><div class='entry-content'>{paragraphs(GERMAN)}"
        f"<p class='postmetadata'>{line}</p></div>",
        lang=lang,
    )
    assert texts(parse(html)) == GERMAN


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open with a published word
        "Veröffentlicht wurde der Bericht am 12. März 2019 vom Statistischen Bundesamt.",
        "Erstellt am 12. März 2019 hat die Stadt den neuen Plan, der seitdem im Rathaus "
        "ausliegt und von allen Bürgern eingesehen werden kann, wie der Bürgermeister sagt",
    ],
)
def test_a_sentence_that_opens_with_a_published_word_stays(line: str) -> None:
    html = article_page(
        f"<h1>Frühling im Garten</h1><div class='entry-content'>{paragraphs(GERMAN[:2])}"
        f"<p>{line}</p>{paragraphs(GERMAN[2:])}</div>"
    )
    assert line in texts(parse(html))
