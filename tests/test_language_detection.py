"""Language detection: from the languages' own words, declared tags kept when the text agrees."""

from __future__ import annotations

import gzip
import json
import warnings

import pytest
from conftest import shared_path

import newsdoc
from newsdoc import Article, Paragraph
from newsdoc.analysis import detect_language
from newsdoc.analysis.language import MIN_WORDS, choose_language

TEXTS = {
    "en": "The minister said on Monday that the government would not change its plans for the "
    "new railway, which has been delayed for years because of the rising costs of the work.",
    "de": "Der Minister sagte am Montag, dass die Regierung ihre Pläne für die neue Bahnstrecke "
    "nicht ändern werde, die sich wegen der steigenden Kosten seit Jahren verzögert hat.",
    "fr": "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour la "
    "nouvelle ligne de chemin de fer, qui a pris des années de retard à cause des coûts.",
    "es": "El ministro dijo el lunes que el gobierno no cambiará sus planes para la nueva línea "
    "de ferrocarril, que lleva años de retraso por el aumento de los costes de las obras.",
    "pt": "O ministro disse na segunda-feira que o governo não vai mudar os seus planos para a "
    "nova linha ferroviária, que está atrasada há anos por causa do aumento dos custos.",
    "it": "Il ministro ha detto lunedì che il governo non cambierà i suoi piani per la nuova "
    "linea ferroviaria, che è in ritardo da anni a causa dell'aumento dei costi dei lavori.",
    "nl": "De minister zei maandag dat de regering haar plannen voor de nieuwe spoorlijn niet "
    "zal wijzigen, die al jaren vertraging heeft door de stijgende kosten van het werk.",
    "pl": "Minister powiedział w poniedziałek, że rząd nie zmieni swoich planów dotyczących nowej "
    "linii kolejowej, która od lat jest opóźniona z powodu rosnących kosztów prac.",
    "ru": "Министр заявил в понедельник, что правительство не изменит свои планы по новой "
    "железной дороге, строительство которой уже много лет задерживается из-за роста затрат.",
    "ja": "大臣は月曜日、政府は新しい鉄道の計画を変更しないと述べた。工事費の上昇のため、"
    "計画は何年も遅れている。政府はこの問題について引き続き検討すると説明した。",
    "zh": "部长周一表示，政府不会改变新铁路的计划。由于工程成本上升，该计划已推迟多年。"
    "政府表示将继续研究这个问题，并将在下个月公布新的时间表。",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_language_is_detected(code: str) -> None:
    assert detect_language(TEXTS[code]) == code


def test_short_or_unknown_text_is_no_evidence() -> None:
    assert detect_language("Breaking news") is None
    assert MIN_WORDS > 2  # "Breaking news" is two words
    # Czech has no word lists and no script of its own: unsure, not a wrong guess
    czech = (
        "Ministr v pondělí řekl, že vláda nezmění své plány na novou železniční trať, "
        "která se kvůli rostoucím nákladům na stavbu už několik let zpožďuje a zdražuje."
    )
    assert detect_language(czech) is None


def test_filler_in_no_supported_language_is_refused() -> None:
    # Latin filler shares "et", "est", "in", "non" with languages that have word
    # lists, but few of any one's words: unsure, so the declared tag is kept
    lorem = (
        "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod "
        "tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero "
        "eos et accusam et justo duo dolores et ea rebum. Stet clita kasd gubergren, no sea "
        "takimata sanctus est Lorem ipsum dolor sit amet. Duis autem vel eum iriure dolor in "
        "hendrerit in vulputate velit esse molestie consequat, vel illum dolore eu feugiat "
        "nulla facilisis at vero eros et accumsan et iusto odio dignissim qui blandit."
    )
    assert detect_language(lorem) is None
    assert choose_language("en", lorem) == ("en", False)
    # the same length of French is French
    assert detect_language(" ".join([TEXTS["fr"]] * 3)) == "fr"


def test_declared_tag_kept_when_the_text_agrees() -> None:
    assert choose_language("es-MX", TEXTS["es"]) == ("es-MX", False)
    assert choose_language("de", "kurz") == ("de", False)


def test_wrong_or_missing_tag_replaced_and_recorded() -> None:
    assert choose_language("en", TEXTS["es"]) == ("es", True)
    assert choose_language(None, TEXTS["fr"]) == ("fr", True)


def test_analyze_records_a_detected_language() -> None:
    article = Article(language="en", paragraphs=(Paragraph(text=TEXTS["de"]),))
    result = newsdoc.analyze(article)
    assert (result.language, result.language_detected) == ("de", True)
    # analysing again detects again, from the same text
    again = newsdoc.analyze(result)
    assert (again.language, again.language_detected) == ("de", True)
    declared = newsdoc.analyze(Article(language="de", paragraphs=result.paragraphs))
    assert (declared.language, declared.language_detected) == ("de", False)


def test_language_detected_round_trips_through_json() -> None:
    article = Article(language="fr", language_detected=True, paragraphs=(Paragraph(text="x"),))
    text = newsdoc.to_json(article)
    assert json.loads(text)["language_detected"] is True
    assert newsdoc.from_json(text).language_detected is True
    # a declared language writes no flag, and documents without it read as declared
    plain = json.loads(newsdoc.to_json(article.evolve(language_detected=False)))
    assert "language_detected" not in plain
    assert newsdoc.from_json(json.dumps(plain)).language_detected is False


def test_language_detected_must_be_a_boolean() -> None:
    document = json.loads(newsdoc.to_json(Article(language="fr", language_detected=True)))
    document["language_detected"] = "yes"
    with pytest.raises(newsdoc.FormatError, match="language_detected"):
        newsdoc.from_json(json.dumps(document))
    with pytest.raises(newsdoc.InvalidArticleError, match="language_detected"):
        Article(language_detected=1)  # type: ignore[arg-type]


def test_a_language_without_word_lists_is_named_once() -> None:
    article = Article(paragraphs=(Paragraph(text=TEXTS["ja"]),))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = newsdoc.analyze(article)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1
    assert "'ja'" in messages[0]
    assert result.language == "ja"
    assert result.quotes == () and result.people == ()


@pytest.mark.corpus
@pytest.mark.filterwarnings("ignore::newsdoc.NewsdocWarning")
def test_detection_on_the_gold_articles() -> None:
    gold_path = shared_path("fixtures", "quotes", "dev-gold.json")
    gold = json.loads(gold_path.read_text("utf-8"))
    right = total = 0
    for entry in gold["articles"]:
        # read as HTML: a name alone lets two of these pages be taken for text
        page = shared_path(entry["file"]).read_bytes()
        article = newsdoc.parse(gzip.decompress(page), format="html", analyze=False)
        text = "\n".join(p.text for p in article.paragraphs)
        if len(text.split()) < 50:
            continue
        total += 1
        right += detect_language(text) == entry["lang"]
    assert total >= 50
    assert right / total >= 0.98
