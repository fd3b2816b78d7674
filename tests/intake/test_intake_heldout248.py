"""The two-hundred-and-forty-eighth held-out set: 14 everyday letters (letters/heldout248) from state agencies of
fourteen states the earlier sets touch least, each citing its state's statute in its real form: an Oregon DOT
acknowledgement e-mail from its public records center with an itemised fee estimate under ORS 192.324; a Colorado
CDPHE letter claiming extenuating circumstances and seven additional working days under C.R.S. § 24-72-203(3)(b); a
Minnesota BCA data-request response in Word with a page table and not-public classifications of Minn. Stat. ch. 13; a
Wisconsin Department of Corrections partial release (PDF) with the § 19.35(4)(b) mandamus notice; a Maryland
Department of the Environment ten-working-day letter under GP § 4-203(b)(2) (time, range of fees, reason; PDF); a
Connecticut DEEP FOI acknowledgement e-mail quoting the per-page copy fee; a Tennessee TDEC Public Records Request
Response Form in Word with the time reasonably necessary; a Kentucky Transportation Cabinet partial release under KRS
61.878(1) that also refers part of the request to another agency; a Louisiana DEQ no-records e-mail; a Nevada NDEP
e-mail releasing everything; a Utah Department of Public Safety GRAMA appeal decision of its chief administrative
officer (PDF); a New Mexico Environment Department IPRA three-day letter; an Indiana State Police APRA denial (PDF);
and a South Carolina Department of Corrections first installment in Word with a redaction table.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 Oregon DOT acknowledgement and fee estimate: ORS 192.324(2) (acknowledge within five business days, confirm the
  body is the custodian) and (4) (fees), https://lexace.ai/us/statute/oregon/ORS-192.324; an Oregon agency rule on
  written fee estimates and not continuing over $25 until the requester confirms,
  https://oregon.public.law/rules/oar_690-003-0180; the GovQA reference format of earlier Oregon and Maryland sets.
- s02 Colorado CDPHE extension: the CORA notice "within 3 working days ... If extenuating circumstances exist ... may
  extend the period by up to 7 additional working days",
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/
- s03 Minnesota BCA data request: Minn. Stat. ch. 13 and the Commissioner of Administration's data practices opinions
  on responses to data requests, https://mn.gov/admin/rest/rss/Opinions?id=36&detailPage=/admin/data-practices/opinions/library/index.jsp,
  and https://mitchellhamline.edu/minnesota-administrative-procedure/chapter-13-the-minnesota-government-data-practices-act-and-contested-case-hearings
- s04 Wisconsin DOC partial release: the Wisconsin DOJ Office of Open Government guidance (balancing test, review by
  mandamus, Attorney General or district attorney),
  https://www.doj.state.wi.us/office-open-government/ask-the-oog/what-can-i-do-if-authority-denies-my-public-records-request
  and the Compliance Outline, https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- s05 Maryland MDE ten-working-day letter: GP § 4-203(b)(2) (amount of time, estimate of the range of fees, reason for
  the delay), https://instalawyer.io/laws/maryland-statutes/section-4-203-timeliness-of and COMAR 09.01.04.05,
  http://mdrules.elaws.us/comar/09.01.04.05
- s06 Connecticut DEEP acknowledgement: Conn. Gen. Stat. § 1-206 (four business days),
  https://www.muckrock.com/place/united-states-of-america/connecticut/exemption/constructive-denial-16/, and the
  FOI Commission's page on state agency copy fees ($.25 a page), https://portal.ct.gov/foi/common-elements/template-v4/how-do-i_b
- s07 Tennessee TDEC response form: Tenn. Code Ann. § 10-7-503(a)(2)(B) and the records request response form of the
  Office of Open Records Counsel, https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request
  and a state agency's rule on responding, https://www.law.cornell.edu/regulations/tennessee/Tenn-Comp-R-Regs-1640-01-30-.04
- s08 Kentucky Transportation Cabinet partial release: the KRS 61.880(1) formula ("statement of the specific exception
  ... brief explanation of how the exception applies ... shall constitute final agency action"),
  https://codelibrary.amlegal.com/codes/grayson/latest/grayson_ky/0-0-0-18397, and an Attorney General open records
  decision quoting an agency's denials by KRS 61.878(1) subsection, https://kyopengov.org/law/ag/2006/06-ord-270
- s09 Louisiana DEQ no-records e-mail: La. R.S. 44:1 et seq. as the Legislative Auditor explains it,
  https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/1FAEC3C52CD7E0CF86257D9300591B55, and
  https://foiabasics.org/orr/louisiana; no LDEQ letter itself was found in the time available.
- s10 Nevada NDEP release e-mail: NRS chapter 239 and the earlier sets' Nevada letters; no NDEP page was found in the
  time available.
- s11 Utah DPS appeal decision: Utah Code § 63G-2-401 (appeal to the chief administrative officer, the weighing of
  interests), https://lexace.ai/us/statute/utah/63G-2-401, § 63G-2-205 (notice of denial),
  https://statutes.laws.com/utah/title-63g/chapter-02/63g-2-205, and a department's GRAMA appeals page,
  https://dhhs.utah.gov/oah/grama-appeals/
- s12 New Mexico NMED three-day letter: NMSA 1978, § 14-2-8(D) ("If inspection is not permitted within three business
  days, the custodian shall explain in writing when the records will be available"), https://nmfog.org/topic/3response-time/
  and a New Mexico department's IPRA page, https://ascendportatiftopix.pages.dev/421344.html
- s13 Indiana State Police denial: IC 5-14-3-9 (response within seven days; denial; Public Access Counselor),
  https://www.hspa.com/2011/12/12/qa-records-request-response-time/ and
  https://www.muckrock.com/place/united-states-of-america/indiana/exemption/constructive-denial-35/
- s14 South Carolina DOC first installment: S.C. Code Ann. §§ 30-4-30 and 30-4-40 and the earlier sets' South
  Carolina letters; no SCDC page was found in the time available.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 12 of 14 fully right. Misses:
- s04 (s04-wisconsin-doc-partial.pdf): pages released 17 (the pages redacted in part, "Of those, 17 pages have been
  redacted in part.") instead of the 58 enclosed ("Enclosed please find 58 pages of records.").
- s14 (s14-south-carolina-scdc-first-installment.docx): a fee estimate of $60.00 proposed from a deposit already paid
  ("The fees for this installment were covered by your deposit of $60.00 received on November 18, 2026."), and pages
  released 38 (the pages with redactions) instead of the 142 of the installment.

After general fixes (pages handed over in words said to the reader, "Enclosed please find 58 pages", are the whole a
following "Of those, 17 pages ..." shares out; a fee said covered by a deposit already paid is no estimate), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout248"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
