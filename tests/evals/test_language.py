"""A draft the checker cannot read is said once, as not checked (evals/language.py, rule S001)."""

from __future__ import annotations

import json
import subprocess
import sys

from evals import check
from evals.language import other_language
from marketdesk.models import EvidenceBundle
from tests.conftest import ROOT

# An Austrian agency's close of the Budapest market, as published (holdout125); made-up figures.
GERMAN = ("Die Budapester Börse hat am Freitag mit Verlusten geschlossen. Der Leitindex BUX fiel um 0,40 Prozent "
          "auf 40.170,66 Punkte. Das Handelsvolumen belief sich auf 13,5 Mrd. Forint. Die Aktien der OTP Bank "
          "legten um 0,7 Prozent zu, nachdem die Bank im vierten Quartal den Nettogewinn um 13 Prozent gesteigert "
          "hatte. Die Papiere von MOL gaben hingegen nach und schlossen mit einem Minus von 0,9 Prozent. Auch "
          "Richter und Magyar Telekom wurden gehandelt, wobei sich die Kurse nur wenig bewegten.")
ENGLISH = ("The Budapest stock exchange closed lower on Friday. The BUX index fell 0.40 percent to 40,170.66 points, "
           "with turnover of 13.5 billion forints. Shares of OTP Bank rose 0.7 percent after the bank said its "
           "fourth-quarter net profit was up 13 percent, while MOL fell 0.9 percent. Richter and Magyar Telekom "
           "were little changed. Traders said the market was waiting for the central bank's decision, which is due "
           "next week, and for the inflation data that the statistics office will publish on Tuesday.")
BUNDLE = EvidenceBundle.model_validate({
    "as_of": "2019-03-01", "entities": [{"name": "BUX"}],
    "facts": [{"id": "bux", "entity": "BUX", "metric": "price_change", "value": -0.4, "unit": "%", "period": "2019-03-01",
               "source": "article:test"}]})


def test_a_draft_in_german_is_reported_once_as_not_checked():
    findings = check(GERMAN, BUNDLE).findings
    assert [(f.code, f.kind, f.severity, f.start) for f in findings] == [("S001", "unchecked_language", "error", None)]
    assert "German" in findings[0].message


def test_english_copy_with_foreign_names_and_phrases_is_checked():
    assert other_language(ENGLISH) is None
    text = ENGLISH + " Der Spiegel called it a quiet day; 'Die Börse schläft', one trader said."
    assert other_language(text) is None
    kinds = [f.kind for f in check(ENGLISH.replace("fell 0.40", "rose 0.40"), BUNDLE).findings]
    assert "wrong_direction" in kinds and "unchecked_language" not in kinds  # read, figure by figure


def test_too_short_to_tell_is_read_as_english():
    assert other_language("Der BUX fiel um 0,40 Prozent auf 40.170,66 Punkte.") is None


def test_other_languages_are_named():
    spanish = ("El peso mexicano cerró con una ganancia de 0.02 por ciento frente al dólar, según datos del Banco de "
               "México, en una jornada en la que los mercados estuvieron atentos a las cifras de empleo de Estados "
               "Unidos y a los comentarios de los funcionarios de la Reserva Federal sobre el rumbo de las tasas de "
               "interés para el próximo año, que según los analistas podría ser de recortes graduales.")
    assert other_language(spanish) == "Spanish"
    dutch = ("De AEX-index sloot vrijdag 0,4 procent lager op 812,5 punten. Het aandeel ASML verloor 1,2 procent, "
             "terwijl Philips bij de hoogste stijgers was met een winst van 2,1 procent. Volgens handelaren was er "
             "weinig nieuws, maar de beleggers bleven voorzichtig voor de rentebeslissing van de ECB die volgende week "
             "wordt verwacht, en het volume was ook laag.")
    assert other_language(dutch) == "Dutch"
    turkish = ("Borsa \u0130stanbul'da BIST 100 endeksi g\u00fcn\u00fc y\u00fczde 1,2 d\u00fc\u015f\u00fc\u015fle 9.850 "
               "puandan tamamlad\u0131. Bankac\u0131l\u0131k endeksi y\u00fczde 2,1 de\u011fer kaybederken, holding endeksi "
               "y\u00fczde 0,8 geriledi. Dolar/TL ise 32,40 seviyesinden i\u015flem g\u00f6rd\u00fc ve bu hafta i\u00e7in "
               "piyasalar Merkez Bankas\u0131 karar\u0131n\u0131 bekliyor, analistlere g\u00f6re faiz sabit tutulacak ve bir "
               "sonraki toplant\u0131 i\u00e7in beklentiler ise de\u011fi\u015fmedi.")
    assert other_language(turkish) == "Turkish"


def test_the_cli_exits_1_on_a_draft_it_cannot_read(tmp_path):
    (tmp_path / "draft.md").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "evidence.json").write_text(BUNDLE.model_dump_json(), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "eval", str(tmp_path / "draft.md"), "--evidence",
                        str(tmp_path / "evidence.json"), "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert [f["kind"] for f in out["findings"]] == ["unchecked_language"]
