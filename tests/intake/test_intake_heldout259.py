"""The two-hundred-and-fifty-ninth held-out set: 14 everyday federal letters (letters/heldout259) from the components
users write to besides DHS headquarters and DOJ, each in its office's stock wording: a CDC/ATSDR acknowledgement
e-mail placing the request in the complex queue with unusual circumstances "beyond the ten additional working days"
and a fee-waiver decision put off; an FDA Division of Freedom of Information fee estimate (PDF) with a commercial-use
category, a fee table and advance payment; an IRS Disclosure Office letter acknowledging receipt and extending the
response date by 10 business days to a named day; a USPS no-records letter from a district records custodian; a VHA
final response (PDF) with pages released in full, in part and withheld under Exemptions 5 and 6; a State Department
acknowledgement with its case control number, the "unusual circumstances ... may arise" sentence and expedited
processing denied; a HUD fee category determination and estimate e-mail (commercial use, computer search and review,
the $25 no-charge floor named); an SSA no-records e-mail; an FAA final response e-mail releasing all pages in full
with fees below the billing threshold; a TSA final response in Word (letterhead in the page header, exemption table)
with Sensitive Security Information under 49 U.S.C. § 114(r); a FEMA acknowledgement e-mail invoking the 10-day
extension and granting a fee waiver; a Department of Commerce appeal decision affirming NOAA's Exemption 5
withholdings; a Secret Service second interim release (PDF); and an OPM letter in Word denying a fee waiver with a fee
table for an "all other" requester. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 CDC acknowledgement: the three CDC unusual-circumstances bullets ("We reasonably expect that two or more CDC
  centers, institutes, and offices (C/I/Os) may have responsive records", "voluminous records", "consult with two or
  more C/I/Os") and the fee waiver sentences quoted in https://derekschmitz.com/2022/04/01/cdc-foia-update-2/; the
  acknowledgement within 48 hours, https://cdc.gov/foia/faq/index.html; CDC request numbers (26-00998-FOIA) as in
  earlier sets.
- h02 FDA fee estimate: FDA's FOIA FAQ (control number, Division of Freedom of Information, 5630 Fishers Lane, Room
  1035), https://www.fda.gov/regulatory-information/freedom-information/frequently-asked-questions-faq-freedom-information,
  FDA's two numbers (2024-10430 and FDA24108993) on https://muckrock.com/foi/united-states-of-america-10/fda-processing-176736,
  and the CDC/HHS fee estimate wording quoted in https://occupyme.net/2017/06/22/cdc-hilarity/
- h03 IRS extension: the IRS's 20 business days and 10-day extension for unusual circumstances (collecting records
  from field locations), https://wagnertaxlaw.com/foias-and-gdpas-how-requests-for-information-can-help-practitioners-resolve-cases-with-the-irs-or-dor-2,
  and the IRS Disclosure Office letters of earlier sets (person to contact, employee ID, case number, suit after the
  extended date).
- h04 USPS no-records letter: Handbook AS-353, 4-4.26 (written response, adverse determination when the record
  "does not exist, cannot be located, or has been destroyed", FOIA Public Liaison), https://about.usps.com/handbooks/as353/as353c4_036.htm,
  and 4-4.2 (tracking number on all communications), https://about.usps.com./handbooks/as353/as353c4_012.htm
- h05 VHA final response: the VA appeal address (Office of General Counsel (024)) and 90 days, 38 CFR 1.559 as in set
  212, and the DHS-style page formula; written without a VHA letter found in the time available.
- h06 State acknowledgement: the Department of State acknowledgement scanned on
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
  (Case Control Number, cut-off date, "Unusual circumstances ... may arise that would require additional time",
  22 C.F.R. § 171.11 and its four grounds for expedition).
- h07 HUD fee letter: HUD's fee categories and the $25.00 floor, http://www.hud.gov/offices/adm/foia/feesandfeewaivers.cfm,
  and 24 CFR 15.110, https://www.law.cornell.edu/cfr/text/24/15.110; HUD control numbers (26-FI-HQ-01422) as in
  earlier sets.
- h08 SSA no-records e-mail: 20 CFR part 402 (402.105 appeals), https://govregs.com/regulations/expand/title20_chapterIII_part402_section402.120,
  and SSA tracking numbers (SSA-2019-002016) on https://www.muckrock.com/foi/united-states-of-america-10/ssa-open-access-dmf-social-security-administration-63294/
- h09 FAA full release: the FAA FOIA process described on http://aireform.com/resources/foia/foia-process-exemptions/
  and DOT's fee regulation (49 CFR 7.43); written without an FAA letter found in the time available.
- h10 TSA final response: the TSA exemptions (b)(3) with 49 U.S.C. § 114(r) and (b)(6) described in the McCoy
  declaration, https://p.pdfkul.com/sai-v-tsa-dcd-1-14-cv-00403-rdm-2016-06-09-99-3-declaration-_59deb2971723dd5a170062b6.html,
  and the DHS page formula ("releasable in part ... withheld in their entirety pursuant to Title 5 U.S.C. § 552").
- h11 FEMA acknowledgement: FEMA's acknowledgement e-mails quoted on
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ (FEMA
  reference numbers 2014-FEFO-00559, the Disclosure Branch) and the DHS acknowledgement formula of set 190 ("the FOIA
  does permit a 10-day extension ... FEMA will invoke a 10-day extension").
- h12 Commerce appeal decision: 15 C.F.R. § 4.10 and the OIP-style appeal decisions of earlier sets; written without
  a Commerce decision found in the time available.
- h13 Secret Service interim release: the Secret Service letters quoted on
  https://redrightpatriot.com/amid-white-house-drama-secret-service-turns-down-foia-request/ ("received by the United
  States Secret Service (Secret Service) on ...", appeal within 90 days) and the appeal address (Deputy Director,
  Communications Center, 245 Murray Lane) on https://assets.documentcloud.org/documents/724940/swartz-dhs-foia-denial-appeal.txt
- h14 OPM fee waiver denial and estimate: the FOIAXpress "Denial of Fee Waiver Request" correspondence ("States the
  reasons why a requested fee waiver has been denied. It also contains the fee categories and the total fees"),
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm,
  and 5 CFR part 294.

Blind score: 13 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong was:
- h06 (State Department acknowledgement): the expedited-processing decision was proposed granted (full_grant) instead
  of denied, read from the regulation's standard restated before the decision: "Expedited processing is granted only
  in the following situations: (1) imminent threat to the life or physical safety of an individual; ..." (the
  decision itself follows: "Therefore, your request for expedited processing is denied.").
After general fixes (the situations or circumstances a standard lists, "is granted only in the following situations",
"only under the circumstances listed in ...", "only upon a specific showing of compelling need", are no decision; and,
found beside it, a decision "granted only in part" or "approved only in part" is a partial grant, not a grant in
full), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout259"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kind", "outcome"), [
    ("You requested expedited processing. Expedited processing is granted only in the following situations: (1) "
     "imminent threat to the life or physical safety of an individual; or (2) urgency to inform the public. You have "
     "not shown an urgency to inform the public. Therefore, your request for expedited processing is denied.",
     EventKind.EXPEDITE_DECISION, Outcome.DENIED),
    ("You asked that fees be waived. A fee waiver is granted only under the circumstances listed in 22 C.F.R. "
     "§ 171.16. Having reviewed your submission, your request for a fee waiver is denied.",
     EventKind.FEE_WAIVER_DECISION, Outcome.DENIED),
    ("You requested expedited treatment. Expedition may be granted only upon a specific showing of compelling need. "
     "You have demonstrated a compelling need, and your request for expedited processing is granted.",
     EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT),
    # The near miss: circumstances named in the decision itself, no standard.
    ("You requested expedited processing. In light of the circumstances you describe, your request for expedited "
     "processing is granted.", EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT),
])
def test_the_situations_a_standard_lists_are_no_decision(body: str, kind: EventKind, outcome: Outcome) -> None:
    assert [e.outcome for e in events_in(body) if e.kind is kind] == [outcome]


@pytest.mark.parametrize(("body", "kind", "outcome"), [
    ("You requested a fee waiver. Your request for a fee waiver is granted only in part: search fees are waived, and "
     "duplication fees will be charged.", EventKind.FEE_WAIVER_DECISION, Outcome.PARTIAL_GRANT),
    ("You asked for expedited processing. Your request for expedited processing is approved only in part, for the "
     "first item of your request.", EventKind.EXPEDITE_DECISION, Outcome.PARTIAL_GRANT),
    # The near miss: granted, with "only" elsewhere.
    ("You requested a fee waiver. Your request for a fee waiver is granted; only duplication costs in part remain.",
     EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT),
])
def test_a_decision_granted_only_in_part_is_partly_granted(body: str, kind: EventKind, outcome: Outcome) -> None:
    assert [e.outcome for e in events_in(body) if e.kind is kind] == [outcome]
