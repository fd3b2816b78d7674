"""The hundred-and-seventy-seventh held-out set: 14 letters (letters/heldout177) from state and local agencies of the
Northeast and mid-Atlantic as the files arrive: a Montgomery County (Maryland) Police ten-working-day PIA letter in
Word with the anticipated time, the estimated range of fees and the reason for the delay in a table; a Maryland
Department of the Environment PIA response granted in part (PDF) with the pages produced, redacted and withheld and the
remedies (Ombudsman, Compliance Board, circuit court); a City of Richmond (Virginia) NextRequest e-mail closing a
VFOIA request with "the requested records could not be found or do not exist" and another public body's contact; a
Delaware State Police FOIA denial under the investigatory files exemption with the petition to the Attorney General;
a DC Metropolitan Police Department e-mail extending the time by ten business days for unusual circumstances; a New
Hampshire Department of Safety Right-to-Know acknowledgement with the written statement of the time reasonably
necessary; a Mayor's Office of Legal Counsel (DC) appeal decision upholding in part and reversing in part (PDF); a
Connecticut Department of Correction FOI acknowledgement naming an exemption it may apply and the copy fee per page;
a West Hartford Police Department FOI response granted in part (PDF) with a bulleted count of pages provided and
withheld; a Connecticut DEEP FOI e-mail stating the cost of paper copies; a Rhode Island Department of Health APRA
extension of twenty business days (Word); a City of Providence NextRequest e-mail with an itemised APRA cost estimate
requiring prepayment; a Vermont Agency of Natural Resources Secretary's decision upholding a denial on appeal; and a
Maine DHHS FOAA acknowledgement in Word with a good-faith estimate of time and a cost estimate.
Committed before the rules were run on them.

Blind score: 5 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h02 (MDE partial grant, PDF): pages released 37 instead of 212 and pages withheld 28 instead of 14: the pages that
  carry redactions were taken for the pages released and the withheld pages were counted twice: "After review, the
  Department is producing 212 pages ... Of those pages, 37 contain redactions. The remaining 14 pages are being withheld
  in their entirety.", "Fourteen (14) pages ... have been withheld in full" and "have been redacted from 37 pages".
- h03 (Richmond NextRequest e-mail): no outcome for "Pursuant to Va. Code § 2.2-3704(B)(3), please be advised that the
  requested records could not be found or do not exist."
- h04 (Delaware State Police denial): an acknowledgement instead of a final denial under 29 Del. C. § 10002(o)(3):
  "The Delaware State Police ("DSP") is in receipt of your Freedom of Information Act ("FOIA") request" and "After a
  thorough review, DSP must deny your request."
- h05 (DC MPD extension e-mail): acknowledged beside the extension, with the date received: "received by the
  Metropolitan Police Department (MPD) on November 13, 2026".
- h06 (New Hampshire Department of Safety acknowledgement): a final denial under "RSA 91-A:5" and "RSA 236:130" instead
  of an acknowledgement, and neither the date received nor the date expected: "This letter acknowledges receipt of
  your request within five business days as required by RSA 91-A:4, IV.", "reviewed for any information that is
  exempt from disclosure under RSA 91-A:5 or that is confidential under other law, including RSA 236:130", "which was
  received by this office on November 19, 2026" and "Please expect a response or an update on the status of your
  request no later than January 4, 2027."
- h07 (DC Mayor's Office of Legal Counsel appeal decision, PDF): exemptions (a)(2) and § 2-534(b) beside (a)(3)(C):
  the exemption the agency asserted and the appeal did not challenge ("asserting D.C. Official Code §§ 2-534(a)(2) and
  2-534(a)(3)(C). On appeal, you challenge only the withholding of the body-worn camera recordings.") and the
  segregability clause ("Any reasonably segregable portion of a record shall be provided ... D.C. Official Code §
  2-534(b).").
- h08 (Connecticut DOC acknowledgement): a final determination granted in full instead of an acknowledgement, and no
  date received: "This will acknowledge receipt of your Freedom of Information Act request dated November 23, 2026,
  and received by this office on November 24, 2026" and "Copies of public records are provided at a cost of $0.25 per
  page".
- h10 (Connecticut DEEP cost of copies e-mail): acknowledged beside the fee, with the date received: "Thank you for
  your Freedom of Information request ..., received on November 18, 2026".
- h11 (Rhode Island DOH extension, Word): acknowledged beside the extension, with the date received: "which RIDOH
  received on November 16, 2026".
The expected values of h05, h10 and h11 were wrong: every other set logs a letter that states the day the request was
received as an acknowledgement with that date beside what else it says (an extension, a cost), e.g. heldout107's
Michigan extension and heldout148's Fairfax extension; they were corrected to that, which makes 8 of 14 against the
corrected values (the blind score stays 5).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Montgomery County Police ten-working-day letter: Gen. Prov. § 4-203(b)(2) (the amount of time anticipated to
  produce the record, an estimate of the range of fees, the reason for the delay),
  https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/ and the Attorney General's PIA
  Manual, https://docslib.org/doc/10462037/maryland-public-information-act-manual
- h02 MDE partial grant: Gen. Prov. § 4-203(c) (reasons, legal authority, brief description, remedies) as above, and
  the remedies through the Public Access Ombudsman and the PIA Compliance Board,
  https://online.flippingbook.com/view/691761/64 and https://instalawyer.io/laws/maryland-statutes/section-4-1a-05-unreasonable-fee
- h03 Richmond no records: Va. Code § 2.2-3704(B)(3) as localities explain it ("the requested records could not be
  found or do not exist ... contact information for the other public body"), https://visitlouisa.com/FAQ.aspx?QID=190
  and https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You; NextRequest closing e-mails as in
  set 164.
- h04 Delaware State Police denial: the Delaware FOIA Policy Manual for FOIA Coordinators,
  https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html
  and the Attorney General's FOIA opinions on DSP denials under § 10002(o)(3),
  https://attorneygeneral.delaware.gov/opinions/page/3
- h05 DC MPD extension: D.C. Official Code § 2-532(c) and (d) and the DC FOIA regulations on the portal and appeals,
  https://print.casetext.com/regulation/district-of-columbia-administrative-code/title-15-public-utilities-and-cable-television/chapter-15-7-freedom-of-information-act-requests/rule-15-706-appeals
- h06 New Hampshire Department of Safety acknowledgement: the City of Nashua's Right-to-Know response template
  ("The City is in receipt of your request dated ... Your request stated in part ... this request will take some time.
  Please expect a response or update no later than"), https://www.nashuacity.com/index.php/node/16252, and RSA
  91-A:4, IV(b), https://fastdemocracy.com/bill-summary/?billsummary_state=nh&billsummary_id=NHB00011950&billsummary_session=2024
- h07 Mayor's Office of Legal Counsel appeal decision: the mayoral FOIA appeal opinions as the DC Open Government
  Coalition describes them, https://dcogc.org/blog/decisions-by-the-mayor-on-d-c-foia-appeals-now-more-accessible/,
  and 1 DCMR § 412 as the agency rules quote it (link for h05).
- h08 Connecticut DOC acknowledgement and h09 West Hartford PD partial grant: the FOI Commission's final decisions
  reciting how agencies acknowledged and denied requests under § 1-210(b), http://www.state.ct.us/foi/2011FD/20110829/FIC2010-765.htm
  and http://state.ct.us/foi/2009FD/20090708/FIC2008-480.htm
- h10 Connecticut DEEP cost of copies: Conn. Gen. Stat. § 1-212(a) (fee per page, payment in advance) as the FIC
  decisions above apply it.
- h11 Rhode Island DOH extension: R.I. Gen. Laws § 38-2-3(e) and § 38-2-7 and the agencies' APRA regulations ("the
  Department may have up to an additional twenty (20) business days ... voluminous nature of the request"),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/rhode-island-administrative-code/title-280-department-of-revenue/chapter-10-directors-office/subchapter-00-general-administration/part-1-access-to-public-records-280-ricr-10-00-1/section-280-ricr-10-00-16-procedure-for-requesting-public-records
  and http://webserver.rilegislature.gov/Statutes/TITLE38/38-2/38-2-7.htm
- h12 Providence cost estimate: R.I. Gen. Laws § 38-2-4 (search and retrieval at $15 an hour, first hour free,
  $0.15 a page) as the regulations above set out, in a NextRequest e-mail.
- h13 Vermont ANR appeal decision: 1 V.S.A. § 318 (appeal to the head of the agency, notice of judicial review under
  § 319), https://legislature.vermont.gov/statutes/section/01/005/00318 and http://vermont-archives.org/records/right-to-know/response.html
- h14 Maine DHHS acknowledgement: 1 M.R.S. § 408-A (acknowledge within five working days, a good faith, nonbinding
  estimate of the time, cost estimate and payment in advance), http://www.maine.gov/foaa/faq/index.shtml and
  https://www.cityofbath.com/foaa
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout177"
# What the rules reach on this set now (blind: 5); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h02-mde-pia-partial.pdf", "h03-richmond-va-no-records.eml", "h04-delaware-dsp-denial.txt",
    "h06-nh-safety-rtk-ack.txt", "h07-dc-molc-appeal-decision.pdf", "h08-ct-doc-foi-ack.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
