"""The two-hundredth held-out set: 14 letters (letters/heldout200) from state and local agencies and review bodies of
the Northeast and mid-Atlantic, written after the rules had been read and changed for set 192 (so its score is not a
blind one, and is recorded apart from the blind ones): a Maine Governor's Office FOAA acknowledgement e-mail with a
non-binding estimate of the date and the cost; a Connecticut Freedom of Information Commission final decision (PDF)
finding one exemption proved and ordering other records released, its statutes written "§1-210(b)(3)(D), G.S."; an
NYC OpenRecords e-mail closing a Department of Correction request "Disclosed in Part" with the files released; a New
York State DOT letter that cannot respond by the date it gave and names a new one; a Cherry Hill OPRA denial e-mail
with a numbered list of reasons; a Government Records Council acknowledgement of a Denial of Access Complaint; a
Pennsylvania Office of Open Records official notice of appeal with its final determination due date; a PennDOT
letter asking prepayment for paper copies (PDF), after an earlier thirty-day extension it recalls; a Massachusetts
State Police response in Word with a table of pages produced, redacted and withheld; a Delaware Department of
Correction e-mail extending by fifteen business days to a named date; a Vermont Agency of Natural Resources
staff-time estimate with payment in advance; a City of Manchester (New Hampshire) Right-to-Know response granted in
part (PDF); a City of Providence NextRequest closure with no responsive records; and an Anne Arundel County PIA e-mail
granting a fee waiver.
Committed before the rules were run on them.

Score (not blind: written after the rules were read): 9 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong were:
- b02 (Connecticut FOI Commission, PDF): a full grant and no exemptions instead of a grant in part upholding
  § 1-210(b)(3)(D): "It is concluded that the respondents violated §§1-210(a) and 1-212(a), G.S., by withholding the
  dash camera recordings" was read, "It is concluded that the witness statements are exempt from disclosure pursuant
  to §1-210(b)(3)(D), G.S." and "2. The complaint is otherwise dismissed." were not.
- b03 (NYC OpenRecords closure): no pages released for the list of files under "The following files have been
  released to you and are available for download on the request page:" ("- DOC Directive 5006R-D (Use of Force), 21
  pages", "- RNDC Use of Force Incident Summaries, July-September 2026 (redacted), 36 pages").
- b08 (PennDOT prepayment, PDF): an acknowledgement with the day received beside the fee estimate, for "On November
  2, 2026, the Pennsylvania Department of Transportation ("PennDOT") received your request". The expected value was
  wrong: the documented convention logs a letter that states the day of receipt beside a fee as acknowledged too; it
  was corrected after scoring (kinds acknowledged and fee estimate, received 2026-11-02), and the score above stays as
  first recorded.
- b12 (Manchester Right-to-Know response, PDF): no exemption, the PDF's line wrapped between the code's name and its
  section: "These records are exempt under RSA" / "91-A:5, IV, as "records pertaining to internal personnel
  practices" ..." read as two lines of their own.
- b14 (Anne Arundel County fee waiver e-mail): a fee estimate of $180.00 beside the waiver granted, from the earlier
  letter's estimate recalled: "In our letter of November 24, 2026, we estimated that the fee for your request would
  range from $140.00 to $180.00."
After general fixes (an appeal body's order that releases some records and says the complaint or appeal "is otherwise
dismissed" decides it in part; a list of the released files with their pages under a heading that goes on to say
where they are, "... have been released to you and are available for download on the request page:"; a state code's
name written without stops at a line's end, "RSA", "MCL", "RCW", runs on into the section on the next line; an
earlier letter's estimate recalled in "we estimated" is no new estimate), 14 of 14.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Maine Governor's Office acknowledgement: the Governor's Office FOAA reply quoted on MuckRock ("This email
  constitutes official acknowledgement and response to your request", "Your request will be processed in the ordinary
  course of business. Our non-binding estimate ..."),
  https://www.muckrock.com/foi/multirequest/public-records-request-log-maine-governors-office-44383/, and 1 M.R.S.
  § 408-A as the state's pages explain it, https://www.cityofbath.com/foaa and
  https://autodiscover.legislature.maine.gov/legis/bills/bills_126th/billtexts/HP086101.asp
- b02 Connecticut FOI Commission final decision: the Commission's decisions ("The above-captioned matter was heard as
  a contested case", "the following facts are found and conclusions of law are reached", "§1-210(b)(3)(D), G.S.",
  "Forthwith, the respondents shall provide"), https://portal.ct.gov/foi/decisions/finaldecisions2012/fic2012-012 and
  http://www.state.ct.us/foi/2011FD/20111214/FIC2011-212.htm
- b03 NYC OpenRecords closing e-mail: the OpenRecords notices quoted on MuckRock,
  https://muckrock.com/foi/new-york-city-17/reopening-guidance-communications-156032, and the OpenRecords FAQ,
  https://a860-openrecords.nyc.gov/faq
- b04 NYSDOT new date: Public Officers Law § 89(3)(a) and the Committee on Open Government's rules as agencies state
  them (an approximate date, a new date with the reason when it cannot be met),
  https://docsopengovernment.dos.ny.gov/coog/ftext/f18409.html and
  https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-22-judiciary/subtitle-c-ancillary-agencies/chapter-v-state-commission-on-judicial-conduct/part-7001-public-access-to-records-of-the-state-commission-on-judicial-conduct/section-70016-requests-for-public-access-to-records
- b05 Cherry Hill OPRA denial and b06 GRC complaint acknowledgement: the Government Records Council's decisions and
  their account of custodians' denials and of the Council's process (mediation, adjudication at a public meeting),
  https://www.nj.gov/grc/decisions/2005-98.html and https://www.nj.gov/grc/decisions/2005-220.html
- b07 OOR notice of appeal and b08 PennDOT prepayment: the OOR's appeal procedure and procedural guidelines (thirty
  days to decide, submissions within seven business days, the agency's burden), http://openrecords.pa.gov/Appeals/ProceduralGuidelines.cfm
  and https://earltwpberks.com/right-to-know, and the thirty-day extension and fees as the Pennsylvania NewsMedia
  Association explains them, https://panewsmedia.org/rtkl-30-day-extension
- b09 Massachusetts State Police response: G. L. c. 66, § 10 and the exemptions of G. L. c. 4, § 7(26) as the
  Secretary of the Commonwealth's guide describes them, https://wmcardservices.org/are-court-minutes-public-record-6417
  and https://townsendpd.org/public-records-guidelines
- b10 Delaware Department of Correction extension: 29 Del. C. § 10003(h) as the Department of Justice's manual for
  FOIA coordinators explains it (fifteen business days; additional time with the reason and a good faith estimate),
  https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html
  and https://littlecreek.delaware.gov/foia-2/
- b11 Vermont ANR staff-time estimate: 1 V.S.A. § 316(c)-(f) (staff time over thirty minutes, the Secretary of State's
  rate, payment in advance), http://vermont-archives.org/records/right-to-know/access.html
- b12 Manchester Right-to-Know response: RSA 91-A:4 and 91-A:5, IV (internal personnel practices, the privacy
  balancing), and the remedies of RSA 91-A:7 and the Ombudsman, http://www.gencourt.state.nh.us/rsa/html/vi/91-a/91-a-mrg.htm
- b13 Providence NextRequest closure: NextRequest's request process and closure notices,
  https://help.nextrequest.com/knowledge/request-process-overview, and R.I. Gen. Laws §§ 38-2-3 and 38-2-8,
  https://instalawyer.io/laws/rhode-island-general-laws/section-38-2-3-right-to
- b14 Anne Arundel County fee waiver: Gen. Prov. § 4-206(e) (waiver on the applicant's ability to pay and the public
  interest), https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/ and
  https://docslib.org/doc/10462037/maryland-public-information-act-manual
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.text import sentences

SET = "heldout200"
# What the rules reach on this set now (written after the rules were read: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("It is concluded that the respondents violated the FOI Act by withholding the recordings from the complainant. "
     "The following order is hereby recommended: 1. Forthwith, the respondents shall provide the complainant with a "
     "copy of the recordings. 2. The complaint is otherwise dismissed.", Outcome.PARTIAL_GRANT),
    ("This responds to your appeal of the Department's denial. The Department is hereby ordered to provide you with "
     "the inspection reports within ten days. Your appeal is otherwise denied.", Outcome.PARTIAL_GRANT),
    # The near miss: the complaint dismissed whole.
    ("It is concluded that the respondents did not violate the FOI Act, as the complainant alleged. The complaint is "
     "hereby dismissed.", Outcome.DENIED),
])
def test_a_complaint_otherwise_dismissed_after_an_order_is_decided_in_part(body: str, outcome: Outcome) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.APPEAL_DECISION, outcome)]


@pytest.mark.parametrize(("body", "released"), [
    ("Your request has been closed. The following files have been released to you and are available for download on "
     "the request page:\n- Directive 5006R-D (Use of Force), 21 pages\n- Incident summaries (redacted), 36 pages\n"
     "Disclosed in Part.", 57),
    ("The following records were released to you and are now posted to your portal account:\n- Crash report.pdf - 6 "
     "pages\n- Dispatch log.pdf - 3 pages", 9),
    # The near miss: files only described, nothing said to be released.
    ("The following files are available for purchase and can be mailed on request:\n- Crash report, 6 pages\n- "
     "Dispatch log, 3 pages", None),
])
def test_released_files_listed_under_where_they_are(body: str, released: int | None) -> None:
    found = [e.pages_released for e in events_in(body) if e.pages_released is not None]
    assert (found[0] if found else None) == released


@pytest.mark.parametrize(("text", "joined"), [
    ("The three withheld pages are the internal personnel review of one officer's conduct. These records are exempt "
     "under RSA\n91-A:5, IV, as records pertaining to internal personnel practices.", "RSA 91-A:5, IV"),
    ("Portions of the report are withheld as provided in MCL\n15.243(1)(b), as disclosure would interfere.",
     "MCL 15.243(1)(b)"),
])
def test_a_code_name_at_a_lines_end_runs_on_into_its_section(text: str, joined: str) -> None:
    assert any(joined in " ".join(s.text.split()) for s in sentences(text))


def test_a_heading_in_capitals_still_stands_alone() -> None:
    assert [s.text for s in sentences("RECORDS ACCESS OFFICE\nDecember 2, 2026")] == ["RECORDS ACCESS OFFICE",
                                                                                      "December 2, 2026"]


@pytest.mark.parametrize(("body", "amount"), [
    ("In our letter of November 24, 2026, we estimated that the fee would range from $140.00 to $180.00. Your request "
     "for a waiver of fees is granted in full. No fee will be charged.", None),
    ("By letter dated October 2, 2026, we estimated the cost at $96.00. Your fee waiver request is granted.", None),
    # The near miss: an estimate made now.
    ("Your fee waiver request is denied. We estimate that the fee will be $96.00.", 96.0),
])
def test_an_estimate_recalled_from_an_earlier_letter_is_no_new_estimate(body: str, amount: float | None) -> None:
    found = [float(e.amount) for e in events_in(body) if e.amount is not None]
    assert (found[0] if found else None) == amount
