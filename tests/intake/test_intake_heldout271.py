"""The two-hundred-and-seventy-first held-out set: 14 letters about appeals and reviews with mixed outcomes
(letters/heldout271), eight federal and six from state reviewers and agencies: a DOJ Office of Information Policy
e-mail acknowledging an appeal from a DEA response; an OIP decision (PDF) remanding an ATF request for a further search
and affirming the Exemption 6 and 7(C) withholdings; an ICE Office of the Principal Legal Advisor e-mail remanding an
appeal for new searches; a USDA APHIS appeal decision in Word reversing a fee waiver denial and upholding Exemptions 4
and 6 ("granted in part and denied in part"); an Interior Solicitor's decision finding a Fish and Wildlife Service
no-records search adequate; a Postal Service General Counsel decision (PDF) affirming in part and reversing in part,
with 23 pages released on appeal; an FBI release after OIP's remand (PDF, "112 pages were reviewed and 87 pages are
being released", 25 withheld in full); a DHS Office of the General Counsel appeal acknowledgement that only mentions
the ten-day extension the FOIA permits; a Nebraska Attorney General petition decision (PDF) upholding a withholding
under § 84-712.05(5) and finding the fee estimate improper; an Indiana Public Access Counselor advisory opinion finding
a violation; a Pennsylvania Office of Open Records final determination in Word "granted in part, denied in part, and
dismissed as moot in part"; an Arkansas Attorney General opinion under A.C.A. § 25-19-105(c)(3)(B) finding the
custodian's decision consistent with the FOIA in part and inconsistent in part; a Michigan county board of
commissioners' FOIA appeal decision e-mail upholding one denial and reversing two, 12 pages enclosed; and an Illinois
State Police supplemental response e-mail after a Public Access Counselor determination, 37 pages with redactions.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 OIP acknowledgement: OIP's acknowledgement formula ("This is to advise you that your administrative appeal from
  the action of ... was received by this Office on ...", "we have adopted a general practice of assigning appeals in
  the approximate order of receipt"), as in the letters of earlier sets, and OIP's appeal page
  https://www.justice.gov/oip/submit-and-track-request-or-appeal (quoted in FBI letters).
- h02 OIP remand and affirmance: DOE OHA and OIP decisions granting an appeal in part and remanding for a search,
  http://energy.gov/oha/downloads/fia-12-0039-matter-national-security-archive and
  https://www.energy.gov/oha/downloads/fia-18-0033-matter-national-security-archive, and OIP's stock paragraphs ("If
  ATF locates additional responsive records, it will send them to you directly, subject to any applicable fees. You may
  appeal any future adverse determination"), https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- h03 ICE remand: ICE OPLA remand letters as quoted on MuckRock ("determined that new search(es) or modifications to
  the existing search(es) could be made ... remanding your appeal to the ICE FOIA Office for processing and
  re-tasking"), and 6 C.F.R. § 5.8; no page with the text was found by the search in the time available, the formula is
  from the earlier sets' ICE remands.
- h04 USDA APHIS appeal: 7 C.F.R. § 1.14 (appeal responses reviewed by OGC for legal sufficiency),
  https://www.fs.usda.gov/about-agency/foia/appeals and https://webharvest.gov/congress115th/20190109213021/https://www.ascr.usda.gov/foia-appeal,
  and USDA's tracking format (2019-DA-00132-FP) on
  https://www.muckrock.com/foi/united-states-of-america-10/one-email-per-organizational-unit-dated-2019-04-20-department-of-agriculture-75106/
- h05 Interior appeal on a search: DOI's appeal page (appeals questioning the adequacy of the search),
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- h06 USPS appeal: Handbook AS-353 4-4.29 ("the General Counsel may affirm, affirm in part, reverse, or reverse in
  part"), https://about.usps.com/handbooks/as353/as353c4_039.htm
- h07 FBI release after remand: the FBI release letter of earlier sets (checked exemption boxes, "N pages were
  reviewed and N pages are being released", deleted page information sheets) and the FOIPA letters on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- h08 DHS appeal acknowledgement: the DHS/ICE acknowledgement ("the FOIA does permit a 10-day extension of this time
  period"), http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and 6 C.F.R. § 5.8.
- h09 Nebraska AG: the AG's petition process ("you may petition the Attorney General to determine if the records
  were properly withheld ... or whether any fees estimated ... are authorized by statute"),
  https://ago.nebraska.gov/open-government and https://ago.nebraska.gov/public_records/statutes
- h10 Indiana PAC: the advisory opinion layout of earlier sets (Ind. Code § 5-14-5-10) and APRA § 5-14-3-1, -3, -4.
- h11 Pennsylvania OOR: Commonwealth Court opinions reciting OOR final determinations,
  https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor and
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor, and the OOR's outcomes (granted, moot, denied),
  https://openrecordspennsylvania.com/2016/03/17/873-appeals-granted-withdrawn-or-found-moot-in-2015
- h12 Arkansas AG: A.C.A. § 25-19-105(c)(1) and (c)(3)(B) (the AG's opinion on whether a custodian's decision is
  consistent with the FOIA); no opinion page found in the time available, written from the statute.
- h13 Michigan county appeal: MCL 15.240 (the public body's head decides within 10 business days; circuit court within
  180 days) and the Michigan appeal letters of earlier sets.
- h14 Illinois State Police: 5 ILCS 140/7(1)(b), (c), 9.5 and 11 and the Illinois letters of earlier sets.
OGIS closing letters, named in the theme, were left out: OGIS is no party to the request, and no event kind fits
its closing of a case.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h04 (USDA APHIS, Word): exemptions (b)(6) only, without the (b)(4) upheld under its own heading: "Exemption 4 protects
  commercial or financial information ... 5 U.S.C. § 552(b)(4). ... APHIS properly withheld this information."
- h09 (Nebraska Attorney General, PDF): a fee estimate of $412.00 and a final determination, with File No. 26-R-147
  taken for a tracking number, instead of an appeal decision granted in part: "This letter is in response to your
  petition received by this office on November 18, 2026, in which you requested that we review the response of the City
  of Grand Island" with "We have determined that the City properly withheld the investigative records under Neb. Rev.
  Stat. § 84-712.05(5), but that its fee estimate for the emails was improper." (the $412.00 is the City's estimate
  the decision finds unlawful).
- h10 (Indiana Public Access Counselor): a final determination denied under IC 5-14-3-4(b)(6), without the complaint
  number, instead of an appeal decision in the requester's favour: "Re: Formal Complaint 26-FC-288; Alleged Violation of
  the Access to Public Records Act by the Town of Clarkston Creek" and "it is the opinion of the Public Access Counselor
  that the Town of Clarkston Creek violated the Access to Public Records Act by denying access to the separation and
  settlement agreement."
- h11 (Pennsylvania OOR, Word): the exemption as "65 P.S. § 67.708(b)(16)(ii)", the clause quoted for its wording,
  instead of the section the records were held exempt under: "The Department has met its burden of proving that the
  supplemental reports are exempt under Section 708(b)(16)."
- h12 (Arkansas Attorney General opinion): nothing proposed: "In my opinion, the custodian's decision is consistent
  with the FOIA in part and inconsistent in part." (Opinion No. 2026-141; the withholding under A.C.A. §
  25-19-105(c)(1) "is consistent with the FOIA at this time").
- h13 (Michigan county board, e-mail): exemptions without MCL 15.243(1)(a), under which the 12 pages released on appeal
  are redacted: "Twelve (12) pages of the supervisor's review are enclosed, released with the redaction of inmate
  medical information under MCL 15.243(1)(a)."
- h14 (Illinois State Police, e-mail): an appeal decision (full grant) with the PAC's number, instead of the agency's
  own supplemental response releasing 37 pages with redactions under 5 ILCS 140/7(1)(c) and 7(1)(b): "This letter
  supplements the Illinois State Police's (ISP) August 18, 2026, response" and "Enclosed please find 37 pages of
  responsive records."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout271"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h04-usda-aphis-appeal-waiver-reversed.docx", "h09-ne-ago-petition-partly.pdf", "h10-in-pac-opinion-violation.txt",
    "h11-pa-oor-granted-denied-moot.docx", "h12-ar-ag-opinion-personnel-records.txt",
    "h13-mi-county-board-foia-appeal.eml", "h14-isp-release-after-pac.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
