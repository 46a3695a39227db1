"""Property tests: analyze never raises, and every span lies inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inviteslint.scoring import LABELS

FRAGMENTS = [
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi ",
    "%FIRSTNAME%",
    "{first_name}",
    "calendly.com/x/15",
    " we met at ",
    "PyCon",
    "!!!",
    "🚀",
    "\n",
    "- Tom",
    "haven't met",
    "as a friend",
    "I help founders",
    "$499",
    "30%",
    "your talk",
    "CONGRATS",
    "https://a.io https://b.io",
    "[Name]",
    "  ",
    "\u00a0",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=25).map("".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_analyze_never_raises_and_spans_are_inside_the_text(analyzer, text):
    report = analyzer.analyze(text)
    assert report.label in LABELS
    assert all(0 <= v <= 100 for v in report.scores.values())
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
    for s in report.signals:
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"]
