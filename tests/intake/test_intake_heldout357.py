"""The three-hundred-and-fifty-seventh held-out set: 14 letters (letters/heldout357) from the components of the
Department of Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups write
to most, each from a different office, in the formats they really send: a CISA acknowledgement taking the 10-day
extension, with the usual $25 fee commitment; an ICE first interim response through SecureRelease; an OBIM no-records
response (PDF) to a lawyer asking for a client's biometric encounter history; a FLETC release in full of lesson plans;
a CBP SecureRelease fee estimate to a commercial requester; a DHS OIG acknowledgement of an appeal (Word, letterhead in
the page header); a CRCL letter referring a request to ICE and closing it; an FBI eFOIPA e-mail with the no-records
letter attached as PDF, FOIPA Addendum and all; a Bureau of Prisons fee estimate (PDF) asking for advance payment; an
ATF first interim response in Word with a table of exemptions and a referral to ICE; an EOUSA final response (PDF) on
its check-box form; an OIP appeal decision affirming the Marshals Service's withholdings; a FEMA e-mail acknowledging a
request with the letter attached in Word and granting a fee waiver; and a TSA final response withholding Sensitive
Security Information.

- a01-cisa-ack-extension.txt: CISA-2027-000214 received November 16, 2026, 10-day extension under 6 C.F.R. 5.5(c),
  agreement to pay up to $25.00.
- a02-ice-securerelease-interim.eml: ICE 2027-ICFO-04217 first interim, 412 pages, 96 in full, 287 in part, 29
  withheld, Exemptions 6, 7(C), 7(E).
- a03-obim-no-records.pdf: OBIM 2027-OBFO-00088, no records of a client's biometric encounters.
- a04-fletc-final-full.txt: FLETC 2027-FLFO-00031, 63 pages released in their entirety.
- a05-cbp-securerelease-fee-estimate.eml: CBP CBP-FO-2027-011842, commercial use category, estimate $813.00, advance
  payment required.
- a06-dhs-oig-appeal-ack.docx: DHS OIG appeal 2027-IGAP-00011 on request 2026-IGFO-00938, received November 18, 2026.
- a07-crcl-referral-ice.txt: CRCL 2027-CRFO-00219, records maintained by ICE, request referred under 6 C.F.R. 5.4(c)
  and closed.
- a08-fbi-efoipa-no-records.eml: FBI FOIPA 1682247-000, no main entity records in the CRS, letter attached as PDF.
- a09-bop-fee-estimate.pdf: BOP 2027-01318, "all other" requester, estimate $1,050.00 (20 hours' search, 2,500 pages).
- a10-atf-interim-partial.docx: ATF 2027-0412 first interim, 240 pages reviewed, 118 in full, 94 in part, 28
  withheld, Exemptions 6, 7(A), 7(C), 7(E) in a table, 17 pages referred to ICE.
- a11-eousa-final-partial.pdf: EOUSA-2026-004815, 36 pages in full, 21 in part, 14 withheld, (b)(5), (b)(6),
  (b)(7)(C) checked, 9 pages referred to ICE.
- a12-oip-appeal-usms-affirmed.txt: OIP appeal A-2027-00387 on USMS request 2026-USMS-001922, USMS's action affirmed,
  Exemptions 6 and 7(C), search adequate.
- a13-fema-ack-fee-waiver-granted.eml: FEMA 2027-FEFO-00161 received November 18, 2026, fee waiver granted under 6
  C.F.R. 5.11(k).
- a14-tsa-final-ssi.txt: TSA 2027-TSFO-00418, 173 pages, 22 in full, 104 in part, 47 withheld, Exemption 3 with 49
  U.S.C. 114(r), Exemptions 5, 6, 7(E).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 CISA, a03 OBIM, a04 FLETC, a07 CRCL, a13 FEMA: the DHS FOIA regulations, 6 C.F.R. part 5 (5.4(c) referrals,
  5.5(a) and (c) order of receipt and the 10-day extension, 5.8 appeals, 5.11 fees and fee waivers), and the DHS
  component letters of earlier sets; the DHS acknowledgement and appeal wording as quoted on MuckRock's ICE request
  pages, https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- a02 ICE: ICE's interim and final response letters (releasable in their entirety / partially releasable / withheld in
  their entirety, the Exemption 6, 7(C) and 7(E) paragraphs) and the ICE requests on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- a05 CBP: 6 C.F.R. 5.11(b)(1) and (i)(2) (commercial use requesters, advance payment over $250) and the CBP
  SecureRelease letters of earlier sets.
- a06 DHS OIG: 6 C.F.R. 5.8(b) and (d) and the appeal acknowledgements of earlier sets.
- a08 FBI: the FBI's eFOIPA no-records letter and FOIPA Addendum, as described in
  https://llrx.com/?p=2176 and in the no-records letters of earlier sets.
- a09 BOP: 28 C.F.R. 16.10 (fee categories, 16.10(e)(2) and (i)(2)),
  https://omb.report/icr/202404-1125-001/doc/142230000, and the Bureau's FOIA pages,
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp
- a10 ATF, a11 EOUSA: the DOJ components' interim and final letters (552(c) notice, OGIS and OIP appeal paragraphs),
  28 C.F.R. 16.4(d) referrals, and EOUSA's check-box form (RIF, RIP, WIF) of earlier sets.
- a12 OIP: OIP's appeal decisions ("After carefully considering your appeal, I am affirming ..."), 28 C.F.R. 16.8,
  the Privacy Act paragraph (5 U.S.C. 552a(j)(2), 28 C.F.R. 16.101).
- a14 TSA: TSA's response letters,
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html
  and
  http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
  (case number line, exemption paragraphs), 49 U.S.C. 114(r), 49 C.F.R. 1520.5 and 49 U.S.C. 46110.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3442c62: 11 of 14 fully right. Wrong were:
- a05 (a05-cbp-securerelease-fee-estimate.eml): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received
  '2026-11-09' != None
- a09 (a09-bop-fee-estimate.pdf): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received '2026-10-22' !=
  None
- a14 (a14-tsa-final-ssi.txt): exemptions ['(b)(3) 49 U.S.C. § 114(r)', '(b)(5)', '(b)(6)', '(b)(7)(E)', '(b)(9)'] !=
  ['(b)(3) 49 U.S.C. § 114(r)', '(b)(5)', '(b)(6)', '(b)(7)(E)']
Its expected values for a05 and a09 were then corrected, in a commit of its own, to the earlier sets' convention (a
letter on fees that says when the request was received acknowledges it too: heldout353 c03, heldout311 h03,
heldout341 p10, heldout343 r04; "received on November 9, 2026", "received in this office on October 22, 2026"), 13 of
14.

After general fixes (the further paragraphs of another section listed after it, each with a note in brackets of what it
covers, are that section's: "49 C.F.R. §§ 1520.5(b)(8)(ii) (security screening procedures) and (b)(9)(ii)
(information and sources of information used by a passenger screening program)" is no FOIA (b)(9)), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout357"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # The further paragraphs of another section listed after it, each with a note in brackets of what it covers, are
    # that section's ("49 C.F.R. §§ 1520.5(b)(8)(ii) ... and (b)(9)(ii)": TSA's Sensitive Security Information).
    ("The TSA SSI Program Office has determined that portions of the records contain SSI, pursuant to 49 C.F.R. §§ "
     "1520.5(b)(8)(ii) (security screening procedures) and (b)(9)(ii) (information and sources of information used by "
     "a passenger screening program). Accordingly, that information has been withheld under Exemption 3 in conjunction "
     "with 49 U.S.C. § 114(r).", ["(b)(3) 49 U.S.C. § 114(r)"]),
    ("The withheld portions are SSI as defined in 49 C.F.R. § 1520.5(b)(5) (vulnerability assessments), (b)(6) "
     "(security inspection or investigative information) or (b)(8)(i) (screening procedures), and they are withheld "
     "under Exemption 3 in conjunction with 49 U.S.C. § 114(r).", ["(b)(3) 49 U.S.C. § 114(r)"]),
    # The near miss: FOIA's own paragraphs, each with its note, are its exemptions.
    ("Portions are withheld under 5 U.S.C. § 552(b)(5) (deliberative process privilege) and (b)(6) (personal "
     "privacy).", ["(b)(5)", "(b)(6)"]),
    ("Portions are withheld under Exemption 3 in conjunction with 49 U.S.C. § 114(r) (sensitive security "
     "information), and (b)(6).", ["(b)(3) 49 U.S.C. § 114(r)", "(b)(6)"]),
])
def test_another_sections_paragraphs_with_notes_are_not_foias(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
