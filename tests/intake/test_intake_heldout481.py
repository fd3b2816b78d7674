"""The four-hundred-and-eighty-first held-out set: 14 letters (letters/heldout481) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices in the formats they
really send: a Defense Threat Reduction Agency letter acknowledging a request with its day of receipt and taking ten
more working days for unusual circumstances; an HRSA final response (PDF) in part under Exemptions 4 and 6 for health
center grant files; an FTC e-mail to a commercial use requester estimating $412.00 and asking for an assurance of
payment; a USGS "no records" letter (the sampling never took place) with Interior's appeal paragraph; a NHTSA first
interim response in Word with a table of a defect investigation's records; a SAMHSA e-mail acknowledging a request and
asking that it be clarified within 30 calendar days; a Bureau of the Fiscal Service release in full; an SBA letter
denying expedited processing to a news writer; a DCMA denial in full (PDF) of a contractor purchasing system review
under Exemptions 4 and 5; an MSHA letter in Word acknowledging a request and granting a fee waiver; a NASA Associate
Administrator's decision affirming Goddard's Exemption 5 and 6 withholdings on appeal; a NARA e-mail acknowledging an
appeal to the Deputy Archivist; a scanned USDA Food and Nutrition Service release in part under Exemption 6; and a
Labor Employment and Training Administration letter closing a request that is now in a lawsuit. Written blind and
committed before the rules were run on them.

- p01-dtra-ack-extension.txt: DTRA FOIA Case 27-031, received November 30, 2026, 10 more working days (unusual
  circumstances: records at a contractor's facility, consultation with VA).
- p02-hrsa-final-partial.pdf: HRSA, 2027-00218-FOIA-HRSA, 96 pages: 58 in full, 27 in part, 11 withheld in full,
  Exemptions 4 and 6; appeal to the HHS Deputy Agency Chief FOIA Officer on a second page.
- p03-ftc-fee-estimate.eml: FTC, FOIA-2027-00188, received December 1, 2026, commercial use requester, estimated fee
  $412.00, 30 calendar days to agree or narrow.
- p04-usgs-no-records.txt: USGS, DOI-USGS-2027-000214, no records (no samples were collected in October 2026).
- p05-nhtsa-interim-release.docx: NHTSA, Freedom of Information Act Request No. 2027-0152, first interim response:
  240 pages reviewed, 196 in full, 31 in part, 13 withheld in full, Exemptions 4 and 6 (a table).
- p06-samhsa-clarification.eml: SAMHSA, 2027-00061-FOIA-SAMHSA, received December 3, 2026, request does not reasonably
  describe the records; three questions, 30 calendar days, processing on hold.
- p07-fiscal-service-final-full.txt: Bureau of the Fiscal Service, FOIA Case Number FS-2027-00046, 29 pages released
  in full.
- p08-sba-expedite-denied.txt: SBA, SBA-2027-000412, received December 9, 2026, expedited processing denied (no
  urgency to inform the public shown).
- p09-dcma-final-denied.pdf: DCMA Case Number DCMA-27-F-0019, 37 pages withheld in their entirety under Exemptions
  (b)(4) and (b)(5).
- p10-msha-ack-fee-waiver-granted.docx: MSHA, FOIA Request No. 2027-F-03122, received December 7, 2026, fee waiver
  granted.
- p11-nasa-appeal-affirmed.txt: NASA Associate Administrator, FOIA Appeal 27-HQ-A-00012 of GSFC request
  27-GSFC-F-00096, denied: Exemption 5 (standing review board reports) and Exemption 6 upheld.
- p12-nara-appeal-ack.eml: NARA FOIA Appeal Staff, appeal NGC27-0118A of request RD 71842, received December 15, 2026.
- p13-fns-final-partial-scanned.pdf: USDA FNS, 2027-FNS-00231-F (scanned), 44 pages: 30 in full, 14 in part,
  Exemption 6.
- p14-eta-closed-litigation.txt: DOL ETA, 2027-F-01588, closed administratively because the request is the subject of
  a lawsuit.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 DTRA acknowledgement and extension: the DTRA FOIA program pages (the FOIA/Privacy Office, Fort Belvoir),
  https://www.dtra.mil/Mission/FOIA-Program/ and http://www.dtra.mil/Info/FOIA/ElectronicReadingRoom.aspx, and the DoD
  "complex" and "unusual circumstances" letters described at
  https://managingfoia.wordpress.com/category/department-of-defense/
- p02 HRSA final response: HHS's FOIA regulations, 45 C.F.R. part 5 (appeals to the Deputy Agency Chief FOIA Officer,
  90 calendar days), https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61 and
  https://thefederalregister.org/81-FR/74930
- p03 FTC fee estimate: the Commission's fee rule, 16 C.F.R. 4.8 (commercial use requesters charged search, review
  and duplication), http://laws9.com/cfr/text/16/4/8 and
  https://regulations.justia.com/regulations/fedreg/2014/03/21/2014-05955.html
- p04 USGS no records: Interior's appeal paragraph and the FOIA Appeals Officer's filing rules,
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm, and the Departmental
  Manual's response letters, https://cupdf.com/document/department-of-the-interior-316-preparing-the-response-letter-317-signature-authority.html
- p05 NHTSA interim response: NHTSA's confidential business information rule, 49 C.F.R. part 512 (class
  determinations for warranty and production data, the last six characters of VINs under Exemption 6),
  https://regulations.justia.com/regulations/fedreg/2007/10/19/E7-20368.html and
  https://regulations.vlex.com/vid/confidential-business-information-22743897
- p06 SAMHSA clarification: 45 C.F.R. 5.24 (acknowledgement with the tracking number; a request to perfect a request),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24 and
  https://ecfr.io/Title-45/Part-5
- p07 Fiscal Service release in full: the Treasury FOIA regulation, 31 C.F.R. part 1 (fees below the minimum not
  charged), and the Treasury release letters of earlier sets.
- p08 SBA expedite denial: SBA's FOIA rule, 13 C.F.R. part 102 (the FOI/PA Office, Mail Code 2441),
  https://thefederalregister.org/82-FR/46369 and http://federal.elaws.us/fr/notice/10/5/2017/2017-21204
- p09 DCMA denial: the DoD FOIA program, 32 C.F.R. part 286, and the Exemption 4 and 5 denials of earlier sets;
  https://www.law.cornell.edu/cfr/text/32/291.7 for the form of a Defense agency's appeal address.
- p10 MSHA fee waiver: the Department of Labor's FOIA regulations, 29 C.F.R. part 70,
  http://federal.elaws.us/fr/citation/2017-00453 and https://regulations.vlex.com/vid/revision-of-foia-regulations-660594233
- p11 NASA appeal decision: 14 C.F.R. 1206.700 and 1206.701 (appeals to the Administrator through the Executive
  Secretariat, final determination within 20 working days),
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartG_section1206.702
- p12 NARA appeal acknowledgement: 36 C.F.R. part 1250 subpart D (appeals to the Deputy Archivist, ATTN: FOIA Appeal
  Staff), https://chanrobles.com/usa/uslaws/cfr/title36/36-3.0.10.3.19.4.php and
  https://ro.scribd.com/document/385962174/NARA-FOIA-REG-CFR-2011-Title-36-Vol-3-Part-1250-Sub-C-PUBLIC-AVAILABILITY-AND-USE
- p13 FNS release in part: USDA response letters with Exemption 6 redactions, as in the Interior OIG letter at
  https://fdocuments.in/document/uie-saes-eame-o-e-20101006-uie-saes-eame-o-e-ieio-oice-o-iseco-geea-200-nr.html,
  and the USDA letters of earlier sets.
- p14 ETA closure for litigation: the Department of Labor's FOIA regulations, 29 C.F.R. part 70,
  https://thefederalregister.org/81-FR/54770, and the closures for litigation of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 818f5d10: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout481"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
