"""The four-hundred-and-forty-seventh held-out set: 14 letters (letters/heldout447) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen less common offices, in the
formats they really send: a National Reconnaissance Office acknowledgement with a $440.00 search-fee estimate for an
"all other" requester; a Great Lakes St. Lawrence Seaway Development Corporation e-mail releasing 37 pages of lock
records in full; a National Cemetery Administration no-records letter (PDF) whose contract files were destroyed under
the records schedule; a Bureau of Labor Statistics denial in full of survey microdata under Exemption 3 and CIPSEA and
Exemption 4; an Interior Office of Inspector General second interim release in Word with a table (198 pages released,
16 withheld, after a first release of 126); a National Agricultural Statistics Service e-mail acknowledging a request
and granting a fee waiver; a NASA Marshall Space Flight Center e-mail asking a reporter to clarify a request for "all
records" of the SLS core stage; an EPA Region 6 acknowledgement extending the time by 10 working days; a scanned DOE
Richland Operations Office partial release under Exemptions 5 and 6; a Commerce Office of Inspector General
acknowledgement denying expedited processing; a Treasury appeal decision in Word granted in part for CDFI Fund records;
a Bureau of Indian Education letter confirming a withdrawal after a fee estimate; a U.S. Transportation Command partial
release (PDF) under Exemptions 3 (10 U.S.C. § 130b), 4 and 6; and a CFPB appeal decision affirming Exemptions 4 and 8
for a nonbank servicer's examination report.

- h01-nro-ack-fee-estimate.txt: NRO Information Review and Release Group, F-2027-00038, received 30 November 2026,
  12 hours of search less 2 free, $440.00, 30 days to agree.
- h02-gls-final-full.eml: GLS, GLS-2027-0006, 37 pages released in full, no fees.
- h03-nca-no-records.pdf: VA National Cemetery Administration, 27-00219-F, no records (files destroyed under GRS 1.1),
  appeal to VA OGC within 90 days.
- h04-bls-denied-cipsea.txt: DOL/BLS, 2027-F-00412, denied in full under Exemption 3 (44 U.S.C. § 3572, CIPSEA) and
  Exemption 4; no segregable part.
- h05-doi-oig-interim.docx: DOI OIG, DOI-OIG-2027-000017, second interim: 214 pages reviewed, 61 in full and 137 in
  part released, 16 withheld in full, Exemptions 5, 6 and 7(C); a table; next response by February 26, 2027.
- h06-nass-ack-fee-waiver-granted.eml: USDA NASS, 2027-NASS-00031-F, received December 4, 2026, fee waiver granted in
  full, complex track.
- h07-msfc-clarification.eml: NASA MSFC, 27-MSFC-F-00052, received December 9, 2026, request does not reasonably
  describe the records; 20 working days to clarify or it is closed.
- h08-epa-r6-ack-extension.txt: EPA Region 6, EPA-R6-2027-001447, received December 10, 2026, unusual circumstances,
  10 working days more, response expected by January 26, 2027.
- h09-doe-rl-final-partial-scanned.pdf: DOE Richland Operations Office, RL-2027-00014-F (scanned), 93 pages: 12 in
  full, 72 in part, 9 withheld, Exemptions 5 and 6; appeal to OHA.
- h10-doc-oig-ack-expedite-denied.txt: Commerce OIG, DOC-OIG-2027-000071, received December 14, 2026, expedited
  processing denied under 15 C.F.R. § 4.6(f).
- h11-treasury-cdfi-appeal-partly.docx: Treasury, appeal 2027-APP-00008 of request 2026-09-117, granted in part: 14
  pages of scoring sheets to be released in part (Exemptions 4 and 6), 31 pages of financial statements still withheld
  in full under Exemption 4; a table.
- h12-bie-withdrawn.txt: Interior BIE, DOI-BIE-2027-000022, withdrawn at the requester's word after a fee estimate.
- h13-ustranscom-final-partial.pdf: USTRANSCOM, TC-FOIA-26-0187, 46 pages: 22 in full, 18 in part, 6 withheld,
  Exemptions 3 (10 U.S.C. § 130b), 4 and 6; appeal to ODAM.
- h14-cfpb-appeal-affirmed.txt: CFPB, appeal CFPB-2027-0009-A of request CFPB-2026-0412-F, withholding of the
  examination report and workpapers under Exemptions 4 and 8 affirmed.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 NRO fee estimate: the NRO's FOIA pages (Information Review and Release Group, 14675 Lee Road, fees by the DoD
  schedule, "all other" requesters), https://www.nro.gov/Freedom-of-Information-Act-FOIA/FOIA-Request-Process/Submit-a-FOIA-Request/
  and http://www.nro.gov/foia/frp/fees.html; 32 C.F.R. part 296,
  https://www.govinfo.gov/content/pkg/FR-1999-12-21/html/99-32306.htm; and an intelligence agency's search-fee
  estimate ("Search fees are computed at $44.00 an hour. You are entitled to two hours of search at no charge"),
  https://www.scribd.com/document/47702789/NSA-WikiLeaks-letter
- h02 GLS release: the Corporation's offices in Massena (Chief Counsel, Lock Operations and Marine Services),
  https://vdocument.in/saint-lawrence-seaway.html and
  https://www.usgovernmentmanual.gov/Agency?EntityId=YRqRwBVJXFE=&ParentEId=HIYL2uq+Vqo=&EType=/sbLHImeIYk= ; 49 C.F.R.
  part 7, appendix H, http://federal.elaws.us/cfr/title49.part7.subparti.appendix_h_to_part_7
- h03 NCA no records: 38 C.F.R. 1.554, 1.557 and 1.559 (VA's decentralized FOIA offices, appeals to the Office of
  General Counsel (024) within 90 days), https://www.law.cornell.edu/cfr/text/38/1.554,
  http://anthonygarvan.github.io/allregs/html/sections/38CFR1.557.html and https://ecfr.io/Title-38/Section-1.559
- h04 BLS denial: the BLS FOIA questions and answers (FOIA Disclosure Officer, Postal Square Building, requests
  assigned by the Department's FOIA office), https://www.bls.gov/bls/foia-faqs.htm, and DOL's exemption codes,
  https://efoia.dol.gov/app/ExemptionCodes.aspx
- h05 DOI OIG interim release: the OIG's FOIA exemptions page, https://www.doioig.gov/complaints-requests/foia/foia-exemptions-and-exclusions,
  and an OIG request's acknowledgement and determination letters,
  https://www.muckrock.com/foi/united-states-of-america-10/oig-ecpo-complaint-125887/
- h06 NASS fee waiver: USDA's FOIA regulations, 7 C.F.R. part 1, subpart A,
  https://regulations.justia.com/regulations/fedreg/2019/10/21/2019-22896.html and
  https://checkoutapi.com/regulations/expand/title7_part1_subpartA_section1.3
- h07 MSFC clarification: NASA's FOIA regulations, 14 C.F.R. part 1206 (1206.301 describing records, 1206.305),
  http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm and
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=14:5.0.1.1.8.3&idno=14
- h08 EPA Region 6 extension: 40 C.F.R. 2.104 (acknowledgement with the day of receipt, unusual circumstances),
  https://www.law.cornell.edu/cfr/text/40/2.104, and Region 6 tracking numbers (EPA-R6-2023-002770),
  https://www.muckrock.com/foi/multirequest/re-expedited-freedom-of-information-act-request-118845/
- h09 DOE Richland release: a DOE final response ("This is a final response to the request for information that you
  sent to the Department of Energy (DOE) under the Freedom of Information Act"),
  https://www.scribd.com/embeds/326746469/content?start_page=1&view_mode=scroll&access_key=key-YnVeHkR0XfeIoIxMXseD&show_recommendations=true,
  and the Office of Hearings and Appeals' decision on Richland's Exemption 5 redaction of interview notes,
  https://www.energy.gov/oha/downloads/fia-20-0024-matter-seattle-times-0
- h10 Commerce OIG expedite denial: 15 C.F.R. 4.6 (time limits and expedited processing),
  http://www.rdc.noaa.gov/~foia/4_6Timelimits_02.html and
  https://regulations.justia.com/regulations/fedreg/2014/10/20/2014-24598.html
- h11 Treasury appeal decision: Treasury Directive 12-53 (appeal decisions by the Deputy Assistant Secretary for
  Privacy and Treasury Records), https://webarchive.library.unt.edu/eot2008/20090118212354/http:/www.treasury.gov/regs/td12-53.htm,
  and 31 C.F.R. part 1, http://federal.elaws.us/fr/10/26/2018/2018-23447
- h12 BIE withdrawal: the Department of the Interior FOIA Handbook (383 DM 15, response letters),
  https://cupdf.com/document/department-of-the-interior-316-preparing-the-response-letter-317-signature-authority.html,
  and the Indian Affairs FOIA questions and answers, https://www.bia.gov/as-ia/foia/questions-and-answers
- h13 USTRANSCOM release: a DoD installation's final response listing exemptions (b)(3) and (b)(5),
  https://docslib.org/doc/13193749/global-power-for-america, and the Air Force's suggested FOIA letter language (32
  C.F.R. 806.27), https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html
- h14 CFPB appeal decision: Frank LLP v. Consumer Financial Protection Bureau (Exemption 8 and nonbank supervised
  entities; a request remanded on appeal), https://cetient.com/case/4228723/frank-llp-v-consumer-financial-protection-bureau
  and https://buckleysandler.com/blog/2017-12-19/district-court-rules-cfpb-violates-foia-withholding-documents-produced-response-cid-upholds-other-cfpb-interpretations-foia

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 314a61c4: 11 of 14 fully right. Wrong were:
- h01 (h01-nro-ack-fee-estimate.txt): amount 528.0 != 440.0
- h05 (h05-doi-oig-interim.docx): kinds ['final_determination'] != ['interim_release']; outcome 'partial_grant' != None;
  pages_released 324 != 198
- h07 (h07-msfc-clarification.eml): kinds ['clarification_requested'] != ['acknowledged', 'clarification_requested'];
  received None != '2026-12-09'

After general fixes (what was read, with the sentence quoted; tests below), 14 of 14: h01's "After deducting the two
free hours of search ($88.00), the estimated fee for processing your request is $440.00." is the fee left once the free
allowance is taken off, above the gross "12 hours of professional search time at $44.00 per hour, or $528.00"; h05's
"Because this is an interim response, the time to appeal will run from the date of our final response" counts the time
from a final answer still to come, no word that this letter is final, so the letter is an interim release, and its "Our
first interim response, dated November 13, 2026, released 126 pages." tells of an earlier answer's release, not counted
with this one's 198; h07's "the Freedom of Information Act (FOIA) request you submitted to the National Aeronautics and
Space Administration (NASA) through the National FOIA Portal, which the George C. Marshall Space Flight Center (MSFC)
FOIA Office received on December 9, 2026" gives the day the office received the request the requester made, so the
clarification acknowledges it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout447"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After the sealed score: the fee left once the free allowance is taken off, told after the gross estimate, is the fee
# asked.
_GROSS = ("We estimate that a search of those holdings will require approximately 12 hours of professional search "
          "time at $44.00 per hour, or $528.00.")


@pytest.mark.parametrize("net", [
    "After deducting the two free hours of search ($88.00), the estimated fee for processing your request is $440.00.",
    "After subtracting the two hours of search provided at no charge, the estimated fee is $440.00.",
    "Once the two free hours of search are deducted, the fee for your request comes to $440.00.",
    "After crediting the first two hours, which are free, your estimated fee is $440.00.",
])
def test_the_fee_left_after_the_free_allowance_is_taken_off_is_the_fee(net: str) -> None:
    found = [e for e in events_in(f"{_GROSS} {net} Please tell us whether you agree to pay it.")
             if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in found] == [Decimal("440.00")]


def test_an_amount_deducted_is_not_the_fee_left() -> None:
    # near miss: the deduction's own amount, no comma clause before a fee left
    found = [e for e in events_in("We estimate the fee for your request at $528.00. After deducting your deposit of "
                                  "$25.00 we will send you an invoice.") if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in found] == [Decimal("528.00")]


def test_one_parts_fee_left_after_its_free_allowance_is_not_the_total() -> None:
    # near miss: the search fee alone is left after the free hours; the total told after it is the fee
    found = [e for e in events_in("After deducting the two free hours, the estimated search fee is 44 hours at $40.00 "
                                  "per hour, or $1,760.00. Duplication of 3,000 pages at $0.10 per page is $300.00. "
                                  "The total estimated fee for processing your request is $2,060.00.")
             if e.kind is EventKind.FEE_ESTIMATE]
    assert [e.amount for e in found] == [Decimal("2060.00")]


# ... and the time to appeal counted from a final answer still to come leaves an interim release interim; an earlier
# interim answer named as the subject of what it released is not counted again.
_INTERIM = ("This is the second interim response to your request. For this response, we reviewed 214 pages. Of these, "
            "we are releasing 61 pages in full and 137 pages in part, and we are withholding 16 pages in full under "
            "Exemption 6.")


@pytest.mark.parametrize("rights", [
    "Because this is an interim response, the time to appeal will run from the date of our final response.",
    "Your appeal period begins with the Department's final determination on your request.",
    "The time for filing an appeal starts on the date of the final response.",
])
def test_the_appeal_time_counted_from_a_final_answer_to_come_leaves_an_interim_release(rights: str) -> None:
    found = events_in(f"{_INTERIM} {rights}")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [(EventKind.INTERIM_RELEASE, None, 198)]


def test_the_appeal_time_from_this_final_response_stays_final() -> None:
    # near miss: this letter is the final response
    found = events_in("This is the final response to your request. We are releasing 61 pages in full and 137 pages in "
                      "part. The time to appeal will run from the date of this final response.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("earlier", [
    "Our first interim response, dated November 13, 2026, released 126 pages.",
    "Our previous response released 126 pages.",
    "The Bureau's earlier letter provided 126 pages.",
    "Our response of November 13, 2026 produced 126 pages.",
])
def test_an_earlier_answer_told_as_releasing_is_not_counted_again(earlier: str) -> None:
    found = events_in(f"{_INTERIM} {earlier} We continue to process the remaining records.")
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.INTERIM_RELEASE, 198)]


# ... and a request named as the one the requester made, not "your request", with the office's receipt in a clause
# after it, acknowledges it in a letter asking to clarify it.
@pytest.mark.parametrize("opening", [
    "This concerns the Freedom of Information Act (FOIA) request you submitted to the National Aeronautics and Space "
    "Administration (NASA) through the National FOIA Portal, which the George C. Marshall Space Flight Center (MSFC) "
    "FOIA Office received on December 9, 2026, and assigned tracking number 27-MSFC-F-00052.",
    "This is about the request that you sent to the Department, which our office received on December 9, 2026.",
    "This refers to the FOIA request you filed with the Agency on December 7, 2026, which the FOIA Office received on "
    "December 9, 2026.",
])
def test_the_request_you_submitted_received_on_a_day_is_acknowledged(opening: str) -> None:
    found = events_in(f"{opening} As written, your request does not reasonably describe the records you seek. Please "
                      "clarify it by providing the time period of the records you seek.", "December 15, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 12, 9)),
                                                     (EventKind.CLARIFICATION_REQUESTED, None)]


@pytest.mark.parametrize("opening", [
    # near misses: the requester's appeal or payment, not the request
    "This concerns the appeal you submitted to the Department, which our office received on December 9, 2026.",
    "This concerns the payment you sent for your request, which our office received on December 9, 2026.",
])
def test_an_appeal_or_payment_you_submitted_is_no_acknowledgement(opening: str) -> None:
    found = events_in(f"{opening} As written, your request does not reasonably describe the records you seek. Please "
                      "clarify it by providing the time period of the records you seek.", "December 15, 2026")
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in found]
