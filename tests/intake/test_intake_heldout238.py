"""The two-hundred-and-thirty-eighth held-out set: 14 letters from the later life of a request (letters/heldout238),
nine federal and five from state agencies and review bodies: an Office of Information Policy appeal acknowledgement
e-mail; an OIP decision (PDF) affirming the FBI's withholdings; an ICE Office of the Principal Legal Advisor appeal
decision remanding for a new search; an FBI interim release (PDF) with the exemption check boxes and "N pages were
reviewed and N pages are being released"; a CBP e-mail denying expedited processing; an HHS Office of the Secretary
"still interested" e-mail; a Department of Education fee-waiver denial with a fee estimate and advance payment (PDF);
a Department of Labor Office of the Solicitor appeal acknowledgement; a Labor appeal decision in Word granting in
part (pages enclosed on appeal, the first decision's page counts beside them); an Indiana Public Access Counselor
advisory opinion finding no violation; a Kentucky Attorney General open records decision finding a violation
(PDF); a DHS Privacy Office e-mail transferring a request to ICE; a Washington Department of Corrections
clarification request under RCW 42.56.520(1)(c); and a New York DEC FOIL appeal determination in Word granting in
part. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 OIP appeal acknowledgement: OIP's guidance "Adjudicating Administrative Appeals Under the FOIA" (acknowledge
  each appeal, assign a number, process in order of receipt),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and the OIP stock
  acknowledgement ("your administrative appeal from the action of ... was received by this Office on ...", "we have
  adopted a general practice of assigning appeals in the approximate order of receipt") of earlier sets' letters.
- h02 OIP decision affirming the FBI: the same OIP guidance and OGIS on appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter ("After carefully considering your
  appeal, I am affirming ...", the Privacy Act (j)(2) paragraph, OGIS and 5 U.S.C. § 552(a)(4)(B)); FBI request
  numbers (NNNNNNN-000) as on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- h03 ICE OPLA remand: ICE appeal numbers (2020-ICAP-00440) and the remand of a request to the ICE FOIA Office on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ ("new search(es) or,
  modifications to the existing search(es), could be made", "remanding your appeal to the ICE FOIA Office for
  processing and retasking").
- h04 FBI interim release: the FBI FOIPA letter form (exemption check boxes for Section 552 and 552a, "N pages were
  reviewed and N pages are being released", deleted page information sheets, FOIPA Addendum, OIP appeal within 90
  days), MuckRock FBI page above, and the FBI's rolling interim releases described in
  https://cetient.com/case/7254417/daily-caller-news-found-v-fed-bureau-of-investigation
- h05 CBP expedited processing denial: 6 C.F.R. § 5.5(e) and the compelling-need standard,
  https://foia.wiki/wiki/Expedited_Processing and https://www.foiaadvisor.com/home/2019/7/29/qampa; CBP's tracking
  formats on https://www.muckrock.com/foi/united-states-of-america-10/foia-outliers-queues-high-volume-procedures-fifo-exceptions-unusual-circumstances-united-states-customs-and-border-protection-74789/
- h06 HHS "still interested": 45 C.F.R. § 5.24 (acknowledgement, perfecting, clarification),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24, the HHS FOIA final
  rule, https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285, and the OS FOIA FAQ,
  https://public3.pagefreezer.com/content/HHS.gov/17-08-2021T06:42/https:/www.hhs.gov/foia/faqs/index.html
- h07 Education fee-waiver denial and estimate: 34 C.F.R. part 5 (§ 5.33 waiver factors, § 5.31 advance payment),
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A and
  http://edocket.access.gpo.gov/2010/2010-14127.htm
- h08 Labor appeal acknowledgement and h09 Labor appeal decision: 29 C.F.R. § 70.22 (appeals to the Solicitor of
  Labor, "Freedom of Information Act Appeal"), https://stepo.ai/osha/70/70.22, § 70.24 (form and content of action
  on appeals, affirming in whole or in part with the exemptions relied upon, OGIS, judicial review),
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, https://lawserver.com/?p=28180588 and the
  DOL FOIA guide https://efoia.dol.gov/app/ReferenceGuide.aspx
- h10 Indiana PAC advisory opinion: the Public Access Counselor's handbook and formal-complaint rule,
  https://pdfslide.net/documents/handbook-on-indianas-public-ingov.html and http://inrules.elaws.us/code/62iac1-1-2
  ("This advisory opinion is in response to your formal complaint ...", "it is the opinion of the Public Access
  Counselor that ... did not violate the Access to Public Records Act").
- h11 Kentucky AG open records decision: the AG's decision form of earlier sets (NN-ORD-NNN, "Summary", "violated
  the Act", KRS 61.880(5) appeal paragraph) and KRS 61.878(1)(h) as construed in City of Fort Thomas v. Cincinnati
  Enquirer; no new page found for Kentucky in the time available.
- h12 DHS Privacy Office transfer to ICE: the Privacy Office's handling of requests for components described in
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2020cv03204/223871/55/ and
  6 C.F.R. § 5.4 (referral/transfer, direct response); no DHS transfer letter found in the time available.
- h13 Washington DOC clarification and h14 New York DEC FOIL appeal determination: written from RCW 42.56.520(1)(c)
  and (3)(b), WAC 44-14-04003, POL § 87(2) and § 89(4)(a) and earlier sets' letters from those states; no agency
  page was found for them in the time available.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 10 of 14 fully right, and 14 of 14 matched to
its request by its number. Misses:
- h04 (FBI interim release, PDF): 37 pages withheld proposed, none expected, from "500 pages were reviewed and 463
  pages are being released." with the deleted page information sheet. The expected value was the writer's slip against
  the project's convention (every earlier FBI letter logs the reviewed less the released as withheld in full: sets 33,
  120, 158, 178, 199, 215, 239); corrected to 37 after scoring. Against it the set is 11.
- h06 (HHS "still interested" e-mail): read as a final determination closing the request, from "Please note that this
  is not an attempt to close your request."
- h12 (DHS Privacy Office transfer to ICE, e-mail): no records instead of other, from "I am transferring this request
  to the FOIA Officer for U.S. Immigration and Customs Enforcement (ICE) for processing under the FOIA and direct
  response to you." beside "the DHS Privacy Office does not maintain records responsive to your request".
- h13 (Washington DOC clarification e-mail): an acknowledgement as well as the clarification, from "The Department of
  Corrections (DOC) is in receipt of your public records request dated November 12, 2026, ..." (earlier sets differ on
  whether a clarification letter that names no day of receipt acknowledges too).
After general fixes (the close a "still interested?" letter disowns, "not an attempt to close your request", is none;
the request transferred as it is done, "I am transferring this request to ... for processing ... and direct response
to you", is a transfer, whatever this office holds), 13 of 14; h13 is left.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout238"
# What the rules reach on this set now (sealed: 10); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"h13-wa-doc-clarification.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kind", "outcome"), [
    # The close a "still interested?" letter disowns is none
    ("Because a significant amount of time has passed, we are writing to determine whether you are still interested "
     "in your request. Please note that this is not an attempt to close your request. If you are still interested, "
     "please reply within 30 days.", EventKind.CLARIFICATION_REQUESTED, None),
    # ... and the request transferred as it is done, for the other office's own answer, is a transfer
    ("Due to the subject matter of your request, I am transferring this request to the FOIA Officer for U.S. "
     "Immigration and Customs Enforcement (ICE) for processing under the FOIA and direct response to you. ICE "
     "maintains these records, and this office does not maintain records responsive to your request.",
     EventKind.FINAL_DETERMINATION, Outcome.OTHER),
    ("We are referring your request to the Bureau of Prisons for processing and a direct response to you. This office "
     "has no records responsive to your request.", EventKind.FINAL_DETERMINATION, Outcome.OTHER),
    # The near miss: a search that found nothing, with no transfer, is no records
    ("This office searched its files and does not maintain records responsive to your request.",
     EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS),
])
def test_still_interested_and_transfers(body: str, kind: EventKind, outcome: Outcome | None) -> None:
    event = events_in(body)[0]
    assert (event.kind, event.outcome) == (kind, outcome)
