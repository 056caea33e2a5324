"""The author of a forum thread or a Q&A page: the poster of its opening post.

Forum software prints each post's poster as a link to the user's page (phpBB's
``memberlist.php?mode=viewprofile&u=2``, vBulletin's ``member.php?u=12``, XenForo's
``/members/gartenfreund.123/``), marked as a user name (class ``username``), often a page
named by a number only.  The thread's author is the first post's poster, as printed (a
user name), never a replier's, nor a name in a sidebar of the latest posts.  Each test
builds a thread of two posts by different users, as the forum software prints it.
"""

from __future__ import annotations

import pytest
from metadata_helpers import meta_of

_OPENING = (
    "<p>Ich möchte meinen Teich vergrößern und überlege, ob ich die alte Folie mit einer neuen "
    "verschweißen kann. Hat jemand Erfahrung damit, und hält so eine Naht dauerhaft dicht?</p>"
)
_REPLY = (
    "<p>Das geht mit Quellschweißmittel ganz gut, wenn beide Folien aus PVC sind. Bei EPDM "
    "brauchst du ein Nahtband, das hält seit Jahren bei mir.</p>"
)


def _latest(user_href: str, topic_href: str) -> str:
    """A sidebar of the forum's latest posts, with their posters' names."""
    return (
        "<div class='sidebar'><h3>Neueste Beiträge</h3><ul>"
        f"<li><a href='{topic_href}9'>Koi im Winter</a> von "
        f"<a class='username' href='{user_href}44'>teichmeister</a></li>"
        f"<li><a href='{topic_href}8'>Pumpe zu laut</a> von "
        f"<a class='username' href='{user_href}55'>seerose</a></li></ul></div>"
    )


def _phpbb_post(number: int, user: int, name: str, when: str, text: str) -> str:
    profile = f"./memberlist.php?mode=viewprofile&amp;u={user}"
    return (
        f"<div id='p{number}' class='post has-profile bg2'><div class='inner'>"
        f"<dl class='postprofile' id='profile{number}'><dt><a href='{profile}' class='username'>"
        f"{name}</a></dt><dd class='profile-posts'><strong>Beiträge:</strong> 12</dd>"
        "<dd class='profile-joined'><strong>Registriert:</strong> Mo 3. Jan 2011, 10:00</dd></dl>"
        f"<div class='postbody'><div id='post_content{number}'><h3><a href='#p{number}'>"
        "Teichfolie stückeln?</a></h3><p class='author'>von <strong>"
        f"<a href='{profile}' class='username'>{name}</a></strong> » {when}</p>"
        f"<div class='content'>{text}</div></div></div></div></div>"
    )


def phpbb(first: str | None = None) -> str:
    """A phpBB thread; ``first``: the opening post as printed, if not by gartenfreund."""
    opening = first or _phpbb_post(1, 2, "gartenfreund", "Di 12. Mär 2019, 10:12", _OPENING)
    return (
        "<div id='wrap'><h2 class='topic-title'><a href='./viewtopic.php?t=1'>"
        f"Teichfolie stückeln?</a></h2>{opening}"
        + _phpbb_post(2, 7, "teichprofi", "Di 12. Mär 2019, 11:40", _REPLY)
        + _latest("./memberlist.php?mode=viewprofile&amp;u=", "./viewtopic.php?t=")
        + "</div>"
    )


def _xenforo_post(number: int, slug: str, name: str, when: str, text: str) -> str:
    return (
        f"<article class='message message--post' data-author='{name}' "
        f"data-content='post-{number}' id='js-post-{number}'><div class='message-inner'>"
        "<div class='message-cell message-cell--user'><section class='message-user'>"
        f"<h4 class='message-name'><a href='/members/{slug}/' class='username'>{name}</a></h4>"
        "</section></div><div class='message-cell message-cell--main'>"
        f"<header class='message-attribution'><time datetime='{when}'>12. März 2019</time>"
        "</header><div class='message-content'><article class='message-body'>"
        f"<div class='bbWrapper'>{text}</div></article></div></div></div></article>"
    )


