"""The four-hundred-and-fiftieth held-out set: 14 letters (letters/heldout450) from state and local public-records
offices in fourteen states, under their own laws, in the formats they really send: a Washington Department of Social
and Health Services e-mail from its Records Center revising its time estimate under RCW 42.56.520(2); a Fresno County
Sheriff-Coroner letter (PDF) offering the help of Gov. Code § 7922.600 and asking a reporter to narrow a use-of-force
request; a Northside ISD release (PDF) after an Attorney General letter ruling, with redactions under sections 552.101
and 552.117(a)(1); a Naperville police FOIA answer in Word granting in part with a table of redactions under 5 ILCS
140/7(1)(c) and 7(1)(b); a City of Buffalo Corporation Counsel FOIL appeal determination affirming a police denial
under Public Officers Law § 87(2)(e)(i) and (b); a Montgomery County (Pennsylvania) District Attorney's Right-to-Know
denial under section 708(b)(16) and CHRIA, with the appeal to the office's own appeals officer; a University of Florida
e-mail finding no records of a vendor; an Ohio State Highway Patrol crash-file release with redactions under R.C.
149.43 and the Driver's Privacy Protection Act; a Wayne State University FOIA fee estimate (PDF) with a 50% deposit; a
Georgia State University three-business-day letter in Word describing the records and a timetable; a UNC-Chapel Hill
NextRequest first installment; a Tennessee Department of Correction Records Production Letter (the Office of Open
Records Counsel's form); a Denver Public Schools CORA release in full after payment; and a Monmouth County
Prosecutor's Office OPRA denial of criminal investigatory records. Written blind and committed before the rules were run
on them.

- j01-wa-dshs-pra-revised-estimate.eml: WA DSHS, P034871-111026, more time under RCW 42.56.520(2): first installment
  or response on or before January 29, 2027 (the request acknowledged earlier, no day of receipt).
- j02-ca-fresno-sheriff-cpra-assistance.pdf: Fresno County Sheriff-Coroner, CPRA 26-1187, received November 30, 2026;
  the request does not describe identifiable records, three questions to narrow it, 14 days to answer.
- j03-tx-nisd-pia-release-after-ruling.pdf: Northside ISD, PIR 26-1492, release under OR2026-031874: 63 pages, redacted
  under Gov't Code § 552.101 (common-law privacy) and § 552.117(a)(1).
- j04-il-naperville-pd-foia-partial.docx: Naperville Police Department, NPD-FOIA-26-2248, granted in part: 23 pages
  with redactions under 5 ILCS 140/7(1)(c) and 7(1)(b) (a table), Public Access Counselor review.
- j05-ny-buffalo-foil-appeal-affirmed.txt: City of Buffalo Records Access Appeals Officer, appeal 26-A-117 of Buffalo
  Police request BPD-26-3381, affirmed under Public Officers Law § 87(2)(e)(i) and § 87(2)(b).
- j06-pa-montco-da-rtk-denial.txt: Montgomery County District Attorney's Office, DA RTK No. 2026-0418, denied under 65
  P.S. § 67.708(b)(16) and 18 Pa.C.S. § 9106(c)(4); appeal to the DA's appeals officer under section 503(d)(2).
- j07-fl-uf-public-records-no-records.eml: University of Florida Public Records Office, 26-1043, no responsive records,
  request closed.
- j08-oh-oshp-records-partial.txt: Ohio State Highway Patrol, OSP-PRR-26-04187, 41 pages and two videos, redactions
  under R.C. 149.43(A)(1)(h), (A)(2)(a), (A)(2)(c), (A)(1)(v) and 18 U.S.C. § 2721.
- j09-mi-wsu-foia-fee-estimate.pdf: Wayne State University, FOIA Request No. 26-0719, received December 8, 2026,
  estimated fee $412.60, deposit $206.30, about 30 business days after the deposit.
- j10-ga-gsu-ora-three-day.docx: Georgia State University, ORA No. 2026-0612, received December 14, 2026, records
  described, available on or before January 22, 2027.
- j11-nc-unc-nextrequest-first-release.eml: UNC-Chapel Hill NextRequest, 26-2211, first installment of 318 pages,
  redactions under FERPA (20 U.S.C. § 1232g) and N.C. Gen. Stat. § 126-22, next installment in January 2027.
- j12-tn-tdoc-records-production-letter.txt: Tennessee Department of Correction, TDOC-PRR-26-2394, received December
  11, 2026, records to be produced on or before February 5, 2027 (Tenn. Code Ann. § 10-7-503(a)(2)(B)(iii)).
- j13-co-dps-cora-records-provided.txt: Denver Public Schools, CORA No. DPS-2026-1384, 27 pages in full, closed.
- j14-nj-monmouth-prosecutor-opra-denial.txt: Monmouth County Prosecutor's Office, OPRA Request W130482, denied as
  criminal investigatory records (N.J.S.A. 47:1A-1.1) and an investigation in progress (N.J.S.A. 47:1A-3(a)).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 DSHS revised estimate: RCW 42.56.520 (five-day response, additional time to locate, notify third persons and
  review), https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and DSHS's
  public records page (Office of Information Governance, PO Box 45135, (360) 902-8484),
  https://www.dshs.wa.gov/node/337
- j02 Fresno County Sheriff assistance letter: Gov. Code § 7922.600 (duty to assist in formulating a focused and
  effective request),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.600. and a county
  department's CPRA response practice (10 days, 14 more), https://icphd.org/forms/public-record-request
- j03 Northside ISD release after a ruling: Attorney General letter rulings to school districts ("You ask whether
  certain information is subject to required public disclosure ...", section 552.101 and common-law privacy, FERPA),
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2005/htm/or200502905.htm and
  https://www2.texasattorneygeneral.gov/opinions/openrecords/49cornyn/orl/2001/htm/or200104683.htm
- j04 Naperville FOIA partial answer: 5 ILCS 140/7(1)(b), 7(1)(c) and 9.5 (Request for Review by the Public Access
  Counselor within 60 days), and the Illinois denials of earlier sets.
- j05 Buffalo FOIL appeal determination: Erie County's FOIL appeal page (the Appeals Officer's ten business days, copies
  to the Committee on Open Government under § 89(4)(a), Article 78), https://www4.erie.gov/clerk/how-appeal-foil-decision,
  and 9 NYCRR 145-1.7 (affirm, modify or reverse), http://nyrules.elaws.us/nycrr/title9_subtitlec_part145_subpart145-1_s145-1.7
- j06 Montgomery County DA denial: the Right-to-Know Law's appeals from a district attorney's office (appeals officer
  designated by the district attorney, Court of Common Pleas),
  https://www.pazoninglawyers.com/municipal-law-2/right-to-know-law-appeals-from-local-agencies-such-as-district-attorneys-office-must-be-heard-by-court-of-common-pleas-first/?share=email
  and the Office of Open Records' training on section 708(b) exemptions,
  https://slideorbit.com/slide/the-right-to-know-law-and-office-of-open-records/205347
- j07 University of Florida no-records e-mail: chapter 119 (no duty to create a record) and the Florida no-records
  answers of earlier sets; UF's Public Records Office in the Office of the General Counsel.
- j08 Ohio State Highway Patrol release: the Court of Claims' reports on R.C. 149.43 requests to the Patrol and police
  (confidential law enforcement investigatory records, uncharged suspects),
  https://print.casetext.com/case/gannett-gp-media-inc-v-ohio-dept-of-pub-safety-1 and
  http://www.rcfp.org/ohio-open-government-guide/iv-record-categories-open-or-closed/n-police-records/4-investigatory-reco
- j09 Wayne State fee estimate: Michigan university FOIA summaries (good-faith deposit of 50% when the fee exceeds $50,
  non-binding best efforts estimate of time), https://oakland.edu/policies-regulations/FOIA/index and
  https://midmich.edu/policies/human-resources-policies/foia
- j10 Georgia State three-day letter: O.C.G.A. § 50-18-71(b)(1)(A) (a description of the records and a timetable within
  three business days) and (c)(1) (no charge for the first quarter hour), https://forsythpl.org/open-records and
  https://www.muckrock.com/place/united-states-of-america/georgia/exemption/constructive-denial-31/
- j11 UNC-Chapel Hill NextRequest installment: the University's public records FAQ and portal,
  http://unc.nextrequest.com/faqs, and East Carolina University's public records regulation (N.C. Gen. Stat. §§ 126-22
  to 126-23, FERPA), http://www.ecu.edu/PRR/01/30/02/
- j12 TDOC Records Production Letter: the Office of Open Records Counsel's forms (the Records Production Letter when a
  record cannot be made available within seven business days), http://www.comptroller.tn.gov/openrecords/forms.asp, and
  Tenn. Code Ann. § 10-7-503(a)(2)(B), https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request
- j13 Denver Public Schools CORA release: Colorado school and district CORA policies (research and retrieval fee after
  the first hour, payment before release), https://www.communityleadershipacademy.org/uncategorized/colorado-open-records-act-cora/
  and https://www.dividefire.com/open-records-policy
- j14 Monmouth County Prosecutor OPRA denial: North Jersey Media Group v. Township of Lyndhurst (criminal investigatory
  records, N.J.S.A. 47:1A-1.1 and 47:1A-3(a)), https://law.justia.com/cases/new-jersey/appellate-division-published/2015/a2523-14.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 10 of 14 fully right. Wrong were:
- j02 (j02-ca-fresno-sheriff-cpra-assistance.pdf): kinds ['clarification_requested', 'interim_release'] !=
  ['acknowledged', 'clarification_requested']; received None != '2026-11-30'
- j09 (j09-mi-wsu-foia-fee-estimate.pdf): kinds ['fee_estimate', 'final_determination'] != ['acknowledged',
  'fee_estimate']; received None != '2026-12-08'; outcome 'partial_grant' != None; exemptions ['MCL 15.243(1)(m)'] !=
  None
- j10 (j10-ga-gsu-ora-three-day.docx): tracking [] != 2026-0612
- j14 (j14-nj-monmouth-prosecutor-opra-denial.txt): exemptions ['N.J.S.A. 47:1A-1.1'] != ['N.J.S.A. 47:1A-1.1',
  'N.J.S.A. 47:1A-3(a)']

After general fixes (a request named by its law, its number after a comma under the initials of the office or the law
that gave it, read as the request's: "Re: Georgia Open Records Act Request, ORA No. 2026-0612"), 11 of 14: j10 right.

Then (j02's "The Office will continue to process the portions of your request it can identify, and will
provide its determination on the clarified request within the time permitted by Government Code section 7922.535."
read as a first release: the answer promised for later provides no records, so the letter asks for clarification and,
telling when the request came in, acknowledges it): 12 of 14.

Then (tests below: a Michigan grant scoped to records "not exempt from disclosure" beside a deposit owed
"before the University will continue processing it" is a fee notice, not a determination, as "Your request is granted
in part, as to records that exist, are in the University's possession and are not exempt from disclosure" in j09):
13 of 14.

Then (what was read, with the sentence quoted), 14 of 14: j14's "In addition, the records pertain to an
investigation in progress, and their disclosure would be inimical to the public interest." / "N.J.S.A. 47:1A-3(a)."
is New Jersey's test for withholding the records of an investigation in progress, as Colorado's "contrary to the public
interest" is, so the section standing alone after it is cited for it (not "would not be inimical").
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references

SET = "heldout450"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A request named by its law, its number after a comma under the initials that numbered it (j10) -----------------
@pytest.mark.parametrize(("line", "number"), [
    ("Re: Georgia Open Records Act Request, ORA No. 2026-0612", "2026-0612"),
    ("Re: Open Records Request, ORR Number 26-3318", "26-3318"),
    ("Subject: Public Information Act Request, PIA # 26-0415", "26-0415"),
    ("RE: Freedom of Information Act Request, DHS No. 2027-HQFO-00112", "2027-HQFO-00112"),
])
def test_a_request_then_initials_and_a_number_word_names_the_requests_number(line: str, number: str) -> None:
    references = find_references(line)
    assert [(ref.number, ref.is_appeal) for ref in references] == [(number, False)]


@pytest.mark.parametrize("line", [
    # initials with no number word after them, a number word with no number after it, or a short count
    "Re: Open Records Act Request, ORA Staff Review of December 2026",
    "Your request, ORA No. pending, will be processed in the order received.",
    "Your request, Ms. Roe, No. 12 on our list, is pending.",
])
def test_a_request_then_initials_without_a_number_is_no_number(line: str) -> None:
    assert find_references(line) == []
@pytest.mark.parametrize("body", [
    "On February 20, 2026, the Department received your request. Your request does not reasonably describe an "
    "identifiable record. The Department will continue to process the portions of your request it can identify, and "
    "will provide its determination on the clarified request within the time the law permits.",
    "We received your request on February 20, 2026. As written, your request is overly broad. The District will "
    "continue to process the parts of your request it can identify, and will provide its final decision on the rest "
    "within the time the Act allows.",
    "We received your request on February 20, 2026. Your request is too broad; please narrow it. Meanwhile the City "
    "will continue to process your request and will provide you with a written response within ten days.",
])
def test_work_going_on_with_the_answer_promised_is_no_release(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.ACKNOWLEDGED, "2026-02-20"),
                                                           (EventKind.CLARIFICATION_REQUESTED, "None")]


@pytest.mark.parametrize("body", [
    # records sent now, the answer on the rest promised
    "Enclosed is the first installment of records, 40 pages. We will continue to process your request and will "
    "provide our final determination by March 30, 2026.",
    # records promised with the work going on
    "We will continue to process your request and will provide the remaining records in a further release. The first "
    "40 pages are enclosed.",
])
def test_records_sent_while_work_goes_on_are_still_a_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.INTERIM_RELEASE]
# A Michigan grant whose scope names what the law keeps back ("not exempt from disclosure"), beside a good-faith deposit
# owed before the work goes on, decides and sends nothing yet: a fee notice (MCL 15.234(8)).
@pytest.mark.parametrize(("body", "amount"), [
    ("Wayne State University received your request on December 8, 2026. Your request is granted in part, as to records "
     "that exist, are in the University's possession and are not exempt from disclosure. Because the University "
     "estimates that the fee for processing your request will exceed $50.00, a good-faith deposit is required under "
     "MCL 15.234(8) before the University will continue processing it.\n\nEstimated fee: $412.60", "412.60"),
    ("The City received your request on December 8, 2026. Your request is granted as to existing public records in the "
     "City's possession that are not exempt from disclosure. A good-faith deposit of $96.00, half of the estimated fee "
     "of $192.00, is required before the City will process your request.", "192.00"),
    ("The Department received your request on December 8, 2026. Your request is granted, as to nonexempt records, "
     "which are those records not protected from disclosure under section 13 of the Act. The Department requires a "
     "deposit of $60.00 before it processes your request further; the estimated fee is $120.00.", "120.00"),
])
def test_a_grant_scoped_to_records_not_exempt_from_disclosure_before_a_deposit_is_a_fee_notice(
        body: str, amount: str) -> None:
    found = events_in(body, date_line="December 15, 2026")
    assert [(e.kind, str(e.received), e.outcome) for e in found] == [
        (EventKind.ACKNOWLEDGED, "2026-12-08", None), (EventKind.FEE_ESTIMATE, "None", None)]
    assert str(found[1].amount) == amount


@pytest.mark.parametrize(("body", "outcome"), [
    # the records go out with the grant
    ("Your request is granted in part, as to records that are not exempt from disclosure. The records are enclosed, "
     "and 12 pages are redacted under MCL 15.243(1)(a).", Outcome.PARTIAL_GRANT),
    ("Your request is granted, and the records have been disclosed to you by e-mail. A deposit of $50.00 was required "
     "before the City would process it.", Outcome.FULL_GRANT),
])
def test_a_grant_with_the_records_disclosed_stays_a_determination(body: str, outcome: Outcome) -> None:
    found = events_in(body, date_line="December 15, 2026")
    assert [(e.kind, e.outcome) for e in found if e.kind is EventKind.FINAL_DETERMINATION] == [
        (EventKind.FINAL_DETERMINATION, outcome)]
NJ_DENIAL = ("Please be advised that your request under the Open Public Records Act is denied. The requested records "
             "are criminal investigatory records under N.J.S.A. 47:1A-1.1. ")


@pytest.mark.parametrize("sentence", [
    "In addition, the records pertain to an investigation in progress, and their disclosure would be inimical to the "
    "public interest. N.J.S.A. 47:1A-3(a).",
    "Release of the file at this time would be inimical to the public interest, N.J.S.A. 47:1A-3(a).",
    "Because the investigation is ongoing, access to the reports is denied as inimical to the public interest under "
    "N.J.S.A. 47:1A-3(a).",
])
def test_an_investigation_in_progress_inimical_to_the_public_interest_is_a_ground(sentence: str) -> None:
    assert exemptions_in(NJ_DENIAL + sentence) == ["N.J.S.A. 47:1A-1.1", "N.J.S.A. 47:1A-3(a)"]


@pytest.mark.parametrize("sentence", [
    "The Custodian has determined that disclosure would not be inimical to the public interest. N.J.S.A. 47:1A-3(a).",
    "Release of the closed file would never be inimical to the public interest, N.J.S.A. 47:1A-3(a).",
])
def test_a_release_found_not_inimical_applies_no_ground(sentence: str) -> None:
    assert exemptions_in(NJ_DENIAL + sentence) == ["N.J.S.A. 47:1A-1.1"]
