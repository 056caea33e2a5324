"""French: the incise inside the guillemets, elided words, titles in lower case.

The texts are written for the tests; each rule is checked where it must fire
and where it must not.
"""

from __future__ import annotations

from language_helpers import analyze_in
from language_helpers import speaker_of as _speaker

from newsdoc import Article, CitationKind, QuoteKind


def _analyze(*paragraphs: str) -> Article:
    return analyze_in("fr", *paragraphs)


def test_an_incise_inside_the_marks_splits_the_quotation() -> None:
    article = _analyze(
        "La députée Marine Le Pen était présente.",
        "« Nous ne lâcherons rien, a ajouté la députée. C’est une question de principe. »",
    )
    texts = [q.text for q in article.quotes]
    assert texts == ["Nous ne lâcherons rien", "C’est une question de principe."]
    assert {_speaker(article, t) for t in texts} == {"Marine Le Pen"}


def test_an_inverted_pronoun_incise() -> None:
    article = _analyze(
        "Le maire Paul Girard a visité le chantier.",
        "« Je ne sais pas, dit-il, ce qui va se passer. »",
    )
    assert [q.text for q in article.quotes] == ["Je ne sais pas", "ce qui va se passer."]
    assert _speaker(article, "Je ne sais pas") == "Paul Girard"


def test_a_comma_inside_a_quotation_is_no_incise() -> None:
    article = _analyze("« Nous avons gagné, et nous gagnerons encore », a déclaré Paul Girard.")
    assert [q.text for q in article.quotes] == ["Nous avons gagné, et nous gagnerons encore"]


def test_capitalised_particles_inside_names() -> None:
    article = _analyze("« Il faut agir vite », a affirmé Marine Le Pen. Bruno Le Maire a répondu.")
    assert {p.name for p in article.people} >= {"Marine Le Pen"}
    assert _speaker(article, "Il faut agir") == "Marine Le Pen"


def test_a_surname_after_a_title_in_lower_case() -> None:
    article = _analyze(
        "Le président Macron a tranché mardi.",
        "« Nous irons jusqu’au bout », a dit Macron.",
    )
    assert [(p.name, p.role) for p in article.people] == [("Macron", "président")]
    assert _speaker(article, "Nous irons") == "Macron"


def test_selon_with_a_pronoun() -> None:
    article = _analyze(
        "Le ministre Jean Dupont a défendu sa réforme.",
        "Selon lui, la réforme est « indispensable ».",
    )
    assert _speaker(article, "indispensable") == "Jean Dupont"


def test_elided_words_are_words_of_their_own() -> None:
    article = _analyze(
        "Le ministre Jean Dupont a parlé lundi.",
        "Il a ajouté qu’il ne renoncerait jamais à cette réforme des retraites.",
    )
    quote = article.quotes[0]
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "il ne renoncerait jamais à cette réforme des retraites"
    assert quote.speaker is not None and quote.speaker.name == "Jean Dupont"


def test_pour_opening_the_sentence_names_whose_opinion_is_quoted() -> None:
    article = _analyze(
        "Pour Olivier Faure, premier secrétaire du PS, « le président est seul ».",
        "Pour la première fois, « tout change ».",
    )
    assert [(q.text, _speaker(article, q.text)) for q in article.quotes] == [
        ("le président est seul", "Olivier Faure")
    ]


def test_a_name_after_an_elided_word() -> None:
    article = _analyze(
        "Ce pensionnaire de la Comédie-Française, complice d’Albert Dupontel, est là.",
        "« C’est un rôle rêvé », a dit Albert Dupontel.",
    )
    assert [p.name for p in article.people] == ["Albert Dupontel"]
    assert article.people[0].mentions[0].start == article.paragraphs[0].text.index("Albert")


def test_a_quotation_after_a_sentence_in_which_someone_reports() -> None:
    article = _analyze(
        "« Nous sommes vigilants », a déclaré une source gouvernementale.",
        "Le ministre du Commerce, Ricardin St Jean, a confié avoir mobilisé ses "
        "inspecteurs. « Nous avons apposé des scellés sur trois stations. »",
    )
    assert [p.name for p in article.people] == ["Ricardin St Jean"]
    assert _speaker(article, "Nous avons apposé") == "Ricardin St Jean"


