"""The draft as the checker reads it: offsets, lines, blocks and sentences.

Every position is a character offset into the text exactly as read (UTF-8
decoded, newlines kept). Parts that can hold digits but never figures (code,
link targets, URLs, dates, times, tickers, index names, list and heading
numbers) are blanked in ``scan``, a copy of the same length, so offsets found in
``scan`` are offsets in ``text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from evals import rx
from evals.vocab import TOKEN, Vocabulary, norm_token

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# Spans that are never figures. Order matters only for readability: all are blanked.
_NEVER_FIGURES = [
    r"```.*?```",  # fenced code
    r"`[^`\n]*`",  # inline code
    r"\]\([^)\s]*\)",  # markdown link target
    r"https?://\S+|www\.\S+",
    r"\[\^?\d+\]",  # footnote and citation markers
    r"<!--|-->",  # only the delimiters: the HTML view shows what a comment holds, so it is checked
    r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",  # html tags (placeholders like <value> are found first)
    r"\b(?:19|20)\d{2}(?:/\d{2})?\s?=\s?100\b",  # an index's base: "(CCPI, 2006/07=100)", "base 2012=100"
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b",  # ISO dates
    r"\b\d{4}-Q[1-4]\b|\b\d{4}-\d{2}\b(?!\d)",  # 2025-Q3, 2025-10
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    # "Storage Report 06-22-23", "on Tuesday (9-26-23)": month, day, year
    r"\b(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:\d{4}|\d{2})\b",
    r"\b0[1-9]/\d{2}\b(?!/)|\b\d{2}/0[1-9]\b(?!/)|(?<=\()\d{1,2}/\d{1,2}(?=\))",  # "REPORT 07/02", "yesterday (17/12)": a day and month
    # Nov. 24, 2025 / Dec. 9-10; not "December 4 1/2 cents higher" (a contract month and its move)
    rf"\b{MONTHS}\.?\s?\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\b"
    r"(?!\s+\d/\d\s*(?:cents?\b|\u00a2))",
    # 13 January 2026 (not "dn 7.90\nJan 606.40": a price's decimals, then a table's next line)
    rf"(?<![\d.,])\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{{1,2}}(?:st|nd|rd|th)?)?[^\S\n]+(?:of\s+)?{MONTHS}\b\.?(?:,?\s+\d{{4}})?",
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?",
    r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.",  # "3.30 p.m. local time"
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:[AP]M|[ap]m)\b",  # "By 11 PM Cairo time", "At 3.27pm"
    r"\b[0-2]\d[0-5]\d\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|AEDT|AEST|JST|HKT|SGT|IST|KST|local time|hrs|hours|IST)\b",  # 1410 GMT
    r"\b\d{3,6}\.(?:HK|SS|SZ|SH|T|KS|KQ|TW|L|DE|PA|AS|SI|AX|TO|NS|BO|F|SW|MI)\b",  # tickers
    r"\b(?:NYSE|NASDAQ|Nasdaq|HKEX|HKG|SSE|SZSE|SEHK|SHA|SHE|TYO|LSE)\s?:\s?[\w.]+",
    r"\b(?:No|Nos|Phase|Section|Article|Chapter|Rule|Form|Tier|Level|Step|Part|Item|Title|Vision"
    r"|Stage|Round|Gen|Version|Plan|Series|Model|Class|Type|Route|Room|Top|top)\.?\s?#?\d+[\w-]*",
    r"#\d+\b",
    r"(?<=[A-Za-z])-\d+[\w.]*",  # COVID-19, GPT-4, Nasdaq-100
    r"\b(?:FY|CY|H|Q)(?:\d{2,4}|[1-4]\s?[-'\u2019/]\s?\d{2})\b|\b[1-4][QH]\d{0,4}\b",  # Q1-20: a quarter's code
    r"\b(?:19|20)\d{2}\s?[-\u2013/]\s?(?:19|20)?\d{2}\b",  # 2024-25, 2024/2025
    r"\b(?:19|20)\d{2}s\b",  # the 2010s
    # "up 17 of the last 18 months": a run of periods counted, no figure of the measure
    r"\b\d{1,3}\s+of\s+the\s+(?:last|past|previous)\s+\d{1,3}\s+(?:months|weeks|quarters|years|sessions|days|trading\s+days)\b",
]
_NEVER_PLAIN = "|".join(f"(?:{p})" for p in _NEVER_FIGURES)


def _never_gated() -> str:
    """_NEVER_FIGURES as one pattern that matches exactly what their alternation matches,
    led by the set of characters any of them can start with.

    Why: `re` tries a pattern that opens with an assertion ("\\b") at every position of the
    text; one that opens with a character set it skips to candidates in C. So the first
    character is consumed by the set, and each shape then checks it with a look-behind:
    "\\b\\d{4}-" becomes "(?<=\\d)(?<!\\w\\w)\\d{3}-". Shapes that can start with the same
    character keep their order, so the leftmost-first choice is the same; a test holds
    the two forms equal on every text in the repository and on random strings.
    """
    wordstart = r"(?<!\w\w)"  # the consumed character is a word character: "\b" before it
    months = (r"(?:(?<=J)an(?:uary)?|(?<=F)eb(?:ruary)?|(?<=M)ar(?:ch)?|(?<=A)pr(?:il)?|(?<=M)ay|(?<=J)une?"
              r"|(?<=J)uly?|(?<=A)ug(?:ust)?|(?<=S)ep(?:t(?:ember)?)?|(?<=O)ct(?:ober)?|(?<=N)ov(?:ember)?"
              r"|(?<=D)ec(?:ember)?)")
    day = r"(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{1,2}(?:st|nd|rd|th)?)?"
    digit_led = [
        r"(?:(?<=1)9|(?<=2)0)\d{2}(?:/\d{2})?\s?=\s?100\b",
        r"\d{3}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b",
        r"\d{3}-Q[1-4]\b|\d{3}-\d{2}\b(?!\d)",
        r"\d?/\d{1,2}/\d{2,4}\b",
        r"(?:(?<=0)[1-9]|(?<=1)[0-2]|(?<=[1-9]))-(?:0?[1-9]|[12]\d|3[01])-(?:\d{4}|\d{2})\b",
        r"(?<=0)[1-9]/\d{2}\b(?!/)|\d/0[1-9]\b(?!/)|(?<=\(\d)\d?/\d{1,2}(?=\))",
        rf"(?<![\d.,]\d)\d?{day}[^\S\n]+(?:of\s+)?{MONTHS}\b\.?(?:,?\s+\d{{4}})?",
        r"\d?:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?",
        r"\d?(?:[:.]\d{2})?\s?[ap]\.m\.",
        r"\d?(?:[:.]\d{2})?\s?(?:[AP]M|[ap]m)\b",
        r"(?<=[0-2])\d[0-5]\d\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|AEDT|AEST|JST|HKT|SGT|IST|KST|local time|hrs"
        r"|hours|IST)\b",
        r"\d{2,5}\.(?:HK|SS|SZ|SH|T|KS|KQ|TW|L|DE|PA|AS|SI|AX|TO|NS|BO|F|SW|MI)\b",
        r"(?<=[1-4])[QH]\d{0,4}\b",
        r"(?:(?<=1)9|(?<=2)0)\d{2}\s?[-\u2013/]\s?(?:19|20)?\d{2}\b",
        r"(?:(?<=1)9|(?<=2)0)\d{2}s\b",
        r"\d{0,2}\s+of\s+the\s+(?:last|past|previous)\s+\d{1,3}\s+(?:months|weeks|quarters|years|sessions|days|trading\s+days)\b",
    ]
    labels = ("No|Nos|Phase|Section|Article|Chapter|Rule|Form|Tier|Level|Step|Part|Item|Title|Vision|Stage|Round|Gen"
              "|Version|Plan|Series|Model|Class|Type|Route|Room|Top|top").split("|")
    letter_led = [
        rf"{months}\.?\s?\d{{1,2}}{day}(?:,?\s+\d{{4}})?\b" r"(?!\s+\d/\d\s*(?:cents?\b|\u00a2))",
        r"(?:(?<=N)YSE|(?<=N)ASDAQ|(?<=N)asdaq|(?<=H)KEX|(?<=H)KG|(?<=S)SE|(?<=S)ZSE|(?<=S)EHK|(?<=S)HA|(?<=S)HE"
        r"|(?<=T)YO|(?<=L)SE)\s?:\s?[\w.]+",
        "(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in labels) + r")\.?\s?#?\d+[\w-]*",
        r"(?:(?<=F)Y|(?<=C)Y|(?<=H)|(?<=Q))(?:\d{2,4}|[1-4]\s?[-'\u2019/]\s?\d{2})\b",
    ]
    other = [
        r"(?<=`)``.*?```", r"(?<=`)[^`\n]*`", r"(?<=\])\([^)\s]*\)", r"(?<=h)ttps?://\S+|(?<=w)ww\.\S+",
        r"(?<=\[)\^?\d+\]", r"(?<=<)!--|(?<=-)->", r"(?<=<)/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
        r"(?<=#)\d+\b", r"(?<=[A-Za-z]-)\d+[\w.]*",
    ]
    alt = lambda parts: "(?:" + "|".join(f"(?:{p})" for p in parts) + ")"  # noqa: E731
    return (r"[`\]\[<#\-\dA-Zhwt](?:"
            + rf"(?<=\d){wordstart}{alt(digit_led)}|(?<=[A-Zt]){wordstart}{alt(letter_led)}|{alt(other)})")


_NEVER_RE = rx.compile(_never_gated(), re.S)
# Code, link targets, URLs and comments: not prose at all (the missing-figure rules skip them).
_NOT_PROSE_RE = rx.compile("|".join(f"(?:{p})" for p in _NEVER_FIGURES[:6]), re.S)
_LIST_NUM = rx.compile(r"^[ \t]*(?:[-*+][ \t]+)?(\d+(?:\.\d+)*[.)])[ \t]", re.M)
_HEADING_NUM = rx.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(\d+(?:\.\d+)*\.?)", re.M)
_TABLE_ROW = rx.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
# a list item's line: a bullet (and the ones pasted copy keeps: "  \u2022 Asia-N. Europe prices ...") or "1." / "1)"
ITEM_LINE = rx.compile(r"[ \t]*(?:[-*+\u2022\u25aa\u25cf][ \t]|\d+[.)][ \t])")
# An index the vocabulary does not list, named by letters and its number, as the subject of a
# move: "the BIST 30 index rose 1.5%", "the NZX 50 added 0.2%" (the number is part of the name)
_INDEX_NUMBER = rx.compile(
    r"(?<![\w$&/.-])[A-Z][A-Z&/]{1,7}\s(\d{2,4})(?=(?:\s+(?:[Ii]ndex|[Ii]ndices))?\s+(?:also\s+)?"
    r"(?:rose|fell|gained|lost|added|shed|closed|ended|finished|jumped|climbed|slipped|dropped|declined|advanced"
    r"|edged|tumbled|surged|rallied|eased|inched|dipped|slid|sank|plunged|soared|firmed|retreated|rebounded"
    r"|increased|decreased|was|were)\b)")


# a product named in camel case and its model number: "the strong performance of PlayStation 4", "iPhone 15"
_MODEL_NUMBER = rx.compile(r"(?<![\w$])(?:[A-Z][a-z]+[A-Z][A-Za-z]*|i[A-Z][a-z]+)\s(\d{1,2})(?![\d.,%])"
                           r"(?!\s*(?:per\s?cent|percent|pct|points?|pts|bn|billion|million|mn|trillion)\b)")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    kind: str  # "text", "heading", "item" (list item), "cell" (table), "row" (a plain-text table's line)
    index: int = 0

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(slots=True)
class Document:
    text: str
    scan: str  # figures are read from this: whatever is never a figure is blanked
    prose: str  # punctuation rules read this: only code, URLs and markup are blanked
    sentences: list[Sentence]
    line_starts: list[int] = field(repr=False)
    _sentence_starts: list[int] = field(repr=False)
    _tokens: dict = field(default_factory=dict, repr=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Words in text[start:end] as (start, end, raw, normalised key).

        Tokenised per stretch on demand, with the last few stretches kept: the rules ask
        for the same sentence several times, and a whole-draft token list would cost
        hundreds of MB on a 10 MB draft.
        """
        key = (start, end)
        hit = self._tokens.get(key)
        if hit is None:
            if len(self._tokens) >= 8:
                self._tokens.pop(next(iter(self._tokens)))
            hit = self._tokens[key] = [
                (m.start(), m.end(), m.group(), norm_token(m.group())) for m in TOKEN.finditer(self.text, start, end)
            ]
        return hit

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]


