"""The two-hundred-and-fortieth held-out set: 14 letters about appeals and reviews with mixed outcomes, and the
everyday letters around them (letters/heldout240), eight federal and six from state reviewers and a state court: a DOJ
Office of Information Policy appeal acknowledgement e-mail; an OIP decision (PDF) affirming EOUSA's withholdings and
remanding for a further search, written as a numbered list; a DHS appeal decided by a Coast Guard Administrative Law
Judge for the DHS General Counsel, "GRANTED IN PART and DENIED IN PART", with 11 reprocessed pages enclosed (PDF); an
Interior FOIA Appeals Officer's acknowledgement e-mail that the appeal will not be decided within 20 workdays; an
Interior appeal decision granted in part and denied in part, with 6 pages enclosed and a remand for a new search; a
Commerce Office of the General Counsel appeal acknowledgement in Word extending the appeal's time by 10 working days;
an Education release after a remand (pages released in full, in part and withheld in full); an HHS Deputy Agency Chief
FOIA Officer's decision listing each category of records as reversed, affirmed or affirmed in part, with 22 pages
released (PDF); an Illinois Public Access Counselor's non-binding determination (Word) that an exemption was misapplied
but two others properly used; a Delaware Attorney General FOIA opinion finding violations in part (PDF); a Utah
Department of Corrections chief administrative officer's GRAMA appeal decision in Word, with a decision table; a
Hawaii Office of Information Practices e-mail opening an appeal file; a Washington superior court's GR 31.1
acknowledgement with the day records will be available; and an Oregon Attorney General public records order granting a
petition in part.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 OIP appeal acknowledgement: OIP's standard acknowledgement ("This is to advise you that your administrative
  appeal from the action of ... was received by this Office on ...", "we have adopted a general practice of assigning
  appeals in the approximate order of receipt"), as quoted in earlier sets, and OIP's appeal guidance
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- h02 OIP decision affirming in part and remanding in part: the same OIP guidance and OGIS's note on appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter; USPS AS-353 4-4.29 on outcomes ("affirm,
  affirm in part, reverse, or reverse in part ... remand the request in whole or in part"),
  https://about.usps.com/handbooks/as353/as353c4_039.htm
- h03 DHS appeal decided by a Coast Guard ALJ: the DHS appeal decision of the Office of the Chief Administrative Law
  Judge quoted at https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response ("This letter
  concerns your ... appeal of ... (designated as 2016-FEAP-00022 on appeal)", "After review of the entire record,
  this appeal is being REMANDED", "Pursuant to a memorandum of agreement, the United States Coast Guard Office of the
  Chief Administrative Law Judge is reviewing FOIA appeals for the Department of Homeland Security General Counsel").
- h04 and h05 Interior appeal acknowledgement and decision: DOI's appeal page (appeals to the FOIA Appeals Officer,
  "30 workdays", "FREEDOM OF INFORMATION APPEAL"),
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm, and the Departmental
  Manual FOIA Handbook (383 DM 15) on response letters,
  https://cupdf.com/document/department-of-the-interior-316-preparing-the-response-letter-317-signature-authority.html
- h06 Commerce appeal acknowledgement with extension: 15 C.F.R. § 4.10 (appeals to the Office of the General Counsel,
  the Assistant General Counsel), https://lawserver.com/law/country/us/cfr/15_cfr_4-10, and NOAA's appeal paragraph
  (Assistant General Counsel for Employment, Litigation, and Information, FOIAAppeals@doc.gov),
  https://www.noaa.gov/information-technology/foia-home
- h07 Education release on remand: the Department of Education's response formula of earlier sets and its directive
  OCIO:1-102, https://info.5y1.org/department-of-state-foia-guide_1_16b2ac.html
- h08 HHS appeal decision: HHS's appeal pages ("If we grant your appeal, we will grant access to the records ...",
  the Deputy Agency Chief FOIA Officer as review official, 45 C.F.R. § 5.62),
  https://www.hhs.gov/foia/appeals/index.html and
  https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- h09 Illinois PAC determination: 5 ILCS 140/9.5(f) and the PAC's determination letters of earlier sets ("This
  determination is issued pursuant to section 9.5(f)", "does not require the issuance of a binding opinion").
- h10 Delaware Attorney General opinion: the AG's published FOIA opinions ("Petitioner alleged ... DECIDED: The
  Department violated FOIA by ... However, the Department did not violate FOIA by ..."),
  https://attorneygeneral.delaware.gov/fraud/cpu/foia/opinions and https://attorneygeneral.delaware.gov/opinions/page/3
- h11 Utah GRAMA appeal decision: Utah Code § 63G-2-401 (appeal to the chief administrative officer),
  https://lexace.ai/us/statute/utah/63G-2-401, and the State Archives' appeal and mediation rights paragraph,
  https://archives.utah.gov/transparency-services/government-records-access/appeal-rights/
- h12 Hawaii OIP appeal file: OIP's guide and opinions (U APPEAL files, HRS § 92F-15.5),
  https://vdocument.in/guide-to-hawaiis-uniform-information-practices-act.html and https://oip.hawaii.gov/?p=12031
- h13 Washington superior court GR 31.1 acknowledgement: a court's administrative records page ("Within five days of
  receipt of your administrative records request, the Superior Court PRO will confirm that your request was received
  and ... estimate the time"), https://sanjuanco.com/FAQ.aspx?QID=82, and
  https://rentonwa.gov/city_hall/municipal_court/records_request
- h14 Oregon Attorney General public records order: ORS 192.411 (petition to the Attorney General; disclose within
  seven days or go to court), as in the Oregon orders of earlier sets; no order page found in the time available.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h07 (Education, release on remand): pages released 106 instead of 53, the total of those released in full and in
  part counted again where the letter restates it: "After a careful review, we have determined that 41 pages will be
  released in full and 12 pages will be released in part." and "The 53 pages released to you are attached."
- h09 (Illinois Public Access Counselor, Word): a final determination instead of an appeal decision, no appeal number
  (2026 PAC 91422), and the exemption the counselor found misapplied logged with the two upheld: "RE: FOIA Request for
  Review – 2026 PAC 91422; Peoria Police Department FOIA Request No. 26-1187", "this office concludes that the Peoria
  Police Department (Department) improperly withheld the use of force reports in their entirety, but properly redacted
  ...", "Accordingly, this office concludes that the Department improperly withheld the reports under section
  7(1)(d)(i)." (5 ILCS 140/7(1)(d)(i) logged).
- h10 (Delaware Attorney General opinion, PDF): no appeal number; the opinion's number stands alone at the foot of
  the letter: "26-IB53".
- h11 (Utah Department of Corrections GRAMA appeal, Word): exemptions Utah Code § 63G-2-305(10) only, without the
  second provision of the table row: "| After-action review (31 pages) | Denied | Protected under Utah Code §
  63G-2-305(10) and Utah Code § 63G-2-305(11) |".
- h12 (Hawaii Office of Information Practices e-mail): a request acknowledged instead of an appeal acknowledged, and
  no appeal number: "The Office of Information Practices (OIP) received your request for assistance on November 30,
  2026, asking OIP to review the Department of Land and Natural Resources' (DLNR) partial denial of your record request
  26-0917 ...", "OIP has opened an appeal file, U APPEAL 27-22, and will review the matter ...".
- h13 (Washington superior court, GR 31.1): a final determination denied instead of an acknowledgement (received
  November 24, 2026, records expected by December 22, 2026): "Spokane County Superior Court received your request for
  administrative records on November 24, 2026.", "We estimate that the records will be available to you on or before
  December 22, 2026."; read as a denial from "We are gathering the responsive records from the court's fiscal office
  and will need to review them for information exempt from disclosure." and as a final answer from "Administrative
  records are provided electronically at no charge."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout240"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h07-education-after-remand.eml", "h09-il-pac-determination-partly.docx", "h10-de-ag-foia-opinion.pdf",
    "h11-ut-grama-cao-appeal.docx", "h12-hi-oip-appeal-opened.eml", "h13-wa-superior-court-gr31-ack.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
