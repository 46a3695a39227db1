"""A check of two more shapes across the languages: a student asking how the recipient got into
their field, which fits anyone in that field and read `personalized` in five languages where English
reads it as a career ask; and someone who sent the sender, unread in English and Portuguese when
told in more words. Every note here was written for these tests; each holds with the rules alone."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Hola Rita, estudio Enfermería en Granada y me gustaría saber cómo llegaste a la UCI pediátrica.",
        "Cześć Rita, studiuję pielęgniarstwo w Lublinie i chciałabym zapytać, jak trafiłaś do pediatrii.",
        "Hej Rita, jag pluggar till sjuksköterska i Umeå och undrar hur du kom in på barnintensiven.",
        "Hej Rita, jeg læser til sygeplejerske og vil gerne høre, hvordan du kom ind på børneafdelingen.",
        "Hei Rita, jeg studerer sykepleie i Tromsø og lurer på hvordan du kom inn i barneintensiv.",
        "Hallo Rita, ich studiere Pflege und würde gern wissen, wie du zur Kinderintensiv gekommen bist.",
        "Hoi Rita, ik studeer verpleegkunde en vraag me af hoe je op de kinder-IC bent terechtgekomen.",
    ],
)
def test_how_they_got_into_their_field_asked_by_a_student_is_a_career_ask(analyzer, text):
    report = analyzer.analyze(text)
    assert "PIT018" in report.all_codes(), report.all_codes()
    assert report.label == "default", report.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Rita, Tom Okafor suggested I write to you about the night-shift rota pilot at the Royal.",
        "Olá Rita, a Joana Reis sugeriu que lhe escrevesse sobre o projeto das escalas noturnas.",
    ],
)
def test_someone_who_sent_the_sender_is_a_shared_tie(analyzer, text):
    report = analyzer.analyze(text)
    assert "SPC102" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason


@pytest.mark.parametrize(
    "text",
    [
        # A job ad is what every applicant cites.
        "Hi Tom, I saw your post about the Payroll Analyst opening and it caught my eye. I have four years "
        "in payroll and am exploring opportunities in Leeds. Would love to connect.",
        # What a profile shows: a kind of project, and where.
        "Hi Tom, I came across your profile and noticed your work leading data initiatives at Ocado. I'm "
        "exploring new opportunities in data engineering - would you be open to a chat?",
        # The sender's own years, in German, beside a career ask.
        "Hallo Frau Brandt, ich bin aktiv auf der Suche nach neuen Möglichkeiten als Data Engineer. Ich habe "
        "zwei Zertifizierungen (2022 & 2024) und arbeite bei Zalando. Hätten Sie kurz Zeit?",
    ],
)
def test_a_job_seekers_note_built_on_a_job_ad_or_a_profile_is_default(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" not in report.all_codes(), report.all_codes()
    assert report.label == "default", (report.reason, report.all_codes())


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, your post about the role of payroll teams in fraud detection was spot on - we caught the "
        "same pattern at Boots last year.",
        "Hi Tom, your work leading the Leeds flood-defence data project got our street insured again. "
        "Thank you!",
    ],
)
def test_a_post_on_a_role_and_one_project_named_stay_their_work(rules_only, text):
    report = rules_only.analyze(text)
    assert "SPC101" in report.all_codes(), report.all_codes()
    assert report.label == "personalized", report.reason
