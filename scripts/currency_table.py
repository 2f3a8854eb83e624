"""Write evals/data/currencies.json, the checker's table of currency names and signs, from the
Unicode CLDR data that Babel ships.

The checker's own table (``evals/figures.py`` CURRENCY_SYMBOLS) holds the signs and words that
needed a decision ("$" is the paper's dollar, "P" the peso or the pula); every blind set of real
articles still brought currencies it had never seen ("MK 12.5 billion", "5 billion drams",
"Philippine pesos" read as Mexican ones). CLDR has every current currency's English name and the
signs each country's locale writes, so the long tail comes from there, not from a hand list.

    pip install babel && python3 scripts/currency_table.py          # rewrite the table
    python3 scripts/currency_table.py --check                       # exit 1 if it is out of date

Babel is needed only to rebuild the table; the checker reads the JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "evals" / "data" / "currencies.json"

# Bare nouns that are English words after a number more often than currencies ("a real 5%",
# "marks"), or that the checker's own table already decides ("dollars", "pounds", "pesos")
_NOT_NOUNS = {"mark", "marks", "real", "reals", "sol", "dollar", "dollars", "pound", "pounds", "franc", "francs",
              "peso", "pesos", "rupee", "rupees", "won", "yen", "rand", "shilling", "shillings", "cent", "cents",
              "unit", "units", "gold", "silver", "platinum", "palladium", "rights", "drawing", "special"}
# Signs that are English words, measures or abbreviations before or after a number ("KM 5",
# "FG 3", "5 Ar", "CF"), single letters (the checker's own table decides "R", "P", "N"), and signs
# in scripts English copy does not use
_NOT_SIGNS = {"KM", "FG", "Ar", "CF", "FC", "DA", "DT", "UM", "VT", "Db", "den", "D", "E", "G", "K", "L", "M", "P",
              "Q", "R", "S", "$", "£", "¥", "€", "C$", "CA$", "$US", "SR", "Le", "Rs", "Rs.", "\u200b",
              "\u20b9", "\u20a9", "\u20ba", "\u20bd", "\u20a6", "\u20b1", "\u0e3f", "\u20ab", "\u09f3"}
# "CFA 100 billion", "100 billion F CFA" (CLDR writes a narrow space)
_EXTRA_SIGNS = {"CFA": ["XAF", "XOF"], "F CFA": ["XOF"]}
# English names CLDR does not give: "Swedish crowns", "CFA francs"
_EXTRA_NOUNS = {"crown": ["CZK", "DKK", "ISK", "NOK", "SEK"], "crowns": ["CZK", "DKK", "ISK", "NOK", "SEK"],
                "koruny": ["CZK"], "kroon": ["EEK"]}
_EXTRA_ADJECTIVES = {"cfa": ["XAF", "XOF"], "czech": ["CZK"], "swedish": ["SEK"], "norwegian": ["NOK"],
                     "danish": ["DKK"], "icelandic": ["ISK"], "taiwanese": ["TWD"], "hongkong": ["HKD"]}


def build() -> dict:
    from babel import numbers
    from babel.core import get_global
    from babel.localedata import locale_identifiers

    current: dict[str, set[str]] = {}
    for territory, rows in get_global("territory_currencies").items():
        for code, _start, end, tender in rows:
            if end is None and tender:
                current.setdefault(code, set()).add(territory)
    nouns: dict[str, set[str]] = {k: set(v) for k, v in _EXTRA_NOUNS.items()}
    adjectives: dict[str, set[str]] = {k: set(v) for k, v in _EXTRA_ADJECTIVES.items()}
    for code in current:
        for count in (1, 2):
            name = numbers.get_currency_name(code, count=count, locale="en").lower()
            words = name.replace("(", " ").replace(")", " ").split()
            if len(words) < 2 or not re.fullmatch(r"[a-zʻ’'-]+", words[-1]):
                continue
            if words[-1] not in _NOT_NOUNS:
                nouns.setdefault(words[-1], set()).add(code)
            elif words[-1] in ("dollar", "dollars", "pound", "pounds", "franc", "francs", "peso", "pesos",
                               "rupee", "rupees", "shilling", "shillings", "real", "reals", "mark", "marks"):
                nouns.setdefault(words[-1], set()).add(code)  # said only after an adjective (see below)
            # "west african cfa", "african cfa", "cfa": each tail of the words before the noun
            for i in range(len(words) - 1):
                adjectives.setdefault(" ".join(words[i:-1]), set()).add(code)
    locales = [i for i in locale_identifiers() if "_" in i]
    signs: dict[str, set[str]] = {}
    for code, territories in current.items():
        for loc in locales:
            if loc.rsplit("_", 1)[-1] in territories:
                signs.setdefault(numbers.get_currency_symbol(code, loc), set()).add(code)
        signs.setdefault(numbers.get_currency_symbol(code, "en"), set()).add(code)
    def written_here(sign: str) -> bool:
        """Latin letters, currency signs, dots and spaces: what English copy writes ("zł", "₸", "S/")."""
        return all(ch in "$./ \u202f" or unicodedata.category(ch) == "Sc"
                   or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")) for ch in sign)

    signs = {s: c for s, c in signs.items()
             if written_here(s) and s not in _NOT_SIGNS and not re.fullmatch(r"[A-Z]{3}", s)
             and any(ch.isalpha() or unicodedata.category(ch) == "Sc" for ch in s)}
    for s, c in _EXTRA_SIGNS.items():
        signs.setdefault(s, set()).update(c)
    # the bare nouns said only after an adjective ("Philippine pesos"): the checker's table decides
    # them alone, so they go in a list of their own
    shared = sorted(n for n in nouns if n in _NOT_NOUNS)
    return {
        "source": "Unicode CLDR via Babel (scripts/currency_table.py)",
        "nouns": {k: sorted(v) for k, v in sorted(nouns.items()) if k not in _NOT_NOUNS},
        "nouns_after_adjective": {k: sorted(nouns[k]) for k in shared},
        "adjectives": {k: sorted(v) for k, v in sorted(adjectives.items())},
        "signs": {k: sorted(v) for k, v in sorted(signs.items())},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the stored table differs from CLDR's")
    args = ap.parse_args()
    try:
        table = build()
    except ImportError:
        print("currency_table: Babel is needed to rebuild the table (pip install babel)", file=sys.stderr)
        return 2
    text = json.dumps(table, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("currencies.json is up to date" if same else "currencies.json differs: run scripts/currency_table.py")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({len(table['nouns'])} nouns, {len(table['adjectives'])} adjectives, "
          f"{len(table['signs'])} signs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
