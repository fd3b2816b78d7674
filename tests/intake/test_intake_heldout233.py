"""The two-hundred-and-thirty-third held-out set: 14 letters about appeals and reviews and the first responses they
follow (letters/heldout233), eight federal and six from state agencies and reviewers: a DHS Office of the General
Counsel appeal acknowledgement e-mail; an ICE Office of the Principal Legal Advisor appeal decision remanding for a
new search (PDF); a CBP final response with pages releasable in their entirety, partially releasable and withheld;
a USCIS appeal decision affirming the withholdings (PDF); a DOJ Office of Information Policy appeal acknowledgement
e-mail; a State Department Appeals Review Panel decision affirming in part and reversing in part, with pages
enclosed; a VHA acknowledgement e-mail invoking the ten-day extension; a CMS (HHS) fee estimate e-mail; a New York
State Department of Labor FOIL appeal determination in Word upholding a denial under Public Officers Law § 87(2)(b)
and (2)(a); a New Jersey DEP OPRA denial of an "all emails" request; a Pennsylvania Office of Open Records final
determination granting an appeal (PDF); a Texas DPS release e-mail after an Attorney General letter ruling; a
Kentucky Attorney General open records decision finding the agency violated the Act (PDF); and an Illinois State
Police acknowledgement in Word with a five-business-day extension under 5 ILCS 140/3(e).
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 DHS OGC appeal acknowledgement: 6 C.F.R. § 5.8 (appeals to the Office of the General Counsel, adjudication
  delegated, "An adverse determination by the component appeals officer will be the final action of DHS"),
  https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-A/section-5.8, and the appeal to the DHS
  Privacy Office quoted at https://www.foiabasics.org/admin-appeal-example-2 (DHS request numbers 2016-IAFO-00220).
- h02 ICE OPLA remand: the DHS remand quoted at https://www.tcdailyplanet.net/foia-updates-dhs-remand-olc-denial/
  ("your appeal is being remanded back to DHS for reevaluation") and the ICE appeal decisions of earlier sets.
- h03 CBP final response: the DHS final response template ("Of those pages, I have determined that N pages of the
  records are releasable in their entirety ...") of https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
  and earlier CBP sets.
- h04 USCIS appeal decision and h06 State Department Appeals Review Panel: DOJ OIP guidance "Adjudicating
  Administrative Appeals Under the FOIA", quoted at
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and OGIS's note on
  appeal letters, http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- h05 DOJ OIP appeal acknowledgement: OIP's standard acknowledgement ("we have adopted a general practice of
  assigning appeals in the approximate order of receipt"), as in earlier sets' OIP letters and the OIP guidance above.
- h07 VHA acknowledgement with extension: 5 U.S.C. § 552(a)(6)(B)(i) unusual circumstances and the DHS/VA
  acknowledgement template above; VA request numbers NN-NNNNN-F.
- h08 CMS fee estimate: 45 C.F.R. Part 5 Subpart D (fee categories, advance payment over $250); no CMS page found in
  the time available.
- h09 New York FOIL appeal: Public Officers Law § 89(4)(a) (appeal determination within ten business days, copy to
  the Committee on Open Government) and earlier New York appeal letters.
- h10 New Jersey OPRA denial: the GRC's published decisions and OPRA guidance,
  https://www.nj.gov/grc/decisions/2005-220.html and http://www.luerslaw.com/denied-opra-requests.html (MAG
  Entertainment invalid-request denial, the GRC contact paragraph).
- h11 Pennsylvania OOR final determination: the OOR's final determination layout (caption, "the appeal is granted,
  and the Department is required to take further action", "FINAL DETERMINATION ISSUED AND MAILED") as in earlier
  sets; no page found in the time available.
- h12 Texas DPS after ruling: Gov't Code ch. 552 and earlier Texas after-ruling letters (GovQA "Please respond above
  this line").
- h13 Kentucky AG decision: KRS 61.880 and the AG's "NN-ORD-NNN" decisions of earlier sets.
- h14 Illinois State Police extension: 5 ILCS 140/3(e) and the PAC pages
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 and
  https://geneva.il.us/221/Attorney-General-Information

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h06 (State Department Appeals Review Panel): exemptions (b)(1) only, without (b)(5): "The Panel affirms the
  Department's decision to withhold the remaining material pursuant to FOIA Exemptions 1 and 5, 5 U.S.C. § 552(b)(1)
  and (b)(5)." (the second of two paragraphs joined by "and" in a list of subsections after one "§ 552" was lost).
- h09 (New York State Department of Labor, Word): exemptions Public Officers Law § 87(2)(b) and § 87(2)(a) without
  the statute the (2)(a) exemption names: "are specifically exempted from disclosure by state statute within the
  meaning of Public Officers Law § 87(2)(a), namely Labor Law § 537, which makes unemployment insurance information
  confidential." (a New York statute other than the Public Officers Law was not read).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout233"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"h06-state-appeal-partial.txt", "h09-ny-dol-foil-appeal.docx"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
