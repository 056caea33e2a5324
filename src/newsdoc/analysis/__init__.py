"""The analysis step: people, quotations with their speakers, and cited sources.

:func:`analyze` reads ``article.paragraphs`` and returns a copy with
``people``, ``quotes`` and ``citations`` filled.  It is made of rules and word
lists only (no model), English first; the word lists of a language live in
``data/<code>.json`` and are picked by ``article.language`` (English when the
language is unknown).  See ``docs/analysis.md`` for the rules.
"""

from __future__ import annotations

import itertools

from ..errors import InvalidArticleError, warn
from ..model import (
    Article,
    Citation,
    CitationKind,
    ParagraphKind,
    Person,
    Quote,
    Span,
    SpeakerKind,
)
from .attribution import Found, attribute
from .citations import Cite, find_citations
from .language import choose_language, detect_language
from .lexicon import Lexicon, lexicon_for, supported_languages
from .people import People, find_people
from .phrases import Phrases, Speaker
from .quotes import RawQuote, dialogue_quotes, find_quotes, split_interruptions
from .tokens import Paras, tokenize

__all__ = ["analyze", "detect_language", "supported_languages"]

# Headings, code and table cells hold no reported speech.
_ANALYSED = frozenset(
    (
        ParagraphKind.BODY,
        ParagraphKind.BLOCKQUOTE,
        ParagraphKind.LIST_ITEM,
        ParagraphKind.ORDERED_LIST_ITEM,
        ParagraphKind.CAPTION,
    )
)


def analyze(article: Article) -> Article:
    """Find the people, quotes and citations in ``article``; return the enriched copy.

    Earlier results are replaced.  Articles in a language without word lists
    (see :func:`supported_languages`) come back with no people, quotes or
    citations, and a :class:`~newsdoc.NewsdocWarning` says so.
    """
    if not isinstance(article, Article):
        raise InvalidArticleError(f"analyze: expected an Article, got {type(article).__name__}")
    texts = [p.text if p.kind in _ANALYSED else "" for p in article.paragraphs]
    # an earlier detection is redone from the same text, not taken as declared
    declared = None if article.language_detected else article.language
    joined = "\n".join(t for t in texts if t)
    language, detected = choose_language(declared, joined)
    # the language goes into the one evolve at the end (each evolve validates the
    # whole article again)
    lexicon = lexicon_for(language or "en")
    if lexicon is None:
        warn(
            f"analyze: no word lists for language {language!r} (have: "
            f"{', '.join(supported_languages())}); people, quotes and citations were not looked for"
        )
        return article.evolve(
            language=language, language_detected=detected, people=(), quotes=(), citations=()
        )
    # whether any paragraph holds a cue word (a cue is one word: none reaches across the
    # joining line); the joined copy of the text is not kept through the analysis
    cued = lexicon.has_cue(joined.lower())
    del joined

    # the words between dashes are an attribution when a verb that precedes its
    # subject opens them ("—dijo Juan—", "– заявил он. —")
    def attribution(words: str) -> bool:
        parts = words.split(maxsplit=2)
        verb = parts[0].rstrip(",.")
        clitic = next((c for c in lexicon.clitic_pronouns if verb.endswith(c)), "")
        verb = verb[: len(verb) - len(clitic)]  # "poursuit-il", "a-t-elle"
        if verb in lexicon.inverted_verbs:
            return True
        # an auxiliary first: "a ajouté la députée", "a-t-il dit"
        return (
            len(parts) > 1
            and verb in lexicon.subject_skip
            and parts[1].rstrip(",.") in lexicon.inverted_verbs
        )

    def incise(words: str) -> bool:
        # « Q1, a ajouté la députée. Q2 », « Q1, dit-il, Q2 »: the verb (after its
        # auxiliary) and its subject, a pronoun glued to it, a name or an article
        # ("cried my eyes out" is a verb and its object)
        if not attribution(words.lower()):
            return False
        parts = words.split()
        first = parts[0].rstrip(",.").lower()
        if any(first.endswith(c) for c in lexicon.clitic_pronouns if c.startswith("-")):
            return True
        at = 2 if first in lexicon.subject_skip and first not in lexicon.inverted_verbs else 1
        if at >= len(parts):
            return False
        subject = parts[at].rstrip(",.")
        lower = subject.lower().replace("’", "'")
        return (
            subject[:1].isupper()
            or lower in lexicon.articles
            or lower in lexicon.pronouns
            or lexicon.role_head(lower) is not None
            or any(lower.startswith(a) for a in lexicon.articles if a.endswith("'"))
        )

    raw = split_interruptions(texts, find_quotes(texts), attribution, incise)
    if lexicon.dialogue_dash:
        raw = dialogue_quotes(texts, raw, attribution)
    regions = _regions(texts, raw)
    # a paragraph with no quotation and no cue word is left untokenized: when the whole
    # text holds no cue, only the paragraphs with a quotation are looked at
    paras = Paras(
        texts,
        {
            i: tokenize(i, texts[i], regions.get(i, []), lexicon)
            for i in (range(len(texts)) if cued else sorted(regions))
        },
    )
    where: dict[int, list[tuple[int, int]]] = {}
    for index in regions:
        para = paras[index]
        for t, quote in zip(para.quotations, para.quote_ids, strict=True):
            where.setdefault(quote, []).append((index, t))
    for places in where.values():
        places.sort()
    people = find_people(texts, lexicon, regions)
    phrases = Phrases(paras, people, lexicon)
    cites = find_citations(paras, article.paragraphs, phrases)
    # a name that is a cited outlet ("told Novaya Gazeta") is not a person
    people.reject({m.person for c in cites for m in people.in_range(*c.span)})
    found = attribute(phrases, raw, where)
    _link_lede(found, people, paras, lexicon)
    return _build(article, language, detected, paras, people, cites, found, lexicon)


