"""The four-hundred-and-twenty-seventh held-out set: 14 letters (letters/heldout427) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices that earlier sets of
this focus did not use, in the formats they really send: a Missile Defense Agency interim letter acknowledging a
request for source selection records and taking ten more working days for contractor notice; an Alcohol and Tobacco
Tax and Trade Bureau e-mail estimating $288.00 for a commercial-use requester and holding the request until he agrees;
a Federal Energy Regulatory Commission final answer (PDF) releasing pipeline inspection records in part, with Critical
Energy Infrastructure Information withheld under Exemption 3 and the FAST Act; a Farm Service Agency letter, through
the FPAC Business Center, finding no state guidance on loan deferrals; a Western Area Power Administration second
partial response in Word, with a table of the rate-setting records and Exemptions 5 and 6; an Administration for
Community Living e-mail asking a reporter to narrow an overbroad request within 20 working days; an Office of Natural
Resources Revenue grant in full of restructured accounting orders; a Commodity Futures Trading Commission letter
acknowledging a request and granting expedited processing to a reporter; a Defense Information Systems Agency denial
in full (PDF) of an outage after-action report under 10 U.S.C. § 130e and Exemption 5; a Labor e-mail acknowledging an
Office of Workers' Compensation Programs request and granting a fee waiver to a legal aid program; a Commerce Office of
the General Counsel letter acknowledging an appeal of an Economic Development Administration denial; a National Credit
Union Administration appeal decision in Word, granted in part, releasing a merger vote certification and part of an
approval letter and upholding Exemptions 4, 5 and 8; a Federal Housing Finance Agency final answer (scanned PDF)
releasing supervisory letters in part under Exemptions 5, 6 and 8; and an EPA Office of General Counsel appeal
decision affirming a Region 3 search. Written blind and committed before the rules were run on them.

- c01-mda-ack-extension.txt: MDA FOIA Case No. 27-013-F, received December 2, 2026, extended ten working days under 32
  C.F.R. 286.10, response on or about January 21, 2027.
- c02-ttb-fee-estimate.eml: TTB 2027-TTB-0041, received November 23, 2026, commercial use, $288.00 estimated (search and
  review at $48.00 an hour), payment or agreement in advance under 31 C.F.R. 1.7.
- c03-ferc-final-partial.pdf: FERC FOIA No. FY27-08, 212 pages: 163 in full, 21 in part, 28 withheld (CEII), Exemption 3
  (16 U.S.C. § 824o-1(d)(1)), 4 and 6.
- c04-fsa-no-records.txt: FSA 2027-FPAC-00688-F, no records of Mississippi State Office deferral guidance.
- c05-wapa-interim-release.docx: WAPA-2026-000742-F second partial response, 418 pages: 377 in full, 29 with
  redactions, 12 withheld, Exemptions 5 and 6; a table; next response by February 26, 2027.
- c06-acl-clarification.eml: ACL 2027-00163-FOIA-ACL, received December 4, 2026, request does not reasonably describe
  the records; clarify by January 14, 2027 or it is closed.
- c07-onrr-final-full.txt: ONRR-2027-00021, 57 pages released in full, no billable fee under $50.00.
- c08-cftc-ack-expedite-granted.txt: CFTC FOIA Request No. 27-00052, received December 9, 2026, expedited processing
  granted under 17 C.F.R. 145.7.
- c09-disa-final-denied.pdf: DISA FOIA Case No. 27-0038, 64 pages withheld in full, Exemption 3 (10 U.S.C. § 130e) and
  Exemption 5.
- c10-owcp-ack-fee-waiver-granted.eml: DOL 2027-F-02236 (OWCP), received December 10, 2026, fee waiver granted under 29
  C.F.R. 70.42.
- c11-doc-eda-appeal-ack.txt: Commerce OGC, appeal DOC-OS-2027-000219 of EDA request DOC-EDA-2026-002184, received
  December 14, 2026.
- c12-ncua-appeal-partly.docx: NCUA OGC, appeal 2027-APP-00011 of 27-FOI-00046, granted in part: 6 more pages (2 in
  full, 4 with redactions), 11 still withheld, Exemptions 4, 5 and 8 upheld; a table.
- c13-fhfa-final-partial-scanned.pdf: FHFA FOIA No. 2027-FOIA-027, 118 pages: 71 in full, 35 in part, 12 withheld,
  Exemptions 5, 6 and 8.
- c14-epa-appeal-affirmed.txt: EPA OGC, appeal EPA-HQ-2027-001147 of Region 3 request EPA-R3-2026-008813, adequate
  search, appeal denied.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- c01 MDA acknowledgement and extension: DoD's FOIA rule, 32 C.F.R. part 286 (286.10 unusual circumstances),
  https://www.ecfr.gov/current/title-32/subtitle-A/chapter-II/subchapter-D/part-286, and the ten-working-day extension
  and its notice as NASA's rule sets them out, https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.403
- c02 TTB fee estimate: TTB's fee categories and Treasury's 31 C.F.R. 1.7,
  https://www.ttb.gov/public-information/foia/fee-category and
  https://webarchive.library.unt.edu/web/20121006225105/http:/www.ttb.gov/foia/fee_categories.shtml, and Treasury's
  rule, https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html
- c03 FERC final answer: 18 C.F.R. 388.108 to 388.113 and the CEII rules under FAST Act section 61003,
  http://federal.elaws.us/fr/5/30/2018/2018-11537 and https://sgp.fas.org/news/2003/03/fr030303.html, and FERC's FOIA
  office as requesters write to it (FOIA-CEII@ferc.gov),
  https://pl.scribd.com/document/170929643/ELC-FERC-Ron-Binz-FOIA-request
- c04 FSA no records: the FPAC Business Center FOIA office that answers for FSA,
  https://www.fpacbc.usda.gov/foia/index.html, and FSA Handbook 2-INFO,
  https://vdocument.in/fsa-par-2-2-policy-and-applicability-continued-c-personal-documents-versus.html
- c05 WAPA partial response: DOE's Office of Hearings and Appeals deciding WAPA appeals (FIA-17-0053),
  https://www.energy.gov/oha/downloads/fia-17-0053-matter-center-biological-diversity, and WAPA's Lakewood address,
  https://thefederalregister.org/82-FR/47201
- c06 ACL clarification: HHS's 45 C.F.R. 5.24 (perfected requests, at least 20 working days to respond),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24, and the HHS rule,
  https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- c07 ONRR full grant: Interior's 43 C.F.R. part 2 (2.27 submitter notice) and ONRR's FOIA page,
  http://www.onrr.gov/FOIA/ and https://webharvest.gov/peth04/20041020172029/http:/www.mrm.mms.gov/FOIA/howto.htm
- c08 CFTC expedited processing: 17 C.F.R. part 145 and the FOIA Compliance Office,
  https://www.ecfr.gov:443/api/renderer/v1/content/enhanced/2021-09-24/title-17?chapter=I&part=145 and
  https://webarchive.library.unt.edu/web/20121017033149/http://www.cftc.gov/FOI/foiarequests
- c09 DISA denial: 10 U.S.C. § 130e (DoD critical infrastructure security information),
  http://uscode.lawi.us/10-usc-130e/ and
  http://law.justia.com/codes/us/2011/title-10/subtitle-a/part-i/chapter-3/section-130e/, and 32 C.F.R. 286.11
  (appeals to the component).
- c10 OWCP fee waiver: DOL's 29 C.F.R. part 70 (70.42 fee waivers), http://federal.elaws.us/fr/citation/2017-00453 and
  https://regulations.vlex.com/vid/revision-of-foia-regulations-660594233
- c11 Commerce appeal acknowledgement: 15 C.F.R. 4.10 (appeals to the Office of the General Counsel, 90 days),
  https://law.lawstack.com/laws/15-cfr_s_4-10_appeals-from-initial-determinations-or-untimely-delays-d9d84480-8fbc-4037-afec-40643b2de619,
  and the appeal address of Commerce's answers, https://www.noaa.gov/information-technology/foia-home and
  https://legacy.trade.gov/ooms/foia/tg_ooms_002518.asp
- c12 NCUA appeal decision: the Office of General Counsel's published appeal letters ("Re: 2024-APP-00002; Appeal of
  Response 24-FOI-00048", "By correspondence of ...", "Your appeal is denied in full"),
  https://ncua.gov/foia/appeals/foia-appeal-response-24-foi-00048,
  https://ncua.gov/foia/appeals/foia-appeal-response-22-foi-00012 and
  https://ncua.gov/foia/appeals/response-foia-appeal-17-0247
- c13 FHFA final answer: 12 C.F.R. part 1202 (1202.4 exemptions) and the FOIA Reference Guide,
  http://laws9.com/cfr/text/12/1202/4, https://fhfa.gov/about/foia-reference-guide and
  https://thefederalregister.org/82-FR/13743
- c14 EPA appeal decision: 40 C.F.R. part 2 (2.104 appeals to the Office of General Counsel),
  https://www.ecfr.gov/current/title-40/chapter-I/subchapter-A/part-2, and an appeal to EPA as requesters write it,
  https://ja.scribd.com/document/115994341/CEI-Appeal-EPA-Richard-Windsor-FOIA

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2b88d626: 13 of 14 fully right. Wrong were:
- c12 (c12-ncua-appeal-partly.docx): pages_released 2 != 6
After general fixes (the pages an appeal decision sends, then how, in a clause that sums to them, are all it releases,
the pages a sentence before gave as released in full among them: "Exemption 4 does not apply, and the two pages will
be released in full." ... "Accordingly, the FOIA Officer will send you 6 additional pages, 2 released in full and 4
with redactions."), 14 of 14: c12 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout427"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- Rules fixed for this set ---

import pytest  # noqa: E402

from foiatrack.intake.pages import PageCounts, read_pages  # noqa: E402


@pytest.mark.parametrize(("sentences", "released"), [
    # c12: the pages sent, then how, after a sentence that gave some of the same pages as released in full
    (["Exemption 4 does not apply, and the two pages will be released in full.",
      "Accordingly, the FOIA Officer will send you 6 additional pages, 2 released in full and 4 with redactions."], 6),
    (["The two pages will be released in full.",
      "The Office will send you 6 pages, 2 released in full, and 4 released with redactions."], 6),
    (["The 3 pages will be released in full.", "We are releasing 30 pages, 12 in full and 18 in part."], 30),
    (["We are releasing 30 pages, 12 in full and 18 in part."], 30),
    # near miss: a breakdown that does not add up to the pages given is not read as theirs
    (["We are releasing 30 pages, 12 in full and 10 in part."], 30),
])
def test_pages_released_then_how(sentences: list[str], released: int) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert counts.pages_released == released
