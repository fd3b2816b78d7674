"""The two-hundred-and-seventy-first held-out set: 14 letters about appeals and reviews with mixed outcomes
(letters/heldout271), eight federal and six from state reviewers and agencies: a DOJ Office of Information Policy
e-mail acknowledging an appeal from a DEA response; an OIP decision (PDF) remanding an ATF request for a further search
and affirming the Exemption 6 and 7(C) withholdings; an ICE Office of the Principal Legal Advisor e-mail remanding an
appeal for new searches; a USDA APHIS appeal decision in Word reversing a fee waiver denial and upholding Exemptions 4
and 6 ("granted in part and denied in part"); an Interior Solicitor's decision finding a Fish and Wildlife Service
no-records search adequate; a Postal Service General Counsel decision (PDF) affirming in part and reversing in part,
with 23 pages released on appeal; an FBI release after OIP's remand (PDF, "112 pages were reviewed and 87 pages are
being released", 25 withheld in full); a DHS Office of the General Counsel appeal acknowledgement that only mentions
the ten-day extension the FOIA permits; a Nebraska Attorney General petition decision (PDF) upholding a withholding
under § 84-712.05(5) and finding the fee estimate improper; an Indiana Public Access Counselor advisory opinion finding
a violation; a Pennsylvania Office of Open Records final determination in Word "granted in part, denied in part, and
dismissed as moot in part"; an Arkansas Attorney General opinion under A.C.A. § 25-19-105(c)(3)(B) finding the
custodian's decision consistent with the FOIA in part and inconsistent in part; a Michigan county board of
commissioners' FOIA appeal decision e-mail upholding one denial and reversing two, 12 pages enclosed; and an Illinois
State Police supplemental response e-mail after a Public Access Counselor determination, 37 pages with redactions.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 OIP acknowledgement: OIP's acknowledgement formula ("This is to advise you that your administrative appeal from
  the action of ... was received by this Office on ...", "we have adopted a general practice of assigning appeals in
  the approximate order of receipt"), as in the letters of earlier sets, and OIP's appeal page
  https://www.justice.gov/oip/submit-and-track-request-or-appeal (quoted in FBI letters).
- h02 OIP remand and affirmance: DOE OHA and OIP decisions granting an appeal in part and remanding for a search,
  http://energy.gov/oha/downloads/fia-12-0039-matter-national-security-archive and
  https://www.energy.gov/oha/downloads/fia-18-0033-matter-national-security-archive, and OIP's stock paragraphs ("If
  ATF locates additional responsive records, it will send them to you directly, subject to any applicable fees. You may
  appeal any future adverse determination"), https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- h03 ICE remand: ICE OPLA remand letters as quoted on MuckRock ("determined that new search(es) or modifications to
  the existing search(es) could be made ... remanding your appeal to the ICE FOIA Office for processing and
  re-tasking"), and 6 C.F.R. § 5.8; no page with the text was found by the search in the time available, the formula is
  from the earlier sets' ICE remands.
- h04 USDA APHIS appeal: 7 C.F.R. § 1.14 (appeal responses reviewed by OGC for legal sufficiency),
  https://www.fs.usda.gov/about-agency/foia/appeals and https://webharvest.gov/congress115th/20190109213021/https://www.ascr.usda.gov/foia-appeal,
  and USDA's tracking format (2019-DA-00132-FP) on
  https://www.muckrock.com/foi/united-states-of-america-10/one-email-per-organizational-unit-dated-2019-04-20-department-of-agriculture-75106/
- h05 Interior appeal on a search: DOI's appeal page (appeals questioning the adequacy of the search),
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- h06 USPS appeal: Handbook AS-353 4-4.29 ("the General Counsel may affirm, affirm in part, reverse, or reverse in
  part"), https://about.usps.com/handbooks/as353/as353c4_039.htm
- h07 FBI release after remand: the FBI release letter of earlier sets (checked exemption boxes, "N pages were
  reviewed and N pages are being released", deleted page information sheets) and the FOIPA letters on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- h08 DHS appeal acknowledgement: the DHS/ICE acknowledgement ("the FOIA does permit a 10-day extension of this time
  period"), http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and 6 C.F.R. § 5.8.
- h09 Nebraska AG: the AG's petition process ("you may petition the Attorney General to determine if the records
  were properly withheld ... or whether any fees estimated ... are authorized by statute"),
  https://ago.nebraska.gov/open-government and https://ago.nebraska.gov/public_records/statutes
- h10 Indiana PAC: the advisory opinion layout of earlier sets (Ind. Code § 5-14-5-10) and APRA § 5-14-3-1, -3, -4.
- h11 Pennsylvania OOR: Commonwealth Court opinions reciting OOR final determinations,
  https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor and
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor, and the OOR's outcomes (granted, moot, denied),
  https://openrecordspennsylvania.com/2016/03/17/873-appeals-granted-withdrawn-or-found-moot-in-2015
- h12 Arkansas AG: A.C.A. § 25-19-105(c)(1) and (c)(3)(B) (the AG's opinion on whether a custodian's decision is
  consistent with the FOIA); no opinion page found in the time available, written from the statute.
- h13 Michigan county appeal: MCL 15.240 (the public body's head decides within 10 business days; circuit court within
  180 days) and the Michigan appeal letters of earlier sets.
- h14 Illinois State Police: 5 ILCS 140/7(1)(b), (c), 9.5 and 11 and the Illinois letters of earlier sets.
OGIS closing letters, named in the theme, were left out: OGIS is no party to the request, and no event kind fits
its closing of a case.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h04 (USDA APHIS, Word): exemptions (b)(6) only, without the (b)(4) upheld under its own heading: "Exemption 4 protects
  commercial or financial information ... 5 U.S.C. § 552(b)(4). ... APHIS properly withheld this information."
- h09 (Nebraska Attorney General, PDF): a fee estimate of $412.00 and a final determination, with File No. 26-R-147
  taken for a tracking number, instead of an appeal decision granted in part: "This letter is in response to your
  petition received by this office on November 18, 2026, in which you requested that we review the response of the City
  of Grand Island" with "We have determined that the City properly withheld the investigative records under Neb. Rev.
  Stat. § 84-712.05(5), but that its fee estimate for the emails was improper." (the $412.00 is the City's estimate
  the decision finds unlawful).
- h10 (Indiana Public Access Counselor): a final determination denied under IC 5-14-3-4(b)(6), without the complaint
  number, instead of an appeal decision in the requester's favour: "Re: Formal Complaint 26-FC-288; Alleged Violation of
  the Access to Public Records Act by the Town of Clarkston Creek" and "it is the opinion of the Public Access Counselor
  that the Town of Clarkston Creek violated the Access to Public Records Act by denying access to the separation and
  settlement agreement."
- h11 (Pennsylvania OOR, Word): the exemption as "65 P.S. § 67.708(b)(16)(ii)", the clause quoted for its wording,
  instead of the section the records were held exempt under: "The Department has met its burden of proving that the
  supplemental reports are exempt under Section 708(b)(16)."
- h12 (Arkansas Attorney General opinion): nothing proposed: "In my opinion, the custodian's decision is consistent
  with the FOIA in part and inconsistent in part." (Opinion No. 2026-141; the withholding under A.C.A. §
  25-19-105(c)(1) "is consistent with the FOIA at this time").
- h13 (Michigan county board, e-mail): exemptions without MCL 15.243(1)(a), under which the 12 pages released on appeal
  are redacted: "Twelve (12) pages of the supervisor's review are enclosed, released with the redaction of inmate
  medical information under MCL 15.243(1)(a)."
- h14 (Illinois State Police, e-mail): an appeal decision (full grant) with the PAC's number, instead of the agency's
  own supplemental response releasing 37 pages with redactions under 5 ILCS 140/7(1)(c) and 7(1)(b): "This letter
  supplements the Illinois State Police's (ISP) August 18, 2026, response" and "Enclosed please find 37 pages of
  responsive records."
After general fixes, 14 of 14: a finding that an agency "violated" the law, written as the opinion of the office named
between ("it is the opinion of the Public Access Counselor that the Town violated ...") or with the law's whole name
("violated the Access to Public Records Act by denying", "violated the Public Records Statutes when it conditioned");
a requester's petition "received" or "filed", and an opinion the requester "requested" of the attorney general, make a
review; a file number in a caption that names the requester as petitioner, appellant or complainant is the review's;
an opinion that a custodian's decision is "consistent" or "inconsistent" with the law (Arkansas's A.C.A. §
25-19-105(c)(3)(B)) decides, either way or in part; a subsection pin-cited after the law's words gives way to the
section applied by its number in the act's own numbering ("exempt under Section 708(b)(16)"), also where a heading runs
into the sentence that describes the law; an affirmance that points back to "this information" upholds the exemption
named in the sentence before; a redaction's ground named after what it takes out ("released with the redaction of
inmate medical information under MCL 15.243(1)(a)") is applied in what a decision releases; and a review body's decision
recalled in the agency's own later release ("On November 16, 2026, the Public Access Bureau issued a determination
letter concluding that ...") is no appeal decision.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references

SET = "heldout271"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _decision(body: str) -> tuple[object, object, tuple[str, ...]]:
    """(kind, outcome, exemptions) of the one event proposed for *body*."""
    [event] = events_in(body)
    return event.kind, event.outcome, event.exemptions


@pytest.mark.parametrize(("body", "outcome"), [
    # an opinion whose author is named between "opinion" and "that"
    ("This advisory opinion is in response to your formal complaint. Based on the foregoing, it is the opinion of the "
     "Public Access Counselor that the Town of Eastfield violated the Access to Public Records Act by denying access "
     "to the agreement.", Outcome.FULL_GRANT),
    ("This advisory opinion is in response to your formal complaint. It is the opinion of this office that the County "
     "Sheriff violated the Act by failing to respond within a reasonable time.", Outcome.FULL_GRANT),
    # the law named in full after "violated"
    ("This letter responds to your petition received by this office on May 2, 2026. We conclude that the Village "
     "violated the Public Records Statutes when it charged for the attorney's review.", Outcome.FULL_GRANT),
    ("This letter responds to your petition received by this office on May 2, 2026. The City violated the Open "
     "Meetings and Records Law by withholding the minutes. The City did not violate the law when it withheld the "
     "personnel evaluations.", Outcome.PARTIAL_GRANT),
])
def test_a_violation_found_under_the_law_named_in_full(body: str, outcome: Outcome) -> None:
    assert _decision(body)[:2] == (EventKind.APPEAL_DECISION, outcome)


def test_a_violation_alleged_is_no_finding() -> None:
    # The near miss: what the complaint alleges, the law named in full.
    body = ("This advisory opinion is in response to your formal complaint alleging that the Town violated the Access "
            "to Public Records Act by denying access to the agreement. The Town responded on May 2, 2026.")
    assert all(event.outcome != Outcome.FULL_GRANT for event in events_in(body))


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    ("You have requested my opinion, under A.C.A. § 25-19-105(c)(3)(B)(i), on whether the custodian's decision is "
     "consistent with the FOIA. In my opinion, the custodian's decision to withhold the evaluation under A.C.A. § "
     "25-19-105(c)(1) is consistent with the FOIA.", Outcome.DENIED, ("Ark. Code Ann. § 25-19-105(c)(1)",)),
    ("You have asked for my opinion on whether the custodian's decision to release the records is consistent with the "
     "FOIA. In my opinion, the custodian's decision to withhold the termination letter is inconsistent with the "
     "FOIA.", Outcome.FULL_GRANT, ()),
    ("You have requested my opinion on the custodian's decision. In my opinion, the decision is consistent with the "
     "Act in part and inconsistent in part.", Outcome.PARTIAL_GRANT, ()),
])
def test_an_opinion_that_a_custodians_decision_squares_with_the_law_or_not(
        body: str, outcome: Outcome, exemptions: tuple[str, ...]) -> None:
    assert _decision(body) == (EventKind.APPEAL_DECISION, outcome, exemptions)


def test_the_question_whether_a_decision_is_consistent_decides_nothing() -> None:
    # The near miss: the question the opinion answers, and the requester's right to ask it.
    body = ("The custodian has decided to release the records. You may request my opinion on whether the custodian's "
            "decision is consistent with the FOIA.")
    assert all(event.kind != EventKind.APPEAL_DECISION for event in events_in(body))


@pytest.mark.parametrize(("text", "references"), [
    ("RE: File No. 26-R-147; City of Grand Island; Jane Roe, Petitioner\n\nOn October 2 you asked the City for records "
     "(City reference PRR 26-0388).", [("26-R-147", True), ("PRR 26-0388", False)]),
    ("Re: Case No. 26-0441, John Doe, Appellant, v. Eastfield School District\n\n"
     "Your request (No. 2026-118) was denied.", [("26-0441", True), ("2026-118", False)]),
    # The near miss: a case number with no party named after it is the request's.
    ("Re: Case No. 26-0441; records of the Eastfield School District\n\nThank you for your request.",
     [("26-0441", False)]),
])
def test_a_file_number_in_a_caption_naming_the_requester_as_a_party_is_the_reviews(
        text: str, references: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == references


@pytest.mark.parametrize("body", [
    "This letter is in response to your petition received by this office on May 2, 2026. We conclude that the Board "
    "did not violate the Act when it withheld the report.",
    "We have reviewed your petition filed on May 2, 2026. We conclude that the Board did not violate the Act when it "
    "withheld the report.",
])
def test_a_petition_received_or_filed_makes_a_review(body: str) -> None:
    assert _decision(body)[:2] == (EventKind.APPEAL_DECISION, Outcome.DENIED)


@pytest.mark.parametrize(("body", "exemptions"), [
    # the section applied by its number in the act's own numbering, the subsection only pin-cited after its words
    ("The report relates to a criminal investigation Section 708(b)(16) of the RTKL exempts from disclosure records "
     "relating to a criminal investigation, including \"investigative materials.\" 65 P.S. § 67.708(b)(16)(ii). The "
     "Township has met its burden of proving that the report is exempt under Section 708(b)(16). Accordingly, the "
     "appeal is denied.", ("65 P.S. § 67.708(b)(16)",)),
    ("Section 552.130 of the Government Code provides that information relating to a motor vehicle operator's license "
     "is excepted from public release. Gov't Code § 552.130(a). The license numbers are withheld under section "
     "552.130. "
     "The remaining information is released.", ("Gov't Code § 552.130",)),
    # The near miss: the subsection itself applied.
    ("The report relates to a criminal investigation Section 708(b)(16) of the RTKL exempts from disclosure records "
     "relating to a criminal investigation, including \"investigative materials.\" 65 P.S. § 67.708(b)(16)(ii). The "
     "report is exempt under Section 708(b)(16)(ii). Accordingly, the appeal is denied.",
     ("65 P.S. § 67.708(b)(16)(ii)",)),
])
def test_a_pin_cite_after_the_laws_words_gives_way_to_the_section_applied(
        body: str, exemptions: tuple[str, ...]) -> None:
    assert tuple(exemptions_in(body)) == exemptions


@pytest.mark.parametrize(("body", "exemptions"), [
    ("I have considered your appeal. Exemption 4 protects commercial or financial information. 5 U.S.C. § 552(b)(4). "
     "APHIS properly withheld this information. The withholding of the names under Exemption 5 is reversed, and they "
     "will be released to you. Your appeal is granted in part and denied in part.", ("(b)(4)",)),
    ("I have considered your appeal. The Bureau redacted the pricing under Exemption 4, 5 U.S.C. § 552(b)(4). That "
     "material was properly withheld. The withholding of the memoranda under Exemption 5 is reversed, and they will be "
     "released to you. For these reasons, I am affirming in part and reversing in part the Bureau's decision.",
     ("(b)(4)",)),
])
def test_an_affirmance_pointing_back_to_this_information(body: str, exemptions: tuple[str, ...]) -> None:
    assert tuple(exemptions_in(body)) == exemptions


def test_this_information_reversed_is_not_upheld() -> None:
    # The near miss: the same pointing back, reversed.
    body = ("I have considered your appeal. The Bureau redacted the pricing under Exemption 4, 5 U.S.C. § 552(b)(4). "
            "That information was improperly withheld, and the Bureau will release it. Your appeal is granted.")
    assert "(b)(4)" not in exemptions_in(body)


@pytest.mark.parametrize(("body", "exemptions"), [
    ("Your appeal is upheld in part and reversed in part. The denial of the incident reports under MCL 15.243(1)(b)(i) "
     "is UPHELD. The denial of the review is REVERSED. Twelve (12) pages of the review are enclosed, released with the "
     "redaction of inmate medical information under MCL 15.243(1)(a).", ("MCL 15.243(1)(b)(i)", "MCL 15.243(1)(a)")),
    ("Your appeal is upheld in part and reversed in part. The denial of the incident reports under MCL 15.243(1)(b)(i) "
     "is UPHELD. The denial of the review is REVERSED. The review is enclosed, with the deletion of home addresses "
     "and telephone numbers pursuant to MCL 15.243(1)(a).", ("MCL 15.243(1)(b)(i)", "MCL 15.243(1)(a)")),
])
def test_the_ground_of_a_redaction_named_with_what_it_takes_out(body: str, exemptions: tuple[str, ...]) -> None:
    assert tuple(exemptions_in(body)) == exemptions


@pytest.mark.parametrize("body", [
    "This letter supplements our August 18, 2026 response to your request. On November 16, 2026, the Public Access "
    "Bureau issued a determination letter concluding that the Department improperly withheld the report. Enclosed "
    "please find 37 pages of responsive records, redacted under 5 ILCS 140/7(1)(c).",
    "This letter supplements our earlier response. As you know, the Office of Information Policy previously issued a "
    "decision remanding your request for a further search. Enclosed please find 12 pages of records located in that "
    "search, released in full.",
])
def test_a_review_recalled_in_the_agencys_release_is_no_appeal_decision(body: str) -> None:
    assert [event.kind for event in events_in(body)] == [EventKind.FINAL_DETERMINATION]


def test_a_review_bodys_own_decision_on_a_date_is_still_one() -> None:
    # The near miss: the review body's own decision, not recalled.
    body = ("This letter responds to your appeal received on November 2, 2026. The Department improperly withheld the "
            "report, and the appeal is granted.")
    assert [event.kind for event in events_in(body)] == [EventKind.APPEAL_DECISION]
