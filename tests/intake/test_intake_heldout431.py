"""The four-hundred-and-thirty-first held-out set: 14 letters (letters/heldout431) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices that earlier sets of
this focus did not use, in the formats they really send: a Bureau of Engraving and Printing letter acknowledging a
commercial requester's request for currency equipment solicitations and estimating $912.00 of search and review, held
until he pays in advance; an Office of Foreign Assets Control final answer (PDF) releasing specific licenses in part
after submitter notice, under Exemptions 4, 5 and 6; a Labor portal e-mail with an Office of Labor-Management Standards
letter attached as PDF releasing a closed union audit file in full; an Agricultural Research Service letter finding no
avian influenza exposure reports at a poultry laboratory after a described search; a Goddard Space Flight Center first
interim response in Word with a table of contract cost records and Exemptions 4, 5 and 6; a Defense Threat Reduction
Agency e-mail acknowledging a request and denying expedited processing to a veterans' advocacy group; an EPA Region 10
letter asking whether a requester who did not answer its offer to narrow is still interested, with 20 days to reply; a
DOE Idaho Operations Office letter granting a fee waiver to a watchdog group; a State Department e-mail acknowledging
an appeal to the Appeals Review Panel; an HHS decision in Word reversing NIH's fee-waiver denial on appeal; a U.S.
Special Operations Command final answer, scanned, releasing a training accident investigation in part under Exemption
3 (10 U.S.C. 130b), 5 and 6; a Postal Service letter administratively closing a request whose clarification never
came; an IRS Disclosure Office letter, in the IRS's own layout, taking ten more working days to a named day; and a
Department of Education Inspector General denial (PDF) of an open investigative file under Exemptions 6, 7(A) and
7(C). Written blind and committed before the rules were run on them.

- n01-bep-ack-fee-estimate.txt: BEP FOIA Request No. 2027-BEP-00046, received November 30, 2026, commercial use,
  $912.00 (8 hours' search and 11 hours' review at $48.00), advance payment, 30 calendar days or closed.
- n02-ofac-final-partial.pdf: OFAC 2027-FOIA-00319, 146 pages: 94 in full, 37 in part, 15 withheld in full;
  Exemptions 4, 5 and 6.
- n03-olms-final-full.eml: DOL 2027-F-02418 (OLMS), the closed CAP audit file, 42 pages released in full; the letter
  attached as PDF.
- n04-ars-no-records.txt: ARS 2027-ARS-00087-F, no records after searching three offices, appeal to the ARS
  Administrator.
- n05-gsfc-interim-release.docx: NASA GSFC 27-GSFC-F-00094, first interim response: 264 pages reviewed, 171 in full, 58
  in part, 35 withheld in full (a table); Exemptions 4, 5 and 6; next release by February 26, 2027.
- n06-dtra-ack-expedite-denied.eml: DTRA 27-F-061, received December 8, 2026, expedited processing denied under 32
  C.F.R. 286.8(e).
- n07-epa-r10-still-interested.txt: EPA Region 10, 2027-EPA-01184, still interested? Reply by January 4, 2027 or the
  request is closed.
- n08-doe-id-fee-waiver-granted.txt: DOE Idaho Operations Office, ID-2027-00041-F, fee waiver granted under 10 C.F.R.
  1004.9(a)(8) (the acknowledgement of December 2, 2026, named, not the day of receipt).
- n09-state-appeal-ack.eml: State Department, appeal A-2027-00041 of F-2026-11382, received December 14, 2026.
- n10-hhs-appeal-fee-waiver-reversed.docx: HHS Deputy Agency Chief FOIA Officer, appeal 2027-00031-A-PHS of NIH FOIA
  Case No. 63104, granted: the fee-waiver denial reversed.
- n11-socom-final-partial-scanned.pdf: USSOCOM FOIA Case 27-0142 (dated "21 December 2026"), 88 pages: 52 in full, 29
  in part, 7 withheld in full; Exemption 3 (10 U.S.C. 130b), 5 and 6.
- n12-usps-closed-no-reply.txt: USPS 2027-FPRO-00418, administratively closed: no reply to the November 16, 2026
  request for a description under 39 CFR 265.3(c).
- n13-irs-ext-ten-days.txt: IRS Disclosure Office 10, case 2027-05562, received November 20, 2026, 10 more working
  days, the statutory response date extended to January 6, 2027.
- n14-ed-oig-denied.pdf: ED OIG, OIG-27-0019, an open investigative file of 412 pages withheld in full; Exemptions 6,
  7(A) and 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 BEP fee estimate: the BEP FOIA office (Office of the Chief Counsel - FOIA and Transparency Services, Room 419A,
  31 C.F.R. part 1), https://webarchive.library.unt.edu/web/20170124193314/https://www.moneyfactory.gov/foia.html and
  https://swap.stanford.edu/was/20100322163935mp_/https:/www.moneyfactory.gov/foia.html, and Treasury's fee categories
  as the Mint states them,
  https://cybercemetery.unt.edu/archive/oilspill/20121010094917/http://www.usmint.gov/foia/index.cfm?action=fees
- n02 OFAC final answer: OFAC's license releases, submitter notice and Exemption 6 redactions,
  https://exportlawblog.com/archives/1236, and an OFAC request's tracking numbers,
  https://www.muckrock.com/foi/united-states-of-america-10/policy-guidance-for-syrian-oil-department-of-treasury-office-of-foreign-asset-control-105775/
- n03 OLMS full grant: OLMS's FOIA reading room and case types, https://www.dol.gov/agencies/olms/about/newsletter/2008/15
  and https://www.dol.gov/agencies/olms/contact/complaints, and the DOL appeal paragraph of earlier sets (Solicitor of
  Labor, 90 days).
- n04 ARS no records: USDA's FOIA rule, 7 C.F.R. part 1 (1.4 components, 1.5 requests and appeals),
  https://codes.findlaw.com/cfr/title-7-agriculture/cfr-sect-7-1-4/ and https://www.law.cornell.edu/cfr/text/7/1.5
- n05 GSFC interim response: NASA's FOIA rule, 14 C.F.R. part 1206 (1206.305 responding to requests),
  https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.305 and
  http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm
- n06 DTRA expedite denial: DoD's 32 C.F.R. 286.8 (timing, multitrack processing, expedited processing),
  https://www.law.cornell.edu/cfr/text/32/286.8?qt-ecfrmaster=3, and the expedited-processing standard as a court
  applied it to a DoD component, https://case-law.vlex.com/vid/electronic-priv-info-v-891285346
- n07 EPA still interested: 40 C.F.R. 2.102 (a request that does not reasonably describe the records, 20 calendar
  days to modify it or it is closed), http://federal.elaws.us/cfr/40-cfr-2.102(a), and 40 C.F.R. 2.104,
  https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af
- n08 DOE Idaho fee waiver: DOE's fee waiver criteria under 10 C.F.R. 1004.9(a),
  https://sc-osti.dvr.dn2.n-helix.com/csc/FOIA/Fee-Waiver-and-Reduction-Criteria, and DOE's FOIA rule,
  https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html
- n09 State appeal acknowledgement: the Department's appeals page (Appeals Officer, HST Room B266, 20 working days),
  https://foia.state.gov/Request/Appeals.aspx, the Appeals Review Panel, https://www.stateoig.gov/foiaappeals, and a
  State Department letter's case number and office, https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- n10 HHS appeal decision: HHS's 45 C.F.R. 5.61 and 5.62 (appeals of fee-waiver denials to the Deputy Agency Chief
  FOIA Officer), https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61, and the HHS
  rule, https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- n11 USSOCOM final answer: 10 U.S.C. 130b (personnel in overseas, sensitive, or routinely deployable units),
  https://ftp.gwdg.de/pub/linux/clienux/descriptive/cLIeNUX_top_directory/packages/usc10.tgz:10/130b, and a USSOCOM
  request's case numbers,
  https://www.muckrock.com/foi/united-states-of-america-10/fbi-jsoc-moumoa-us-special-operations-command-ussocom-11242/
- n12 USPS administrative closure: 39 CFR 265.3 (requests must describe the records), https://www.law.cornell.edu/cfr/text/39/265.3,
  Handbook AS-353 4-4.26 (a request that does not reasonably describe the records is an adverse determination),
  https://about.usps.com/handbooks/as353/as353c4_036.htm, and a requester's answer to a USPS closure in 30 days,
  https://www.foiabasics.org/node/651
- n13 IRS extension: the IRS's ten-day extension for unusual circumstances and the response letters' terms,
  https://wagnertaxlaw.com/foias-and-gdpas-how-requests-for-information-can-help-practitioners-resolve-cases-with-the-irs-or-dor-2/
  and https://patriotnetwork.info/FOIA_Guidelines.html, and 26 C.F.R. 601.702, http://laws9.com/cfr/text/26/601/702
- n14 ED OIG denial: Exemption 7(A) for an open investigation,
  http://casetext.com/case/intl-union-of-elevator-constructors-local-2-v-us-dept-of-labor, and 34 C.F.R. part 5,
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 35889b83: 11 of 14 fully right. Wrong were:
- n05 (n05-gsfc-interim-release.docx): kinds ['fee_waiver_decision', 'interim_release'] != ['interim_release']; outcome
  'full_grant' != None
- n11 (n11-socom-final-partial-scanned.pdf): exemptions ['(b)(3)', '(b)(5)', '(b)(6)'] != ['(b)(3) 10 U.S.C. § 130b',
  '(b)(5)', '(b)(6)']
- n13 (n13-irs-ext-ten-days.txt): expected_by None != '2027-01-06'

After general fixes (the date extended named in two words: "Under the FOIA, we are allowed an additional 10 working
days when there are unusual circumstances, and we are extending the statutory response date to January 6, 2027.";
n11: the scan read "(b)(3), which protects information exempted from release by statute, in this case 10" /
"U.S.C." / (a blank line) / "130b, which permits the withholding ...", the blank line and the stop of "U.S.C."
cutting the statute from Exemption 3; a blank line after a code's title or a section sign is now joined to the number
it leads, and a line ending on "U.S.C." or "C.F.R." runs on into the next), 13 of 14: n11 and n13 right.

Then 14 of 14: n05's "Fees for this request have been
waived.", a bare billing note closing a release that names no waiver asked for, is no longer read as a fee waiver
granted (the interim release alone is logged, as "Fees for processing this request are waived" in earlier sets' final
and interim answers).
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.exchange import correspondence

SET = "heldout431"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# n13: the date extended named in two words, "we are extending the statutory response date to January 6, 2027": the
# new day expected (never a payment's or an appeal's date extended).
@pytest.mark.parametrize(("sentence", "day"), [
    ("Under the FOIA, we are allowed an additional 10 working days when there are unusual circumstances, and we are "
     "extending the statutory response date to January 6, 2027.", dt.date(2027, 1, 6)),
    ("We are extending the statutory response date to January 6, 2027.", dt.date(2027, 1, 6)),
    ("The Office is extending its initial response deadline to January 6, 2027.", dt.date(2027, 1, 6)),
    ("The Department has extended the statutory response date to January 6, 2027.", dt.date(2027, 1, 6)),
    # ... not the payment's day, nor the appeal's
    ("We are extending the payment due date to January 6, 2027.", None),
    ("We are extending the appeal filing deadline to January 6, 2027.", None),
])
def test_a_response_date_extended_to_a_day_is_expected_then(sentence: str, day: dt.date | None) -> None:
    found = events_in(f"We received your request on November 20, 2026. {sentence}", "December 18, 2026")
    assert [e.expected_by for e in found if e.kind is EventKind.ACKNOWLEDGED] == [day]


@pytest.mark.parametrize(("text", "joined"), [
    # (n11) a scan's blank line between a code's title and the section it leads
    ("in this case 10 U.S.C.\n\n130b, which permits", "in this case 10 U.S.C.\n130b, which permits"),
    ("withheld under 32 C.F.R.\n\n§ 286.12 and", "withheld under 32 C.F.R.\n§ 286.12 and"),
    ("exempt under 5 USC §\n\n552(b)(6) as", "exempt under 5 USC §\n552(b)(6) as"),
    # not a sentence that ends, nor a numbered paragraph after one
    ("under 5 U.S.C. § 552.\n\n2. The records", "under 5 U.S.C. § 552.\n\n2. The records"),
    ("Your request is granted.\n\n130 pages are enclosed.", "Your request is granted.\n\n130 pages are enclosed."),
])
def test_a_scans_blank_line_after_a_codes_title_is_joined(text: str, joined: str) -> None:
    assert correspondence._rejoin_lines(text) == joined


@pytest.mark.parametrize(("body", "codes"), [
    # (n11) the title's number, its code and the section each on a line of their own, as a scan's lines break
    ("(b)(3), which protects information exempted from release by statute, in this case 10\nU.S.C.\n130b, which "
     "permits the withholding of personally identifying information of members of the armed forces. The records are "
     "released in part.", ["(b)(3) 10 U.S.C. § 130b"]),
    ("Information was withheld under (b)(3) in conjunction with 50\nU.S.C.\n3024(i)(1). The records are released in "
     "part.", ["(b)(3) 50 U.S.C. § 3024(i)(1)"]),
])
def test_a_statute_wrapped_after_its_code_stays_with_exemption_3(body: str, codes: list[str]) -> None:
    assert [code for event in events_in(body) for code in event.exemptions] == codes


_RELEASE = "We are releasing 40 pages in full and 12 pages in part under Exemption 6. "


@pytest.mark.parametrize(("body", "kinds"), [
    # n05: a release that says only that nothing is owed, "Fees for this request have been waived.", decides no
    # fee waiver; the same note in other words and in a final answer
    (_RELEASE + "This is an interim response; we will send more records. Fees for this request have been waived.",
     [EventKind.INTERIM_RELEASE]),
    (_RELEASE + "This is an interim response; we will send more records. All fees associated with this release "
     "have been waived.", [EventKind.INTERIM_RELEASE]),
    (_RELEASE + "This completes our response to your request. The fees for this request are waived.",
     [EventKind.FINAL_DETERMINATION]),
    (_RELEASE + "This completes our response to your request. Processing fees on your request were waived.",
     [EventKind.FINAL_DETERMINATION]),
    # near misses: the requester's waiver named in the letter is ruled on; a note saying why; no records sent
    (_RELEASE + "This completes our response to your request. You asked that all fees be waived. Fees for this "
     "request have been waived.", [EventKind.FEE_WAIVER_DECISION, EventKind.FINAL_DETERMINATION]),
    (_RELEASE + "This completes our response to your request. Fees for this request have been waived because "
     "disclosure is in the public interest.", [EventKind.FEE_WAIVER_DECISION, EventKind.FINAL_DETERMINATION]),
    ("We have considered your request under the fee waiver criteria. All fees for this request are waived.",
     [EventKind.FEE_WAIVER_DECISION]),
])
def test_fees_waived_as_a_billing_note_in_a_release(body: str, kinds: list[EventKind]) -> None:
    assert [event.kind for event in events_in(body)] == kinds
