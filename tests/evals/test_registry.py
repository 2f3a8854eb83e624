from evals.docgen import DOCS, pages
from evals.registry import all_rules
from marketdesk.models import Finding


def test_every_contract_kind_has_one_stable_code():
    kinds = Finding.model_fields["kind"].annotation.__args__
    rules = all_rules()
    assert sorted(r.kind for r in rules) == sorted(kinds)
    assert [r.code for r in rules] == ["G001", "G002", "G003", "G004", "G005", "M001", "M002", "M003", "M004", "S001"]


def test_rule_pages_match_the_docstrings():
    for name, text in pages().items():
        assert (DOCS / name).read_text("utf-8") == text, f"run `python -m evals.docgen` to refresh {name}"
