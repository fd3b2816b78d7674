"""The hundred-and-fifty-ninth held-out set: 14 letters (letters/heldout159) from federal agencies other than the
Justice and Homeland Security components, each modelled on what the agency really sends: a Postal Service
acknowledgement that takes ten more working days for a field custodian, a Postal Service records custodian's partial
release of a post office lease under Exemption 3 with 39 U.S.C. § 410(c)(2) and Exemption 6 (PDF), a Postal Service
General Counsel decision affirming a section 410(c)(2) withholding on appeal; a Department of State final response
that counts records (not pages) released in full, in part and withheld; an OSD/Joint Staff interim e-mail that places
the request in the complex queue for unusual circumstances and finds no assessable fees; a NAVFAC no-records letter in
Word; an Army Corps of Engineers commercial-use fee estimate with an itemised table and advance payment; a USDA APHIS
final response with pages released in full, in part and withheld under Exemptions 4 and 6 (PDF); a CDC/ATSDR
acknowledgement e-mail that takes more than the ten extra days and grants a fee waiver; an EPA FOIAXpress Public
Access Link submission confirmation; a Department of Labor Wage and Hour Division acknowledgement that extends by ten
working days and gives only the date of the request; a Bureau of Land Management final response with a table of
withholdings (Word); a National Archives appeal acknowledgement e-mail; and a Social Security Administration fee
waiver denial with an estimate to be paid in advance. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and number formats; names, numbers and dates
invented):
- q01: USPS Handbook AS-353, 4-4.2 (tracking number and acknowledgement), https://about.usps.com/handbooks/as353/as353c4_012.htm,
  and 39 CFR 265 (unusual circumstances), https://regulations.justia.com/regulations/fedreg/2016/11/30/2016-28430.html
- q02: AS-353 4-4.26 (writing the response, adverse determinations, fees, FOIA Public Liaison),
  https://about.usps.com/handbooks/as353/as353c4_036.htm, and the Postal Bulletin's standard response language,
  https://about.usps.com/postal-bulletin/2016/pb22455/html/info_003.htm
- q03: AS-353 4-4.28 (appeals to the General Counsel, final decision), https://about.usps.com/handbooks/as353/as353c4_038.htm
- q04: Department of State IPS response letters, https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
  and https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- q05: OSD/JS interim responses ("unusual circumstances", complex queue), as described at
  https://managingfoia.wordpress.com/category/department-of-defense/ and
  http://www.pressreader.com/usa/san-antonio-express-news/20211210/281840056965678; 32 CFR 286.11,
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals
- q06: Department of the Navy response letters (SSIC and serial, "By direction", appeal to OJAG Code 14), DoD
  appeal rules
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals
- q07: Army Corps district letters (office symbol, "SUBJECT: Freedom of Information Act Request"), Army
  Regulation 25-55,
  https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- q08: USDA APHIS FOIA correspondence (request numbers YYYY-APHIS-NNNNN-F), https://vdocument.in/via-e-mail-kevinasheaaphisusdagov-tonyagwoods-2-for-these-reasons.html
- q09: CDC/ATSDR acknowledgement letters (complex because..., fee waiver granted), https://derekschmitz.com/2022/04/01/cdc-foia-update-2/
  and https://www.cdc.gov/od/foia/request/process/index.htm
- q10: EPA portal submission confirmation, https://www.muckrock.com/foi/united-states-of-america-10/environmental-protection-agency-records-on-the-great-lakes-restoration-initiative-37917/
  and 40 CFR 2.104, https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af
- q11: DOL Wage and Hour Division acknowledgement, https://www.muckrock.com/foi/united-states-of-america-10/whd-foh-126531/
- q12: Department of the Interior response letters (control number, "We are writing today to respond", Solicitor
  consulted, fees under $50, 90 workdays), as in https://vdocument.in/rcd-jul-412014-bpa-elizabeth-walls-and-tamara-yingling-bum-osofoia-a.html
- q13: NARA's FOIA regulations (acknowledgement, tracking number, appeals), https://lawserver.com/law/country/us/cfr/36_cfr_1250-26
  and https://www.archives.gov/foia/foia-guide
- q14: SSA Office of Privacy and Disclosure letters and 20 CFR 402, http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- q05 (OSD/JS e-mail): no extension: "Although the FOIA provides a 20 working-day time limit for processing requests,
  there are unusual circumstances which impact our ability to quickly process your request." (unusual circumstances
  said to stand in the way of the 20-day limit, with no "extend").
- q10 (EPA portal confirmation): no received date: "* Date Submitted: 11/23/2026" after "This message is to confirm
  your request submission to the ... FOIA Public Access Link (PAL)" (a portal's date submitted is the day received).
- q11 (Labor, Wage and Hour): no acknowledgement: "The Wage and Hour Division (WHD) of the U.S. Department of Labor
  (DOL) received your Freedom of Information Act (FOIA) request dated November 20, 2026, wherein you requested ..."
  (a request received, named by the date it bears, with the agency's full name and its initials between).
- q12 (BLM, Word): pages released 164 and withheld 8 instead of 82 and 4: "We have enclosed 82 pages of records: 67
  pages are being released in full and 15 pages are being released in part. We are also withholding 4 pages in
  full." followed by a table of the same pages by document (the total and its parts, and a table, counted again).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout159"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "q05-osdjs-ack-complex.eml", "q10-epa-pal-submitted.eml", "q11-dol-whd-ack-ext.txt", "q12-blm-final-partial.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
