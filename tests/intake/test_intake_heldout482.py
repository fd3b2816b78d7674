"""The four-hundred-and-eighty-second held-out set: 14 letters (letters/heldout482) from DHS and DOJ components across
a request's whole life, in the formats they really send, chosen among the offices and letter kinds the earlier sets of
this focus wrote least: a Secret Service acknowledgement that denies expedited processing to a reporter; a TSA e-mail
confirming a request withdrawn after a telephone call; a Coast Guard final answer (PDF) on a casualty investigation,
released in part under Exemptions 5 and 6 with pages referred to the Army Corps of Engineers; a FEMA acknowledgement
in Word granting expedited processing for hotel sheltering records before a checkout date; an acknowledgement by the
Coast Guard's Office of the Chief Administrative Law Judge of an appeal from an I&A answer, decided for the DHS General
Counsel; a DHS Office of Inspector General second interim release by e-mail; a CBP fee-waiver denial to a commercial
requester; a USCIS no-records answer on former INS enforcement records pointing to ICE and the National Archives; a
Bureau of Prisons final answer in Word with a table of records, released in part with pages referred to the Marshals
Service; a DEA e-mail with its final letter attached, released in full; an Office of Information Policy appeal decision
affirming EOUSA's fee-waiver denial for records on PACER; an EOUSA letter (PDF) asking a requester to narrow a
nationwide request within 30 days; a Civil Rights Division expedited-processing denial; and a scanned ATF second
interim release. Written blind and committed before the rules were run on them.

- d01-usss-ack-expedite-denied.txt: Secret Service, file number 20270418, received December 1, 2026, expedited
  processing denied.
- d02-tsa-withdrawal-confirmed.eml: TSA, 2027-TSFO-00184, withdrawn at the requester's word by telephone, file closed.
- d03-uscg-final-partial-referral.pdf: Coast Guard, 2027-CGFO-00512, 76 pages: 29 in full, 33 in part, 5 withheld
  under Exemptions 5 and 6, 9 referred to the Army Corps of Engineers.
- d04-fema-ack-expedite-granted.docx: FEMA, 2027-FEFO-00231, received December 4, 2026, expedited processing granted
  (imminent threat to safety).
- d05-ia-appeal-ack-uscg-alj.txt: Coast Guard Office of the Chief Administrative Law Judge for DHS, appeal
  2027-HQAP-00047 of I&A request 2026-IAFO-00388, received December 2, 2026.
- d06-dhs-oig-second-interim.eml: DHS OIG, 2026-IGFO-00219, second interim: 287 pages, 131 in full, 104 in part, 52
  withheld, Exemptions 5, 6, 7(C) and 7(E).
- d07-cbp-fee-waiver-denied.txt: CBP, CBP-FO-2027-004817, fee waiver denied, commercial-use category, the $250.00 the
  requester agreed to pay (no estimate).
- d08-uscis-no-records.txt: USCIS, COW2026017734, no records (former INS enforcement records: ICE and NARA named).
- d09-bop-final-partial-referral.docx: BOP, 2027-01188, 163 pages: 34 in full, 95 in part, 12 withheld, 22 referred to
  the USMS; Exemptions 6, 7(C), 7(E) and 7(F); a table of the records.
- d10-dea-final-full.eml: DEA, 27-00214-F, 23 pages released in their entirety, the letter attached as PDF.
- d11-oip-appeal-eousa-fee-waiver-affirmed.txt: OIP, appeal A-2027-00318 of EOUSA-2026-004917, fee-waiver denial
  affirmed (the records are on PACER).
- d12-eousa-clarification.pdf: EOUSA, EOUSA-2027-000612, received December 9, 2026, request not reasonably described,
  four points to narrow it, 30 days before closing.
- d13-crt-expedite-denied.txt: Civil Rights Division, CRT-2027-000093, received December 15, 2026, expedited
  processing denied under standards (ii) and (iv).
- d14-atf-second-interim-scanned.pdf: ATF (scanned), 2027-0166, second interim: 214 pages, 96 in full, 81 in part, 37
  withheld, Exemptions 5, 6, 7(C) and 7(E), the next release expected about February 26, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 Secret Service: its FOIA pages on responses, unusual circumstances and appeals ("Secret Service Appeals Attn: FOIA
  Appeals 245 Murray Lane Building T-5"), https://www.secretservice.gov/foia/usss-response and
  http://www.secretservice.gov/foia/appeal, and an appeal of an expedite denial by a Secret Service FOI/PA officer,
  https://docslib.org/doc/789258/may-4-2012-via-regular-mail-a-t-smith-deputy-director-u-s-secret
- d02 TSA withdrawal: the DHS FOIA regulations, 6 C.F.R. part 5,
  https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html, and the TSA FOIA Branch's
  correspondence, http://papersplease.org/wp/2009/10/27/tsa-sends-our-foia-request-into-a-black-hole/
- d03 Coast Guard final answer: the Coast Guard's FOIA process guide (CG-6P, intake, exemptions, closing),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and its letters ("5720", staff symbol, "FOIA
  2021-CGFO-02053"), https://www.maritimelegalaid.com/foia/mlaa-prepares-for-full-scale-litigation-against-uscg-court-system
- d04 FEMA acknowledgement: the Disclosure Branch's acknowledgements ("FEMA 2014-FEFO-00559", "refer to your FEMA
  reference number"), https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
  and FEMA's FOIA page,
  https://webarchive.library.unt.edu/web/20161104232833/https://www.fema.gov/freedom-information-act
- d05 DHS appeal acknowledged by the Coast Guard's judges: the Office of the Chief Administrative Law Judge's appeal
  letters ("RE: DHS FOIA APPEAL 2016-FEAP-00022", "Pursuant to a memorandum of agreement, the United States Coast Guard
  Office of the Chief Administrative Law Judge is reviewing FOIA appeals for the Department of Homeland Security General
  Counsel"), https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response, and an I&A appeal
  (2015-HQAP-00091 of 2014-IAFO-0246), http://church-publishing.com/tag/department-of-homeland-security/
- d06 DHS OIG interim release: the OIG's reports on DHS FOIA processing,
  https://pdfslide.net/documents/department-of-homeland-security-ofice-of-inspector-general-freedom-of-information.html
  and https://oig.dhs.gov/taxonomy/term/626, and 6 C.F.R. part 5 (above).
- d07 CBP fee-waiver denial: 6 C.F.R. 5.11(k) in the DHS rule,
  https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html and
  http://federal.elaws.us/fr/11/22/2016/2016-28095
- d08 USCIS no records: the National Records Center's FOIA pages (control numbers beginning NRC, COW, APP; Lee's
  Summit address), https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, and the split of the former INS's
  records, http://ilw.com/articles/2005,0726-sheldon.shtm
- d09 BOP final answer: the Bureau's FOIA exemptions page and its FOIA/PA Section address,
  https://www.bop.gov/foia/index.jsp and
  https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html, and OIP's appeal wording,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- d10 DEA release in full: DEA's FOIA pages (FOI/Records Management Section, (571) 776-2300),
  https://dea.gov/es/foia/what-happens-after, and 28 C.F.R. part 16,
  https://www.ecfr.gov/current/title-28/chapter-I/part-16
- d11 OIP appeal decision: the Department's fee-waiver guidance (public domain records, dissemination),
  https://pdfslide.net/documents/fees-and-fee-waivers-justice-and-fee-waivers-introduction-certain-fees2-a.html and
  http://www.justice.gov/oip/foia-guide-2004-edition-fees-and-fee-waivers, and OIP's appeal letters,
  https://assets.documentcloud.org/documents/4066778/DOJ-Response-Regarding-Affirmative-Action.txt
- d12 EOUSA clarification: EOUSA's letters ("Re: Request Number: EOUSA-2018-005579 / Subject of Request: ...", Suite
  5.400, 3CON Building, (202) 252-6020), https://ja.scribd.com/document/390911514/Denial-to-expedite, and its FOIA
  questions (case files kept by the 94 offices, records reasonably described),
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions
- d13 Civil Rights Division expedite denial: 28 C.F.R. 16.5(e) in the Department's rule,
  https://sgp.fas.org/news/2015/04/doj-foia.html, the EOUSA expedite denial (above), and the Division's FOIA
  letters, https://de.scribd.com/document/360720120/DOJ-FOIA-Response-to-Lawyers-Committee-for-Civil-Rights-Under-Law
- d14 ATF interim release: the Disclosure Division's declarations and releases on licensee inspection records,
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/ and
  http://ecases.us/case/dcd/c3020207/brady-center-to-prevent-gun-violence-v-us-department-of-justice

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ff6c1a62: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout482"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
