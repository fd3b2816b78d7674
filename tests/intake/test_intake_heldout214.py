"""The two-hundred-and-fourteenth held-out set: 14 letters (letters/heldout214) from agencies different from each
other, seven federal and seven state: an ICE acknowledgement e-mail that invokes the 10-day extension; a CBP final
response (PDF) with pages releasable in their entirety, partially releasable and withheld in their entirety; an EOIR
no-records letter; a Fish and Wildlife Service fee estimate in Word with an itemised table and advance payment; a
Labor (OSHA) final response e-mail with pages released in full and in part; a Navy Office of the General Counsel
appeal acknowledgement e-mail; a TSA appeal decision affirming the withholding of Sensitive Security Information
(PDF); a Delaware DNREC e-mail taking additional time under 29 Del. C. § 10003(h)(2) with a good-faith estimated
date; a Mississippi Department of Public Safety cost estimate with an itemised list; a Kansas Highway Patrol KORA
response in Word with bulleted redactions; a North Dakota DEQ no-records e-mail; an Idaho Department of Correction
notice of a longer period under Idaho Code § 74-103(2) (PDF); a Rhode Island State Police APRA response in Word; and
a West Virginia Division of Highways FOIA cost letter. Committed before the rules were run on them. Sources given
without an address were written from the statute or regulation named, not from a published letter.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 ICE acknowledgement with extension: ICE's acknowledgement letter ("This acknowledges receipt of your ...
  Freedom of Information Act (FOIA) request ... Your request was received in this office on ...", "Per Section 5.5(a)
  of the DHS FOIA regulations ...", "will invoke a 10-day extension for your request"),
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and ICE tracking numbers (2022-ICFO-23103)
  on MuckRock, https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- h02 CBP final response: the DHS component final letter ("Of those pages, I have determined that N pages ... are
  releasable in their entirety, N pages are partially releasable, and N pages are withheld in their entirety pursuant
  to Title 5 U.S.C. § 552"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- h03 EOIR no-records letter: DOJ's appeal paragraph and FOIA Public Liaison / OGIS paragraphs as DOJ components'
  letters word them (the OIP letters of set 164), and the Interior sample "records do not exist" letter,
  https://vdocuments.us/sample-foia-response-letters.html
- h04 Fish and Wildlife Service fee estimate: Interior's FOIA regulations, 43 C.F.R. part 2 (requester categories,
  2.39 free search and duplication, 2.50 advance payment over $250, tolling), written from the regulation
- h05 Labor (OSHA) final response: 29 C.F.R. part 70 and the federal final-letter structure of h02, written from
  the regulation
- h06 Navy appeal acknowledgement: DoD PAL and Navy appeal numbers (DON-OGC-...), 32 C.F.R. part 701
- h07 TSA appeal decision: 49 U.S.C. § 114(r) and 49 C.F.R. part 1520 (SSI) as TSA's letters cite them, OIP's appeal
  decision structure, https://www.justice.gov/archive/oip/annual_report/1994/appeals.htm
- h08 Delaware DNREC: 29 Del. C. § 10003(h)(2) as the Delaware DOJ's FOIA Policy Manual for FOIA Coordinators explains
  it (additional time, reasons and a good-faith estimate), https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html,
  and the Attorney General's FOIA opinions on extensions, https://attorneygeneral.delaware.gov/opinions/page/13
- h09 Mississippi Department of Public Safety: Miss. Code Ann. §§ 25-61-5 and 25-61-7 (fourteen working days, actual
  cost of searching, reviewing, duplicating, advance payment)
- h10 Kansas Highway Patrol: K.S.A. 45-221(a)(10) and (a)(30), K.S.A. 45-254 (vehicle camera recordings)
- h11 North Dakota DEQ: N.D.C.C. § 44-04-18 (no duty to create records) as the Attorney General's open records
  opinions describe it
- h12 Idaho Department of Correction: Idaho Code § 74-103(2) (notice of a longer period, no more than ten working
  days) and § 74-115
- h13 Rhode Island State Police: R.I. Gen. Laws §§ 38-2-2(4), 38-2-7 and 38-2-8 (denial in writing, appeal to the
  head of the public body, complaint to the Attorney General)
- h14 West Virginia Division of Highways: W. Va. Code §§ 29B-1-3 (fees reasonably calculated to reimburse actual cost)

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h08 (Delaware DNREC e-mail taking additional time): a final determination denied under "29 Del. C. § 10002(o)"
  instead of an acknowledgement and an extension, and no received date: "The Department of Natural Resources and
  Environmental Control ("DNREC") received your Freedom of Information Act request on November 12, 2026.", "this
  letter is to advise you that DNREC requires additional time to respond to your request" and "must be reviewed by
  legal counsel to determine whether any of the records are exempt from disclosure under 29 Del. C. § 10002(o)".
- h09 (Mississippi DPS cost estimate): an acknowledgement proposed beside the fee estimate, though the letter states
  no day of receipt: "The Mississippi Department of Public Safety ("Department") is in receipt of your request under
  the Mississippi Public Records Act of 1983".
- h12 (Idaho Department of Correction, PDF): no extension and no extension days: "this letter is to notify you that
  the Department requires a longer period of time to locate and retrieve the requested records" and "The Department
  will respond to your request within ten (10) working days following the date your request was received, on or
  before December 10, 2026."

Two expected values were corrected after scoring, to the conventions of earlier sets (no rule changed for them): h09
is also an acknowledgement, as a fee letter "in receipt of" the request is (set 197's h02 and h10); h08's
acknowledgement carries the day the office estimates it will answer, "January 8, 2027", as the README says of an
acknowledgement's approximate date. The blind score stays 11.

After a general fix (the release or withholding a review will find out, "to determine whether any of the records are
exempt from disclosure under ...", is no determination), h08 is read as the acknowledgement it is, with its received and
expected days; its extension is still missed: the letter's "requires additional time to respond" beside its own estimate
of the day reads, by the convention of New York's acknowledgements (set 192), as a first answer with its approximate
date. 12 of 14.

After general fixes (an office that says it needs more time takes an extension whatever estimate of its answer
follows, unless the letter is itself the acknowledgement giving its approximate day, as New York's does: h08; an
office that "requires a longer period of time" takes an extension, as one that requires additional time does: h12's
extension): 14 of 14, against one more expected value corrected. h12's extension_days was written 10, from "within ten
(10) working days following the date your request was received": that is the new time counted from the receipt, not
days added to the deadline it extends (Idaho's three working days), which is what extension_days counts (the README:
a letter that gives only the new date says so in unsure, "since the days are what the deadline counts"; the deadline
adds them to the law's days). Set 175's
Mississippi notice in the same form ("no later than fourteen (14) working days from the date we received your
request") is logged with the new day and no days, and h12 now is too.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout214"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_TSA_APPEAL = ("On appeal, you challenge the withholdings made pursuant to Exemption 3. I have carefully considered "
               "your appeal and the withheld information, and I am affirming TSA's initial determination. The withheld "
               "portions were properly designated as SSI, and TSA properly withheld them under 5 U.S.C. § 552(b)(3), "
               "49 U.S.C. § 114(r). ")


@pytest.mark.parametrize(("after", "grounds"), [
    # a ground the appeal did not take up that the decision upholds itself stays beside the one appealed
    ("I have also determined that the names of TSA employees were properly withheld under Exemption 6, 5 U.S.C. "
     "§ 552(b)(6).", ["(b)(3) 49 U.S.C. § 114(r)", "(b)(6)"]),
    # ... as one the decision says the appeal left unchallenged does
    ("You did not challenge the redactions made under Exemption 6.", ["(b)(3) 49 U.S.C. § 114(r)", "(b)(6)"]),
    # the near miss: the first answer's other ground, only recalled, is no ground of the decision
    ("TSA's response of September 30, 2026 had also redacted names under Exemption 6.",
     ["(b)(3) 49 U.S.C. § 114(r)"]),
])
def test_an_affirmance_of_a_partial_appeal_keeps_what_it_upholds(after: str, grounds: list[str]) -> None:
    assert exemptions_in(_TSA_APPEAL + after) == grounds
