"""English keeps the keyboard: a Chinese text with a mnemonic (记录回访(&R)) has an English
translation with exactly one mnemonic too (&Record callback), so Alt+letter works in English."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "branchdesk_en.ts"
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;)(?=\S)")  # "&X"; not "&&" (a literal &) nor "&nbsp;"


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def messages(ts: Path = TS):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def without_one_mnemonic(ts: Path = TS) -> list[str]:
    missing = []
    for context, source, translation in messages(ts):
        if translation is None or translation.get("type") in ("vanished", "obsolete") or not mnemonics(source):
            continue
        if mnemonics(translation.text or "") != 1:
            missing.append(f"[{context}] {source} -> {translation.text}")
    return missing


def test_every_english_translation_of_a_mnemonic_text_has_one_mnemonic():
    missing = without_one_mnemonic()
    assert not missing, "\n".join(missing)


def test_a_translation_that_lost_its_mnemonic_is_found(tmp_path):
    # The file as it would be with 回访登记(&C) translated "Record callback" (the defect reported).
    text = TS.read_text(encoding="utf-8")
    assert "<translation>Record &amp;callback</translation>" in text
    broken = tmp_path / "en.ts"
    broken.write_text(text.replace("<translation>Record &amp;callback</translation>",
                                   "<translation>Record callback</translation>"), encoding="utf-8")
    assert without_one_mnemonic(broken) == ["[CallbacksPanel] 回访登记(&C) -> Record callback"]


def test_the_rule_reads_ampersands_as_qt_does():
    assert mnemonics("记录回访(&R)") == 1 and mnemonics("&Record callback") == 1
    assert mnemonics("Parts && labour") == 0 and mnemonics("Record callback") == 0
    assert mnemonics("&nbsp;放假&nbsp;") == 0 and mnemonics("Re&sult:") == 1
