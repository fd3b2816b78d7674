"""The two-hundred-and-sixth held-out set: 14 letters (letters/heldout206) from federal departments and agencies
beyond DHS and Justice, as the files arrive: an IRS Disclosure Office acknowledgement that extends the response time
by ten business days to a named date, with the IRS heading block (date, person to contact, case number) above the
salutation; a CDC/ATSDR acknowledgement e-mail with the request "#27-00318-FOIA", the complex queue and the "other
requester" fee category; an FDA Division of Freedom of Information final response (PDF) enclosing part of the pages
located, some withheld in full, the exemptions listed (b)(6) before (b)(4); a Department of Education FOIA Service
Center no-records letter in Word with the letterhead in the page header; a Department of Labor (OSHA) fee estimate
attached as PDF to a Public Access Link e-mail, stating the day the request was received and an itemised estimate over
the $250 advance-payment limit; a National Park Service full grant that cites the "less than $50.00" no-bill rule; a
Bureau of Indian Affairs second partial response (PDF) released in full and in part under Exemptions 6 and 5; an
Interior FOIA Appeals Office acknowledgement e-mail with "FOIA Appeal No. 2027-041"; an EPA Office of General Counsel
appeal decision affirming an Exemption 5 withholding (which names the pages the Region released and withheld); an HHS
"still interested" e-mail; a USDA APHIS final response attached to a PAL e-mail; an OPM fee-waiver denial in Word with
a fee table; a HUD acknowledgement that denies expedited processing; and a Social Security Administration denial of a
third party's records under Exemption 6 (PDF). Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 IRS acknowledgement and extension: IRS FOIA guidelines (20 business days, a 10-day extension for unusual
  circumstances), https://www.readkong.com/page/freedom-of-information-act-foia-guidelines-7209969 and
  https://wagnertaxlaw.com/foias-and-gdpas-how-requests-for-information-can-help-practitioners-resolve-cases-with-the-irs-or-dor-2,
  and 26 CFR 601.702, http://laws9.com/cfr/text/26/601/702
- j02 CDC acknowledgement: CDC's FOIA process pages (acknowledgement letter within 48 hours, narrowing scope, fees),
  https://cdc.gov/foia/faq/index.html and https://www.cdc.gov/od/foia/request/process/index.htm
- j03 FDA final response: FDA's FOI handbook and exemptions most used (4 and 6),
  https://www.fda.gov/regulatory-information/freedom-information/foi-information, SMG 3297.1,
  http://www.fda.gov/AboutFDA/ReportsManualsForms/StaffManualGuides/ucm138408.htm, and HHS appeal address in
  45 CFR 5.62, https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- j04 Education no-records letter: the FOIA Service Center's final response on MuckRock ("This letter is a final
  response to your request ... Staff from the Office of ... informed this office (FSC) that after a search of their
  files, they were unable to locate any documents"), https://n.gst.elementfx.com/book/no-records-template
- j05 Labor fee estimate: 29 CFR 70.43 (advance payment over $250.00, payable to the Treasury of the United States),
  https://www.govregs.com/regulations/title29_part70_subpartC_section70.43
- j06 NPS full grant and j07 BIA partial response: the Interior FOIA Handbook (383 DM 15) and its sample letters,
  https://fdocuments.us/document/department-of-the-interior-handbook-department-of-the-interior-freedom.html and
  https://vdocuments.us/sample-foia-response-letters.html, 43 CFR 2.21, http://laws9.com/cfr/text/43/2/21, and
  BIA's FOIA questions and answers, https://www.bia.gov/as-ia/foia/questions-and-answers
- j08 Interior appeal acknowledgement: the Interior FOIA Handbook above (appeal numbers, 20 workdays, judicial review)
- j09 EPA appeal decision: 40 CFR 2.104 and 2.108, https://www.law.cornell.edu/cfr/text/40/2.104 and
  https://jjkellercompliancenetwork.com/regsense/2-108-administrative-appeals
- j10 HHS still-interested e-mail: 45 CFR 5.24 (acknowledgement, perfecting a request),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24 and HHS's FOIA FAQ,
  https://public3.pagefreezer.com/content/HHS.gov/17-08-2021T06:42/https:/www.hhs.gov/foia/faqs/index.html
- j11 USDA APHIS final response: the APHIS final response of January 9, 2013 ("This is our final response to your ...
  request. Your request was received in this office on ... and assigned case number ... Agency employees conducted a
  thorough search of their files and located 54 pages"), https://vdocuments.net/aphis-appeal-w-exhibits.html, and the
  PETA appeal naming request 2018-APHIS-05109-F, https://vdocument.in/via-e-mail-kevinasheaaphisusdagov-tonyagwoods-2-for-these-reasons.html
- j12 OPM fee-waiver denial: the fee-waiver standard of 5 U.S.C. 552(a)(4)(A)(iii) as the agencies' regulations state
  it (the HHS and Labor regulations above) and HUD's appeal rules for fee determinations,
  http://laws9.com/cfr/text/24/15/111
- j13 HUD acknowledgement denying expedited processing: 24 CFR 15.105(b), http://laws9.com/cfr/text/24/15/105, and the
  HUD tracking number format on MuckRock (17-FI-HQ-00842),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2017-ii-appeal-logs-procedures-letters-opinions-department-of-housing-and-urban-development-34879/
- j14 SSA denial: POMS GN 03350.005 and SSA's FOIA reports ("We generally do not disclose information about living
  individuals without their written consent ... 5 U.S.C. 552(b)(6)"), https://secure.ssa.gov/poms.nsf/lnx/0203350005 and
  https://docest.com/doc/397957/freedom-of-information-activities-annual-report-foia

Blind score: 14 of 14 fully right, and 14 of 14 matched to its request by its number. No letter was wrong.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout206"
# What the rules reach on this set now (blind: 14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
