"""The three-hundred-and-eighty-first held-out set: 14 letters (letters/heldout381) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Department of Health and Human
Services e-mail acknowledging a FOIA appeal with its appeal number and day of receipt; a Department of the Navy Office
of the Judge Advocate General (Code 14) appeal decision (PDF) affirming Exemptions 5 and 6 on a command investigation;
a Department of Transportation Office of the General Counsel appeal decision in Word granting in part an appeal from
NHTSA, upholding Exemption 4 and releasing segregable factual material under Exemption 5, with a page table; a
Transportation Security Administration letter denying a fee waiver under 6 C.F.R. 5.11(k); an Office of the Director of
National Intelligence e-mail (letter attached as PDF) denying expedited processing to a journalist; an EEOC Office of
Legal Counsel letter dismissing an appeal as untimely under 29 C.F.R. 1610.11(a); an Ohio Court of Claims Decision and
Entry (PDF) adopting a special master's report in an R.C. 2743.75 public-records case, in favour of the requester in
part (docket only); a Chicago Police Department e-mail (letter attached in Word) releasing records after an Illinois
Public Access Bureau determination, with a redaction table; a USDA Animal and Plant Health Inspection Service e-mail
asking whether the requester is still interested, with the 30-day close; an ATF Disclosure Division letter
administratively closing a request because it is now in a lawsuit; a NASA Johnson Space Center supplemental response
(PDF) releasing pages withheld before, after OGIS's assistance; a City of Austin release after a Texas Attorney General
letter ruling; a Consumer Financial Protection Bureau third interim production in FOIA litigation; and a Secret
Service final response in Word after an appeal remanded the request, with an exemption table and the 552(c) notice.
Written blind and committed before the rules were run on them.

- q01-hhs-appeal-ack.eml: HHS appeal acknowledgement, appeal 2027-00041-A-OS, received November 25, 2026.
- q02-navy-appeal-affirmed.pdf: Navy OJAG Code 14, appeal DON-NAVY-2027-000318 denied, Exemptions (b)(5) and (b)(6)
  affirmed.
- q03-dot-appeal-partly.docx: DOT OGC, appeal DOT-OST-2027-000027 granted in part and denied in part, 21 pages released
  in part, 31 + 12 pages still withheld in full, Exemptions 4 and 5.
- q04-tsa-fee-waiver-denied.txt: TSA fee waiver denied (no showing of dissemination to a broad audience).
- q05-odni-expedite-denied.eml: ODNI expedited processing denied (no urgency to inform the public shown).
- q06-eeoc-appeal-untimely.txt: EEOC appeal 820-2027-000061A dismissed as untimely, 24 days after the 90-day period.
- q07-oh-court-of-claims-entry.pdf: Ohio Court of Claims Case No. 2026-00744PQ, special master's report adopted, records
  to be produced with peace officers' residential information redacted under R.C. 149.43(A)(1)(p).
- q08-il-chicago-pd-release-after-pac.eml: Chicago PD release after 2026 PAC 89115, 42 pages, 5 ILCS 140/7(1)(b) and
  7(1)(c) redactions.
- q09-usda-aphis-still-interested.eml: APHIS "still interested?" e-mail, 30 calendar days to reply.
- q10-atf-closed-litigation.txt: ATF administrative closure because the request is in litigation.
- q11-nasa-supplemental-after-ogis.pdf: NASA JSC supplemental response after OGIS, 37 pages released in part, 9 still
  withheld in full, Exemptions 4 and 6.
- q12-tx-austin-release-after-ag-ruling.txt: City of Austin release after Letter Ruling OR2026-041286, 63 pages,
  Gov't Code 552.108(a)(1) and 552.130.
- q13-cfpb-litigation-production.txt: CFPB third interim production in litigation, 612 pages processed, 411 in full,
  129 in part, 72 withheld, Exemptions 4, 5, 6, 8.
- q14-usss-release-after-remand.docx: Secret Service response on remand, 48 pages, 31 in part, 17 withheld,
  Exemptions (b)(6), (b)(7)(C), (b)(7)(E).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 HHS appeal acknowledgement: 45 C.F.R. 5.62 (appeals to the Deputy Agency Chief FOIA Officer, Office of the
  Assistant Secretary for Public Affairs, Room 729H) and HHS's appeal pages,
  http://federal.elaws.us/cfr/title-45/section-5.62, https://www.hhs.gov/foia/appeals/index.html and
  https://hhs.gov/foia/faqs/how-do-i-appeal-a-denial/index.html ("HHS has 20 working days ... may extend the
  deadline for responding to your appeal by up to 10 working days").
- q02 Navy appeal decision: 32 C.F.R. 701.12 (appellate authority delegated to the JAG and the DON General Counsel),
  http://laws9.com/cfr/text/32/701/12, and the OJAG FOIA page https://www.jag.navy.mil/foia/; the OGIS paragraph of
  the appeal letters of earlier sets.
- q03 DOT appeal decision: the DOJ OIP summary of Greenspan v. DOT (NHTSA's Exemption 4 withholdings of a
  manufacturer's information, "customarily and actually treats"),
  https://www.justice.gov/oip/greenspan-v-dot-no-22-280-2025-wl-2591784-ddc-sept-8-2025-friedrich-j, and California Air
  Resources Board v. EPA (NHTSA draft reports under the deliberative process privilege),
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2019cv00965/205919/30/
- q04 TSA fee waiver denial: the DHS FOIA Branch letter layout ("FOIA Case: 2015-TSLI-00004", Springfield address),
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html, and the DHS regulations
  (6 C.F.R. 5.11(k)), http://federal.elaws.us/fr/11/22/2016/2016-28095
- q05 ODNI expedited processing: 5 U.S.C. 552(a)(6)(E) as summarised at https://foia.wiki/wiki/Expedited_Processing,
  OIP's guidance https://www.usdoj.gov/oip/oip-guidance/oip-guidance-5, and OHA's FIA-14-0034 on an intelligence
  request not urgent, http://www.energy.gov/oha/downloads/fia-14-0034-matter-associated-press
- q06 EEOC untimely appeal: 29 C.F.R. 1610.11 ("to be considered timely it must be postmarked, or in the case of
  electronic submissions, transmitted, within 90 calendar days after the date of the response"),
  https://checkoutapi.com/regulations/29/1610.11, and EEOC's FOIA reference guide,
  http://www1.eeoc.gov/eeoc/foia/handbook.cfm
- q07 Ohio Court of Claims: the special masters' reports under R.C. 2743.75 ("I recommend that ... Respondent be
  ordered to produce ...; Requester recover her filing fee and other costs ...; and Requester be denied all other
  relief"), https://cetient.com/case/9882998/langer-v-ohio-state-univ-office-of-univ-compliance-and-integrity,
  http://www.ecases.us/case/ohioctcl/c8760635/ludlow-v-ohio-dept-of-health and
  https://law.justia.com/cases/ohio/court-of-claims/2022/2021-00699pq.html
- q08 Chicago PD after the PAC: the Public Access Bureau's determinations on CPD requests,
  https://www.chicagoreporter.com/illinois-attorney-general-to-chicago-police-fulfill-chicago-reporters-foia-request/
  and https://zrfmlaw.com/illinois-public-access-counselor-releases-fourth-opinion-of-2016/, CPD's FOIA directive
  http://directives.chicagopolice.org/lt2015/data/a7a57be2-12bcfa66-cf112-bd01-d9523bd50a7a911b.html, and the Illinois
  PAC letters of earlier sets (5 ILCS 140/9.5(a) review and 140/11 judicial review paragraph).
- q09 APHIS still-interested e-mail: OGIS's compliance review of "still interested" letters,
  https://vdocuments.mx/still-interested-part-1-national-archives.html, and the APHIS appeal address in 7 C.F.R.
  370.6, https://law.lawstack.com/laws/7-cfr_s_370-6_appeals
- q10 ATF closure for litigation: ATF Disclosure Division declarations,
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and the closures for
  litigation of earlier sets ("administratively closing your FOIA request", records to come through the case).
- q11 NASA supplemental response: 14 C.F.R. 1206.700 ("Appeal under the Freedom of Information Act", the Executive
  Secretariat, 90 days), https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.700, and the OGIS-assisted supplemental
  releases of earlier sets.
- q12 City of Austin after the AG ruling: the Texas Attorney General's Public Information Handbook (requests for a
  ruling under Gov't Code 552.301, 552.108 and 552.130),
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016, and Abbott v.
  City of Dallas, https://law.justia.com/cases/texas/third-court-of-appeals/2014/03-13-00686-cv-1.html
- q13 CFPB litigation production: 12 C.F.R. Part 1070 (confidential supervisory information),
  https://www.ecfr.gov:443/api/renderer/v1/content/enhanced/2021-09-23/title-12?chapter=X&part=1070, and the
  litigation production letters of earlier sets (monthly processing under a court order, questions to the Assistant
  United States Attorney).
- q14 Secret Service after remand: the Secret Service's FOIA exemption page,
  https://www.secretservice.gov/foia/exemptions, the Communications Center address (245 Murray Lane, Building T-5) in
  https://vdocuments.net/internal-united-states-secret-service-usss-annual-foia-reports-2009-5-11.html, and the DHS
  552(c) notice and appeal paragraphs of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at dec40611: 10 of 14 fully right. Wrong were:
- q03 (q03-dot-appeal-partly.docx): pages_withheld 12 != 43
- q07 (q07-oh-court-of-claims-entry.pdf): outcome 'full_grant' != 'partial_grant'; exemptions None != ['R.C.
  149.43(A)(1)(p)']
- q08 (q08-il-chicago-pd-release-after-pac.eml): exemptions ['5 ILCS 140/7(1)(d)(i)', '5 ILCS 140/7(1)(b)', '5 ILCS
  140/7(1)(c)'] != ['5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)']
- q11 (q11-nasa-supplemental-after-ogis.pdf): pages_released 88 != 37; pages_withheld 55 != 9

After general fixes (a table headed "Decision on appeal" is a table of what the decision did with each record, and
where the decision in part upholds the withholding of several of its rows, all their pages stay withheld even when the
text names only one of them: q03's rows "Manufacturer's confidential submissions | 31 | Withholding affirmed
(Exemption 4)" and "Draft closing memoranda, deliberative pages | 12 | Withholding affirmed (Exemption 5)" keep back
43 pages, not only "The remaining 12 pages of the draft memoranda ... continue to be withheld in full"), 11 of 14: q03
right.

After general fixes (in a release made after a review, the grounds the recalled review weighed are not the release's
own unless it applies them again: "On November 20, 2026, the Public Access Bureau issued a determination letter ...
concluding that the Department had not demonstrated ... that the records were exempt under Section 7(1)(d)(i)" gives
no 7(1)(d)(i) beside the 7(1)(b) and 7(1)(c) redactions), 12 of 14: q08 right.

After general fixes (the earlier answer named as issued on its day, with what it gave out after, is no release of this
letter: "On July 22, 2026, the Johnson Space Center (JSC) FOIA Office issued its final response to your request,
releasing 88 pages in part and withholding 46 pages in full"; and "Those pages are enclosed" after "37 of the 46 pages
previously withheld in full can now be released in part" counts the 37 picked out), 13 of 14: q11 right.

After general fixes (an order to produce records with a redaction said by what it takes out keeps the ground of that
redaction: "copies of the incident report and use-of-force reports ..., redacted only to remove the residential
addresses and personal telephone numbers of peace officers under R.C. 149.43(A)(1)(p)" is a grant in part that keeps
R.C. 149.43(A)(1)(p)), 14 of 14: q07 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout381"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
