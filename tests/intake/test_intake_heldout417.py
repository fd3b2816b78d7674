"""The four-hundred-and-seventeenth held-out set: 14 letters (letters/heldout417) from fourteen components of the
Department of Homeland Security and the Department of Justice, across a request's whole life, in the formats they
really send: a USCIS FOIA/PA Appeals Office letter remanding an A-File request to the National Records Center for a
new search of the asylum office's records; an ICE e-mail estimating search and duplication fees for detention
incident reports and asking for advance payment; a Secret Service letter (PDF) that neither confirms nor denies
records about a county commissioner under Exemptions 6 and 7(C); a FEMA final response in Word releasing debris
removal contract records in part, with a table of the records, under Exemptions 4, 5 and 6; a Coast Guard district's
answer that no boarding records were found; a TSA e-mail acknowledging a request and taking the 10-day extension
for a Sensitive Security Information review; an I&A first interim release of open source intelligence reports under
Exemptions 3 (the National Security Act), 5, 6 and 7(E); a DHS OIG letter acknowledging a request and denying a fee
waiver to a complainant who wants his own case file; an ATF letter (PDF) acknowledging a request and asking the
requester to describe the records, the request being too broad, within 30 days; an EOIR Public Access Link e-mail
acknowledging a Record of Proceedings request with unusual circumstances and an estimated completion date; a
Marshals Service final response (PDF) releasing arrest records in part; a Civil Rights Division fee estimate in Word
with a table of the fees; a Bureau of Prisons letter withholding an SIS investigation file in full; and an OIP
appeal decision on an FBI request releasing 17 more pages and otherwise affirming on partly modified grounds. Written
blind and committed before the rules were run on them.

- e01-uscis-appeal-remanded.txt: USCIS FOIA/PA Appeals, appeal APP2027000418 of request NRC2026187342, remanded to
  the NRC for a new search of the Houston Asylum Office records (the earlier release of 212 and 18 pages recalled).
- e02-ice-fee-estimate.eml: ICE fee estimate, 2027-ICFO-04718, "all other" requester, $468.00 to be paid in advance,
  30 working days to commit.
- e03-usss-glomar-third-party.pdf: Secret Service file 20271087, neither confirm nor deny records about a third
  party, denied under Exemptions 6 and 7(C); appeal rights on page 2.
- e04-fema-final-partial.docx: FEMA final response, 2027-FEFO-00412, 214 pages: 152 in full, 35 in part, 27 withheld
  in full under Exemptions 4, 5 and 6; a table of the records.
- e05-uscg-no-records.txt: Coast Guard Seventeenth District, 2027-CGFO-00386, no boarding records located, an
  adverse determination that may be appealed.
- e06-tsa-ack-extension.eml: TSA acknowledgement, 2027-TSFO-00219, received December 3, 2026, the 10-day extension
  invoked; fee waiver not yet decided.
- e07-ia-interim-release.txt: I&A first interim response, 2026-IAFO-00271, 96 pages reviewed: 61 in full, 23 in part,
  12 withheld in full under Exemptions 3 (50 U.S.C. 3024(i)(1)), 5, 6 and 7(E).
- e08-dhs-oig-fee-waiver-denied.txt: DHS OIG, 2027-IGFO-00209, received December 4, 2026, fee waiver denied under
  6 C.F.R. 5.11(k).
- e09-atf-clarification-too-broad.pdf: ATF, 2027-00318, received December 2, 2026, the request does not reasonably
  describe the records; three points to clarify within 30 days or the request is closed.
- e10-eoir-ack-unusual-circumstances.eml: EOIR, 2027-08814, received 12/16/2026, unusual circumstances, estimated
  completion 03/31/2027.
- e11-usms-final-partial.pdf: USMS, 2027-USMS-000641, 58 pages: 30 in full, 11 with excisions, 17 withheld in full
  under Exemptions 5, 6, 7(C) and 7(E); no body-worn camera recordings.
- e12-crt-fee-estimate.docx: Civil Rights Division, FOI/PA No. 27-00147, fee estimate of $352.00 in a table, advance
  payment required.
- e13-bop-withheld-in-full.txt: BOP, 2027-01462, 34 pages of an SIS file withheld in full under Exemptions 6, 7(C),
  7(E) and 7(F).
- e14-oip-appeal-fbi-partly.txt: OIP appeal A-2027-00912 of FBI request 1674215-000: 17 more pages to be released,
  otherwise affirmed under Exemptions 6, 7(C) and 7(D) (the 7(E) withholdings found unnecessary).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 USCIS appeal remand: the FOIA/PA Appeals Office and its address (150 Space Center Loop, Suite 500, Lee's
  Summit), https://www.judicialwatch.org/document-archive/uscis-expansion-app-w-exh/ and
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request/foia-appeals-form-footer, and a
  DHS appeal remanded for a new search ("this appeal is being REMANDED"),
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response
- e02 ICE fee estimate: ICE's fee estimate letter ("RE: ICE FOIA. Case Number ...", "all other" requester category,
  6 C.F.R. 5.11, the first two hours and 100 pages free),
  http://www.docstoc.com/docs/109648330/US-Immigration-and-Customs-Enforcement, and the DHS regulations,
  http://federal.elaws.us/fr/11/22/2016/2016-28095
- e03 Secret Service Glomar: the Secret Service's exemptions page, https://www.secretservice.gov/foia/exemptions,
  and Leopold v. Department of Treasury (the Secret Service's FOIA responses),
  http://ecases.us/case/dcd/c1667028/leopold-v-department-of-treasury
- e04 FEMA final response: the DHS regulations (6 C.F.R. part 5, with FEMA in 44 C.F.R. part 5),
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm and
  http://federal.elaws.us/fr/11/22/2016/2016-28095, and the DHS final responses of earlier sets.
- e05 Coast Guard no records: the Coast Guard FOIA office (CG-6P, Stop 7710) and its process guide,
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656 and
  http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html
- e06 TSA acknowledgement and extension: 6 C.F.R. 5.5 and 5.6 (acknowledgements, unusual circumstances),
  http://edocket.access.gpo.gov/cfr_2007/janqtr/6cfr5.6.htm, and the DHS extension paragraph ("the FOIA does permit a
  10-day extension of this time period"), http://federal.elaws.us/fr/11/22/2016/2016-28095
- e07 I&A interim release: DHS partial releases ("releasable in their entirety ... partially releasable ...
  withholdable in their entirety"), http://federal.elaws.us/fr/11/22/2016/2016-28095, and FBI releases citing
  50 U.S.C. 3024(i)(1) under Exemption 3 in earlier sets.
- e08 DHS OIG fee waiver denial: 6 C.F.R. 5.11(k) (fee waiver factors),
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm, and the fee categories explained at
  https://www.visapro.com/other-visas/foia-request/faq2/?vp_faq_page=3
- e09 ATF clarification: 28 C.F.R. 16.3(b) (a request must reasonably describe the records), the Disclosure Division's
  role, https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and the
  overbreadth letters described at https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- e10 EOIR acknowledgement: EOIR's Public Access Link acknowledgement e-mail ("This response acknowledges receipt of
  your Freedom of Information Act (FOIA) request by the Executive Office for Immigration Review (EOIR) dated ... and
  received ..."), http://https.omb.report/icr/202404-1125-001/doc/142231200, and the Policy Manual,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2
- e11 USMS final response: the Department's FOIA regulations and the DOJ component closing paragraphs (FOIA Public
  Liaison, OGIS, appeal to OIP within 90 days), https://sgp.fas.org/news/2015/04/doj-foia.html, and the Marshals
  Service FOIA pages, https://usmarshals.gov/es/node/3746
- e12 Civil Rights Division fee estimate: 28 C.F.R. 16.10 (fee categories, free search hours and pages, advance
  payment over $250), https://regulations.justia.com/regulations/fedreg/2015/04/03/2015-07772.html and
  https://www.visapro.com/other-visas/foia-request/faq2/?vp_faq_page=3
- e13 BOP withheld in full: the BOP's FOIA page and its list of exemptions, https://www.bop.gov/foia/index.jsp and
  https://www2.fed.bop.gov/foia/, and its FOIA/PA Section address,
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp
- e14 OIP appeal decision: OIP's template paragraphs for appeal letters ("As a result of discussions between FBI
  personnel and this Office", "I am otherwise affirming"),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at eaf85306: 12 of 14 fully right. Wrong were:
- e10 (e10-eoir-ack-unusual-circumstances.eml): kinds ['acknowledged'] != ['acknowledged', 'extension']
- e14 (e14-oip-appeal-fbi-partly.txt): exemptions ['(b)(6)', '(b)(7)(C)', '(b)(7)(D)', '(b)(7)(E)'] != ['(b)(6)',
  '(b)(7)(C)', '(b)(7)(D)']; pages_released None != 17

After general fixes (e10's request said to be one of the law's unusual circumstances, "your request falls within
"unusual circumstances" under 5 U.S.C. § 552(a)(6)(B)(i)-(iii)", now an extension beside the acknowledgement; e14's
withholding found needless, "I have determined that the FBI's withholdings under Exemption 7(E) are not necessary, as
the information so withheld is also protected by Exemption 7(D)", now set aside, and the pages the decision sends on,
"The FBI will send these 17 pages directly to you.", now released), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout417"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# e10: the request said to fall within the law's unusual circumstances takes more time, the estimate following:
# "your request falls within \"unusual circumstances\" under 5 U.S.C. § 552(a)(6)(B)(i)-(iii). EOIR estimates that
# the processing of your request will be completed by 03/31/2027."
@pytest.mark.parametrize("body", [
    "We received your request on December 16, 2026. Because the records must be retrieved from the Federal Records "
    "Center, your request falls within \"unusual circumstances\" under 5 U.S.C. § 552(a)(6)(B)(i)-(iii). EOIR "
    "estimates that the processing of your request will be completed by 03/31/2027.",
    "We received your request on December 16, 2026. This request therefore falls under unusual circumstances. We "
    "estimate that we will complete processing by March 31, 2027.",
    "We received your request on December 16, 2026. Your request involves unusual circumstances because the records "
    "are held in several field offices.",
])
def test_a_request_said_to_fall_within_unusual_circumstances_is_extended(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


@pytest.mark.parametrize("body", [
    "We received your request on December 16, 2026. Requests that may fall within unusual circumstances are placed "
    "in the complex track.",
    "We received your request on December 16, 2026. If your request falls within unusual circumstances, we will "
    "notify you.",
])
def test_unusual_circumstances_that_may_apply_extend_nothing(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


# e14: a withholding the decision finds needless, another ground covering it: "I have determined that the FBI's
# withholdings under Exemption 7(E) are not necessary, as the information so withheld is also protected by Exemption
# 7(D)": the first ground is set aside, the covering one kept.
@pytest.mark.parametrize(("sentence", "kept"), [
    ("I have determined that the FBI's withholdings under Exemption 7(E) are not necessary, as the information so "
     "withheld is also protected by Exemption 7(D).", ["(b)(6)", "(b)(7)(D)"]),
    ("The redactions made under Exemption 2 were unnecessary because the same material is protected by Exemption 6.",
     ["(b)(6)"]),
])
def test_a_withholding_found_needless_is_set_aside(sentence: str, kept: list[str]) -> None:
    body = ("I have reviewed your appeal. I am affirming, on partly modified grounds, the FBI's action on your "
            f"request. The information is protected under 5 U.S.C. § 552(b)(6). {sentence}")
    assert exemptions_in(body) == kept


def test_a_requesters_claim_that_a_withholding_is_needless_sets_nothing_aside() -> None:
    body = ("I have reviewed your appeal. I am affirming the FBI's action on your request. You argue that the "
            "withholdings under Exemption 7(E) are not necessary. The information is protected under 5 U.S.C. § "
            "552(b)(7)(E).")
    assert exemptions_in(body) == ["(b)(7)(E)"]


# e14: the pages a decision in part sends on, counted as sent: "The FBI will send these 17 pages directly to you."
@pytest.mark.parametrize(("sentence", "pages"), [
    ("The FBI will send these 17 pages directly to you.", 17),
    ("The Bureau will send the 9 pages to you.", 9),
    ("CBP will mail those twelve redacted pages to you.", 12),
    ("The FBI will send these 17 pages to the Department of State for consultation.", None),
])
def test_the_pages_a_decision_sends_on_are_released(sentence: str, pages: int | None) -> None:
    found = events_in(f"Your appeal is granted in part. {sentence}")
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.APPEAL_DECISION, pages)]
