"""Taking part in the same named thing ("I also coach in the Eastside league", "I help out there
too"), the pastimes and fields that fit anyone, and the same words opening a pitch. Every note here
was written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hi Keisha, I also sing with the Hackney Community Choir, in the altos two rows behind you. "
        "Would you share the warm-up you led?",
        "Hello Bram, I volunteer at Open Kitchen Utrecht on Fridays as well. The new rota you drew up "
        "saves us an hour, thank you.",
        "Hi Ines, I saw your name on the organisers' page for PyLadies Porto. I help out there too, "
        "mostly with the workshops. Good to connect.",
    ],
)
def test_taking_part_in_a_named_group_too_is_a_shared_context(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Greg, I also play tennis. Let's connect!",
        "Hi Greg, I mentor graduates too and love seeing people grow. Happy to connect.",
        "Hi Greg, I also volunteer whenever I get the chance. Would love to connect.",
    ],
)
def test_a_pastime_with_nothing_named_is_not(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Hi Marta, I also coach at Riverside Rowing Club! I run a sports physio franchise and "
            "we're opening in your area - could we book a 20-minute call?",
            {"PIT001", "PIT003"},
        ),
        (
            "Hi Jon, saw you ran the Leeds 10K too! I have 4 spots open in my strength plan for "
            "runners this month, here's the link if you want to grab one: strongstride.co/plan",
            {"PIT004", "PIT013"},
        ),
        (
            "Hi Priti, I help out at Southwark Food Bank too. I'm a mortgage broker as well, so if "
            "you or anyone you know is buying this year, I'd love to help.",
            {"PIT003", "PIT015"},
        ),
    ],
)
def test_a_pitch_opened_with_a_shared_group_is_still_a_pitch(analyzer, text, codes):
    report = analyzer.analyze(text)
    assert codes <= set(report.all_codes())
    assert report.label == "sales", report.reason


def test_their_edits_are_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Aron, your edits to the Wikipedia article on Szeged's tram network were careful and well "
        "sourced. I'm writing the one on its buses and would like to ask how you found the timetables."
    )
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ben, I noticed you work in fintech. I'm also in fintech. Let's connect!",
        "Hi Ben, I'm also a marketer. Let's connect!",
        # A field in capitals, and a company named only in the next clause.
        "Hi Ben, I'm also in B2B payments and have been impressed by what Adyen is building. Let's connect!",
    ],
)
def test_also_in_a_field_or_a_job_fits_anyone(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" not in report.all_codes()
    assert report.label == "default", report.reason


def test_also_in_a_named_group_is_a_shared_context(analyzer):
    report = analyzer.analyze(
        "Hi Ama, I'm also in the Women Who Code Leeds chapter and your lightning talk on pairing "
        "stuck with me."
    )
    assert "SPC102" in report.all_codes()
    assert report.label == "personalized", report.reason


def test_listening_to_them_on_a_podcast_is_their_work(analyzer):
    report = analyzer.analyze(
        "Hi Maya, I listened to you on the Software Engineering Daily episode about feature flags. "
        "The bit about flag debt made me audit ours."
    )
    assert "SPC101" in report.all_codes()
    assert report.label == "personalized", report.reason
