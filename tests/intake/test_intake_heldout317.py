"""The three-hundred-seventeenth held-out set: 14 everyday letters (letters/heldout317) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a Navy NAVFAC final response (PDF)
in naval correspondence format releasing PFAS sampling records in part; an Air Force Materiel Command e-mail
acknowledging a request, placing it in the complex queue and taking ten more working days; an OSD/JS appeal
acknowledgement with its appeal and request numbers; an NIH no-records letter; a CMS fee estimate sent as a PDF
attached to an e-mail; an ACF/ORR second interim release in Word, with a page table, to a lawyer for children in ORR
custody; an MSHA release in full of a fatal-accident investigation file; an NPS e-mail acknowledging a request and
granting a fee waiver; an FSIS letter referring a whole request to AMS; a Census Bureau denial (PDF) under Title 13;
a VA Office of General Counsel appeal decision (PDF) granted in part, remanding for a new search and upholding
Exemption 5; an FTC first interim response in Word attached to an e-mail, with Section 21(f) withholdings; an NLRB
final response in Word releasing an unfair labor practice case file in part; and an FCC acknowledgement taking the
10-business-day extension of 47 CFR 0.461(g) to a named day. Written blind and committed before the rules were run on
them.

- s01-navy-navfac-final-partial.pdf: NAVFAC final response, DON-NAVY-2026-011846, dated "18 Nov 26", 214 pages
  located, 161 in full, 42 in part, 11 withheld, Exemptions 5 and 6.
- s02-usaf-ack-complex-track.eml: AFMC acknowledgement of 2027-00452-F, received 17 November 2026, complex queue,
  ten more working days, estimated completion 26 March 2027.
- s03-osd-js-appeal-ack.txt: OSD/JS appeal acknowledgement, appeal 27-A-0063-A1 on request 26-F-2187, received
  November 20, 2026.
- s04-nih-nci-no-records.txt: NIH FOIA Case No. 64182, no records located after the NCI search.
- s05-cms-fee-estimate.eml: CMS fee estimate for Control Number 112326T0471, total $1,048.00, advance payment asked.
- s06-acf-orr-monitoring-interim.docx: ACF second interim release on 2027-ACF-00412, 341 pages reviewed, 209 in full,
  109 in part, 23 withheld, Exemptions 5 and 6, 12 pages sent to ICE for consultation.
- s07-msha-final-full-grant.txt: MSHA release in full of 64 pages on 2027-F-01408.
- s08-nps-ack-fee-waiver-granted.eml: NPS acknowledgement of NPS-2027-00318, received November 16, 2026, fee waiver
  granted, estimated completion January 14, 2027.
- s09-fsis-referral-ams.txt: FSIS referral of FOIA-2027-00087 in its entirety to AMS for direct response.
- s10-census-denied-title13.pdf: Census Bureau denial of DOC-CEN-2027-000214, 37 pages withheld in full under
  Exemption 3 and 13 U.S.C. 9.
- s11-va-ogc-appeal-partly.pdf: VA OGC final agency decision on appeal 27-00318-A (request 26-09417-F), granted in part
  (search remanded to VHA), Exemption 5 affirmed, Exemptions 3 (38 U.S.C. 5705) and 6 not challenged.
- s12-ftc-interim-complaints.eml: FTC first interim response on FOIA-2027-00163, 431 pages released in part, 58
  withheld under Exemption 3 with Section 21(f) of the FTC Act, Exemptions 6 and 7(C).
- s13-nlrb-final-partial.docx: NLRB final response on NLRB-2027-000214, 58 pages in full, 37 in part, 19 withheld,
  Exemptions 5, 6, 7(C), 7(D).
- s14-fcc-ack-extension.txt: FCC acknowledgement of FOIA Control No. 2027-000118, received November 20, 2026, extended
  by 10 business days to January 6, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 Navy: the Department of the Navy FOIA rules on initial denial authorities and appeals to the Office of the
  General Counsel or the Judge Advocate General, http://laws9.com/cfr/text/32/701/12 and
  https://www.govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm, and
  the FSIS release layout of pages released in full, in part and withheld,
  https://www.scribd.com/doc/29508530/CREW-Department-of-Agriculture-Regarding-Specific-Agency-Policies-and-Programs-4-2-2010-Cover-Letter-to-CREW
- s02 Air Force: the Air Force FOIA letter paragraphs ("We received your Freedom of Information Act (FOIA) request
  dated ... Processing this FOIA request will require us to collect and review a substantial number of records"),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html, the complex-track notice of
  http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i)), and the AFMC FOIA office address,
  https://books.google.com.my/books?id=WU84AAAAMAAJ&pg=PA23
- s03 OSD/JS appeal acknowledgement: the OSD/JS appeals page and DoD's appellate authorities,
  https://cybercemetery.unt.edu/archive/oilspill/20130213222719/http://www.dod.gov/pubs/foi/submit_appeal.html and
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals
- s04 NIH no records: the NIH FOIA Office pages and its address,
  https://webarchive.library.unt.edu/eot2008/20090113175248/http://www.nih.gov/icd/od/foia/index.htm, and an NIH
  "no records responsive to your request" answer,
  https://retractionwatch.com/2021/11/01/hhs-takes-three-and-a-half-years-to-tell-us-there-are-no-records-responsive-to-your-request-for-a-letter-we-know-exists/
- s05 CMS fee estimate: CMS's Freedom of Information Group and its processing pages,
  https://webarchive.library.unt.edu/eot2008/20080916040027/http:/www.cms.hhs.gov/FOIA/03_process.asp and
  https://webarchive.library.unt.edu/eot2008/20090121025231/http://www.cms.hhs.gov/pf/printpage.asp?ref=http://www.cms.hhs.gov/FOIA/02_requests.asp,
  and HHS's FOIA rules, http://federal.elaws.us/cfr/title-45/section-5.62
- s06 ACF/ORR interim release: ORR's rule that case files are not asked for under the FOIA,
  https://webarchive.library.unt.edu/web/20170125005800/https://www.acf.hhs.gov/programs/orr/resource/requests-for-uac-case-file-information,
  ACF's FOIA office on ORR requests, https://www.cjr.org/analysis/foia-family-separation-border.php, and
  https://www.data-liberation-project.org/requests/unaccompanied-children-oversight-records/
- s07 MSHA release in full: MSHA's FOIA questions and answers,
  https://www.msha.gov/freedom-information-act/msha-foia-frequently-asked-questions, and MSHA's answers on accident
  records,
  http://blogs.wvgazettemail.com/coaltattoo/2011/03/11/msha-secrecy-joe-main-wont-release-records-about-upper-big-branch-methane-outbusts/
- s08 NPS acknowledgement and fee waiver: NPS letters on MuckRock (the Lakewood FOIA office layout, "This letter is to
  acknowledge receipt of your ..."),
  https://www.muckrock.com/foi/united-states-of-america-10/letters-offering-to-gift-land-for-new-national-parks-11585/
  and https://www.muckrock.com/foi/united-states-of-america-10/tennessee-collections-preservation-center-nps-22299/,
  and Interior's FOIA rules, http://www.gpo.gov/fdsys/pkg/FR-2012-09-13/html/2012-22391.htm
- s09 FSIS referral: the FSIS FOIA pages ("FSIS only maintains records relating to its food safety mission"),
  https://www.fsis.usda.gov/es/node/3181 and
  https://cybercemetery.unt.edu/archive/oilspill/20121014040930/http:/www.fsis.usda.gov/FOIA/FOIA_Request/index.asp
- s10 Census denial: the Census Bureau on Exemption 3 and Title 13,
  https://www.census.gov/about/policies/foia/foia-requests/why_is_certain_information_withheld.html, its FOIA
  reference guide,
  https://vdocuments.us/freedom-of-information-act-reference-guide-census-freedom-of-information-act-foia.html,
  and https://www.muckrock.com/news/archives/2016/feb/08/Census-GLOMAR/
- s11 VA appeal decision: 38 C.F.R. 1.559 (appeals to the Office of the General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559, VA request numbers on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423,
  and https://print.casetext.com/case/empower-oversight-whistleblowers-research-v-us-dept-of-veterans-affairs
- s12 FTC interim response: the FTC letters withholding under Section 21(f) ("FOIA Exemption 3, 5 U.S.C. §
  552(b)(3), by reason of Section 21(f) of the FTC Act, 15 U.S.C. § 57b-2(f)"),
  https://www.scribd.com/document/52952902/CREW-Federal-Trade-Commission-FTC-Regarding-Complaints-against-AVRF-COPS-and-DFF-Complaints-Against-David-Scott-Marleau-7-2-10-FTC-Respons,
  and the FTC FOIA handbook on consumer complaints, https://docslib.org/doc/8209767/foia-handbook
- s13 NLRB final response: the NLRB FOIA manual's sample letters, https://purl.fdlp.gov/GPO/LPS43409, and its FOIA
  reference guide, https://nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide-0
- s14 FCC acknowledgement and extension: 47 CFR 0.461 (the 20 business days and the 10-business-day extension in
  unusual circumstances), https://hallikainen.org/org/FCC/FccRules/2016/0/461, and the FCC's FOIA rules order,
  https://docs.fcc.gov/public/attachments/FCC-16-171A1.txt

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ab37245e: 13 of 14 fully right. Wrong were:
- s01 (s01-navy-navfac-final-partial.pdf): kinds ['fee_waiver_decision', 'final_determination'] !=
  ['final_determination']; outcome 'full_grant' != 'partial_grant'

After general fixes (fees let go only because they fall under the billing minimum decide no fee waiver: "Fees
associated with the processing of your request are waived because they fall below the $25.00 minimum threshold for
billing"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout317"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
