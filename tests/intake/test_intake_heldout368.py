"""The three-hundred-and-sixty-eighth held-out set: 14 letters (letters/heldout368) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: an EPA e-mail acknowledging an appeal
of a Region 5 response with its appeal number and day of receipt; a Justice Department Office of Information Policy
appeal decision (PDF) affirming the FBI's withholdings under Exemptions 6, 7(C), 7(D) and 7(E), with the 552(c)
notice; an Interior Department appeal decision granting an appeal of a Bureau of Reclamation Exemption 5 withholding
and enclosing the 23 pages; a State Department Appeals Review Panel decision in Word granting an appeal in part, with
a table of the documents and the Panel's decision on each; an ICE appeal decision remanding a lawyer's request for a
detained client's file for a new search; a Veterans Affairs e-mail closing an appeal of VHA's failure to respond as
moot; a Labor Department decision dismissing an appeal of an OSHA response as untimely; a Hawaii Office of Information
Practices appeal decision (PDF) finding that a police department must disclose pursuit review summaries (docket only);
an Indianapolis police department release in Word after a Public Access Counselor advisory opinion, with a table of
what was released, redacted and withheld; a Department of Energy fee-waiver grant e-mailed with the letter attached
as PDF; a CBP letter denying expedited processing to a lawyer for a client in removal proceedings; a HUD e-mail asking
whether the requester is still interested; an FDA third interim response (PDF) in FOIA litigation; and an Army
release after an appeal remanded a no-records response for a new search.

- u01-epa-appeal-ack.eml: EPA appeal EPA-2027-001146 on request EPA-R5-2026-007831, received November 23, 2026.
- u02-oip-fbi-appeal-affirmed.pdf: OIP appeal A-2027-00188 on FBI request 1632417-000, affirmed, Exemptions 6, 7(C),
  7(D) and 7(E).
- u03-doi-bor-appeal-reversed.txt: Interior FOIA Appeal No. 2027-027 on Reclamation request DOI-BOR-2026-003392,
  granted, 23 pages released in full.
- u04-state-appeal-partly.docx: State appeal A-2026-00231 on case F-2025-14872, granted in part: 3 documents (9
  pages) withheld in full under Exemptions 1 and 5 affirmed, 6 documents (14 pages) released in part, Exemptions 5
  and 6.
- u05-ice-appeal-remanded.txt: ICE appeal 2027-ICAP-00061 on request 2026-ICFO-48213, remanded for a new search.
- u06-va-appeal-moot.eml: VA appeal 27-00312 on VHA request 26-07215-FY, closed as moot after VHA's decision.
- u07-dol-appeal-untimely.txt: DOL appeal 2027-A-000093 on request 2026-F-11842, dismissed as untimely.
- u08-hi-oip-appeal-decision.pdf: Hawaii OIP U APPEAL 26-23, HRS § 92F-13(3) not shown, summaries to be disclosed.
- u09-in-impd-release-after-pac.docx: IMPD release on request R026417-090826 after advisory opinion 26-FC-187, 17
  pages released (11 with redactions), 17 withheld, IC 5-14-3-4(a)(12) and 5-14-3-4(b)(1).
- u10-doe-fee-waiver-granted.eml: DOE fee waiver granted on request HQ-2027-00214-F under 10 C.F.R. 1004.9(a)(8).
- u11-cbp-expedite-denied.txt: CBP expedited processing denied on request CBP-FO-2027-021947 under 6 C.F.R.
  5.5(e)(1).
- u12-hud-still-interested.eml: HUD "still interested?" e-mail on request 26-FI-HQ-02317, reply by January 6, 2027.
- u13-fda-litigation-production.pdf: FDA third interim response in litigation on request 2026-3817, 500 pages
  processed, 288 in full, 164 in part, 48 withheld, Exemptions 4, 5 and 6.
- u14-army-release-after-remand.txt: Army IMCOM release on request FA-26-0917 after a remand, 37 pages in full, 21 in
  part, 6 withheld, Exemptions 4 and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- u01 EPA: 40 C.F.R. 2.104 (appeals decided by the Office of General Counsel within 20 working days) and the EPA
  appeal letters of earlier sets.
- u02 DOJ Office of Information Policy: its appeal decisions on FBI requests ("After carefully considering your appeal,
  I am affirming the FBI's action on your request", the exemption list, the OGIS and 552(c) paragraphs), as quoted
  in https://www.foiaadvisor.com/home/2016/6/28/qa and 28 C.F.R. 16.8.
- u03 Interior: 43 C.F.R. 2.57-2.64 (FOIA Appeals Office in the Office of the Solicitor) and the Interior appeal
  letters of earlier sets.
- u04 State: 22 C.F.R. 171.14 and the Department's appeals page, https://foia.state.gov/Request/Appeals.aspx, with
  the Department's case numbers (F-YYYY-NNNNN) as in https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- u05 ICE: the Office of the Principal Legal Advisor's remand letters ("a new search, or modifications to the existing
  search, could be made ... remanded to the ICE FOIA Office for processing and re-tasking") and 6 C.F.R. 5.8.
- u06 Veterans Affairs: 38 C.F.R. 1.559 (appeals to the Office of General Counsel, 90 days) and the moot-appeal
  letters of earlier sets.
- u07 Labor: 29 C.F.R. 70.22 (appeals within 90 days to the Solicitor of Labor) and the untimely-appeal letters of
  earlier sets.
- u08 Hawaii Office of Information Practices: HRS §§ 92F-13, 92F-15.5, 92F-42 and 92F-43 and the OIP decisions of
  earlier sets (Question Presented, Brief Answer, Facts, Discussion, Decision, Right to Bring Suit).
- u09 Indianapolis Metropolitan Police Department: Ind. Code 5-14-3-4 and 5-14-5 and the Public Access Counselor's
  handbook, https://pdfslide.net/documents/handbook-on-indianas-public-ingov.html, and 62 IAC 1-1-2,
  https://regulations.justia.com/states/indiana/title-62/article-1/rule-1/section-2
- u10 Energy: 10 C.F.R. 1004.9(a)(8) (the six fee-waiver factors) and the fee-waiver letters of earlier sets.
- u11 CBP: 6 C.F.R. 5.5(e) (the four grounds of compelling need) and CBP's SecureRelease letters of earlier sets.
- u12 HUD: 24 C.F.R. part 15, https://thefederalregister.org/80-FR/49140, and the "still interested" letters of
  earlier sets (30 calendar days, administrative closure).
- u13 FDA: 21 C.F.R. 20.61 and 20.63 and the interim releases in FOIA litigation of earlier sets (processing rate set
  in a joint status report, Bates ranges).
- u14 Army: 32 C.F.R. part 286 and the Army releases of earlier sets (appeal to the Secretary of the Army through the
  initial denial authority, FOIA Public Liaison and OGIS paragraph).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 836a6ac3: 11 of 14 fully right. Wrong were:
- u04 (u04-state-appeal-partly.docx): pages_withheld None != 9
- u07 (u07-dol-appeal-untimely.txt): kinds ['appeal_acknowledged'] != ['appeal_decision']; received '2026-11-02' !=
  None; outcome None != 'denied'
- u09 (u09-in-impd-release-after-pac.docx): kinds ['appeal_decision'] != ['final_determination']; appeal_number
  '26-FC-187' != None; outcome 'full_grant' != 'partial_grant'; exemptions None != ['IC 5-14-3-4(a)(12)', 'IC
  5-14-3-4(b)(1)']; pages_released None != 17; pages_withheld None != 17

After general fixes (an appeal named in a clause before "it" turned away as late is decided, denied: "Because your
appeal was not timely filed, it is dismissed as untimely, and this office will take no further action on it"), 12 of
14: u07 right.
After general fixes (a decision in part whose table of records says which withholdings in full it upholds counts their
pages as withheld: "| C06813377 | 4 | Withheld in full - affirmed | B1, B5 |" under "| Document | Pages | Panel decision
| Exemptions |"), 13 of 14. And (a finding said not to have been made decides nothing: "The Public Access Counselor's
advisory opinion did not conclude that those reports must be disclosed", in an agency's own release after the opinion,
is no appeal decision), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake import patterns as P

SET = "heldout368"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_DECISION = ("Your appeal has been reviewed by the Appeals Review Panel. The Panel reviewed the 9 documents at issue. "
             "Accordingly, your appeal is granted in part and denied in part.\n")


@pytest.mark.parametrize(("table", "withheld"), [
    ("| Document | Pages | Panel decision | Exemptions |\n| C06813377 | 4 | Withheld in full - affirmed | B1, B5 |\n"
     "| C06813381 | 2 | Withheld in full - affirmed | B5 |\n| C06813390 | 3 | Withheld in full - affirmed | B1 |\n"
     "| C06813402 through C06813419 (6 documents) | 14 | Released in part | B5, B6 |", 9),
    ("| Record | Pages | Appeal determination |\n| Memo of May 2 | 5 | Withheld in full, upheld |\n"
     "| Draft report | 7 | Withheld in full, upheld |\n| E-mails | 12 | Released in part |", 12),
    # The near miss: a withholding in full the decision reverses keeps back nothing.
    ("| Document | Pages | Panel decision |\n| C06813377 | 4 | Withheld in full - reversed |\n"
     "| C06813402 | 14 | Released in part |", None),
])
def test_pages_a_decision_in_part_upholds_in_its_table_are_withheld(table: str, withheld: int | None) -> None:
    [event] = events_in(_DECISION + table)
    assert event.pages_withheld == withheld


@pytest.mark.parametrize(("sentence", "decides"), [
    ("The Public Access Counselor's advisory opinion did not conclude that those reports must be disclosed.", False),
    ("The Attorney General's opinion does not find that the recordings must be released.", False),
    ("The Board has never concluded that such logs shall be made public.", False),
    # The near miss: the finding made.
    ("The Public Access Counselor concludes that the reports must be disclosed.", True),
])
def test_a_finding_not_made_decides_nothing(sentence: str, decides: bool) -> None:
    assert bool(P.APPEAL_DECISION.search(sentence)) is decides

