"""The hundred-and-fiftieth held-out set: 14 state and local letters (letters/heldout150) from states other than the
biggest ones, written after set 149 was scored and fixed, and so after reading the rules: its wordings were chosen
where the rules had not been seen to reach (a receipt that "landed in our queue", a record that "could not be found"
under "subdivision B 3 of § 2.2-3704", a bare "§ 4-311" after Maryland's "Gen. Prov. § 4-313", Wisconsin's "sec.
19.36(10)(b), Wis. Stats.", a law that "places them off limits"). A Virginia Department of Corrections answer that
the records could not be found, a Montgomery County Public Schools release with pages blacked out and a personnel file
kept back (PDF), a Wake County Public School System e-mail that logs a request and names the day the records should be
ready (North Carolina), an Atlanta Police Department three-business-day letter with its date and cost (Georgia), a
Denver Public Schools denial under two CORA sections (Word, letterhead in the page header), a Connecticut State
Police e-mail that fulfils a request with redactions, a Michigan Department of Health and Human Services notice whose
ticked box says the record does not exist, a Cuyahoga County Sheriff's Department first installment with Ohio's
redactions (PDF), a Minneapolis e-mail in HTML with the cost of copies in a table (Minnesota), a Milwaukee Police
Department denial of an open misconduct investigation (Wisconsin), a Reno Police Department e-mail that sends the
records unredacted (Nevada), a New Mexico State Police letter that finds a request excessively burdensome and names
the day it will answer, a Honolulu Police Department UIPA "Notice to Requester" that denies access (Word), and a DC
Health acknowledgement that grants a fee waiver. Committed before the rules were run on them.

Blind score: 5 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- c02 (Montgomery County Public Schools, PDF): exemptions empty: "... a custodian must deny inspection of a school
  district record about the home address, telephone number or other personal information of a student, Md. Code
  Ann., Gen. Prov. § 4-313." and "The coach's disciplinary file, seven pages in all, is kept back in its entirety as
  a personnel record, § 4-311." (a citation after what the law makes the custodian deny; a bare section after it).
- c03 (Wake County Public School System, e-mail): nothing proposed: "Your public records request landed in our queue
  on November 30, 2026 and has been given the number WCPSS-PRR-26-2210." and "we think the responsive records should
  be ready on or about January 15, 2027".
- c05 (Denver Public Schools, Word): exemptions missed C.R.S. § 24-72-204(3)(a)(I): "The health-room logs are
  medical data on individual students, and C.R.S. § 24-72-204(3)(a)(I) likewise places them off limits."
- c06 (Connecticut State Police, e-mail): exemptions missed Conn. Gen. Stat. § 14-10: "... because § 14-10 of the
  General Statutes keeps motor vehicle records from public disclosure" (Connecticut's section before "of the General
  Statutes").
- c08 (Cuyahoga County Sheriff, PDF): nothing proposed: "With this letter the Sheriff's Department makes available the
  first portion of the records you asked for ... The 148 pages provided now include ...; the remaining records ...
  will follow", and exemptions "the Department blacked out social security numbers, which are personal identifiers
  that R.C. 149.45 keeps out of public records, and ... R.C. 149.43(A)(2)(a)".
- c10 (Milwaukee Police): exemptions empty: "Information relating to a current investigation of possible employee
  misconduct may not be disclosed until the investigation is disposed of, sec. 19.36(10)(b), Wis. Stats."
  (Wisconsin's "sec. ..., Wis. Stats.").
- c12 (New Mexico State Police): nothing proposed: "The New Mexico State Police Records Bureau took delivery of your
  Inspection of Public Records Act request on November 23, 2026." and "we will need more than the fifteen days the
  Act ordinarily allows. The Records Bureau will respond to your request no later than January 22, 2027".
- c13 (Honolulu Police, Word): exemptions missed HRS § 92F-13(3): a list under "... it falls under the following
  exceptions to disclosure ...:" with the line "HRS § 92F-13(3): disclosure would frustrate a legitimate government
  function, ...".
- c14 (DC Health): no fee waiver decision: "You asked that fees be reduced or waived. ... DC Health will furnish them
  without charge under D.C. Official Code § 2-532(b)."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout150"
# What the rules reach on this set now (blind: 5); it may only go up.
FLOOR = 5
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "c02-mcps-partial.pdf", "c03-wcpss-logged.eml", "c05-dps-cora-denial.docx", "c06-despp-fulfilled.eml",
    "c08-ccso-first-installment.pdf", "c10-milwaukee-pd-denial.txt", "c12-nmsp-burdensome.txt",
    "c13-hpd-uipa-denial.docx", "c14-dc-health-ack-waiver.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
