"""The two-hundred-and-fifty-first held-out set: 14 letters about appeals and reviews with mixed outcomes
(letters/heldout251), seven federal and seven from state reviewers and appeal officers: a DOJ Office of Information
Policy e-mail closing an appeal from the Marshals Service's failure to respond, as there is no adverse determination to
review; a Postal Service General Counsel decision (PDF) affirming an Exemption 3 withholding and reversing an Exemption
6 one, with 5 pages enclosed; an ICE appeal acknowledgement e-mail; an ICE Office of the Principal Legal Advisor
decision remanding for new searches; a Department of the Army Office of the General Counsel decision in Word granting an
appeal in part, 3 pages released and the Exemption 6 redactions upheld; a Department of Energy Office of Hearings and
Appeals decision and order upholding Exemptions 4 and 6 and remanding the Exemption 5 withholdings; a CBP final
response (PDF) after a remand for a new search; a Texas Attorney General letter ruling (one exception claimed and
rejected, one that may and one that must be applied); a Pennsylvania Office of Open Records final determination
granting an appeal in part, denying it in part and dismissing it as moot in part (PDF); a New Jersey Government Records
Council final decision finding one denial unlawful and another lawful; a Connecticut Freedom of Information Commission
final decision in Word dismissing a complaint after an in camera review; a Kentucky Attorney General open records
decision (PDF) finding the agency did not violate the Act in part and violated it in part; a Massachusetts Supervisor of
Records determination e-mail upholding redactions and ordering a new response on a withheld report; and a New York DEC
acknowledgement e-mail of a FOIL appeal with the day its determination is due.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 OIP closure of an appeal from a failure to respond: OIP's appeal guidance (adverse determinations, what may be
  appealed), https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and OIP's
  appeal closings by category ("Failure of the component to process initial action within statutory time limits"),
  https://www.justice.gov/archive/oip/annual_report/1994/appeals.htm
- a02 Postal Service appeal decision: Handbook AS-353 § 4-4.29 ("the General Counsel may affirm, affirm in part,
  reverse, or reverse in part the initial FOIA response of a records custodian"),
  https://about.usps.com/handbooks/as353/as353c4_039.htm, and OGIS on USPS appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- a03, a04 ICE appeal acknowledgement and remand: ICE's appeal numbers (2020-ICAP-00440) and the remand on appeal of a
  request on https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ ("In the event
  the administrative appeal is sustained and the request remanded back to ICE for processing"), and the ICE letters of
  earlier sets.
- a05 Army appeal decision: FERC's and the Army's description of what an appeal decision may do ("affirm part of the
  Officer's action identifying the applicable exemptions but order the release of other information previously
  withheld"), https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals; no Army page found.
- a06 DOE OHA decision and order: https://www.energy.gov/oha/downloads/fia-20-0013-matter-food-water-watch ("granted in
  part a Freedom of Information Act (FOIA) Appeal ... remanded the case back to OPI") and
  https://www.energy.gov/oha/downloads/fia-13-0018-matter-alliance-protect-nantucket-sound (Exemption 6 upheld, the
  unexplained withholdings remanded), and 10 C.F.R. 1004.8, https://lawserver.com/?p=28143360
- a07 CBP final response after a remand: the DHS final response formula of earlier sets ("Of those pages, I have
  determined that ... are releasable in their entirety ... partially releasable ... withheld in their entirety").
- a08 Texas letter ruling: the Attorney General's Public Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016, and the letter
  rulings of earlier sets ("We have considered the exceptions you claim and reviewed the submitted information").
- a09 Pennsylvania OOR: https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor (a final determination
  "granting in part and denying in part" an appeal), https://e.casetext.com/case/wishnefsky-v-pa-dept-of-corr-11 (an
  appeal dismissed as moot after the agency produced the records) and https://www.openrecords.pa.gov/Appeals/PostFD.cfm
- a10 New Jersey GRC final decision: https://vdocuments.site/final-decision-january-30-2015-government-records-council-.html
  ("The Custodian unlawfully denied access to portions of ... However, ... lawfully denied access to ...") and
  https://ro.scribd.com/document/335236764/Discenza-v-Lacey-BOE-Interim-Order (the Council's layout).
- a11 Connecticut FOIC final decision: the Commission's decisions of earlier sets ("After consideration of the entire
  record, the following facts are found and conclusions of law are reached", "The complaint is dismissed.").
- a12 Kentucky AG decision: the decisions summarised at
  https://kyopengov.org/blog/kentucky-attorney-generals-open-records-and-open-meetings-decisions-issued-last-week-2 and
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week ("did not
  violate the Open Records Act when ... However, the ... violated the Act when ...").
- a13 Massachusetts Supervisor of Records: G. L. c. 66, § 10A and 950 C.M.R. 32.08 and the determinations of earlier
  sets ("the Department is ordered to provide ... a response ... within 10 business days"); no new page found.
- a14 New York DEC FOIL appeal acknowledgement: Public Officers Law § 89(4)(a) (ten business days, a copy to the
  Committee on Open Government) and the FOIL appeal letters of earlier sets; no DEC page found.

Blind score: 9 of 14 fully right, and 12 of 12 matched to its request by its number (a10 and a12 name only the
reviewer's own docket, no request number). Wrong were:
- a08 (Texas Attorney General letter ruling): an appeal decision with no outcome instead of a final determination
  granted in part, and the exemptions with the exception claimed and rejected and the subsection that keeps basic
  information public: "Accordingly, the department may not withhold any of the submitted information under section
  552.101 of the Government Code in conjunction with common-law privacy." and "However, basic information about an
  arrested person, an arrest, or a crime is not excepted from disclosure. See Gov't Code § 552.108(c)." (read as
  Gov't Code § 552.101, § 552.108(c), § 552.108(a)(2), § 552.130 instead of § 552.108(a)(2), § 552.130).
- a10 (New Jersey GRC final decision): exemptions with N.J.S.A. 47:1A-10, cited for the record the Custodian unlawfully
  denied: "The Custodian unlawfully denied access to the separation agreement, which is a government record not exempt
  as a personnel record because it discloses the terms of separation of a public employee. N.J.S.A. 47:1A-10."
- a11 (Connecticut FOIC final decision, Word): two tracking numbers, the in camera records' identifiers read as one:
  "The Commission reviewed the records at issue in camera, and they have been identified as IC-2026-0388-01 through
  IC-2026-0388-14." beside "The respondents logged the request as OS-FOI-26-052."
- a13 (Massachusetts Supervisor of Records, e-mail): outcome other instead of partial grant, and no exemptions, where
  the redactions are upheld and a new response is ordered on the withheld report: "I find that the Department has met
  its burden to redact this information under Exemption (c). G. L. c. 4, § 7(26)(c)." and "Accordingly, the Department
  is ordered to provide you with a response to the request regarding the internal affairs report, ... within 10
  business days."
- a14 (New York DEC FOIL appeal acknowledgement, e-mail): no expected_by from "Accordingly, you will be provided with a
  determination on your appeal on or before December 10, 2026."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout251"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "a08-tx-oag-letter-ruling-partly.txt", "a10-nj-grc-final-decision-mixed.txt",
    "a11-ct-foic-complaint-dismissed.docx", "a13-ma-spr-determination-partly.eml", "a14-ny-dec-foil-appeal-ack.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
