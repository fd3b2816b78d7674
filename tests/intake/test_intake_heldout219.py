"""The two-hundred-and-nineteenth held-out set: 14 letters (letters/heldout219) of the letter types less covered, each
in the wording of its agency, seven federal (components of DHS, Justice, Defense, HHS and Treasury) and seven from
state agencies of seven states: a Secret Service acknowledgement e-mail denying expedited processing and holding the
fee waiver in abeyance; an EOUSA second interim release (PDF) with its released-in-full, in-part and withheld-in-full
counts and a running total; an OIP appeal decision affirming DEA in part, reversing in part and remanding; a Defense
Logistics Agency "still interested" e-mail; an Army CID final response (PDF) with pages in full, in part and withheld;
an FDA fee-waiver denial with a fee estimate that must be paid in advance; an IRS Independent Office of Appeals appeal
acknowledgement e-mail; a New Jersey State Police OPRA response in Word with a table of items; a Washington
Department of Ecology installment e-mail with pages provided, redacted and withheld and a running total; an Oregon
DOT acknowledgement with a fee-waiver denial and a fee estimate to prepay; a Colorado Department of Corrections CORA
notice of extension of seven working days; a Minnesota BCA data practices response (PDF) with pages in full, redacted
and withheld; a Wisconsin DOJ acknowledgement asking to clarify a request not reasonably limited; and a Michigan
State Police FOIA notice in Word granting in part upon a good-faith deposit, with its detailed cost itemization.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- i01 Secret Service acknowledgement: the Secret Service's pages on its responses and appeals (20 days, the 10-day
  extension, appeals to the Deputy Director at 245 Murray Lane, Building T-5, marked "Freedom of Information Act
  Appeal"), https://www.secretservice.gov/foia/usss-response and http://www.secretservice.gov/foia/appeal; the
  expedite-denial formula of a published denial letter ("require a specific showing of a compelling need", "you have
  not provided adequate justification for expedition"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence;
  Secret Service file numbers (20241250) as quoted in
  https://lr.lavenderfield.xyz/r/foia/comments/1fa5fso/secret_service_foia_administrative_appeal_to/loq1s5j/
- i02 EOUSA interim release: EOUSA's form letter as earlier sets model it (the counts "page(s) are being released in
  full (RIF); ... in part (RIP); ... withheld in full (WIF)", the checked exemption boxes, the Privacy Act (j)(2)
  system) and OIP's appeal paragraph; no page of EOUSA's own was found by the search in the time available.
- i03 OIP appeal decision: OIP's decision formulas ("After carefully considering your appeal, I am affirming ... in
  part", "I am remanding ... for a further search", "You may appeal any future adverse determination", the
  line-by-line review and OGIS paragraphs) as in set 199's letter b11; the DEA remand for a further search of a field
  office as in Coleman v. DEA, https://iguazu-staging.vlex.com/cases/coleman-v-drug-enforcement-888967478
- i04 DLA still-interested: the OSD/JS "still interested" letter quoted by the National Security Archive ("We are
  continuing to process your FOIA submission among our current workload of approximately 3,163 requests ... We need to
  receive your confirmation of continued interest by ... will administratively close your request"),
  https://nsarchive.gwu.edu/briefing-book-foia-audit/foia/2021-03-12/still-interested-letters-add-insult-injury-long-ignored-foia-requests,
  OGIS's review of still-interested letters, https://vdocuments.mx/still-interested-part-1-national-archives.html,
  and DLA's FOIA program page, https://www.dla.mil/HQ/GeneralCounsel/FOIA/Freedom-of-Information/FOIA-Request/
- i05 Army CID final response: Army Regulation 25-55 (Initial Denial Authorities, appeals to the Secretary of the
  Army through the IDA), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html,
  and 32 C.F.R. part 518, https://cryptome.org/doa022206.htm; the Army's PAL numbers (FA-26-0244) of earlier sets.
- i06 FDA fee-waiver denial and advance payment: FDA's FOIA fees page ("if total fees are expected to exceed $250.00
  FDA may require payment in advance", requester categories, two free hours and 100 free pages),
  https://public4.pagefreezer.com/content/FDA/08-08-2023T13:42/https:/www.fda.gov/regulatory-information/freedom-information/foia-fees,
  and FDA's FAQ on acknowledgement and control numbers,
  https://www.fda.gov/regulatory-information/freedom-information/frequently-asked-questions-faq-freedom-information
- i07 IRS appeal acknowledgement: IRM 8.7.14, FOIA Administrative Appeal Cases (Appeals handles FOIA appeals),
  https://www.irs.gov/irm/part8/irm_08-007-014, Announcement 2001-58 (Bailey's Crossroads Appeals Office),
  https://ro.scribd.com/document/535580/US-Internal-Revenue-Service-a-01-58, and the 20-day appeal time as
  https://wagnertaxlaw.com/?p=2983 describes it.
- i08 New Jersey State Police OPRA response: the GRC's page on denials (specific lawful basis, N.J.S.A. 47:1A-5(g)),
  https://www.nj.gov/grc/public/complaints/denial.html, and the OPRA request forms listing the grounds (N.J.S.A.
  47:1A-1, 47:1A-1.1, 47:1A-9), https://main.govpilot.com/web/public/b5d05f41-6d3.html?id=1&pu=1&ust=NJ
- i09 Washington Ecology installment: WAC 173-03-065 (installments, closing an unclaimed installment),
  https://www.law.cornell.edu/regulations/washington/WAC-173-03-065, and Ecology's public records page (the exemption
  log: record, statute, explanation), https://ecology.wa.gov/About-us/Accountability-transparency/Public-records-requests
- i10 Oregon DOT: ORS 192.324 (fees; waiver or reduction when the record "primarily benefits the general public") as
  Oregon agencies state it, https://www.oregon.gov/omcb/pages/public-records.aspx and
  https://multco.us/info/public-records-fee-schedule, and Oregon's fee-waiver rules,
  https://oregon.public.law/rules/oar_690-003-0220
- i11 Colorado Corrections: C.R.S. § 24-72-203(3)(b) (extenuating circumstances, seven working days) and
  § 24-72-205(6) (research and retrieval fee), from the statute and earlier sets' CORA letters; CORA requests as
  reporters write them, https://gist.github.com/cjwinchester/59168a0cba246c25840cc0f002fc76f7
- i12 Minnesota BCA: the Data Practices Act's classifications (Minn. Stat. § 13.03, § 13.82, § 13.43) as state
  agencies' data request guides describe them,
  http://www.positivelyminnesota.com/About_Us/Notices_Announcements/Data_Practices_Your_Right_to_Information/Guide_for_the_General_Public_Requesting_Data.aspx
  and https://instalawyer.io/laws/minnesota-statutes/section-1303-access-to
- i13 Wisconsin DOJ: Wis. Stat. § 19.35(1)(h) (reasonably specific as to subject matter and length of time) and
  § 19.35(4)(a) ("as soon as practicable and without delay") as the UW System's guide and DOJ's compliance outline
  state them, http://www.uwsa.edu/general-counsel/legal-topics/records/responding-to-requests/faqs/ and
  https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- i14 Michigan State Police: MCL 15.235(2) (the four responses) and the written public summaries of Michigan
  departments (good-faith deposit, detailed itemization),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- i02 (EOUSA interim release, PDF): pages withheld 43 instead of 12, from the form's counts "127  page(s) are being
  released in full (RIF); 43  page(s) are being released in part (RIP); 12  page(s) are withheld in full (WIF)."
  (the pages released, 170, were right).
- i09 (Washington Ecology installment e-mail): a final determination granted in part with 530 pages released instead
  of an interim release of 214 pages with 9 withheld: "Ecology is now providing the second installment of records
  responsive to your request ... This installment consists of 223 pages reviewed: 171 pages are provided in full, 43
  pages are provided with redactions, and 9 pages are withheld in full." and "With this installment, Ecology has
  provided 530 pages to date." (the running total was taken for this release's pages).
- i12 (Minnesota BCA data response, PDF): the first of three citations not read, from the bulleted list "- Minn.
  Stat. § 13.82, subd. 17 (identities of victims and witnesses who requested their identities not be disclosed,
  ...);" (subd. 2 of § 13.43 and subd. 7 of § 13.82 were read).
- i14 (Michigan State Police deposit notice, Word): a fee estimate and a final determination granted in part with
  MCL 15.243(1)(a) and (1)(b)(iii), instead of an acknowledgement (received November 20, 2026) and a fee estimate:
  "Your request is granted in part and denied in part, as to existing, nonexempt records in the possession of the
  department, upon receipt of the good-faith deposit described below." (nothing is released until the deposit is
  paid) and "... was received by the Michigan Department of State Police (MSP) on November 20, 2026." not logged.

After general fixes (a total of all the releases so far said "with this release, ... has released a total of" or
"has provided N pages to date" is no count of this release; pages counted before a colon, "223 pages reviewed: 171
pages are provided in full", are no label of the count after it; a list item that opens with its citation and says in
brackets what it covers is read however long the note; a request "granted in part and denied in part, as to existing,
nonexempt records ..., upon receipt of the good-faith deposit" is a fee notice; a close that "may" come, "Ecology may
stop searching ... and close your request", is no close), 14 of 14.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout219"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds"), [
    # A request granted only upon a deposit, the grant's scope said between ("as to existing, nonexempt records"),
    # nothing sent yet: a fee notice ...
    ("Your request was received on November 20, 2026. Your request is granted in part and denied in part, as to "
     "existing, nonexempt records in the possession of the department, upon receipt of the good-faith deposit "
     "described below. The estimated fee is $331.60, and a deposit of $165.80 is required before we process your "
     "request.", [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]),
    ("Your request is granted, as to existing nonexempt public records, upon receipt of a good faith deposit of "
     "$50.00. The total estimated fee is $100.00.", [EventKind.FEE_ESTIMATE]),
    ("Your request is granted in full, subject to payment of the estimated fee of $48.00.", [EventKind.FEE_ESTIMATE]),
    # ... but granted with the records sent, it is the determination.
    ("Your request is granted in part and denied in part; the records are enclosed. Portions are exempt under MCL "
     "15.243(1)(a). The copying fee is $12.00.", [EventKind.FEE_ESTIMATE, EventKind.FINAL_DETERMINATION]),
])
def test_a_request_granted_upon_a_deposit_is_a_fee_notice(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "kind"), [
    # A close that may come if an installment is left unclaimed is a warning, not the close: the installment is ...
    ("This is the second installment of records responsive to your request; 120 pages are provided in full. If this "
     "installment is not accessed within 30 days, the Department may stop searching for the remaining records and "
     "close your request.", EventKind.INTERIM_RELEASE),
    ("We are providing the first installment of records, 40 pages, with this letter. If you do not download it "
     "within 30 days, we might close your request.", EventKind.INTERIM_RELEASE),
    # ... while a request closed now is closed.
    ("We have not heard from you since our letter of October 2, 2026. We are therefore closing your request.",
     EventKind.FINAL_DETERMINATION),
    ("Because you did not reply to our letter of October 2, 2026, we close your request as of today.",
     EventKind.FINAL_DETERMINATION),
])
def test_a_close_that_may_come_is_no_close(body: str, kind: EventKind) -> None:
    assert [e.kind for e in events_in(body)] == [kind]


@pytest.mark.parametrize(("body", "amount"), [
    # A fee asked in its own clause, after a clause that waives another fee, is an estimate ...
    ("Your fee waiver request is granted in part. We will waive search fees; you will be charged duplication fees, "
     "estimated at $42.50.", "42.50"),
    ("Your request for a fee waiver is granted in part: the search fee is waived; the duplication fee, which we "
     "estimate at $61.20, remains payable.", "61.20"),
    # ... but an amount in the waiver's own clause is not.
    ("We have waived the review fee of $120.00; no other fees apply.", None),
])
def test_a_fee_asked_beside_a_clause_that_waives_another(body: str, amount: str | None) -> None:
    found = [e.amount for e in events_in(body, date_line="December 3, 2026") if e.kind is EventKind.FEE_ESTIMATE]
    assert found == ([Decimal(amount)] if amount else [])
