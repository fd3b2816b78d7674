"""The four-hundred-and-twelfth held-out set: 14 letters (letters/heldout412) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Pension Benefit Guaranty
Corporation e-mail acknowledging an appeal with its appeal number and day of receipt and extending the time to decide
it by ten working days; a National Security Agency appeal decision (PDF) affirming Exemptions 1 and 3 on Kosovo-era
signals intelligence reports; a Federal Communications Commission Memorandum Opinion and Order in Word granting in
part an application for review of an Enforcement Bureau FOIA decision (14 pages released, 23 still withheld under
Exemption 4) with a page table; a Consumer Product Safety Commission appeal reversing an Exemption 5 withholding of a
staff briefing package voted on and published; a Natural Resources Conservation Service appeal remanding a wetland
determination request to the Iowa State Office for a new search; a Federal Election Commission letter closing an
appeal because the requester has sued; a New Hampshire Right-to-Know Ombudsman's findings and order (PDF) granting a
complaint in part (docket only); an Oregon Attorney General's public records order granting a petition in part; a
Missouri State Highway Patrol production in Word after a Cole County Circuit Court judgment, with a page table; a
Railroad Retirement Board e-mail confirming a withdrawal reached with OGIS's assistance; a Maritime Administration
e-mail asking whether the requester still wants the records, with a reply date; a District of Columbia Mayor's Office
of Legal Counsel appeal decision upholding the Metropolitan Police Department; a U.S. Agency for Global Media fifth
interim production in FOIA litigation (PDF); and a Headquarters Marine Corps release after the Navy's appellate
authority granted an appeal in part. Written blind and committed before the rules were run on them.

- d01-pbgc-appeal-ack.eml: PBGC Office of the General Counsel, appeal 2027-A-0009 of disclosure request 2026-003187,
  received December 2, 2026; 10 more working days to decide it (unusual circumstances).
- d02-nsa-appeal-affirmed.pdf: NSA/CSS FOIA/PA Appeal Authority, appeal 5604 of FOIA case 121873, denied: Exemption 1
  and Exemption 3 (18 U.S.C. 798, 50 U.S.C. 3024(i)(1), 50 U.S.C. 3605) affirmed.
- d03-fcc-application-for-review-partly.docx: FCC 26-94, FOIA Control No. 2026-000741, application for review granted
  in part: 14 pages to be released in full, 23 still withheld in full under Exemption 4.
- d04-cpsc-appeal-reversed.txt: CPSC Office of the General Counsel, appeal 27-A-0011 of request 26-F-01873, granted:
  the 19 pages withheld under Exemption 5 to be released without redaction.
- d05-nrcs-appeal-remanded.txt: NRCS, appeal 2027-NRCS-00031-A of request 2026-NRCS-04187-F, remanded to the Iowa
  State Office for a new search of the area and field offices.
- d06-fec-appeal-closed-lawsuit.txt: FEC, appeal 2027-04A of FOIA Request 2026-217 closed without decision because the
  requester filed suit on the same records.
- d07-nh-rko-findings-and-order.pdf: New Hampshire Right-to-Know Ombudsman, Docket No. 2026-047, Town of Marlow Harbor:
  settlement agreement and invoices to be provided, investigator's report exempt under RSA 91-A:5, IV.
- d08-or-ag-public-records-order.txt: Oregon Attorney General's order on a petition about ODF request 2026-PRR-0412,
  granted in part: fire cause report withheld under ORS 192.345(3), cost recovery letters released with ORS
  192.355(2)(a) redactions.
- d09-mo-mshp-release-after-judgment.docx: Missouri State Highway Patrol, Sunshine Request No. 26-SL-04187, 146 pages
  produced after a circuit court judgment (a table), redactions under Sections 610.100.3 and 610.035, RSMo.
- d10-rrb-withdrawn-after-ogis.eml: RRB, request RRB-26-0214 withdrawn and closed after a call facilitated by OGIS.
- d11-marad-still-interested.eml: MARAD "still interested?" e-mail on request MARAD-2026-000318, reply by January 20,
  2027.
- d12-dc-molc-appeal-decision.txt: D.C. Mayor's Office of Legal Counsel, FOIA Appeal 2027-0187 of MPD request
  2026-FOIA-07413, MPD upheld under D.C. Official Code 2-534(a)(3)(A)(i), (a)(2) and (a)(3)(C).
- d13-usagm-litigation-production.pdf: USAGM fifth interim production in litigation on request 26-0419, 500 pages
  reviewed, 204 in full, 96 in part, 29 withheld in full, Exemptions 5 and 6.
- d14-usmc-release-after-appeal.txt: Headquarters Marine Corps release on DON-USMC-2026-004187 after the appellate
  authority's decision, 41 pages released (12 in full, 29 in part), 6 withheld in full, Exemptions 5, 6 and 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 PBGC appeal acknowledgement: PBGC's FOIA pages (appeals "through the Disclosure Office, with the Office of the
  General Counsel", Disclosure@pbgc.gov, 445 12th Street SW), https://pal.pbgc.gov/app/MainPage.aspx, and 29 C.F.R.
  part 4901 (extensions for appeals), http://print.casetext.com/federal-register/examination-and-copying-of-pbgc-records-2
  and http://federal.elaws.us/cfr/title29.part4901.section4901.14
- d02 NSA appeal decision: Section 6 of Public Law 86-36 as an Exemption 3 statute,
  https://cetient.com/case/372453/the-founding-church-of-scientology-of-washington-d-c-inc-v-national-security-agency
  and https://foia.wiki/wiki/Exemption_3, with the DoD component appellate authorities of 32 C.F.R. 286.11,
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals
- d03 FCC application for review: the Commission's Memorandum Opinions and Orders on FOIA applications for review ("In
  the Matter of ... On Request for Inspection of Records", "FOIA Control No.", "we grant in part and deny in part"),
  https://docs.fcc.gov/public/attachments/FCC-06-74A1.txt, https://docs.fcc.gov/public/attachments/FCC-12-35A1.txt
  and https://docs.fcc.gov/public/attachments/FCC-09-83A1.txt
- d04 CPSC appeal reversed: 16 C.F.R. part 1015 (appeals decided by the General Counsel),
  https://thefederalregister.org/82-FR/37004 and https://checkoutapi.com/regulations/16/1015.3
- d05 NRCS remand: NRCS's FOIA appeal page (state and national headquarters decisions),
  https://www.nrcs.usda.gov/wps/portal/nrcs/detail/national/about/?cid=stelprdb1186412, and USDA's FOIA regulations,
  https://regulations.justia.com/regulations/fedreg/2019/10/21/2019-22896.html
- d06 FEC appeal closed for litigation: an appeal to the FEC under 11 C.F.R. 4.8 ("FOIA Request 2014-38", MURs, First
  General Counsel's Reports), https://ifs.org/expert-analysis/freedom-of-information-act-appeal, and the lawsuit that
  followed, https://ifs-site.mysitebuild.com/cases/center-for-competitive-politics-v-federal-election-commission
- d07 New Hampshire Right-to-Know Ombudsman: the office's docket and practice ("2023-001: In Re: NH Department of
  Transportation-1", RSA 91-A:7-b, in camera delivery of records),
  https://www.nhmunicipal.org/town-city-article/legal-qa-right-know-law-ombudsman-%E2%80%93-update and
  https://www.nhpr.org/nh-news/2023-03-21/how-to-new-hampshire-right-to-know-91a-ombudsman-public-records-government-transparency
- d08 Oregon Attorney General's order: ORS 192.427 (orders granting or denying a petition in part, seven days to
  comply), https://oregonstateauthority.com/laws/state_statute/192.427/, the Attorney General's summaries of public
  records orders,
  https://www.doj.state.or.us/oregon-department-of-justice/public-records/attorney-generals-public-records-and-meetings-manual/appendix-e/,
  and https://blog.alankessler.law/appealing-oregon-public-records-denials-from-state-agencies/
- d09 Missouri State Highway Patrol after a judgment: the Attorney General's Sunshine Law booklet (Sections 610.100
  and 610.035, RSMo), https://pdfslide.us/documents/missouri-sunshine-law.html and
  https://docslib.org/doc/13642932/the-sunshine-law
- d10 RRB withdrawal after OGIS: the supplemental and OGIS-assisted letters of earlier sets, and the RRB's FOIA Library
  and request formats as federal FOIA pages print them.
- d11 MARAD still interested: the still-interested letters of earlier sets, with the DOT headquarters address and
  MARAD's FOIA office as DOT's FOIA pages give them.
- d12 D.C. Mayor's Office of Legal Counsel: 1 DCMR 412 (appeals to the Mayor, judicial review in the Superior Court),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/district-of-columbia-administrative-code/title-1-mayor-and-executive-agencies/chapter-1-4-freedom-of-information/rule-1-412-review-of-denials,
  and the Coalition's note on the Mayor's FOIA appeal decisions,
  https://dcogc.org/blog/decisions-by-the-mayor-on-d-c-foia-appeals-now-more-accessible/
- d13 USAGM litigation production: the litigation productions of earlier sets (productions under a court's minute
  order, Bates numbers, questions to the Assistant United States Attorney).
- d14 Marine Corps release after appeal: 32 C.F.R. 701.12 (the JAG and the DON General Counsel as appellate
  authorities), http://laws9.com/cfr/text/32/701/12, and the releases after an appeal of earlier sets (Secret
  Service, USMS).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2bd8c2cf: 10 of 14 fully right. Wrong were:
- d03 (d03-fcc-application-for-review-partly.docx): kinds ['final_determination'] != ['appeal_decision']; date {None} !=
  2026-12-09; pages_released 72 != 14; pages_withheld 60 != 23
- d06 (d06-fec-appeal-closed-lawsuit.txt): kinds ['tracking_number'] != ['appeal_decision']; appeal_number None !=
  '2027-04A'; outcome None != 'other'
- d09 (d09-mo-mshp-release-after-judgment.docx): exemptions None != ['RSMo § 610.100.3', 'RSMo § 610.035']
- d12 (d12-dc-molc-appeal-decision.txt): outcome 'full_grant' != 'denied'; exemptions None != ['D.C. Official Code §
  2-534(a)(3)(A)(i)', 'D.C. Official Code § 2-534(a)(2)', 'D.C. Official Code § 2-534(a)(3)(C)']
After general fixes (d03: the Federal Communications Commission's order on an Application for Review, its FOIA appeal,
read as an appeal decision: "By this Memorandum Opinion and Order, we grant in part and deny in part an Application for
Review filed by ...", dated by its "Adopted: December 8, 2026  Released: December 9, 2026" line the day it was
released, its pages upheld in full read from "The remaining 23 pages, which consist of traffic data ..., were properly
withheld in their entirety under Exemption 4"; d06: an appeal left undecided because the requester sued: "the
Commission will not adjudicate your administrative appeal, and appeal 2027-04A is closed"), 12 of 14.

After general fixes (what the appellant asserts is no finding of the office, the verb in the second person as well:
"You assert that the Metropolitan Police Department ("MPD") improperly withheld records ...", so that "we uphold MPD's
decision and your appeal is hereby dismissed" decides it, denied, with the grounds it upholds; an item of a list of
what was redacted, a paragraph of no marker that closes on its law, is read under the withholding that introduced it:
"the Patrol has redacted the following information from the records:" / "Social Security numbers and dates of birth of
the persons named in the records, under Section 610.035, RSMo."), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, kinds_and_outcomes, letter_date, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout412"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- An appeal closed, or left undecided, because the requester sued -------------------------------------------------


@pytest.mark.parametrize("closing", [
    # d06's wording
    "Because the same records and the same withholdings are now before the court, the Commission will not adjudicate "
    "your administrative appeal, and appeal 2027-04A is closed.",
    "Because your client has filed suit over these records, this office will not decide your appeal.",
    "As the request is now the subject of litigation, Appeal No. A-2027-00318 has been closed.",
])
def test_an_appeal_left_undecided_for_a_lawsuit_is_decided_other(closing: str) -> None:
    body = ("This letter concerns the administrative appeal that you filed on October 22, 2026. On December 3, 2026, "
            f"you filed a complaint in the United States District Court seeking the same records. {closing}")
    assert kinds_and_outcomes(body) == [(EventKind.APPEAL_DECISION, Outcome.OTHER)]


@pytest.mark.parametrize("rule", [
    # The near misses: the rule quoted, and a closing to come under a condition, decide nothing
    "An appeal ordinarily will not be adjudicated if the request becomes a matter of FOIA litigation.",
    "If you file a lawsuit, this office will not adjudicate your appeal.",
])
def test_the_rule_on_appeals_in_litigation_decides_no_appeal(rule: str) -> None:
    body = f"We received your appeal on November 2, 2026. {rule}"
    assert EventKind.APPEAL_DECISION not in [kind for kind, _ in kinds_and_outcomes(body)]


# --- The Federal Communications Commission's order on an Application for Review --------------------------------------


@pytest.mark.parametrize(("ruling", "outcome"), [
    # d03's wording
    ("By this Memorandum Opinion and Order, we grant in part and deny in part an Application for Review filed by the "
     "Aldergrove Media Accountability Project of a decision by the Enforcement Bureau.", Outcome.PARTIAL_GRANT),
    ("ACCORDINGLY, IT IS ORDERED that the Application for Review filed by Jane Roe IS DENIED.", Outcome.DENIED),
    ("For the reasons above, we deny the application for review and affirm the Bureau's decision.", Outcome.DENIED),
])
def test_an_order_on_an_application_for_review_is_an_appeal_decision(ruling: str, outcome: Outcome) -> None:
    body = f"Jane Roe filed a timely Application for Review on September 24, 2026. {ruling}"
    assert kinds_and_outcomes(body) == [(EventKind.APPEAL_DECISION, outcome)]


def test_the_right_to_file_an_application_for_review_is_no_appeal() -> None:
    # The near miss: a bureau's own answer telling the requester how to seek review
    body = ("We located 40 pages, which are enclosed in full. You may file an application for review with the "
            "Commission's Office of General Counsel within 90 calendar days.")
    assert [kind for kind, _ in kinds_and_outcomes(body)] == [EventKind.FINAL_DETERMINATION]


def test_the_remaining_pages_found_properly_withheld_in_full_are_withheld() -> None:
    body = ("We grant in part and deny in part an Application for Review filed by Jane Roe. We direct the Bureau to "
            "release those 14 pages to Jane Roe in full. The remaining 23 pages, which consist of traffic data, were "
            "properly withheld in their entirety under Exemption 4.")
    event = events_in(body)[0]
    assert (event.pages_released, event.pages_withheld) == (14, 23)


# --- A commission's order dated the day it was released --------------------------------------------------------------


@pytest.mark.parametrize(("line", "day"), [
    # d03's wording
    ("Adopted: December 8, 2026          Released: December 9, 2026", "2026-12-09"),
    ("Decided: November 30, 2026    Issued: December 2, 2026", "2026-12-02"),
])
def test_an_order_is_dated_the_day_it_was_released(line: str, day: str) -> None:
    text = (f"Federal Communications Commission\n\nMEMORANDUM OPINION AND ORDER\n\n{line}\n\n"
            "By the Commission:\n\n1. ...")
    assert letter_date(text) == day


def test_a_day_the_order_takes_effect_is_not_its_date() -> None:
    # The near miss: the second day is not the order's release
    text = ("Federal Communications Commission\n\nMEMORANDUM OPINION AND ORDER\n\n"
            "Adopted: December 8, 2026          Effective: January 9, 2027\n\nBy the Commission:\n\n1. ...")
    assert letter_date(text) != "2027-01-09"


APPEALS_OFFICE = "Mayor's Office of Legal Counsel"


@pytest.mark.parametrize("body", [
    # d12: the appellant's assertion recited, the agency upheld and the appeal dismissed
    "RE: FOIA Appeal 2027-0187\n\nYou assert that the Department improperly withheld records in response to your "
    "request.\n\nTherefore, we uphold the Department's decision and your appeal is hereby dismissed.",
    "RE: FOIA Appeal 2027-0187\n\nYou claim that the Agency wrongly withheld the report.\n\nWe affirm the Agency's "
    "decision.",
    "RE: FOIA Appeal 2027-0187\n\nYou maintain that the Office unlawfully denied your request for the file.\n\n"
    "Accordingly, the denial is affirmed.",
])
def test_what_the_appellant_asserts_was_improperly_withheld_is_no_reversal(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body, head=APPEALS_OFFICE)] == [
        (EventKind.APPEAL_DECISION, Outcome.DENIED)]


def test_the_office_finding_records_improperly_withheld_still_reverses() -> None:
    """The near miss: the office's own finding, no one's assertion, reverses."""
    body = "RE: FOIA Appeal 2027-0187\n\nWe conclude that the Department improperly withheld the recordings."
    assert [(e.kind, e.outcome) for e in events_in(body, head=APPEALS_OFFICE)] == [
        (EventKind.APPEAL_DECISION, Outcome.FULL_GRANT)]


REDACTED_AS_LISTED = ("The Department is releasing 40 pages of records with redactions. The Department has redacted "
                      "the following information from the records:\n\n{}\n\n{}\n\nNo fee is charged.")


@pytest.mark.parametrize(("first", "second", "codes"), [
    # d09: paragraphs of no marker, each what was taken out and the law it was taken out under
    ("Social Security numbers and dates of birth of the persons named in the records, under Section 610.035, RSMo.",
     "Information that is reasonably likely to pose a clear and present danger to the safety of a witness, under "
     "Section 610.100.3, RSMo.", ["RSMo § 610.035", "RSMo § 610.100.3"]),
    ("Names and home addresses of crime victims, pursuant to RCW 42.56.240(2).",
     "Driver's license numbers, under Gov't Code § 552.130.", ["RCW 42.56.240(2)", "Gov't Code § 552.130"]),
    # ... the list going on after it with a sentence of no withholding, which adds nothing
    ("Personal information that would identify witnesses who were interviewed, under 5 ILCS 140/7(1)(c).",
     "Incident reports are open records under Section 610.100.2, RSMo.", ["5 ILCS 140/7(1)(c)"]),
])
def test_an_unmarked_item_of_what_was_redacted_names_its_law_at_its_end(first: str, second: str,
                                                                        codes: list[str]) -> None:
    assert exemptions_in(REDACTED_AS_LISTED.format(first, second)) == codes


@pytest.mark.parametrize("first", [
    # The near misses: a sentence that says what is open under a law, or where to appeal under one, is no item.
    "Incident reports are open records under Section 610.100.2, RSMo.",
    "You may appeal this decision under Section 610.027, RSMo.",
])
def test_a_sentence_of_its_own_after_the_lead_is_no_redaction(first: str) -> None:
    assert exemptions_in(REDACTED_AS_LISTED.format(first, "The Department did not redact any other information.")) == []
