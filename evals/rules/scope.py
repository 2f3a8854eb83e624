"""Scope rules (S-codes): what the checker cannot read, said once instead of misread."""

from __future__ import annotations

from evals.registry import Rule, register


@register
class UncheckedLanguage(Rule):
    """A draft in a language the checker does not read, reported once and not checked.

    Why: the checker's vocabulary of measures, verbs, hedges and periods is English. On copy in
    another language it misreads, and every misreading is a finding an editor has to clear (an
    Austrian agency's German close of the Budapest market drew fourteen), while the lies in it
    pass. Saying so once is honest; the draft is not clean, since none of its figures was checked.
    Flagged: a draft of 40 words or more in which one other language's own function words
    (German "und", "der", "mit"; French "les", "dans"; Spanish "los", "del"; Portuguese,
    Italian, Indonesian, Dutch, Turkish, Vietnamese) number at least 8 and three times
    English's, in its first 20,000 characters (evals/language.py). A name or a quoted phrase
    from elsewhere in English copy is not enough; a language not in the list is read as English.
    Fix: check the figures by hand, or check an English version of the draft.
    """

    code, kind, family = "S001", "unchecked_language", "scope"
