"""The two-hundred-and-eighty-second held-out set: 14 more first-party and immigration letters (letters/heldout282),
eight federal and six from state corrections and motor-vehicle departments: an ICE final response on ERO records
delivered by a SecureRelease e-mail (the system exempt under Privacy Act (j)(2) and (k)(2), so processed under the
FOIA; pages releasable in their entirety, partially releasable and withheld); a USCIS no-records letter (PDF) after
A-File and non-A-File searches, pointing to CBP for I-94 records; an FBI eFOIPA e-mail with the letter that neither
confirms nor denies records on a third party under (b)(6) and (b)(7)(C) and closes the request; a DCSA background
investigation release (PDF) under the Privacy Act ((k)(5)) and FOIA (b)(6) and (b)(7)(C), pages referred to the FBI; a
VA claims-file release in Word with third-party information redacted from some pages; a CBP SecureRelease appeal
acknowledgement; an OIP appeal decision (PDF) affirming an FBI no-records response after a Privacy Act (j)(2) review; a
USCIS acknowledgement e-mail denying expedited processing; a Texas DPS notice that an Attorney General ruling has been
asked for under Gov't Code § 552.301; a Florida Department of Corrections special service charge estimate in Word with
a cost table; a Michigan Department of Corrections ten-business-day extension under MCL 15.235(2)(d); a Georgia
Department of Driver Services three-business-day response with the day and the cost; an Illinois Department of
Corrections partial denial listing 5 ILCS 140/7 exemptions; and an Oregon DMV no-records e-mail (records destroyed
under the retention schedule).

Written after the rules of set 281 were merged, by a writer who had read parts of the rules (foiatrack/intake/) while
fixing that set, and committed before the rules were run on it; its score is recorded apart from the blind ones.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names, numbers and dates
invented):
- g01 ICE final response: the DHS response formula ("produced a total of N pages. Of those pages, I have determined
  that N pages of the records are releasable in their entirety, N pages are partially releasable, and N pages are
  withheld in their entirety pursuant to Title 5 U.S.C. 552"), https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html
  and https://docslib.org/doc/3095698/homeland-security-washington-dc-20528; the ICE letter
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt.
- g02 USCIS no records: the USCIS FOIA request guide,
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, OGIS's questions and answers on
  immigration records, https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion, and the CBP I-94
  travel history page quoted at https://www.aila.org/library/cbp-foia-office-faqs.
- g03 FBI third-party Glomar: the FBI FOIPA letters and standard responses as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and the FBI's FOIA/PA overview,
  https://webarchive.library.unt.edu/web/20201218004119/https://www.fbi.gov/services/information-management/foipa/foia-pa-overviews-exemptions-and-terms.
- g04 DCSA background investigation: DCSA's pages on requesting background investigation records (FOI/P Office for
  Investigations, P.O. Box 618, Boyers; the Personnel Vetting Records System, DUSDI 02-DoD),
  https://www.dcsa.mil/Contact-Us/Privacy-Civil-Liberties-FOIA/Requesting-Background-Investigation-Records and
  https://www.dcsa.mil/mc/pv/mbi/mr/.
- g05 VA claims file: VBA Letter 20-16-01 on Privacy Act requests for claims files (third-party PII redacted),
  https://scribd.com/doc/312451188/VAIQ-7693334-VBA-Letter-20-16-01-EFolder-Access, and VA's Privacy Act request page,
  https://department.va.gov/privacy/privacy-act-requests.
- g06 CBP appeal acknowledgement: CBP's FOIA pages (SecureRelease, the appeal office),
  https://www.cbp.gov/site-policy-notices/foia/records, and 6 C.F.R. § 5.8; CBP appeal numbers as in earlier sets.
- g07 OIP appeal decision: OIP's affirmance formula ("After carefully considering your appeal, I am affirming ...",
  "conducted an adequate, reasonable search", the Privacy Act (j)(2) review of the Central Records System) as in the
  OIP decisions of earlier sets and 28 C.F.R. § 16.96.
- g08 USCIS expedite denial: 6 C.F.R. § 5.5(e)(1) and the USCIS FOIA request guide above (expedited processing).
- g09 Texas DPS: Gov't Code § 552.301 (ten business days to ask for the Attorney General's decision) and the Texas
  letters of earlier sets.
- g10 Florida DOC: Fla. Stat. § 119.07(4)(d) (special service charge) and § 945.10 (confidential inmate records).
- g11 Michigan DOC: MCL 15.235(2)(d), https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses,
  and the MDOC FOIA guide, https://happylibnet.com/doc/1472868/freedom-of-information-act-guide-and-other-relevant-foia-...
- g12 Georgia DDS: O.C.G.A. § 50-18-71(b)(1)(A) and (d) and the Georgia letters of earlier sets.
- g13 Illinois DOC, g14 Oregon DMV: written from the statutes they cite (5 ILCS 140/7(1)(b), (c), (e), 9.5(a); ORS
  192.411) and the earlier sets' letters from those states; no agency page was found for them in the time available.

Score on first run (not blind: the writer had read parts of the rules): 12 of 14 fully right, and 14 of 14 matched to
its request by its number. Wrong were:
- g05 (VA claims file, Word): no pages released instead of 1,318: "Enclosed is a copy of your claims file on one compact
  disc. The file consists of 1,318 pages. Information pertaining to other individuals ... has been redacted from 9 of
  those pages under 5 U.S.C. § 552(b)(6). No other information has been withheld."
- g09 (Texas DPS): only the acknowledgement, the request for the Attorney General's ruling not read as more time:
  "Accordingly, pursuant to section 552.301 of the Government Code, the Department has today requested a decision from
  the Office of the Attorney General regarding whether the information is excepted from disclosure."
After general fixes (a ruling asked for with an adverb of when between, "has today requested a decision from the
Office of the Attorney General", "have already asked"; a copy of the whole file sent, "Enclosed is a copy of your
claims file", "we are enclosing a copy of the inmate's central file", sends every page the letter counts in it), 14 of
14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout282"
# What the rules reach on this set now (first run: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds"), [
    ("The City received your request on November 16, 2026. The City has today requested a ruling from the Texas "
     "Attorney General on whether the information may be withheld.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    ("The District received your request on November 16, 2026. We have already asked the Office of the Attorney "
     "General for a decision about the requested records.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    # The near miss: a ruling that may be asked for later.
    ("The District received your request on November 16, 2026. If the District needs to request a decision from the "
     "Attorney General, we will notify you.", [EventKind.ACKNOWLEDGED]),
])
def test_a_ruling_asked_for_today_is_more_time(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in("December 2, 2026\n\n" + body)] == kinds


@pytest.mark.parametrize(("body", "released"), [
    ("This is our response to your Privacy Act request. The file consists of 212 pages. Enclosed is a complete copy of "
     "your personnel file; the Social Security numbers of other employees were redacted under 5 U.S.C. § 552(b)(6).",
     212),
    ("This is our response to your request. Your central file totals 96 pages. We are enclosing a copy of the inmate's "
     "central file, with staff home addresses redacted under RCW 42.56.250(4).", 96),
    # The near miss: the copy sent is of the request, the file withheld.
    ("This is our response to your request. The file consists of 212 pages and is withheld in full under 5 U.S.C. § "
     "552(b)(7)(A). Enclosed is a copy of your request and our fee schedule.", None),
])
def test_a_copy_of_the_whole_file_sent_releases_its_pages(body: str, released: int | None) -> None:
    [event] = events_in("December 2, 2026\n\n" + body)
    assert event.pages_released == released
