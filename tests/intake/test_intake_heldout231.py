"""The two-hundred-and-thirty-first held-out set: 14 letters (letters/heldout231) shaped like the check the intake is
judged on, seven federal and seven from state agencies of seven states: a USCIS National Records Center
acknowledgement e-mail with the control number and processing track; a DEA final response (PDF) with the count of
pages reviewed, released in full, released in part and withheld in full and a checked exemption list; a U.S. Marshals
Service no-records letter; a Bureau of Prisons fee estimate e-mail; a Department of State acknowledgement in Word
invoking unusual circumstances and ten more working days; a Department of Education appeal acknowledgement e-mail;
a Department of the Interior (Office of the Solicitor) appeal decision granting in part and denying in part (PDF); a
Rhode Island DEM Access to Public Records Act letter extending by twenty business days with the new date; a New
Hampshire Department of State Right-to-Know acknowledgement e-mail with the time reasonably necessary; a Delaware
DNREC FOIA response granted in part with pages released and withheld; a Hawaii DLNR Notice to Requester in Word
with extenuating circumstances and a fee table; an Idaho State Police no-records e-mail; a Wyoming DOT GovQA invoice
e-mail; and a Kentucky Transportation Cabinet open records response (PDF) with four KRS 61.878 exceptions.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 USCIS acknowledgement: USCIS's status page (control numbers beginning NRC, the tracks for A-File and non-A-File
  requests, the National Record Center FOIA/PA Office in Lee's Summit),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://cybercemetery.unt.edu/archive/oilspill/20121006202317/http://www.uscis.gov/portal/site/uscis/menuitem.eb1d4c2a3e5b9ac89243c6a7543f6d1a/
- h02 DEA final response: DEA's "What happens after" page (a determination letter with a check mark next to each
  exemption applied, "the number of pages reviewed with a breakdown of pages withheld and/or released", the appeal to
  OIP), https://dea.gov/es/foia/what-happens-after
- h03 USMS no-records letter and h04 BOP fee estimate: the DOJ component formulas (appeal to OIP within 90 days, FOIA
  STAR, FOIA Public Liaison and OGIS paragraphs) as on the DEA page above and DOJ's fee rule 28 C.F.R. 16.10; no page
  of the USMS or BOP itself was found in the time available.
- h05 State acknowledgement: 22 C.F.R. 171 and the unusual-circumstances extension of 5 U.S.C. 552(a)(6)(B); the IPS
  case numbers F-YYYY-NNNNN of earlier sets; no page found in the time available.
- h06 Education appeal acknowledgement and h07 Interior appeal decision: the appeal formulas of earlier sets (OIP and
  DOI decisions, "granted in part and denied in part", remand of segregable material); no new page found.
- h08 Rhode Island: R.I. Gen. Laws 38-2-7 (ten business days, extended by twenty business days for good cause) and
  38-2-4 (fees); h09 New Hampshire: RSA 91-A:4, IV (acknowledgement with a statement of the time reasonably
  necessary); h10 Delaware: 29 Del. C. 10003 and 10005(e); h14 Kentucky: KRS 61.880(1) and (2) (a response naming the
  specific exception and how it applies; review by the Attorney General), as in the city ordinances that restate it,
  https://codelibrary.amlegal.com/codes/cloverportky/latest/cloverport_ky/0-0-0-952, and the Attorney General's open
  records decisions, https://kyopengov.org/law/ag/2006/06-ord-270
- h11 Hawaii: the OIP's rules, HAR chapter 2-71 (notice within ten business days, extenuating circumstances, the
  $30 fee waiver, prepayment of 50 percent), https://ags.hawaii.gov/oip/rules/quick-guide-to-oips-administrative-rules/
  and https://www.hawaii.edu/researchcompliance/freedom-information
- h12 Idaho: Idaho Code 74-103, 74-115 and 74-116 (petition in district court within 180 days); h13 Wyoming:
  Wyo. Stat. 16-4-204 (cost of staff time) and the GovQA portal e-mails of earlier sets ("Please respond above this
  line", reference numbers W000000-MMDDYY); no agency page found in the time available.

Blind score: 11 of 14 fully right, and 13 of 14 matched to its request by its number. Wrong were:
- h01 (USCIS acknowledgement e-mail): two tracking numbers, the A-File number beside the control number, from "We
  received your request for information relating to Tomasz Wierzbicki-Arana (A-File A214-773-908) on November 23,
  2026." (an alien registration number named as the subject of the request is no request number).
- h08 (Rhode Island DEM extension letter): no tracking number, from the subject line "RE: Access to Public Records Act
  Request – DEM-APRA-26-0613" (a number after an en dash following the statute's name was not read), so the letter
  was not matched to its request either.
- h11 (Hawaii DLNR Notice to Requester, Word): no extension, from "Because of the following extenuating
  circumstances, the agency will need extra time to respond to your request (section 2-71-15, HAR): the request
  requires extensive agency efforts to search for, review, or segregate the records." (the acknowledgement and the
  fee estimate were right).
After general fixes (an A-File or alien file number named as the request's subject is no request number; "extra
time" needed is more time, as "additional time" was), 13 of 14; h08 still wrong (a dash after the label was tried and
regressed two appeal acknowledgements, heldout60 j07 and heldout117 o12, so it was taken out).

After general fixes, 14 of 14: h08's number after a dash set between spaces in its label is read (a dash after an
appeal label names no appeal number: 'Subject: Acknowledgment of FOIA Appeal - 2026-F-09812' is the request's).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.numbers import find_references

SET = "heldout231"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "number"), [
    ("Re: FOIA Request NRC2026184512\n\nWe received your request for records relating to Ana Ruiz (A-File "
     "A214-773-908) on November 23, 2026.", "NRC2026184512"),
    ("Re: FOIA Request 2026-ICFO-01234\n\nYou asked for the Alien File No. A087-112-334 of your client.",
     "2026-ICFO-01234"),
])
def test_request_number_beside_an_immigration_file(text: str, number: str) -> None:
    # The person's A-File number is no request number.
    assert [ref.number for ref in find_references(text) if not ref.is_appeal] == [number]


def test_a_file_label_still_reads_a_case_file_number() -> None:
    # Negative: an ordinary "File No." is still read.
    assert [ref.number for ref in find_references("Re: File No. 26-0415\n\nDear Sir:")] == ["26-0415"]


@pytest.mark.parametrize("body", [
    "Because of the following extenuating circumstances, the agency will need extra time to respond to your request "
    "(section 2-71-15, HAR): the request requires extensive agency efforts to search for the records.",
    "The Department will need extra time to respond to your request because the records are held off site.",
    "We require extra time to review the records for exempt material, and will respond as soon as we can.",
])
def test_extra_time_needed_is_an_extension(body: str) -> None:
    assert EventKind.EXTENSION in [event.kind for event in events_in(body)]


@pytest.mark.parametrize("body", [
    "If we need extra time to respond to your request, we will notify you.",
    "Please allow extra time for delivery of paper copies by mail.",
])
def test_extra_time_not_taken_is_no_extension(body: str) -> None:
    assert EventKind.EXTENSION not in [event.kind for event in events_in(body)]
