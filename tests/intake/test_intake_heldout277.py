"""The two-hundred-and-seventy-seventh held-out set: 14 everyday federal letters (letters/heldout277) written with
dates and numbers the way the agencies write them (day-first dates "24 November 2026", abbreviated ones "13 Nov
2026", "Dec. 1, 2026", the Navy and Marine Corps "30 Nov 26", numeric "11/18/2026"; page counts in words; amounts
with and without cents; e-mail replies that quote the requester's message; reference lines and letterheads): an
Army RMDA acknowledgement with the ten-working-day extension (PDF); an Air Force acknowledgement e-mail in the words
of 32 CFR 806.27 with the day of the release determination; a NAVFAC final response with its page counts in words
(PDF); a Marine Corps no-records letter; an OSD/JS interim release in Word with the letterhead in the page header; a
VA medical center acknowledgement and fee estimate replying above the requester's quoted e-mail; a VA Office of
General Counsel appeal decision remanding for a new search (PDF); a State Department final response counting
records, not pages; an SSA fee letter in Word with a cost table and advance payment; an IRS extension letter in the
form of Letter 1522; a CDC acknowledgement with extension replying above the quoted request; a USCIS completion
e-mail with the response letter attached; an HHS appeal acknowledgement e-mail; and a DHS Privacy Office fee-waiver
denial with a fee estimate (Word). Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 Army: 32 CFR 286.8(c) (unusual circumstances, notice before the 20 days run out),
  https://www.law.cornell.edu/cfr/text/32/286.8, and AR 25-55's fee categories and RMDA FOIA office address,
  https://cryptome.org/doa022206.htm; the Army's FA-YY-NNNN case numbers of earlier sets.
- a02 Air Force: the suggested language of 32 CFR 806.27(b) ("We received your Freedom of Information Act (FOIA)
  request dated ..., for ... on ... We will provide you our release determination by ..."),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html
- a03 Navy, a04 Marine Corps: the SECNAV correspondence form (SSIC 5720, serial, date "2 Dec 2026" / "30 Nov 26"),
  the DON appeal to the Office of the General Counsel within 90 days, and the Marine Corps FOIA pages
  https://www.29palms.marines.mil/Staff-Offices/Adjutant-Office/FOIA/ and
  https://webarchive.library.unt.edu/web/20130214172918/http://www.hqmc.marines.mil/Agencies/USMCFOIA/Howtomakearequest.aspx
- a05 OSD/JS: the OSD/JS interim response form letters described at
  http://www.pressreader.com/usa/san-antonio-express-news/20211210/281840056965678 and
  https://managingfoia.wordpress.com/category/department-of-defense/, and set 213's OSD/JS letters (26-F- numbers).
- a06 VA medical center: 38 CFR 1.557 (acknowledgement, fees before processing),
  http://anthonygarvan.github.io/allregs/html/sections/38CFR1.557.html, the VHA facility FOIA page
  https://www.va.gov/lexington-health-care/programs/privacy-service/ and VA's NN-NNNNN-F numbers on
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423
- a07 VA OGC appeal decision: 38 CFR 1.559 (appeals to the Office of General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559, and the OGIS paragraph of VA's final agency decisions.
- a08 State: the IPS letters https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
  ("Upon review, we have determined that the record may be released in part", the foreseeable harm sentence) and
  https://documentafterlives.newmedialab.cuny.edu/content/dos-document-production-cover-letter-aclu-v-dod-no-104-cv-4151-sdny-june-8-2005-10
  ("one document may be released in full, one may be released with excisions, and one may not be released").
- a09 SSA: 20 CFR part 402 (402.75 fee schedule, 402.80 charging under section 1106(c), 402.90 advance payment),
  https://govregs.com/regulations/expand/title20_chapterIII_part402_section402.120, and POMS GN 03350.005,
  https://secure.ssa.gov/poms.nsf/lnx/0203350005; SSA-YYYY-NNNNNN numbers on
  https://www.muckrock.com/foi/united-states-of-america-10/ssa-open-access-dmf-social-security-administration-63294/
- a10 IRS: IRM 11.3.13 and its Exhibit 11.3.13-4 "1522 Extension Letter", https://www.irs.gov/irm/part11/irm_11-003-013
  and https://ro.scribd.com/document/423911708/23CAssessmentCert-IRM11-3-13-9-4
- a11 CDC, a13 HHS appeals: 45 CFR 5.24 (acknowledgement with tracking number and complexity),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24, and the HHS FOIA rule
  https://regulations.justia.com/regulations/fedreg/2016/10/28/2016-25684.html
- a12 USCIS: the USCIS FOIA request guide (National Records Center, FIRST, control numbers),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, and the DHS final response formula
  ("N pages are released in their entirety, N pages are released in part, and N pages are withheld in full").
- a14 DHS Privacy Office: 6 C.F.R. § 5.11 (fee categories, fee waiver factors) and the DHS letters of earlier sets
  (2026-HQFO- numbers).

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a05 (OSD/JS interim release, Word): nothing proposed, instead of an interim release of 47 pages with (b)(4) and
  (b)(6): "This is an interim response to your July 27, 2026, Freedom of Information Act (FOIA) request ..." and "...
  has determined that the enclosed forty-seven (47) pages are appropriate for release in part."
- a10 (IRS extension letter): the acknowledgement and extension were read, but not the ten days nor the day they run
  to (left in unsure as a day "without saying by how many days"): "As the law permits, we're extending the response
  date to Dec. 28, 2026, which is 10 business days from the original due date."
After general fixes (records judged fit to go out in DoD's words, "the enclosed forty-seven (47) pages are
appropriate for release in part", "are suitable for release in full", "have been reviewed and cleared for public
release", are released, never in a condition or a release to come; an extension's days counted from the due date it
moves, "10 business days from the original due date", "ten working days after the statutory deadline", "7 business
days past our initial response date"; and an extension taken in a plain-language letter's contractions, "we're
extending", "we've extended", "we'll take"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout277"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
