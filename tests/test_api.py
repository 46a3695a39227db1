"""The Python API and the spaCy component, on real notes."""

import gc
from importlib.metadata import entry_points

import pytest
import spacy

from inviteslint import Analyzer, Facts, analyze
from inviteslint.engine import NoteTooLong, lasting
from inviteslint.pipeline import ModelNotFound

NOTES = [
    ("I'd like to add you to my professional network on LinkedIn.\n- Priya", "default"),
    ("", "default"),
    ("Hi, I came across your profile and would like to expand my network.", "default"),
    (
        "Hi Laura, we help e-commerce brands cut ad spend by 30%. Grab a time here: "
        "calendly.com/growthwithmike/15min",
        "sales",
    ),
    (
        "Hi Meera, congrats on your promotion to Head of Operations at Clearwater Health! Our "
        "software cuts scheduling time in half. Would you be open to a quick demo next week?",
        "sales",
    ),
    (
        "Hello Ingrid, I attended your talk at NDC Oslo on event sourcing pitfalls. I have a question "
        "about snapshotting that I'd love to ask if you have a minute.",
        "personalized",
    ),
    (
        "Hey Nico! It's been ages since our Deloitte days in Barcelona. Saw your new role at Glovo, "
        "congrats. Let's catch up soon!",
        "personalized",
    ),
]


@pytest.mark.parametrize(("text", "label"), NOTES)
def test_analyze_labels_real_notes(text, label):
    report = analyze(text)
    assert report.label == label, report.reason
    assert set(report.scores) == {"specificity", "honesty", "length", "pitch", "overall"}
    assert all(0 <= v <= 100 for v in report.scores.values())
    assert 0.5 <= report.confidence <= 0.99
    assert report.decided_by


def test_analyze_finding_spans_point_at_the_flagged_words():
    text = "Hi %FIRSTNAME%, I came across your profile. Book a call: calendly.com/acme/intro"
    report = analyze(text)
    spans = {f.code: text[f.start : f.end] for f in report.findings}
    assert spans["PIT009"] == "%FIRSTNAME%"
    assert spans["DEF004"] == "came across your profile"
    assert spans["PIT002"] == "calendly.com/acme/intro"
    for f in report.findings:
        assert f.code and f.severity in {"info", "warning", "error"} and f.message and f.suggestion


def test_analyze_scores_separate_good_and_bad_notes():
    good = analyze(
        "Hi Elena, great meeting you at PyData Berlin yesterday. I'd love to ask how your "
        "team versions its feature store."
    )
    bad = analyze("Hi, I help founders get 20+ qualified leads a month. Book a call: calendly.com/x/15")
    assert good.scores["specificity"] > bad.scores["specificity"]
    assert good.scores["pitch"] < bad.scores["pitch"]
    assert good.scores["overall"] > bad.scores["overall"] + 30


def test_analyze_claims_are_judged_against_facts():
    text = "Hi Maria, great meeting you at PyCon last week! I'd love to ask about your talk."
    unverified = analyze(text)
    assert [c["verdict"] for c in unverified.claims] == ["unverified"]
    assert "CLM001" in unverified.codes()
    supported = analyze(text, Facts(relationship="met", met_at="PyCon US"))
    assert [c["verdict"] for c in supported.claims] == ["supported"]
    assert supported.scores["honesty"] == 100
    wrong_place = analyze(text, Facts(relationship="met", met_at="RustConf"))
    assert "CLM002" in wrong_place.codes()
    never_met = analyze(text, {"relationship": "none"})
    assert "CLM002" in never_met.codes()
    assert never_met.scores["honesty"] < supported.scores["honesty"]


def test_analyze_wrong_recipient_name_tolerates_accents_and_short_forms():
    text = "Hi Jose, loved your talk on Kafka at QCon."
    assert "CLM004" not in analyze(text, Facts(to="José Luis Pérez")).codes()
    assert "CLM004" not in analyze("Hi Alex, loved your talk.", Facts(to="Alexandra Smith")).codes()
    assert "CLM004" in analyze(text, Facts(to="Maria Lopez")).codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mike here from Brightwell - loved your talk on Kafka at QCon.",
        "Hej Hanna här, du kom ut till oss i Umeå när kalven låg fel. Tack!",
        "Hoi, Sanne hier. Bedankt voor je lezing over warmtepompen in Zwolle.",
    ],
)
def test_the_senders_own_name_after_a_greeting_is_no_wrong_recipient_name(text):
    assert "CLM004" not in analyze(text, Facts(to="Jane Doe")).codes()


