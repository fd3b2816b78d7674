"""The two-hundred-and-eightieth held-out set: 14 letters (letters/heldout280) that carry several events at once or
come after the first answer, written after the fixes of set 279 were merged, by a writer who had read the rules it
needed (so its score is recorded apart from the blind ones), and committed before the rules were run on it. Nine
federal (DHS, DOJ, DoD, HHS, Education, EPA, Labor) and five from state agencies of five states: a DHS OIG
acknowledgement e-mail granting expedited processing, holding the fee waiver in abeyance and placing the requester in
the news media category; an HHS Office of the Secretary fee estimate on a request narrowed by telephone; a DoD OIG
final response (PDF) with pages releasable in full, in part and withheld, and 12 pages referred to the Army for direct
response; an FBI letter administratively closing a request that is now in a lawsuit; a Wage and Hour Division e-mail
confirming a withdrawal above the requester's quoted message; an EPA Region 9 counsel's e-mail with a third interim
production in litigation (page counts over a thousand); a Department of Education letter transferring a request to
its Inspector General's FOIA office; a Department of the Navy acknowledgement e-mail taking ten more working days and
placing the requester in the commercial category with a fee estimate; an NIH acknowledgement asking to clarify a
request that does not reasonably describe the records; a Michigan DHHS notice of extension under MCL 15.235(2)(d) in
Word; a GBI three-business-day response under O.C.G.A. § 50-18-71 with a timetable and a cost estimate; a New Jersey
DEP closure of an OPRA request for want of the clarification asked for; an Illinois DPH five-business-day extension
under 5 ILCS 140/3(e) (PDF); and an Ohio Department of Public Safety final response e-mail replying above the
requester's quoted question.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 DHS OIG acknowledgement: the expedite standard of 6 C.F.R. § 5.5(e) and the DHS acknowledgement formulas of
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt ("We will hold your request for a fee waiver in
  abeyance pending the quantification of responsive records").
- b02 HHS fee estimate: https://oig.hhs.gov/foia/fees.asp ("if your estimated fees exceed $250.00, you will be given
  the opportunity to narrow your request") and the written-assurance rule of
  https://law.lawstack.com/node_references?cite=45+C.F.R.%3A%C2%A7+2105.47.
- b03 DoD OIG final response with a referral: the FOIAXpress "Notice of Referral of Located Documents to Another
  Activity",
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm,
  and https://www.justice.gov/oip/blog/foia-update-foia-counselor-questions-answers-3 (referral for direct response).
- b04 FBI closure in litigation: the FBI FOIPA letter layout of earlier sets and the litigation record in
  https://print.casetext.com/case/daily-caller-news-found-v-fed-bureau-of-investigation.
- b05 DOL withdrawal and b07 Education transfer: https://webarchive.library.unt.edu/eot2008/20081105075731/http://www.ita.doc.gov/ooms/ooms02.htm
  (a request withdrawn after a fee estimate) and
  https://www.justice.gov/oip/blog/foia-post-2008-oip-guidance-new-requirement-route-misdirected-foia-requests
  (routing a request to the proper component).
- b06 EPA interim production: 40 C.F.R. § 2.104,
  https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af, and the rolling
  productions under a scheduling order in
  https://www.scribd.com/document/380466159/CU-v-State-Department-FOIA-Joint-Status-Report-Victoria-Nuland-emails-etc
- b08 Navy acknowledgement: the unusual circumstances of 5 U.S.C. § 552(a)(6)(B) as summarised in
  http://www.rcfp.org/federal-foia-appeals-guide/fees/iii-effect-failure-meet-statutory-response-deadlines-fees, and
  the fee categories of https://www.poa.usace.army.mil/feesandwaivers/.
- b09 NIH clarification: https://www.govregs.com/regulations/title45_chapterVI_part612_section612.6 (acknowledgement
  with a request number) and the HHS FOIA regulation (45 C.F.R. part 5).
- b10 Michigan extension: MCL 15.235(2)(d),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
  ("take one 10 business day extension").
- b11 GBI three-day response: https://sos.ga.gov/page/georgia-open-records ("If the records exist, but are not
  immediately available, the ... response will include a description of the records and a timetable for their
  release") and http://gfaf.org/open_records_request/ (O.C.G.A. § 50-18-71(c) and (d): lowest paid employee, first
  quarter hour free, notice of costs over $25).
- b12 New Jersey OPRA closure, b13 Illinois extension and b14 Ohio final response: N.J.S.A. 47:1A-5, 5 ILCS 140/3(e)
  and R.C. 149.43 with R.C. 2743.75, as in earlier sets from those states.

Score (written after the rules were read, so not a blind score): 9 of 14 fully right, and 14 of 14 matched to its
request by its number. Wrong were:
- b04 (FBI closure in litigation): nothing proposed, instead of a final determination with outcome other: "Because your
  request is now in litigation, it is administratively closed in our FOIPA case tracking system." after "The FBI has
  been advised that you have filed a civil action in the U.S. District Court for the District of North Dakota
  concerning this request".
- b05 (Wage and Hour Division e-mail confirming a withdrawal): an acknowledgement instead of a final determination
  withdrawn: "This e-mail confirms that, in your message of November 30, 2026, you withdrew your Freedom of
  Information Act request, FOIA Request No. 2027-F-00772, for the Wage and Hour Division's investigative file ..." and
  "Per your request, the Wage and Hour Division has stopped processing the request and has closed it."
- b08 (Navy acknowledgement with extension and fee estimate): no acknowledgement and no day of receipt (expected
  November 24, 2026): "The Department of the Navy (DON) FOIA Office received your request for "all contracts, task
  orders, modifications and performance assessment reports for pier maintenance dredging at Naval Station Norfolk,
  2022 to present" on November 24, 2026, and assigned it tracking number DON-NAVY-2027-001284."
- b11 (GBI three-day response e-mail): the tracking number taken from the case the records belong to, 25-0044-06-22,
  before the request's own ORR-2026-3318 (named in the subject line "Open Records Request ORR-2026-3318"): "You
  requested the case file, including reports, photographs and 911 recordings, for GBI Case No. 25-0044-06-22, the
  officer-involved shooting in Chatham County on March 14, 2025."
- b12 (New Jersey DEP closure of an OPRA request for want of clarification): outcome no records instead of withdrawn,
  from the recital of the earlier letter: "On November 2, 2026, the Department wrote to you explaining that your
  request ... did not identify specific government records and would require the Department to conduct research,
  which OPRA does not require." before "The Department has not received a response from you. Accordingly, your OPRA
  request W226014 has been closed."
After general fixes (a request "is administratively closed" or "has been administratively closed" said with "it",
and an office that "has stopped processing the request and has closed it", close it; a list of records closed by a
comma before the case they belong to, named with the office's initials ("recordings, for GBI Case No. ..."), names the
records' case, not the request; the request itself failing to identify records ("your request, which sought ..., did
not identify specific government records") is no search that found none; the day of receipt after records described in
quotation marks, with the sentence going on ", and assigned it tracking number ...", is read however long the
description), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout280"
# What the rules reach on this set now (first score: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
