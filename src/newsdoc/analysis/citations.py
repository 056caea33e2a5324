"""Cited sources: outlets a speaker told, outlets that reported, documents, posts, links.

Detection works from the patterns around a capitalised name ("told X",
"X reported", "according to X", "in an interview with X", "the X newspaper"),
so outlets never seen before are found; the curated list in the word lists
only decides the kind of source.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..model import CitationKind, Paragraph
from .phrases import Cue, Phrases
from .tokens import Para, Paras

__all__ = ["Cite", "find_citations"]

_MAX_NAME = 8  # words in an outlet's name, at most


@dataclass(slots=True)
class Cite:
    """A citation being built: where its source stands, its cue, who speaks through it."""

    source: str
    kind: CitationKind
    cue: str
    span: tuple[int, int, int]
    cue_token: tuple[int, int]  # (paragraph, token) of the cue
    sentence: tuple[int, int]  # (paragraph, sentence)
    speaker: int | None = None
    url: str | None = None
    needs_link: bool = False  # a source kept only if a hyperlink covers it


def _caps(ph: Phrases, para: Para, k: int, hi: int) -> tuple[int, int] | None:
    """A run of capitalised words from ``k`` ("Komsomolskaya Pravda", "Echo of Moscow")."""
    tokens, kinds = para.tokens, para.kinds
    first = k
    while k < hi and k - first < _MAX_NAME and kinds[k] == "w":
        if (para.upper(k) and not tokens[k].isdigit()) or (
            para.lowers[k] in ("of", "de", "du", "la", "el")
            and k + 1 < hi
            and para.upper(k + 1)
            and k > first
        ):
            k += 1
        else:
            break
    while k > first and tokens[k - 1] in ph.lex.months_days_cased:
        k -= 1  # "told the Argus Leader Monday"
    if k == first:
        return None
    return (first, k - 1)


def _kind_of(ph: Phrases, source: str, noun: str | None) -> CitationKind:
    if noun is not None:
        return CitationKind(ph.lex.outlet_nouns[noun])
    # the source is named without its article ("Guardian", "Monde", "País"); the list of
    # outlets with it ("The Guardian", "Le Monde", "El País")
    head, _, rest = source.partition(" ")
    words = (rest if rest and head.lower() in ph.lex.definite_articles else source).split()
    articles = [article.capitalize() + " " for article in sorted(ph.lex.definite_articles)]
    # "Bloomberg News", "Reuters Breakingviews": the longest known start decides
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        for candidate in (name, *(article + name for article in articles)):
            if candidate in ph.lex.outlets:
                return CitationKind(ph.lex.outlets[candidate])
    if source in ph.lex.social_media:
        return CitationKind.SOCIAL_MEDIA
    for word in reversed(words):
        if word in ph.lex.outlet_name_words_cased:
            return CitationKind(ph.lex.outlet_name_words_cased[word])  # "the Kestrel Herald"
    return CitationKind.OTHER


class _Finder:
    def __init__(self, ph: Phrases) -> None:
        self.ph = ph
        self.found: list[Cite] = []

    def _may_follow_source(self, word: str) -> bool:
        """Whether a lower-case word after a name leaves the name whole.

        "the Jordanian government", "the Canadian embassy": the name only
        modifies a noun, and the noun is the source.
        """
        lex = self.ph.lex
        return word not in lex.org_nouns and word not in lex.role_heads

    def _is_person(self, para: Para, first: int, last: int) -> bool:
        start, end = para.starts[first], para.ends[last]
        words = para.tokens[first : last + 1]
        if " ".join(words) in self.ph.lex.outlets or words[0] in self.ph.lex.outlets:
            return False
        lead = words[0].lower()
        if (
            words[0] in self.ph.lex.first_names
            or lead in self.ph.lex.honorifics
            or lead in self.ph.lex.title_abbreviations  # "according to Sen. Roe"
        ):
            return True
        for mention in self.ph.people.in_range(para.index, start, end):
            person = self.ph.people.people[mention.person]
            if person.gender or person.role or len(person.mentions) > 1:
                return True
        return False

    def _place_or_body(self, words: Sequence[str], source: str) -> bool:
        """Whether the words name a place or a body that is no outlet ("Sweden
        reported", "according to Wall Street", "the Kremlin said")."""
        lex = self.ph.lex
        if source in lex.outlets or f"The {source}" in lex.outlets:
            return False  # "told The Hill"
        return all(w in lex.not_name_tokens_cased for w in words)

    def _named(
        self,
        para: Para,
        first: int,
        last: int,
        source: str,
        noun: str | None,
        cue: Cue,
        sentence: int,
    ) -> Cite:
        """The citation of the outlet named by tokens ``first``..``last``."""
        start, end = para.starts[first], para.ends[last]
        return Cite(
            para.text[start:end],
            _kind_of(self.ph, source, noun),
            cue.text,
            (para.index, start, end),
            (para.index, cue.first),
            (para.index, sentence),
        )

    def _outlet(
        self, para: Para, k: int, hi: int, sentence: int, cue: Cue, *, allow_article: bool = True
    ) -> Cite | None:
        """A named outlet from token ``k``: ``[the] Name [noun]``."""
        tokens, lowers = para.tokens, para.lowers
        if allow_article and k < hi and lowers[k] in self.ph.lex.definite_articles:
            k += 1
        run = _caps(self.ph, para, k, hi)
        if run is None and k < hi and para.tokens[k] in self.ph.lex.outlets:
            run = (k, k)  # a known outlet written in lower case ("dpa")
        if run is None:
            return None
        first, last = run
        words = tokens[first : last + 1]
        source = " ".join(words)
        if source.lower() in self.ph.lex.not_sources or self._is_person(para, first, last):
            return None
        if self._place_or_body(words, source):
            return None
        if source not in self.ph.lex.outlets and any(
            w in self.ph.lex.institution_words_cased for w in words
        ):
            return None
        if all(
            w in self.ph.lex.months_days_cased or w.lower() in self.ph.lex.function_words
            for w in words
        ):
            return None
        noun = None
        if last + 1 < hi and para.kinds[last + 1] == "w" and tokens[last + 1].islower():
            following = lowers[last + 1]
            if following in self.ph.lex.outlet_nouns:
                noun = following
            elif not self._may_follow_source(following):
                return None  # "the Jordanian government": the name only modifies a noun
        if len(words) == 1 and (
            words[0] in self.ph.lex.nationalities_cased
            or words[0] in self.ph.lex.not_name_adjectives_cased
        ):
            return None
        return self._named(para, first, last, source, noun, cue, sentence)

    def _outlet_before(self, para: Para, i: int, lo: int, sentence: int, cue: Cue) -> Cite | None:
        """``RIA Novosti reported`` / ``the Kommersant daily reported``."""
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        j = i - 1
        while j >= lo and self.ph.skippable(para, j):
            j -= 1
        noun = None
        if j >= lo and lowers[j] in self.ph.lex.outlet_nouns and tokens[j].islower():
            noun = lowers[j]
            j -= 1
        last = j
        while (
            j >= lo
            and i - j < _MAX_NAME
            and kinds[j] == "w"
            and para.upper(j)
            and not tokens[j].isdigit()
        ):
            j -= 1
        first = j + 1
        if first > last:
            return None
        start, end = para.starts[first], para.ends[last]
        if self.ph.people.in_range(para.index, start, end):
            return None  # "CBS Sports insider Jason La Canfora reported": a person reports
        if first == lo and lowers[first] in self.ph.lex.function_words and first < last:
            first += 1
        words = tokens[first : last + 1]
        source = " ".join(words)
        if (
            source.lower() in self.ph.lex.not_sources
            or source.lower() in self.ph.lex.function_words
            or self._is_person(para, first, last)
            or self._place_or_body(words, source)
        ):
            return None
        if (
            any(w in self.ph.lex.institution_words_cased for w in words)
            and source not in self.ph.lex.outlets
        ):
            return None
        if (
            cue.lower not in self.ph.lex.report_verbs
            and noun is None
            and source not in self.ph.lex.outlets
        ):
            return None  # "X said" is a citation only for a known outlet or "the X newspaper"
        return self._named(para, first, last, source, noun, cue, sentence)

    def sentence(self, para: Para, sentence: int) -> None:
        ph = self.ph
        lo, hi = para.sentences[sentence]
        tokens, lowers = para.tokens, para.lowers
        for cue in ph.cues(para, lo, hi):
            found: Cite | None = None
            after = cue.last + 1
            if cue.lower in ph.lex.tell_verbs:
                found = self._outlet(para, after, hi, sentence, cue)
                if found is not None and _surname_like(found, ph):
                    # "told Roe": a listener named by surname far more often than an
                    # outlet nobody knows; kept only if a link says it is one
                    found.needs_link = True
                if found is not None:
                    subject = ph.subject_before(para, cue.first, lo)
                    if subject is not None:
                        found.speaker = ph.speaker(para, subject).person
            elif cue.lower == "reported" and after + 1 < hi and lowers[after] == "by":
                # "as first reported by the Ostrava Gazette"
                by = Cue(para.index, cue.first, after, f"{cue.text} {tokens[after]}", cue.lower)
                found = self._outlet(para, after + 1, hi, sentence, by)
            elif cue.lower in ph.lex.outlet_verbs:
                found = self._outlet_before(para, cue.first, lo, sentence, cue)
                if (
                    found is None
                    and cue.lower in ph.lex.report_verbs
                    and (
                        (cue.first > lo and tokens[cue.first - 1] == ",")
                        or (
                            cue.first - lo <= 2
                            and all(
                                lowers[n] in ph.lex.function_words for n in range(lo, cue.first)
                            )
                        )
                    )
                ):
                    # "..., сообщает ТАСС", "..., berichtet dpa", and after the little
                    # words that open a sentence ("Как сообщает ТАСС", "Об этом пишет
                    # Reuters", "Dat meldt het ANP"): the outlet after its verb
                    found = self._outlet(para, after, hi, sentence, cue)
            elif cue.lower in ph.lex.according_words:
                k = after
                if k < hi and lowers[k] in ph.lex.determiners:
                    k += 1
                doc = None
                while k < hi and tokens[k].islower() and k - after < 4:
                    if lowers[k] in ph.lex.document_nouns:
                        doc = lowers[k]
                    elif doc is not None and lowers[k] in ph.lex.source_linkers:
                        k += 1
                        break
                    elif doc is None and lowers[k] not in ph.lex.determiners:
                        break
                    k += 1
                found = self._outlet(para, k, hi, sentence, cue)
                if found is not None and doc is not None and found.kind is CitationKind.OTHER:
                    found.kind = CitationKind.DOCUMENT
            if found is None:
                found = self._document_or_post(para, cue, lo, hi, sentence)
            if found is not None:
                self.found.append(found)
        self._interviews_and_documents(para, lo, hi, sentence)

    def _document_or_post(
        self, para: Para, cue: Cue, lo: int, hi: int, sentence: int
    ) -> Cite | None:
        """``said in a statement``, ``wrote on Telegram``, ``in a letter to parliament``."""
        ph = self.ph
        tokens, lowers = para.tokens, para.lowers
        k = cue.last + 1
        if k + 1 >= hi or lowers[k] not in ("in", "on"):
            return None
        k += 1
        if lowers[k] in ph.lex.determiners:
            k += 1
        platform = None
        noun = None
        j = k
        while j < hi and j - k < 4 and para.kinds[j] == "w":
            if tokens[j] in ph.lex.social_media and len(tokens[j]) > 1:
                platform = j
            elif lowers[j] in ph.lex.document_nouns:
                noun = j
                break
            elif not tokens[j].islower():
                break
            j += 1
        subject = ph.subject_before(para, cue.first, lo)
        speaker = ph.speaker(para, subject) if subject is not None else None
        if platform is not None:
            return Cite(
                tokens[platform],
                CitationKind.SOCIAL_MEDIA,
                f"{cue.text} {tokens[cue.last + 1]}",
                (para.index, para.starts[platform], para.ends[platform]),
                (para.index, cue.first),
                (para.index, sentence),
                speaker.person if speaker else None,
            )
        if noun is None or lowers[noun] in ph.lex.social_nouns:
            return None
        end = noun
        if noun + 2 < hi and lowers[noun + 1] == "to":
            phrase = ph.phrase_after(para, noun + 2, hi)
            if phrase is not None:
                end = phrase[1]
        start_char, end_char = para.starts[noun], para.ends[end]
        return Cite(
            para.text[start_char:end_char],
            CitationKind.DOCUMENT,
            f"{cue.text} {tokens[cue.last + 1]}",
            (para.index, start_char, end_char),
            (para.index, cue.first),
            (para.index, sentence),
            speaker.person if speaker else None,
        )

    def _interviews_and_documents(self, para: Para, lo: int, hi: int, sentence: int) -> None:
        """``in an interview with X``; ``the letter X sent to Y``; ``a report by X``."""
        ph = self.ph
        tokens, lowers = para.tokens, para.lowers
        nouns = ph.lex.document_nouns
        marked = para.marked
        first = bisect.bisect_left(marked, lo)
        interviews = ph.lex.interview_nouns
        linkers = ph.lex.interview_linkers
        for k in marked[first : bisect.bisect_left(marked, hi, first)]:
            lower = lowers[k]
            if lower in interviews:
                linked = k + 1 < hi and lowers[k + 1] in linkers
                if not linked and "" not in linkers:
                    continue
                after = k + 2 if linked else k + 1  # "interview with X"; "интервью РБК"
                end = after - 1
                cue = Cue(para.index, k, end, para.text[para.starts[k] : para.ends[end]], lower)
                found = self._outlet(para, after, hi, sentence, cue)
                # a name right after the noun, in its case, may as well be whose
                # interview it is ("интервью Любви Моисейкиной"): only a known outlet
                if found is not None and (linked or found.kind is not CitationKind.OTHER):
                    self.found.append(found)
            elif lower in nouns and tokens[k].islower() and k + 1 < hi:
                self._document(para, k, hi, sentence)

    def _document(self, para: Para, k: int, hi: int, sentence: int) -> None:
        ph = self.ph
        tokens, lowers, starts = para.tokens, para.lowers, para.starts
        if lowers[k + 1] in ph.lex.document_linkers and k + 2 < hi:
            run = _caps(ph, para, k + 2 + (lowers[k + 2] in ph.lex.definite_articles), hi)
            if run is None:
                return
            first, last = run
            if (
                last + 1 < hi
                and tokens[last + 1].islower()
                and not self._may_follow_source(lowers[last + 1])
            ):
                return  # "a statement by the Canadian government"
            end = para.ends[last]
            mentions = ph.people.in_range(para.index, starts[first], end)
            self.found.append(
                Cite(
                    para.text[starts[k] : end],
                    CitationKind.DOCUMENT,
                    tokens[k + 1],
                    (para.index, starts[k], end),
                    (para.index, k + 1),
                    (para.index, sentence),
                    mentions[0].person if mentions else None,
                )
            )
            return
        # "the letter Dutch Foreign Minister Frans Timmermans sent to his country's parliament"
        for mention in ph.people.in_range(para.index, starts[k + 1], para.ends[min(k + 6, hi - 1)]):
            j = k + 1
            while j < hi and para.ends[j] <= mention.end:
                j += 1
            if j < hi and lowers[j] in ph.lex.doc_verbs:
                end = k
                if j + 2 < hi and lowers[j + 1] == "to":
                    phrase = ph.phrase_after(para, j + 2, hi)
                    if phrase is not None:
                        end = phrase[1]
                source = tokens[k]
                if end > k:
                    source += " to " + para.text[starts[j + 2] : para.ends[end]]
                self.found.append(
                    Cite(
                        source,
                        CitationKind.DOCUMENT,
                        tokens[j],
                        (para.index, starts[k], para.ends[k]),
                        (para.index, j),
                        (para.index, sentence),
                        mention.person,
                    )
                )
            return


def _links(paras: Paras, paragraphs: tuple[Paragraph, ...], ph: Phrases, found: list[Cite]) -> None:
    """Hyperlinked sources: a link over a citation gives it a URL; a link over a cue is one."""
    by_paragraph: dict[int, list[Cite]] = {}
    for cite in found:
        by_paragraph.setdefault(cite.span[0], []).append(cite)
    for index, paragraph in zip(range(len(paras)), paragraphs, strict=False):
        if not paragraph.links:
            continue
        para = paras[index]
        here = by_paragraph.get(para.index, [])
        for link in paragraph.links:
            hit = next((c for c in here if c.span[1] < link.end and link.start < c.span[2]), None)
            if hit is not None:
                hit.url = hit.url or link.url
                continue
            anchor = para.text[link.start : link.end].strip()
            if not anchor:
                continue
            known = anchor in ph.lex.outlets
            if not known and anchor.lower() not in ph.lex.link_cues:
                continue
            # parsing the URL is the costly step, and most links are neither
            host = _hostname(link.url) if "//" in link.url else None
            if not host:
                continue
            starts = para.starts
            tok = min(bisect.bisect_left(starts, link.start), max(0, len(starts) - 1))
            source = anchor if known else host.removeprefix("www.")
            kind = CitationKind(ph.lex.outlets[anchor]) if known else CitationKind.WEBSITE
            found.append(
                Cite(
                    source,
                    kind,
                    anchor if not known else "link",
                    (para.index, link.start, link.end),
                    (para.index, tok),
                    (para.index, para.sentence_of[tok] if para.tokens else 0),
                    url=link.url,
                )
            )


def _surname_like(cite: Cite, ph: Phrases) -> bool:
    """A source of one plain capitalised word that is no known outlet ("Roe"): a
    listener named by surname; outlets are known, or spelled "BBC", "TheWrap",
    or "the Argus Leader"."""
    word = cite.source
    return (
        cite.kind is CitationKind.OTHER
        and word not in ph.lex.outlets
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
    )


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # a malformed URL ("http://[")
        return None


def find_citations(paras: Paras, paragraphs: tuple[Paragraph, ...], ph: Phrases) -> list[Cite]:
    """Every cited source, in text order, each place once."""
    finder = _Finder(ph)
    for para in paras.read():  # (the others have no marked word)
        # its cues and document nouns are marked words: a sentence with none has no citation
        if para.marked:
            for sentence in para.marked_sentences():
                finder.sentence(para, sentence)
    _links(paras, paragraphs, ph, finder.found)
    seen: set[tuple[int, int, int]] = set()
    unique = []
    for cite in sorted(finder.found, key=lambda c: c.span):
        if cite.needs_link and cite.url is None:
            continue
        if cite.span not in seen:
            seen.add(cite.span)
            unique.append(cite)
    return unique
