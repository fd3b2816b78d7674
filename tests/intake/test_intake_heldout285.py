"""The two-hundred-and-eighty-fifth held-out set: 14 letters (letters/heldout285) from federal agencies outside DHS and
DOJ, in each agency's own format and tracking-number style: a CMS acknowledgement e-mail with its twelve-digit control
number, the complex track and the "other" fee category; a Census Bureau acknowledgement (PDF) taking the ten-working-day
extension for unusual circumstances; an IRS Disclosure Office no-records letter with its case number and Notice 393; an
NIH fee estimate in Word with a fee table and an advance-payment demand; an SSA "are you still interested?" e-mail; a
State Department second interim response (PDF) counting documents released in full, with excisions and withheld; an
OPM Office of the General Counsel appeal acknowledgement e-mail; a USDA Food and Nutrition Service appeal decision
affirming an Exemption 4 withholding; an NHTSA final response (PDF) with pages released in full and in part and
withheld under Exemptions 4 and 6; a National Park Service final e-mail releasing every page; a GSA acknowledgement
with the educational fee category and a fee waiver granted; a VHA final response in Word under Exemptions 3 (38 U.S.C.
§ 5705), 5 and 6; a Treasury Departmental Offices extension letter naming ten working days and the new date; and an
Interior FOIA Appeals Office decision (PDF) granting in part and denying in part an appeal of a BLM response. Written
blind, from the real sources below, and committed before any rule was run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 CMS acknowledgement: CMS's FOIA pages (a tracking number given in the acknowledgement letter, first-in
  first-out processing, the Freedom of Information Group at 7500 Security Boulevard),
  https://webarchive.library.unt.edu/eot2008/20080916040027/http:/www.cms.hhs.gov/FOIA/03_process.asp and
  https://webarchive.library.unt.edu/eot2008/20090121025231/http://www.cms.hhs.gov/pf/printpage.asp?ref=http://www.cms.hhs.gov/FOIA/02_requests.asp,
  and https://www.cms.gov/Regulations-and-Guidance/Legislation/FOIA/About/CMS-FOIA-FAQs
- s02 Census Bureau acknowledgement with extension: a Census Bureau FOIA letter ("This letter is in response to your
  correspondence, dated ..., to the U.S. Census Bureau's Freedom of Information Act (FOIA) Office. We received your
  request in this office on ..., and have assigned to it tracking number DOC-CEN-YYYY-NNNNNN"),
  https://n.gst.elementfx.com/dl/outgoing_furloughnotice_havay_doc-cen-2019-000375_2019-1-10docx, and the Census
  Bureau's FOIA Reference Guide,
  https://vdocuments.us/freedom-of-information-act-reference-guide-census-freedom-of-information-act-foia.html
- s03 IRS no-records letter: the IRS Disclosure Office letter layout (Person to Contact, Employee ID Number, case
  number, Notice 393 enclosed) of IRM 11.3.13, https://www.irs.gov/irm/part11/irm_11-003-013, and the IRS case number
  format (F15055-0213) on
  https://www.muckrock.com/foi/united-states-of-america-10/irs-whistleblowers-office-denied-claims-16369/
- s04 NIH fee estimate: NIH's fee page (fees for search by grade, no charge under $25, fee waiver asked with the
  request), https://www.nih.gov/institutes-nih/nih-office-director/office-communications-public-liaison/freedom-information-act-office/fees,
  and the NIH FOIA Office's address, https://webarchive.library.unt.edu/eot2008/20090113175248/http://www.nih.gov/icd/od/foia/index.htm
- s05 SSA still-interested e-mail: SSA's request numbers (SSA-YYYY-NNNNNN) on
  https://www.muckrock.com/foi/united-states-of-america-10/ssa-open-access-dmf-social-security-administration-63294/,
  SSA's POMS GN 03350.005, https://secure.ssa.gov/poms.nsf/lnx/0203350005, and the "five working days / assume you
  are no longer interested and administratively close" letters described on
  https://www.healthlawyersblog.com/CMS-Discarding-Unanswered-FOIA-Requests
- s06 State Department interim response: State's production letters ("we have determined that one document may be
  released in full, one may be released with excisions, and one may not be released. The released documents are
  enclosed"; "An enclosure explains the FOIA exemptions ... We will keep you informed as your case progresses"),
  https://documentafterlives.newmedialab.cuny.edu/content/dos-document-production-cover-letter-aclu-v-dod-no-104-cv-4151-sdny-june-8-2005-10
  and https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
- s07 OPM appeal acknowledgement: OPM's appeal regulation 5 CFR 294.110 (appeals to the Office of the General
  Counsel), https://ecfr.io/Title-05/se5.1.294_1110, and OPM's appeals page,
  https://cybercemetery.unt.edu/archive/oilspill/20120924195345/https://www.opm.gov/efoia/FOIAAppeals/
- s08 USDA FNS appeal decision: the SNAP store-level redemption data litigation (Exemption 4, Food Marketing
  Institute v. Argus Leader Media), https://www.justice.gov/oip/argus-leader-media-v-dept-agric-no-11-04121-2016-wl-6998623-dsd-nov-30-2016-schreier-j
  and https://law.justia.com/cases/federal/district-courts/south-dakota/sddce/4:2011cv04121/49224/127/, USDA's
  appeal-decision closing paragraphs as in set 196 a04, and USDA's tracking formats (YYYY-FNS-NNNNN-F, -A).
- s09 NHTSA final response: NHTSA's confidential business information regulation (49 CFR Part 512, requests for
  confidential treatment decided by the Chief Counsel),
  https://webarchive.library.unt.edu/eot2008/20081009065050/http://edocket.access.gpo.gov/2003/03-19069.htm, and
  DOT's partial-denial and appeal paragraphs as in set 269 c08.
- s10 NPS final e-mail: the Interior FOIA regulation (43 CFR part 2: no fees under $50, control numbers
  NPS-YYYY-NNNNN), http://www.law.cornell.edu/cfr/text/43/2.30, and NPS's request numbers on
  https://www.muckrock.com/foi/united-states-of-america-10/letters-offering-to-gift-land-for-new-national-parks-11585/
- s11 GSA acknowledgement with fee waiver: GSA's FOIA regulation 41 CFR part 105-60 (fee categories, fee waiver
  factors), https://regulations.justia.com/regulations/fedreg/2020/01/29/2020-00057.html, and GSA's tracking format
  GSA-YYYY-NNNNNN.
- s12 VHA final response: VA's FOIA regulation (38 CFR 1.550-1.562, appeals to the Office of General Counsel (024)),
  http://federal.elaws.us/fr/citation/2019-06101, VA OIG's exemption page (Exemption 3 statutes 38 U.S.C. 5701 and
  5705), https://cybercemetery.unt.edu/archive/oilspill/20130309030238/https://www.va.gov/oig/exemptions.asp, and VA's
  request numbers (NN-NNNNN-F) as in set 212.
- s13 Treasury extension: the unusual-circumstances extension of 5 U.S.C. 552(a)(6)(B) as SSA's POMS states it
  ("The time limits ... may be extended an additional 10 working days when: The records are maintained in a facility
  other than the office processing the requests"), https://secure.ssa.gov/poms.nSf/lnx/0203360045, and Treasury's
  tracking format YYYY-FOIA-NNNNN; no Treasury extension letter was found.
- s14 Interior appeal decision: DOI's FOIA Appeals Office (Office of the Solicitor, 1849 C Street; appeal numbers
  YYYY-NNNNNN), https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm, a
  requester's appeal of an FWS Exemption 5 withholding to the DOI FOIA Appeals Officer,
  https://www.yumpu.com/en/document/view/26021475/february-2-2007-attn-foia-appeals-officer-department-of-the-, and
  the partial-grant appeal decisions of earlier sets.

Sealed measurement: the set was written blind at the start of its round and is kept apart from the rules while the
round's fixes are made; it is scored once, after they have landed.

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 2f38c300). Blind score: 12 of 14 fully
right, and 14 of 14 matched to its request by its number. Misses:
- s13 (Treasury extension): no expected_by from the day named in the sentence after the extension's ten working
  days: "We now expect to respond to your request by January 5, 2027."
- s14 (Interior appeal decision, PDF): 6 pages released, from "We are remanding this portion of your request to the
  BLM, which will release these 6 pages to you directly" (pages another office will release later, not released by
  the decision).
After the round's fixes: s14's expected value was the writer's slip against the convention of the sets before (pages
an appeal decision says another office will release to the requester are released: 152 p09, 197 h12, 36 i07) and was
corrected in its own commit; 13 of 14 against the corrected values. s13 is a convention question the sets are split
on (a new day the office expects to answer by, told in the sentence after an extension's days: about sixteen letters
log it, eight do not), left open.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout285"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "s13-treasury-extension.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
