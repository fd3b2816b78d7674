"""The three-hundred-and-sixty-second held-out set: 14 letters (letters/heldout362) that release records in part and
tell their counts in tables and lists (pages reviewed, released in full, released in part, withheld in full, referred,
duplicates), in per-document indexes with Bates ranges, in productions listed one by one, in records and files rather
than pages, and in separate paragraphs for the pages redacted and the pages withheld, federal and state, from fourteen
offices other than those of heldout345, in the formats they really send: an ATF letter with a summary of pages
reviewed, duplicates, released, withheld and referred; a State Department e-mail (letter attached as PDF) counting
documents, with the pages of those released; an FBI FOIPA release letter (PDF) with its exemption checkboxes and "pages
were reviewed and ... pages are being released"; an ICE e-mail (letter attached as PDF) with pages and spreadsheets and
pages referred to CBP; an Air Force letter in Word with a document index by Bates range; an FDA letter telling the pages
with deletions and the pages withheld in separate paragraphs; a BLM Nevada e-mail (letter attached as Word) counting
e-mail messages, their pages in a table, and spreadsheets; an EPA Region 8 letter listing three productions, the last
its own; a CDCR portal e-mail answering item by item; a Texas DPS letter with a summary of pages; a New York DEC FOIL
letter (PDF); a Washington Ecology installment in Word with its exemption log; an Illinois State Police letter (PDF)
with an extension told as past; and an FDLE letter counting a closed case file's pages. Written blind and committed
before the rules were run on them.

- n01-atf-final-summary.txt: ATF 2026-04719, 548 pages reviewed, 32 duplicates, 211 in full, 198 in part, 73
  withheld, 34 referred to the FBI, Exemptions 5, 6, 7(C), 7(E).
- n02-state-final-documents.eml: State F-2026-11873, 96 documents, 31 in full, 52 with excisions, 9 withheld, the 83
  released totalling 412 pages, 4 referred to USCIS, (b)(1), (b)(5), (b)(6).
- n03-fbi-foipa-release.pdf: FBI FOIPA 1642817-000, final release, 1,247 pages reviewed and 638 released, boxes
  (b)(6), (b)(7)(C), (b)(7)(D), (b)(7)(E) checked, referral and consultation boxes.
- n04-ice-final-detention-inspections.eml: ICE 2027-ICFO-04417, 1,082 pages and 3 spreadsheets, 264 in full, 701 in
  part, 117 withheld, 46 pages referred to CBP, (b)(5), (b)(6), (b)(7)(C), (b)(7)(E).
- n05-af-jble-document-index.docx: Air Force 2026-03318-F, index of seven documents by Bates range, 131 pages released,
  20 withheld, (b)(5), (b)(6), one workbook in full.
- n06-fda-cder-inspection-records.txt: FDA 2026-9412, 1,386 pages located, 14 already posted, 1,222 released (318
  with deletions), 150 withheld in a separate paragraph, Exemptions 4, 5, 6.
- n07-blm-nevada-email-records.eml: BLM DOI-BLM-2027-000318, 214 e-mail messages (611 pages) and six spreadsheets, a
  table of 498 in full, 94 in part and 19 withheld, Exemptions 5 and 6.
- n08-epa-r8-third-production.txt: EPA Region 8 2026-EPA-08812, third and final production listed after the first two,
  97 in full, 44 in part, 23 withheld, Exemptions 5 and 6.
- n09-ca-cdcr-pra-items.eml: CDCR R004417-101426, items, 170 pages released with redactions, 9 withheld, Penal Code §
  832.7(b)(6), Government Code §§ 7927.700 and 7927.705.
- n10-tx-dps-pia-summary.txt: Texas DPS PIR No. 26-48207, 86 pages reviewed, 63 in full, 23 redacted, none withheld,
  Gov't Code §§ 552.130, 552.147, 552.137.
- n11-ny-dec-foil-response.pdf: NYSDEC FOIL #W041187-081726, 1,204 pages located, 1,146 released (212 redacted), 58
  withheld, Public Officers Law § 87(2)(b), (d), (g).
- n12-wa-ecology-installment-log.docx: Ecology 2026-PDR-07356, third installment, 441 pages reviewed, 412 released, an
  exemption log of three records withheld (29 pages) and two redacted, RCW 42.56.290, 5.60.060(2)(a), 42.56.280,
  42.56.250(4), 42.56.240(2).
- n13-il-isp-foia-crash-file.pdf: ISP FOIR #26-4127, 93 pages enclosed (37 redacted), 41 withheld in a separate
  paragraph, an earlier extension told, 5 ILCS 140/7(1)(b), (c), (d)(vi), (f).
- n14-fl-fdle-closed-case-file.txt: FDLE PRR-26-3391 (case EI-27-8104), 1,018 pages, 612 without redaction, 377 with,
  29 withheld, Fla. Stat. §§ 119.071(4)(d), 119.071(5)(a), 119.0712(2), 119.071(2)(f), 406.135, 406.136.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 ATF: the DOJ component final letters of earlier sets (the OIP appeal paragraph, OGIS, the 552(c) notice) and the
  EOUSA/ATF processing counts and Vaughn index described in
  https://cetient.com/case/2660029/acosta-v-federal-bureau-of-investigation
- n02 State: https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024 ("we have
  determined that the record may be released in part", the exemptions enclosure) and the State letters of earlier sets
  (documents counted, referrals to other agencies, the Appeals Review Panel).
- n03 FBI: the FBI FOIPA release form ("The enclosed documents were reviewed under the Freedom of Information/Privacy
  Acts", the exemption checkboxes, "pages were reviewed and ... pages are being released", the OGA referral boxes, the
  FOIPA Addendum), as described in https://cetient.com/case/3171562/shapiro-v-us-department-of-justice and
  https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation/
- n04 ICE: the ICE final response template ("A search of ... for records responsive to your request produced ... pages.
  Of those pages, ICE has determined that ..."), https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- n05 Air Force: the Air Force's suggested response language, 32 C.F.R. § 806.27,
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html and
  http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i)) (denial authority, appeal to the Secretary of
  the Air Force within 90 calendar days).
- n06 FDA: the HHS appeal paragraph to the Deputy Agency Chief FOIA Officer of earlier sets, 21 C.F.R. § 20.61 and
  Executive Order 12600 predisclosure notification.
- n07 BLM: the Department of the Interior's response letter template (DOI FOIA Handbook, 383 DM 15,
  https://cupdf.com/document/department-of-the-interior-316-preparing-the-response-letter-317-signature-authority.html),
  the DOI OIG letter https://fdocuments.in/document/uie-saes-eame-o-e-20101006-uie-saes-eame-o-e-ieio-oice-o-iseco-geea-200-nr.html
  ("The report contains eleven pages. One page is being withheld in its entirety ..."), and the DOI appeal rules,
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- n08 EPA Region 8: EPA's final response letters of earlier sets (the FOIA and Privacy Branch appeal paragraph) and the
  productions table of heldout341's CRCL letter.
- n09 CDCR: the GovQA portal notices of earlier sets ("--- Please respond above this line ---"), Penal Code § 832.7(b)
  and the CDCR letters of earlier sets.
- n10 Texas DPS: the Attorney General's Public Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016, and the
  redactions made without a ruling, https://form.jotform.com/250895549093066
- n11 NYSDEC: Public Officers Law §§ 87(2) and 89(4)(a) and the FOIL letters of earlier sets.
- n12 Washington Ecology: WAC 44-14-04004, https://app.leg.wa.gov/wac/default.aspx?cite=44-14-04004, RCW 42.56,
  https://wa-law.org/rcw/42_public_officers_and_agencies/42.56_public_records_act.html (RCW 42.56.210(3) exemption log,
  RCW 42.56.120(4) installments).
- n13 Illinois State Police: https://www.muckrock.com/foi/illinois-168/dhs-fusion-center-protest-reports-illinois-statewide-terrorism-and-intelligence-center-34451/
  ("Thank you for writing the Illinois State Police with your request ...", "Re: FOIR #17-0595"),
  https://isp.illinois.gov/Foia and the Attorney General's FOIA Guide for Law Enforcement,
  https://dokumen.tips/documents/foia-guide-for-law-enforcement-2017-revised-6-17foia-information-detailing-any.html
- n14 FDLE: the Government-in-the-Sunshine Manual,
  http://www.myflsunshine.com/sun.nsf/sunmanual/1BB05D142D8E4724852566F3006C7A1A, and Fla. Stat. § 119.071,
  https://textbookdiscrimination.com/Laws/FL/01190714
Blind score (written before the rules were run on it): 8 of 14 fully right, and all 14 matched to their requests by
number. Wrong were:
- n03 (FBI, PDF): 609 pages withheld, worked out from the pages reviewed and released, with the form's stock sentence
  on deleted page sheets taken for the rest withheld, though the letter refers and consults on pages too: "1,247
  pages were reviewed and 638 pages are being released." with "In addition, a deleted page information sheet was
  inserted to indicate where pages were withheld entirely pursuant to applicable exemptions."
- n08 (EPA Region 8): 650 pages released and 35 withheld instead of 141 and 23, the earlier productions listed for
  reference added to this one: "Production 1 (September 30, 2026): 250 pages reviewed; 214 pages released in full, 36
  pages released in part." ... "Production 3 (this production): 164 pages reviewed; 97 pages released in full, 44 pages
  released in part, 23 pages withheld in full."
- n09 (CDCR, e-mail): no pages released, the items' pages not summed where each item's answer follows its count: "1.
  Crime/Incident Report package ...: 148 pages. Released with redactions." and "2. ... Use of Force Review and
  Findings: 22 pages. Released with redactions."
- n10 (Texas DPS): 63 pages released instead of 86, the summary line of pages released with redactions not added:
  "Pages released in full: 63" beside "Pages released with redactions: 23"; 0 pages withheld read from "Pages withheld
  in full: 0" (none withheld is no count); and Section 552.147(d), the provision for asking the Attorney General to
  review a redaction, taken for the exemption: "You may challenge the redactions made under Sections 552.130 and
  552.147 by requesting a decision from the Attorney General in accordance with Section 552.130(d) and Section
  552.147(d) of the Government Code."
- n12 (Washington Ecology, Word): 11 pages released instead of 412, the redacted records of the exemption log summed in
  place of the pages the letter says are released: "The records released today, 412 pages, are available for
  download" beside the log rows "| 3-04 | ... | 6 | Redacted | RCW 42.56.250(4) | ... |" and "| 3-05 | ... | 5 |
  Redacted | ... |".
- n14 (FDLE): a fee estimate of $12.00 from a charge already paid: "The cost of duplicating the recordings to
  electronic media, $12.00, was included in the deposit you paid on November 3, 2026; no further payment is due.";
  and no pages withheld: "The remaining 29 pages are the autopsy photographs of the deceased printed in the file,
  which are confidential and exempt under section 406.135, F.S., and are not provided."
The expected value of n03 was corrected after scoring: it left out pages_withheld, but the FBI's letter withholds whole
pages with a deleted page information sheet for each, and the earlier sets (120, 147, 273, 310) log the pages reviewed
less those released (1,247 - 638 = 609) for the same letter, referral boxes ticked or not; the blind score still
counts the letter wrong.
After general fixes (a charge "included in the deposit you paid" is no fee estimate; pages described, then said done
in the sentence's closing clause without a subject of its own: "The remaining 29 pages are the autopsy photographs ...,
which are confidential and exempt under section 406.135, F.S., and are not provided"), 10 of 14: n03 and n14 right.
After further general fixes (a summary's label with the manner said by what was taken out, "Pages released with
redactions: 23", and a label counting none, "Pages withheld in full: 0", which counts nothing; a Texas subsection for
the requester's challenge of a redaction belongs to its exception: "in accordance with Section 552.147(d)"), 11 of 14:
n10 right.
After further general fixes (the pages the text says are released now, without their manner, above a log of the
records redacted or withheld whose redacted pages come to fewer, are the release, the redacted among them: "The records
released today, 412 pages" above an exemption log whose redacted records come to 11 pages; a list of the productions so
far, one line marked as this one, counts that line only: "Production 3 (this production): ..."; an item's size after a
colon, then its answer with no subject and its manner: "... Use of Force Review and Findings: 22 pages. Released with
redactions."), 14 of 14: n08, n09 and n12 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout362"
# What the rules reached on this set when it was scored once, blind (8), raised by the fixes; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
