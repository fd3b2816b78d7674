"""The two-hundred-and-forty-third held-out set: 14 letters (letters/heldout243), more final determinations with page
counts and exemption schedules and the letters around them; seven federal and seven from state agencies of seven
states: a CBP final response (PDF) with pages released in full, in part and "Ten pages" exempt in their entirety and a
(b)(3) statute; an FBI eFOIPA interim release e-mail with its grid of exemption boxes and a deleted page sheet; a DEA
fee estimate with an hourly rate, a $25.00 threshold and an approximate count of pages found; a Department of State
interim release (PDF) counting records, not pages; an Army Crime Records Center no-records letter; a DOJ Office of
Information Policy decision affirming the FBI under Exemption 7(A) and setting Exemptions 6 and 7(C) aside; a
Department of the Army Office of the General Counsel appeal decision granting in part; a Texas DPS response after an
Attorney General ruling, its exceptions numbered; a New Jersey State Police OPRA response in Word with a table of
records, pages, disposition and legal basis; a Virginia State Police FOIA e-mail listing the Code sections per
category; a Connecticut DESPP response per record; a Florida FDLE special service charge estimate with a deposit; an
Oregon State Police acknowledgement with its estimated completion date; and an Ohio State Highway Patrol final
response (PDF) per record.

Written after the rules were read (the misses of set 239 fixed and merged), before anything was run on these letters;
its score is recorded apart from the blind ones.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 CBP final response: the DHS final response formula and CBP's appeal address and fee sentence,
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and the CBP letters of earlier sets.
- b02 FBI eFOIPA interim release: the FBI FOIPA letters quoted on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- b03 DEA fee estimate: DEA's description of its letters, https://dea.gov/es/foia/what-happens-after , and the DOJ fee
  regulation 28 C.F.R. 16.10 (fee categories, notice over $25).
- b04 State interim release: https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
  ("As we noted in our letter dated ..., we are processing your request", "We will keep you informed as your case
  progresses").
- b05 Army no-records letter: AR 25-55 (a no-records response is adverse and may be appealed to the Secretary of the
  Army), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- b06 OIP affirmance: the OIP decisions of earlier sets ("After carefully considering your appeal, I am affirming",
  "I need not address ...").
- b07 Army OGC appeal decision: AR 25-55 (the Office of the General Counsel decides appeals for the Secretary of the
  Army), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- b08 Texas DPS: the Texas letters of earlier sets (Open Records Letter rulings, Gov't Code §§ 552.101, 552.108,
  552.130).
- b09 New Jersey State Police: OPRA's requirement to give the specific basis for each denial, N.J.S.A. 47:1A-5(g),
  https://www.nj.gov/grc/public/complaints/denial.html , and the OPRA request form's reasons for denial,
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ
- b10 Virginia State Police: the response a public body owes in part, citing the Code section for each category
  withheld, and the additional seven work days, https://visitlouisa.com/FAQ.aspx?QID=190 and
  https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You
- b11 Connecticut DESPP: Conn. Gen. Stat. § 1-206 (written denial, appeal to the Freedom of Information Commission
  within thirty days), https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord
- b12 Florida FDLE: § 119.07(4)(d), Fla. Stat. (special service charge), as in the Florida letters of earlier sets.
- b13 Oregon State Police: ORS 192.324(2) and 192.329 (acknowledgement within five business days, completion as soon
  as practicable), as in the Oregon letters of earlier sets.
- b14 Ohio State Highway Patrol: R.C. 149.43(B)(3) (explain the legal authority for each redaction) and R.C. 2743.75
  (complaint to the Court of Claims), as in the Ohio letters of earlier sets.

Score when first run (written after reading the rules, so not blind): 10 of 14 fully right, and 14 of 14 matched to
its request by its number. Wrong were:
- b07 (Army OGC appeal decision, PDF): 8 pages released, counted from "the factual findings on pages 12 through 19 are
  therefore released to you with this decision" (expected none: a range of page numbers in an appeal decision; the
  expected value is debatable, since those pages are released by the decision itself).
- b08 (Texas DPS after a ruling): only "Gov't Code § 552.108(a)(1)"; the numbered items after "the Department is
  releasing the responsive information with the following information withheld:" were missed: "2. Texas driver's
  license numbers, license plate numbers and vehicle identification numbers, under section 552.130 of the Government
  Code." and "3. Dates of birth and medical information of private individuals, under section 552.101 of the
  Government Code in conjunction with common-law privacy."
- b09 (New Jersey State Police OPRA, Word): 25 pages released instead of 18, the redacted pages added to the pages
  they are part of: "18 pages are provided, 7 of them with redactions, and 5 pages are withheld."
- b14 (Ohio State Highway Patrol, PDF): 101 pages released instead of 64, the same: "Responsive records totaling 64
  pages are provided with this letter. Of these, 37 pages contain redactions."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout243"
# What the rules reach on this set now (first run: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b07-army-ogc-appeal-partial.pdf", "b08-texas-dps-after-ruling.txt", "b09-nj-state-police-opra.docx",
    "b14-ohio-oshp-final.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
