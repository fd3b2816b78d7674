"""The two-hundred-and-ninth held-out set: 14 letters (letters/heldout209) from federal departments and agencies
beyond DHS and Justice, other agencies and letter types than set 206: a CMS Freedom of Information Group final response
(PDF) with a "Control Number" of twelve digits, the pages located, released in full, with redactions and withheld in
full, and the exemptions cited 6 before 4; a Department of Energy acknowledgement e-mail that takes a ten-working-day
extension for unusual circumstances without naming a day; a NOAA Fisheries third interim response e-mail with the pages
reviewed, released, withheld, duplicates, a running total of all releases and the monthly processing rate; a Forest
Service regional acknowledgement granting a fee waiver (with "File Code" above the date line); a GSA no-records e-mail;
a Treasury Departmental Offices full release in Word citing the $25.00 minimum fee; an Indian Health Service letter
asking to clarify a request that does not reasonably describe the records; a Department of Education appeal decision
in Word that remands a no-records response for a new search; a Labor Office of the Solicitor appeal acknowledgement
e-mail; an FSIS extension letter with the days and the day they run to; an EPA acknowledgement e-mail with a fee
estimate; a BLM law enforcement final response (PDF) citing 7(C), 6 and 7(E) in that order; an OPM appeal decision
affirming a fee-waiver denial; and an IRS final response (PDF) with the IRS heading block, exemption (b)(3) with IRC
§ 6103 and (b)(7)(E). Written after set 206 was scored and merged (it needed no fixes, so the rules in
foiatrack/intake were not read before this set was written either), and committed before the rules were run on it; its
score is recorded apart from the blind scores of first sets.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 CMS final response: CMS FOIA FAQs and its FOIA policy and procedural instructions (exemption 4 for provider
  submissions, appeal to the Deputy Administrator, Room C5-16-03),
  https://www.cms.gov/Regulations-and-Guidance/Legislation/FOIA/About/CMS-FOIA-FAQs and
  https://fdocuments.net/document/cms-freedom-of-information-act-foia-policy-and-procedures-for-administering.html,
  and 45 CFR 5.62, https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- k02 DOE acknowledgement: 10 CFR 1004 and OHA's appeal pages, https://lawserver.com/?p=28143360, and the agency
  extension model letter ("An extension of up to ten working days is being invoked ..."),
  https://www.scribd.com/document/398787144/Formal-Extension-Letter-doc
- k03 NOAA interim response: NOAA's FOIA pages and the DOC-NOAA request numbers quoted by ITSSD,
  https://www.noaa.gov/information-technology/foia-home and http://itssdusa.org/itssd-iqa-focused-foia-requests-filed-with-doc-noaa.html
- k04 Forest Service acknowledgement with fee waiver granted: Forest Service FOIA pages and handbook (FSH 6209.13),
  https://fs.usda.gov/detail/arp/home/?cid=fseprd601618+ and
  https://studylib.net/doc/10559240/forest-service-handbook-national-headquarters--wo--washin..., the fee-waiver
  determination quoted by Kentucky Heartwood, https://kyheartwood.org/forest-blog/legal/kentucky-resources-council-files-foia-appeal-on-behalf-of-kentucky-heartwood/,
  and the "File Code: 6270" Forest Service reply, http://www.i-world.net/oma/news/usfs/foia1-reply.html
- k05 GSA no-records e-mail: 41 CFR 105-60.301 and 105-60.700,
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-i-appeals/section-105-60700-submitting-an-appeal
- k06 Treasury full release: the agencies' final-response structure above and 31 CFR 1 (fees)
- k07 IHS clarification letter: 45 CFR 5.24 (perfecting a request, at least 20 working days to respond),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24
- k08 Education appeal remand: DOE OHA's published remands for an inadequate search ("granted ... and remanded ... to
  conduct a further search"), https://www.energy.gov/oha/downloads/fia-20-0013-matter-food-water-watch and
  https://www.energy.gov/oha/downloads/fia-19-0010-matter-american-oversight
- k09 Labor appeal acknowledgement: 29 CFR 70 (the Department's FOIA regulations),
  http://federal.elaws.us/fr/citation/2017-00453
- k10 FSIS extension: the USDA RMA page on the ten-day extension for unusual circumstances,
  https://rma.usda.gov/en/Web-Site-Policies-and-Important-Links/Freedom-of-Information-Act-FOIA/FOIA-Effective-Filing-Date-and-Response-Time,
  and the USPS Handbook AS-353 4-4.14 notice of an extension, https://about.usps.com./handbooks/as353/as353c4_025.htm
- k11 EPA acknowledgement and fee estimate: 40 CFR 2.104 (acknowledgement with the date received and the processing
  number), https://www.law.cornell.edu/cfr/text/40/2.104
- k12 BLM final response: the Interior FOIA Handbook's denial letter elements (the person responsible, the Solicitor's
  attorney consulted, 90 workdays to appeal), https://fdocuments.us/document/department-of-the-interior-handbook-department-of-the-interior-freedom.html
- k13 OPM appeal decision: the fee-waiver standard (5 U.S.C. 552(a)(4)(A)(iii)) and HUD's rules for fee appeals,
  http://laws9.com/cfr/text/24/15/111
- k14 IRS final response: IRS FOIA guidelines (exemption 3 with IRC 6103, Notice 393, appeal to the Independent Office
  of Appeals), https://patriotnetwork.info/FOIA_Guidelines.html and https://wagnertaxlaw.com/?p=2983

Score when first run (written after set 206, recorded apart from the blind scores): 13 of 14 fully right, and 14 of 14
matched to its request by its number. Wrong was:
- k07 (IHS clarification letter): kinds acknowledged and clarification requested, with received 2026-11-24, where the
  set expected the clarification only: "This letter concerns your Freedom of Information Act (FOIA) request of
  November 23, 2026, which the Indian Health Service (IHS) FOIA Office received on November 24, 2026, ..."
  Here the expected value was wrong, not the rules: earlier sets log a clarification letter that states the day the
  request was received as acknowledged too, with that day (heldout94 r08-faa-clarify, heldout169 k01-wa-kcso-clarify,
  heldout66 n08-cps-illinois-burdensome), as this is the agency's first letter on the request. The expected value was
  corrected; no rule was changed. 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout209"
# What the rules reach on this set now (first run: 13, the expected value of k07 corrected); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