def test_analyze_rejects_input_far_longer_than_any_note():
    with pytest.raises(NoteTooLong):
        analyze("x" * 100_001)


def test_analyze_rejects_unknown_relationship():
    with pytest.raises(ValueError, match="unknown relationship"):
        Facts(relationship="cousin")


def test_analyze_limit_is_configurable():
    text = "Hi Sam, " + "your talk on compilers at Strange Loop was brilliant. " * 5
    assert "LEN001" not in analyze(text).codes()
    assert "LEN001" in analyze(text, limit=200).codes()
    assert Analyzer(limit=200).analyze(text).scores["length"] < 100


def test_analyzer_analyze_many_streams_in_order_and_matches_analyze(analyzer):
    texts = [text for text, _ in NOTES] * 3
    streamed = list(analyzer.analyze_many((t, i) for i, t in enumerate(texts)))
    assert [ctx for _, ctx in streamed] == list(range(len(texts)))
    for report, i in streamed:
        single = analyzer.analyze(texts[i])
        assert report.to_dict() == single.to_dict()


def test_pipeline_component_works_in_a_users_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("inviteslint", config={"limit": 200})
    doc = nlp("Hi %FIRSTNAME%, we help companies like yours streamline payroll. Can we set up a demo?")
    assert doc._.inviteslint.label == "sales"
    assert {span.label_ for span in doc.spans["inviteslint"]} >= {"PIT009", "PIT003"}


def test_pipeline_factory_is_registered_as_a_spacy_entry_point():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "inviteslint" in names


def test_pipeline_uses_entities_of_a_trained_pipeline(tmp_path):
    # A pipeline with an entity recogniser stands in for an installed trained pipeline.
    trained = spacy.blank("en")
    ruler = trained.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "acme"}, {"LOWER": "robotics"}]}])
    trained.to_disk(tmp_path / "pipeline")
    text = "i watched the demo day at acme robotics and wanted to say hello."
    with_ents = Analyzer(model=str(tmp_path / "pipeline")).analyze(text)
    blank = analyze(text)
    assert "SPC103" in {s["code"] for s in with_ents.signals}
    assert "SPC103" not in {s["code"] for s in blank.signals}


def test_pipeline_missing_trained_model_names_the_install_command():
    with pytest.raises(ModelNotFound, match="python -m spacy download en_core_web_nonexistent"):
        Analyzer(model="en_core_web_nonexistent")


def test_the_analyzers_input_is_the_docs_extension_value(analyzer):
    from inviteslint.facts import Facts

    doc = analyzer._doc("Hi Ana, great talk at PyCon.", Facts(relationship="met"), 120)
    assert doc._.inviteslint_input.facts.relationship == "met" and doc._.inviteslint_input.limit == 120


@pytest.mark.parametrize("collecting", [True, False])
def test_a_lasting_build_is_frozen_and_leaves_the_collector_as_it_was(collecting):
    if not collecting:
        gc.disable()
    try:
        with lasting():
            assert not gc.isenabled()
            analyzer = Analyzer()
        assert gc.isenabled() is collecting
        walked = gc.get_objects()  # frozen objects are in no generation the collector walks
        assert not any(o is analyzer.nlp or o is analyzer.nlp.vocab for o in walked)
        note = "Hi Ana, your talk at PyCon on typing was great. Could I ask you about the benchmarks?"
        assert analyzer.analyze(note).label == "personalized"
    finally:
        gc.enable()
        gc.unfreeze()


def test_word_counts_in_messages_read_as_english():
    messages = {f.code: f.message for f in analyze("Thanks!").findings}
    assert messages["LEN002"] == "The note has 1 word; that is too short to carry a reason."
    messages = {f.code: f.message for f in analyze("Hi Ana, we met at PyCon").findings}
    assert messages["LEN002"].startswith("The note has 6 words;")
