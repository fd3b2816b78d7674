"""The two-hundred-and-eighty-ninth held-out set: 14 letters (letters/heldout289) on long final and interim
determinations and the everyday letters around them, eight federal (DHS, DOJ, DoD, HHS) and six from state agencies
of six states, in the structure and stock sentences those agencies really use: a CBP final response e-mail in the DHS
formula (pages releasable in their entirety, partially releasable and withheld) with pages referred to ICE and
duplicates not processed; a Bureau of Prisons final response (PDF) on compact disc with pages referred to the
Marshals Service and the exemptions named out of the statute's order; an ATF acknowledgement e-mail invoking unusual
circumstances and ten more working days; an Army CID final response in Word with a table of records, pages,
determinations and exemptions and pages referred to NCIS; a DLA fee estimate (PDF) with advance payment, which states
the day the request was received; an NIH final response e-mail that leaves out the pages released in an earlier
interim response; an FDA third interim response on CD-ROM with duplicates not processed again; an HHS appeal decision
in Word upholding Exemption 5, reversing Exemption 6 in part and remanding; a Massachusetts State Police response
e-mail under G. L. c. 66, § 10 with CORI withheld under G. L. c. 6, § 172; a Utah DPS GRAMA notice of approval in part
and denial in part (PDF); a Maryland State Police Public Information Act response in Word with a table of
dispositions; a New Mexico DPS IPRA no-records letter; a Tennessee Bureau of Investigation Records Request Response
Form (PDF); and a Florida Department of Law Enforcement special service charge estimate e-mail with a deposit.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 CBP final response: the DHS final-response formula ("A search of ... produced a total of N pages. Of those
  pages, I have determined that N pages of the records are releasable in their entirety, N pages are partially
  releasable, and N pages are withheld in their entirety pursuant to Title 5 U.S.C. § 552 ...", the $25 minimum, the
  90-day appeal, OGIS), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the DHS CRCL
  letter templates, https://vdocument.in/responsive-documents-crcl-12-002.html
- h02 BOP final response: the DOJ components' final letters (the 552(c) exclusion notice, the appeal to OIP by mail or
  FOIA STAR within 90 days, the FOIA Public Liaison and OGIS paragraph), as in the USMS response quoted on
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation;
  no BOP page was found in the time available.
- h03 ATF acknowledgement: the DHS CRCL acknowledgement template (received date, the 10-day extension for unusual
  circumstances, narrowing the request), https://vdocument.in/responsive-documents-crcl-12-002.html, with DOJ's
  processing tracks and fee categories (28 C.F.R. §§ 16.5, 16.10).
- h04 Army CID final response and h05 DLA fee estimate: DoD Manual 5400.07 (Initial Denial Authorities, referrals
  for direct response, 90-day appeals, fee categories and advance payment over $250),
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- h06 NIH final response, h07 FDA interim response and h08 HHS appeal decision: HHS's response rule 45 C.F.R. § 5.28,
  https://dev.compliancecosmos.org/how-does-hhs-respond-my-request, HHS's appeal page,
  https://www.hhs.gov/foia/appeals/index.html, NIH's FOIA office (Building 31, Room 5B35),
  https://cybercemetery.unt.edu/archive/oilspill/20130214212930/http://www.nih.gov/icd/od/foia/annualreports/annualreport2008.htm,
  and FDA's predisclosure notification (21 C.F.R. § 20.61(e)) and "DO NOT SEND ANY PAYMENT" invoices of earlier sets.
- h09 Massachusetts State Police: the Secretary of the Commonwealth's Guide to the Massachusetts Public Records Law
  (exemptions (a), (c), (f) of G. L. c. 4, § 7(26)), https://studylib.net/doc/8221809/a-guide-to-the-massachusetts-public-records-law,
  and the appeal to the Supervisor of Records within 90 days under 950 CMR 32.08(1),
  https://www.abschools.org/district/district__school_information/public_records_request_guidelines
- h10 Utah DPS: Utah Code § 63G-2-401 (appeal to the chief administrative officer within 30 days, what the notice of
  appeal contains), https://lexace.ai/us/statute/utah/63G-2-401, https://dhhs.utah.gov/oah/grama-appeals/ and
  https://archivesnews.utah.gov/2012/07/19/navigating-the-grama-appeals-process/
- h11 Maryland State Police: the sample denial letter of the Maryland Public Information Act Manual, Appendix C-1 ("I
  have received your letter dated ..., in which you request certain records under the Public Information Act, ...
  General Provisions Article ("GP"), § 4-101 et seq.", "My staff has collected those records in our custody that are
  responsive to your request", GP § 4-301 privileged records, GP § 4-344),
  https://mafiadoc.com/maryland-public-information-act-manual-maryland-attorney-general_5a22dbd31723ddf8a9dcda62.html
- h12 New Mexico DPS: the Attorney General's IPRA Compliance Guide (no duty to create a record, the custodian's
  search), https://fdocuments.in/document/inspection-of-public-records-act-compliance-guide.html, and NMSA 1978, §
  14-2-11, https://instalawyer.io/laws/new-mexico-statutes/section-14-2-11-procedure-for
- h13 Tennessee TBI and h14 Florida FDLE: written from the statutes they cite (the Office of Open Records Counsel's
  Records Request Response Form under Tenn. Code Ann. § 10-7-503(a)(2)(B), § 10-7-504(a)(2)(A); Fla. Stat. §
  119.07(4)(d) special service charge, § 119.071) and the earlier sets' letters from those states; no agency page was
  found for them in the time available.

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h04 (Army CID final response, Word): the tracking number read as both the CID case number and the FOIA number
  (['0031-2025-CID241', 'FP-26-014417']) from "... concerning the death of a Soldier at Fort Wainwright, Alaska, in
  February 2025, CID case number 0031-2025-CID241. Your request was assigned FOIA number FP-26-014417."; and 715 pages
  released and 88 withheld instead of 242 and 44: the table's rows (11 released in full, 187 + 44 in part, 23 + 21
  withheld) and the summary that totals them ("In summary, 242 pages are released (11 in full and 231 in part), 44
  pages are withheld in full, and 28 pages were referred to the Naval Criminal Investigative Service ...") were added
  together.
- h06 (NIH final response e-mail): 225 pages released instead of 199: the pages released in an earlier interim response
  and left out of this one were counted: "Of these, 26 pages are copies of the Notices of Award that we released to
  you in full in our interim response of September 14, 2026; they are not included again."
- h09 (Massachusetts State Police e-mail): the CORI statute missed, "G. L. c. 6, § 172" in "... has been redacted under
  G. L. c. 4, § 7(26)(a) and G. L. c. 6, § 172, which restricts the dissemination of CORI."
- h10 (Utah DPS GRAMA notice, PDF): 47 pages released instead of 86: "Approved: 86 pages of records are approved for
  release. Of those, 47 pages have been partially redacted." (pages approved for release not read as released).
- h13 (Tennessee TBI Records Request Response Form, PDF): only Tenn. Code Ann. § 10-7-504(a)(2)(A) of the three laws
  the form lists, one a paragraph with a colon: "Tenn. Code Ann. § 10-7-504(a)(29): identifying information of victims,
  witnesses and officers other than names." and "18 U.S.C. § 2721: personal information obtained from motor vehicle
  records."
After general fixes (a Massachusetts statute outside the Public Records Law cited by a bare section, "G. L. c. 6, §
172", "G. L. c. 41, § 97D"; the laws a withholding lists one a paragraph, each opening with its citation and a colon
and no mark, read as items of the list, a federal statute among them too, and a sentence more of an item keeping the
list going; pages "approved for release" or "cleared for release" are the pages given out, of which a share "partially
redacted" is the part released in part; pages that are copies of records given out in an earlier response are not
released again, and a day of two digits ends a mention of an earlier response "of September 14"; a case number set
after a description of the records sought with a comma and an office's initials, "..., CID case number
0031-2025-CID241", is the records' case, not the request's number; shares in brackets after the verb that releases
the pages, "242 pages are released (11 in full and 231 in part)"; pages referred to another agency after pages
withheld are not withheld by the verb before them), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout289"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