def test_an_organisation_noun_keeps_the_rest_of_its_name() -> None:
    article = _analyze(
        "Les rescapés sont « les plus éprouvés », selon le ministère des Affaires étrangères.",
        "« Le pays est en deuil », a déclaré le ministère de l’Intérieur.",
    )
    assert _speaker(article, "les plus") == "le ministère des Affaires étrangères"
    assert _speaker(article, "Le pays") == "le ministère de l’Intérieur"


def test_an_acronym_names_the_body_given_in_full_before() -> None:
    article = _analyze(
        "La Commission nationale informatique et libertés (CNIL) a rendu son avis.",
        "« Ce fichier est disproportionné », estime la CNIL.",
    )
    assert _speaker(article, "Ce fichier") == "Commission nationale informatique et libertés"


def test_a_fait_valoir_and_a_fait_savoir_are_cues() -> None:
    article = _analyze(
        "Le chancelier autrichien Sebastian Kurz a accordé un entretien au Corriere.",
        "Des sanctions « empêcheront l’Italie de finir comme la Grèce », a fait valoir "
        "le chancelier.",
        "Paul Girard a fait savoir que la ville serait prête.",
    )
    assert _speaker(article, "empêcheront") == "Sebastian Kurz"
    assert _speaker(article, "la ville") == "Paul Girard"


def test_fait_without_its_particle_is_no_cue() -> None:
    article = _analyze("Paul Girard a fait une erreur que la ville a payée.")
    assert article.quotes == ()


def test_guillemets_with_no_break_spaces_open_a_direct_quotation() -> None:
    article = _analyze(
        "Le ministre Bruno Le Maire était à Bercy.",
        "«\u00a0Nous ne céderons pas\u00a0», a-t-il dit lundi.",
        "«\u202fC’est un échec\u202f», estime Marine Le Pen.",
        "Marine Le Pen a parlé d’un «\u202féchec\u202f» du gouvernement.",
    )
    kinds = {q.text: q.kind for q in article.quotes}
    assert kinds == {"Nous ne céderons pas": QuoteKind.DIRECT, "C’est un échec": QuoteKind.DIRECT}
    assert _speaker(article, "Nous ne") == "Bruno Le Maire"


def test_a_title_that_is_also_a_verb_after_its_article() -> None:
    article = _analyze(
        "C’est le juge en chef de la Cour de l’impôt, Eugene Rossiter, qui nommera un remplaçant.",
        "Avant le reportage, le juge en chef avait déclaré que « le juge Bocock ne s’est pas "
        "placé en situation de conflit ».",
    )
    assert [(p.name, p.role) for p in article.people] == [
        ("Eugene Rossiter", "juge en chef de la Cour de l’impôt")
    ]
    assert _speaker(article, "le juge Bocock") == "Eugene Rossiter"


def test_a_noun_ending_like_an_adverb_is_the_subject() -> None:
    article = _analyze(
        "La porte-parole du gouvernement a affirmé que la réforme passera.",
        "Le gouvernement a déclaré que le budget sera tenu.",
    )
    assert _speaker(article, "la réforme") == "La porte-parole du gouvernement"
    assert _speaker(article, "le budget") == "Le gouvernement"


def test_a_speech_verb_after_a_preposition_is_a_noun() -> None:
    article = _analyze(
        "Le dispositif, autorisé par le premier ministre par tranche de quatre mois, vise "
        "des « schémas » utilisés par les terroristes."
    )
    assert article.quotes == ()


def test_an_interview_cites_its_outlet() -> None:
    # the outlet after the interview noun and its linking word, as printed; the
    # cue is the words printed, and an outlet is cited whatever its language
    article = _analyze(
        "Dans un entretien à Libération, le ministre a affirmé que la réforme serait votée.",
        "Selon un rapport de l'ONU, la famine menace le pays.",
    )
    found = {(c.source, c.kind, c.cue) for c in article.citations}
    assert {
        ("Libération", CitationKind.NEWSPAPER, "entretien à"),
        ("rapport de l'ONU", CitationKind.DOCUMENT, "de"),
    } <= found


def test_an_outlet_named_with_its_article_keeps_its_kind() -> None:
    # the list of outlets names "Le Monde", the source is written without its article
    article = _analyze("Selon Le Monde, la réforme sera votée en mars.")
    assert [(c.source, c.kind) for c in article.citations] == [("Monde", CitationKind.NEWSPAPER)]
