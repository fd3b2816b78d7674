"""The two-hundred-and-ninetieth held-out set: 14 letters (letters/heldout290) on long final and interim
determinations and the everyday letters around them, written after the rules had been read and set 289's fixes
merged (so its score is recorded apart from the blind ones), and committed before the rules were run on it. Eight
federal (DHS, DOJ, DoD, HHS) and six from state agencies of six states: a Secret Service final response (PDF) with
pages referred to the FBI; an OIP appeal acknowledgement e-mail from FOIA STAR; a Navy acknowledgement e-mail with a
fee estimate and its day-first dates ("1 Dec 26"); a CMS final response in Word with a summary table of pages released
in full, in part, withheld and duplicates removed; an FBI second interim release with its exemption lines and the
reviewed-and-released formula; an Indian Health Service no-records e-mail; a Connecticut DESPP response e-mail
listing its provisions one a paragraph; an Air Force General Counsel appeal decision (PDF) denying the appeal; an
Indiana State Police APRA partial denial; a Georgia GBI three-business-day notice with a fee estimate; a Kentucky
State Police Open Records response (PDF) with a copying charge; an Oregon State Police ORS 192.329(5) statement; an
Arizona DPS response in Word with a table of records and authorities; and a SAMHSA acknowledgement (PDF) denying a
fee waiver.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Secret Service: the DHS final-response formula, https://docslib.org/doc/3095698/homeland-security-washington-dc-20528,
  and the Secret Service sample in /work/shared/samples/agency-letters (File Number, pages released with redactions).
- b02 OIP appeal acknowledgement and b05 FBI interim release: the DOJ appeal and FOIPA letters of earlier sets (OIP's
  "assigning appeals in the approximate order of receipt", the FBI's checked exemption lines and "N pages were reviewed
  and N pages are being released"), as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- b03 Navy and b08 Air Force: DoD Manual 5400.07 (fee categories, the 20-working-day notice, appellate authorities),
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- b04 CMS, b06 IHS and b14 SAMHSA: HHS's response rule 45 C.F.R. § 5.28, https://dev.compliancecosmos.org/how-does-hhs-respond-my-request,
  and its appeal page, https://www.hhs.gov/foia/appeals/index.html (a no-records finding is an adverse determination;
  fee waiver factors of 45 C.F.R. § 5.54).
- b07 Connecticut, b09 Indiana, b10 Georgia, b11 Kentucky, b12 Oregon and b13 Arizona: written from the statutes they
  cite (Conn. Gen. Stat. §§ 1-206, 1-210; IC 5-14-3-4, IC 5-14-5; O.C.G.A. § 50-18-71(b)(1)(A); KRS 61.878, 61.880;
  ORS 192.329(5); A.R.S. §§ 39-121.01, 39-121.02) and the earlier sets' letters from those states; no new agency page
  was searched for them.

Score (written after the rules were read, so not blind): 10 of 14 fully right, and 14 of 14 matched to its request by
its number. Wrong were:
- b03 (Navy acknowledgement e-mail): the day received, written day first and abbreviated in the sentence, not read:
  "This acknowledges receipt of your Freedom of Information Act (FOIA) request, which this office received on 23 Nov 26
  and assigned case number DON-NAVY-2027-001143."
- b11 (Kentucky State Police, PDF): the copying charge for the copies enclosed not proposed as a fee: "The copies are
  enclosed. Please remit $13.10 for 131 pages at $0.10 per page."
- b12 (Oregon State Police e-mail): only an acknowledgement, with January 29, 2027 as its expected day, though the
  letter is the statement that the response cannot be completed in the law's time (an extension, the new day alone
  giving no expected_by): "Because your request requires ..., the Department cannot complete its response within that
  time. The Department expects to complete its response by January 29, 2027."
- b13 (Arizona DPS, Word): no exemptions at all from the table's column "Authority for redaction or withholding"
  ("| Arizona Crash Report | 12 pages | In part | A.R.S. § 28-455; 18 U.S.C. § 2721", "| Photographs of the deceased |
  36 pages | Withheld in full | A.R.S. § 39-121.01(D)(1)"). The expected value was corrected after scoring, in its
  own commit: A.R.S. § 39-121.01(D)(1) is the Arizona law's provision on requesting copies, a section on procedure,
  which the project's convention never logs as an exemption; the letter cites it in error. The score stays 10.
After a general fix (a table whose heading names a column of the grounds for withholding, "Authority for redaction or
withholding", "Legal basis", "Exemptions applied", cites its rows' laws as grounds however the table is introduced, a
federal statute among them), 11 of 14; b03, b11 and b12 are not yet right.
Later, the sum asked to be remitted read as the fee with its pages and price a page beside it ("Please remit $13.10 for
131 pages at $0.10 per page"), 12 of 14: b11 right; b03 and b12 are not yet right.
After general fixes (a two-digit year after a day and an abbreviated month is the year when a word joining clauses
follows, "received on 23 Nov 26 and assigned", and a month with a day before it is no day without a year), 13 of 14:
b03 right; b12 is not yet right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout290"
# What the rules reach on this set now (10 when written); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b12-or-osp-extension.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
