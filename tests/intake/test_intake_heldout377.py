"""The three-hundred-and-seventy-seventh held-out set: 14 letters (letters/heldout377) deciding or acknowledging
appeals and reviews, with mixed outcomes, federal and state, from fourteen offices, in the formats they really send: a
Department of Justice Office of Information Policy decision affirming DEA's action on partly modified grounds (the
Exemption 7(F) withholding upheld under Exemptions 6 and 7(C) instead); an ICE Office of the Principal Legal Advisor
e-mail acknowledging an appeal with the day it was received; a CBP Regulations and Rulings appeal decision (PDF)
affirmed in part and reversed in part, releasing 12 more pages; a USCIS FOIA/PA Appeals Office letter closing an
appeal as premature; a TSA e-mail (decision attached as PDF) reversing a fee-waiver denial; a State Department
Appeals Review Panel decision in Word affirming the withholding of six documents; a Defense Logistics Agency appeal
denied as untimely; a National Archives e-mail from the Deputy Archivist reversing an expedited-processing denial; an
OCC letter (PDF) closing an appeal because the requester has sued; an HHS decision in Word remanding a CDC request for a
further search; a District of Columbia Mayor's Office of Legal Counsel decision finding MPD's search adequate but
ordering an index of the records withheld in the manner of a Vaughn index; a Pennsylvania Office of Open Records final
determination (PDF) dismissing an appeal as untimely (docket only); a Rhode Island Attorney General APRA finding
e-mailed as PDF (late response a violation, the withholding upheld; docket only); and a Michigan State Police FOIA
appeal determination granted in part. Written blind and committed before the rules were run on them.

- a01-oip-dea-appeal-affirmed-modified.txt: OIP appeal A-2027-00291 on DEA request 26-01877-F, affirmed on partly
  modified grounds, Exemptions 6, 7(C), 7(E) (7(F) not reached).
- a02-ice-opla-appeal-ack.eml: ICE appeal 2027-ICAP-00118 on 2026-ICFO-51873 acknowledged, received November 25, 2026.
- a03-cbp-appeal-affirmed-in-part-more-pages.pdf: CBP appeal CBP-AP-2027-000417 on CBP-FO-2026-101873, affirmed in
  part and reversed in part, 12 more pages released, 28 still withheld in full, Exemptions 5, 6, 7(C), 7(E).
- a04-uscis-appeal-premature.txt: USCIS appeal APP2027000412 on NRC2026187331, premature, administratively closed.
- a05-tsa-fee-waiver-appeal-reversed.eml: TSA appeal 2027-TSAP-00014 on 2026-TSFO-01187, fee-waiver denial reversed.
- a06-state-arp-appeal-affirmed.docx: State appeal A-2027-00037 on F-2026-09418, Appeals Review Panel affirms the
  withholding of six documents under Exemptions 1 and 5 (a table of the documents).
- a07-dla-appeal-untimely.txt: DLA appeal DLA-27-HFOA-00009 on DLA-26-HFOI-00871, denied as untimely.
- a08-nara-expedite-appeal-reversed.eml: NARA appeal NGC27-016A on NGC27-061, expedited processing granted on appeal.
- a09-occ-appeal-closed-litigation.pdf: OCC appeal AP-2027-00023 on 2026-FOIA-00934, closed because of the lawsuit.
- a10-hhs-cdc-appeal-remanded.docx: HHS appeal 2027-00088-A-PHS on CDC request 26-02291-FOIA, remanded for a further
  search.
- a11-dc-molc-appeal-search-adequate-index.txt: DC FOIA Appeal 2027-041 on MPD 2026-FOIA-07188, search affirmed, the
  rest remanded for an index of the withheld records.
- a12-pa-oor-appeal-dismissed-untimely.pdf: OOR Docket No. AP 2026-2871, appeal dismissed as untimely.
- a13-ri-ag-apra-finding.eml: Rhode Island Attorney General PR 26-58, late response a violation, withholding under
  R.I. Gen. Laws 38-2-2(4)(D)(c) upheld.
- a14-mi-msp-foia-appeal-partly.txt: MSP FOIA Appeal 27-APL-0146 on FOIA-2026-0418-MSP, granted in part, 18 pages
  released, MCL 15.243(1)(a) redactions upheld.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 OIP affirmance on modified grounds: OIP's appeal dispositions ("Modified action affirmed"),
  https://www.justice.gov/archive/oip/annual_report/1994/appeals.htm, 28 C.F.R. 16.9,
  https://webarchive.library.unt.edu/eot2008/20081104002435/http://edocket.access.gpo.gov/cfr_2008/julqtr/28cfr16.9.htm,
  and the OIP appeal letters of earlier sets (240 h02: "After carefully considering your appeal ... I am affirming").
- a02 ICE appeal acknowledgement: 6 C.F.R. 5.8 and the ICE appeal numbers of earlier sets (2027-ICAP-00061).
- a03 CBP appeal decision: CBP's FOIA rule (CBP applies the DHS regulations; FOIA Appeals, Policy & Litigation Branch,
  Office of International Trade), https://regulations.justia.com/regulations/fedreg/2015/11/17/2015-29183.html, the
  old appeal rule 19 C.F.R. 103.7 ("affirm the initial denial (in whole or in part) or grant the request"),
  http://laws9.com/cfr/text/19/103/7, and the Regulations and Rulings office symbol line ("OT:RR:CTF:ER H023872 GGK"),
  https://checkoutapi.com/rulings/docview?doc_id=HQ+H023872
- a04 USCIS premature appeal: 6 C.F.R. 5.8(a)(1) and the USCIS National Records Center letters of earlier sets.
- a05 TSA fee-waiver appeal: 6 C.F.R. 5.11(k) (the fee-waiver factors) and the DHS appeal letters of earlier sets.
- a06 State Appeals Review Panel: https://foia.state.gov/Request/Appeals.aspx and https://www.stateoig.gov/foiaappeals
  ("Chairman, Appeals Review Panel"), and the Department's letter layout with its case number,
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- a07 DLA untimely appeal: 32 C.F.R. 286.11(a) (90 calendar days) and the untimely-appeal letters of earlier sets.
- a08 NARA expedite appeal: NARA's NGC request numbers, https://www.muckrock.com/foi/united-states-of-america-10/
  expedited-foia-request-nara-23-g-muckrock-foia-advisory-committee-september-7-2023-chat-comments-151780/ and 36
  C.F.R. 1250.28 (expedited processing).
- a09 OCC appeal closed for litigation: the Department of Justice model rule ("An appeal ordinarily will not be acted on
  if the request becomes a matter of FOIA litigation"), in 28 C.F.R. 16.9 above, and OIP's count of appeals closed
  because the "appellant has filed suit", https://www.justice.gov/archive/oip/annual_report/1983/appeals.htm
- a10 HHS remand: the HHS appeal letters of earlier sets and the remand formulas of OIP ("I am remanding your request
  ... for a further search for responsive records").
- a11 DC MOLC decision: the Mayor's Office of Legal Counsel decisions of earlier sets (323 c14: "we affirm MPD's
  decision in part and remand it in part. Within ten (10) business days ...") and D.C. Official Code 2-534(b).
- a12 Pennsylvania OOR final determination: https://www.openrecords.pa.gov/Appeals/PostFD.cfm,
  https://print.casetext.com/case/bowen-v-pa-state-police (an OOR appeal dismissed), and
  https://earltwpberks.com/right-to-know (15 business days to appeal).
- a13 Rhode Island AG finding: https://clerkshq.com/Content/RIAG-ri/decisions/2023/PR23_36.htm ("We have completed
  our investigation into the Access to Public Records Act ("APRA") Complaint ...", "PR 23-36") and the summaries of
  findings, https://www.uat.ri.gov/press/?agency_id=107&show_all_agencies=1&start=210
- a14 Michigan State Police appeal: MCL 15.240 (appeal to the head of the public body, 180 days to sue in the Court of
  Claims) and the Michigan letters of earlier sets.

Blind score (written before the rules were run on it): 10 of 14 fully right, and all 14 matched to their request. Wrong
were:
- a03 (a03-cbp-appeal-affirmed-in-part-more-pages.pdf): exemptions ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)'] != ['(b)(5)',
  '(b)(6)', '(b)(7)(C)', '(b)(7)(E)'], the Exemption 5 the decision upholds missed ("The remaining 28 pages consist of
  draft recommendations ... remain withheld in full under Exemption (b)(5)"); pages_released 24 != 12, the same release
  counted twice ("we are releasing to you 12 additional pages" and "The 12 pages released on appeal are enclosed");
  pages_withheld None != 28 ("In total, CBP has now released 223 pages to you, in full or in part, and 28 pages remain
  withheld in full").
- a07 (a07-dla-appeal-untimely.txt): outcome None != 'denied' ("Because your appeal was not filed within the time limit
  established by the regulation, it is untimely and is hereby denied."); exemptions ['(b)(4)', '(b)(6)'] != None, the
  first answer's exemptions recalled in the background ("The DLA FOIA Program Office issued its final response on July
  29, 2026, releasing 57 pages with redactions under 5 U.S.C. § 552(b)(4) and (b)(6).").
- a11 (a11-dc-molc-appeal-search-adequate-index.txt): exemptions ['D.C. Official Code § 2-534(a)(2)', 'D.C. Official
  Code § 2-534(a)(3)(A)(i)'] != None, the withholding recalled in the background and left undecided by a remand ("On
  October 29, 2026, MPD informed you that ... it was withholding the records in their entirety under D.C. Official Code
  § 2-534(a)(2) and (a)(3)(A)(i).").
- a13 (a13-ri-ag-apra-finding.eml): kinds ['final_determination'] != ['appeal_decision'], appeal_number None != 'PR
  26-58' (taken for a tracking number), outcome 'partial_grant' != 'denied': an attorney general's finding on a
  complaint read as the agency's own answer ("We have completed our investigation into the Access to Public Records Act
  ("APRA") Complaint you filed against the Westerly Police Department", "we find that the Department violated the APRA
  when it did not respond to your request within ten (10) business days ... We find, however, that the Department did
  not violate the APRA when it withheld the investigative file").

After a general fix (an appeal named in a clause before "it", called late and then turned away, is an affirmance that
upholds no ground: "Because your appeal was not filed within the time limit established by the regulation, it is
untimely and is hereby denied"), 11 of 14: a07 right.
After a general fix (a review body's investigation of a complaint brought under the records law answers an appeal: "We
have completed our investigation into the Access to Public Records Act ("APRA") Complaint you filed against ...";
and a violation said bare of a law named by its initials, after the late answer told, is the clock only: "The
Department concedes it did not respond within ten business days ... Accordingly, we find that the Department violated
the APRA."), 12 of 14: a13 right.
After general fixes (the requester's argument that a ground cannot reach the records, recited in the decision, sets no
ground aside: "you argue that the factual portions of the draft summaries cannot be withheld under Exemption (b)(5)";
pages released named again by where they are now are counted once: "we are releasing to you 12 additional pages ..."
then "The 12 pages released on appeal are enclosed"; pages described, then taken up by a pronoun whose clause says they
stay withheld: "The remaining 28 pages consist of draft recommendations ...; they are predecisional and deliberative and
remain withheld in full under Exemption (b)(5)"), 13 of 14: a03 right.
After a general fix (a decision in part whose affirming part is the search, the withholding sent back to be explained,
upholds no ground: "we affirm MPD's decision with respect to the adequacy of its search, and we remand the remainder
of this matter to MPD"), 14 of 14: a11 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout377"
# What the rules reached on this set when it was scored once, blind; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
