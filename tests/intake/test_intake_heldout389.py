"""The three-hundred-and-eighty-ninth held-out set: 14 letters (letters/heldout389) on how exemptions are cited, federal
and state mixed, from fourteen offices, in the formats they really send: a USCIS National Records Center A-file release
(PDF) under (b)(3) with 8 U.S.C. § 1367, (b)(6), (b)(7)(C) and (b)(7)(E), with pages referred to ICE; an IRS Disclosure
Office e-mail with its final response attached as PDF, withholding under "FOIA exemption (b)(3) in conjunction with
Internal Revenue Code (IRC) section 6103(a), and FOIA exemption (b)(7)(A)"; a CISA final response in Word whose
exemptions are explained in a table, (b)(3) with the PCII provisions of 6 U.S.C. § 673 and the contractor-proposal
statute 41 U.S.C. § 4702, (b)(4) and (b)(6); a Defense Intelligence Agency partial release under (b)(1), (b)(3) with 10
U.S.C. § 424 and 50 U.S.C. § 3024(i), and (b)(6); an ICE final response (PDF) to a lawyer for a detained person, the
records exempt from the Privacy Act's access under (j)(2) and (k)(2), the FOIA exemptions explained as "FOIA Exemption
7(C)" and marked "b6; b7c" on a withholding index page; a DEA release to a federal defender under "5 U.S.C. 552a(j)(2)
and 5 U.S.C. 552(b)(6) and (b)(7)(C), (D) and (F)"; an EPA Region 5 e-mail acknowledging a request and taking ten more
working days to consult the submitter, naming Exemptions 4 and 3 only as what "may" apply; a Bexar County Sheriff's
Office GovQA release under Tex. Gov't Code §§ 552.108(a)(2), 552.130, 552.1175, 552.117(a)(2) and 552.147; an Alameda
County Sheriff's Office CPRA response (PDF) citing "(Gov. Code, § 7923.600.)", Penal Code section 832.7 with § 7927.705,
§ 7927.700 and § 7922.000; a New York DOCCS FOIL Appeals Officer's decision granting an appeal in part under Public
Officers Law §87(2)(b), (f) and (g); a Cook County Sheriff's Office e-mail with its response attached in Word, redacting
under 5 ILCS 140/7(1)(b), (c), (d)(vi) and (e); an Orange County (Florida) Sheriff's Office release of reports with the
body-worn camera recordings still to come, redacted under "s. 119.071(2)(c)1., F.S." and four other Florida sections;
a City of Spokane final installment in Word with its exemption log (RCW 42.56.230(7)(a), 42.56.240(1) and (2),
42.56.250(4), 42.56.290 and RCW 5.60.060(2)(a)); and a City of Allentown Right-to-Know Law response citing "Section
708(b)(16) of the RTKL, 65 P.S. § 67.708(b)(16)", CHRIA, 708(b)(18)(i) and 708(b)(6)(i)(A). Written blind and committed
before the rules were run on them.

- e01-uscis-final-afile-1367.pdf: USCIS NRC final response, NRC2026198733, 458 pages, 388 in full, 29 in part, 19
  withheld (a third party's Form I-918 under 8 U.S.C. § 1367), 22 referred to ICE.
- e02-irs-final-6103.eml: IRS final response (attached as PDF), F26318-0042, 112 pages, 38 in full, 9 in part, 65
  withheld, (b)(3) with IRC 6103(a) and (b)(7)(A), Notice 393.
- e03-cisa-final-pcii-proposal.docx: CISA final response, 2026-CISA-FO-01142, 283 pages, 131 in full, 96 in part, 56
  withheld, exemptions in a table.
- e04-dia-final-partial-424.txt: DIA final response, FOIA-00531-2027, 38 pages, 31 in part, 7 withheld, 11 pages
  referred to CENTCOM.
- e05-ice-final-withholding-index.pdf: ICE final response, 2027-ICFO-08814, 137 pages, 101 in full, 29 in part, 7
  withheld, Exemptions 5, 6, 7(C), 7(E), a withholding index on page 2.
- e06-dea-final-privacy-act-j2.txt: DEA final response, 27-00183-P, 64 pages, 21 in full, 29 in part, 14 withheld,
  Privacy Act (j)(2) and FOIA (b)(6), (b)(7)(C), (D) and (F).
- e07-epa-ack-extension-cbi-may-apply.eml: EPA Region 5 acknowledgement, EPA-R5-2027-002318, received December 2, 2026,
  ten more working days for submitter notice under 40 C.F.R. § 2.204; Exemptions 4 and 3 only "may" apply.
- e08-tx-bcso-govqa-release.eml: Bexar County Sheriff's Office GovQA release, R017734-110926, 46 pages redacted.
- e09-ca-acso-cpra-partial.pdf: Alameda County Sheriff's Office CPRA response, 26-4418, 212 pages, 171 produced, 41
  withheld.
- e10-ny-doccs-foil-appeal-partly.txt: NYS DOCCS FOIL appeal decision, A-26-1147 on FOIL Log No. 26-10-0872, granted in
  part (14 pages released), §87(2)(f) and (g) upheld, §87(2)(e) no longer relied on.
- e11-il-ccso-foia-partial.eml: Cook County Sheriff's Office response (attached in Word), FOIA #26-10447, 58 pages
  redacted, video withheld under 7(1)(e).
- e12-fl-ocso-public-records-redactions.txt: Orange County Sheriff's Office release of 83 pages, PRR-26-11873, the
  body-worn camera recordings to follow.
- e13-wa-spokane-pd-exemption-log.docx: City of Spokane third and final installment, P028841-100526, 137 pages
  redacted, 6 withheld, exemption log table.
- e14-pa-allentown-rtkl-partial.txt: City of Allentown RTKL response, RTK-2026-1187, 4 pages released with redactions,
  23 withheld, 911 recordings withheld, no personnel records.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 USCIS NRC release: the USCIS FOIA Request Guide (exemptions USCIS uses most often, appeals),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html , OGIS on immigration records,
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion , and the NRC letters of earlier sets
  (control number top right, "We have completed the review of all documents and have identified ... pages").
- e02 IRS final response: TIGTA's exemption code explanations ("FOIA exemption (b)(3) in conjunction with I.R.C. §
  6103"), https://www.tigta.gov/foia-exemption-code-explanations , IRM 11.3.13,
  https://www.eitc.irs.gov/zh-hans/irm/part11/irm_11-003-013 , and the IRS letters of earlier sets (Notice 393, the
  contact block with employee ID and case number).
- e03 CISA final response: the Critical Infrastructure Information Act and PCII, CRS report RL33670,
  https://www.everycrsreport.com/files/20060927_RL33670_65bc803de85abf2af0b4b722ca8e7fe948d6e4fc.html ; the contractor
  proposal statute, https://www.justice.gov/oip/blog/foia-update-new-statute-protects-contractor-proposals and
  https://cetient.com/case/2660016/hodes-v-us-department-of-treasury ;
  the DHS component letter formulas of earlier sets.
- e04 DIA partial release: 10 U.S.C. § 424 as DIA's Exemption 3 statute,
  https://cetient.com/case/2314270/wickwire-gavin-pc-v-defense-intelligence-agency , and
  https://foia.wiki/wiki/Exemption_3 ; DIA's case numbers and appeal address as in earlier sets.
- e05 ICE final response: the ICE letter formulas of earlier sets (the Privacy Act paragraph on the EID system of
  records, "ICE has applied Exemption 7(C) to protect ...", the OPLA appeal address, "because the cost is below the $25
  minimum, there is no charge"), and the AILA/IRAP account of immigration FOIA processing,
  https://www.aila.org/blog/foia-behind-the-scenes-how-uscis-and-dos-process-immigration-related-requests
- e06 DEA release: the DOJ component letter formulas (552(c) notice, OGIS and OIP appeal paragraphs) as in earlier sets,
  and the DEA's Privacy Act system exempted under (j)(2); https://foia.wiki/wiki/Exemption_3 for the layout of cited
  subsections.
- e07 EPA acknowledgement and extension: 40 C.F.R. § 2.204 (notice to affected businesses) and the EPA acknowledgements
  of earlier sets; the unusual circumstances of 5 U.S.C. § 552(a)(6)(B).
- e08 Bexar County GovQA release: the Texas release letters of earlier sets (Open Records Letter rulings, "as permitted
  by section 552.130(c)"), and the GovQA layout ("--- Please respond above this line ---").
- e09 Alameda County CPRA response: the recodified CPRA, https://whiningjournalshook.pages.dev/537871.html , and Penal
  Code section 832.7 after SB 1421, http://ecases.us/case/calctapp/c8457049/becerra-v-super-ct
- e10 DOCCS FOIL appeal decision: NYCRR appeal rules ("A denial in whole or in part of a request on appeal shall set
  forth the exemption relied on"), https://law.cornell.edu/regulations/new-york/21-NYCRR-501.8 , and
  https://www4.erie.gov/clerk/how-appeal-foil-decision ; the FOIL appeal decisions of earlier sets.
- e11 Cook County Sheriff's Office response: 5 ILCS 140/7(1) and 9.5(a), and the Illinois denials of earlier sets
  ("Section 7(1)(e) of FOIA, 5 ILCS 140/7(1)(e), exempts ...").
- e12 Orange County Sheriff's Office release: s. 119.071, F.S., https://textbookdiscrimination.com/Laws/FL/01190714 ,
  the Government-in-the-Sunshine Manual,
  https://app.collierclerk.com/LFBMR/DocView.aspx?id=227157&dbid=0&repo=BMRPROD , and
  https://legalclarity.org/what-is-florida-statute-119-0714d
- e13 City of Spokane final installment: chapter 42.56 RCW,
  https://wa-law.org/rcw/42_public_officers_and_agencies/42.56_public_records_act.html , and MRSC's Public Records Act
  guide (exemption logs, RCW 42.56.210(3)), https://laurenscitycats.org/list-of-public-records-6591
- e14 City of Allentown RTKL response: Management Directive 205.36,
  http://www.osfc.pa.gov/About%20OSFC/Public%20Information/Right%20To%20Know/Pages/Management-Directive.aspx , section
  708(b) of the RTKL,
  https://www.buckscountycouriertimes.com/story/news/2013/03/04/what-s-in-right-to/17972161007/ , and the Pennsylvania
  letters of earlier sets (CHRIA, the OOR appeal paragraph).

Blind score (written before the rules were run on it): 10 of 14 fully right, and all 14 matched to their request by the
number they print. Wrong were:
- e03 (e03-cisa-final-pcii-proposal.docx): exemptions ['(b)(3) 41 U.S.C. § 4702', '(b)(4)', '(b)(6)'] != ['(b)(3) 6
  U.S.C. § 673', '(b)(3) 41 U.S.C. § 4702', '(b)(4)', '(b)(6)']: the table row "| (b)(3) | Critical Infrastructure
  Information Act of 2002, 6 U.S.C. § 673 | Information voluntarily submitted ..." lost its statute behind the Act's
  name and year.
- e07 (e07-epa-ack-extension-cbi-may-apply.eml): kinds ['extension', 'final_determination'] != ['acknowledged',
  'extension']; received None != '2026-12-02'; exemptions ['(b)(3) 42 U.S.C. § 7412(r)(7)(H)', '(b)(4)'] != None: "EPA
  has not yet determined whether any of this information will be withheld." read as a determination, with the
  exemptions that only "may" apply ("Information claimed as CBI may be exempt from disclosure under Exemption 4 of the
  FOIA"); "The U.S. Environmental Protection Agency (EPA), Region 5, received your Freedom of Information Act (FOIA)
  request on December 2, 2026, and assigned it the tracking number ..." not read as an acknowledgement.
- e09 (e09-ca-acso-cpra-partial.pdf): exemptions [..., 'Government Code § 7922.525(b)'] != [...]: the CPRA's duty to
  release the segregable rest, "(Gov. Code, § 7922.525, subd. (b))", read as an exemption.
- e12 (e12-fl-ocso-public-records-redactions.txt): kinds ['final_determination'] != ['interim_release']; outcome
  'partial_grant' != None: "The body-worn camera recordings are being reviewed and redacted, and you will be contacted
  separately with an estimate of the cost of that review." after "The records responsive to your request, consisting of
  83 pages of reports and supplements, are enclosed." did not make the release a first part.

After general fixes (California's duty to release the segregable rest, "(Gov. Code, § 7922.525, subd. (b))", its
written denial (§ 7922.540) and its bar on delay (§ 7922.500) are procedure, never an exemption; an Exemption 3 statute
after its act's title without an article, "| (b)(3) | Critical Infrastructure Information Act of 2002, 6 U.S.C. § 673
|"; a release not yet decided is no determination, "EPA has not yet determined whether any of this information will be
withheld", so the letter's receipt and ten more working days are its acknowledgement and extension, and the exemptions
that only "may" apply are logged nowhere; records sent while part of what was asked for is still being worked on are a
first part, "The body-worn camera recordings are being reviewed and redacted", unless the office says its review is
complete or the rest is with another agency), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout389"
# What the rules reached on this set when it was scored once, blind (10), and after its fixes; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("open_question", [
    "EPA has not yet determined whether any of this information will be withheld.",
    "The Department has not decided if the report is exempt from disclosure, and the submitter has ten working days "
    "to object.",
])
def test_a_release_not_yet_decided_is_no_determination(open_question: str) -> None:
    body = (f"We received your request on December 2, 2026. Some of the records may contain confidential business "
            f"information. {open_question} We are extending the time to respond by ten working days.")
    assert [event.kind for event in events_in(body)] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


def test_a_release_decided_is_a_determination() -> None:
    # the near miss: the question decided
    body = "The Department has determined that the report is exempt from disclosure, and it is withheld in full."
    assert [event.kind for event in events_in(body)] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("rest", [
    "The body-worn camera recordings are being reviewed and redacted, and you will be contacted separately with an "
    "estimate of the cost of that review.",
    "The video footage is still being processed and will be sent to you when it is complete.",
])
def test_records_sent_while_the_rest_is_still_worked_on_are_a_first_part(rest: str) -> None:
    body = f"Enclosed are 83 pages of reports and supplements responsive to your request. {rest}"
    assert [event.kind for event in events_in(body)] == [EventKind.INTERIM_RELEASE]


@pytest.mark.parametrize("done", [
    "The enclosed records were reviewed and redacted under s. 119.071(5)(a), F.S.",
    "The 22 pages referred to ICE are being reviewed by that agency, which will respond to you directly.",
    "The Department has completed its review of the responsive records. Audio and video recordings responsive to your "
    "request are being reviewed separately by the video redaction staff and will be produced under separate cover.",
])
def test_records_reviewed_or_in_another_agencys_hands_leave_the_answer_final(done: str) -> None:
    # the near misses: the review done, or the rest with another agency for its own answer
    body = f"Enclosed are 83 pages of reports and supplements responsive to your request. {done}"
    assert [event.kind for event in events_in(body)] == [EventKind.FINAL_DETERMINATION]