def xenforo() -> str:
    """A XenForo thread, the latest posts in a sidebar before it."""
    return (
        _latest("/members/user.", "/threads/thema.")
        + "<div class='p-body'><div class='p-title'><h1 class='p-title-value'>"
        "Teichfolie stückeln?</h1></div><div class='block-body'>"
        + _xenforo_post(1, "gartenfreund.123", "gartenfreund", "2019-03-12T10:12:00+0100", _OPENING)
        + _xenforo_post(2, "teichprofi.7", "teichprofi", "2019-03-12T11:40:00+0100", _REPLY)
        + "</div></div>"
    )


def _vbulletin_post(number: int, user: int, name: str, when: str, text: str) -> str:
    return (
        f"<li class='postbitlegacy postbitim postcontainer' id='post_{number}'>"
        f"<div class='posthead'><span class='postdate old'><span class='date'>{when}</span>"
        "</span></div><div class='postdetails'><div class='userinfo'>"
        "<div class='username_container'><a class='username offline popupctrl' "
        f"href='member.php?u={user}'><strong>{name}</strong></a></div></div>"
        "<div class='postbody'><div class='postrow'><div class='content'>"
        f"<div id='post_message_{number}'><blockquote class='postcontent restore'>{text}"
        "</blockquote></div></div></div></div></div></li>"
    )


def vbulletin() -> str:
    """A vBulletin thread."""
    return (
        "<div id='postlist'><h1>Teichfolie stückeln?</h1><ol id='posts'>"
        + _vbulletin_post(1, 12, "gartenfreund", "12.03.2019, 10:12", _OPENING)
        + _vbulletin_post(2, 7, "teichprofi", "12.03.2019, 11:40", _REPLY)
        + "</ol>"
        + _latest("member.php?u=", "showthread.php?t=")
        + "</div>"
    )


@pytest.mark.parametrize("page", [phpbb, xenforo, vbulletin])
def test_a_threads_author_is_its_first_posts_poster(page: object) -> None:
    assert callable(page)
    meta = meta_of(page())
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["gartenfreund"]
    assert meta.byline.text == "gartenfreund"
    assert meta.published is not None and meta.published.day == 12


def test_the_posters_box_lends_no_date_to_the_thread() -> None:
    # the poster's box prints the day they joined ("Registriert: Mo 3. Jan 2011"): the
    # thread's date is its first post's
    meta = meta_of(phpbb())
    assert meta.published is not None
    assert (meta.published.year, meta.published.month, meta.published.hour) == (2019, 3, 10)


def test_a_guests_opening_post_names_no_replier() -> None:
    # the opening post of a guest links no user page: the first linked poster replied
    guest = (
        "<div id='p1' class='post has-profile bg2'><div class='inner'>"
        "<dl class='postprofile'><dt><span class='username'>Gast</span></dt></dl>"
        "<div class='postbody'><p class='author'>von <strong><span class='username'>Gast"
        f"</span></strong> » Di 12. Mär 2019, 10:12</p><div class='content'>{_OPENING}</div>"
        "</div></div></div>"
    )
    meta = meta_of(phpbb(guest))
    assert meta.byline is None or "teichprofi" not in meta.byline.text


def test_a_user_page_named_by_a_number_and_the_name_names_its_poster() -> None:
    # WoltLab's posts link their posters to "/user/123-name/", with no class that says so
    def post(number: int, user: str, name: str, text: str) -> str:
        return (
            f"<li><article class='wbbPost message' id='post{number}'><div class='messageSidebar'>"
            f"<a href='https://forum.example/user/{user}/' class='userLink'>{name}</a></div>"
            "<div class='messageContent'><header class='messageHeader'>"
            f"<time datetime='2019-03-12T1{number}:12:00+01:00'>12. März 2019</time></header>"
            f"<div class='messageText'>{text}</div></div></article></li>"
        )

    page = (
        "<div class='content'><header class='contentHeader'><h1 class='contentTitle'>"
        "Teichfolie stückeln?</h1></header><ul class='wbbThreadPostList messageList'>"
        + post(1, "123-gartenfreund", "gartenfreund", _OPENING)
        + post(2, "7-teichprofi", "teichprofi", _REPLY)
        + "</ul></div>"
    )
    meta = meta_of(page)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["gartenfreund"]


