"""The three-hundred-and-sixty-fifth held-out set: 14 letters (letters/heldout365) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: an Office of
Biometric Identity Management acknowledgement taking a ten-day extension and a $25 fee commitment; an ICE SecureRelease
e-mail with its second interim response attached as PDF; a CBP fee estimate for a search of nine Border Patrol
stations; an FBI eFOIPA e-mail with a no-records letter and the FOIPA Addendum attached; a CISA final response in Word
with a table of the records and their dispositions; a FLETC no-records letter pointing to ICE; a USCIS National Records
Center final response on an A-file (PDF) with pages referred to ICE; an ATF e-mail acknowledging a request, taking ten
more working days and noting the requester's fee commitment; an EOUSA final response on its check-box form (PDF); an
OIP appeal decision remanding a BOP response for a further search; a Community Relations Service release in full in
Word; a DHS OIG e-mail with an appeal acknowledgement attached as PDF; a Tax Division third interim response (PDF)
withholding return information under 26 U.S.C. 6103; and an Office of Legal Counsel final response releasing a
published opinion and withholding drafts and advice under Exemption 5.

- w01-obim-ack-unusual-circumstances.txt: OBIM 2027-OBFO-00231, received November 19, 2026, 10-day extension under 6
  C.F.R. 5.5(c), agreement to pay up to $25.00.
- w02-ice-securerelease-interim.eml: ICE 2026-ICFO-48817 second interim, 412 pages processed, 118 duplicative or
  non-responsive, 163 in full, 109 in part, 22 withheld, Exemptions 6, 7(C), 7(E).
- w03-cbp-fee-estimate.txt: CBP CBP-FO-2027-021906 received November 10, 2026, estimate $2,060.00 (44 hours search,
  3,000 pages), advance payment required.
- w04-fbi-efoipa-no-records.eml: FBI FOIPA 1712446-000, no responsive records, with the FOIPA Addendum's standard
  (b)(1), (b)(3), (b)(7)(E) responses.
- w05-cisa-final-partial.docx: CISA 2026-CISA-FOI-05183 final, 97 pages, 38 in full, 51 in part, 8 withheld,
  Exemptions 5, 6, 7(E), with a table of records.
- w06-fletc-no-records.txt: FLETC 2027-FLFO-00047, no records, requester pointed to ICE.
- w07-uscis-final-afile-referral.pdf: USCIS COW2026118734 A-file, 447 in full, 131 in part, 19 withheld, 15 referred
  to ICE, Exemptions 5, 6, 7(C), 7(E).
- w08-atf-ack-fee-commitment.eml: ATF 2027-0188 received November 18, 2026, ten more working days, fees up to $50.00
  agreed.
- w09-eousa-final-partial.pdf: EOUSA-2026-003871 final, 214 RIF, 86 RIP, 33 WIF, (b)(5), (b)(6), (b)(7)(C) checked.
- w10-oip-appeal-remanded-bop.txt: OIP appeal A-2027-00419 on BOP request 2026-09327, remanded for a further search.
- w11-crs-final-full-grant.docx: CRS-FOIA-2027-0009, 42 pages released in full.
- w12-dhs-oig-appeal-ack.eml: DHS OIG appeal 2027-IGAP-00014 on request 2026-IGFO-00782, received November 24, 2026.
- w13-tax-division-interim.pdf: Tax Division TAX-2026-00318 third interim, 286 pages reviewed, 74 in full, 51 in
  part, 161 withheld, Exemptions 3 (26 U.S.C. 6103), 5, 6, 7(C).
- w14-olc-final-partial.txt: OLC FY26-187 final, 58 pages, 9 in full, 2 with Exemption 6 excisions, 47 withheld
  under Exemption 5.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 OBIM: 6 C.F.R. 5.5(a), 5.5(c) and 5.11 (the DHS components' acknowledgement: order of receipt, 10-day
  extension, "We will construe the submission of your request as an agreement to pay up to $25.00"), as in the DHS
  acknowledgements of earlier sets, https://www.dhs.gov/foia-status
- w02 ICE: the ICE FOIA Office's production letters ("ICE has determined that ... pages will be released in their
  entirety"), 6 C.F.R. 5.8, and the ICE requests on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- w03 CBP: 6 C.F.R. 5.11(c) and 5.11(i)(2) (advance payment over $250) and the CBP letters of earlier sets.
- w04 FBI: the eFOIPA release e-mail and the RIDS no-records letter with the FOIPA Addendum (5 U.S.C. 552(c),
  intelligence records, watch lists), as in the FBI letters of earlier sets and
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- w05 CISA: the DHS Privacy Office's final response template (Exemptions 5, 6 and 7(E) paragraphs, appeal to the DHS
  Privacy Office under 6 C.F.R. 5.8, OGIS and Privacy Act note).
- w06 FLETC: the DHS components' no-records letter ("While an adequate search was conducted, you have the right to
  appeal this determination that no records exist").
- w07 USCIS: the National Records Center's A-file response (exemption paragraphs, referral to ICE, appeal through
  FIRST), https://first.uscis.gov/
- w08 ATF: 28 C.F.R. 16.5 and 16.10 and 5 U.S.C. 552(a)(6)(B)(i) (unusual circumstances), the Tiahrt Amendments
  (Pub. L. No. 112-55).
- w09 EOUSA: EOUSA's check-box response form (RIF, RIP, WIF, 28 C.F.R. 16.81), as described in Acosta v. FBI,
  https://cetient.com/case/2660029/acosta-v-federal-bureau-of-investigation
- w10 OIP: OIP's remand letters ("After carefully considering your appeal, I am remanding ... for a further search"),
  as in heldout11 q13 and heldout121 h05.
- w11 CRS: 42 U.S.C. 2000g-2(b) (confidentiality of conciliation) and the DOJ components' release letters.
- w12 DHS OIG: 6 C.F.R. 5.8(d) and the appeal acknowledgements of earlier sets.
- w13 Tax Division: 26 U.S.C. 6103, 5 U.S.C. 552(c) notice and the DOJ components' interim responses.
- w14 OLC: OLC's FOIA responses (published opinion released, drafts and advice withheld under Exemption 5,
  foreseeable harm, 552(c) notice).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 836a6ac3: 11 of 14 fully right. Wrong were:
- w03 (w03-cbp-fee-estimate.txt): kinds ['fee_estimate'] != ['acknowledged', 'fee_estimate']; received None !=
  '2026-11-10'
- w11 (w11-crs-final-full-grant.docx): outcome 'partial_grant' != 'full_grant'; exemptions ['42 U.S.C. § 2000g-2(b)'] !=
  None
- w14 (w14-olc-final-partial.txt): exemptions ['(b)(5)', '(b)(6)'] != ['(b)(6)', '(b)(5)']; pages_released 2 != 11
Its expected value for w14's exemptions was then corrected, in a commit of its own, to the convention the README
states and the earlier sets follow (FOIA's exemptions in the statute's order whatever order the letter names them in:
heldout360 t14, whose letter names 6, 7(C) and 5); the letter still stays in NOT_YET for its pages released.
After general fixes: a law the letter names, which the next sentence
finds does not reach the records, pointing back to it, is no exemption applied ("under ... 42 U.S.C. § 2000g-2(b), CRS
is required to hold confidential information ..." and "The enclosed agendas ... are not subject to that
restriction"), so w11 is a full grant, 12 of 14.
After general fixes (the request's receipt joined to its own date by "and" acknowledges it in a letter that releases
nothing: "your Freedom of Information Act (FOIA) request dated November 9, 2026, and received in this office on
November 10, 2026", in a fee letter whose appeal rights and question about narrowing kept the loose reading away), 13
of 14: w03 right.
After general fixes (pages whose own clause already says how they go out, a pronoun after them only adding that they
are enclosed, keep that manner: "We have determined that 9 pages ... are appropriate for release in full, and they are
enclosed" releases 9 in full, beside the 2 released with excisions), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout365"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentences", "released", "withheld"), [
    (["We have determined that 9 pages, consisting of a published opinion and its transmittal memorandum, are "
      "appropriate for release in full, and they are enclosed.",
      "We have determined that 2 pages are appropriate for release with excisions made pursuant to Exemption Six of "
      "the FOIA, 5 U.S.C. § 552(b)(6), to protect personal privacy; those pages are also enclosed."], 11, None),
    (["The 14 pages of the incident report are released in full, and they are attached.",
      "Three pages of the supplement are released in part."], 17, None),
    (["Twenty pages are released with redactions, and those pages are enclosed.",
      "Six pages are withheld in full under Exemption 7(C)."], 20, 6),
    # The near miss: a description with no manner of its own, the pronoun's clause the one that says what is done.
    (["The remaining 13 pages are drafts of the opinion, and they are withheld in full under Exemption 5."], None, 13),
])
def test_pages_given_a_manner_before_a_pronoun_keep_it(sentences: list[str], released: int | None,
                                                       withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)
