"""parse_html on bytes in legacy encodings: declared rightly, not at all, and wrongly.

Each page is written here as text, encoded into the encoding under test, and
its parsed body must equal the original text exactly: any mojibake fails.
"""

from __future__ import annotations

import warnings

import pytest

import newsdoc
from newsdoc.readers.encoding import declared_encoding, decode_html

TEXTS = {
    "english": (
        "The café on the corner — “Chez Noël” — reopened on Tuesday after a long winter.",
        "Its owner, Zoë Müller, said the naïve décor was “exactly as it was in 1998”.",
        "Prices rose by 5 % and a crème brûlée now costs €4.50, déjà vu for regulars.",
    ),
    "latin1": (
        "Le café du coin a rouvert mardi après un long hiver, à la grande joie du quartier.",
        "Sa propriétaire, Zoë Müller, a déclaré que le décor naïf était resté intact.",
        "Les habitués ont retrouvé la crème brûlée, servie à 4,50 euros comme avant.",
    ),
    "russian": (
        "Московский суд в понедельник отклонил жалобу защиты и оставил приговор в силе.",
        "Адвокат заявил журналистам, что сторона защиты намерена обратиться в Верховный суд.",
        "По словам представителя прокуратуры, решение вступит в силу через десять дней.",
    ),
    "japanese": (
        "東京都は月曜日、新しい防災計画を発表しました。",
        "計画では、大きな地震が起きたときに住民がすぐに避難できるように、学校や公園を避難所として使うことになっています。",
        "知事は記者会見で「みなさんの協力が必要です」と話しました。",
    ),
    "chinese": (
        "北京市政府星期一公布了新的城市交通计划。",
        "根据这个计划，市内将增加公共汽车线路，并在主要道路上设立自行车专用道。",
        "市长在新闻发布会上表示，希望市民多使用公共交通工具，减少私家车出行。",
    ),
}

# (encoding, text, a wrong charset to declare)
CASES = [
    ("windows-1252", "english", "koi8-r"),
    ("iso-8859-1", "latin1", "windows-1251"),
    ("koi8-r", "russian", "windows-1252"),
    ("shift_jis", "japanese", "gb2312"),
    ("gb2312", "chinese", "shift_jis"),
]


def page(paragraphs: tuple[str, ...], charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>t</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    )


def parsed_text(data: bytes) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("error", newsdoc.NewsdocWarning)
        return newsdoc.parse_html(data).text


@pytest.mark.parametrize(("encoding", "language", "wrong"), CASES)
@pytest.mark.parametrize("declaration", ["right", "none", "wrong"])
def test_legacy_encodings_read_back_exactly(
    encoding: str, language: str, wrong: str, declaration: str
) -> None:
    paragraphs = TEXTS[language]
    charset = {"right": encoding, "none": None, "wrong": wrong}[declaration]
    data = page(paragraphs, charset).encode(encoding)
    assert parsed_text(data) == "\n\n".join(paragraphs)


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_utf8_wins_over_a_wrong_declaration(language: str) -> None:
    paragraphs = TEXTS[language]
    data = page(paragraphs, "windows-1252").encode("utf-8")
    assert parsed_text(data) == "\n\n".join(paragraphs)


def test_utf8_bytes_pass_through_without_a_copy() -> None:
    data = page(TEXTS["russian"], None).encode("utf-8")
    text, utf8 = decode_html(data)
    assert text is None
    assert utf8 is data


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_byte_order_marks_decide(bom: bytes, codec: str) -> None:
    paragraphs = TEXTS["chinese"]
    data = bom + page(paragraphs, "iso-8859-1").encode(codec)
    assert parsed_text(data) == "\n\n".join(paragraphs)


def test_http_equiv_declaration_is_found() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'
        "</head><body><p>x</p></body></html>"
    )
    assert declared_encoding(html.encode("ascii")) == "koi8_r"


def test_unknown_declared_charset_is_ignored() -> None:
    paragraphs = TEXTS["russian"]
    data = page(paragraphs, "x-no-such-charset").encode("koi8-r")
    with pytest.warns(newsdoc.NewsdocWarning, match="'x-no-such-charset' is not a text encoding"):
        text = newsdoc.parse_html(data).text
    assert text == "\n\n".join(paragraphs)


def test_a_few_broken_bytes_in_utf8_are_replaced_with_a_warning() -> None:
    paragraphs = TEXTS["english"]
    data = page(paragraphs, "utf-8").encode("utf-8").replace(b"Tuesday", b"Tues\xffday")
    with pytest.warns(newsdoc.NewsdocWarning, match="not valid UTF-8"):
        text = newsdoc.parse_html(data).text
    assert "Tues\ufffdday" in text
    assert "Zoë Müller" in text


def test_str_input_is_taken_as_is() -> None:
    paragraphs = TEXTS["japanese"]
    # a str is already text: its declaration must not re-decode it
    assert parsed_text(page(paragraphs, "shift_jis").encode("utf-8")) == "\n\n".join(paragraphs)
    html = page(paragraphs, "shift_jis")
    assert newsdoc.parse_html(html).text == "\n\n".join(paragraphs)


@pytest.mark.parametrize(("encoding", "name"), [(e, n) for e, n, _ in CASES])
def test_text_in_a_legacy_encoding_reads_as_the_html_reader_reads_it(
    encoding: str, name: str
) -> None:
    # the text reader has no declaration to read: it detects as the HTML reader
    # does, so the result does not hang on which charset detector is installed
    paragraphs = TEXTS[name]
    data = "\n\n".join(("Headline", *paragraphs)).encode(encoding)
    with warnings.catch_warnings():
        warnings.simplefilter("error", newsdoc.NewsdocWarning)
        article = newsdoc.parse_text(data)
    assert tuple(p.text for p in article.paragraphs)[-len(paragraphs) :] == paragraphs
