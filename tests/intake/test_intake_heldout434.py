"""The four-hundred-and-thirty-fourth held-out set: 14 letters (letters/heldout434) from state and local
public-records offices in fourteen states, each under its own law, in the formats they really send: a Washington
Department of Ecology second installment through its records portal (e-mail) with an exemption log; a University of
California, Berkeley notice extending the Public Records Act's ten days by fourteen; a Texas Department of
Transportation request to clarify a project-wide request, with the 61st-day withdrawal warning; a Northern Illinois
University notice that a request made for a commercial purpose will be answered within 21 working days; a New York
State Energy Research and Development Authority appeal determination (PDF) modifying a trade-secret denial; a
Pennsylvania Department of Environmental Protection final response (PDF) granted in part under four Right-to-Know Law
exemptions; a Florida Department of Children and Families special service charge estimate (e-mail); a Cuyahoga County
no-records letter pointing to the county land bank; a City of Detroit notice of extension in Word; a City of Savannah
Open Records Act request fulfilled in full; a West Virginia Governor's Office e-mail confirming a request withdrawn by
telephone; an Alabama Law Enforcement Agency denial of an investigative file; a scanned North Dakota Department of
Corrections and Rehabilitation cost estimate for locating and excising records; and a Montana Department of Justice
acknowledgment in Word with its estimated completion date in a table. Written blind and committed before the rules were
run on them.

- r01-wa-ecology-pra-installment.eml: Ecology, P041877-110926, installment 2 of 4: 312 pages (247 in full, 65
  redacted), 41 withheld in full, RCW 42.56.290, RCW 5.60.060(2)(a) and RCW 42.56.230(3); third installment on or
  about January 11, 2027.
- r02-ca-ucb-cpra-extension.txt: UC Berkeley, #26-4418, received November 30, 2026, extended 14 days under Gov. Code
  7922.535(b), determination by December 23, 2026.
- r03-tx-txdot-pia-clarification.txt: TxDOT, 26-117342, received December 2, 2026, three questions under Gov't Code
  552.222(b), withdrawn if no answer by the 61st day.
- r04-il-niu-foia-commercial-request.txt: NIU, 26-0873, received December 3, 2026, a commercial request under 5 ILCS
  140/3.1, answer by January 5, 2027.
- r05-ny-nyserda-foil-appeal-modified.pdf: NYSERDA, appeal AP-26-014 of FOIL request F-26-0388, modified: 14 pages
  of pricing exhibits released, 32 pages still withheld under Public Officers Law § 87(2)(d) (and (f)).
- r06-pa-dep-rtk-partial.pdf: DEP, RTKL 2026-1192, granted in part: 428 pages (371 in full, 57 redacted), 84
  withheld in full; 708(b)(3), (b)(17), (b)(10)(i)(A) and (b)(6)(i)(A); appeal to the Office of Open Records in 15
  business days.
- r07-fl-dcf-special-service-charge.eml: DCF, PRR-2026-08813, received December 7, 2026, special service charge under
  s. 119.07(4)(d), estimated $334.35, payment in advance, closed after 30 days.
- r08-oh-cuyahoga-county-no-records.txt: Cuyahoga County Department of Law, R018274-112326, no responsive records.
- r09-mi-detroit-foia-extension.docx: City of Detroit, FOIA 2026-5512, received December 8, 2026, extended 10
  business days under MCL 15.235(2)(d), response on or before December 30, 2026.
- r10-ga-savannah-ora-fulfilled.txt: City of Savannah, Open Records Request #26-3381, fulfilled, 27 pages, nothing
  withheld, no charge.
- r11-wv-governor-foia-withdrawn.eml: Office of the Governor, 2026-FOIA-0218, withdrawn by the requester by telephone
  and closed.
- r12-al-alea-records-denied.txt: ALEA, ALEA-PRR-26-00977, denied under Ala. Code § 12-21-3.1(b); no administrative
  appeal, circuit court.
- r13-nd-docr-open-records-estimate.pdf (scanned): ND DOCR, DOCR-OR-26-142, received December 15, 2026, estimate
  $150.00 (4 hours locating, 2 hours excising at $25.00), payment in advance.
- r14-mt-doj-public-information-ack.docx: Montana Department of Justice, PIR-2026-1346, received December 14, 2026,
  acknowledged under section 2-6-1006, MCA, estimated completion February 26, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 Washington installment: the Attorney General's model rules on installments, closing a request when an
  installment is not claimed, and review of denials, https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true,
  and an agency's rule on closing abandoned requests, https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-110.htm
- r02 UC Berkeley extension: Gov. Code 7922.535 (10 days, unusual circumstances, no more than 14 days),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, and the
  campus's own page on the ten days, https://chancellor.berkeley.edu/its-been-10-days-%E2%80%93-where-are-my-records
- r03 TxDOT clarification: Gov't Code 552.222(d) to (f) (61st day, statement of consequences, certified mail),
  https://capitol.texas.gov/tlodocs/80R/billtext/html/HB01497E.htm, and a public body's policy on requests to clarify
  and requests considered withdrawn, https://policy.ac.angelina.edu/pages/zpClxk9B6MhCQhnSBfPS
- r04 NIU commercial request: 5 ILCS 140/3.1 (21 working days, estimate of time and fees, 3.1(c)),
  https://codes.findlaw.com/il/chapter-5-general-provisions/il-st-sect-5-140-3-1/ and
  https://deerfield.il.us/FormCenter/Freedom-of-Information-Act-FOIA-Public-R-8/Request-for-Public-Information-General-G-54
- r05 NYSERDA appeal: 21 NYCRR 501.8 (the President and Chief Executive Officer hears appeals; a denial on appeal
  states the exemption and the right to judicial review), https://law.cornell.edu/regulations/new-york/21-NYCRR-501.8,
  and the affirm, modify or reverse rules of other New York bodies,
  https://regulations.justia.com/states/new-york/title-21/chapter-xxvii/part-1550/section-1550-10
- r06 DEP final response: the Governor's Management Directive 205.36 on the RTKL,
  http://www.osfc.pa.gov/About%20OSFC/Public%20Information/Right%20To%20Know/Pages/Management-Directive.aspx, the
  Office of Budget's interim and final responses, https://www.pa.gov/en/services/budget/1_1_16-ob-right-to-know-law.html,
  and the appeal notice to the Office of Open Records, https://rocklandtownshipberks.org/open-records and
  https://earltwpberks.com/right-to-know
- r07 DCF special service charge: s. 119.07(4)(d), F.S., and agencies' cost-recovery policies (hours, hourly rate,
  advance payment, refund), https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx and
  http://flrules.elaws.us/far/1/20/2006/37071
- r08 Cuyahoga County no records: the Public Records Act's rule that an office need not create records or produce
  records it does not keep, https://mcgownmarkling.com/updates-on-a-case/public-offices-do-not-need-to-create-new-records-in-response-to-a-records-request
  and https://codelibrary.amlegal.com/codes/pioneer/latest/pioneer_oh/0-0-0-938
- r09 Detroit extension: MCL 15.235(2)(d) (one notice of extension, not more than 10 business days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and http://walledlake.us/index.php/freedom-of-information
- r10 Savannah fulfilled: O.C.G.A. 50-18-71 (three business days, no charge for the first quarter hour),
  https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/ and
  https://www.augustaga.gov/FAQ.aspx?QID=615
- r11 West Virginia withdrawn: W. Va. Code 29B-1-3 (five days, the custodian's answer),
  https://www.muckrock.com/place/united-states-of-america/west-virginia/ and
  https://fdocuments.us/document/freedom-of-information-act-handbook-office-of-the-west-virginia.html
- r12 ALEA denial: Ala. Code 12-21-3.1(b) (law enforcement investigative reports) and Alabama's lack of an
  administrative appeal, http://casetext.com/case/allen-v-barksdale/, https://tuscaloosada.com/public-records-request
  and http://www.splc.org/page/template-alabama
- r13 ND DOCR estimate: N.D.C.C. 44-04-18(2) ($25 an hour after the first hour for locating and for excising, advance
  payment), https://projectpapertrail.org/public-records-foia-guide/north-dakota/ and
  https://lexace.ai/us/statute/north-dakota/44-04-18
- r14 Montana DOJ acknowledgment: section 2-6-1006, MCA (acknowledgment in 5 business days, estimate of time and fees,
  90 days), https://montanatransparencyproject.org/timeline-fees and
  https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b2a62a5b: 12 of 14 fully right. Wrong were:
- r05 (r05-ny-nyserda-foil-appeal-modified.pdf): exemptions ['Public Officers Law § 87(2)(d)'] != ['Public Officers Law
  § 87(2)(d)', 'Public Officers Law § 87(2)(f)']; pages_withheld None != 32
- r14 (r14-mt-doj-public-information-ack.docx): kinds ['acknowledged', 'clarification_requested'] != ['acknowledged']
After general fixes (a ground a decision in part says it would rely on in any event is applied beside the one it
upholds, unless it then sets it aside: "which NYSERDA would in any event withhold under Public Officers Law § 87(2)(f)";
the pages whose denial of access a decision upholds are withheld: "The denial of access to these 32 pages is affirmed
under Public Officers Law § 87(2)(d)"; the answer owed to a request for clarification the office may send one day is no
ask: "If you do not respond to a request for clarification or payment within 30 days, the Department may close your
request"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

SET = "heldout434"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_ACK = "We received your public records request on December 14, 2026. "


@pytest.mark.parametrize(("body", "kinds"), [
    # r14: the answer owed to a request for clarification the office may send one day, its time and a closure
    (_ACK + "If you do not respond to a request for clarification or payment within 30 days, the Department may "
     "close your request.", ["acknowledged"]),
    (_ACK + "If you fail to reply to any request for additional information within 20 business days, we will consider "
     "your request withdrawn.", ["acknowledged"]),
    (_ACK + "Should you not answer a request for clarification within 30 days, the request may be closed.",
     ["acknowledged"]),
    # near misses: this letter's own ask, or one the office has sent already
    (_ACK + "Please clarify the date range you are seeking. If you do not respond to this request for clarification "
     "within 30 days, we will close your request.", ["acknowledged", "clarification_requested"]),
    (_ACK + "If you do not respond to our request for clarification within 30 days, we will close your request.",
     ["acknowledged", "clarification_requested"]),
])
def test_the_answer_owed_to_a_request_for_clarification_one_day_is_no_ask(body: str, kinds: list[str]) -> None:
    assert [event.kind.value for event in events_in(body)] == kinds


_MODIFIED = ("I write in response to your appeal of the Records Access Officer's determination. For the reasons below, "
             "the determination is modified. The pricing exhibits (14 pages) will be released to you in full with this "
             "letter. ")


@pytest.mark.parametrize(("body", "codes"), [
    # r05: a ground the deciding office says it would rely on in any event, beside the one it upholds
    (_MODIFIED + "The denial of access to the remaining 32 pages is affirmed under Public Officers Law § 87(2)(d). "
     "Portions of the studies also constitute critical infrastructure information, which the Authority would in any "
     "event withhold under Public Officers Law § 87(2)(f).",
     ["Public Officers Law § 87(2)(d)", "Public Officers Law § 87(2)(f)"]),
    (_MODIFIED + "The denial of access to the remaining 32 pages is affirmed under Public Officers Law § 87(2)(d). "
     "The engineering drawings would in any case be exempt under Public Officers Law § 87(2)(f).",
     ["Public Officers Law § 87(2)(d)", "Public Officers Law § 87(2)(f)"]),
    # near misses: a plain "would withhold", a condition; a ground set aside
    (_MODIFIED + "The denial of access to the remaining 32 pages is affirmed under Public Officers Law § 87(2)(d). "
     "The Authority would withhold the drawings under Public Officers Law § 87(2)(f) if they were requested.",
     ["Public Officers Law § 87(2)(d)"]),
    (_MODIFIED + "The denial of access to the remaining 32 pages is affirmed under Public Officers Law § 87(2)(d). "
     "The studies would in any event be protected by Public Officers Law § 87(2)(f). Because the pages are withheld "
     "in full under § 87(2)(d), I do not reach that exemption.", ["Public Officers Law § 87(2)(d)"]),
])
def test_a_ground_the_decision_would_rely_on_in_any_event(body: str, codes: list[str]) -> None:
    assert [code for event in events_in(body) for code in event.exemptions] == codes


@pytest.mark.parametrize(("body", "withheld"), [
    # r05: the pages whose denial of access the decision upholds, pointed to
    (_MODIFIED + "The remaining 32 pages contain each awardee's cost build-up. The denial of access to these 32 pages "
     "is affirmed under Public Officers Law § 87(2)(d).", 32),
    (_MODIFIED + "The denial of the remaining 9 pages is upheld under Public Officers Law § 87(2)(d).", 9),
    (_MODIFIED + "The withholding of the remaining 12 pages under Public Officers Law § 87(2)(g) is affirmed.", 12),
    # near misses: the denial of pages reversed; pages withheld in part
    (_MODIFIED + "The denial of access to these 32 pages is reversed, and they will be released.", None),
    (_MODIFIED + "The denial of access to these 32 pages in part is affirmed under Public Officers Law § 87(2)(d).",
     None),
])
def test_the_pages_whose_denial_of_access_is_affirmed(body: str, withheld: int | None) -> None:
    [event] = events_in(body)
    assert event.pages_withheld == withheld
