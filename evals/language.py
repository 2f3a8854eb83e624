"""Which language a draft is written in, as far as the checker needs to know.

The checker reads English: its vocabulary of measures, verbs, hedges and periods is English.
Given copy in another language it does not fail; it misreads, and every misreading is a finding
an editor has to clear (an Austrian agency's German close of the Budapest market drew fourteen).
So a draft that plainly reads as another language is reported once, as not checked, instead.

"Plainly" is counted, not guessed: the short function words of a language are most of what any
of its sentences share, and a handful of each language's own (German "und", "der", "mit"; never
one that English spells the same) tells them apart in a paragraph. A draft is another language's
only when it has enough words to judge, that language's words are many, and English's are few
beside them; English copy that quotes a name or a phrase from elsewhere stays English.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

# Function words each language has and English does not (nor the others listed, where it matters).
_OWN: dict[str, frozenset[str]] = {
    "English": frozenset("the and of to is was for with that by at from as its are were has have said after "
                         "which this their than but".split()),
    "German": frozenset("der die das und ist mit auf den von zu im des dem sich nach bei eine einen wurde auch "
                        "nicht gegenüber zum zur aus wie um prozent".split()),
    "French": frozenset("le les et est du une dans pour sur au aux avec qui pas été ont cette sont selon".split()),
    "Spanish": frozenset("el los las del y que por con una para su al fue según sus entre".split()),
    "Portuguese": frozenset("os do da dos das em com uma para foi pelo pela segundo entre não".split()),
    "Italian": frozenset("il di della delle che per con una sono dei alla nel rispetto".split()),
    "Indonesian": frozenset("yang dan ke dari dengan untuk pada ini itu dalam tidak adalah sebesar".split()),
    "Dutch": frozenset("het een niet zijn werd naar bij ook voor dat van procent".split()),
    "Turkish": frozenset("ve bir bu ile için olarak göre yüzde oldu ise".split()),
    "Vietnamese": frozenset("và của các là được trong cho với này những một đã".split()),
}
MIN_WORDS = 40  # fewer words than this (a headline, a table) are not enough to tell
MIN_OWN = 8  # the other language's own words, at least
RATIO = 3.0  # and this many times English's
SAMPLE = 20_000  # characters read from the start: a few thousand words tell, and a 10 MB draft pays no more


def other_language(text: str) -> str | None:
    """The language ``text`` plainly reads as when that is not English; None for English copy,
    for copy too short to tell, and for copy that is not plainly any one language."""
    words = [w.lower() for w in _WORD.findall(text, 0, SAMPLE)]
    if len(words) < MIN_WORDS:
        return None
    counts = {lang: sum(1 for w in words if w in own) for lang, own in _OWN.items()}
    english = counts.pop("English")
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= MIN_OWN and n >= RATIO * max(english, 1):
        return lang
    return None
