"""The sender's own colleague or friend is someone else: "my colleague Tom said…" claims that Tom
knows the recipient, not that the sender worked with them. Every note here was written for these
tests."""

import pytest

from inviteslint import Facts
from inviteslint.facts import RELATIONSHIPS


def _claims(analyzer, text):
    report = analyzer.analyze(text, Facts(relationship="none"))
    return [(c["kind"], c["verdict"]) for c in report.claims], report.all_codes()


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, my colleague Arun said you rebuilt the tenant portal at Clarion Housing last year.",
        "Hi Bea, my former colleague Lena Ortiz suggested I ask you about grant reporting.",
    ],
)
def test_a_named_colleague_who_knows_the_recipient_is_a_mutual_claim(analyzer, text):
    claims, codes = _claims(analyzer, text)
    assert claims == [("mutual", "unverified")]
    assert "CLM002" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Loved your talk on cold storage. Happy to connect you with my colleague who runs our freezer fleet.",
        "My colleague and I both used your open-source chart library for the flood maps.",
    ],
)
def test_the_senders_colleague_alone_is_no_claim_about_the_recipient(analyzer, text):
    claims, codes = _claims(analyzer, text)
    assert claims == []
    assert not codes & {"CLM001", "CLM002"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hello my friend, I have an exciting opportunity to share with you.", "friend"),
        ("Hi Sam, my friend! It has been far too long.", "friend"),
        ("As my former colleague at Brightlane you know how I work.", "colleague"),
        ("You were my colleague at the Harbour Trust for three years.", "colleague"),
    ],
)
def test_a_friend_or_colleague_addressed_is_still_a_claim(analyzer, text, kind):
    claims, codes = _claims(analyzer, text)
    assert claims == [(kind, "contradicted")]
    assert "CLM002" in codes


@pytest.mark.parametrize(
    "text",
    [
        "Hi Bea, my colleague Arun said you rebuilt the tenant portal at Clarion Housing last year.",
        "Hi Bea, our mutual friend Arun suggested I reach out about the tenant portal.",
        "Hi Bea, great to meet you at the Clarion Housing open day on Friday!",
        "Hi Bea, as a former colleague from Clarion I'd love to reconnect.",
    ],
)
def test_an_unverified_claims_suggestion_names_only_a_relationship_the_cli_takes(analyzer, text):
    found = [f for f in analyzer.analyze(text).findings if f.code == "CLM001"]
    assert found
    for finding in found:
        words = finding.suggestion.rstrip(".").split()
        if "--relationship" in words:
            assert words[words.index("--relationship") + 1] in RELATIONSHIPS
        else:
            assert "person you name" in finding.suggestion


def test_one_relationship_said_twice_in_a_sentence_is_one_claim(analyzer):
    report = analyzer.analyze("Hi Bea, our mutual friend Arun suggested I reach out about the tenant portal.")
    assert [c["kind"] for c in report.claims] == ["mutual"]
    two = analyzer.analyze("Hi Bea, our mutual friend Arun says hi. He suggested I reach out about it.")
    assert [c["kind"] for c in two.claims] == ["mutual", "mutual"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, loved your thread on prepping for client calls. Your client call checklist is on my wall.",
        "Hi Ana, we help studios like yours grow their client base with referral cards. Quick chat?",
    ],
)
def test_their_clients_things_claim_no_business_with_the_sender(analyzer, text):
    assert "CLM001" not in analyzer.analyze(text).all_codes()


def test_having_been_their_client_is_a_business_claim(analyzer):
    report = analyzer.analyze("Hi Ana, I was your client at the Leeds studio in 2021 and still use the logo.")
    assert [c["kind"] for c in report.claims] == ["business"], report.claims
