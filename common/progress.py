"""A progress bar for long commands (the million-line demo) on a terminal.

On a terminal the bar is redrawn in place; into a file or a pipe a line is written at every tenth,
so a log shows progress without thousands of lines. Texts come from the caller, already translated.
"""
from __future__ import annotations

import sys
import time

WIDTH = 30


class TerminalBar:
    def __init__(self, label: str, detail: str = "", stream=None):
        """``detail`` is a format string for the text after the bar ({done}, {total} and any
        keyword given to ``update``)."""
        self.label, self.detail = label, detail
        self.stream = stream or sys.stdout
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.perf_counter()
        self.tenths_shown = -1

    def update(self, done: int, total: int, **facts) -> None:
        share = done / total if total else 1.0
        tenths = int(share * 10)
        if not self.live and tenths == self.tenths_shown:
            return
        self.tenths_shown = tenths
        filled = int(share * WIDTH)
        text = "  {} [{}{}] {:3.0f}%  {}  {:.0f} s".format(
            self.label, "#" * filled, "-" * (WIDTH - filled), share * 100,
            self.detail.format(done=done, total=total, **facts), time.perf_counter() - self.started)
        if self.live:
            self.stream.write("\r" + text + ("\n" if done >= total else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
