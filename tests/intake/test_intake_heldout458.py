"""The four-hundred-and-fifty-eighth held-out set: 14 letters (letters/heldout458) from the less common offices of the
Departments of Homeland Security and Justice, across a request's whole life, in the formats they really send: a DHS
Privacy Office e-mail acknowledging a request to the CIS Ombudsman and denying expedited processing; a U.S. Marshals
Service final answer (PDF) releasing 46 of 59 pages of a prisoner's records under Exemptions 6, 7(C), 7(E) and 7(F) and
referring nine ICE pages for a direct answer; an EOIR letter confirming a record-of-proceeding request withdrawn once
the lawyer had the record from ECAS; an Office of Intelligence and Analysis acknowledgement in Word (its letterhead in
the page header, a table of the items) granting a fee waiver; a Coast Guard answer withholding a whole open marine
casualty file under Exemption 7(A); a scanned FEMA fee estimate to a reporter for 11,450 pages of inspection packets;
a Secret Service letter asking a requester to describe the event and verify his identity before the request is
perfected; a TSA e-mail closing a request whose requester never answered a request for details; a Civil Rights
Division first interim release under Exemptions 5, 6 and 7(C); a Criminal Division refusal to confirm or deny records
on a third party; a DOJ Inspector General release in full (PDF); an Office of Information Policy e-mail, its decision
attached as PDF, affirming the FBI's refusal to confirm or deny; an EOUSA acknowledgement in Word extending the time
for unusual circumstances with a fee estimate set out in a table; and an ATF answer finding no records. Written blind
and committed before the rules were run on them.

- p01-cisomb-ack-expedite-denied.eml: DHS Privacy Office for the CIS Ombudsman, 2027-HQFO-00587, received December 2,
  2026, expedited processing denied under 6 C.F.R. 5.5(e), complex track.
- p02-usms-final-partial-referral.pdf: USMS, 2027-USMS-000214, 59 pages found: 31 in full and 15 in part released, 4
  withheld in full under Exemptions 6, 7(C), 7(E) and 7(F) (and Privacy Act (j)(2)); 9 ICE pages referred.
- p03-eoir-withdrawal-confirmed.txt: EOIR, control number 2027-11953, request withdrawn at the lawyer's e-mail and
  closed.
- p04-ia-ack-fee-waiver-granted.docx: DHS I&A, 2027-IAFO-00058, received December 1, 2026, fee waiver granted under 6
  C.F.R. 5.11(k).
- p05-uscg-withheld-in-full.txt: Coast Guard, 2027-CGFO-00311, all 138 pages withheld under Exemption 7(A), with 6
  and 7(C) for crew members.
- p06-fema-fee-estimate.pdf: FEMA, 2027-FEFO-00192 (scanned), received November 20, 2026, news media category,
  estimate of $1,135.00 in duplication, advance payment required.
- p07-usss-clarification-unperfected.txt: Secret Service, file number 20270583, received December 3, 2026, asked to
  describe the event and verify identity within 30 days.
- p08-tsa-closed-no-reply.eml: TSA, 2027-TSFO-00216, administratively closed after no answer to the November 10 letter.
- p09-crt-interim-release.txt: Civil Rights Division, FOI/PA No. 27-00095-F, first interim: 73 pages reviewed, 52 in
  full and 12 in part released, 9 withheld, Exemptions 5, 6 and 7(C).
- p10-crm-glomar-third-party.txt: Criminal Division, CRM-301842276, neither confirms nor denies under Exemptions 6 and
  7(C).
- p11-doj-oig-final-full.pdf: DOJ OIG, 27-OIG-061, 37 pages released in their entirety.
- p12-oip-appeal-fbi-glomar-affirmed.eml: OIP, appeal A-2027-00318 of FBI request 1581294-000, affirmed: Exemptions 6
  and 7(C) properly asserted.
- p13-eousa-ack-extension-fee-estimate.docx: EOUSA, EOUSA-2027-000612, received December 4, 2026, ten working days'
  extension, fee estimate of $537.00 (a table).
- p14-atf-no-records.txt: ATF Disclosure Division, 2027-0184, no records of violations for a licensee.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 DHS Privacy Office for the CIS Ombudsman: the DHS component acknowledgement template ("This acknowledges receipt
  of your ... Freedom of Information Act (FOIA) request ...", "Per Section 5.5(a) of the DHS FOIA regulations"),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and the expedite standards of 6 C.F.R.
  5.5(e) as earlier sets quote them.
- p02 USMS final answer: the USMS letter heading ("Re: Freedom of Information Act Request No. 2023-USMS-000157"),
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation,
  the USMS FOIA page, https://usmarshals.gov/es/node/3746, and the USMS forwarding other components' documents for
  direct reply, https://law.justia.com/cases/federal/district-courts/FSupp/622/51/2395878/
- p03 EOIR withdrawal: EOIR's control numbers and acknowledgements ("Your request has been assigned control number
  2021-46..."),
  https://www.muckrock.com/foi/united-states-of-america-10/correspondence-regarding-statements-of-law-in-charlotte-immigration-court-116966/,
  and the EOIR Policy Manual on records of proceeding without a FOIA request,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2
- p04 I&A fee waiver: the DHS component acknowledgement template,
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and the fee-waiver factors of 6 C.F.R.
  5.11(k) as earlier DHS sets quote them.
- p05 Coast Guard withholding: the Coast Guard FOIA Process Guide for Requesters (CG-6P, closing a request,
  exemptions), https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and the Coast Guard's withholdings of
  investigation records, http://casetext.com/case/mountgordon-v-united-states-coast-guard
- p06 FEMA fee estimate: FEMA's Disclosure Branch and fee rules, http://federal.elaws.us/fr/notice/8/28/1998/98-22971,
  and the written assurance and closing of an unanswered fee notice,
  https://law.lawstack.com/node_references?cite=45+C.F.R.%3A%C2%A7+2105.47
- p07 Secret Service clarification: the Secret Service's "too broad in scope ... did not specifically identify the
  records" letters, https://lr.lavenderfield.xyz/r/foia/comments/1fcdnst/the_united_states_secret_service_is_repeatedly,
  its address and appeal page, http://www.secretservice.gov/foia/appeal
- p08 TSA closure: TSA's use of still-interested letters to close requests administratively,
  https://foia.blogs.archives.gov/2016/08/10/improvements-to-tsa-foia-program/?share=email, and the TSA Springfield
  address, http://papersplease.org/wp/2009/10/27/tsa-sends-our-foia-request-into-a-black-hole/
- p09 Civil Rights Division interim: the FOIA/PA Branch page (4CON, (202) 514-4210),
  http://www.justice.gov/crt/foia-electronic-reading-room, and the DOJ interim response wording ("fourteen pages ...
  are appropriate for release with excisions made pursuant to Exemptions 5 and 6"),
  https://vdocuments.us/us-department-of-justice-office-of-information-policy-30-04-2018-us-department.html
- p10 Criminal Division refusal to confirm or deny: the Criminal Division's third-party practice,
  https://pdfslide.us/documents/in-the-united-states-district-court-for-the-district-of-case-111-cv-00592-rjl.html,
  and privacy Glomar responses, http://www.foiaadvisor.com/home/2022/10/3/qampa
- p11 DOJ OIG release: the OIG FOIA page (Office of General Counsel, Room 4726, (202) 616-0646),
  https://updategamers.netlify.app/host-https-oig.justice.gov/foia-reading-room
- p12 OIP appeal decision: OIP's letterhead and reference lines, https://vdocuments.us/us-department-of-justice-office-of-information-policy-30-04-2018-us-department.html,
  and the appeal structure in the DOJ regulations, https://sgp.fas.org/news/2015/04/doj-foia.html
- p13 EOUSA extension and fee estimate: 28 C.F.R. part 16 (16.5 unusual circumstances, 16.10 fees),
  https://regulations.vlex.com/vid/revision-of-department-s-563299122, and the EOUSA fee estimates of earlier sets.
- p14 ATF no records: the Disclosure Division's practice, https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/,
  and the ATF warning-letter records, http://print.casetext.com/case/brady-ctr-to-prevent-gun-violence-v-us-dept-of-justice

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at d5deaf83: 12 of 14 fully right. Wrong were:
- p06 (p06-fema-fee-estimate.pdf): kinds ['fee_estimate'] != ['acknowledged', 'fee_estimate']; received None !=
  '2026-11-20'
- p10 (p10-crm-glomar-third-party.txt): outcome 'no_records' != 'denied'

After general fixes, 14 of 14: p06 reads the request's receipt where what it is for, told after the day, names appeals
among the records sought ("... request to the Federal Emergency Management Agency (FEMA), received in this office on
November 20, 2026, for copies of the Individual Assistance inspection reports, applicant appeal decisions and ..."),
not an appeal received; p10 reads the refusal said in the present of the office ("the Criminal Division neither
confirms nor denies the existence of such records pursuant to Exemptions 6 and 7(C)") as a denial, and the disclaimer
after it ("This should not be taken as an indication that records do or do not exist") as no finding of no records.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout458"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- What a request is for, told after its receipt, naming appeals among the records sought (p06) --------------------
_FEE = " The estimated fee for your request is $1,135.00."


@pytest.mark.parametrize("receipt", [
    "This letter concerns your Freedom of Information Act (FOIA) request to the Federal Emergency Management Agency "
    "(FEMA), received in this office on November 20, 2026, for copies of the Individual Assistance inspection reports, "
    "applicant appeal decisions and contractor inspection quality-control reviews.",
    "This is in response to your request to the Small Business Administration, received by our office on November "
    "20, 2026, for the disaster loan files, borrower appeal letters and the reviewers' notes.",
    "We write about your public records request under RCW 42.56, received by the Department on November 20, 2026, "
    "for claim files and the Board's appeal determinations.",
])
def test_appeals_among_the_records_a_received_request_seeks_leave_it_the_requests_receipt(receipt: str) -> None:
    ack = next(e for e in events_in(receipt + _FEE, "December 11, 2026") if e.kind is EventKind.ACKNOWLEDGED)
    assert ack.received is not None and (ack.received.month, ack.received.day) == (11, 20)


@pytest.mark.parametrize("sentence", [
    # the appeal itself, named before the request's object, or as what the request is for
    "Your request for review of the denial of your request, received in this office on November 20, 2026, for records "
    "of the permit file, has been assigned appeal number A-2027-014.",
    "We received your appeal of our response to your request, received on October 2, 2026, for the permit file.",
    "Your request, received on November 20, 2026, for an appeal of the Department's decision has been docketed.",
    # a clause of its own after the object
    "Your FOIA request, received on November 20, 2026, for the permit files, and your appeal of our earlier response "
    "have been consolidated.",
])
def test_an_appeal_received_stays_an_appeal_beside_a_request_received(sentence: str) -> None:
    assert P.APPEAL_RECEIPT.search(P.REQUEST_OBJECT_AFTER_RECEIPT.sub(r"\1", sentence))

@pytest.mark.parametrize("sentence", [
    # a request for review told as what the request is for, or an appeal of a decision: the appeal, kept whole
    "Your request, received on November 20, 2026, for review of the City's denial has been docketed.",
    "Your request, received on November 20, 2026, for reconsideration of the denial has been docketed.",
])
def test_a_request_for_review_received_keeps_its_object(sentence: str) -> None:
    assert P.REQUEST_OBJECT_AFTER_RECEIPT.sub(r"\1", sentence) == sentence


# --- A refusal to confirm or deny said in the present of the office or the letter (p10) ------------------------------
@pytest.mark.parametrize("refusal", [
    "To protect the privacy of individuals named in law enforcement files, the Criminal Division neither confirms nor "
    "denies the existence of such records pursuant to Exemptions 6 and 7(C) of the Freedom of Information Act.",
    "By this action, the Agency is neither confirming nor denying the existence or nonexistence of records responsive "
    "to your request, pursuant to FOIA Exemptions 1 and 3.",
    "Absent the subject's consent, the Bureau neither confirms nor denies that any such records exist, under "
    "Exemptions 6 and 7(C).",
])
def test_a_refusal_to_confirm_or_deny_in_the_present_is_a_denial(refusal: str) -> None:
    assert P.GLOMAR.search(refusal)
    body = refusal + " This should not be taken as an indication that records do or do not exist."
    final = next(e for e in events_in(body) if e.kind is EventKind.FINAL_DETERMINATION)
    assert final.outcome is Outcome.DENIED


@pytest.mark.parametrize("sentence", [
    # an earlier answer recalled, in the past
    "In its response of June 2, 2026, the FBI neither confirmed nor denied the existence of records.",
    # neither confirm nor deny as two other verbs
    "The Bureau neither confirmed receipt nor denied the request.",
])
def test_a_refusal_recalled_in_the_past_is_not_this_letters(sentence: str) -> None:
    assert not P.GLOMAR.search(sentence)


@pytest.mark.parametrize(("sentence", "no_records"), [
    # the disclaimer that goes with a refusal to confirm or deny: no finding
    ("This should not be taken as an indication that records do or do not exist.", False),
    ("This is a standard response and should not be read to indicate that any such records do or do not exist.",
     False),
    ("This response should not be construed as an indication that documents did or did not exist.", False),
    # a finding
    ("The records you describe do not exist.", True),
    ("Records responsive to your request do not exist.", True),
])
def test_records_that_do_or_do_not_exist_are_no_finding(sentence: str, no_records: bool) -> None:
    assert bool(P.NO_RECORDS.search(sentence)) is no_records
