"""The three-hundred-and-fortieth held-out set: 14 letters (letters/heldout340) as e-mail really brings them from
federal, state and municipal offices, on the theme of sets 313, 314, 325 and 326 from other offices and in other
wordings: replies above the quoted request (Outlook's "-----Original Message-----" and "From: ... Sent: ... To: ...
Subject:" blocks, Gmail's "On ... wrote:" with '>' lines), a law clinic's forward of an agency's letter, an HTML-only
e-mail with its redactions in a table, cover notes with the letter attached as PDF, records-portal notifications
(GovQA, JustFOIA, SecureRelease, FOIAXpress PAL) with their request history, an e-mail printed to PDF from Outlook, and
signatures with confidentiality footers. Committed before the rules were run on them.

- h01-doe-ack-outlook-reply.txt: Department of Energy acknowledgement pasted into a reply above the requester's
  "-----Original Message-----": received November 17, complex track, "other" fee category.
- h02-tx-austin-govqa-cost-estimate.eml: City of Austin GovQA itemized statement of estimated charges under Gov't Code
  § 552.2615 ($117.00), with the request history.
- h03-il-naperville-justfoia-extension.txt: Naperville Police Department JustFOIA notice extending the time by five
  business days under 5 ILCS 140/3(e), to December 9, 2026.
- h04-dhs-privacy-securerelease-no-records.eml: DHS Privacy Office final response (no records) attached as PDF to a
  SecureRelease notification.
- h05-nrc-pal-interim-pdf.eml: NRC second interim response on NRC Form 464, attached to a FOIAXpress PAL notice: 138
  pages, 97 in full, 29 in part, 12 withheld, Exemptions 4, 5 and 6.
- h06-oh-odrc-partial-html.eml: Ohio Department of Rehabilitation and Correction response, HTML only, with the
  redactions and their legal authority in a table (R.C. 149.43(A)(1)(h), 5120.21(D), 149.433(B)).
- h07-ga-gbi-denial-outlook-reply.txt: Georgia Bureau of Investigation denial under O.C.G.A. § 50-18-72(a)(4), above the
  requester's Outlook "From: ... Sent:" block.
- h08-ma-boston-clarification-gmail-reply.txt: City of Boston request for clarification above the quoted request ("On
  Thu, Nov 19, 2026 at 9:14 AM ... wrote:").
- h09-blm-fee-waiver-denied.pdf: Bureau of Land Management Nevada State Office letter denying a fee waiver under 43
  C.F.R. § 2.48 and estimating fees of $336.00.
- h10-faa-appeal-granted-in-part.pdf: FAA Office of the Chief Counsel appeal decision, granted in part (factual portions
  of a draft report ordered released, Exemption 6 redactions affirmed).
- h11-ny-nypd-foil-appeal-ack-outlook-print.pdf: NYPD Records Access Appeals Officer's acknowledgement of a FOIL appeal,
  printed from Outlook.
- h12-air-force-ack-expedite-granted.docx: Air Force FOIA Requester Service Center acknowledgement in Word granting
  expedited processing.
- h13-pa-philadelphia-police-rtk-denial.docx: Philadelphia Police Department Right-to-Know Law denial under 65 P.S. §
  67.708(b)(16), CHRIA and 708(b)(17).
- h14-ice-partial-forwarded.txt: a law clinic's forward of ICE's final response on a detained client's file: 64 pages,
  22 in full, 36 in part, 6 withheld, (b)(6), (b)(7)(C), (b)(7)(E).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 DOE acknowledgement: 10 C.F.R. 1004.4 (receipt), https://www.law.cornell.edu/cfr/text/10/1004.4, DOE's FOIA
  Officer and Public Liaison as named in https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html,
  and the DOE acknowledgements of earlier sets (tracks, fee categories, OGIS paragraph).
- h02 Austin itemized statement: Gov't Code § 552.2615 as the cities publish it ("the request is considered to have
  been withdrawn by the requestor if the requestor does not respond in writing to the itemized statement ... within 10
  business days"), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615,
  https://www.ci.la-porte.tx.us/158/Cost-of-Records and
  https://www.leonalcala.com/post/the-legal-brief-do-not-overlook-providing-a-cost-estimate-when-responding-to-public-information-requests
- h03 Naperville extension: 5 ILCS 140/3(e) and the Illinois extension letters of earlier sets.
- h04 DHS Privacy Office final response: the Privacy Office's letter form ("This is the final response to your Freedom
  of Information Act (FOIA) request ... You have a right to appeal ... Privacy Office, Attn: FOIA Appeals"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the HQFO numbers of
  https://muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/
- h05 NRC interim response: NRC Form 464 Parts I and II ("Agency records subject to the request are enclosed", "Because
  this is an interim response to your request, you may not appeal at this time"),
  https://vdocuments.net/response-to-freedom-of-information-act-foia-foiapa-2017-0070-final-response.html and
  https://kanterella.com/ML25190A552; FOIAXpress PAL, https://foia.eoir.justice.gov/app/Help.aspx
- h06 ODRC response: R.C. 149.43(B)(3) (legal authority for each redaction) and the Ohio letters of earlier sets.
- h07 GBI denial: O.C.G.A. § 50-18-72(a)(4) and the GBI letters of earlier sets.
- h08 Boston clarification: 950 CMR 32.06 and the clarification letters of earlier sets.
- h09 BLM fee waiver denial: 43 C.F.R. 2.45-2.50 (fee waiver criteria, notice of denial, anticipated fees),
  https://www.law.cornell.edu/cfr/text/43/2.19 and
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=43:1.1.1.1.2.7&idno=43
- h10 FAA appeal decision: the OIP and DOT appeal decisions of earlier sets and the Exemption 5 segregability cases,
  e.g. https://cetient.com/case/9380171/richardson-bay-environmental-protection-association-v-federal-aviation-administration
- h11 NYPD appeal acknowledgement: Public Officers Law § 89(4)(a) and the NYPD FOIL letters of earlier sets.
- h12 Air Force acknowledgement: 32 C.F.R. 286.8(e) and the Air Force acknowledgements of earlier sets (heldout n08).
- h13 Philadelphia Police RTKL denial: the City's denial letters ("Thank you for writing to the City of Philadelphia
  (the City) Police Department (PPD) with your request ... Your request is denied. The records ... exempt from
  disclosure ... pursuant to 65 P.S. 67.708(b)(16) and 65 P.S. 67.708(b)(17)"),
  https://ja.scribd.com/document/233699618/Public-Transit-Suspicious-Activity-Reports-City-Denial-Letter and
  https://vi.scribd.com/document/317542444/Response-from-PPD-on-Google-stickers
- h14 ICE final response: the DHS/ICE letter form (Exemption 6, 7(C), 7(E) paragraphs, the appeal to OPLA within 90
  working days), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and the ICE letters of earlier
  sets; ICE numbers as in https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/

Blind score (written before the rules were run on it): 13 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- h10 (FAA appeal decision, granted in part, PDF): exemptions ['(b)(6)'] instead of ['(b)(5)', '(b)(6)']: Exemption 5
  was dropped as a ground the review set aside, though the decision upholds it for part of the record: "The factual
  portions of the draft report are not protected by Exemption 5 and must be released. The team's recommendations and
  analysis in Section 5 of the draft were properly withheld."
After general fixes (what a decision finds rightly kept back, named by whatever the sentence calls it and no ground,
"The team's recommendations and analysis in Section 5 of the draft were properly withheld.", "The remaining technical
approach sections were correctly redacted.", keeps the ground the sentences just before discussed, as "the pages were
properly withheld" already did), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout340"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_APPEAL = ("This letter responds to your appeal of the initial determination on your Freedom of Information Act "
           "request, FOIA Control No. 2026-008841. ")


@pytest.mark.parametrize(("body", "codes"), [
    # The FAA's decision: the ground found not to reach the facts, then the rest of the record upheld naming no ground.
    (_APPEAL + "The FAA withheld a draft report in full under Exemption 5 and redacted the controllers' names under "
     "Exemption 6. The factual portions of the draft report are not protected by Exemption 5 and must be released. "
     "The team's recommendations and analysis in Section 5 of the draft were properly withheld. The redactions of the "
     "names under Exemption 6 are affirmed. Accordingly, your appeal is granted in part and denied in part.",
     ["(b)(5)", "(b)(6)"]),
    (_APPEAL + "The agency withheld the contractor's proposal in full under Exemption 4 and redacted the employees' "
     "names under Exemption 6. The pricing tables are not confidential commercial information within Exemption 4 and "
     "must be released. The remaining technical approach sections were correctly redacted. The redactions of the "
     "employees' names under Exemption 6 are affirmed. Your appeal is therefore granted in part and denied in part.",
     ["(b)(4)", "(b)(6)"]),
    # The near miss: what was not rightly kept back upholds no ground.
    (_APPEAL + "The FAA withheld a draft report in full under Exemption 5 and redacted the controllers' names under "
     "Exemption 6. The factual portions of the draft report are not protected by Exemption 5 and must be released. "
     "The team's recommendations in the draft were not properly withheld either. The redactions of the names under "
     "Exemption 6 are affirmed. Accordingly, your appeal is granted in part and denied in part.", ["(b)(6)"]),
])
def test_what_a_decision_finds_rightly_kept_back_keeps_the_ground_discussed_before(body: str,
                                                                                  codes: list[str]) -> None:
    assert exemptions_in(body) == codes