def _blank(m: re.Match) -> str:
    g = m.group()
    return " " * len(g) if "\n" not in g else re.sub(r"[^\n]", " ", g)


def _blank_group(m: re.Match) -> str:
    g, k = m.group(), m.start(1) - m.start()
    return g[:k] + " " * (m.end(1) - m.start(1)) + g[k + m.end(1) - m.start(1):] if m.group(1) else g


def mask(text: str, vocab: Vocabulary, extra_names: list[re.Pattern[str]] = ()) -> str:
    """Blank what is never a figure, keeping length and newlines."""
    for rx in (_NEVER_RE, vocab.index_names_re, *extra_names):
        text = rx.sub(_blank, text)
    text = _LIST_NUM.sub(_blank_group, text)
    text = _INDEX_NUMBER.sub(_blank_group, text)
    text = _MODEL_NUMBER.sub(_blank_group, text)
    return _HEADING_NUM.sub(_blank_group, text)


# (and "in the regular trading session.Accordingly, the upturn", "on April 12.LME copper price
# jumped": two sentences run together where a page lost its space or line break)
# (a footnote's marker after the stop is the sentence's: "fell 11%.[^20] The market ...")
_SENT_END = rx.compile(r"(?:[.!?]+|\u2026)[\"'\u201d\u2019)\]]*(?:\[\^[^\]\s]+\])*(?=\s)|(?:(?<=[a-z]{2})|(?<=\b\d)|(?<=\b\d\d))\.(?=[A-Z][a-z]{2,}\b|[A-Z]{2,5}\s)"
                       r"|\n[ \t\r]*\n|\n(?=[ \t]*(?:#|[-*+\u2022\u25aa\u25cf][ \t]|\d+[.)][ \t]|\|))"
                       # a line of a list with no bullet ("Singapore SGX TSR20: $165.2/100kg ... - up 4.4%"
                       # over "Kuala Lumpur SMR20: $159.25/100kg ..."): a line that ends on a figure, before
                       # one that starts with a name, ends its row
                       r"|(?<=[\d%)])[ \t]*\n(?=[ \t]*[A-Z])"
                       # a line that opens on a label and its colon ("Ohio: Up 1,712, due to layoffs" under
                       # "Kentucky: Up 1,538, no reason given"): a row of its own, whatever the last one ended on
                       # (a label of common words or a measure's, "Revenue:", "Net Earnings:", is a field of one
                       # report, read with the rest: see split_sentences)
                       r"|\n(?=[ \t]*(?P<label>[A-Z][A-Za-z.&'\u2019 -]{0,40}):[ \t]+\S)")
