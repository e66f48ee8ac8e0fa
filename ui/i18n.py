"""Languages: Simplified Chinese is the source language of every string; English is a translation.

Data model: every user-visible string is written in Chinese inside ``tr()`` (context = the widget
class), ``QCoreApplication.translate(context, ...)`` or ``QT_TRANSLATE_NOOP(context, ...)``.
``pyside6-lupdate`` collects them into resources/i18n/branchdesk_en.ts (the English translations
live in that file), and ``pyside6-lrelease`` compiles it to branchdesk_en.qm, which is loaded at
run time. Qt's own strings (确定/取消 on standard buttons, context menus) come from Qt's bundled
qtbase_zh_CN.qm. Chinese needs no application translator at all: the source text IS Chinese.

The chosen language is remembered per PC (QSettings key ``ui/language``) and can be switched at run
time: installing or removing a translator makes Qt send a LanguageChange event to every widget,
whose ``retranslateUi()`` then re-reads its texts. common.i18n (the Qt-free translation of the
domain and the command line, common.messages.text) follows every switch made here.

    python -m ui.i18n --update     re-collect strings (ui/, common/, ledger/, archive/, main.py)
                                   and recompile the .qm
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QT_TRANSLATE_NOOP, QTranslator

from common import i18n as common_i18n
from common.paths import project_root, resource

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
SETTINGS_KEY = "ui/language"
TS_FILE = "branchdesk_en.ts"
QM_FILE = "branchdesk_en.qm"

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("Roles", "客服专员"),
    "finance": QT_TRANSLATE_NOOP("Roles", "财务"),
    "manager": QT_TRANSLATE_NOOP("Roles", "经理"),
    "admin": QT_TRANSLATE_NOOP("Roles", "管理员"),
}

# Translators currently installed; kept referenced so Python does not collect them, and so a
# switch can remove exactly what it installed. With each, the bytes of its .qm file: Qt reads a
# translator loaded from memory in place, so they must live as long as it is installed.
_installed: list[QTranslator] = []
_installed_data: list[bytes] = []
_current = DEFAULT_LANGUAGE


def role_name(role: str) -> str:
    """A role in the user's language (客服专员, Clerk...)."""
    source = ROLE_NAMES.get(role)
    return QCoreApplication.translate("Roles", source) if source else role


def translations_dir() -> Path:
    return resource("i18n")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    return _current


def saved_language() -> str:
    from ui.app import ui_settings

    value = ui_settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def resolve_language(lang: str | None) -> str:
    """An explicit choice (command line) wins over the remembered one; Chinese by default."""
    if lang in LANGUAGES:
        return lang
    return saved_language()


def install(lang: str) -> bool:
    """Install the translators for ``lang`` on the running application, replacing the previous
    ones. Returns False when a translation file is missing (the UI then stays in Chinese, which is
    readable, rather than failing to start)."""
    global _current
    assert lang in LANGUAGES, lang
    uninstall()
    complete = True
    if lang == "zh":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        complete = _load("qtbase_zh_CN", qt_translations_dir())
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        complete = _load(QM_FILE, str(translations_dir()))
    _current = lang
    common_i18n.reload()  # read the .qm again, as Qt's translator just did
    common_i18n.set_language(lang)
    _relocalise_widgets()
    return complete


def _relocalise_widgets() -> None:
    """Give every open window the new default locale.

    A widget copies QLocale() when it is created and keeps it: without this, a calendar built
    before a switch to English keeps Chinese month and weekday names, and number or date formats
    keep the old language. unsetLocale() re-resolves a window's locale from the new default and
    sends LocaleChange down to every child that has no locale of its own.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")  # not imported: no widgets (the command line)
    if widgets is None or not isinstance(QCoreApplication.instance(), widgets.QApplication):
        return
    for window in widgets.QApplication.topLevelWidgets():
        if window.locale() != QLocale():
            window.unsetLocale()


def uninstall() -> None:
    """Remove the translators this module installed (before the application object goes)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _installed_data.clear()
    common_i18n.set_language(DEFAULT_LANGUAGE)  # Qt now answers with the (Chinese) source texts


def _load(name: str, folder: str) -> bool:
    # Read into memory: a .qm loaded by file name is mapped by Qt, and that file written again
    # while the program runs (a program update, `--update`) would crash it (SIGBUS) at the next
    # translated text. tests/test_ui_i18n_load.py.
    path = Path(folder) / (name if name.endswith(".qm") else f"{name}.qm")
    try:
        data = path.read_bytes()
    except OSError:
        return False
    translator = QTranslator()
    if not translator.load(data, folder):  # the folder: where a catalog's dependencies are found
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _installed_data.append(data)
    return True


def set_language(lang: str) -> None:
    """Switch the running UI and remember the choice for the next start."""
    from ui.app import ui_settings

    install(lang)
    settings = ui_settings()
    settings.setValue(SETTINGS_KEY, lang)
    settings.sync()


def install_cli_translator(lang: str | None) -> None:
    """Translate the command line's messages (main.py --lang en).

    Qt installs translators only on an application object, so a QCoreApplication is created here
    if none exists; ``ui.app.create_app`` replaces it with a QApplication when the GUI starts.
    """
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if QCoreApplication.instance() is None:
        global _cli_app
        _cli_app = QCoreApplication([sys.argv[0] if sys.argv else "branchdesk"])
    install(lang)


