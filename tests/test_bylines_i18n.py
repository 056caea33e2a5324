"""Bylines in the languages newsdoc reads dates in: openers, labels, conjunctions, credits, roles.

Each printed byline is read twice: by :func:`split_authors` (strict, as for a
page's printed text) and as the text of a page's byline element through
:func:`newsdoc.parse`.  The openers that are common words ("Του", "Oleh",
"Nga", "de", "di") act only at the start of a byline, before a name.
"""

from __future__ import annotations

import warnings

import pytest
from metadata_helpers import STORY

import newsdoc
from newsdoc.readers.bylines import split_authors, split_byline


def names(text: str) -> list[str]:
    return [person.name for person in split_authors(text, strict=True)]


def page_names(byline: str, lang: str, *, tag: str = "p class='byline'") -> list[str]:
    """The authors of a page in ``lang`` whose byline element (``tag``) prints ``byline``."""
    html = (
        f"<html lang='{lang}'><head><title>T</title></head><body><article>"
        f"<h1>The headline of the story</h1><{tag}>{byline}</{tag.split()[0]}>{STORY}"
        "</article></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsdoc.parse(html, format="html", analyze=False)
    return [person.name for person in article.byline.authors] if article.byline else []


# (each of these read the opener, the conjunction or the credit as part of a name, or named
# nobody, before this list's words were data)
OPENERS = [
    ("el", "Του Γιάννη Παπαδόπουλου", ["Γιάννη Παπαδόπουλου"]),
    ("el", "Της Μαρίας Κωνσταντίνου", ["Μαρίας Κωνσταντίνου"]),
    ("el", "Γράφει ο Γιάννης Παπαδόπουλος", ["Γιάννης Παπαδόπουλος"]),
    ("tr", "Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("hu", "Szerző: Nagy Péter", ["Nagy Péter"]),
    ("hu", "Írta: Nagy Péter", ["Nagy Péter"]),
    ("id", "Oleh Ahmad Fauzi", ["Ahmad Fauzi"]),
    ("id", "Penulis: Ahmad Fauzi", ["Ahmad Fauzi"]),
    ("id", "Reporter: Ahmad Fauzi | Editor: Budi Santoso", ["Ahmad Fauzi"]),
    ("ms", "Oleh Ahmad Faizal", ["Ahmad Faizal"]),
    ("vi", "Bởi Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("vi", "Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("be", "Аўтар: Іван Пятроў", ["Іван Пятроў"]),
    ("ar", "بقلم محمد أحمد", ["محمد أحمد"]),
    ("ar", "كتب: محمد أحمد", ["محمد أحمد"]),
    ("ar", "الكاتب: محمد أحمد", ["محمد أحمد"]),
    ("he", "מאת יוסי כהן", ["יוסי כהן"]),
    ("fa", "نویسنده: علی رضایی", ["علی رضایی"]),
    ("hi", "लेखक: राहुल शर्मा", ["राहुल शर्मा"]),
    ("zh", "记者 张伟", ["张伟"]),
    ("ko", "글 홍길동", ["홍길동"]),
    ("da", "Skrevet af Mette Jensen", ["Mette Jensen"]),
    ("fi", "Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
    ("fi", "Teksti: Matti Virtanen", ["Matti Virtanen"]),
    ("lt", "Autorius: Jonas Jonaitis", ["Jonas Jonaitis"]),
    ("lv", "Autors: Jānis Bērziņš", ["Jānis Bērziņš"]),
    ("hr", "Piše: Ivan Horvat", ["Ivan Horvat"]),
    ("sr", "Пише: Марко Петровић", ["Марко Петровић"]),
    ("sl", "Avtor: Janez Novak", ["Janez Novak"]),
    # (Albanian "Nga" opens a byline on an Albanian page only: tests/test_bylines_misses.py)
    ("tl", "Ni Juan dela Cruz", ["Juan dela Cruz"]),
    ("th", "โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("ja", "文＝山田太郎", ["山田太郎"]),
    ("ja", "取材・文/山田太郎", ["山田太郎"]),
    ("zh", "记者｜张伟", ["张伟"]),
    ("zh", "撰文：张伟", ["张伟"]),
    ("fi", "Kirjoittanut Matti Virtanen", ["Matti Virtanen"]),
    ("hr", "Napisao: Ivan Horvat", ["Ivan Horvat"]),
    ("id", "Ditulis oleh Ahmad Fauzi", ["Ahmad Fauzi"]),
    ("hu", "Szöveg: Nagy Péter", ["Nagy Péter"]),
    ("fa", "نوشته علی رضایی", ["علی رضایی"]),
]
CONJUNCTIONS = [
    (
        "el",
        "Των Γιάννη Παπαδόπουλου και Μαρίας Κωνσταντίνου",
        ["Γιάννη Παπαδόπουλου", "Μαρίας Κωνσταντίνου"],
    ),
    ("ro", "Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("id", "Ahmad Fauzi dan Budi Santoso", ["Ahmad Fauzi", "Budi Santoso"]),
    ("ms", "Ahmad Faizal dan Siti Aminah", ["Ahmad Faizal", "Siti Aminah"]),
    ("vi", "Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("uk", "Олена Шевченко та Іван Петренко", ["Олена Шевченко", "Іван Петренко"]),
    ("uk", "Олена Шевченко і Іван Петренко", ["Олена Шевченко", "Іван Петренко"]),
    ("ar", "محمد أحمد و علي حسن", ["محمد أحمد", "علي حسن"]),
    ("fa", "علی رضایی و مریم احمدی", ["علی رضایی", "مریم احمدی"]),
    ("hi", "राहुल शर्मा और प्रिया सिंह", ["राहुल शर्मा", "प्रिया सिंह"]),
    ("lt", "Jonas Jonaitis ir Ona Petraitė", ["Jonas Jonaitis", "Ona Petraitė"]),
    ("lv", "Jānis Bērziņš un Anna Kalniņa", ["Jānis Bērziņš", "Anna Kalniņa"]),
    ("sq", "Arben Hoxha dhe Elira Shehu", ["Arben Hoxha", "Elira Shehu"]),
]
CREDITS = [
    ("el", "Γιάννης Παπαδόπουλος | Φωτογραφία: Νίκος Γεωργίου", ["Γιάννης Παπαδόπουλος"]),
    ("pl", "Jan Kowalski | Fot. Piotr Wiśniewski", ["Jan Kowalski"]),
    ("ar", "محمد أحمد | صورة: علي حسن", ["محمد أحمد"]),
    ("he", "יוסי כהן | צילום: דנה לוי", ["יוסי כהן"]),
    ("fa", "علی رضایی | عکس: مریم احمدی", ["علی رضایی"]),
    ("hi", "राहुल शर्मा | फोटो: प्रिया सिंह", ["राहुल शर्मा"]),
    ("ja", "文・山田太郎 写真・佐藤花子", ["山田太郎"]),
    ("zh", "张伟 摄影：李娜", ["张伟"]),
    ("ko", "홍길동 기자 | 사진: 김철수", ["홍길동"]),
    # an editor's credit names no author
    ("zh", "张伟 责任编辑：李娜", ["张伟"]),
    ("zh", "记者：张伟 编辑：李娜", ["张伟"]),
    ("el", "Γιάννης Παπαδόπουλος. Επιμέλεια: Μαρία Κωνσταντίνου", ["Γιάννης Παπαδόπουλος"]),
    ("id", "Penulis: Ahmad Fauzi | Editor: Budi Santoso", ["Ahmad Fauzi"]),
]
ROLES = [
    ("uk", "Олена Шевченко, кореспондент", "Олена Шевченко", "кореспондент"),
    ("pl", "Jan Kowalski, dziennikarz", "Jan Kowalski", "dziennikarz"),
    ("cs", "Jan Novák, redaktor", "Jan Novák", "redaktor"),
    ("tr", "Ahmet Yılmaz, muhabir", "Ahmet Yılmaz", "muhabir"),
    ("el", "Γιάννης Παπαδόπουλος, ανταποκριτής", "Γιάννης Παπαδόπουλος", "ανταποκριτής"),
    ("ar", "محمد أحمد، مراسل", "محمد أحمد", "مراسل"),
    # a role printed as a label, and a role's possessive after an opener
    ("tr", "Muhabir: Ahmet Yılmaz", "Ahmet Yılmaz", "Muhabir"),
    ("en", "Writer: Jane Roe", "Jane Roe", "Writer"),
    ("el", "Συντάκτης: Γιάννης Παπαδόπουλος", "Γιάννης Παπαδόπουλος", "Συντάκτης"),
    ("nl", "Door onze redacteur Jan de Vries", "Jan de Vries", "onze redacteur"),
    # "from our correspondent": a word of where from before the role's possessive
    ("it", "dal nostro inviato Mario Rossi", "Mario Rossi", "dal nostro inviato"),
    (
        "it",
        "Dalla nostra corrispondente Anna Bianchi",
        "Anna Bianchi",
        "Dalla nostra corrispondente",
    ),
    ("pt", "do nosso correspondente João Silva", "João Silva", "do nosso correspondente"),
]
# (these read as they did: the words added do not take them apart)
KEPT = [
    ("en", "Oleh Sentsov", ["Oleh Sentsov"]),
    ("en", "Per Nilsson", ["Per Nilsson"]),
    ("en", "Ni Hao", ["Ni Hao"]),
    ("en", "Dan Smith and Jane Roe", ["Dan Smith", "Jane Roe"]),
    ("en", "Jane Roe and Dan Smith", ["Jane Roe", "Dan Smith"]),
    ("en", "JANE ROE AND DAN SMITH", ["Jane Roe", "Dan Smith"]),
    ("it", "Di Caprio Leonardo", ["Di Caprio Leonardo"]),
    ("it", "Mario Rossi, inviato a New York", ["Mario Rossi"]),
    ("el", "Γιάννης Παπαδόπουλος", ["Γιάννης Παπαδόπουλος"]),
]


@pytest.mark.parametrize(("lang", "printed", "expected"), OPENERS + CONJUNCTIONS + CREDITS + KEPT)
def test_a_byline_in_the_languages_dates_are_read_in(
    lang: str, printed: str, expected: list[str]
) -> None:
    assert names(printed) == expected
    assert page_names(printed, lang) == expected


@pytest.mark.parametrize(("lang", "printed", "name", "role"), ROLES)
def test_a_role_printed_after_the_name(lang: str, printed: str, name: str, role: str) -> None:
    people = split_authors(printed, strict=True)
    assert [(p.name, p.role) for p in people] == [(name, role)]
    assert page_names(printed, lang) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a common word that opens a byline opens no running text: a paragraph, not a byline
        ("it", "Di solito il governo decide in fretta, dice Mario Rossi."),
        ("el", "Της Ελληνικής Δημοκρατίας η κυβέρνηση αποφάσισε χθες."),
        ("id", "Oleh karena itu Ahmad Fauzi pergi ke pasar dan Budi pulang."),
        ("ro", "de Ion Popescu și Maria Ionescu s-a vorbit mult."),
        ("sq", "Nga Tirana deri në Durrës rruga është e hapur."),
    ],
)
def test_a_common_word_opener_turns_no_running_text_into_a_byline(lang: str, text: str) -> None:
    assert page_names(text, lang, tag="p") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an element's own text that opens with an opener no other word is ("بقلم", "מאת")
        ("ar", "بقلم محمد أحمد", ["محمد أحمد"]),
        ("he", "מאת יוסי כהן", ["יוסי כהן"]),
        # a common word opens a byline element only ("Oleh", "Του", as "Di" and "de")
        ("id", "Oleh Ahmad Fauzi", []),
        ("el", "Του Γιάννη Παπαδόπουλου", []),
    ],
)
def test_an_element_s_own_text_opens_a_byline_only_with_an_opener_that_is_no_common_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert page_names(text, lang, tag="div") == expected


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a short paragraph that opens with an opener is the text's unless it names people as
        # printed names are (capitalised in Greek and Cyrillic too)
        ("el", "Γράφει ο πρωθυπουργός στο Twitter για την απόφαση."),
        ("hr", "Piše se o tome već danima."),
    ],
)
def test_a_sentence_that_opens_with_an_opener_stays_in_the_text(lang: str, line: str) -> None:
    html = (
        f"<html lang='{lang}'><body><article><h1>The headline of the story</h1>{STORY}"
        f"<p>{line}</p>{STORY}</article></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsdoc.parse(html, format="html", analyze=False)
    assert line in [paragraph.text for paragraph in article.paragraphs]
    assert article.byline is None


@pytest.mark.parametrize(
    ("lang", "printed", "expected"),
    [
        # a label and its colon inside the byline opens a field of its own: the source's
        # (an outlet, no one) or the author's
        ("zh", "作者：张伟 来源：新华社", ["张伟"]),
        ("zh", "来源：新华社 作者：张伟", ["张伟"]),
        ("zh", "作者：张伟来源：新华社", ["张伟"]),
        ("zh", "来源：新华社", []),
        ("ja", "出典：共同通信 文：山田太郎", ["山田太郎"]),
        ("de", "Quelle: dpa Autor: Anna Meier", ["Anna Meier"]),
        ("es", "Fuente: EFE Texto: Ana García", ["Ana García"]),
        # Czech, Slovak and Slovene "wrote" before the name
        ("cs", "Napsal Jan Novák", ["Jan Novák"]),
        ("sk", "Napísala Jana Kováčová", ["Jana Kováčová"]),
        ("sl", "Napisal: Janez Novak", ["Janez Novak"]),
    ],
)
def test_a_field_of_a_byline_and_more_openers(lang: str, printed: str, expected: list[str]) -> None:
    assert [p.name for p in split_byline(printed, strict=True, language=lang)[0]] == expected
    assert page_names(printed, lang) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # the label and its full-width colon open the element's own text, among the line's
        # other fields (the date, the source) in elements of their own
        (
            "zh",
            "<span>2019-03-12 10:12</span><span>来源：新华社</span><span>作者：张伟</span>",
            ["张伟"],
        ),
        ("ja", "<span>2019年3月12日</span><span>著者：山田太郎</span>", ["山田太郎"]),
        ("zh", "<span>来源：新华社</span> <span>记者：李娜</span>", ["李娜"]),
    ],
)
def test_a_cjk_label_with_its_full_width_colon_opens_a_byline(
    lang: str, line: str, expected: list[str]
) -> None:
    assert page_names(line, lang, tag="div class='info'") == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # the name in an element of its own, then a comma and where the author writes from
        ("pt", "Por <strong>Ana Silva</strong>, do Rio — 12/03/2019 10h12", ["Ana Silva"]),
        ("pt", "Por <a href='/autor/ana-silva'>Ana Silva</a>, de São Paulo", ["Ana Silva"]),
        ("es", "Por <b>Ana García</b>, desde Madrid", ["Ana García"]),
        # a second name after the comma is a second author all the same
        (
            "pt",
            "Por <strong>Ana Silva</strong>, <strong>João Souza</strong>",
            ["Ana Silva", "João Souza"],
        ),
    ],
)
def test_a_comma_after_a_names_element_goes_on_its_line(
    lang: str, line: str, expected: list[str]
) -> None:
    assert page_names(line, lang) == expected