def test_a_questions_asker_is_the_author_not_who_answered() -> None:
    # a Q&A page in German: the question's asker links to "/nutzer/name", so do the answers'
    def box(kind: str, name: str, text: str) -> str:
        return (
            f"<div class='{kind}'><div class='ContentMeta'><a class='ContentMeta-authorName' "
            f"href='/nutzer/{name}'>{name}</a> <span class='ContentMeta-date'>12.03.2019, 10:12"
            f"</span></div><div class='Plate-body'>{text}</div></div>"
        )

    page = (
        "<main><h1>Teichfolie stückeln?</h1>"
        + box("Question", "gartenfreund", _OPENING)
        + "<section class='AnswerList'>"
        + box("Answer", "teichprofi", _REPLY)
        + box("Answer", "seerose", _REPLY)
        + "</section></main>"
    )
    meta = meta_of(page)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == ["gartenfreund"]


def _stack_exchange(asker: str, lang: str = "en") -> str:
    """A Stack Exchange-like question (its asker's signature: the user's link, the
    reputation and the badges' counts) and an answer by another user, as printed."""

    def signature(number: int, name: str, action: str, reputation: str) -> str:
        return (
            "<div class='post-signature owner'><div class='user-info'>"
            f"<div class='user-action-time'>{action} <span title='2019-03-12 10:12:00Z' "
            "class='relativetime'>Mar 12, 2019 at 10:12</span></div><div class='user-gravatar32'>"
            f"<a href='/users/{number}/{name.lower()}'><img src='/g.png'></a></div>"
            f"<div class='user-details'><a href='/users/{number}/{name.lower()}'>{name}</a>"
            f"<div class='-flair'><span class='reputation-score' title='reputation score'>"
            f"{reputation}</span><span title='3 gold badges'><span class='badge1'></span>"
            "<span class='badgecount'>3</span></span></div></div></div></div>"
        )

    return (
        "<div id='question-header'><h1><a href='/questions/1/teich'>Teichfolie stückeln?</a>"
        f"</h1></div><div class='question' id='question'><div class='postcell'>"
        f"<div class='s-prose js-post-body'>{_OPENING}</div>"
        + signature(123, asker, "asked", "1,234")
        + "</div></div><div id='answers'><div id='answer-2' class='answer'>"
        f"<div class='s-prose js-post-body'>{_REPLY}</div>"
        + signature(9, "Teichprofi", "answered", "99")
        + "</div></div>"
    )


@pytest.mark.parametrize("asker", ["Anna", "jdoe42", "user3284", "Gartenfreund_7"])
def test_a_q_and_a_askers_byline_is_the_name_alone(asker: str) -> None:
    # the reputation and the badges' counts printed after the name are no one's; a user
    # name with digits is its own page's name ("/users/123/jdoe42"): the asker, whole
    meta = meta_of(_stack_exchange(asker))
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [asker]
    assert meta.byline.text == asker


def test_an_askers_link_that_names_no_one_leaves_the_first_answerer_out() -> None:
    # the asker's link prints a number, no name: the first answer's poster (no answer
    # before theirs) replied, and is no author either
    meta = meta_of(_stack_exchange("1234"))
    assert meta.byline is None


@pytest.mark.parametrize(
    ("name", "slug", "when", "lang"),
    [
        ("Tana Ganeva", "ganevatana", "December 22, 2016", "en"),
        ("Anna Meier", "ameier", "22. Dezember 2016", "de"),
        ("Juan Pérez", "jperez", "22 de diciembre de 2016", "es"),
    ],
)
def test_a_user_link_whose_class_names_the_author_names_the_author(
    name: str, slug: str, when: str, lang: str
) -> None:
    # a platform's author link to a user page named otherwise ("/u/ganevatana"), its class
    # naming it the author's in a longer word ("social-author__name")
    page = (
        "<main><article><h1>Teichfolie stückeln?</h1><div class='social-author'>"
        f"<a class='social-author__name' href='/u/{slug}'>{name}</a></div>"
        f"<div class='social-date'><span class='social-date__text'>{when}</span></div>"
        f"{_OPENING}{_REPLY}</article></main>"
    )
    meta = meta_of(page, lang=lang)
    assert meta.byline is not None
    assert [person.name for person in meta.byline.authors] == [name]
