"""The words that say a printed date is the publication's, in languages and forms the other
tests do not cover (issue 18).

A page that prints its date only in a line far below its headline, after a long text (a
footer's "Postet 8. desember 2010"), has it read only when the line's words say what the
date is (the last resort, ``dated_lines``): those words are data (``published`` and
``modified`` in ``date_words.json``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from metadata_helpers import meta_of

#: A text long enough that a line after it is beyond the walk from the headline.
LONG = "".join(f"<p>Paragraph {i} of a long text, with a comma.</p>" for i in range(450))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Scritto da Marco il 8 dicembre 2010"),
        ("nl", "Geplaatst door Jan op 8 december 2010"),
        ("tr", "Eklenme tarihi: 08.12.2010"),
        ("tr", "Oluşturulma: 08.12.2010"),
        ("sv", "Postat den 8 december 2010"),
        ("da", "Offentliggjort 8. december 2010"),
        ("no", "Postet 8. desember 2010"),
        ("cs", "Vydáno: 8. 12. 2010"),
        ("cs", "Přidáno: 8. prosince 2010"),
        ("sk", "Pridané: 8. decembra 2010"),
        ("hu", "Megjelent: 2010. december 8."),
        ("ro", "Postat pe 8 decembrie 2010"),
        ("el", "Δημοσίευση: 8 Δεκεμβρίου 2010"),
        ("bg", "Публикувана на 8 декември 2010"),
        ("ko", "등록일 2010.12.08"),
        ("be", "Апублікавана: 8 снежня 2010"),
        ("sw", "Imechapishwa: 8 Desemba 2010"),
        ("tl", "Inilathala: Disyembre 8, 2010"),
        ("az", "Dərc edilib: 8 dekabr 2010"),
        ("uz", "E'lon qilingan: 8 dekabr 2010"),
        ("kk", "Жарияланды: 08.12.2010"),
        ("ka", "გამოქვეყნდა: 8 დეკემბერი 2010"),
        ("hy", "Հրապարակվել է՝ 8 դեկտեմբերի 2010"),
    ],
)
def test_a_publications_line_far_below_the_headline(lang: str, line: str) -> None:
    page = f"<main><h1>Headline of the story</h1>{LONG}<p class='small'>{line}</p></main>"
    assert meta_of(page, lang=lang).published == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("hu", "Módosítva: 2010. december 8."),
        ("el", "Ενημέρωση: 8 Δεκεμβρίου 2010"),
        ("kk", "Жаңартылды: 08.12.2010"),
        ("ko", "수정일 2010.12.08"),
    ],
)
def test_a_changes_line_far_below_the_headline_is_the_modified_date(lang: str, line: str) -> None:
    page = f"<main><h1>Headline of the story</h1>{LONG}<p class='small'>{line}</p></main>"
    assert meta_of(page, lang=lang).modified == dt.date(2010, 12, 8)


@pytest.mark.parametrize(
    ("lang", "line", "field"),
    [
        # the date before the words, its year of two digits ("tarihinde": on the date)
        ("tr", "08.12.10 tarihinde yayımlandı.", "published"),
        ("tr", "8/12/10 tarihinde güncellendi.", "modified"),
        ("de", "Dieser Beitrag wurde am 08.12.10 veröffentlicht.", "published"),
        ("de", "Dieser Beitrag wurde am 08.12.10 aktualisiert.", "modified"),
    ],
)
def test_a_line_that_closes_on_its_words_with_a_short_year(
    lang: str, line: str, field: str
) -> None:
    page = f"<main><h1>Headline of the story</h1>{LONG}<p class='small'>{line}</p></main>"
    article = meta_of(page, lang=lang)
    assert getattr(article, field) == dt.date(2010, 12, 8)
    if field == "modified":
        # the change's date is the published one too when nothing else dates the page
        assert article.published == dt.date(2010, 12, 8)
    else:
        assert article.modified is None
