"""The progress line: on a terminal only, rows and a rate, gone when the run ends."""

import io
import sys

from inviteslint.bulk import _progress_bar


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_rows_on_a_terminal(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    with _progress_bar(False) as show:
        show(1234)
        show(2000, "3/8 partitions")
    assert "2,000 rows" in screen.getvalue() and "3/8 partitions" in screen.getvalue()


def test_progress_is_silent_when_quiet_or_not_a_terminal(monkeypatch):
    for screen, quiet in [(Terminal(), True), (io.StringIO(), False)]:
        monkeypatch.setattr(sys, "stderr", screen)
        with _progress_bar(quiet) as show:
            show(10)
        assert screen.getvalue() == ""
