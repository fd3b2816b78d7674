"""The four-hundred-and-eighth held-out set: 14 letters (letters/heldout408) that put off the answer, federal and
state mixed, from fourteen offices, in the formats they really send: an EPA Region 5 e-mail from its FOIA portal
taking ten working days for unusual circumstances to a new date and offering a narrower request or another time
frame; a National Archives acknowledgement placing an archival request in the complex queue at number 1,412 of 1,958
with no date; a USCIS FIRST status e-mail giving the request's place in Track 2 and moving its estimated completion
date; a DHS Office of Inspector General letter (PDF) invoking the 10-day extension of 6 C.F.R. 5.5(c) and offering to
narrow the request or agree another time frame; a Forest Service letter in Word, after its earlier ten-day
extension, naming the day by which it now expects to answer; a California Department of Corrections and
Rehabilitation portal e-mail taking 14 days under Gov. Code 7922.535 to a date; a Pennsylvania State Police interim
response (PDF) under 65 P.S. 67.902(b) with its checked reasons and the 30 days to a date; a City of Fort Worth
certification under Gov't Code 552.221(d) with the date and hour the information will be available; a New York State
Police FOIL acknowledgement in Word with its approximate date under Public Officers Law 89(3)(a); a Washington
Department of Labor and Industries five-day letter with its reasonable estimate (RCW 42.56.520(1)(c)); an Illinois
Department of Public Health e-mail with its 5-business-day extension under 5 ILCS 140/3(e) attached as PDF; a
Virginia Department of Corrections letter taking seven more work days under Va. Code 2.2-3704(B)(4); an OSHA letter,
the third about the same request, with a new estimated date of completion; and an Army Corps of Engineers district
letter (PDF) taking ten working days to a date and offering a modified request or an alternative time frame. Written
blind and committed before the rules were run on them.

- f01-epa-ext-ten-days.eml: EPA Region 5, 2027-EPA-00733, ten working days to December 29, 2026.
- f02-nara-ack-queue.txt: NARA Special Access and FOIA, NGC27-118, received December 2, 2026, complex queue, no date.
- f03-uscis-first-status.eml: USCIS FIRST status, COW2026231847, estimated completion moved to 03/22/2027.
- f04-dhs-oig-ext-narrow.pdf: DHS OIG, 2027-IGFO-00142, 10-day extension under 6 C.F.R. 5.5(c), offer to narrow.
- f05-usfs-further-delay.docx: Forest Service Region 5, 2026-FS-R5-06118-F, response now by February 12, 2027 (the
  ten working days are the earlier letter's).
- f06-ca-cdcr-fourteen-days.eml: CDCR, C015882-113026, received November 30, 2026, 14 days to December 24, 2026.
- f07-pa-psp-interim-902.pdf: Pennsylvania State Police, RTKL 2026-1487, received December 7, 2026, 30 days to
  January 13, 2027.
- f08-tx-fort-worth-certification.txt: Fort Worth, W182204-120126, received December 1, 2026, available January 12,
  2027 at 10:00 a.m.
- f09-ny-nysp-foil-ack.docx: New York State Police, 26-FOIL-04217, received December 7, 2026, response on or before
  January 22, 2027.
- f10-wa-lni-five-day.txt: Washington L&I, R052217-120826, received December 8, 2026, response by January 29, 2027.
- f11-il-idph-3e-extension.eml: Illinois Department of Public Health, FOIA 26-08841, received December 9, 2026, 5
  business days to December 23, 2026.
- f12-va-vadoc-seven-days.txt: Virginia Department of Corrections, 2026-FOIA-2841, received December 10, 2026, seven
  more work days, no date.
- f13-dol-osha-revised-ecd.txt: DOL OSHA, 2026-F-14877, third delay letter, new estimated date March 5, 2027.
- f14-usace-ext-alternative-time.pdf: Army Corps of Engineers Mobile District, FA-27-0031, received November 19,
  2026, 10 working days to January 5, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 EPA extension: the unusual-circumstances notices of 5 U.S.C. 552(a)(6)(B) as the agencies' regulations word
  them ("Provide the requester with an opportunity to limit the scope of the request or to arrange an alternative
  timeframe for processing the request or a modified request"), http://cfr.laws-info.com/text/39/3004/45 and
  https://law.lawstack.com/cfr/45/2105.17/, and the EPA letters of earlier sets (OGIS paragraph, FOIA PAL).
- f02 NARA acknowledgement: 36 C.F.R. 1250.26(a) ("The acknowledgement letter or email informs you of your request
  tracking number, and any complexity in processing that may lengthen the time NARA requires"),
  https://lawserver.com/law/country/us/cfr/36_cfr_1250-26, NARA's NGC tracking numbers and complex queue on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/expedited-foia-request-nara-22-vdmuck-nara-foia-instructions-and-sops-129756/
  and https://www.archives.gov/foia/foia-guide
- f03 USCIS FIRST status: USCIS's status page ("If your request is pending, the status will indicate the position of
  your request relative to all pending USCIS requests in the same processing track"; the three A-file tracks),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and http://www.docstoc.com/docs/1067873/USCIS-Launches-Online-Service-to-Check-Status-of-FOIA-Requests
- f04 DHS OIG extension: the DHS stock paragraph ("Although DHS' goal is to respond within 20 business days of
  receipt of your request, the FOIA does permit a 10-day extension of this time period in certain circumstances under
  6 C.F.R. § 5.5(c)", "If you would like to narrow the scope of your request, please contact our office") as in the
  DHS component letters of earlier sets, and the unusual-circumstances definition,
  https://www.law.cornell.edu/definitions/index.php?width=840&height=800&iframe=true&def_id=49a2adca270ba1198eafab836a1d8c88&term_occur=999&term_src=Title:6:Chapter:X:Part:1001:1001.8
- f05 Forest Service further delay: 7 CFR 1.16 ("if the agency finds that it cannot make a response determination
  within the additional 10 working day period, the agency shall notify the requester and provide the requester an
  opportunity to limit the scope of the request ... or an alternative time frame"),
  http://edocket.access.gpo.gov/cfr_2005/janqtr/7cfr1.16.htm
- f06 CDCR 14-day extension: Gov. Code 7922.535 and the California portal extensions of earlier sets (GovQA
  reference numbers, "--- Please respond above this line ---"), and the unusual circumstances of 49 C.F.R. 801.23
  that California's statute copies,
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-49-transportation/subtitle-b-other-regulations-relating-to-transportation/chapter-viii-national-transportation-safety-board/part-801-public-availability-of-information/subpart-c-time-limits/section-80123-extension
- f07 Pennsylvania State Police interim response: 65 P.S. 67.902 (the seven reasons, "a reasonable date that a
  response is expected"),
  https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time
  and http://panewsmedia.org/newspublications/news/2015/12/17/legal-hotline-right-to-know-law-response-extension
- f08 Fort Worth certification: Gov't Code 552.221(d) ("shall certify that fact in writing to the requestor and set a
  date and hour within a reasonable time when the information will be available"),
  https://lexace.ai/us/statute/texas/552.221 and https://randlelawoffice.com/?p=10281
- f09 New York State Police FOIL acknowledgement: Public Officers Law 89(3)(a) and the New York acknowledgements of
  earlier sets (approximate date, appeal to the FOIL Appeals Officer).
- f10 Washington L&I five-day letter: RCW 42.56.520(1)(c) ("Acknowledging that the agency ... has received the
  request and providing a reasonable estimate of the time the agency ... will require to respond"),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 and
  https://mrsc.org/research-tools/ask-mrsc-archives
- f11 Illinois Department of Public Health extension: 5 ILCS 140/3(e) (its lettered reasons, the written agreement to
  a longer time) and the Illinois 3(e) letters of earlier sets.
- f12 Virginia Department of Corrections seven work days: Va. Code 2.2-3704(B)(4) ("It is not practically possible to
  provide the requested records or to determine whether they are available within the five-work-day period ... the
  public body shall have an additional seven work days"), https://visitlouisa.com/FAQ.aspx?QID=190 and
  http://www.christiansburg.org/index.aspx?NID=673
- f13 OSHA revised estimated date: OGIS's assessment of estimated dates of completion,
  https://archives.gov/ogis/foia-compliance-program/targeted-assessments/agency-compliance-with-edc-2020-mar-31, and
  the revised-date letters of earlier sets (State, NLRB).
- f14 Army Corps of Engineers extension: the USPS and NTSB wordings of the notice ("The unusual circumstances involved;
  and the date by which ... expects to complete the processing", "Alert the requester to the availability of the
  Office of Government Information Services"), https://about.usps.com./handbooks/as353/as353c4_025.htm, and the
  refusal-to-modify factor of 5 U.S.C. 552(a)(6)(C)(iii),
  http://www.scribd.com/doc/48163700/CREW-v-Central-Intelligence-Agency-7-16-2007-Status-Report

Blind score (written before the rules were run on it): 10 of 14 fully right, and all 14 matched to their request.
Wrong were:
- f01 (f01-epa-ext-ten-days.eml): expected_by None != '2026-12-29' ("Accordingly, EPA is extending the time limit for
  responding to your request by ten (10) working days, to December 29, 2026.")
- f03 (f03-uscis-first-status.eml): kinds ['expedite_decision'] != ['extension'], outcome 'full_grant' != None ("USCIS
  processes requests on a first-in, first-out basis within each track, and a request is not moved ahead of others
  because an estimated completion date has passed."); expected_by None != '2027-03-22' ("The estimated completion date
  for your request has been updated from 12/18/2026 to 03/22/2027." not read)
- f05 (f05-usfs-further-delay.docx): kinds ['clarification_requested'] != ['extension'] (read loosely from "Please let
  us know by contacting the FOIA Specialist assigned to your request, ..."); expected_by None != '2027-02-12' ("We
  regret that we have not yet been able to complete the processing of your request." and "We now anticipate that we
  will provide a response to your request no later than February 12, 2027." not read)
- f14 (f14-usace-ext-alternative-time.pdf): tracking ['SAM-2025-00618', 'FA-27-0031'] != FA-27-0031 (the permit
  application number SAM-2025-00618-JEB in the quoted request taken before "Your request has been assigned FOIA number
  FA-27-0031."); expected_by None != '2027-01-05' ("we are extending the time to respond to your request by 10 working
  days, until January 5, 2027.")

After general fixes (the new day after an extension's days, the time it extends named at length between "extending"
and "by": "EPA is extending the time limit for responding to your request by ten (10) working days, to December 29,
2026", "we are extending the time to respond to your request by 10 working days, until January 5, 2027"; never the
requester's own time), 11 of 14: f01 right.
After general fixes (a number of a known shape inside the quotation of the records asked for is theirs, as a labelled
one there already was: 'for "the complete permit file for Department of the Army permit application
SAM-2025-00618-JEB, ..."'), 12 of 14: f14 right.
After general fixes (an estimate said moved from one day to another is an extension to the later day, and the day it
moves from is expected of nothing: "The estimated completion date for your request has been updated from 12/18/2026
to 03/22/2027"; a request said not to be moved ahead of others is no expedition granted: "a request is not moved
ahead of others because an estimated completion date has passed"), 13 of 14: f03 right.
After general fixes (an earlier letter that took more time, recalled, stands for the estimate a later one moves, its
article left out too: "By letter dated October 20, 2026, we notified you that ... we were extending the time to
respond to your request by ten working days. ... We now anticipate that we will provide a response to your request no
later than February 12, 2027"), 14 of 14: f05 right (the loose reading of "Please let us know by contacting the FOIA
Specialist ..." as a question no longer made, the letter's extension read).
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout408"
# What the rules reached on this set when it was scored once, blind (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "days", "expected"), [
    ("Accordingly, EPA is extending the time limit for responding to your request by ten (10) working days, to "
     "December 29, 2026.", 10, dt.date(2026, 12, 29)),
    ("Accordingly, we are extending the time to respond to your request by 10 working days, until January 5, 2027.",
     10, dt.date(2027, 1, 5)),
    ("The Department is extending the time for its response to your request by five business days, through December "
     "23, 2026.", 5, dt.date(2026, 12, 23)),
])
def test_the_day_an_extension_named_at_length_runs_to_is_expected(body: str, days: int, expected: dt.date) -> None:
    found = events_in("December 8, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [(e.kind, e.extension_days, e.expected_by) for e in found] == [(EventKind.EXTENSION, days, expected)]


@pytest.mark.parametrize("body", [
    # The near misses: the requester's own time extended, or something else than the time to answer
    "We are extending the time for you to pay the deposit by ten working days, to January 5, 2027.",
    "We are extending the time you have to clarify your request by ten working days, until January 5, 2027.",
    "We have extended the deadline for your reply to our letter by ten working days, to January 5, 2027.",
    "The City is extending the term of its contract with the towing company by ninety days, to March 1, 2027.",
])
def test_a_day_some_other_time_is_extended_to_is_not_expected(body: str) -> None:
    found = events_in("December 8, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [e.expected_by for e in found if e.expected_by is not None] == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The estimated completion date for your request has been updated from 12/18/2026 to 03/22/2027.",
     dt.date(2027, 3, 22)),
    ("Your estimated date of completion was changed from December 18, 2026 to March 22, 2027.", dt.date(2027, 3, 22)),
    ("The anticipated response date for this request has been revised from January 8, 2027 to February 12, 2027.",
     dt.date(2027, 2, 12)),
])
def test_an_estimate_moved_from_one_day_to_another_is_an_extension_to_the_later(body: str, expected: dt.date) -> None:
    found = events_in("December 10, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.EXTENSION, expected)]


@pytest.mark.parametrize("body", [
    # The near misses: another thing's estimate moved, a move that has not happened, an earlier letter's move
    "The estimated completion date of the bridge construction project was changed from June 1, 2027 to July 1, 2027.",
    "If the estimated completion date for your request is changed from 12/18/2026 to a later date, we will notify you.",
    "In our letter of November 2, 2026, the estimated completion date was changed from 11/18/2026 to 12/04/2026.",
])
def test_no_other_estimate_moved_is_an_extension(body: str) -> None:
    found = events_in("December 10, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [e.kind for e in found if e.kind is EventKind.EXTENSION] == []


@pytest.mark.parametrize(("body", "granted"), [
    ("Your request will therefore be moved ahead of other pending requests.", True),
    ("Your request has been placed ahead of the others in our queue.", True),
    # The near misses: a request said not to be moved, a queue's rule for every request
    ("USCIS processes requests on a first-in, first-out basis within each track, and a request is not moved ahead of "
     "others because an estimated completion date has passed.", False),
    ("Requests are never moved ahead of others because a requester asks.", False),
])
def test_a_request_moved_ahead_of_others_is_expedited_only_if_it_is(body: str, granted: bool) -> None:
    found = events_in("December 10, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [(e.kind, e.outcome) for e in found] == (
        [(EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT)] if granted else [])


@pytest.mark.parametrize(("body", "expected"), [
    ("By letter dated October 20, 2026, we notified you that unusual circumstances exist with your request, as "
     "described in 7 CFR 1.16(b), and that we were extending the time to respond to your request by ten working days. "
     "We regret that we have not yet been able to complete the processing of your request. We now anticipate that we "
     "will provide a response to your request no later than February 12, 2027.", dt.date(2027, 2, 12)),
    ("By letter dated November 2, 2026, the Department informed you that it needed additional time to respond to your "
     "request. The Department now expects to respond no later than January 29, 2027.", dt.date(2027, 1, 29)),
    ("In our e-mail of October 5, 2026, we told you that we were extending the time to respond by ten working days. We "
     "now estimate that we will complete your request by March 1, 2027.", dt.date(2027, 3, 1)),
])
def test_the_day_expected_now_after_an_earlier_letter_took_more_time_is_a_further_extension(
        body: str, expected: dt.date) -> None:
    found = events_in("December 14, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.EXTENSION, expected)]


@pytest.mark.parametrize("body", [
    # The near misses: the earlier letter took no time (it acknowledged the request; it told of another extension)
    "By letter dated October 20, 2026, we notified you that your request had been received. We now anticipate that we "
    "will provide a response no later than February 12, 2027.",
    "By letter dated October 20, 2026, we notified you that the lease extension had been signed. We now anticipate "
    "that we will provide a response no later than February 12, 2027.",
])
def test_the_day_expected_after_an_earlier_letter_that_took_no_time_is_no_extension(body: str) -> None:
    found = events_in("December 14, 2026\n\nDear Ms. Doe:\n\n" + body)
    assert [e.kind for e in found if e.kind is EventKind.EXTENSION] == []
