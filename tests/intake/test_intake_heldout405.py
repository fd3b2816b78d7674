"""The four-hundred-and-fifth held-out set: 14 letters (letters/heldout405) from state and local offices in fourteen
states, the everyday answers to public-records requests, in the formats they really send: a Los Angeles County
Sheriff's Department e-mail (notice attached as PDF) extending a California Public Records Act request by 14 days under
Gov. Code 7922.535; a Houston Police Department certification under Gov't Code 552.221(d) that the information cannot
be produced within ten business days; a Florida Department of Law Enforcement special service charge estimate (PDF)
under Fla. Stat. 119.07(4)(d); a New York State Department of Health FOIL appeal decision in Word granted in part
(factual worksheets to be released, opinions kept under Public Officers Law 87(2)(g), resident names under 87(2)(b));
a Pennsylvania Office of Attorney General Right-to-Know no-records response; a Chicago Police Department FOIA
response e-mail (letter attached as PDF) releasing Tactical Response Reports with redactions; a City of Cleveland
GovQA e-mail closing an overly broad request after no revision came; a Georgia Bureau of Investigation open records
release of an officer-involved shooting file (PDF); a North Carolina Department of Health and Human Services
acknowledgement e-mail; a Wayne County Sheriff's Office (Michigan) FOIA extension under MCL 15.235(2)(d); a City of
Newark Department of Public Safety OPRA denial in Word (criminal investigatory records, investigation in progress); a
Massachusetts Department of Correction fee estimate under G. L. c. 66, 10; a Denver Sheriff Department no-records
response (PDF) under CORA and the CCJRA; and a Metropolitan Nashville Police Department Tennessee Public Records Act
response form giving the date the records will be ready. Written blind and committed before the rules were run on
them.

- w01-ca-lasd-cpra-extension.eml: LASD CPRA extension, request 26-09417 received November 24, 2026, 14 days, to
  December 18, 2026 (notice attached as PDF).
- w02-tx-houston-pd-pia-certification.txt: Houston PD 552.221(d) certification, W131884-112526, received November 25,
  2026, information available on or before January 8, 2027.
- w03-fl-fdle-special-service-charge.pdf: FDLE special service charge, 26-PR-07713, received December 1, 2026,
  estimate $698.28.
- w04-ny-doh-foil-appeal-partly.docx: NYS DOH FOIL appeal 26-APP-0198 on request 26-10-214, granted in part and denied
  in part, 87(2)(b) and 87(2)(g).
- w05-pa-oag-rtk-no-records.txt: Pennsylvania OAG Right-to-Know request 2026-1388, no responsive records (attestation),
  OOR appeal paragraph.
- w06-il-cpd-foia-partial.eml: Chicago PD FOIA P914226-112426, 61 pages released with redactions under 7(1)(b),
  7(1)(c), 7(1)(d)(iv), three juvenile reports withheld under 7.5(bb) and the Juvenile Court Act.
- w07-oh-cleveland-govqa-closed.eml: Cleveland Public Records Center R014729-110926, closed after no revised request
  (R.C. 149.43(B)(2)).
- w08-ga-gbi-orr-partial.pdf: GBI ORR-26-2281, 318 pages released with redactions, 27 pages of autopsy photographs
  withheld.
- w09-nc-dhhs-public-records-ack.eml: NCDHHS Records Request #26-5172 acknowledged, received December 4, 2026.
- w10-mi-wayne-sheriff-foia-extension.txt: Wayne County Sheriff WCSO-FOIA-26-1442, received December 1, 2026, extended
  ten business days, response by December 22, 2026.
- w11-nj-newark-pd-opra-denial.docx: Newark Department of Public Safety NPD-OPRA-26-3904 denied under N.J.S.A.
  47:1A-1.1 and 47:1A-3(a).
- w12-ma-doc-fee-estimate.txt: Massachusetts DOC PRR-DOC-26-2907, received December 3, 2026, estimate $1,460.00.
- w13-co-denver-sheriff-cora-no-records.pdf: Denver Sheriff Department DSD-26-1864, no responsive records.
- w14-tn-mnpd-tpra-response.txt: MNPD MNPD-PRR-26-11507 response form, received December 15, 2026, records ready on or
  before January 15, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 LASD extension: Gov. Code 7922.535 (the unusual circumstances and the 14-day limit),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, the CDCR
  operations manual on extension notices,
  https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/,
  and https://firstamendmentcoalition.org/2020/05/aa-does-the-cpra-allow-agencies-to-extend-deadline-for-retrieving-records-from-14-days-to-months/
- w02 Houston PD certification: Gov't Code 552.221(d) ("certify that fact in writing ... set a date and hour within a
  reasonable time when the information will be available"), https://lexace.ai/us/statute/texas/552.221,
  https://randlelawoffice.com/?p=10281 and Open Records Decision No. 664,
  https://www.texasattorneygeneral.gov/opinions/openrecords/49cornyn/ord/2000/htm/ord20000664.htm
- w03 FDLE special service charge: Fla. Stat. 119.07(4)(d) and the agencies' published charge rules,
  https://www.fkaa.com/282/Public-Records-Request, http://flrules.elaws.us/far/1/20/2006/37071 and
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html
- w04 NYS DOH FOIL appeal: the Committee on Open Government's opinions on appeal determinations and 87(2)(g) factual
  material, http://docs.dos.ny.gov/coog/ftext/f19646.htm and https://docsopengovernment.dos.ny.gov/coog/ftext/f19721.htm,
  and the Records Access Appeals Officer letters of earlier sets (Article 78, Public Officers Law 89(4)(a) copy).
- w05 Pennsylvania OAG no records: the OOR appeal paragraph ("within fifteen (15) business days of the mailing date of
  the agency's response"), https://earltwpberks.com/right-to-know and
  https://openrecordspennsylvania.com/2016/01/06/requesters-keep-a-copy-of-your-request/, and the OOR's Agency Open
  Records Officer Guidebook,
  https://pdfslide.us/documents/agency-open-records-officer-guidebook-rev-aoro-should-consider-making-the-information.html
- w06 Chicago PD FOIA response: 5 ILCS 140/9.5(a) and the notice-of-denial paragraph,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 and
  http://ilrules.elaws.us/iac/t2_pt6000_sec.6000.250, and CPD's letters of earlier sets (GovQA P numbers).
- w07 Cleveland closure: R.C. 149.43(B)(2) (ambiguous or overly broad request, opportunity to revise),
  https://codelibrary.amlegal.com/codes/newbremen/latest/newbrem_oh/0-0-0-30935 and
  https://codelibrary.amlegal.com/codes/silverton/latest/silverton_oh/0-0-0-27622
- w08 GBI release: O.C.G.A. 50-18-72(a)(2), (a)(20)(A), 45-16-27(d) and 35-3-34 as in the GBI letters of earlier sets
  (heldout253, heldout338).
- w09 NCDHHS acknowledgement: N.C. Gen. Stat. 132-6 ("as promptly as possible") and 132-6.2(b) (special service
  charge), and the North Carolina acknowledgements of earlier sets.
- w10 Wayne County Sheriff extension: MCL 15.235(2)(d) ("a notice extending for not more than 10 business days"),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
- w11 Newark OPRA denial: N.J.S.A. 47:1A-1.1 and 47:1A-3(a) and North Jersey Media Group v. Township of Lyndhurst,
  https://njopralaw.com/?p=221 and https://law.justia.com/cases/new-jersey/appellate-division-published/2015/a2523-14.html
- w12 Massachusetts DOC fee estimate: G. L. c. 66, 10(b)(viii) and 10(d) (lowest paid employee, $25 an hour, four hours
  free), http://www.mass.gov/anf/budget-taxes-and-procurement/oversight-agencies/osd/public-records-requests-frequently-asked-questions.html,
  http://www.muckrock.com/news/archives/2018/nov/28/ma-fees/ and
  https://www.abschools.org/district/district__school_information/public_records_request_guidelines
- w13 Denver Sheriff no records: C.R.S. 24-72-204 and 24-72-305 as in the Colorado letters of earlier sets, and the
  CORA and CCJRA show-cause remedy.
- w14 MNPD response form: Tenn. Code Ann. 10-7-503(a)(2)(B) and the Office of Open Records Counsel's records request
  response form, https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request and
  https://williamsoncountysherifftn.com/faq/is-a-records-custodian-required-to-produce-requested-records-immediately/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at cf417138: 9 of 14 fully right. Wrong were:
- w05 (w05-pa-oag-rtk-no-records.txt): kinds ['extension', 'final_determination'] != ['final_determination'];
  extension_days 30 != None
- w06 (w06-il-cpd-foia-partial.eml): exemptions ['5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)', '5 ILCS 140/7(1)(d)(iv)',
  '5 ILCS 140/7.5(bb)', '705 ILCS 405/1-7'] != ['5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)', '5 ILCS 140/7(1)(d)(iv)', '5
  ILCS 140/7.5(bb)', '705 ILCS 405/1-7', '705 ILCS 405/5-905']
- w07 (w07-oh-cleveland-govqa-closed.eml): outcome 'denied' != 'withdrawn'
- w10 (w10-mi-wayne-sheriff-foia-extension.txt): extension_days None != 10
- w14 (w14-tn-mnpd-tpra-response.txt): kinds ['extension', 'final_determination'] != ['acknowledged']; received None !=
  '2026-12-15'; expected_by None != '2027-01-15'; exemptions ['Tenn. Code Ann. § 10-7-504(a)(2)(A)', 'Tenn. Code Ann. §
  10-7-504(f)'] != None

After general fixes (an extension's days are read where they follow "a period" and its cap, as in w10's "extending the
time ... for an additional period not to exceed ten (10) business days"; an extension told with the day an earlier
letter took it, in a clause of its own, is that letter's, as in w05's "and on November 13, 2026, the OAG invoked a
thirty (30) day extension of time to respond"; a denial the law lets the office make is no denial, so w07's closing for
want of a revised request is a withdrawal beside "the public office may deny the request but shall provide the requester
with an opportunity to revise the request"; Tennessee's ticked box "It is not practicable for the MNPD to promptly
provide the requested records because additional time is necessary ..." is the form's first answer with its estimate, as
"the time reasonably necessary to produce the records" is, no extension; and the request's own words quoted in the
sentence that answers it, "... for "the complete file ..., including the final disposition letter."", decide nothing, so
w14 is the acknowledgement it is; a further section of another Illinois Act, numbered by article and section after the
first cited in full, takes that act, as w06's "705 ILCS 405/1-7 and 5-905"), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout405"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- An extension "for an additional period not to exceed" its days (w10) ----------------------------------------


@pytest.mark.parametrize(("body", "days"), [
    ("Pursuant to MCL 15.235(2)(d), the Sheriff's Office is extending the time within which to respond to your "
     "request for an additional period not to exceed ten (10) business days.", 10),
    ("We are extending the time to respond for a further period of up to 15 working days.", 15),
    ("The time for our response is extended for an additional period of time of 10 business days.", 10),
])
def test_an_extension_for_a_period_of_days_counts_them(body: str, days: int) -> None:
    [event] = events_in(body)
    assert (event.kind, event.extension_days) == (EventKind.EXTENSION, days)


def test_a_period_of_more_than_its_days_leaves_them_unsaid() -> None:
    # The near miss: the days are no cap but a floor, so the count is unknown.
    [event] = events_in("We are extending the time to respond for a period of more than ten business days.")
    assert (event.kind, event.extension_days) == (EventKind.EXTENSION, None)


def test_the_period_the_law_permits_takes_no_time() -> None:
    assert events_in("The Act permits an agency to extend the time for an additional period not to exceed ten "
                     "business days if more time is needed.") == []


# --- An extension an earlier letter took, its day before it in a clause of its own (w05) ------------------------


@pytest.mark.parametrize("recalled", [
    "Your request was received by the OAG's Open Records Officer on November 6, 2026, and on November 13, 2026, the "
    "OAG invoked a thirty (30) day extension of time to respond pursuant to Section 902(b) of the RTKL.",
    "We received your request on November 6, 2026; on November 13 we took the thirty-day extension the Act allows.",
])
def test_an_extension_taken_on_an_earlier_day_is_not_this_letters(recalled: str) -> None:
    body = (f"{recalled} After a thorough search, the OAG has determined that it does not possess any records "
            "responsive to your request.")
    assert [event.kind for event in events_in(body, "December 14, 2026")] == [EventKind.FINAL_DETERMINATION]
    assert EventKind.EXTENSION not in [event.kind for event in events_in(recalled, "December 14, 2026")]


def test_an_extension_taken_now_beside_the_day_of_receipt_is_this_letters() -> None:
    # The near miss: the day opens the clause of receipt, and the extension is taken today.
    body = ("Your request was received by the Open Records Officer on November 6, 2026, and the OAG is invoking a "
            "thirty (30) day extension of time to respond pursuant to Section 902(b) of the RTKL.")
    extension = next(event for event in events_in(body, "November 13, 2026") if event.kind is EventKind.EXTENSION)
    assert extension.extension_days == 30


# --- A denial the law allows, beside a request closed for no reply (w07) ------------------------------------------

_NO_REVISION = ("As of the date of this message, we have not received a revised request or any response from you. "
                "Accordingly, this request has been closed.")


@pytest.mark.parametrize("law", [
    "Pursuant to R.C. 149.43(B)(2), when a requester makes an ambiguous or overly broad request, the public office may "
    "deny the request but shall provide the requester with an opportunity to revise the request.",
    "Under Section 2 of the Act, an agency is permitted to deny a request that would unduly burden its operations.",
])
def test_a_denial_the_law_allows_leaves_a_request_closed_for_no_reply_withdrawn(law: str) -> None:
    [event] = events_in(f"{law} {_NO_REVISION}", "December 17, 2026")
    assert (event.kind, event.outcome) == (EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)


def test_a_denial_made_beside_the_law_that_allows_it_denies() -> None:
    # The near miss: the office denies the request in a sentence of its own.
    [event] = events_in("Under Section 2 of the Act, an agency is permitted to deny a request that would unduly burden "
                        "its operations. Your request is denied.", "December 17, 2026")
    assert (event.kind, event.outcome) == (EventKind.FINAL_DETERMINATION, Outcome.DENIED)


# --- Tennessee's response form that the records are not promptly to be had (w14) ---------------------------------

_TN_HEAD = ("Date Request Received: December 15, 2026\n\nThis letter is in response to your request made pursuant to "
            "the Tennessee Public Records Act, Tenn. Code Ann. § 10-7-503 et seq., for \"the complete file of the "
            "Office of Professional Accountability investigation, including the final disposition letter.\" ")


@pytest.mark.parametrize("box", [
    "[X] It is not practicable for the MNPD to promptly provide the requested records because additional time is "
    "necessary to locate, retrieve and review the responsive records for confidential information. The MNPD estimates "
    "that the records will be available for inspection or copies will be ready on or before January 15, 2027.",
    "Pursuant to Tenn. Code Ann. § 10-7-503(a)(2)(B), it is not practicable to make the requested records promptly "
    "available. The records are expected to be available on or before January 15, 2027.",
])
def test_the_form_that_the_records_are_not_promptly_available_acknowledges(box: str) -> None:
    [event] = events_in(_TN_HEAD + box, "December 22, 2026")
    assert (event.kind, event.expected_by) == (EventKind.ACKNOWLEDGED, dt.date(2027, 1, 15))


def test_a_final_answer_is_still_read_beside_the_requests_words_quoted() -> None:
    # The near miss: the letter itself gives its final determination in words of its own.
    body = (_TN_HEAD + "This is the Department's final determination: the responsive records are enclosed in full.")
    assert EventKind.FINAL_DETERMINATION in [event.kind for event in events_in(body, "December 22, 2026")]


# --- A further section of another Illinois Act by its number alone (w06) ----------------------------------------


@pytest.mark.parametrize(("body", "codes"), [
    ("Three Original Case Incident Reports concern arrests of minors and are withheld in their entirety pursuant to "
     "5 ILCS 140/7.5(bb) and 705 ILCS 405/1-7 and 5-905.",
     ["5 ILCS 140/7.5(bb)", "705 ILCS 405/1-7", "705 ILCS 405/5-905"]),
    ("The juvenile records are withheld in full under 705 ILCS 405/1-7, 1-8 and 5-905.",
     ["705 ILCS 405/1-7", "705 ILCS 405/1-8", "705 ILCS 405/5-905"]),
])
def test_a_further_article_section_of_an_illinois_act_takes_its_act(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


def test_a_date_after_an_illinois_section_is_no_section() -> None:
    # The near miss: the day the records were made, hyphenated, names no section.
    assert exemptions_in("The juvenile records are withheld in full under 705 ILCS 405/1-7 and 12-15-2026 is the "
                         "date of the last report.") == ["705 ILCS 405/1-7"]
