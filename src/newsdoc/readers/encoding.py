"""Bytes to text: BOM, HTTP charset, UTF-8, the declared charset, then detection.

:func:`decode_html` follows these steps for HTML pages; the text reader, which
has no declaration to read, takes the same BOM, UTF-8 and HTTP charset steps and
then :func:`decode_unknown`, so that a text and a page in the same bytes read
alike, whatever charset detector happens to be installed.

The order follows what real pages need:

1. A byte order mark decides.
2. The charset of the HTTP ``Content-Type`` header, when the caller has it
   (a crawl's WARC record, say), comes next, as the HTML standard ranks the
   transport layer's charset above anything the page declares; like a
   declaration it is used when it decodes the bytes cleanly into plausible
   text, since servers that send a default charset for every page are common.
3. Bytes that are valid UTF-8 are UTF-8, whatever the page declares: a
   non-ASCII text that happens to be valid UTF-8 in another encoding is
   vanishingly rare, while pages that declare the wrong charset are common.
   This is also the fast path for almost every page on the web.
4. The charset the page declares (``<meta charset>`` or ``http-equiv``, found
   by bs4's :class:`~bs4.dammit.EncodingDetector`) is used when it decodes the
   bytes cleanly into plausible text.
5. Otherwise every candidate codec is tried and the one whose text looks least
   like mojibake wins (see :func:`_implausibility`); bs4's ``UnicodeDammit``
   is the last resort when none decodes cleanly.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import ParseError, warn
from .binary import check_marked_share

__all__ = ["declared_encoding", "decode_html", "decode_marked", "decode_unknown"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What browsers actually use for a declared label (the WHATWG encoding
# standard): the Latin-1 family means windows-1252, GB2312 means GBK, ...
_ALIASES = {
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    # a page read as bytes cannot be UTF-16 without a BOM: browsers take it as UTF-8
    "utf_16": "utf_8",
    "utf_16_le": "utf_8",
    "utf_16_be": "utf_8",
}

# Labels pages use that Python's codec registry does not know.
_LABELS = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "x-euc-jp": "euc_jp",
    "x-gbk": "gb18030",
    "x-x-big5": "big5hkscs",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1252": "cp1252",
    "x-mac-cyrillic": "mac_cyrillic",
    "unicode-1-1-utf-8": "utf_8",
    "x-unicode20utf8": "utf_8",
}

# Tried in this order when nothing declared fits; a tie goes to the earlier one.
# Multi-byte codecs come first: their strict decoding already rejects most
# foreign bytes.  Korean comes before Chinese because Korean bytes decode as
# common Chinese characters, while Chinese bytes read as Korean give Hanja,
# which :func:`_implausibility` penalises.
_CANDIDATES = (
    "cp932",
    "euc_jp",
    "cp949",
    "gb18030",
    "big5hkscs",
    "cp1252",
    "cp1250",
    "koi8_r",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
)
_JAPANESE = frozenset({"cp932", "euc_jp", "iso2022_jp"})
_KOREAN = frozenset({"cp949"})
_CHINESE_SIMPLIFIED = frozenset({"gb18030"})

# A declared charset whose text is at most this implausible is trusted.
_TRUSTED = 0.05
# Where to look for a declaration: it belongs in the <head>.
_DECLARATION_WINDOW = 64 * 1024
# Only this much non-ASCII text is scored: enough to tell codecs apart.
_SAMPLE = 20_000
# A page with this many valid UTF-8 characters per broken byte is UTF-8 with typos.
_UTF8_EVIDENCE = 5

_HIGH_BYTES = bytes(range(0x80, 0x100))
_NON_ASCII_RUNS = re.compile(r"[^\x00-\x7f]+")
_WORD_CHARS = re.compile(r"\w")


def declared_encoding(data: bytes) -> str | None:
    """The Python codec of the charset ``data`` declares, or ``None``."""
    # bs4 is imported here, not at module level: it is only needed for pages
    # that are not UTF-8, and importing it costs more than parsing a page.
    from bs4.dammit import EncodingDetector

    label = EncodingDetector.find_declared_encoding(
        data[:_DECLARATION_WINDOW], is_html=True, search_entire_document=True
    )
    if not label:
        return None
    return _codec(label.strip().strip("\"'"))


def _codec(label: str) -> str | None:
    """The Python text codec of a charset label, or ``None`` (with a warning).

    Python's registry also holds codecs that are no text encoding (``hex``,
    ``base64``, ``rot13``, ``zlib``, ``uu``, ...) and one that refuses everything
    (``undefined``): a text encoding is one that decodes bytes to ``str``,
    which tells them apart without a list; a page naming another is read as if
    it named none.
    """
    label = _LABELS.get(label.lower(), label)
    try:
        name = codecs.lookup(label).name
        text = isinstance(codecs.decode(b"", name), str)
    except Exception:  # codecs raise their own errors (zlib.error, ...)
        text = False
    if not text:
        warn(f"HTML page: the charset {label[:40]!r} is not a text encoding; ignored")
        return None
    name = name.replace("-", "_")
    return _ALIASES.get(name, name)


def decode_html(data: bytes, *, http_charset: str | None = None) -> tuple[str | None, bytes]:
    """Decode a page: ``(text, utf8)``.

    ``utf8`` is the page as UTF-8 bytes, ready for lxml.  When ``data`` is
    already valid UTF-8, ``text`` is ``None`` (the caller decodes only if it
    needs to) and ``utf8`` is ``data`` itself without its BOM.

    ``http_charset`` is the charset label of the HTTP ``Content-Type`` header,
    if known: below a BOM, above everything else (see the module's notes).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _from_utf8(data[len(codecs.BOM_UTF8) :])
    marked = decode_marked(data)
    if marked is not None:
        return marked, marked.encode("utf-8", "replace")
    hinted = _from_http_charset(data, http_charset) if http_charset else None
    if hinted is not None:
        return hinted, hinted.encode("utf-8", "replace")
    return _from_utf8(data)


def decode_marked(data: bytes, *, what: str = "HTML page") -> str | None:
    """``data`` decoded by its UTF-16 or UTF-32 byte order mark, without the mark; ``None``
    when it has none.

    Bytes the mark's encoding cannot decode are replaced, with a warning (``what`` names
    the input in messages).  When they are many, the mark is chance and the data binary:
    :class:`ParseError` (:func:`newsdoc.readers.binary.check_marked_share`).
    """
    for bom, codec in _BOMS:
        if codec != "utf-8" and data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(codec, "replace")
            if "\ufffd" in text:
                # (a U+FFFD the text itself holds counts too: harmless, text in the mark's
                # encoding holds next to none)
                check_marked_share(text.count("\ufffd"), len(text), codec, what)
                warn(f"{what}: bytes that are not valid {codec} were replaced")
            return text
    return None


def _from_http_charset(data: bytes, label: str) -> str | None:
    """The page decoded with the HTTP charset, or ``None`` when that does not fit.

    UTF-8 and ASCII text take the usual UTF-8 path (the same decoding, and
    faster; 7-bit ISO-2022 text excepted, which only a label tells); a label
    Python does not know, bytes that do not decode, or text that looks like
    mojibake leave the decision to the page itself.
    """
    codec = _codec(label.strip().strip("\"'"))
    if codec is None or codec == "utf_8" or (data.isascii() and not codec.startswith("iso2022")):
        return None
    try:
        text = data.decode(codec)
    except UnicodeError:
        return None
    return text if _implausibility(text, codec) <= _TRUSTED else None


def _from_utf8(data: bytes) -> tuple[str | None, bytes]:
    if b"\x1b" in data:
        # 7-bit encodings (ISO-2022) look like ASCII: only the declaration tells
        declared = declared_encoding(data)
        if declared is not None and declared.startswith("iso2022"):
            text = data.decode(declared, "replace")
            return text, text.encode("utf-8")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None, data
    text = decode_unknown(data, declared_encoding(data))
    return text, text.encode("utf-8", "replace")


def decode_unknown(data: bytes, declared: str | None = None, *, what: str = "HTML page") -> str:
    """Decode bytes that are not valid UTF-8 (steps 4 and 5 above).

    ``declared`` is the codec the document names, if any; ``what`` names the
    document in the warnings ("HTML page", "parse_text").
    """
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeError:
            pass
        else:
            if _implausibility(text, declared) <= _TRUSTED:
                return text
    damaged = data.decode("utf-8", "replace")
    broken = damaged.count("\ufffd")
    # valid multi-byte sequences do not happen by chance: many of them and a
    # few broken bytes make a UTF-8 page with a few typos
    ascii_chars = len(data.translate(None, _HIGH_BYTES))
    valid = len(damaged) - ascii_chars - broken
    if broken * _UTF8_EVIDENCE <= valid:
        warn(f"{what}: {broken} byte sequence(s) that are not valid UTF-8 were replaced")
        return damaged
    best: tuple[float, str] | None = None
    for codec in _candidates(declared):
        try:
            text = data.decode(codec)
        except UnicodeError:  # not only UnicodeDecodeError: punycode, idna
            continue
        score = _implausibility(text, codec)
        if best is None or score < best[0]:
            best = (score, text)
            if score == 0:
                break
    if best is not None:
        return best[1]
    from bs4.dammit import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=what == "HTML page")
    if dammit.unicode_markup is None:  # pragma: no cover - cp1252 with replacement always works
        raise ParseError(f"{what}: cannot detect the character encoding")
    warn(
        f"{what}: the character encoding could not be determined; "
        f"read as {dammit.original_encoding} with replacements"
    )
    return dammit.unicode_markup


