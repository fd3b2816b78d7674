"""The two-hundred-and-sixty-third held-out set: 14 letters (letters/heldout263) on first-party and immigration
records, ten federal and four from state agencies: a USCIS acknowledgement e-mail placing an A-file request in Track 3
(a hearing before an immigration judge); a USCIS final response (PDF) on an A-file with pages released in their
entirety, in part, withheld in full and referred to ICE and CBP, citing the Privacy Act exemption (k)(2) beside the
FOIA exemptions; ICE's final response on the pages USCIS referred to it (partially releasable and withheld in their
entirety, FOIA exemptions with Privacy Act (j)(2) and (k)(2)); a CBP SecureRelease no-records e-mail; an OBIM
acknowledgement (PDF) invoking the 10-day extension of 6 C.F.R. § 5.5(c); an EOIR record-of-proceedings release in
Word with a table of page counts; an FBI FOIPA acknowledgement (PDF, check boxes) asking for a Certification of
Identity (DOJ-361); a State Department consular (visa) records response counting documents, not pages, under INA
222(f); an ICE (OPLA) appeal decision remanding for a new search; a DOJ OIP appeal decision by e-mail affirming the
FBI under Privacy Act (j)(2) and FOIA exemptions; a Kentucky State Police denial of a criminal-history request; a
Pennsylvania State Police Right-to-Know thirty-day extension with its check-box reasons; an Arizona MVD release in
Word with a page table and DPPA redactions; and a New York DMV FOIL acknowledgement with its approximate date.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 USCIS acknowledgement and r02 USCIS final response: the USCIS FOIA Request Guide (acknowledgement letters,
  tracks, consent and verification of identity, exemptions USCIS uses most, appeals),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html, and OGIS's FOIA Ombuds Observer
  on immigration records (A-files, third-party consent, referrals between USCIS and ICE),
  https://www.archives.gov/ogis/resources/foia-ombuds-observer/2018-01-companion; USCIS's released-pages formula as
  in earlier sets' USCIS letters.
- r03 ICE final response on referred pages: ICE's final response 2010FOIA1221 ("To provide you with the greatest
  degree of access authorized by law, we have considered your request under both the FOIA, 5 U.S.C. § 552, and the
  Privacy Act", "I have determined that 585 pages are partially releasable and ... withheld in full pursuant to Title 5
  U.S.C. § 552 (b)(2)high, (b)(6) and (b)(7)(c)"),
  https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10
- r04 CBP no-records e-mail: CBP's final-response formula (earlier sets' CBP letters) and ICE/CBP SecureRelease
  notices; no CBP page found in the time available.
- r05 OBIM acknowledgement with extension: the DHS acknowledgement formula ("This acknowledges receipt of your ...
  Although ...'s goal is to respond within 20 business days ..., the FOIA does permit a 10-day extension"),
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, with 6 C.F.R. § 5.5(c).
- r06 EOIR record of proceedings: EOIR Policy Manual ch. 2.2 (FOIA requests for ROPs, A-number, DOJ-361),
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and EOIR's FOIA facts page,
  http://www.justice.gov/eoir/efoia/foiafact.htm; the DOJ component closing paragraphs (exclusions notice, OIP appeal
  within 90 days, FOIA STAR) as in earlier DOJ letters.
- r07 FBI acknowledgement asking for DOJ-361: the FBI FOIPA acknowledgement check-box letters of earlier sets, the
  FBI's identity-verification requirement (DOJ-361) described at
  https://legalclarity.org/how-to-file-a-foia-request-with-the-fbi, and 28 C.F.R. § 16.41,
  http://federal.elaws.us/cfr/28-cfr-16.41
- r08 State Department visa records: the Department's Information Access Guide (visa records, INA 222(f), Privacy
  Act requests), https://foia.state.gov/Request/Guide.aspx, and 22 C.F.R. part 171,
  https://www.customsmobile.com/regulations/expand/title22_chapterI_part171_subpartA_section171.4; the "N may be
  released in full, N with excisions, N withheld in full" documents formula of earlier State letters.
- r09 ICE appeal remand: ICE appeal numbers (2020-ICAP-00440) on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and OPLA's remand
  formula ("new searches, or modifications to the existing search, could be made ... remanding your appeal to the ICE
  FOIA Office for processing and retasking") as in earlier ICE appeal letters.
- r10 OIP appeal decision: OIP's affirmance formulas ("your request was reviewed under both the Privacy Act of 1974
  and the FOIA ... exempt from the access provision of the Privacy Act. See 5 U.S.C. § 552a(j)(2)", "I am affirming
  the FBI's action"), as in earlier OIP letters; no new page found in the time available.
- r11 Kentucky State Police: the Attorney General's decision 17-ORD-114 quoting KSP's denial ("centralized criminal
  history records are not subject to public inspection ... KRS 17.150(4) ... and KRS 61.878(1)(l)"),
  https://cforigin.kyopengov.org/law/ag/2017/17-ord-114
- r12 Pennsylvania State Police: Hull v. Pennsylvania State Police (criminal history records and PSP's responses),
  https://print.casetext.com/case/hull-v-pennsylvania-state-police, and the reasons listed in 65 P.S. § 67.902(b).
- r13 Arizona MVD and r14 New York DMV: written from the statutes they cite (18 U.S.C. § 2721, A.R.S. § 28-455,
  A.R.S. § 39-121 et seq.; Public Officers Law § 89(3)(a), VTL § 201-a); no agency page found in the time available.

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- r11 (Kentucky State Police e-mail): denied, but no exemptions, instead of "KRS 17.150(4)" and "KRS 61.878(1)(l)":
  "KRS 17.150(4) provides that centralized criminal history records are not subject to public inspection, and KRS
  61.878(1)(l) excludes from the Open Records Act public records the disclosure of which is prohibited or restricted
  by enactment of the General Assembly. Accordingly, your request is denied."
- r13 (Arizona MVD, Word): a partial grant with the DPPA and A.R.S. § 28-455, but no pages released instead of 25, read
  from the table "| Record | Pages | Redacted |" with its row "| Total | 25 | 5 |" after "The MVD has located the
  records summarized below, and they are attached to the e-mail that carried this letter."
After general fixes (a law said to put records beyond public inspection or outside the act, "are not subject to
public inspection", "are not open to public inspection", "excludes from the Open Records Act", is a ground of
withholding; a table of the records sent with a pages column and a column counting the redacted, or withheld, pages
of each, under the sentence that sends them, gives each row's pages released, those redacted in part), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout263"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
