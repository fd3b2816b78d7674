"""The three-hundred-and-third held-out set: 14 letters (letters/heldout303) on time, the acknowledgements and
extensions of federal and state law, with their dates written every way: an Executive Office for United States
Attorneys acknowledgement placing the request in the complex track and extending the time beyond the ten additional
days (PDF); a Portland Police Bureau statement under ORS 192.329(5) that the request is still being processed, with
the date it estimates; a Louisville Metro Police Department delay under KRS 61.872(5), the letter attached to an
e-mail as a PDF; a King County Sheriff's Office five-day letter under RCW 42.56.520 received "on Monday the 23rd"; a
San Antonio Police Department certification under section 552.221(d) of the Texas Government Code (PDF); a City of
Philadelphia thirty-day extension under 65 P.S. § 67.902 with its reasons ticked in a table (Word); a Chicago Police
Department five-business-day extension under 5 ILCS 140/3(e) for a request received "on the 30th of November"; a Los
Angeles County Sheriff's Department fourteen-day extension under Gov. Code § 7922.535(b), the letter attached to an
e-mail in Word; a New York DOCCS FOIL acknowledgement with its approximate date under Public Officers Law § 89(3)(a),
the request received "on 23 Nov 26"; an Army installation FOIA office's acknowledgement taking ten working days for
unusual circumstances, its date of receipt in a table (Word); a Department of Energy e-mail confirming the
alternative time frame the requester agreed to, with the new due date in a sentence of its own; a Kansas City
(Missouri) Police Department explanation of delay under section 610.023.3 RSMo; a Virginia Beach Police Department's
seven additional work days under Va. Code § 2.2-3704(B)(4) (PDF); and a Department of Education request for
clarification tolling the twenty working days, the request received "on the 23rd of November".

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 EOUSA: the EOUSA acknowledgement of earlier sets and the federal unusual-circumstances regulations,
  http://cfr.laws-info.com/text/39/3004/45 and https://getpocketlaw.com/law/cfr_41/section-105-60-305-unusual-circumstances_cd2cb6df4b6f
- w02 Portland ORS 192.329(5) statement: https://oregon.public.law/statutes/ors_192.329 and the written statement of
  Or. Admin. Code § 658-050-0030(3)(b), https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030
- w03 LMPD KRS 61.872(5): https://codelibrary.amlegal.com/codes/plantationky/latest/plantation_ky/0-0-0-740 and
  https://cforigin.kyopengov.org/law/ag/2022/22-ord-238 ("the place, time, and earliest date on which the public record
  will be available")
- w04 King County five-day letter: RCW 42.56.520 and the Washington five-day letters of earlier sets (138 w01, 144 n08).
- w05 San Antonio certification: https://lexace.ai/us/statute/texas/552.221 and
  https://kbslawgroup.com/uncategorized/2020-11-6-kbs-reference-desk-tpia-10-day-extension/
- w06 Philadelphia 902 extension: https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time
  and https://panewsmedia.org/rtkl-30-day-extension
- w07 Chicago 3(e) extension: https://codelibrary.amlegal.com/codes/woodriveril/latest/woodriver_il/0-0-0-612 and
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401
- w08 LASD 7922.535 extension: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535
  and https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- w09 DOCCS FOIL acknowledgement: https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
  and http://docs.dos.ny.gov/coog/ftext/F19355.html
- w10 Army unusual circumstances: https://about.usps.com./handbooks/as353/as353c4_025.htm and
  https://www.scribd.com/document/398787144/Formal-Extension-Letter-doc
- w11 DOE alternative time frame: http://www.rcfp.org/federal-foia-appeals-guide/excessive-delay/deadlines-and-extensions
  ("if you elect to amend your request or agree to an extended response deadline ... laying out the entire agreement")
  and https://law.lawstack.com/cfr/45/2105.17/
- w12 KCPD 610.023.3: http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127 and
  https://instalawyer.io/laws/missouri-revised-statutes/section-610023-records-of
- w13 Virginia Beach seven work days: https://visitlouisa.com/FAQ.aspx?QID=190 and http://www.christiansburg.org/index.aspx?NID=673
- w14 Education clarification tolling: https://webarchive.library.unt.edu/eot2008/20090131174750/http:/www.usdoj.gov/oip/foiapost/2008foiapost29.htm
  and https://www.rcfp.org/federal-open-government-guide/federal-freedom-information-act/filing-request

Blind score (written before the rules were run on it): 8 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- w04 (King County five-day letter): no day of receipt, the day written with its weekday and no month: "The King
  County Sheriff's Office received your public records request on Monday the 23rd, through the Public Records Center."
- w06 (Philadelphia 902 extension, Word): an extension only, without the acknowledgement, its day of receipt and the
  day the response is expected: "On Monday, November 23, 2026, the City received your request for ..." and "Your
  request is being reviewed. The City expects to respond to your request on or before December 31, 2026."
- w08 (LASD 7922.535 extension, e-mail with the letter in Word): a final determination (partial grant) read loosely
  from the covering e-mail, "Attached please find correspondence regarding your California Public Records Act request,
  reference number 26-17334.", and no acknowledgement, day of receipt or new date: "The Los Angeles County Sheriff's
  Department (Department) received your request for records under the California Public Records Act (Gov. Code, §
  7920.000 et seq.) on November 19, 2026." and "The Department anticipates that a determination on your request will
  be dispatched by December 13, 2026."
- w11 (DOE alternative time frame, e-mail): an interim release instead of the acknowledgement and the extension:
  "As agreed, DOE will release responsive, non-exempt records to you on a rolling basis, with the first release on or
  about January 15, 2027.", beside "This e-mail confirms our telephone conversation of Monday the 30th, in which you
  agreed to an alternative time frame for processing your request ..." and "The new due date for the completion of
  your request is April 30, 2027."
- w13 (Virginia Beach seven work days, PDF): no new date: "Your response will be provided no later than Friday,
  December 11, 2026." after "the Department will take an additional seven (7) work days in which to respond".
- w14 (Education clarification): no day of receipt, the day written without its year: "received by the U.S.
  Department of Education (Department) on the 23rd of November".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout303"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "w04-wa-kcso-five-day.txt",
    "w06-pa-philadelphia-902-extension.docx",
    "w08-ca-lasd-7922535-extension.eml",
    "w11-doe-alternative-timeframe.eml",
    "w13-va-vbpd-seven-day.pdf",
    "w14-ed-clarification-tolled.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