# units that end a sentence after a figure: "x" in "at 10.1x. NVIDIA ..." (a multiple), a scale letter in
# "for £6.5m. The stock"
_UNIT_ABBREVIATIONS = frozenset({"pct", "mln", "bln", "mil", "yr", "yrs", "x", "bu", "ac", "oz", "lb", "lbs", "bbl",
                                 "m", "bn", "mn", "tn", "k", "p", "c", "b"})
_ABBREV_TAIL = rx.compile(r"([A-Za-z][A-Za-z.]*)\.$")


_DATELINE = rx.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                       r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                       r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d")


# a number as a table writes it: "10.7", "+1.8%", "$3,372", "(4.01)", "-0.3"
_CELL_NUMBER = rx.compile(r"[(+\-\u2212]?[$\u20ac\u00a3]?\d[\d,]*(?:\.\d+)?%?\)?")


def _row_like(line: str) -> bool:
    """A line of a table set as plain text: short, no sentence's stop at its end, at least two
    numbers and half its words numbers ("Capital Goods 1.5 10.7 8.7 8.8", "Jan 606.40 dn 7.30")."""
    body = line.strip()
    if not body or len(body) > 100 or body[-1] in ".!?;:," or body[0] == "|" or ITEM_LINE.match(line):
        return False
    words = body.split()
    numbers = sum(1 for w in words if _CELL_NUMBER.fullmatch(w))
    return numbers >= 2 and 2 * numbers >= len(words)


