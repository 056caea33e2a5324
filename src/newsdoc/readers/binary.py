"""Telling binary data from text: the one rule the text and HTML readers refuse binary input by.

A PDF, an image, an archive or random bytes passed as text or HTML is not an
article: reading it anyway gives an "article" of garbage, with made-up people.
Two tests, both cheap and linear:

1. **Known signatures.**  The file formats people most often pass by mistake
   start with a fixed signature (:data:`SIGNATURES`): PDF, images, archives,
   compressed streams, executables.  Only signatures that no text starts with
   are listed (each holds a byte that is not text, or is as specific as
   ``%PDF-``).
2. **Control characters.**  Text in any encoding, once decoded, has almost no
   C0 control characters other than tab, line feed, vertical tab, form feed,
   carriage return and escape; compressed or encrypted data (the body of
   every image, archive and most PDFs) is close to random, and one byte in ten
   of random data is such a control.  Input with at least
   :data:`MIN_CONTROLS` of them making up :data:`MAX_CONTROL_SHARE` or more of
   its characters is binary.  NUL is not counted: text in UTF-16 without a
   byte order mark is decoded as UTF-8 (as browsers do) and is half NULs, yet
   readable once they are dropped.  Undecodable bytes (U+FFFD) are not counted
   either: a real page in an encoding that was not recognised has many.

3. **A byte order mark that does not hold.**  Data that starts with a UTF-16 or
   UTF-32 byte order mark by chance (random bytes do, one time in 65,536) decodes
   into characters of every script, with none of the controls above; but one
   UTF-16 unit in 32 of random data is half of a surrogate pair without its other
   half, and nearly every UTF-32 unit is past Unicode's last code point, while
   text in the mark's encoding decodes whole.  Data of which
   :data:`MAX_UNDECODABLE_SHARE` or more (and at least :data:`MIN_CONTROLS`
   characters) does not decode in the mark's encoding is binary
   (:func:`check_marked_share`).

Readers apply the rule to the text they decoded (:func:`check_text_share`),
so it holds whatever the encoding; :func:`check_signature` looks at the raw
bytes first.
"""

from __future__ import annotations

import re

from ..errors import ParseError

__all__ = [
    "MAX_CONTROL_SHARE",
    "MAX_UNDECODABLE_SHARE",
    "MIN_CONTROLS",
    "SIGNATURES",
    "binary_kind",
    "check_marked_share",
    "check_signature",
    "check_text_share",
    "count_controls",
    "utf8_length",
]

#: (signature at the start of the data, what it is).
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"PK\x03\x04", "a zip archive (or a document format built on zip)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first; newsdoc.parse(Path) does)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "Ogg audio or video"),
    (b"fLaC", "FLAC audio"),
    (b"ID3\x02\x00", "MP3 audio"),
    (b"ID3\x03\x00", "MP3 audio"),
    (b"ID3\x04\x00", "MP3 audio"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (old Microsoft Office)"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
)
# RIFF containers (WebP, WAV, AVI) and ISO media (MP4, MOV, HEIC): the kind is at offset 8 / 4.
_RIFF = re.compile(rb"RIFF.{4}(WEBP|WAVE|AVI )", re.DOTALL)
_ISO_MEDIA = re.compile(rb".{4}ftyp", re.DOTALL)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")

#: The share of control characters at and past which input is binary.
MAX_CONTROL_SHARE = 0.05
#: Fewer control characters than this never make input binary (short garbage is
#: read, with the controls replaced and a warning, as before).
MIN_CONTROLS = 4

#: The share of characters that do not decode in the encoding a byte order mark names,
#: at and past which input is binary.
MAX_UNDECODABLE_SHARE = 0.01

#: The C0 controls that text never holds (tab, LF, VT, FF, CR, ESC and NUL excluded).
CONTROL_BYTES = bytes(set(range(0x20)) - {0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) + b"\x7f"
_CONTROL_CHARS = re.compile(f"[{re.escape(CONTROL_BYTES.decode('ascii'))}]")


def binary_kind(head: bytes) -> str | None:
    """What the data starting with ``head`` is, when it starts with a known binary signature."""
    if head.startswith(b"RIFF"):
        riff = _RIFF.match(head)
        return f"a RIFF {riff.group(1).decode().strip()} file" if riff else None
    if _ISO_MEDIA.match(head):
        return "an MP4, QuickTime or HEIF file"
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            if signature == b"BZh" and not _BZIP2.match(head):
                continue  # "BZh" alone can start a text
            return kind
    return None


def check_signature(head: bytes | str, what: str) -> None:
    """Raise :class:`ParseError` when ``head`` starts with a known binary signature.

    A ``str`` is looked at as the bytes it was decoded from with
    ``surrogateescape`` (how Python hands over undecodable bytes, e.g. in file names).
    """
    if isinstance(head, str):
        try:
            start = head[:32].encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate surrogateescape does not make
            start = head[:32].encode("utf-8", "replace")
    else:
        start = head[:32]
    kind = binary_kind(start)
    if kind is not None:
        raise ParseError(f"{what}: the input is binary data, not text: {kind}")


def count_controls(data: bytes | str) -> int:
    """The number of control characters text never holds, in ``data``."""
    if isinstance(data, bytes):
        return len(data) - len(data.translate(None, CONTROL_BYTES))
    return len(_CONTROL_CHARS.findall(data))


_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def utf8_length(data: bytes) -> int:
    """The number of characters UTF-8 ``data`` holds (its bytes that start one)."""
    return len(data.translate(None, _CONTINUATION_BYTES))


def check_text_share(controls: int, size: int, what: str) -> None:
    """Raise :class:`ParseError` when ``controls`` of ``size`` characters make the input binary."""
    if controls >= MIN_CONTROLS and controls >= MAX_CONTROL_SHARE * size:
        raise ParseError(
            f"{what}: the input is binary data, not text ({controls:,} of its {size:,} "
            "characters are control characters)"
        )


def check_marked_share(undecodable: int, size: int, codec: str, what: str) -> None:
    """Raise :class:`ParseError` when ``undecodable`` of the ``size`` characters after a
    byte order mark did not decode in its ``codec``: the mark is chance, the input binary."""
    if undecodable >= MIN_CONTROLS and undecodable >= MAX_UNDECODABLE_SHARE * size:
        raise ParseError(
            f"{what}: the input is binary data, not text ({undecodable:,} of the {size:,} "
            f"characters after its {codec} byte order mark are not {codec})"
        )
