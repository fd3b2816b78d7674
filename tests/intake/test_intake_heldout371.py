"""The three-hundred-and-seventy-first held-out set: 14 everyday letters (letters/heldout371) from state and local
offices in fourteen states, in the formats they really send: a Los Angeles County Sheriff's Department e-mail with its
CPRA extension letter attached as PDF; a Texas Department of Criminal Justice release with redactions under the Public
Information Act; a Florida Department of Law Enforcement special service charge (PDF); an Ohio Department of
Rehabilitation and Correction denial of security video and use-of-force records to a lawyer for an incarcerated man; a
Georgia Bureau of Investigation three-business-day response (e-mail, letter attached in Word); a Raleigh Police
Department NextRequest closure releasing reports in part and refusing body-worn camera recordings; a Virginia State
Police no-records letter; a Colorado Department of Corrections CORA/CCJRA denial in Word with a table; a St. Louis
County Police Department Sunshine Law request closed for no reply; a Connecticut Freedom of Information Commission final
decision (PDF) granting a complaint in part; a Maryland Department of Health PIA partial release (PDF); a Louisville
Metro Police Department open-records denial (e-mail, letter attached as PDF); a Milwaukee Police Department first
partial release in Word; and a Michigan State Police FOIA appeal decision upholding a denial. Written blind and
committed before the rules were run on them.

- j01-ca-lasd-cpra-extension.eml: LASD Discovery Unit, CPRA Request No. 26-04417, received November 20, 2026,
  unusual circumstances, extended by 14 days to December 14, 2026.
- j02-tx-tdcj-pia-partial.txt: TDCJ Office of the General Counsel, 26-PIA-08812, 46 pages released with redactions
  under Gov't Code 552.117(a)(3), 552.130 and 552.147 (Open Records Decision No. 684).
- j03-fl-fdle-special-service-charge.pdf: FDLE, Request No. F26-03318, received November 18, 2026, special service
  charge under 119.07(4)(d), 9 hours at $38.42, $345.78 to be paid in advance.
- j04-oh-odrc-public-records-denial.txt: ODRC Office of Legal Services, PRR-26-11047, denied in full: security
  records (R.C. 149.433(B)(1)), R.C. 149.43(A)(1)(v) with R.C. 5120.21(D), medical records (R.C. 149.43(A)(1)(a)).
- j05-ga-gbi-open-records-three-day.eml: GBI Open Records Unit, ORR-2026-1563, received December 1, 2026, records
  available on or before December 18, 2026 (O.C.G.A. 50-18-71(b)(1)(A)).
- j06-nc-raleigh-pd-nextrequest-partial.eml: Raleigh Police Department through NextRequest, request 26-6619 closed,
  22 pages released with redactions (132-1.4(a), 132-1.10(d)), recordings refused under 132-1.4A(b).
- j07-va-vsp-foia-no-records.txt: Virginia State Police, VSP FOIA No. 26-3317, records could not be found or do not
  exist (2.2-3704(B)(3)).
- j08-co-cdoc-cora-denial.docx: CDOC records custodian, CORA Request No. 26-2281, Inspector General file denied under
  C.R.S. 24-72-305(5), personnel records under 24-72-204(3)(a)(II)(A), in a table and in the text.
- j09-mo-stlcopd-sunshine-closed-no-reply.txt: St. Louis County Police, Sunshine Request #2026-1187, no reply to a
  request for clarification in 30 days, deemed withdrawn and closed.
- j10-ct-foic-final-decision.pdf: Connecticut FOI Commission, Docket #FIC 2026-0734 (no agency number printed),
  complaint against the Stamford police granted except for medical records exempt under 1-210(b)(2).
- j11-md-mdh-pia-partial.pdf: Maryland Department of Health, MDH-PIA-2026-1472, 147 pages located, 112 in full, 26
  in part, 9 withheld; GP 4-344, 4-329, 4-311.
- j12-ky-lmpd-open-records-denial.eml: LMPD Open Records Unit, 26-014382, open homicide file denied under KRS
  61.878(1)(h), KRS 17.150(2) through 61.878(1)(l), and 61.878(1)(a).
- j13-wi-milwaukee-pd-open-records-interim.docx: Milwaukee Police Department, R26-09417, first partial release of 214
  pages in a table, redactions under Wis. Stat. 19.36(10)(a), 19.36(13) and the balancing test.
- j14-mi-msp-foia-appeal-decision.txt: Michigan State Police Director, appeal 26-APL-0389 of request 26-FOIA-031852,
  denial upheld under MCL 15.243(1)(b)(i) and 15.243(1)(a).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 LASD extension: Government Code 7922.535 (unusual circumstances, no more than 14 days),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 and the CDCR
  operations manual on extensions, https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- j02 TDCJ release: the Attorney General's Public Information Handbook on redactions without a ruling (552.130(c),
  552.147, previous determinations), https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
  and https://form.jotform.com/250895549093066
- j03 FDLE special service charge: 119.07(4)(d), Florida Statutes, https://www.fkaa.com/282/Public-Records-Request,
  the Department of State's rule 1-2.0031, http://flrules.elaws.us/far/1/20/2006/37071, and the Governor's cost
  estimate policy, https://flgov.com/open-gov-resources
- j04 ODRC denial: Ohio Adm. Code 5120-9-49 (records referred to in 5120.21, 149.43(A)(1)(v), medical records),
  https://codes.ohio.gov./ohio-administrative-code/rule-5120-9-49 and the ODRC letters of earlier sets (R.C. 149.433).
- j05 GBI three-day response: O.C.G.A. 50-18-71(b)(1)(A) and (c),
  https://www.muckrock.com/place/united-states-of-america/georgia/exemption/constructive-denial-31/ and
  https://forsythpl.org/open-records
- j06 Raleigh NextRequest closure: N.C. Gen. Stat. 132-1.4, 132-1.10 and 132-1.4A as the North Carolina police
  letters of earlier sets cite them (Durham and Charlotte-Mecklenburg), and the NextRequest closure notices of earlier
  sets.
- j07 VSP no records: https://vsp.virginia.gov/foia/, http://vsp.virginia.gov/Freedom_of_Information.shtm and
  https://www.muckrock.com/place/united-states-of-america/virginia/ (Code of Virginia 2.2-3704(B)(3)).
- j08 CDOC denial: the CCJRA and CORA pages of Colorado offices, https://dcj.colorado.gov/contact-us and
  https://www.da18.org/cora-ccjra-faq/ (24-72-305(5), official action 24-72-302(7), personnel files 24-72-204(3)).
- j09 St. Louis County closure: the Attorney General's Sunshine Law FAQs (610.023.3, 610.026),
  http://www.ago.mo.gov/missouri-law/sunshine-law/sunshine-law-faqs and
  https://www.muckrock.com/place/united-states-of-america/missouri/
- j10 FOIC final decision: http://www.state.ct.us/foi/2011FD/20110829/FIC2010-765.htm and
  https://vdocument.in/foi-proposed-final-decision-rose-secore.html (caption, findings, order, 4-180(c) list).
- j11 MDH partial release: the Maryland PIA Manual's sample denial letter (GP 4-344, 4-301),
  https://mafiadoc.com/maryland-public-information-act-manual-maryland-attorney-general_5a22dbd31723ddf8a9dcda62.html,
  https://docslib.org/doc/10462037/maryland-public-information-act-manual and GP 4-1A-05,
  http://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=ggp&section=4-1A-05&enactments=false
- j12 LMPD denial: the LMPD and Kentucky Attorney General letters of earlier sets (KRS 61.878(1)(h), 17.150(2),
  61.880(2)(a)).
- j13 Milwaukee partial release: the Wisconsin DOJ Public Records Law Compliance Outline,
  https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39, and the 19.35
  annotations on the balancing test, https://docs.legis.wisconsin.gov/statutes/statutes/19/ii/356/5
- j14 MSP appeal decision: MCL 15.240 as the Court of Appeals describes MSP's FOIA appeals,
  https://cetient.com/case/4465140/michigan-open-carry-inc-v-department-of-state-police and
  https://cetient.com/case/9556663/michigan-record-company-v-department-of-state-police

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 3a139481: 10 of 14 fully right. Wrong were:
- j01 (j01-ca-lasd-cpra-extension.eml): kinds ['extension', 'final_determination'] != ['acknowledged', 'extension'];
  received None != '2026-11-20'; outcome 'denied' != None
- j02 (j02-tx-tdcj-pia-partial.txt): exemptions ["Gov't Code § 552.117(a)(3)", "Gov't Code § 552.024", "Gov't Code §
  552.130", "Gov't Code § 552.147"] != ["Gov't Code § 552.117(a)(3)", "Gov't Code § 552.130", "Gov't Code § 552.147"]
- j06 (j06-nc-raleigh-pd-nextrequest-partial.eml): exemptions ['N.C. Gen. Stat. § 132-1.4(a)'] != ['N.C. Gen. Stat. §
  132-1.4(a)', 'N.C. Gen. Stat. § 132-1.10(d)', 'N.C. Gen. Stat. § 132-1.4A(b)']
- j10 (j10-ct-foic-final-decision.pdf): outcome 'full_grant' != 'partial_grant'; exemptions None != ['Conn. Gen. Stat. §
  1-210(b)(2)']

After general fixes, 11 of 14: j01's "the Department will disclose
records to the extent they are not exempt from disclosure under the CPRA" is the law's measure of what will go out, no
verdict on the records ("to the extent", "insofar as" between the records and "exempt from disclosure"), so the letter
is the acknowledgement (received November 20, 2026) and the 14-day extension it is.

After general fixes (Texas's sections on who may see what are no exception: an employee's election, "regardless of
whether the employee made an election under section 552.024", is the condition § 552.117 turns on), 12 of 14: j02
right.
After general fixes (a review body's order to give the complainant all the records but some, which may be kept back,
is a release in part: "The respondents shall forthwith provide the complainant with a copy of the in camera records,
free of charge, except for IC-2026-0734-61 through IC-2026-0734-66, which may be withheld."), 13 of 14: j10 right.
After general fixes (North Carolina's section with a capital letter after its number, "N.C. Gen. Stat. § 132-1.4A(b)";
"recordings are neither public records ... nor personnel records" withholds under it; information that identifies
someone, "other personal identifying information have been redacted as required by N.C. Gen. Stat. § 132-1.10(d)", is
no duty to identify the exemptions; and a note of what the law makes of a kind of record is no ground: "Please note
that recordings ... are not public records and are not subject to disclosure under the Public Records Act. N.C. Gen.
Stat. § 132-1.4A(b)."), 14 of 14: j06 right. The earlier sets log N.C. Gen. Stat. § 132-1.4A(b) where the letter
refuses the recordings the request asked for (heldout363 h13, "CMPD is unable to provide the recordings in response to
your request"), and not where it only notes what the law makes of recordings (heldout306 y09, "Please note that
recordings from body-worn and dashboard cameras are not public records ..."; heldout149 b03, "may be released only by
order of the Superior Court (G.S. 132-1.4A)"; the like notes of heldout268 h13 and heldout45 f02 in acknowledgements).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout371"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_COMMISSION = ("1. By email received and filed on July 20, 2026, the complainant appealed to this Commission.\n"
               "2. It is found that the medical records are exempt from disclosure pursuant to §1-210(b)(2), G.S.\n")


@pytest.mark.parametrize(("order", "outcome"), [
    # A review body's order to give the complainant all the records but some, which may be kept back, releases them in
    # part (j10) ...
    ("The respondents shall forthwith provide the complainant with a copy of the in camera records, free of charge, "
     "except for IC-2026-0734-61 through IC-2026-0734-66, which may be withheld.", Outcome.PARTIAL_GRANT),
    ("The respondents shall provide the complainant with copies of the investigation file, other than the sergeant's "
     "medical records, which may be redacted.", Outcome.PARTIAL_GRANT),
    ("The respondents shall forthwith provide the complainant with the report, excluding the physician's evaluation, "
     "which shall be withheld.", Outcome.PARTIAL_GRANT),
    # ... not all of them, the exception only what was given already.
    ("The respondents shall forthwith provide the complainant with copies of the records, except for those already "
     "provided, free of charge.", Outcome.FULL_GRANT),
])
def test_an_order_to_give_all_the_records_but_some_that_may_be_withheld(order: str, outcome: Outcome) -> None:
    found = events_in(_COMMISSION + "3. " + order)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


@pytest.mark.parametrize(("note", "exemptions"), [
    # A note of what the law makes of a kind of record, its citation alone after it, is no ground (heldout306 y09) ...
    ("Please note that recordings from body-worn and dashboard cameras are not public records and are not subject to "
     "disclosure under the Public Records Act. N.C. Gen. Stat. § 132-1.4A(b).", ("N.C. Gen. Stat. § 132-1.4(a)",)),
    ("Please be advised that law enforcement recordings are not public records under N.C. Gen. Stat. § 132-1.4A(b).",
     ("N.C. Gen. Stat. § 132-1.4(a)",)),
    # ... while the refusal of the recordings (j06, heldout363 h13), or a note that tells what was done, is one.
    ("Body-worn camera recordings are not public records and are not subject to release under the Public Records Act. "
     "Pursuant to N.C. Gen. Stat. § 132-1.4A(b), recordings are neither public records as defined by G.S. 132-1 nor "
     "personnel records.", ("N.C. Gen. Stat. § 132-1.4(a)", "N.C. Gen. Stat. § 132-1.4A(b)")),
    ("Please note that the recordings are not public records and have been withheld under N.C. Gen. Stat. § "
     "132-1.4A(b).", ("N.C. Gen. Stat. § 132-1.4(a)", "N.C. Gen. Stat. § 132-1.4A(b)")),
])
def test_a_note_of_what_the_law_makes_of_recordings_is_no_ground(note: str, exemptions: tuple[str, ...]) -> None:
    body = ("The Department has released the incident report, 6 pages. The rest of the investigative file, 63 pages, "
            "is withheld in its entirety as records of criminal investigations under N.C. Gen. Stat. § 132-1.4(a). "
            + note)
    (event,) = events_in(body, date_line="December 8, 2026")
    assert event.exemptions == exemptions