def _regions(texts: list[str], raw: list[RawQuote]) -> dict[int, list[tuple[int, int, int]]]:
    """The character ranges (marks included) each quotation covers, per paragraph."""
    regions: dict[int, list[tuple[int, int, int]]] = {}
    for index, quote in enumerate(raw):
        last = len(quote.pieces) - 1
        for n, (p, start, _end) in enumerate(quote.pieces):
            first = quote.open_pos if n == 0 else start - 1
            stop = (
                quote.close_pos + 1 if n == last and quote.close_pos is not None else len(texts[p])
            )
            regions.setdefault(p, []).append((first, stop, index))
    for ranges in regions.values():
        ranges.sort()
    return regions


def _link_lede(found: list[Found], people: People, paras: Paras, lexicon: Lexicon) -> None:
    """News ledes name a speaker by description and give the name just after.

    "Russia's top gay rights activist ... saying X" then "..., Nikolai
    Alexeyev, ..., told": the description in the first paragraph with text is
    the person first quoted by name in the next one.
    """
    first = next((i for i, text in enumerate(paras.texts) if text.strip()), None)
    if first is None:
        return
    for item in found:
        speaker = item.attribution.speaker
        if item.pieces[0][0] != first or speaker.person is not None or not speaker.text:
            continue
        if not speaker.is_person_phrase or speaker.text.lower() in lexicon.pronouns:
            continue
        named = next(
            (
                f
                for f in found
                if first < f.pieces[0][0] <= first + 1
                and f.attribution.speaker.person is not None
                and f.attribution.speaker.text is not None
                and lexicon.pronouns.get(f.attribution.speaker.text.lower()) not in ("m", "f")
            ),
            None,
        )
        if named is None:
            return
        person = named.attribution.speaker.person
        assert person is not None
        speaker.person = person
        description = speaker.text
        if description not in people.people[person].descriptions:
            people.people[person].descriptions.append(description)


def _speaker_kind(speaker: Speaker) -> SpeakerKind | None:
    """A person when one is resolved or the words describe one ("a spokesman", "he"),
    an organisation when they name one ("Police", "the company"), else None."""
    if speaker.person is not None or (speaker.text and speaker.is_person_phrase):
        return SpeakerKind.PERSON
    if speaker.text and speaker.organisation:
        return SpeakerKind.ORGANIZATION
    return None


def _make_span(paragraph: int, start: int, end: int) -> Span:
    return Span(paragraph=paragraph, start=start, end=end)


def _span(where: tuple[int, int, int] | None) -> Span | None:
    return None if where is None else _make_span(*where)


def _build(
    article: Article,
    language: str | None,
    detected: bool,
    paras: Paras,
    people: People,
    cites: list[Cite],
    found: list[Found],
    lexicon: Lexicon,
) -> Article:
    referenced = {f.attribution.speaker.person for f in found} | {c.speaker for c in cites}
    persons: list[Person | None] = []
    for index, info in enumerate(people.people):
        if not info.mentions or not (info.strong or index in referenced):
            persons.append(None)
            continue
        persons.append(
            Person(
                name=info.name,
                role=info.role,
                affiliation=info.affiliation,
                nationality=info.nationality,
                descriptions=tuple(dict.fromkeys(info.descriptions)),
                mentions=tuple(itertools.starmap(_make_span, info.mentions)),
            )
        )
    citations = [
        Citation(
            source=c.source,
            kind=c.kind,
            cue=c.cue,
            span=_span(c.span),
            url=c.url,
            speaker=persons[c.speaker] if c.speaker is not None else None,
        )
        for c in cites
    ]
    by_cue = {c.cue_token: n for n, c in enumerate(cites)}
    by_sentence: dict[tuple[int, int], int] = {}
    for n, c in enumerate(cites):
        if c.cue.lower() in lexicon.sentence_cues:
            by_sentence.setdefault(c.sentence, n)
    quotes = []
    previous_medium: Citation | None = None
    for item in found:
        attribution = item.attribution
        cue = attribution.cue
        medium_index = None
        if cue is not None:
            medium_index = by_cue.get((cue.paragraph, cue.first))
        if medium_index is None:
            medium_index = by_sentence.get(item.sentence)
        medium = citations[medium_index] if medium_index is not None else None
        if medium is not None and medium.kind is CitationKind.DOCUMENT:
            medium = None  # a letter or a statement is a source, not an outlet
        if medium is None and attribution.inherited:
            medium = previous_medium
        previous_medium = medium
        speaker = attribution.speaker
        quotes.append(
            Quote(
                text=item.text,
                kind=item.kind,
                spans=tuple(itertools.starmap(_make_span, item.pieces)),
                speaker=persons[speaker.person] if speaker.person is not None else None,
                speaker_text=speaker.text,
                speaker_span=_span(speaker.span),
                cue=cue.text if cue is not None else None,
                cue_span=_span(cue.span(paras[cue.paragraph])) if cue is not None else None,
                medium=medium,
                speaker_kind=_speaker_kind(speaker),
            )
        )
    return article.evolve(
        language=language,
        language_detected=detected,
        people=tuple(p for p in persons if p is not None),
        quotes=tuple(quotes),
        citations=tuple(citations),
    )
