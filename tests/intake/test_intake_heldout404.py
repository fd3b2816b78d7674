"""The four-hundred-and-fourth held-out set: 14 letters (letters/heldout404) from components of the Department of
Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups write to most, in the
formats they really send: a CBP SecureRelease e-mail with its second interim response attached as PDF; a USCIS
National Records Center final response (PDF) on an A-file, released in part, with pages referred to ICE; an ICE
acknowledgement invoking the 10-day extension, with the $25 fee commitment; a CISA fee estimate in Word with a fee
table; a FEMA acknowledgement of an appeal with its appeal number and day of receipt; an OBIM no-records answer to a
lawyer's request for a client's IDENT and HART records; a Coast Guard appeal decision (PDF) granted in part and denied
in part; an FBI eFOIPA e-mail finding no main file records; an ATF final response in Word with an exemption table; an
EOUSA fee estimate; a DOJ Office of the Inspector General e-mail acknowledging a request, denying expedited processing
under both standards and citing unusual circumstances; an Office of Legal Counsel letter (PDF) withholding four opinions
in full under Exemption 5; a Tax Division acknowledgement with the requester's fee commitment; and an OIP e-mail (the
decision attached as PDF) affirming NSD's withholding under Exemptions 1 and 3. Written blind and committed before the
rules were run on them.

- n01-cbp-interim-release.eml: CBP second interim response, CBP-FO-2027-041276, 500 pages processed, 212 in full, 241
  in part, 47 withheld, Exemptions 6, 7(C), 7(E).
- n02-uscis-final-referral-ice.pdf: USCIS NRC final response, NRC2027019455, 598 pages in full, 27 in part, 6 withheld,
  Exemptions 5, 6, 7(C), 7(E), 9 pages referred to ICE.
- n03-ice-ack-extension.txt: ICE acknowledgement, 2027-ICFO-09318, received December 4, 2026, 10-day extension.
- n04-cisa-fee-estimate.docx: CISA fee estimate, 2027-NPFO-00284, $758.00 in a fee table (the requester had agreed to
  $100).
- n05-fema-appeal-ack.txt: FEMA appeal acknowledgement, 2027-FEAP-00031 on request 2027-FEFO-00917, received December
  7, 2026.
- n06-obim-no-records.txt: OBIM final response, 2027-OBIM-00126, no records in IDENT or HART.
- n07-uscg-appeal-partly-granted.pdf: Coast Guard appeal 2027-CGAP-00058 granted in part, 41 pages re-processed and
  released in part, Exemption 5 upheld in part, Exemptions 6 and 7(C) affirmed.
- n08-fbi-efoipa-no-records.eml: FBI eFOIPA response, 1718264-000, no main file records, with the 552(c) notice.
- n09-atf-final-partial.docx: ATF final response, 2027-01138, 148 pages, 102 in full, 39 in part, 7 withheld,
  Exemptions 5, 6, 7(C), 7(E) in a table.
- n10-eousa-fee-estimate.txt: EOUSA fee estimate, EOUSA-2027-001247, $635.00 (search and duplication).
- n11-doj-oig-ack-expedite-denied.eml: DOJ OIG acknowledgement, 27-OIG-0153, received December 3, 2026, expedited
  processing denied under 28 C.F.R. 16.5(e)(1)(ii) and (iv), unusual circumstances.
- n12-olc-final-withheld-in-full.pdf: OLC final response, FY27-019, four documents of 36 pages withheld in full under
  Exemption 5.
- n13-tax-ack-fee-commitment.txt: Tax Division acknowledgement, 27-TAX-0044, received December 18, 2026, complex track,
  news media fee category, fees up to $50 agreed.
- n14-oip-appeal-nsd-affirmed.eml: OIP appeal A-2027-01034 on NSD request 27-112, affirmed, Exemption 1 and Exemption
  3 with 50 U.S.C. 3024(i)(1).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 CBP interim response: the CBP letters of earlier sets (heldout378 x03, heldout383 m03: the SecureRelease notice,
  the FOIA Appeals, Policy and Litigation Branch) and the CBP acknowledgement on MuckRock,
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- n02 USCIS NRC final response: the NRC letter layout and exemption paragraphs of earlier sets (heldout383 m01,
  heldout300 z06: control number top right, "We have completed the review of all documents and have identified ...",
  the FIRST appeal and FOIA Public Liaison paragraphs) and DHS referrals under 6 C.F.R. 5.4(d).
- n03 ICE acknowledgement: the ICE acknowledgement formulas ("ICE will invoke a 10-day extension for your request, as
  allowed by Title 5 U.S.C. § 552(a)(6)(B)", heldout311 h01, heldout315 s04) and the DHS fee commitment ("By
  submitting your request, you have agreed to pay up to $25.00 in applicable processing fees"), as in the CBP
  acknowledgement at https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- n04 CISA fee estimate: 6 C.F.R. 5.11 (fee categories, the two free hours and 100 free pages, assurance of payment
  and advance payment over $250) and the fee-estimate letters of earlier sets (heldout383 m07 FLETC).
- n05 FEMA appeal acknowledgement: 6 C.F.R. 5.8 (appeals, 20 working days) and the DHS appeal numbers of earlier sets
  (2027-ICAP-00142, 2027-TSAP-00019).
- n06 OBIM no records: the DHS no-records letters of earlier sets (heldout378 x02, heldout383 m05: appeal within 90
  working days under 6 C.F.R. 5.8, the $25 minimum) and MuckRock's note on no-records answers,
  https://muckrock.com/news/archives/2018/sep/06/foia-faq-nrd-wtf/
- n07 Coast Guard appeal decision: the Coast Guard letter layout of earlier sets (heldout378 x07: SSIC 5720, "By
  direction") and appeal decisions granted in part with re-processed pages (heldout300 z01).
- n08 FBI eFOIPA no records: the FBI eFOIPA e-mails of earlier sets (heldout383 m08, heldout391 g09), the 552(c)
  paragraph ("Congress excluded three discrete categories of law enforcement and national security records", heldout318
  w06, heldout368 u02), the OIP appeal and dispute-resolution paragraphs, and
  https://muckrock.com/news/archives/2018/sep/06/foia-faq-nrd-wtf/
- n09 ATF final response: the DOJ component letter formulas (552(c) notice, OGIS and OIP appeal paragraphs) of the
  ATF and BOP letters of earlier sets (heldout383 m10, heldout391 g11), and ATF's systems exempted from Privacy Act
  access under 5 U.S.C. 552a(j)(2) (28 C.F.R. 16.106).
- n10 EOUSA fee estimate: 28 C.F.R. 16.10 (fees, notice of estimates over $25, advance payment over $250), the EOUSA
  letter heading ("Request Number", "Date of Receipt") of earlier sets (heldout303 w01, heldout329 g11), and EOUSA's
  FOIA page, http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions
- n11 DOJ OIG acknowledgement: 28 C.F.R. 16.5(e)(1)(ii) and (iv) and 16.5(e)(2) (the Director of Public Affairs
  decides the media-interest standard), the unusual-circumstances paragraph of DOJ acknowledgements (heldout378 x11).
- n12 OLC final response: OLC's withholding of its opinions under the deliberative process and attorney-client
  privileges, as described in EFF v. DOJ (D.D.C. 2012),
  http://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2011cv00939/148241/22 and CREW v.
  Office of Administration, https://www.casetext.com/case/citizens-for-responsibility-v-office-of-admin
- n13 Tax Division acknowledgement: 28 C.F.R. 16.10 (news media category, notice before fees over the amount agreed)
  and the multitrack paragraph of DOJ acknowledgements (heldout383 m09).
- n14 OIP appeal decision: the OIP affirmances of earlier sets (heldout368 u02: "After carefully considering your
  appeal, I am affirming the FBI's action on your request"; heldout383 m12) and NSD's classified and 50 U.S.C.
  3024(i)(1) withholdings (heldout378 x13: "properly classified", "which protects intelligence sources and methods").

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at cf417138: 11 of 14 fully right. Wrong were:
- n01 (n01-cbp-interim-release.eml): kinds ['final_determination'] != ['interim_release']; outcome 'partial_grant' !=
  None
- n10 (n10-eousa-fee-estimate.txt): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received '2026-11-16' !=
  None
- n11 (n11-doj-oig-ack-expedite-denied.eml): kinds ['acknowledged', 'expedite_decision'] != ['acknowledged',
  'extension', 'expedite_decision']

Its expected value for n10 was then corrected, in a commit of its own, to the earlier sets' convention (a fee letter
that says when the request was received, here in its heading's "Date of Receipt: November 16, 2026", acknowledges it
with that day, as heldout155 a12's "Received:" field and heldout142 m11 log it, and heldout372 s11 a fee estimate's
"received by ... on November 23, 2026"), 12 of 14.

After general fixes (more than the days the law adds said to be maybe needed takes those days, their count unsaid:
n11's "Because of these unusual circumstances, we may need more than the additional ten days to process your
request"), 13 of 14.

After general fixes (a final response still to come named by the office's short name alone, with no article, is not
this letter: n01's "Because this is an interim response, your appeal rights will be provided in CBP's final response
to your request"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout404"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
