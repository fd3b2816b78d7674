"""The two-hundred-and-thirty-fifth held-out set: 14 letters (letters/heldout235) on immigration enforcement, seven
federal and seven from state agencies of seven states: an ICE final response (PDF) with pages released in their
entirety, partially releasable and withheld in full under four exemptions named out of the statute's order; an ICE
(OPLA) appeal acknowledgement e-mail; a USCIS acknowledgement with its control number and processing track; a CBP
no-records e-mail from SecureRelease; a DHS Privacy Office fee estimate in Word with a fee table; a State Department
acknowledgement that denies a fee waiver; a DOJ Office of Information Policy appeal decision (PDF) affirming EOIR's
withholdings; a California DMV acknowledgement that extends the time under Government Code section 7922.535; a New
York DOCCS FOIL acknowledgement e-mail with its approximate date; a Texas DPS release in Word with a table of Gov't
Code redactions; an Illinois Department of Corrections five-business-day extension (PDF) under 5 ILCS 140/3(e); a
New Jersey State Police OPRA denial e-mail; a Florida HSMV special service charge estimate requiring a deposit; and an
Arizona DPS GovQA closing e-mail with redactions. Written before the rules were read or run on them, and committed
before they were run.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 ICE final response: ICE's final response in 2010FOIA1221 ("This letter is the final response to your Freedom of
  Information Act (FOIA) request ... Your request was received in this office on ...", "A search of ... produced a
  total of N pages. Of the N pages ..., I have determined that ... pages are partially releasable and ... are withheld
  in full pursuant to Title 5 U.S.C. § 552 ...", "Enclosed is ..."),
  https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10, and
  ICE's case numbers (2020-ICFO-21220) on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- h02 ICE appeal acknowledgement: ICE's appeal numbers (2020-ICAP-00440, 2023-ICAP-00154) beside the request numbers on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195, written in ICE's
  acknowledgement formula ("This acknowledges receipt of ... received in this office on ..."); the OPLA Government
  Information Law Division as the appeal office from ICE's own final letters.
- h03 USCIS acknowledgement: USCIS's status page (control numbers beginning NRC, COW; the three tracks for A-File
  requests; Track 3 for people scheduled before an immigration judge),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request,
  and https://projectcitizenship.org//requesting-records-part-1-foiapa-requests (the National Records Center address,
  the acknowledgement letter sent once the office has reviewed the request).
- h04 CBP no-records e-mail: CBP's final-letter formula in the DHS letters of earlier sets
  (https://docslib.org/doc/3095698/homeland-security-washington-dc-20528) and the appeal procedure of 6 C.F.R. § 5.8;
  no CBP no-records page was found in the time available.
- h05 DHS Privacy Office fee estimate: the DHS FOIA regulation on fees, 6 C.F.R. § 5.11 (requester categories, the two
  free hours and 100 free pages, written assurance of payment when fees exceed the amount agreed); no Privacy Office
  page was found in the time available.
- h06 State Department acknowledgement with a fee-waiver denial: State's acknowledgement letter ("This is in response
  to your request dated ..., which was received on .... We have assigned Case Control Number ... and will begin the
  processing of your request", "We have considered your request for a fee waiver", "Unusual circumstances (including
  the number and location of Department components ...) may arise"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence,
  and https://fr.scribd.com/document/356208139/DoS-FOIA-Response (Case No. F-2014-18175).
- h07 OIP appeal decision on an EOIR request: OIP's appeal-decision formula of earlier sets ("After carefully
  considering your appeal, I am affirming ...", "Please be advised that this Office's decision was made only after a
  full review of this matter", the lawsuit and OGIS paragraphs) and EOIR's control numbers (2024-03407) in its sample
  FOIAXpress PAL acknowledgement, http://https.omb.report/icr/202404-1125-001/doc/142231200
- h08 California DMV acknowledgement and extension: the DMV's CPRA letter quoted on MuckRock ("The California Department
  of Motor Vehicles acknowledges receipt of your facsimile dated and received on ...", "Re: Public Records Act Request
  PRA-19-104"),
  https://www.muckrock.com/foi/california-52/gender-x-drivers-licenses-and-state-ids-department-of-motor-vehicles-72168/,
  and Government Code section 7922.535 (the 14-day extension in unusual circumstances).
- h09 New York DOCCS FOIL acknowledgement: the FOIL regulations' written acknowledgement "and a statement of the
  approximate date when the request will be granted or denied",
  https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-9-executive-department/subtitle-aa-state-commission-of-correction/chapter-ii-miscellaneous/part-7200-public-access-to-records/section-72005-requests-for-public-access-to-records,
  and Public Officers Law § 89(3)(a).
- h10 Texas DPS release: DPS's public information page (the Office of General Counsel, Box 4087),
  https://www.dps.texas.gov/section/general-counsel/public-information, an Attorney General ruling to DPS
  (https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2008/htm/or200803796.htm), and Gov't Code
  §§ 552.130(c) and 552.147(b) (redactions allowed without asking for a ruling).
- h11 Illinois DOC extension: the Illinois FOIA extension reasons and notice (5 ILCS 140/3(e); "notify the requester in
  writing ... of the statutory reasons for the extension and when the requested information will be produced"),
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  https://vdocuments.site/to-dr-mike-riggle-from-rosanne-williamson-2017-5-19-michael-piskel-mpiskelglenbrook225org.html
- h12 New Jersey State Police OPRA denial: the Department of Law and Public Safety custodian's replies on OPRAmachine,
  https://opramachine.com/request/opra_requests_382, and the OPRA denial grounds and challenge routes (N.J.S.A.
  47:1A-1.1, 47:1A-9.a, the Government Records Council or Superior Court),
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ
- h13 Florida HSMV special service charge: section 119.07(4)(d), Florida Statutes, and the Florida special-service-
  charge letters of earlier sets; no FLHSMV page was found in the time available.
- h14 Arizona DPS GovQA e-mail: the GovQA notification texts of earlier sets ("Re: PUBLIC RECORDS REQUEST of ...,
  Reference # R...", "To monitor the progress or update this request please log into the Public Records Center") and
  A.R.S. §§ 39-121, 41-1750 and 13-4434; no Arizona DPS page was found in the time available.

Not yet scored.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 13 of 14 fully right, and 14 of 14 matched to
its request by its number. Miss:
- h12 (New Jersey Attorney General OPRA denial, e-mail): N.J.S.A. 47:1A-1.1 missed, cited alone after "OPRA excludes
  from the definition of a "government record" criminal investigatory records, which are records ... ." (the
  exclusion from what the law calls a government record was not read as withholding).
After a general fix (records excluded from the law's definition of a government or public record are withheld under
the section that excludes them), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout235"
# What the rules reach on this set now (sealed: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # Records left out of what the law calls a government record are withheld under the section that does so
    ('OPRA excludes from the definition of a "government record" criminal investigatory records, which are records '
     "held by a law enforcement agency that pertain to any criminal investigation. N.J.S.A. 47:1A-1.1. Your request "
     "is denied.", ["N.J.S.A. 47:1A-1.1"]),
    ("The Act excludes criminal investigatory records from the definition of a public record, N.J.S.A. 47:1A-1.1, "
     "and your request is denied.", ["N.J.S.A. 47:1A-1.1"]),
    # The near miss: the definition cited for what it includes withholds nothing
    ("The definition of a government record in N.J.S.A. 47:1A-1.1 includes the e-mails you asked for, and they are "
     "enclosed.", []),
])
def test_records_excluded_from_the_laws_definition(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
