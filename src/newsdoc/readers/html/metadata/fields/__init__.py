"""The rules that settle each field of :class:`..PageMetadata`, one module per field.

Every rule weighs the sources' :class:`..found.Found` records, which come
most trusted first: JSON-LD, then ``<meta>``/``<link>``, then microdata,
hNews / h-entry, then what is printed on the page (bylines, ``<time>``, dated
elements near the headline), then the URL.  The publisher and the section
are the first source's text (:func:`.shared.first_text`); the other fields
have a module here, and what several of them use is in :mod:`.shared`.
"""
