"""Print the README's catalogue tables from tools/catalogue.yaml: economies x metrics with the
source of each cell (verified or not), then every unverified row's code.

    python3 scripts/catalogue_table.py            # print the markdown
    python3 scripts/catalogue_table.py --check    # exit 1 if README.md's copy is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.catalogue import load_catalogue  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- catalogue-table:begin -->", "<!-- catalogue-table:end -->"
METRICS = ["gdp_yoy", "gdp_qoq", "cpi_yoy", "core_cpi_yoy", "unemployment_rate", "policy_rate", "pmi",
           "bond_yield_10y", "debt_to_gdp", "exports_yoy", "current_account_to_gdp", "industrial_production_yoy"]


def family(code: str, provider: str) -> str:
    if provider == "worldbank":
        return "WB"
    prov, dataset = code.split("/")[:2]
    if prov == "IMF":
        return "WEO" if dataset.startswith("WEO") else dataset.split(":")[0]
    if prov == "OECD":
        return "OECD"
    return {"Eurostat": "Eurostat", "BIS": "BIS", "BEA": "BEA", "BLS": "BLS", "NBS": "NBS"}.get(prov, prov)


def table() -> str:
    cat = load_catalogue()
    metrics = [m for m in METRICS if any(s.metric == m for s in cat.series)]
    metrics += sorted({s.metric for s in cat.series} - set(metrics))
    lines = ["| economy | " + " | ".join(f"`{m}`" for m in metrics) + " |",
             "|---|" + "---|" * len(metrics)]
    for economy in cat.economies:
        cells = []
        for m in metrics:
            rows = cat.lookup(m, economy)
            cells.append(", ".join(f"{family(s.code, s.provider)}{'' if s.verified else '?'}" for s in rows) or "-")
        lines.append(f"| {economy} | " + " | ".join(cells) + " |")
    unverified = [s for s in cat.series if not s.verified]
    lines += ["", f"Each cell lists the rows tried in order; `?` marks a row not yet verified "
              f"({len(unverified)} of {len(cat.series)} rows). The unverified codes:", ""]
    lines += [f"- {s.economy} `{s.metric}`: `{s.code}`" for s in unverified]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if README.md's copy differs")
    args = ap.parse_args()
    text = table()
    if not args.check:
        print(text)
        return 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    try:
        current = readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    except IndexError:
        print(f"README.md has no {BEGIN} ... {END} block", file=sys.stderr)
        return 1
    if current != text.strip():
        print("README.md's catalogue table is out of date: run python3 scripts/catalogue_table.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