# Several authors under one plural label (each read the first name as the label's, before the
# plural was data)
PLURAL_LABELS = [
    ("pl", "Autorzy: Jan Kowalski, Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("fr", "Auteurs : Jean Dupont et Marie Martin", ["Jean Dupont", "Marie Martin"]),
    ("it", "Autori: Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
    ("nl", "Auteurs: Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("cs", "Autoři: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
    ("tr", "Yazarlar: Ahmet Yılmaz ve Mehmet Demir", ["Ahmet Yılmaz", "Mehmet Demir"]),
    ("hu", "Szerzők: Kovács János és Nagy Anna", ["Kovács János", "Nagy Anna"]),
    ("uk", "Автори: Іван Петренко, Марія Іваненко", ["Іван Петренко", "Марія Іваненко"]),
]
# A wire's credit at the end of a story as its desks in other languages print it: who reported
# and wrote it, not who edited or translated it
WIRE_CREDITS = [
    ("es", "(Reporte de Dave Graham; Editado en español por Noé Torres)", ["Dave Graham"]),
    (
        "es",
        "(Reporte de Dave Graham; reporte adicional de Ana Martínez; editado por Noé Torres)",
        ["Dave Graham", "Ana Martínez"],
    ),
    ("pt", "(Reportagem de Marcela Ayres; Edição de Isabel Versiani)", ["Marcela Ayres"]),
    (
        "pt",
        "(Reportagem de Marcela Ayres; Reportagem adicional de Rodrigo Gaier; "
        "Edição de Isabel Versiani)",
        ["Marcela Ayres", "Rodrigo Gaier"],
    ),
    (
        "fr",
        "(Reportage Jean Dupont, version française Marie Martin, édité par Paul Roe)",
        ["Jean Dupont"],
    ),
    ("fr", "(Rédigé par Jean Dupont, édité par Paul Roe)", ["Jean Dupont"]),
]
# Picture credits of Chinese and Korean pages, and Japanese text and pictures by one person
CJK_CREDITS = [
    ("zh", "文/张伟 图/李娜", ["张伟"]),
    ("ko", "홍길동 기자 | 사진=김철수", ["홍길동"]),
    ("ja", "文・写真：山田太郎", ["山田太郎"]),
]
# Who asked an interview's questions, who prepared a story: its authors
INTERVIEWERS = [
    ("de", "Das Gespräch führte Max Muster", ["Max Muster"]),
    ("de", "Das Interview führten Max Muster und Anna Meier", ["Max Muster", "Anna Meier"]),
    ("de", "Die Fragen stellten Max Muster und Anna Meier", ["Max Muster", "Anna Meier"]),
    ("es", "Entrevista de Juan Pérez", ["Juan Pérez"]),
    ("it", "Intervista di Mario Rossi", ["Mario Rossi"]),
    ("fr", "Entretien réalisé par Jean Dupont", ["Jean Dupont"]),
    ("ru", "Беседовала Мария Иванова", ["Мария Иванова"]),
    ("ru", "Подготовил Иван Петров", ["Иван Петров"]),
    ("uk", "Підготувала Марія Іваненко", ["Марія Іваненко"]),
    ("pl", "Opracował Jan Kowalski", ["Jan Kowalski"]),
    # a guest author's role before the name
    ("de", "Von Gastautor Max Muster", ["Max Muster"]),
]
# Outlets, agencies and places that are no authors
OUTLETS = [
    # where a correspondent writes from, on a part of its own, is no name
    ("it", "Mario Rossi - Corrispondente da Parigi", ["Mario Rossi"]),
    # Dutch "Nieuws", Cyrillic and Turkish agencies and desks, outlets in ideographs and
    # Hangul (the ends of an outlet's name: 通信, 社, 뉴스)
    ("nl", "Jan de Vries | NOS Nieuws", ["Jan de Vries"]),
    ("ru", "ИНТЕРФАКС", []),
    ("ru", "Иван Петров, РИА Новости", ["Иван Петров"]),
    ("tr", "Ahmet Yılmaz - Anadolu Ajansı", ["Ahmet Yılmaz"]),
    ("tr", "DHA Haber Merkezi", []),
    ("ja", "（共同通信）", []),
    ("zh", "张伟 新华社", ["张伟"]),
    ("ko", "연합뉴스 김철수 기자", ["김철수"]),
    # in Arabic, Persian and Hebrew script a printed name has two words or more, as in Latin
    # script: one word beside it is the dateline's place or an outlet
    ("ar", "القاهرة - محمد أحمد", ["محمد أحمد"]),
    ("ar", "محمد أحمد - وكالة الأنباء", ["محمد أحمد"]),
    ("fa", "علی رضایی - ایرنا", ["علی رضایی"]),
    ("he", "יוסי כהן | ynet", ["יוסי כהן"]),
]
# (read by split_byline only: the page's reader takes one line from an element's text)
PLACES_AND_CREDITS = [
    # one word after a full name and a comma is where it writes from, in Cyrillic and Greek as
    # in Latin script (two full names are two people all the same)
    ("ru", "Иван Петров, Москва", ["Иван Петров"]),
    ("el", "Γιάννης Παπαδόπουλος, Αθήνα", ["Γιάννης Παπαδόπουλος"]),
    ("ru", "Иван Петров, Мария Иванова", ["Иван Петров", "Мария Иванова"]),
    # after an author's name, a credit's word on a line of its own credits the next name
    # with other work (a book's or a feature's box of credits, one field per line)
    ("en", "Author\nJane Roe\nIllustration\nJohn Doe", ["Jane Roe"]),
    ("de", "Text\nAnna Meier\nFotos\nMax Muster", ["Anna Meier"]),
    ("ja", "著者\n山田太郎\nイラスト\n鈴木花子", ["山田太郎"]),
    # (before any name, the word is a kicker's, and a role's word is the name's role)
    ("en", "Video\nJane Roe", ["Jane Roe"]),
    ("en", "Jane Roe\nEditor\nJohn Doe", ["Jane Roe", "John Doe"]),
    # translation and editing credits in Japanese, Chinese and Korean
    ("ja", "作者：山田太郎 翻訳：鈴木花子", ["山田太郎"]),
    ("ja", "文：山田太郎　編集：鈴木花子", ["山田太郎"]),
    ("zh", "张伟 翻译：李娜", ["张伟"]),
    ("ko", "글 김철수 | 번역: 이영희", ["김철수"]),
]


def language_names(printed: str, lang: str) -> list[str]:
    return [p.name for p in split_byline(printed, strict=True, language=lang)[0]]


@pytest.mark.parametrize(
    ("lang", "printed", "expected"),
    PLURAL_LABELS + WIRE_CREDITS + CJK_CREDITS + INTERVIEWERS + OUTLETS,
)
def test_labels_credits_interviewers_and_outlets_in_more_languages(
    lang: str, printed: str, expected: list[str]
) -> None:
    assert language_names(printed, lang) == expected
    assert page_names(printed, lang) == expected


@pytest.mark.parametrize(("lang", "printed", "expected"), PLACES_AND_CREDITS)
def test_places_and_credits_for_other_work_are_no_authors(
    lang: str, printed: str, expected: list[str]
) -> None:
    assert language_names(printed, lang) == expected


def test_french_reportage_opens_a_byline_on_a_french_page_only() -> None:
    # (a German page's "Reportage" is a kicker's word, and one of a name's elsewhere)
    assert [p.name for p in split_byline("Reportage Jean Dupont", language="fr")[0]] == [
        "Jean Dupont"
    ]
    assert [p.name for p in split_byline("Reportage Jean Dupont", language="de")[0]] != [
        "Jean Dupont"
    ]
