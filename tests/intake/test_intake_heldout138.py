"""The hundred-and-thirty-eighth held-out set: 14 e-mails and portal messages (letters/heldout138), six federal and
eight state and local, written after set 132 was scored and fixed and after reading the rules, in wordings chosen
because the rules were not seen to handle them: a Kitsap County Sheriff's five-day letter that "opened a file" for the
request and expects a first batch "around" a date, Sacramento's NextRequest closure that "came up empty", a HUD reply
("it came through") above the requester's quoted message with its own dates, a Pittsburgh JustFOIA invoice with a
"Balance owing", a USDA PAL release notice whose counts are an HTML table (HTML-only), an NYC OpenRecords notice that
the agency "has extended the time it needs", a Corps of Engineers fee letter attached as a PDF ("The assessed amount
for your request is"), an Oregon Department of Human Services refusal ("We cannot share these records", HTML-only),
an Education Department acknowledgement in Word that "got" the request and sends it "to the front of the queue", a
Cleveland police reply that releases pages with Ohio redactions above a quoted earlier message with a fee, a receipt
and a due date, a Social Security appeal decision attached as a PDF that returns the request for a new search, a
Georgia DOT acknowledgement that asks which intersections and years are meant, an FTC PAL acknowledgement whose field
list gives the receipt ("Received:") and the fee waiver decision ("Fee Waiver Decision: Denied"), and a Los Angeles
County public health reply that produces 22 pages with nothing withheld above a quoted extension. Committed before
the rules were run on them.

Blind score: 7 of 14 fully right, and 13 of 14 matched to its request by its number (w03 not: no number read). As
first written it was 6: w06's expected answer gave the extension an expected_by (02/12/2027) where the project's
convention (README: "a letter that gives only the new date says it in `unsure`") logs an extension that names no days
without one, as sets 2, 17, 21 and 64 do; the answer was corrected, not the letter, and w06 was otherwise right. Wrong
were:
- w01 (Kitsap County Sheriff, GovQA e-mail): an interim release instead of an acknowledgement, no date received and
  no expected date: "We opened a file for your public records request on November 16, 2026, under reference
  P011893-111626." and "Records staff think the first batch of records will be ready in about four weeks, around
  December 15, 2026." (a file opened for the request not read as its receipt; a batch expected "around" a day taken
  for a release, its date not read).
- w02 (Sacramento NextRequest closure): outcome empty: "The Department of Utilities looked through its ... work
  orders, ... alarm logs and ... mailboxes ..., and came up empty: the Department holds nothing that fits the
  description in your request." (a search that "came up empty", an office that "holds nothing that fits").
- w03 (HUD reply above a quoted message): no event and no number: "Yes, it came through, and it is in our system under
  27-FI-HQ-00218." (a request that "came through" and is "in our system under" its number).
- w05 (USDA APHIS PAL release, HTML-only): pages empty: an HTML table "Pages reviewed | Released in full | Released
  in part | Withheld in full" over "640 | 598 | 30 | 12" (a table's labels in its header row, the counts in the row
  below).
- w09 (Education Department, Word attached): no expedite decision: "the Department agrees that there is an urgency
  to inform the public about this federal government activity. Your request will go to the front of the queue and
  will be worked as quickly as practicable." (expedition granted in the standard's words, "agrees that there is an
  urgency", and "go to the front of the queue").
- w11 (Social Security appeal decision, PDF attached): a no-records final determination instead of an appeal
  decision sending the request back, no appeal number: "OPD told you it had found no responsive records." (a recital
  of the answer appealed) and "I am returning your request to OPD. OPD will ... send you a new response." (a remand
  as "returning your request to" the office).
- w13 (FTC PAL acknowledgement): no event at all: a field list "Received: 11/24/2026" and "Fee Waiver Decision:
  Denied" (a bare "Received:" label; a decision given by its label), beside "The FTC's FOIA Office has your request
  for ..." and "the request does not meet the standard at 16 C.F.R. § 4.8(e)(2)".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout138"
# What the rules reach on this set now (blind: 7, as first written 6); it may only go up.
FLOOR = 7
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "w01-kitsap-sheriff-5day.eml", "w02-sacramento-nextrequest-nothing.eml", "w03-hud-reply-logged.eml",
    "w05-aphis-pal-release2.eml", "w09-ed-ack-expedite-docx.eml",
    "w11-ssa-appeal-remand.eml", "w13-ftc-pal-ack-waiver.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
