"""The command line's strings keep their English across translation updates.

ui.i18n files main.py's bare ``tr("...")`` (lupdate: the empty context) under "cli" by renaming
the context around the lupdate run. A literal string that names the "cli" context itself
(``QT_TRANSLATE_NOOP("cli", "...")``) is filed by lupdate under a "cli" that does not exist during
the run, so every update marked it untranslated again and test_ui_i18n went red for whoever ran
the update next. Such strings use a literal ``tr("...")`` instead.
"""
import re

from ui.i18n import source_files

LITERAL_IN_CLI_CONTEXT = re.compile(r"""(?:QT_TRANSLATE_NOOP|translate)\(\s*["']cli["']\s*,\s*[rbuf]*["']""")


def test_no_source_names_the_cli_context_with_a_literal_string():
    offenders = []
    for path in source_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if LITERAL_IN_CLI_CONTEXT.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