_cli_app = None


# -- maintaining the translation files ------------------------------------------------------------

def source_files() -> list[Path]:
    """Every file whose strings are translated: the UI package, the domain packages (their message
    templates and labels, marked with common.i18n.QT_TRANSLATE_NOOP) and the command line."""
    root = project_root()
    files = sorted(p for package in ("ui", "common", "ledger", "archive") for p in (root / package).rglob("*.py")
                   if "__pycache__" not in p.parts and "migrations" not in p.parts)
    main = root / "main.py"
    if main.exists():
        files.append(main)
    return files


def _tool(name: str) -> str:
    # The console scripts live next to the interpreter in a venv; fall back to PATH.
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def run_lupdate(ts_path: Path, *, drop_obsolete: bool = True) -> str:
    """Collect the strings of ``source_files()`` into ``ts_path`` (keeping existing
    translations). Returns lupdate's report."""
    root = project_root()
    args = [_tool("pyside6-lupdate")]
    args += [str(p.relative_to(root)) for p in source_files()]
    args += ["-source-language", "zh_CN", "-target-language", "en", "-locations", "none"]
    if drop_obsolete:
        args.append("-no-obsolete")
    args += ["-ts", str(ts_path)]
    import subprocess  # here, not at the top: every start imports this module, only --update runs tools

    done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts_path: Path, qm_path: Path) -> str:
    import subprocess

    done = subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], capture_output=True, text=True, check=True
    )
    return done.stdout + done.stderr


# main.py's helper ``tr(text)`` translates in the context "cli", but lupdate files a bare tr()
# call outside a class under the empty context. The update renames between the two around the
# lupdate run, so existing English survives the merge and the .qm matches what main.py looks up.
CLI_CONTEXT = "cli"
_EMPTY_CONTEXT_TAG = "<name></name>"
_CLI_CONTEXT_TAG = f"<name>{CLI_CONTEXT}</name>"


def _rename_context(ts_path: Path, old: str, new: str) -> None:
    if ts_path.exists():
        text = ts_path.read_text(encoding="utf-8")
        if old in text:
            ts_path.write_text(text.replace(old, new), encoding="utf-8")


def update() -> str:
    folder = translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    ts_path = folder / TS_FILE
    _rename_context(ts_path, _CLI_CONTEXT_TAG, _EMPTY_CONTEXT_TAG)
    try:
        report = run_lupdate(ts_path)
    finally:
        _rename_context(ts_path, _EMPTY_CONTEXT_TAG, _CLI_CONTEXT_TAG)
    report += run_lrelease(ts_path, folder / QM_FILE)
    return report


def ts_messages(ts_path: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for every message of a .ts file."""
    import xml.etree.ElementTree as ElementTree  # our own file, written by lupdate

    messages = []
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            finished = kind not in ("unfinished", "obsolete", "vanished") and bool(text)
            messages.append((name, message.findtext("source") or "", text, finished))
    return messages


def apply_translations(ts_path: Path, english: dict[str, str]) -> int:
    """Fill in English for the given Chinese source texts (in every context). Returns how many
    messages changed. Used by ``--translations FILE.json`` so each engineer translates their own
    strings without hand-editing the XML.

    A message with a disambiguation (``translate(context, text, "short header")``) is filled only
    by the key ``"text|short header"``: its English differs on purpose (a narrow column's "Part no."
    against "Part number" everywhere else) and must not be overwritten by the plain key."""
    import xml.etree.ElementTree as ElementTree  # our own file, written by lupdate

    tree = ElementTree.parse(ts_path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if message.findtext("comment"):
            source = f"{source}|{message.findtext('comment')}"
        if source not in english:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        if translation.text != english[source] or translation.get("type"):
            translation.text = english[source]
            translation.attrib.pop("type", None)
            changed += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


class _Lock:
    """Several engineers may update the one .ts file at once; take turns."""

    def __enter__(self):
        self.handle = open(translations_dir() / ".update.lock", "w")
        try:
            import fcntl

            fcntl.flock(self.handle, fcntl.LOCK_EX)
        except ImportError:  # Windows: no concurrent updaters to fear there
            pass
        return self

    def __exit__(self, *exc):
        self.handle.close()


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m ui.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="run lupdate over ui/, common/, ledger/, archive/ and main.py, then lrelease")
    parser.add_argument("--translations", help="a JSON file {Chinese source: English} to fill in after the update")
    args = parser.parse_args(argv)
    if not args.update:
        parser.print_help()
        return 2
    with _Lock():
        print(update())
        if args.translations:
            ts_path = translations_dir() / TS_FILE
            english = json.loads(Path(args.translations).read_text(encoding="utf-8"))
            print(f"{apply_translations(ts_path, english)} translations filled in")
            print(run_lrelease(ts_path, translations_dir() / QM_FILE))
    untranslated = [(c, s) for c, s, _, done in ts_messages(translations_dir() / TS_FILE) if not done]
    for context, source in untranslated:
        print(f"untranslated [{context}] {source}")
    return 1 if untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