def _plain_rows(lines: list[str]) -> set[int]:
    """The lines of plain-text tables: row-like lines with another row-like line next to them
    (blank lines between rows allowed, as pages lose a table's grid to them)."""
    like = [_row_like(line) for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rows: set[int] = set()
    for k, i in enumerate(filled):
        if like[i] and ((k > 0 and like[filled[k - 1]]) or (k + 1 < len(filled) and like[filled[k + 1]])):
            rows.add(i)
    return rows


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Split into blocks: headings, list items, table rows, paragraphs (by line kind)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    para_start: int | None = None
    lines = text.splitlines(keepends=True)
    rows = _plain_rows(lines)
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end
        stripped = line.strip()
        if not stripped:
            if para_start is not None:
                out.append((para_start, start, "text"))
                para_start = None
            continue
        kind = None
        if _DATELINE.fullmatch(stripped):
            # "November 2017" on a line of its own under the headline: the page's date, not the
            # period of the sentence on the next line
            if para_start is not None:
                out.append((para_start, start, "text"))
                para_start = None
            out.append((start, end, "text"))
            continue
        if re.match(r"[ \t]{0,3}#{1,6}[ \t]", line):
            kind = "heading"
        elif ITEM_LINE.match(line):
            kind = "item"
        elif _TABLE_ROW.match(line.rstrip("\n")):
            kind = "cell"
        elif n in rows:
            kind = "row"
        if kind:
            if para_start is not None:
                out.append((para_start, start, "text"))
                para_start = None
            out.append((start, end, kind))
        elif para_start is None:
            para_start = start
    if para_start is not None:
        out.append((para_start, pos, "text"))
    return out


def split_sentences(text: str, vocab: Vocabulary) -> list[Sentence]:
    sentences: list[Sentence] = []
    for b_start, b_end, kind in _blocks(text):
        if kind == "cell":
            # Each table cell reads as its own short sentence.
            cell_start = b_start
            for m in re.finditer(r"\|", text[b_start:b_end]):
                pos = b_start + m.start()
                if pos > cell_start:
                    sentences.append(Sentence(cell_start, pos, "cell"))
                cell_start = pos + 1
            continue
        start = b_start
        block = text[b_start:b_end]
        for m in _SENT_END.finditer(block):
            end = b_start + m.end()
            if m.group().startswith(("..", "\u2026")):
                continue  # an ellipsis runs on: "prices rose... and then fell"
            if m.group("label") and all(w in vocab.common or w in vocab.metric_first
                                        for w in re.findall(r"[a-z]+", m.group("label").lower())):
                continue
            token = _ABBREV_TAIL.search(text, max(start, end - 12), end)
            if m.group().startswith(".") and token and m.group() == ".":
                word = token.group(1).lower()
                unit_end = word in _UNIT_ABBREVIATIONS and re.search(r"\d\s*\S+\.$", text[max(start, end - 16):end]) \
                    and re.match(r"\s+[A-Z]", text[end:end + 3])  # "rose 3.0 pct. In December, ...": a unit ends it
                if (word in vocab.abbreviations or len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) \
                        and not unit_end:
                    continue
                if re.fullmatch(r"[A-Z]{2,4}", token.group(1)) and re.match(r"\s+[a-z]", text[end:end + 3]):
                    continue  # "BA. climbed 6.4%": a London ticker's dot, the sentence running on in lower case
            if end > start:
                sentences.append(Sentence(start, end, kind))
            start = end
        if b_end > start:
            sentences.append(Sentence(start, b_end, kind))
    for i, s in enumerate(sentences):
        s.index = i
    return sentences


def prose_only(text: str) -> str:
    return _NOT_PROSE_RE.sub(_blank, text)


def read_document(text: str, vocab: Vocabulary, extra_names: list[re.Pattern[str]] = ()) -> Document:
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    sentences = split_sentences(text, vocab) or [Sentence(0, len(text), "text")]
    return Document(
        text=text,
        scan=mask(text, vocab, extra_names),
        prose=prose_only(text),
        sentences=sentences,
        line_starts=line_starts,
        _sentence_starts=[s.start for s in sentences],
    )