def _candidates(declared: str | None) -> tuple[str, ...]:
    if declared is None:
        return _CANDIDATES
    return (declared, *(codec for codec in _CANDIDATES if codec != declared))


def _script(char: str) -> int:
    """A coarse script class: 1 Latin, 2 Greek, 3 Cyrillic, 4 other."""
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return 1
    if 0x370 <= code < 0x400:
        return 2
    if 0x400 <= code < 0x530:
        return 3
    return 4


def _implausibility(text: str, codec: str) -> float:
    """How much ``text`` looks like the wrong codec: a penalty per non-ASCII character.

    Mojibake shows as control and unassigned characters, symbols wedged into
    words, case flipping inside words, scripts mixed inside one word, runs of
    accented Latin letters, half-width katakana and box drawing; and, for the
    CJK codecs, characters a real text in that language hardly uses.
    """
    penalty = 0.0
    seen = 0
    kana = ideographs = hangul = rare_han = 0
    simplified = codec in _CHINESE_SIMPLIFIED
    for run in _NON_ASCII_RUNS.finditer(text):
        start = run.start()
        prev = text[start - 1] if start else " "
        for char in run.group():
            seen += 1
            code = ord(char)
            category = unicodedata.category(char)
            if category in ("Cc", "Cn", "Cs"):
                penalty += 10
            elif category == "Co":
                penalty += 5
            elif 0xFF61 <= code <= 0xFF9F or 0x2500 <= code <= 0x259F:
                penalty += 3
            elif category[0] == "L":
                if prev.isalpha():
                    if char.isupper():
                        penalty += 1 if prev.islower() else 0.5
                    if _script(char) != _script(prev):
                        penalty += 1
                    elif code < 0x250 and not prev.isascii():
                        penalty += 0.3
                if 0x3040 <= code <= 0x30FF:
                    kana += 1
                elif 0x4E00 <= code <= 0x9FFF:
                    ideographs += 1
                    if simplified:
                        try:
                            char.encode("gb2312")
                        except UnicodeEncodeError:
                            rare_han += 1
                elif 0xAC00 <= code <= 0xD7A3:
                    hangul += 1
            elif code < 0x100 and _WORD_CHARS.match(prev):
                # a Latin-1 symbol glued to a letter: "Ã©", "Â»"
                penalty += 0.5
            prev = char
        if seen > _SAMPLE:
            break
    penalty += rare_han
    if codec in _JAPANESE and ideographs > 20 and kana < ideographs / 10:
        penalty += ideographs / 2
    if codec in _KOREAN and hangul + ideographs > 20:
        penalty += ideographs / 2
    return penalty / seen if seen else 0.0
