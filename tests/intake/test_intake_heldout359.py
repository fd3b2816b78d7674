"""The three-hundred-fifty-ninth held-out set: 14 everyday letters (letters/heldout359) from fourteen federal
departments and agencies, in the formats they really send: a Department of State acknowledgement (PDF) placing a
journalist's request in the complex track, citing unusual circumstances and denying expedited processing; an Army
Criminal Investigation Division final response to a lawyer for a soldier, releasing a report of investigation in part
(Exemptions 6, 7(C), 7(E)); a CDC e-mail with its first interim response attached as PDF (Exemptions 4 and 6); an
OSHA fee estimate to a commercial requester; an EPA Region 9 e-mail saying no records were found; a Bureau of Land
Management letter in Word forwarding a request to the Forest Service; a NOAA e-mail with its acknowledgement attached
in Word, granting a fee waiver; a Department of Energy final response (PDF) releasing loan records in part (Exemptions
4, 5, 6); a HUD acknowledgement taking a ten-working-day extension; an IRS final response withholding an open
examination file in full under section 6103 and Exemption 7(A); a Postal Service appeal decision affirming a
withholding under 39 U.S.C. 410(c)(2); an SEC e-mail acknowledging an appeal with its appeal number and day of
receipt; a PHMSA final response (PDF) releasing an enforcement case file in full; and a USAID appeal decision in Word,
with a table of what it decided on each withholding, granting the appeal in part.

- d01-state-ack-expedite-denied.pdf: State F-2026-18842 received November 16, 2026, complex track, unusual
  circumstances, expedited processing denied under 22 CFR 171.11(f).
- d02-army-cid-final-partial.txt: Army CID FA-26-0418, 148 pages reviewed, 96 in full and 41 in part, 11 withheld,
  Exemptions 6, 7(C), 7(E) (and Privacy Act (j)(2)).
- d03-cdc-interim-release.eml: CDC 26-01873-FOIA first interim response, 212 pages in full, 31 in part, 7 withheld,
  Exemptions 4 and 6.
- d04-osha-fee-estimate.txt: OSHA 2026-F-09132, received October 30, 2026, commercial use, estimated fees $412.50.
- d05-epa-r9-no-records.eml: EPA Region 9 EPA-R9-2027-000412, no responsive records.
- d06-blm-referral-fs.docx: BLM Idaho DOI-BLM-2027-000287, request forwarded to the Forest Service under 43 C.F.R.
  2.13(b), closed with the BLM.
- d07-noaa-ack-fee-waiver-granted.eml: NOAA/NMFS DOC-NOAA-2027-000318 received November 18, 2026, fee waiver granted
  under 15 C.F.R. 4.11(l).
- d08-doe-final-partial.pdf: DOE HQ-2026-01874-F, 86 pages, 29 in full, 45 with redactions, 12 withheld, Exemptions
  4, 5, 6.
- d09-hud-ack-extension.txt: HUD 27-FI-HQ-00347 received November 10, 2026, extended by ten working days.
- d10-irs-final-denied-6103.txt: IRS 2027-01894, 212 pages withheld in full under (b)(3) with IRC 6103(a) and
  (b)(7)(A).
- d11-usps-appeal-affirmed.txt: USPS appeal 2027-FPAP-00021 on 2026-FPRO-01877, denied, Exemption 3 with 39 U.S.C.
  410(c)(2) upheld (Exemption 6 not reached).
- d12-sec-appeal-ack.eml: SEC appeal 27-00031-APPS on 26-04417-FOIA, received November 24, 2026.
- d13-phmsa-final-full.pdf: PHMSA 2026-0951, 63 pages released in their entirety.
- d14-usaid-appeal-partly.docx: USAID appeal A-00009-27 on F-00187-26, granted in part (Exemption 4 affirmed, 31
  pages of a monitoring report released with Exemption 5 and 6 redactions, 6 pages still withheld under Exemption 5).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 State acknowledgement: a published State acknowledgement of 2025 (complex track under 22 CFR 171.11(h), unusual
  circumstances, publicly available news reports treated as non-responsive, expedition criteria of 171.11(f)),
  https://orlytaitzesq.com/626546-2, 22 C.F.R. 171.11 and an older expedite denial:
  https://law.lawstack.com/laws/22-cfr_s_171-11_processing-requests-135b0f2b-f38e-4c6f-a5fb-c621a2c1e2fd
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
- d02 Army CID: 32 C.F.R. 635.11 (release of law enforcement records under the FOIA, the Crime Records Center),
  http://laws9.com/cfr/text/32/635/11, the Army FOIA rule, 32 C.F.R. part 518, https://cryptome.org/doa022206.htm,
  and the DoD final responses of earlier sets.
- d03 CDC interim response: the HHS and CDC letters of earlier sets (foreseeable harm, HHS FOIA Public Liaison, OGIS).
- d04 OSHA fee estimate: the DOL FOIA regulation, 29 C.F.R. part 70 (70.40 fee categories, 70.41 advance notice),
  and the DOL letters of earlier sets (Solicitor of Labor appeal paragraph).
- d05 EPA Region 9 no records: the EPA FOIA regulation, 40 C.F.R. part 2,
  https://www.customsmobile.com/regulations/expand/title40_chapterI_part2_subpartA_section2.101, the regional FOIA
  pages, http://yosemite.epa.gov/r10/extaff.nsf/foia+pages/costs, and the EPA appeal paragraph of earlier sets.
- d06 BLM referral: the DOI FOIA regulation, 43 C.F.R. part 2 (2.13 consultations and referrals), and the DOI
  letters of earlier sets (appeal within 90 workdays to the FOIA & Privacy Act Appeals Office, OGIS paragraph).
- d07 NOAA acknowledgement and fee waiver: the Commerce FOIA regulation, 15 C.F.R. part 4 (4.11 fees and waivers),
  and the NOAA letters of earlier sets.
- d08 DOE final response: 10 C.F.R. 1004.7 and 1004.8 (the responsible official named, appeal to the Office of
  Hearings and Appeals) and the DOE letters of earlier sets.
- d09 HUD acknowledgement and extension: 24 C.F.R. part 15 and 5 U.S.C. 552(a)(6)(B), and the extension letters of
  earlier sets.
- d10 IRS final response: IRM 11.3.13, Freedom of Information Act, https://www.irs.gov/irm/part11/irm_11-003-013, and
  the IRS letters of earlier sets (the heading block with employee name and ID, appeal to IRS Appeals in Fresno).
- d11 USPS appeal decision: 39 U.S.C. 410(c)(2) as applied in Wickwire Gavin, P.C. v. USPS, 356 F.3d 588,
  http://jmargolin.com/nasa/cases/wickwire.htm, and the Postal Service's rule on information of a commercial nature,
  https://regulations.justia.com/regulations/fedreg/2018/09/24/2018-20585.html
- d12 SEC appeal acknowledgement: an SEC appeal decision ("Re: Appeal, Freedom of Information Act Request No. ...-FOIA,
  designated on appeal as No. ...-APPS"),
  https://ro.scribd.com/document/391146370/XXII-Foia-Appeal-Denial-Sept-21-2018-Highlights-Added, and the SEC FOIA
  reference guide, https://www.sec.gov/foia-services/foia-reference-guide
- d13 PHMSA full grant: the DOT FOIA regulation, 49 C.F.R. part 7, and the full-grant letters of earlier sets.
- d14 USAID appeal decision: 22 C.F.R. part 212 and the appeal decisions granted in part of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3442c62: 12 of 14 fully right. Wrong were:
- d10 (d10-irs-final-denied-6103.txt): exemptions ['(b)(3) 26 U.S.C. § 6103(a)', '(b)(7)(A)'] != ['(b)(3) 26 U.S.C. §
  6103', '(b)(7)(A)']
- d12 (d12-sec-appeal-ack.eml): kinds ['acknowledged'] != ['appeal_acknowledged']; received None != '2026-11-24';
  appeal_number None != '27-00031-APPS'
After general fixes, 13 of 14: d10 names the Exemption 3 statute whole
where it says what the statute does ("Internal Revenue Code (IRC) Section 6103 ...") and with its subsection where it
withholds ("in conjunction with IRC Section 6103(a)"): the whole section is logged, as the earlier sets log it where a
letter names both (heldout317 s10, heldout152 p02). 14 of 14: d12's "This will acknowledge receipt on
November 24, 2026 of your appeal under the Freedom of Information Act" acknowledges the appeal, its day set between
"receipt" and "of your appeal" (or set off by commas: "acknowledges receipt, on November 24, 2026, of your
administrative appeal"), received that day; the number it "has been designated as", 27-00031-APPS, is then the
appeal's.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout359"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
