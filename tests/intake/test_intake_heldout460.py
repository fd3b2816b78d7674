"""The four-hundred-and-sixtieth held-out set: 14 letters (letters/heldout460) from state and local public-records
offices in fourteen states, each under its own law, in the formats they really send: a Texas Department of Criminal
Justice itemized cost estimate (PDF) with the deposit that section 552.263 allows; a Chicago Public Schools FOIA Center
e-mail closing a request with 41 redacted pages under 5 ILCS 140/7(1)(a), (b) and (c); a Massachusetts Supervisor of
Records determination ordering the Boston Police Department to answer a request it had ignored; a University at Albany
FOIL acknowledgement in Word with an approximate date; an Allegheny County Right-to-Know Law thirty-day extension
giving the 902 reasons; an Orange County Sheriff's Office GovQA e-mail releasing 23 pages in full; an Ohio Department
of Rehabilitation and Correction letter finding no records; a Michigan State Police denial (PDF) of an open crash
investigation with its appeal rights; a Georgia Governor's Office letter asking an over-broad Open Records Act request
to be narrowed; a Minnesota Department of Corrections data practices response in Word with a table of the data
withheld; a Portland Public Schools JustFOIA fee estimate under ORS 192.324; a Charleston County School District
determination under S.C. Code § 30-4-30(c) that the records will be furnished within thirty days; an Arizona Attorney
General first installment (PDF) with counts and statutory redactions; and a Baltimore County Police Department denial
of a fee waiver under the Maryland Public Information Act.

- g01-tx-tdcj-pia-cost-estimate.pdf: TDCJ, PIA-2026-118734, received December 2, 2026; itemized estimate $222.00 and a
  deposit of that amount under Gov't Code § 552.263(a); withdrawn if no answer in 10 business days.
- g02-il-cps-foia-partial.eml: Chicago Public Schools FOIA Center, N017482-112426, 41 pages released with redactions
  under 5 ILCS 140/7(1)(a), 7(1)(b) and 7(1)(c); request closed; PAC review in 60 days.
- g03-ma-spr-order-to-respond.txt: Supervisor of Records, SPR26/3187, on Boston Police Department request PR26-04417:
  the Department never answered and is ordered to respond within 10 business days (an order to answer, like a
  remand: outcome other).
- g04-ny-ualbany-foil-ack.docx: University at Albany, UA-FOIL-2026-0388, received December 3, 2026; grant or denial
  on or before January 8, 2027.
- g05-pa-allegheny-county-rtk-extension.txt: Allegheny County, RTKL request 2026-1963, received November 30, 2026;
  thirty more days under 65 P.S. § 67.902(b), a response on or before January 6, 2027.
- g06-fl-ocso-govqa-fulfilled.eml: Orange County Sheriff's Office, P028816-120126, 23 pages released in their
  entirety, no charge, closed.
- g07-oh-odrc-no-records.txt: ODRC, ODRC-PRR-26-07742, no after-action review or debriefing report exists; closed.
- g08-mi-msp-foia-denial.pdf: Michigan State Police, 26-FOIA-31877, denied in its entirety under MCL
  15.243(1)(b)(i) and MCL 15.243(1)(a); appeal to the head of the public body or the Court of Claims in 180 days.
- g09-ga-governor-ora-clarify.txt: Office of the Governor, GOV-ORA-26-1452, received December 7, 2026; asked to name
  custodians, a period and subjects; withdrawn after 30 days without an answer.
- g10-mn-doc-data-request-partial.docx: Minnesota DOC, DOC-DP-26-2094, 58 pages provided (some redacted) and 4
  withheld, a table citing Minn. Stat. § 13.85, subd. 2 and subd. 3, and § 13.43, subd. 2.
- g11-or-pps-justfoia-fee-estimate.eml: Portland Public Schools, 2026-PPS-00917, received December 4, 2026; estimate
  $325.50 under ORS 192.324; withdrawn after 60 days.
- g12-sc-ccsd-foia-response-timeline.txt: Charleston County School District, FOIA #26-0613, received December 1,
  2026; the section 30-4-30(c) determination that the records are public and will be furnished on or before January
  8, 2027 (nothing released yet: logged as the acknowledgement with its date).
- g13-az-ago-first-installment.pdf: Arizona Attorney General, R026-002871, first installment: 231 pages reviewed, 219
  released (172 in full, 47 in part), 12 withheld in full; A.R.S. § 41-1750 and § 13-4434 (privacy under case law and
  work product cite no statute).
- g14-md-bcopd-mpia-fee-waiver-denied.txt: Baltimore County Police Department, PIA-26-4408, received December 8, 2026;
  fee waiver under GP § 4-206(e) denied; Public Access Ombudsman and Compliance Board named.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- g01 TDCJ cost estimate: the Open Records Coordinator's estimates ("We have determined that complying with your request
  will result in the imposition of a charge that exceeds $40 ...", "Itemized List of Charges", the 552.263(a) bond),
  https://www.scribd.com/document/376052256/KENS-5-request-cost-estimate and
  https://assets.documentcloud.org/documents/3935590/Cost-Estimate-Nathanael-King.txt, and the agency's page,
  https://www.tdcj.texas.gov/divisions/eas/public_information_act.html
- g02 Chicago Public Schools: the CPS FOIA Center's messages ("Your FOIA Center reference number for tracking purposes
  is: N015096-040124"), http://muckrock.com/foi/chicago-169/board-chair-emails-in-march-2024-161542/ and
  https://mycusthelp.info/cps/_cs/RequestSelect.aspx?sSessionID=, and https://www.cps.edu/about/freedom-of-information-act-foia/
- g03 Massachusetts Supervisor of Records: G. L. c. 66, § 10A and the SPR appeals,
  https://instalawyer.io/laws/massachusetts-general-laws/section-10a-petition-for,
  https://www.statereference.com/pages/ma_prd_appeals and https://www.plymouth-ma.gov/FAQ.aspx?QID=191
- g04 University at Albany: Public Officers Law § 89(3)(a) (acknowledgement within five business days with an
  approximate date), and the FOIL acknowledgements of earlier sets.
- g05 Allegheny County: 65 P.S. § 67.902 (the seven reasons, "a reasonable date that a response is expected"),
  https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time
  and http://www.pafoic.org//2010news_files/c5dedf267a8c2615b0c0e08cb05aef06-337.html
- g06 Orange County Sheriff's Office: the GovQA messages ("--- Please respond above this line ---", "Public Records
  Request :: P..."), as in g02's FOIA Center, and Florida's e-mail notice under ch. 668.
- g07 ODRC: R.C. 149.43 (no duty to create records), and the no-records letters of earlier Ohio sets.
- g08 Michigan State Police: MCL 15.235 (contents of a notice of denial) and MCL 15.240,
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and http://www.olcplc.com/public/media?1298924990
- g09 Georgia Governor's Office: the Attorney General's citizen's guide to the Open Records Act,
  https://www.readkong.com/page/georgia-s-sunshine-laws-a-citizen-s-guide-to-open-government-9908759 and
  https://foiabasics.org/orr/georgia
- g10 Minnesota DOC: Minn. Stat. ch. 13 (13.85 corrections and detention data, 13.072 advisory opinions), and the data
  practices responses of earlier sets.
- g11 Portland Public Schools: ORS 192.324 (fees, written estimate over $25, waiver in the public interest),
  https://multco.us/info/public-records-fee-schedule and https://oregon.public.law/rules/oar_635-001-0331
- g12 Charleston County School District: S.C. Code § 30-4-30(c) (ten business days to determine, thirty days to
  furnish), https://masc.sc/node/1169 and https://masc.sc/uptown/04-2025/some-public-documents-require-immediate-release-under-foia
- g13 Arizona Attorney General: A.R.S. § 39-121 et seq. and the Agency Handbook chapter on public records,
  https://scientists4wiredtech.com/arizona/publicrecords/ and https://docslib.org/doc/13224549/public-records-law-overview
- g14 Baltimore County Police: GP § 4-206 (fees and waivers) and § 4-1A-05 (the Compliance Board),
  https://lexace.ai/us/statute/maryland/GP-4-206,
  https://cetient.com/case/9804782/balt-police-dept-v-open-justice-balt and
  https://instalawyer.io/laws/maryland-statutes/section-4-1a-05-unreasonable-fee

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 12 of 14 fully right. Wrong were:
- g02 (g02-il-cps-foia-partial.eml): exemptions ['5 ILCS 140/7(1)(a)', '105 ILCS 10/6', '5 ILCS 140/7(1)(b)', '5 ILCS
  140/7(1)(c)'] != ['5 ILCS 140/7(1)(a)', '5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)']
- g07 (g07-oh-odrc-no-records.txt): outcome 'partial_grant' != 'no_records'; exemptions ['R.C. 5120.21', 'R.C. 149.433']
  != None

Corrected after the score (the score stands): g02 cites the Illinois School Student Records Act, 105 ILCS 10/6, as the
state law 7(1)(a) applies, and earlier sets log that statute beside 7(1)(a) (heldout330 n08); expected.json now does
too, and the rules read it so.

After general fixes (the grounds a new request's records may be withheld under, named beside the invitation to make
one, are foreseen, not applied, and leave the answer that nothing was found: g07's "If you would like to submit a
request for the incident reports, please send a new request to this office, and note that such reports may be redacted
under R.C. 5120.21 and R.C. 149.433"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout460"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- Grounds named for records a new request would reach, beside a finding of none (g07) ---------------------------
_NONE_FOUND = "After a diligent search, the Department has no records responsive to your request."


@pytest.mark.parametrize("foreseen", [
    # the letter's own wording: the statutes such reports "may be redacted under", a new request invited
    "If you would like to submit a request for the incident reports, please send a new request to this office, and "
    "note that such reports may be redacted under R.C. 5120.21 and R.C. 149.433.",
    # ... other wordings: a separate request, the grounds after a semicolon
    "Should you wish to request the body-worn camera video, you may file a separate request; portions of it could be "
    "withheld under RCW 42.56.240(1).",
    "If you wish to obtain the investigative file, please submit a new public records request; that file may be "
    "subject to redaction under Section 7(1)(c) of FOIA, 5 ILCS 140/7(1)(c).",
    # ... the note of what may be withheld in a sentence of its own, right after the invitation
    "You may submit a new request for the dispatch audio. Please note that such recordings may be redacted under KRS "
    "61.878(1)(a).",
])
def test_grounds_foreseen_for_a_new_request_leave_a_no_records_answer(foreseen: str) -> None:
    final = next(e for e in events_in(f"{_NONE_FOUND} {foreseen}", "December 16, 2026")
                 if e.kind is EventKind.FINAL_DETERMINATION)
    assert (final.outcome, final.exemptions) == (Outcome.NO_RECORDS, ())


@pytest.mark.parametrize(("body", "exemptions"), [
    # a redaction made now, beside the invitation to ask for more
    ("We located 12 pages of incident reports, which are enclosed. The reports have been redacted under R.C. "
     "149.43(A)(1)(h); you may submit a new request for the remaining files.", ("R.C. 149.43(A)(1)(h)",)),
    # the invitation in a sentence of its own, the withholding in another before it
    ("We located 12 pages of incident reports, which are enclosed. Home addresses were redacted under RCW "
     "42.56.250(4). If you would like to submit a new request for the audio, please contact us.",
     ("RCW 42.56.250(4)",)),
    # what "may be redacted" in the records sent, no new request named
    ("We located 12 pages of incident reports, which are enclosed. Some of the pages may be redacted under R.C. "
     "149.43(A)(1)(h).", ("R.C. 149.43(A)(1)(h)",)),
])
def test_grounds_applied_now_stay_beside_a_new_request_invited(body: str, exemptions: tuple[str, ...]) -> None:
    final = next(e for e in events_in(body, "December 16, 2026") if e.kind is EventKind.FINAL_DETERMINATION)
    assert (final.outcome, final.exemptions) == (Outcome.PARTIAL_GRANT, exemptions)


@pytest.mark.parametrize(("sentence", "invites", "may_be"), [
    ("Please send a new request to this office.", True, False),
    ("You may file a separate request for the video.", True, False),
    ("Should you wish to request the recordings, please contact us.", True, False),
    ("Such reports may be redacted under R.C. 5120.21.", False, True),
    ("Portions of it could be subject to redaction under RCW 42.56.240(1).", False, True),
    # not an invitation: the request answered, or a new request the requester made
    ("We received your request on November 20, 2026.", False, False),
    ("Your new request was assigned number 26-114.", False, False),
    # not what may be withheld: what was
    ("The reports have been redacted under R.C. 149.43(A)(1)(h).", False, False),
    ("The video is being withheld under RCW 42.56.240(1), though parts may be withheld under other sections too.",
     False, False),
])
def test_a_new_request_invited_and_what_may_be_withheld(sentence: str, invites: bool, may_be: bool) -> None:
    assert (bool(P.NEW_REQUEST_INVITED.search(sentence)), bool(P.MAY_BE_WITHHELD.search(sentence))) == (invites, may_be)
