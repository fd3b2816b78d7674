"""The three-hundred-and-thirty-sixth held-out set: 14 letters (letters/heldout336) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: an OSD/JS appeals e-mail acknowledging
an appeal with its case number and day of receipt; a Department of the Air Force appeal decision memorandum (PDF)
affirming Exemption 5 and remanding the search to a wing; a Social Security Administration letter reversing a
no-records answer and remanding the request for a new search; a Treasury Departmental Offices letter closing an appeal
as untimely; a Department of Education e-mail closing an appeal as premature because no determination was yet made;
an NLRB appeal decision in Word upholding the adequacy of a search, with a table of where it searched; a Department of
Commerce e-mail (decision attached as PDF) granting a fee-waiver appeal on a Census Bureau request; a FEMA supplemental
release (PDF) after a remand, with pages released and withheld; a North Dakota Attorney General open records opinion
finding a police department violated the law (docket only); a Connecticut Freedom of Information Commission final
decision (PDF) ordering records released with some personal details redacted (docket only); a Kentucky Attorney
General open records decision e-mailed with the decision attached as PDF, finding no violation in a no-records answer
(docket only); a Framingham Police Department release in Word after a Supervisor of Records determination; an Ohio
Court of Claims entry adopting a special master's report and ordering records produced (docket only); and a GSA appeal
closed as moot after the agency answered. Written blind and committed before the rules were run on them.

- e01-dod-osdjs-appeal-ack.eml: OSD/JS appeal 27-A-0112-A1 acknowledged, received November 16, 2026.
- e02-af-appeal-partly-remand.pdf: Air Force appeal 2027-00103-A granted in part and denied in part: Exemption 5
  affirmed, Exemption 6 not challenged, the search remanded to the 96th Test Wing.
- e03-ssa-appeal-new-search.txt: SSA appeal SSA-2027-000214, no-records answer reversed and remanded for a new search.
- e04-treasury-appeal-untimely.txt: Treasury DO appeal 2027-FOIA-APP-00009 closed as untimely (filed after 90 days).
- e05-ed-appeal-premature.eml: Education appeal 27-00031-A administratively closed as premature.
- e06-nlrb-appeal-search-affirmed.docx: NLRB appeal NLRB-2027-000058 denied, the search found adequate.
- e07-census-fee-waiver-appeal-granted.eml: Commerce appeal DOC-OS-2027-000041 granted, fee waiver granted in full.
- e08-fema-release-after-remand.pdf: FEMA supplemental response on remand, 196 pages in full, 27 in part, 18 withheld,
  Exemptions 5 and 6.
- e09-nd-ag-open-records-opinion.txt: North Dakota Open Records and Meetings Opinion 2026-O-19, Williston Police
  Department violated N.D.C.C. 44-04-18, records to be provided within seven days.
- e10-ct-fic-final-decision.pdf: Connecticut FOIC Docket #FIC 2026-0512, records ordered released, home addresses,
  dates of birth and medical information of civilian witnesses exempt under 1-210(b)(2).
- e11-ky-ag-ord-no-records.eml: Kentucky 26-ORD-412, the Department of Corrections did not violate the Act (records
  it does not possess).
- e12-ma-framingham-pd-release-after-spr.docx: Framingham Police release after SPR26/2871, 38 pages, G. L. c. 4,
  7(26)(c) and (f), CORI under G. L. c. 6, 172.
- e13-oh-court-of-claims-entry.txt: Ohio Court of Claims Case No. 2026-00812PQ, report and recommendation adopted,
  respondent ordered to produce the records.
- e14-gsa-appeal-closed-moot.txt: GSA appeal GSA-2027-000021 of a non-response closed as moot after the release.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 OSD/JS appeal acknowledgement: the OSD/JS appeal pages (appeals to the Office of Freedom of Information, 1155
  Defense Pentagon; adverse determinations that may be appealed),
  https://cybercemetery.unt.edu/archive/oilspill/20130213222719/http://www.dod.gov/pubs/foi/submit_appeal.html and
  https://www.jpra.mil/links/FOIA/Appeal.html, and the OGIS paragraph of DoD letters of earlier sets.
- e02 Air Force appeal decision: 32 C.F.R. part 806 and DoD 5400.7-R_AFMAN 33-302 (appellate authority, SAF/GCA),
  http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i)) and
  https://vdocument.in/by-order-of-the-dod54007-r-afman-33-302-secretary-of-dod54007-rafman-33-302-21.html; the
  memorandum form of Air Force correspondence.
- e03 SSA appeal remand: POMS GN 03350.010 (appeals decided by the Executive Director of the Office of Privacy and
  Disclosure, 20 C.F.R. 402.200), https://secure.ssa.gov/apps10/poms.nsf/lnx/0203350010 and
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals
- e04 Treasury appeal untimely: 31 C.F.R. 1.6 (appeal within 90 days), the untimely-appeal letters of earlier sets
  (Navy, c03 of heldout323), and OIP's guidance on adjudicating appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- e05 Education appeal premature: OIP's guidance (an appeal lies from an "adverse determination"),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html and OGIS,
  https://foia.blogs.archives.gov/2015/05/27/foia-appeal-is-in-the-eye-of-the-beholder
- e06 NLRB appeal on the search: the NLRB FOIA reference guide (29 C.F.R. 102.117; case files, regions),
  https://nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide-0, and an appeal for an inadequate
  search, https://vdocuments.us/nlrb-minority-union-collective-bargain-foia-appeal-binder-011712-copy.html
- e07 Commerce fee-waiver appeal: 15 C.F.R. 4.11(l) (the fee-waiver factors) as in the NOAA letter of heldout300,
  https://checkoutapi.com/regulations/expand/title15_part4_subpartA_section4.1
- e08 FEMA supplemental release: FEMA's response letters (Mail Stop 3172, "releasable in their entirety", FEFO case
  numbers), https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data and
  https://scribd.com/document/55213258/The-Best-Laid-Plans-DHS-Response-to-CREW-Lawsuit-FEMA-and-Hurricane-Katrina-5-5-2006-DHS-Partial-Response-2
- e09 North Dakota AG opinion: N.D.C.C. 44-04-21.1, https://lexace.ai/us/statute/north-dakota/44-04-21.1, the
  Attorney General's opinion notices ("Whether the ... violated N.D.C.C. § 44-04-18 by ..."),
  https://groups.google.com/g/ndnewsfeed/c/SOVuIL-fwfg, and
  https://ezel.ai/ag-opinions/nd/2024-o-01-the-morton-county-board-of-equalization-did-not-respond-to-a
- e10 Connecticut FOIC final decision: http://www.state.ct.us/foi/1995FD/19950726/FIC1994-332.htm ("The above-captioned
  matter was heard as a contested case ...", "the following facts are found and conclusions of law are reached") and
  https://vdocument.in/foi-proposed-final-decision-rose-secore.html
- e11 Kentucky AG decision: the weekly summaries of decisions ("did not violate the Open Records Act when it did not
  produce records it does not possess"), https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
  and https://kyopengov.org/blog/open-records-and-open-meetings-decisions-issued-kentucky-attorney-general-last-week-1
- e12 Framingham release after the Supervisor: G. L. c. 4, 7(26)(c) and (f), G. L. c. 66, 10A, the Supervisor's
  appeals, https://www.statereference.com/pages/ma_prd_appeals and
  https://law.justia.com/cases/massachusetts/court-of-appeals/2021/20-p-419.html
- e13 Ohio Court of Claims entry: R.C. 2743.75(F), the special masters' reports,
  https://cetient.com/case/9882998/langer-v-ohio-state-univ-office-of-univ-compliance-and-integrity and
  https://law.justia.com/cases/ohio/court-of-claims/2022/2021-00699pq.html
- e14 GSA appeal closed as moot: the closings as moot of earlier sets (DOI z11 of heldout300, State c06 of
  heldout323) and OGIS on appeal letters, http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
Blind score (written before the rules were run on it): 6 of 14 fully right, and all 14 matched to their requests (the
four review bodies' letters, e09, e10, e11 and e13, by the docket or case number they print). Wrong were:
- e02 (Air Force appeal decision, PDF): Exemption 6 left out, though the withholding the appeal did not challenge
  stands: "You did not challenge the withholding of personal information under Exemption 6, and it is not addressed
  further."
- e04 (Treasury appeal untimely): closed, outcome other, instead of a dismissal that leaves the denial standing:
  "Because your appeal was not filed within the time allowed by the Department's regulations, I am closing your appeal
  as untimely, and I have not reviewed the merits of the response to your request."
- e05 (Education appeal premature, e-mail): a final determination with no records and no appeal number, instead of an
  appeal closed: "Accordingly, we are administratively closing your appeal." (the no-records outcome from the rule for
  appeals in general: "... including a determination that records are withheld, that no records were located, ..."),
  and the number in "RE: FOIA Appeal Number 27-00031-A; FOIA Request Number 26-02273-F" not read as the appeal's.
- e07 (Commerce fee-waiver appeal granted, e-mail with PDF): remanded, outcome other, instead of granted: "Accordingly,
  your appeal is granted, and your request for a waiver of fees is granted in full. I am returning your request to
  the Census Bureau's FOIA Office for continued processing without charge."
- e08 (FEMA release after remand, PDF): 564 pages released instead of 223: the earlier release and the enclosure summed
  with the pages in full and in part: "On June 30, 2026, FEMA released 118 pages to you", "196 pages are releasable in
  their entirety, 27 pages are partially releasable and 18 pages are withheld in their entirety" and "Enclosed are 223
  pages with certain information withheld as described below."
- e10 (Connecticut FOIC final decision, PDF): a full grant without exemptions, though the Commission upheld part of the
  withholding: "It is concluded that the respondents proved that disclosure of the home addresses, dates of birth and
  medical information of the civilian witnesses would constitute an invasion of personal privacy, and that such
  information is exempt from disclosure under §1-210(b)(2), G.S."
- e12 (Framingham Police release after the Supervisor of Records, Word): an appeal decision (SPR26/2871, full grant)
  instead of the Department's release of 38 pages with its exemptions: "In a determination dated November 9, 2026, the
  Supervisor found that the Department had not met its burden ..." beside "Having re-reviewed the records in light of
  the Supervisor's determination, the Department now provides the following records, a total of 38 pages, by e-mail as
  PDF attachments:"
- e13 (Ohio Court of Claims entry): the court's case number taken as the request's tracking number, not as the
  decision's own docket: "HARRIET PEMBERTON-ACHOLA Case No. 2026-00812PQ".
After general fixes (an appeal the office itself turns away as too late is an affirmance, as one "dismissed as
untimely" is: "I am closing your appeal as untimely", "We must therefore dismiss your appeal as not timely filed"),
7 of 14.
After general fixes (a request returned to the office to go on being processed, after a fee waiver granted on appeal,
is no remand: "I am returning your request to the Census Bureau's FOIA Office for continued processing without
charge"), 8 of 14.
After general fixes (a court's two-column caption, the party's role at the head of a line under its name and "v."
below, makes the case number the court's: "HARRIET PEMBERTON-ACHOLA  Case No. 2026-00812PQ" / "Requester  Judge ..." /
"v.  Special Master ..."; not a form's "Requester: Jane Roe"), 9 of 14.
After general fixes (a release told after the day it was made, that day before the letter's own, is an earlier one:
"On June 30, 2026, FEMA released 118 pages to you, some with redactions"; one count of the pages released in full and
in part summed is the same release told again: "Enclosed are 223 pages with certain information withheld" after "196
pages are releasable in their entirety, 27 pages are partially releasable"), 10 of 14.
After general fixes (an appeal the office is closing "administratively", as one with no determination yet to review
is, is a decision with nothing left to decide: "Accordingly, we are administratively closing your appeal."), 11 of
14.
After general fixes (a review body's order to give the requester the records with its time set off between commas:
"The respondents shall, within the same period, provide the complainant with copies of the witness statements, free
of charge, redacting only ..."; a ground a decision finds reaches some information stays beside its finding that it
does not reach the rest: "such information is exempt from disclosure under §1-210(b)(2), G.S." beside "such records
are not exempt from disclosure under §1-210(b)(2), G.S."), 12 of 14.
After general fixes (a review body's decision recalled with its day at the sentence's head, in the agency's release
after it, is the review's: "In a determination dated November 9, 2026, the Supervisor found that the Department had not
met its burden ..."; a state's grounds in the order the release applies them, not that of the earlier answer told
first: "On September 1, 2026, the Department withheld the responsive records in their entirety under G. L. c. 4, §
7(26)(f)" before "(c)" and "(f)" applied now), 13 of 14.

Left not yet right: e02. "You did not challenge the withholding of personal information under Exemption 6, and it is
not addressed further." says what heldout272's b05 says ("You did not appeal the redactions made under Exemptions
(b)(6) and (b)(7)(C), and they are not addressed in this decision"), which that set logs without the unaddressed
grounds; the rule that leaves them out serves b05, and this set's expected value, written blind, logs Exemption 6
beside Exemption 5. The two sets disagree, so no rule can serve both.
After general fixes (heldout272's b05 corrected to the convention this set and heldout300 z01, heldout317 s11 and
heldout323 c02 follow, a withholding the appeal did not challenge stands and is logged even where the decision says it
leaves it aside: "You did not challenge the withholding of personal information under Exemption 6, and it is not
addressed further"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.numbers import find_references

SET = "heldout336"
# What the rules reached on this set when it was scored once, blind; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A request returned to go on being processed after a fee waiver granted on appeal: no remand ---------------------


@pytest.mark.parametrize("returned", [
    "I am returning your request to the Census Bureau's FOIA Office for continued processing without charge.",
    "We are returning your request to the FOIA Office for the continuation of processing.",
])
def test_a_request_returned_for_continued_processing_leaves_the_appeal_granted(returned: str) -> None:
    body = ("This responds to your appeal of the denial of your request for a fee waiver. Accordingly, your appeal is "
            "granted, and your request for a waiver of fees is granted in full. " + returned)
    (event,) = events_in(body)
    assert (event.kind, event.outcome, event.appeal_result) == (
        EventKind.APPEAL_DECISION, Outcome.FULL_GRANT, "reversed")


def test_a_request_returned_for_a_new_search_is_remanded() -> None:
    # The near miss: the office is to do its work again.
    body = ("This responds to your appeal of the no-records response. I am returning your request to the FOIA Office "
            "for a new search of the Regional Office's files.")
    (event,) = events_in(body)
    assert (event.outcome, event.appeal_result) == (Outcome.OTHER, "remanded")


# --- A court's two-column caption: the party's role under its name, "v." below ---------------------------------------


@pytest.mark.parametrize(("text", "references"), [
    ("HARRIET ROE                       Case No. 2026-00812PQ\n\n       Requester                 Judge Lisa L. "
     "Sadler\n\n       v.                        Special Master Todd Marti\n\nCITY OF EASTFIELD    DECISION AND ENTRY",
     [("2026-00812PQ", True)]),
    ("STATE EX REL. JOHN DOE                 Case No. 2026-0441\n\n    Relator\n\nv.\n\nEASTFIELD SCHOOL DISTRICT",
     [("2026-0441", True)]),
    # The near misses: a form's fields under the office's own case number, and a role with no "v." below it.
    ("Case No. 2026-0441\nRequester: Jane Roe\nv. 2 of the form\n", [("2026-0441", False)]),
    ("Case No. 2026-0441\n\nRequester asked for the incident report.\n\nThe records are enclosed.",
     [("2026-0441", False)]),
])
def test_a_case_number_in_a_courts_two_column_caption_is_the_courts(
        text: str, references: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == references


# --- An earlier release told with its day; the release's two kinds summed again ---------------------------------------


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("On June 30, 2026, FEMA released 118 pages to you, some with redactions. The searches on remand located 241 "
     "pages. We have determined that 196 pages are releasable in their entirety, 27 pages are partially releasable "
     "and 18 pages are withheld in their entirety pursuant to Title 5 U.S.C. § 552 (b)(5) and (b)(6). Enclosed are "
     "223 pages with certain information withheld as described below.", 223, 18),
    ("On September 3, 2026, the Department provided you with 40 pages. We are now releasing 12 pages in full and 3 "
     "pages in part.", 15, None),
    ("We are releasing 30 pages in full and 12 pages in part. The 42 pages are enclosed.", 42, None),
])
def test_pages_released_before_or_summed_again_are_not_added(body: str, released: int, withheld: int | None) -> None:
    (event,) = events_in(body, date_line="December 2, 2026")
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


def test_a_release_on_the_letters_own_day_is_its_own() -> None:
    # The near miss: the day told is the letter's own, so the release is this one.
    body = ("This is the final response to your request. On December 2, 2026, the Department released 20 pages to you "
            "in full.")
    (event,) = events_in(body, date_line="December 2, 2026")
    assert event.pages_released == 20


# --- An appeal closed administratively, as premature ------------------------------------------------------------------


@pytest.mark.parametrize("closing", [
    "Because there is no adverse determination to review, your appeal is premature. Accordingly, we are "
    "administratively closing your appeal.",
    "Your appeal of November 17 asks us to order the release of the records. As the Office has not yet issued a "
    "determination, I am administratively closing this appeal as premature.",
])
def test_an_appeal_closed_administratively_is_a_decision_with_nothing_left_to_decide(closing: str) -> None:
    body = ("This responds to your correspondence of November 17, which you titled an appeal. The Office has not yet "
            "issued a determination on your request, which remains open. " + closing)
    (event,) = events_in(body)
    assert (event.kind, event.outcome, event.appeal_result) == (EventKind.APPEAL_DECISION, Outcome.OTHER, "closed")


def test_an_appeal_not_closed_decides_nothing() -> None:
    # The near miss: the office says it is not closing the appeal.
    assert not P.APPEAL_DECISION.search("We are not administratively closing your appeal at this time.")


# --- An order to release with its time set off between commas; a ground found to reach a part ------------------------

_FINDINGS = ("9. It is concluded that the respondents failed to prove that disclosure of the report would constitute "
             "an invasion of personal privacy, and that such records are not exempt from disclosure under "
             "§1-210(b)(2), G.S.\n\n10. It is concluded that the respondents proved that disclosure of the home "
             "addresses of the civilian witnesses would constitute an invasion of personal privacy, and that such "
             "information is exempt from disclosure under §1-210(b)(2), G.S.\n\n11. It is concluded that the "
             "respondents violated §1-210(a), G.S.\n\n")


@pytest.mark.parametrize("order", [
    "The respondents shall, within the same period, provide the complainant with copies of the witness statements, "
    "free of charge, redacting only the home addresses of the civilian witnesses.",
    "The respondents shall, within fourteen days of the notice of final decision, provide the complainant with copies "
    "of the statements, redacting only the home addresses of the civilian witnesses.",
])
def test_a_release_ordered_with_a_part_found_exempt_is_partly_with_that_ground(order: str) -> None:
    (event,) = events_in("In the Matter of a Complaint by John Roe, Complainant.\n\n" + _FINDINGS + order)
    assert (event.kind, event.outcome, event.exemptions) == (
        EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, ("Conn. Gen. Stat. § 1-210(b)(2)",))


def test_a_ground_found_not_to_reach_the_records_is_not_applied() -> None:
    # The near miss: the ground is found to reach nothing.
    body = ("In the Matter of a Complaint by John Roe, Complainant. It is concluded that such records are not exempt "
            "from disclosure under §1-210(b)(2), G.S. The respondents shall, within fourteen days, provide the "
            "complainant with copies of the records, free of charge.")
    (event,) = events_in(body)
    assert (event.outcome, event.exemptions) == (Outcome.FULL_GRANT, ())


# --- A release after a review body's determination, recalled with its day; the grounds in the order now applied -------

_RELEASE_AFTER_REVIEW = (
    "I write on behalf of the Police Department in further response to your public records request. On September 1, "
    "2026, the Department withheld the responsive records in their entirety under G. L. c. 4, § 7(26)(f). {recalled} "
    "Having re-reviewed the records, the Department now provides the following records, a total of 38 pages. The "
    "Department has redacted the names and home addresses of civilian witnesses under G. L. c. 4, § 7(26)(c). The "
    "Department has also redacted the identities of two confidential informants under G. L. c. 4, § 7(26)(f).")


@pytest.mark.parametrize("recalled", [
    "In a determination dated November 9, 2026, the Supervisor found that the Department had not met its burden to "
    "show that the records were exempt in their entirety, and ordered the Department to provide you with the "
    "responsive records.",
    "In its decision of November 9, 2026, the Supervisor of Records ordered the Department to provide you with the "
    "records, redacted only where an exemption applies.",
])
def test_a_release_after_a_review_recalled_with_its_day_is_the_agencys_answer(recalled: str) -> None:
    (event,) = events_in(_RELEASE_AFTER_REVIEW.format(recalled=recalled), date_line="November 25, 2026")
    assert (event.kind, event.outcome, event.exemptions, event.pages_released) == (
        EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, ("G. L. c. 4, § 7(26)(c)", "G. L. c. 4, § 7(26)(f)"), 38)


def test_a_review_body_deciding_now_is_an_appeal_decision() -> None:
    # The near miss: the review body's own decision, with no earlier day at its head.
    body = ("This appeal, SPR26/2871, was opened as a result of your petition. I find that the Department has not met "
            "its burden to withhold the records under G. L. c. 4, § 7(26)(f). Accordingly, the Department is ordered "
            "to provide you with the responsive records within ten business days.")
    assert [event.kind for event in events_in(body)] == [EventKind.APPEAL_DECISION]
