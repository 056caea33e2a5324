"""Attribution: which cue and speaker each quotation belongs to, and indirect speech.

For a quotation the rules look, in order: right after its closing mark
(``"Q," X said`` / ``"Q," said X`` / ``"Q," X, the minister, said`` /
``"Q," according to X`` / ``"Q" — X``), then before its opening mark in the
same sentence (``X said: "Q"`` / ``X said, adding, "Q"`` / ``X called it
"Q"``), then anywhere else in the sentence, and finally, for a whole quoted
sentence, the quotation just before it.  A quotation that finds no cue and no
speaker is a scare quote or a title and is not reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import QuoteKind
from .people import Mention
from .phrases import Cue, Phrases, Speaker, bare_word
from .quotes import RawQuote
from .tokens import Para

__all__ = ["Attribution", "Found", "attribute"]

_DASHES = frozenset("—–―-")
# a web address, an e-mail address, a handle or a hashtag in quotation marks
_ADDRESS = re.compile(
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#]\w+"
)
_CLOSE_PUNCT = ",.;:!?…"
_MIN_CLAUSE_WORDS = 3
# the most words of a name or title in quotation marks, where those capitalise their
# first word only (see Lexicon.titles_sentence_case)
_NAME_WORDS = 3
# how far after "more than" or a number its unit stands ("more than 2 %")
_QUANTITY_REACH = 5
# how far after "accused", "urged" its "of", "to" may stand ("urged Vietnam and others
# in the region to"), in tokens
_OBJECT_REACH = 10
# the most words between a cue and its "that" ("said in an email to the AP that")
_PHRASE_BEFORE_THAT = 8
# the most words after a closing attribution's verb ("announced Wednesday at the
# Dubai Air Show"): more are a clause of their own
_AFTER_WORDS = 8
# the longest subject of a reported clause with no "that" ("the new plant's owners")
_SUBJECT_WORDS = 4
# How far (in tokens) rules look from a quotation or a cue: bounds the work on
# run-on "sentences" of hostile input, far beyond any real attribution.
_REACH = 60
_CLAUSE_REACH = 150
# How many paragraphs back a subject left out may refer (pro-drop languages).
_DROPPED_REACH = 8


@dataclass(slots=True)
class Attribution:
    """A speaker and the cue that names them."""

    speaker: Speaker
    cue: Cue | None
    inherited: bool = False


@dataclass(slots=True)
class Found:
    """A quotation (or reported clause) with its attribution."""

    kind: QuoteKind
    text: str
    pieces: list[tuple[int, int, int]]
    attribution: Attribution
    sentence: tuple[int, int]  # (paragraph, sentence) of the attribution


class _Attributor:
    def __init__(
        self, ph: Phrases, quotes: list[RawQuote], where: dict[int, list[tuple[int, int]]]
    ):
        self.ph = ph
        self.quotes = quotes
        self.where = where  # quote -> [(paragraph, token)] of its q tokens
        # (paragraph, sentence) -> attributions made there, in order
        self.by_sentence: dict[tuple[int, int], list[Attribution]] = {}
        # the last person who spoke, and the paragraph: who a subject left out is
        # in a language that drops subjects ("dijo que ...")
        self.recent: tuple[int, int] | None = None
        # (paragraph, token) of the quotations read as names or titles ("«Северный
        # поток»"): part of the sentence, no bound to the words before a later one
        self.names: set[tuple[int, int]] = set()

    # --- helpers ---------------------------------------------------------

    def _remember(self, para: Para, sentence: int, attribution: Attribution) -> Attribution:
        self.by_sentence.setdefault((para.index, sentence), []).append(attribution)
        self._spoke(para.index, attribution)
        return attribution

    def _spoke(self, paragraph: int, attribution: Attribution) -> None:
        person = attribution.speaker.person
        if person is not None:
            self.recent = (paragraph, person)
            self.ph.speakers.add(person)

    def _subject_or_inherited(self, para: Para, cue: Cue, lo: int) -> Speaker | None:
        """The cue's own subject, or for "adding"/"but added" the sentence's speaker."""
        ph = self.ph
        sentence = para.sentence_of[cue.first]
        s_lo = para.sentences[sentence][0]
        # a gerund after an auxiliary is a finite verb ("La FAO está advirtiendo que")
        participle = cue.lower in ph.lex.participles and not (
            cue.first > s_lo and para.lowers[cue.first - 1] in ph.lex.auxiliaries
        )
        if participle and cue.first > s_lo and para.kinds[cue.first - 1] == "w":
            # "with Foreign Minister Ayman Safadi warning of": a name right before the
            # participle is its subject
            end = para.ends[cue.first - 1]
            for mention in ph.people.in_range(para.index, para.starts[s_lo], end):
                if mention.end == end and not mention.possessive:
                    return Speaker(
                        mention.person,
                        para.text[mention.start : mention.end],
                        (para.index, mention.start, mention.end),
                    )
        if not participle:
            subject = ph.subject_before(para, cue.first, max(lo, s_lo))
            if subject is not None:
                speaker = ph.speaker(para, subject)
                return speaker if speaker.known else None
            if cue.first > s_lo and para.lowers[cue.first - 1] in ph.lex.relative_words:
                return None
        earlier = self.by_sentence.get((para.index, sentence))
        if earlier:
            return earlier[-1].speaker
        for other in reversed(ph.cues(para, max(s_lo, cue.first - _REACH), cue.first)):
            if other.lower in ph.lex.participles:
                continue  # "put up her picture writing": its subject is the sentence's
            subject = ph.subject_before(para, other.first, s_lo)
            if subject is not None:
                speaker = ph.speaker(para, subject)
                if speaker.known:
                    return speaker
                break  # "a statement about the charges, saying": the sentence's subject
        subject = ph.sentence_subject(para, sentence)
        if subject is not None and (participle or cue.first > subject[1]):
            speaker = ph.speaker(para, subject)
            if not ph.lex.pro_drop or speaker.person is not None:
                return speaker
        return self._dropped_subject(para, para.starts[cue.first])

    def _dropped_subject(self, para: Para, offset: int) -> Speaker | None:
        """In a language that drops subjects, a cue with none is the person who spoke
        last, in this paragraph or the few before ("Cuatro años después, valora que"),
        or else the person last named there ("La ministra Ana Torres visitó ...
        «Q», afirmó")."""
        if not self.ph.lex.pro_drop:
            return None
        recent = self.recent
        if recent is not None and para.index - recent[0] > _DROPPED_REACH:
            recent = None
        people = self.ph.people
        for mention in people.before(para.index, offset):
            if para.index - mention.paragraph > _DROPPED_REACH:
                break
            if recent is not None and mention.paragraph <= recent[0]:
                break  # nobody named since the last speaker spoke: that speaker
            if (
                people.people[mention.person].strong
                and not mention.possessive
                and not self._subordinate(mention)
            ):
                # named after the last speaker spoke, in a paragraph of its own:
                # the one the story has turned to ("En eso coincide X ... «Q», dice")
                return Speaker(mention.person, None, None)
        if recent is not None:
            return Speaker(recent[1], None, None)
        return None

    def _subordinate(self, mention: Mention) -> bool:
        """Whether a name opens a clause that hangs on another ("No considera ventaja
        que Manuel Keosseián tenga ...": the story is not about him)."""
        text = self.ph.paras[mention.paragraph].text
        words = text[max(0, mention.start - 30) : mention.start].split()
        lex = self.ph.lex
        return bool(words) and (words[-1] in lex.complementizers or words[-1] in lex.relative_words)

    # --- quotations ------------------------------------------------------

    def after(self, para: Para, t: int) -> Attribution | None:
        """``"Q," X said`` and friends: the words right after the closing mark."""
        ph = self.ph
        tokens, kinds = para.tokens, para.kinds
        sentence = para.sentence_of[t]
        hi = para.sentences[sentence][1]
        if t + 1 < len(tokens) and para.sentence_of[t + 1] != sentence:
            hi = min(len(tokens), para.sentences[para.sentence_of[t + 1]][1])
        j = t + 1
        while j < hi and tokens[j] == ",":
            j += 1
        if j >= hi:
            return None
        if (
            tokens[j] in _DASHES
            and j + 1 < hi
            and (
                ph.cue_at(para, j + 1) is not None
                or (
                    j + 2 < hi
                    and para.lowers[j + 1] in ph.lex.subject_skip
                    and ph.cue_at(para, j + 2) is not None
                )
            )
        ):
            j += 1  # '"Q," — said X', '«Q» – ha aggiunto –': the dash only sets it off
        elif tokens[j] in _DASHES and j + 1 < hi:
            phrase = ph.phrase_after(para, j + 1, hi)
            if phrase is not None and (phrase[1] + 1 >= hi or kinds[phrase[1] + 1] == "p"):
                speaker = ph.speaker(para, phrase)
                if speaker.person is not None or para.upper(phrase[0]):
                    return Attribution(speaker, None)
            return None
        cue = ph.cue_at(para, j)
        if cue is None and j + 1 < hi and kinds[j] == "w" and para.lowers[j] in ph.lex.subject_skip:
            cue = ph.cue_at(para, j + 1)  # '« Q », a déclaré X': an auxiliary first
            if cue is None or cue.lower not in ph.lex.inverted_verbs:
                cue = None
        if cue is not None:
            if cue.lower in ph.lex.inverted_verbs or cue.lower in ph.lex.according_words:
                return self._subject_after(para, cue, hi)
            return None
        k = j
        while k < hi and k - j < 45 and kinds[k] != "q":
            cue = ph.cue_at(para, k)
            if cue is not None and k > j and para.lowers[k - 1] in ph.lex.relative_words:
                cue = None  # '"Q," Trump, who denies wrongdoing, told': the relative's verb
            if cue is not None:
                subject = ph.subject_before(para, k, j)
                if subject is None:
                    return None
                if subject[0] != j and not (
                    kinds[j] == "w" and para.lowers[j] in ph.lex.determiners
                ):
                    return None
                return Attribution(ph.speaker(para, subject), cue)
            if tokens[k] in ".;!?" and not ph.inner_dot(para, k):
                return None
            k += 1
        return None

    def _subject_after(self, para: Para, cue: Cue, hi: int) -> Attribution | None:
        """The speaker after an inverted verb or an "according to" word right after the
        closing mark: ``"Q," said X``, ``"Q", opina.``."""
        ph = self.ph
        tokens, kinds = para.tokens, para.kinds
        start = cue.last + 1
        if (
            start + 1 < hi
            and kinds[start] == "q"
            and cue.lower in ph.lex.tell_verbs
            and tokens[start][1:2].isupper()
            and len(tokens[start].split()) <= _NAME_WORDS
        ):
            start += 1  # '«Q», — рассказал «Коммерсанту» адвокат X': the listener
        phrase = ph.phrase_after(para, start, hi)
        if phrase is not None:
            speaker = ph.speaker(para, phrase)
            if speaker.person is None:
                # "said the minister of X, Paola Vega.": the name closes the sentence
                speaker = ph.apposed_name(para, phrase[1] + 1, hi) or speaker
            return Attribution(speaker, cue)
        named = ph.apposed_name(para, cue.last + 1, hi)
        if named is not None:
            return Attribution(named, cue)  # "según valoró hacia el final ..., X."
        placed = self._speaker_in_place(para, cue.last + 1, hi)
        if placed is not None:
            return Attribution(placed, cue)
        dropped = self._dropped_subject(para, para.starts[cue.first])
        if dropped is not None and (cue.last + 1 >= hi or kinds[cue.last + 1] == "p"):
            return Attribution(dropped, cue)  # '"Q", opina.': who spoke last
        return None

    def _speaker_in_place(self, para: Para, k: int, hi: int) -> Speaker | None:
        """Who speaks where the words from ``k`` say where it was said: the owner of a
        document ("говорится в заявлении МИД России": whose statement it is) or, where no
        subject is ever left out, a body ("сообщили в пресс-службе МЧС")."""
        ph = self.ph
        if k + 1 >= hi or para.lowers[k] not in ph.lex.head_breaks:
            return None
        if k + 2 < hi and para.lowers[k + 1] in ph.lex.document_nouns:
            owner = ph.phrase_after(para, k + 2, hi)
            if owner is not None:
                return ph.speaker(para, owner)
        if not ph.lex.pro_drop:
            body = ph.phrase_after(para, k + 1, hi)
            if body is not None and para.lowers[body[0]] in ph.lex.org_nouns:
                return ph.speaker(para, body)
        return None

    def before(self, para: Para, t: int) -> Attribution | None:
        """``X said: "Q"`` / ``X called it "Q"``: the last cue before the opening mark."""
        ph = self.ph
        kinds = para.kinds
        sentence = para.sentence_of[t]
        lo = para.sentences[sentence][0]
        window = max(lo, t - _REACH)
        for k in range(t - 1, window - 1, -1):
            if kinds[k] == "q" and (para.index, k) not in self.names:
                window = k + 1
                break
        cues = ph.cues(para, window, t)
        if not cues:
            return self._opinion_frame(para, lo, t)
        cue = cues[-1]
        if cue.lower in ph.lex.according_words:
            phrase = ph.phrase_after(para, cue.last + 1, t)
            if phrase is None:
                speaker = self._pronoun_before(para, cue, lo)  # "По его словам, «Q»"
                return Attribution(speaker, cue) if speaker is not None else None
            return Attribution(ph.speaker(para, phrase), cue)
        if cue.lower in ph.lex.inverted_verbs and (
            (subject := ph.subject_before(para, cue.first, lo)) is None
            or ph.prepositional(para, subject)  # "En eso coincide, X,"
        ):
            # "cuenta Marenco, “Q”", "sagt Müller: „Q“", "coincide, X, para quien “Q”":
            # the subject after the verb
            start = cue.last + 1
            if start + 1 < t and para.tokens[start] == ",":
                start += 1
            phrase = ph.phrase_after(para, start, t)
            if phrase is not None and phrase[1] + 1 < t and para.tokens[phrase[1] + 1] in ",:":
                named = ph.speaker(para, phrase)
                if named.person is not None:
                    return Attribution(named, cue)
        speaker = self._subject_or_inherited(para, cue, lo)
        if speaker is None:
            return None
        return Attribution(speaker, cue)

    def _pronoun_before(self, para: Para, cue: Cue, lo: int) -> Speaker | None:
        """The person a pronoun right before an "according to" word names ("по его
        словам": by his words), if any."""
        k = cue.first - 1
        if k < lo or para.lowers[k] not in self.ph.lex.pronouns:
            return None
        speaker = self.ph.speaker(para, (k, k))
        return speaker if speaker.person is not None else None

    def _opinion_frame(self, para: Para, lo: int, t: int) -> Attribution | None:
        """``Para Mairena, ... “Q”``, ``Pour Olivier Faure, « Q »``: a sentence that
        opens with an "according to" word that is also a little word of the language
        (a preposition: no cue elsewhere) and a person or body, then a comma."""
        ph = self.ph
        lex = ph.lex
        lower = para.lowers[lo]
        if lower not in lex.according_words or lower not in lex.function_words:
            return None
        phrase = ph.phrase_after(para, lo + 1, t)
        if phrase is None or phrase[1] + 1 >= t or para.tokens[phrase[1] + 1] != ",":
            return None
        speaker = ph.speaker(para, phrase)
        if speaker.person is None and not speaker.organisation:
            return None  # "Para ello,", "Pour la première fois,": nobody
        return Attribution(speaker, Cue(para.index, lo, lo, para.tokens[lo], lower))

    def later_in_sentence(self, para: Para, t: int) -> Attribution | None:
        """``the plan is "a disaster" for the city, he said``: a cue later in the sentence."""
        ph = self.ph
        kinds = para.kinds
        sentence = para.sentence_of[t]
        hi = para.sentences[sentence][1]
        k = t + 1
        hi = min(hi, t + _REACH)
        while k < hi:
            if kinds[k] == "q":
                # 'have been "terribly disruptive" and ..., "we won't," Roe said': a later
                # quotation of the sentence, with its speaker right after it
                return _known(self.after(para, k))
            cue = ph.cue_at(para, k)
            if cue is not None:
                if cue.lower in ph.lex.inverted_verbs and k and para.tokens[k - 1] == ",":
                    phrase = ph.phrase_after(para, cue.last + 1, hi)
                    if phrase is not None:
                        return Attribution(ph.speaker(para, phrase), cue)
                subject = ph.subject_before(para, k, t + 1)
                if subject is None:
                    return None
                speaker = ph.speaker(para, subject)
                if speaker.person is None and not (
                    speaker.is_person_phrase or self.ph.organisation(para, subject)
                ):
                    return None  # '"Q" ... to phone calls threatening': far, and nobody
                return Attribution(speaker, cue)
            k += 1
        return None

    def quote(self, index: int, last_found: Found | None) -> Found | None:
        raw = self.quotes[index]
        places = self.where.get(index)
        if not places:
            return None
        p0, t0 = places[0]
        p1, t1 = places[-1]
        para0 = self.ph.paras[p0]
        para1 = self.ph.paras[p1]
        text = " ".join(self.ph.paras[p].text[s:e] for p, s, e in raw.pieces).strip()
        if not any(c.isalpha() for c in text) or _ADDRESS.fullmatch(text.rstrip(_CLOSE_PUNCT)):
            return None  # 'visit "reopenstate.com."': an address says nothing
        kind = self._kind(para0, t0, len(raw.pieces) > 1)
        if kind is QuoteKind.PARTIAL and self._quoted_name(para0, t0, text):
            self.names.add((p0, t0))
            return None
        if kind is QuoteKind.PARTIAL and _looks_like_title(text, self.ph.lex.title_small_words):
            return None
        sentence0 = para0.sentence_of[t0]
        attribution = None
        if self._frame_cue(para0, t0) is not None:
            # 'X said, "Q," Y said' and 'X said: "Q." Y disagreed': the frame before
            # the marks is the speaker's own; the words after belong to another clause
            attribution = _known(self.before(para0, t0))
        if attribution is None and raw.close_pos is not None:
            attribution = _known(self.after(para1, t1))
        if attribution is None:
            attribution = _known(self.before(para0, t0))
        if attribution is None:
            earlier = self.by_sentence.get((p0, sentence0))
            if earlier:
                attribution = Attribution(earlier[-1].speaker, earlier[-1].cue)
        if attribution is None:
            attribution = _known(self.later_in_sentence(para1, t1))
        if attribution is None and t0 == 0 and p0 > 0:
            attribution = _known(self._colon_before(p0))
        if attribution is None and kind is QuoteKind.DIRECT and sentence0:
            attribution = self._previous_sentence_speaker(para0, t0, sentence0)
        if attribution is None and kind is QuoteKind.DIRECT and last_found is not None:
            last_paragraph = last_found.pieces[-1][0]
            if (
                last_found.kind is not QuoteKind.INDIRECT
                and p0 - last_paragraph <= 1
                and (raw.resumes or _looks_like_speech(text, self.ph.lex.title_small_words))
            ):
                previous = last_found.attribution
                # no words name the speaker here; keep the earlier words only
                # when they are all there is ("the source")
                words = previous.speaker.text if previous.speaker.person is None else None
                attribution = Attribution(
                    Speaker(
                        previous.speaker.person,
                        words,
                        None,
                        previous.speaker.is_person_phrase,
                        previous.speaker.organisation,
                    ),
                    None,
                    inherited=True,
                )
        if attribution is None and kind is QuoteKind.DIRECT and t0 and para0.tokens[t0 - 1] == ":":
            attribution = self._colon_sole_person(para0, t0)
            if attribution is None and self._frame_cue(para0, t0) is None:
                # "Sobre el partido: “Q”": where subjects are dropped, the person the
                # story speaks of (see _dropped_subject); elsewhere nobody
                dropped = self._dropped_subject(para0, para0.starts[t0])
                if dropped is not None:
                    attribution = Attribution(dropped, None)
        if attribution is None and kind is QuoteKind.DIRECT and t0 == 0 and p0 > 0:
            attribution = self._previous_paragraph_speaker(raw, p0)
        if attribution is None or not attribution.speaker.known:
            cue = self._frame_cue(para0, t0) if kind is QuoteKind.DIRECT else None
            if cue is None:
                return None
            # 'En Juan 20, 21-23 dice: "Q"': said, by words that name nobody
            attribution = Attribution(Speaker(None, None, None, False), cue)
        cue = attribution.cue
        home = (
            (cue.paragraph, self.ph.paras[cue.paragraph].sentence_of[cue.first])
            if cue is not None
            else (p0, sentence0)
        )
        self.by_sentence.setdefault(home, []).append(attribution)
        self._spoke(p1, attribution)
        if home != (p0, sentence0):
            self.by_sentence.setdefault((p0, sentence0), []).append(attribution)
        return Found(kind, text, list(raw.pieces), attribution, home)

    def _colon_sole_person(self, para: Para, t: int) -> Attribution | None:
        """``Lundi, X, le chancelier, n'a pas hésité ... : « Q »``: a sentence that
        introduces a quotation with a colon and names one person only, as no
        possessive: that person (two named leave it open)."""
        lo = para.sentences[para.sentence_of[t]][0]
        if self.ph.cues(para, lo, t):
            return None  # 'heard an officer yell: "Q"': a cue names its own speaker
        people = self.ph.people
        mentions = [
            m
            for m in people.in_range(para.index, para.starts[lo], para.starts[t])
            if not m.possessive
        ]
        if len({m.person for m in mentions}) != 1:
            return None
        # the name is the sentence's subject: it opens the sentence, or follows its
        # opening phrase ("Lundi 6 mai, X ...")
        first = bisect.bisect_left(para.starts, mentions[0].start)
        comma = next((k for k in range(lo, first) if para.tokens[k] == ","), None)
        if first != lo and (comma is None or first != comma + 1):
            return None
        # nobody else who might speak after the name and its apposition ('X, who
        # lives across the street, heard an officer yell: "Q"')
        k = bisect.bisect_left(para.starts, mentions[0].end)
        if k < t and para.tokens[k] == ",":
            k = next((n + 1 for n in range(k + 1, t) if para.tokens[n] == ","), t)
        lex = self.ph.lex
        if any(
            para.lowers[n] in lex.role_words or para.lowers[n] in lex.role_heads
            for n in range(k, t)
        ):
            return None
        person = mentions[0].person
        if not people.people[person].strong:
            return None
        return Attribution(Speaker(person, None, None), None, inherited=True)

    def _previous_sentence_speaker(self, para: Para, t: int, sentence: int) -> Attribution | None:
        """A quotation opening a sentence with no cue of its own, after a sentence of
        the paragraph in which a named person reports something ("X a confié avoir
        mobilisé ses inspecteurs. « Q »"): that person's."""
        lo, hi = para.sentences[sentence - 1]
        if para.sentences[sentence][0] != t or para.quoted(lo, hi):
            return None
        cues = self.ph.cues(para, lo, hi)
        if not cues:
            return None
        cue = cues[-1]
        speaker: Speaker | None = None
        if (
            cue.first > lo
            and para.tokens[cue.first - 1] == ","
            and cue.lower in self.ph.lex.inverted_verbs
            and (phrase := self.ph.phrase_after(para, cue.last + 1, hi)) is not None
        ):
            # "CLAUSE, ergänzt Eliane Steinmeyer. „Q“", "CLAUSE, expresó el presidente
            # ..., Esteban Lazo. «Q»": the subject after its verb
            speaker = self.ph.speaker(para, phrase)
            if speaker.person is None:
                speaker = self.ph.apposed_name(para, phrase[1] + 1, hi)
        if speaker is None or speaker.person is None:
            speaker = self._subject_or_inherited(para, cue, lo)
        if speaker is None or speaker.person is None:
            return None
        return Attribution(Speaker(speaker.person, None, None), None, inherited=True)

    def _previous_paragraph_speaker(self, raw: RawQuote, p0: int) -> Attribution | None:
        """A paragraph that is one quotation and nothing else, after a paragraph whose
        last words were someone's reported speech ("Le juge ajoute qu'il ..." then
        "« Q »"): that person's."""
        last = raw.pieces[-1]
        if raw.close_pos is None or self.ph.paras[last[0]].text[raw.close_pos + 1 :].strip(
            " .\u00a0"
        ):
            return None
        previous = self.ph.paras[p0 - 1]
        if not previous.sentences:
            return None
        sentence = len(previous.sentences) - 1
        made = self.by_sentence.get((p0 - 1, sentence))
        if made:
            person = made[-1].speaker.person
        else:
            # a cue whose clause was not read as reported speech ("ajoute qu'il est")
            lo, hi = previous.sentences[sentence]
            cues = self.ph.cues(previous, lo, hi)
            if cues and lo < hi and previous.lowers[lo] in self.ph.lex.subordinators:
                # "When Wallace asked ..., Trump said the following:": the main clause's
                comma = next((k for k in range(lo, hi) if previous.tokens[k] == ","), hi)
                cues = [c for c in cues if c.first > comma]
            speaker = self._subject_or_inherited(previous, cues[0], lo) if cues else None
            person = speaker.person if speaker is not None else None
        if person is None:
            return None
        return Attribution(Speaker(person, None, None), None, inherited=True)

    def _frame_cue(self, para: Para, t: int) -> Cue | None:
        """The cue right before the opening mark ("said: ", "saying, "), if any."""
        k = t - 1
        if k >= 0 and para.tokens[k] in ",:":
            k -= 1
        if k < 0 or para.kinds[k] != "w":
            return None
        return self.ph.cue_ending_at(para, k)

    def _colon_before(self, p0: int) -> Attribution | None:
        """``X said:`` closing the previous paragraph."""
        para = self.ph.paras[p0 - 1]
        if not para.tokens or para.tokens[-1] != ":":
            return None
        lo = para.sentences[-1][0]
        cues = self.ph.cues(para, lo, len(para.tokens))
        if not cues:
            return None
        speaker = self._subject_or_inherited(para, cues[-1], lo)
        return Attribution(speaker, cues[-1]) if speaker is not None else None

    def _quoted_name(self, para: Para, t: int, text: str) -> bool:
        """Whether the partial quotation ``text`` at token ``t`` is a name inside the
        sentence: capitalised, after a noun of works ('компания «Газпром»') or, where
        titles capitalise their first word only, a few words ('что «Северный поток»')."""
        lex = self.ph.lex
        return text[:1].isupper() and (
            (t > 0 and para.lowers[t - 1] in lex.work_nouns)
            or (
                lex.titles_sentence_case
                and len(text.split()) <= _NAME_WORDS
                and text[-1:] not in _CLOSE_PUNCT
            )
        )

    def _kind(self, para: Para, t: int, multi: bool) -> QuoteKind:
        if multi:
            return QuoteKind.DIRECT
        if not para.upper(t):
            return QuoteKind.PARTIAL
        sentence = para.sentence_of[t]
        if para.sentences[sentence][0] == t:
            return QuoteKind.DIRECT
        if para.tokens[t - 1] in (":", ",", "—", "–") or para.kinds[t - 1] == "q":
            return QuoteKind.DIRECT
        cue = self.ph.cue_at(para, t - 1)
        if (
            cue is not None
            and cue.lower not in self.ph.lex.characterising_verbs
            # 'рассказал «Известиям»': the listener, no quotation
            and cue.lower not in self.ph.lex.tell_verbs
        ):
            return QuoteKind.DIRECT  # 'a show called "Ask Dr. Mike"' names, says nothing
        return QuoteKind.PARTIAL

    # --- indirect speech -------------------------------------------------

    def indirect(self, para: Para, sentence: int) -> list[Found]:
        """Reported clauses without marks: ``X said (that) CLAUSE`` and the like."""
        ph = self.ph
        lo, hi = para.sentences[sentence]
        found: list[Found] = []
        cues = ph.cues(para, lo, hi)
        if not cues:
            if ph.lex.reported_mood:
                continued = self._continued(para, sentence)
                if continued is not None:
                    self._remember(para, sentence, continued.attribution)
                    found.append(continued)
            return found  # most sentences: nothing reported
        later_cues = [c.first for c in cues]
        objects: list[Found] = []  # "accused X of Y", "urged X to Y"
        # "When X said that Y, Z happened": the reported clause ends at the comma
        subordinate = para.lowers[lo] in ph.lex.subordinators if lo < hi else False
        for n, cue in enumerate(cues):
            link = ph.lex.object_verbs.get(cue.lower)
            if link is not None:
                item = self._object_clause(para, sentence, cue, link, later_cues, n)
                if item is not None:
                    objects.append(item)
                continue
            according = cue.lower in ph.lex.according_words
            if cue.lower not in ph.lex.indirect_verbs and not according:
                continue
            if according:
                result = self._according(para, cue, lo, hi)
                if result is not None:
                    found.append(result)
                continue
            if lo < cue.first and para.lowers[lo] in ph.lex.as_words:
                result = self._as_clause(para, sentence, cue, lo, hi)
                if result is not None:
                    found.append(result)
                continue
            middle = self._middle(para, sentence, cue, later_cues, n)
            if middle is not None:
                found.append(middle)
                continue
            prev = cue.first - 1
            if (
                prev >= lo
                and (para.tokens[prev] == "," or para.kinds[prev] == "q")
                and cue.lower not in ph.lex.participles
                and ph.subject_before(para, cue.first, lo) is None
            ):
                continue  # '"Q," said X, ...': the words after name the speaker
            start = self._clause_start(para, cue, hi)
            if start is None:
                continue
            end = self._clause_end(para, start, hi, later_cues, subordinate, n)
            if end is None:
                continue
            speaker = self._subject_or_inherited(para, cue, lo)
            if speaker is None:
                continue
            found.append(self._found(para, sentence, start, end, Attribution(speaker, cue)))
        if not found and cues and not para.quoted(lo, hi):
            final = self._final_attribution(para, sentence, cues[-1])
            if final is not None:
                found.append(final)
                # "..., forecasts called for low humidity ..., officials said": inside the
                # reported clause, an object clause is the officials' words
                objects = [o for o in objects if o.pieces[0][1] >= final.pieces[-1][2]]
        found.extend(objects)
        found = [item for item in found if item.attribution.speaker.known]
        for item in found:
            self._remember(para, sentence, item.attribution)
        return found

    def _continued(self, para: Para, sentence: int) -> Found | None:
        """A sentence in the mood of reported speech, with no cue and no quotation,
        right after a sentence that reported someone's words: theirs ("Die Lage sei
        ernst, sagte X. Man müsse jetzt handeln.")."""
        lex = self.ph.lex
        lo, hi = para.sentences[sentence]
        lowers, kinds = para.lowers, para.kinds
        if para.quoted(lo, hi) or not any(lowers[k] in lex.reported_mood for k in range(lo, hi)):
            return None
        if sentence:
            earlier = self.by_sentence.get((para.index, sentence - 1))
        elif para.index and self.ph.paras[para.index - 1].sentences:
            previous = self.ph.paras[para.index - 1]
            earlier = self.by_sentence.get((previous.index, len(previous.sentences) - 1))
        else:
            earlier = None
        if not earlier or not earlier[-1].speaker.known:
            return None
        end = max((k for k in range(lo, hi) if kinds[k] == "w"), default=lo)
        if kinds[lo : end + 1].count("w") < _MIN_CLAUSE_WORDS:
            return None
        speaker = earlier[-1].speaker
        return self._found(para, sentence, lo, end, Attribution(speaker, None, inherited=True))

    def _object_clause(
        self, para: Para, sentence: int, cue: Cue, link: str, cue_starts: list[int], n: int
    ) -> Found | None:
        """``X accused Y of Z``, ``X urged Y to Z``, ``X called for Z``, ``X described
        Y as Z``: what the verb reports is its object and what the linking word adds;
        the speaker must be a person, people or an organisation ("the plan called for"
        reports nobody's words)."""
        lo, hi = para.sentences[sentence]
        start = cue.last + 1
        if start >= hi or para.kinds[start] != "w":
            return None
        end = self._clause_end(para, start, hi, cue_starts, False, n)
        if end is None or para.quoted(start, end + 1):
            return None
        if link not in para.lowers[start : min(end + 1, start + _OBJECT_REACH)]:
            return None  # "urged caution": no "to", nothing reported
        if para.lowers[start] == link and cue.first > lo and para.tokens[cue.first - 1] == ",":
            return None  # "the network, branded as X,", "Roe, accused of fraud,": no speech
        speaker = self._subject_or_inherited(para, cue, lo)
        if speaker is None or not (
            speaker.person is not None or speaker.is_person_phrase or speaker.organisation
        ):
            return None
        return self._found(para, sentence, start, end, Attribution(speaker, cue))

    def _middle(
        self, para: Para, sentence: int, cue: Cue, cue_starts: list[int], n: int
    ) -> Found | None:
        """``The museum, Roe said, would open next year.``: the attribution set off by
        commas inside the reported clause, which runs on both sides of it."""
        ph = self.ph
        tokens, kinds = para.tokens, para.kinds
        lo, hi = para.sentences[sentence]
        after = cue.last + 1
        if after + 1 >= hi or tokens[after] != "," or cue.lower in ph.lex.participles:
            return None
        subject = ph.subject_before(para, cue.first, lo)
        if subject is None or subject[0] - 1 <= lo or tokens[subject[0] - 1] != ",":
            return None
        speaker = ph.speaker(para, subject)
        if not speaker.is_person_phrase and not self.ph.organisation(para, subject):
            return None
        head_end = subject[0] - 2
        if para.quoted(lo, head_end + 1) or any(tokens[k] in ",;:" for k in range(lo, head_end)):
            return None
        if ph.cues(para, lo, head_end + 1):
            return None  # "X said the plan, Y said, ...": another attribution
        if para.lowers[lo] in ph.lex.subordinators or not para.upper(lo):
            return None
        end = self._clause_end(para, after + 1, hi, cue_starts, False, n)
        if end is None or para.quoted(after + 1, end + 1):
            return None
        if kinds[lo : head_end + 1].count("w") + kinds[after + 1 : end + 1].count("w") < 4:
            return None
        a, b = para.starts[lo], para.ends[head_end]
        c, d = para.starts[after + 1], para.ends[end]
        return Found(
            QuoteKind.INDIRECT,
            f"{para.text[a:b]} {para.text[c:d]}",
            [(para.index, a, b), (para.index, c, d)],
            Attribution(speaker, cue),
            (para.index, sentence),
        )

    def _found(
        self, para: Para, sentence: int, start: int, end: int, attribution: Attribution
    ) -> Found:
        a, b = para.starts[start], para.ends[end]
        return Found(
            QuoteKind.INDIRECT,
            para.text[a:b],
            [(para.index, a, b)],
            attribution,
            (para.index, sentence),
        )

    def _clause_start(self, para: Para, cue: Cue, hi: int) -> int | None:
        ph = self.ph
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        k = cue.last + 1
        that = ph.lex.complementizers
        if cue.lower in ph.lex.tell_verbs:
            first = k
            while k < hi and k - cue.last <= 7 and kinds[k] == "w" and lowers[k] not in that:
                k += 1
            if k + 1 < hi and tokens[k] == "," and lowers[k + 1] in that:
                k += 1  # "заявил журналистам, что"
            if k < hi and lowers[k] in that:
                return k + 1
            # "told reporters the toll is 16,002": the listener, then a clause of its own
            for n in range(first + 1, min(hi, first + 4)):
                if kinds[n - 1] != "w" or lowers[n - 1] in ph.lex.clause_breaks:
                    break
                if self._opens_clause(para, n, hi):
                    return n
            return None
        if k < hi and tokens[k] == "," and k + 1 < hi and lowers[k + 1] in that:
            k += 1  # "sagte, dass", "заявил, что": the comma some languages write
        elif k + 1 < hi and tokens[k] == "," and cue.lower in ph.lex.comma_clause_verbs:
            # "sagte, die Preise seien gestiegen": a clause of its own after the comma
            reach = range(k + 1, min(hi, k + _SUBJECT_WORDS + 3))
            if any(lowers[n] in ph.lex.reported_mood for n in reach) or self._opens_clause(
                para, k + 1, hi
            ):
                return k + 1
        if k >= hi or kinds[k] != "w":
            return None
        if lowers[k] in that:
            return k + 1
        lower = lowers[k]
        if (
            lower in ph.lex.time_words
            or lower in ph.lex.head_breaks
            or (lower in ph.lex.subordinators and not self._opens_clause(para, k, hi))
        ) and (
            lower not in ph.lex.clause_starts
            # "estimated this year that": "this" opens a phrase of time, not a clause
            or (
                k + 1 < hi
                and lowers[k + 1] in ph.lex.time_words
                and lowers[k + 1] not in ph.lex.clause_starts
                and lowers[k + 1] not in ph.lex.determiners
            )
        ):
            # "said on Wednesday that", "said in an email to The Associated Press that",
            # "said after the game that": a phrase of time, place or manner, then
            # only with "that"
            opening = k
            k += 1
            starts_clause = lower in ph.lex.clause_starts
            while (
                k < hi
                and k - cue.last <= _PHRASE_BEFORE_THAT
                and kinds[k] == "w"
                and lowers[k] not in that
                and lowers[k] not in ph.lex.clause_breaks
                and lowers[k] not in ph.lex.speech_verbs
            ):
                k += 1
            if (
                k == opening + 1
                and k + 1 < hi
                and bare_word(lowers[k + 1]) not in ph.lex.clause_starts
                and not para.upper(k + 1)
                and not self._opens_clause(para, k + 1, hi)
            ):
                return None  # "said of that on-ramp": "that" points, opens nothing
            if k + 1 < hi and tokens[k] == "," and lowers[k + 1] in that:
                k += 1  # "заявил в понедельник, что": the comma some languages write
            if k < hi and lowers[k] in that:
                return k + 1
            if not starts_clause:
                return None
            k = opening  # "said this week the plan would fail": read as a clause below
        if self._opens_clause(para, k, hi):
            return k
        if cue.lower not in ph.lex.bare_clause_verbs:
            return None  # "announced the deal": only "announced that ..." reports speech
        if any(para.tokens[n][:1].isdigit() for n in range(k, min(hi, k + 3))) and any(
            lowers[n] in ph.lex.quantity_words for n in range(k + 1, min(hi, k + _QUANTITY_REACH))
        ):
            return None  # "the stock added more than 2%", "added 20.72 points": a rise
        if bare_word(lowers[k]) in ph.lex.clause_starts or (
            para.upper(k)
            and para.tokens[k] not in ph.lex.months_days_cased
            and not para.tokens[k].isdigit()
        ):
            return k
        return None

    def _opens_clause(self, para: Para, k: int, hi: int) -> bool:
        """Whether a clause with its own verb starts at ``k`` with no "that": a
        subject of a few words, then an auxiliary ("the company would close",
        "deliveries had resumed"), or a pronoun with one glued on ("he'd")."""
        lex = self.ph.lex
        lowers, kinds = para.lowers, para.kinds
        if k >= hi or kinds[k] != "w" or lowers[k] in lex.auxiliaries:
            return False
        bare = bare_word(lowers[k])
        if bare != lowers[k] and bare in lex.pronouns:
            return True
        for n in range(k + 1, min(hi, k + _SUBJECT_WORDS + 1)):
            lower = lowers[n]
            if kinds[n] != "w" or lower in lex.clause_breaks or lower in lex.speech_verbs:
                return False
            if lower in lex.auxiliaries:
                return True
        return False

    def _clause_end(
        self,
        para: Para,
        start: int,
        hi: int,
        cue_starts: list[int],
        subordinate: bool = False,
        after: int = -1,
    ) -> int | None:
        """The last token of a reported clause (cues after index ``after`` end it)."""
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        hi = min(hi, start + _CLAUSE_REACH)
        stops = set(cue_starts[after + 1 : after + 1 + _CLAUSE_REACH])
        end = start
        k = start
        # the last word before a comma: 'he said X, and Y would "Q"' reports X, and
        # the quotation carries the rest
        before_comma = None
        while k < hi:
            kind = kinds[k]
            if kind == "q":
                if before_comma is None:
                    return None  # the quotation carries these words
                end = before_comma
                break
            text = tokens[k]
            if text == "," and 0 < k < hi - 1 and _digits(tokens[k - 1], tokens[k + 1]):
                k += 1  # "16,002": a comma inside a number ends nothing
                continue
            if text == "," and k > start and self._clause_follows(para, k + 1, hi):
                before_comma = end
            if text == ":":
                if k + 1 < hi and kinds[k + 1] == "q":
                    return None  # 'he told them: "..."' frames a quotation
                break
            if text == "," and subordinate:
                break
            if text == "," or lowers[k] in ("and", "but"):
                nxt = k + 1
                if nxt < hi and (
                    nxt in stops
                    or lowers[nxt] in self.ph.lex.according_words
                    or (nxt + 1 < hi and nxt + 1 in stops)
                ):
                    break
                if text == ",":
                    following = bisect.bisect_right(cue_starts, k)
                    if following < len(cue_starts) and cue_starts[following] <= k + 8:
                        break  # ", he said", ", officials added": a new attribution
            if kind == "w":
                end = k
            k += 1
        words = kinds[start : end + 1].count("w")
        return end if words >= _MIN_CLAUSE_WORDS else None

    def _clause_follows(self, para: Para, k: int, hi: int) -> bool:
        """Whether a new clause opens at ``k``, after a comma: a conjunction or a
        relative ("and he sees", "in which Roe"), not an apposition ("assigned to")."""
        if k >= hi or para.kinds[k] != "w":
            return False
        lex = self.ph.lex
        lower = para.lowers[k]
        return lower in lex.clause_breaks or (
            lower in lex.head_breaks and k + 1 < hi and para.lowers[k + 1] in lex.relative_words
        )

    def _adjunct(self, para: Para, k: int, hi: int) -> bool:
        """Whether the words from ``k`` after a closing attribution's comma add to it
        rather than go on with the clause: an apposition ("Juan Perez, senior trader at
        X", "Tim Roe, PG&E's meteorologist") or a phrase of time, place or reason
        ("said on Tuesday, after years of debate")."""
        if k >= hi or para.kinds[k] != "w":
            return False
        lex = self.ph.lex
        lower = para.lowers[k]
        return (
            para.upper(k)
            or lower in lex.determiners
            or lower in lex.apposition_openers
            or lower in lex.subordinators
            or lower in lex.head_breaks
            or lower in lex.time_words
            or self.ph.role_apposition(para, k, hi)
        )

    def _according(self, para: Para, cue: Cue, lo: int, hi: int) -> Found | None:
        ph = self.ph
        tokens, kinds = para.tokens, para.kinds
        phrase = ph.phrase_after(para, cue.last + 1, hi)
        if phrase is None:
            # "По его словам, CLAUSE": the pronoun before the cue speaks
            speaker = self._pronoun_before(para, cue, lo)
            start = cue.last + 2
            if speaker is None or start >= hi or tokens[cue.last + 1] != ",":
                return None
            end = self._clause_end(para, start, hi, [])
            if end is None or para.quoted(start, end + 1):
                return None
            sentence = para.sentence_of[cue.first]
            return self._found(para, sentence, start, end, Attribution(speaker, cue))
        after = phrase[1] + 1
        if (
            ph.head(para, *phrase) in ph.lex.document_nouns
            and not (after + 1 < hi and para.lowers[after] in ph.lex.head_breaks)
            and not para.upper(phrase[1])
        ):
            # "according to court records": a document cited, nobody speaks ("a
            # report from InfoNation" names who does)
            return None
        speaker = ph.speaker(para, phrase)
        sentence = para.sentence_of[cue.first]
        comma = phrase[1] + 1
        named = None
        if speaker.person is None and ph.lex.role_head(ph.head(para, *phrase)) is not None:
            named = self._named_between_commas(para, comma, hi)
        if named is not None:
            speaker, comma = named  # "según el presidente del Gobierno, Pedro Sánchez, ..."
        if (
            comma < hi
            and tokens[comma] == ","
            and cue.first - lo < 3
            and all(kinds[k] == "w" and tokens[k].istitle() for k in range(lo, cue.first))
        ):
            end = self._clause_end(para, comma + 1, hi, [])
            if end is not None and not para.quoted(comma + 1, end + 1):
                return self._found(para, sentence, comma + 1, end, Attribution(speaker, cue))
        if cue.first - 1 > lo and tokens[cue.first - 1] == "," and cue.first - lo < _CLAUSE_REACH:
            end = cue.first - 2
            if kinds[lo : end + 1].count("w") >= _MIN_CLAUSE_WORDS and not para.quoted(lo, end + 1):
                return self._found(para, sentence, lo, end, Attribution(speaker, cue))
        return None

    def _as_clause(self, para: Para, sentence: int, cue: Cue, lo: int, hi: int) -> Found | None:
        """``Как заявил X, CLAUSE`` / ``Wie X sagte, CLAUSE``: the clause after the comma
        that ends the speaker (after a listener, "Как сообщил РИА Новости источник")."""
        ph = self.ph
        tokens = para.tokens
        if cue.first == lo + 1:
            # the verb first, then the speaker, after the listener if any: "Как
            # рассказал «Известиям» депутат X", "Как сообщил РИА Новости источник в ..."
            k = cue.last + 1
            if k < hi and para.kinds[k] == "q":
                k += 1
            phrase = ph.phrase_after(para, k, hi)
            if phrase is None:
                return None
            first, last = phrase
            for n in range(last, first, -1):
                if para.text[para.starts[first] : para.ends[n - 1]] in ph.lex.outlets:
                    first = n
                    break
            # the comma after the speaker and what belongs to it ("в силовых структурах")
            comma = next((n for n in range(last + 1, min(hi, last + 6)) if tokens[n] in ",.;:"), hi)
            if comma >= hi or tokens[comma] != ",":
                return None
            speaker = ph.speaker(para, (first, last))
        else:
            comma = cue.last + 1
            if comma >= hi or tokens[comma] != ",":
                return None
            found = self._subject_or_inherited(para, cue, lo)
            if found is None:
                return None
            speaker = found
        end = self._clause_end(para, comma + 1, hi, [])
        if end is None or para.quoted(comma + 1, end + 1):
            return None
        return self._found(para, sentence, comma + 1, end, Attribution(speaker, cue))

    def _named_between_commas(self, para: Para, comma: int, hi: int) -> tuple[Speaker, int] | None:
        """The person named between the comma at token ``comma`` and the next one, and
        that comma's token: the name set off after a role ("el ministro, Ana Roe,")."""
        tokens = para.tokens
        if comma + 1 >= hi or tokens[comma] != ",":
            return None
        start = para.starts[comma + 1]
        for mention in self.ph.people.in_range(para.index, start, para.ends[hi - 1]):
            if mention.start != start or mention.possessive:
                return None
            after = bisect.bisect_left(para.starts, mention.end)
            if after >= hi or tokens[after] != ",":
                return None
            where = (para.index, mention.start, mention.end)
            return Speaker(mention.person, para.text[mention.start : mention.end], where), after
        return None

    def _final_attribution(self, para: Para, sentence: int, cue: Cue) -> Found | None:
        """``CLAUSE, X said.`` / ``CLAUSE, said X.``"""
        ph = self.ph
        tokens, lowers, kinds = para.tokens, para.lowers, para.kinds
        lo, hi = para.sentences[sentence]
        if cue.lower not in ph.lex.indirect_verbs:
            return None
        after = cue.last + 1
        if (
            after < hi
            and kinds[after] == "w"
            and lowers[after] not in ph.lex.time_words
            and not para.upper(after)
            and cue.lower not in ph.lex.tell_verbs
        ):
            return None  # "testified before the committee": an object, no closing cue
        # the words after the cue, to a comma or a conjunction ("said on Tuesday, after
        # years of debate", "said Tuesday while visiting"): what follows is no attribution
        stop = after
        while stop < hi and tokens[stop] not in ",;:" and lowers[stop] not in ph.lex.subordinators:
            stop += 1
        if stop < hi and tokens[stop] == "," and not self._adjunct(para, stop + 1, hi):
            return None  # "la cual, dijo Perdomo, debe ...": the clause goes on
        rest = range(after, stop)
        words_after = [lowers[k] for k in rest if kinds[k] == "w"]
        if len(words_after) > _AFTER_WORDS or any(
            w in ph.lex.pronouns or w in ph.lex.clause_breaks for w in words_after
        ):
            return None  # "..., he told police he supported X": not a closing attribution
        subject = ph.subject_before(para, cue.first, lo)
        if subject is not None:
            comma = subject[0] - 1
            speaker = ph.speaker(para, subject)
        elif cue.first > lo and tokens[cue.first - 1] == "," and cue.lower in ph.lex.inverted_verbs:
            phrase = ph.phrase_after(para, cue.last + 1, hi)
            if phrase is None:
                return None
            comma = cue.first - 1
            speaker = ph.speaker(para, phrase)
        else:
            return None
        if comma <= lo or tokens[comma] != ",":
            return None
        if not speaker.is_person_phrase and not (
            subject is not None and self.ph.organisation(para, subject)
        ):
            return None
        end = comma - 1
        if kinds[lo : end + 1].count("w") < _MIN_CLAUSE_WORDS:
            return None
        opener = lowers[lo]
        if "," not in tokens[lo:end] and (
            opener in ph.lex.subordinators
            or (
                (opener in ph.lex.head_breaks or opener in ph.lex.time_words)
                and opener not in ph.lex.determiners
                and not any(lowers[n] in ph.lex.auxiliaries for n in range(lo, end + 1))
            )
        ):
            # "As the charges were unsealed, Roe testified", "In an interview, Roe
            # said:", "Today (Nov. 18), NASA announced": no main clause
            return None
        return self._found(para, sentence, lo, end, Attribution(speaker, cue))


def _known(attribution: Attribution | None) -> Attribution | None:
    """The attribution if it names a speaker: one that names nobody lets the next rule try."""
    return attribution if attribution is not None and attribution.speaker.known else None


def _looks_like_speech(text: str, small: frozenset[str]) -> bool:
    """A quoted sentence rather than a title or a name: punctuated, or several words."""
    stripped = text.strip()
    if _looks_like_title(stripped, small):
        return False
    return stripped[-1:] in _CLOSE_PUNCT or len(stripped.split()) >= 4


def _looks_like_title(text: str, small: frozenset[str]) -> bool:
    """A title of a work or a name in quotation marks: every word capitalised
    (but the ``small`` words of the language)."""
    # one word at a time: the first lower-case word decides most quotations
    words = (w for w in text.strip(_CLOSE_PUNCT + " ").split() if w[0].isalpha())
    first = next(words, None)
    return (
        first is not None
        and first[0].isupper()
        and all(w[0].isupper() or w in small for w in words)
    )


def attribute(
    ph: Phrases, quotes: list[RawQuote], where: dict[int, list[tuple[int, int]]]
) -> list[Found]:
    """Every attributed quotation and reported clause, in text order."""
    worker = _Attributor(ph, quotes, where)
    found: list[Found] = []
    # quotations first, paragraph by paragraph, then indirect speech of each sentence
    by_paragraph: dict[int, list[int]] = {}
    for index, places in where.items():
        by_paragraph.setdefault(places[0][0], []).append(index)
    for indexes in by_paragraph.values():
        indexes.sort(key=lambda q: quotes[q].open_pos)
    last: Found | None = None
    # (the paragraphs not tokenized hold no quotation, no sentence and no marked word)
    for para in ph.paras.read():
        for index in by_paragraph.get(para.index, ()):
            item = worker.quote(index, last)
            if item is not None:
                found.append(item)
                last = item
            elif last is not None and last.pieces[-1][0] < para.index - 1:
                last = None
        # a sentence with no marked word has no cue: indirect speech there is only
        # the mood's (see _Attributor._continued), in the languages that have one
        if ph.lex.reported_mood:
            sentences: Iterable[int] = range(len(para.sentences))
        else:
            sentences = para.marked_sentences() if para.marked else ()
        for sentence in sentences:
            found.extend(worker.indirect(para, sentence))
    found.sort(key=lambda f: (f.pieces[0][0], f.pieces[0][1]))
    return found


def _digits(before: str, after: str) -> bool:
    """Whether the tokens around a comma are digits ("16,002")."""
    return before.isdigit() and after.isdigit()
