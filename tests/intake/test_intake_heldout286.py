"""The two-hundred-and-eighty-sixth held-out set: 14 letters (letters/heldout286) that come after the first answer,
eleven federal and three from state review offices and agencies of three states: a Postal Service General Counsel
appeal decision e-mail that affirms the Exemption 6 redactions and reverses an Exemption 5 withholding (affirmed in
part, reversed in part, the 11 pages released on appeal enclosed); a Massachusetts Supervisor of Records letter
acknowledging a petition (SPR number, day of receipt); an ICE OPLA appeal decision (PDF) remanding a no-records
response for new searches; a CBP appeal decision in Word, with the letterhead in the page header, reversing an
Exemption (b)(7)(E) withholding in full and releasing 14 pages; a Kentucky Attorney General open records decision
(26-ORD-...) finding no violation in a withholding under KRS 61.878(1)(h); a Pennsylvania Office of Open Records
final determination (PDF) granting an appeal in part and denying it in part, section 708(b)(16) upheld; an HHS
e-mail denying a fee waiver under 45 C.F.R. 5.54; an Education acknowledgement e-mail that also denies expedited
processing; a Department of Energy "still interested" e-mail with the 30-working-day closure warning; a FEMA letter
administratively closing a request not clarified; a HUD letter transferring a request to HUD's Inspector General;
an OSD/JS interim response in litigation (PDF) with "188 pages are released in full, 97 pages are released in part,
and 27 pages are withheld in full" under (b)(5) and (b)(6); a USCIS final response after an appeal remand (PDF)
with the NRC page counts; and a Washington DNR installment e-mail with three RCW citations.
Written blind and committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 USPS appeal decision: Handbook AS-353 4-4.29 (the General Counsel "may affirm, affirm in part, reverse, or
  reverse in part"; the statement of the exemptions upheld, judicial review and the OGIS paragraph),
  https://about.usps.com/handbooks/as353/as353c4_039.htm, and the USPS letters of earlier sets (2026-FPRO-...,
  2027-APP-...).
- t02 Massachusetts Supervisor of Records acknowledgement: 950 CMR 32.08(1) and (2)(a) (petition, determination
  within ten business days), https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-08, the Division's
  address and telephone in https://assets.documentcloud.org/documents/3245396/Massachusetts-Public-Records-Access-Regulations.txt,
  and the SPR numbering of https://www.statereference.com/pages/ma_prd_appeals
- t03 ICE appeal remand: the OPLA Government Information Law Division remand formula ("new searches, or
  modifications to the existing searches, could be made", "remanding your appeal to the ICE FOIA Office for
  processing and re-tasking") of the earlier ICE sets, and the ICFO/ICAP numbers on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- t04 CBP appeal reversed: the FOIA Appeals, Policy and Litigation Branch letters of earlier sets (m03) and the
  de novo review language of DHS's regulation (6 C.F.R. 5.8); no new page found in the time available.
- t05 Kentucky AG decision: the decision format (number, "In re: Requester/Agency", "Summary: ... did not violate
  the Open Records Act when ...", KRS 61.880(5) and 61.882 appeal paragraph) in
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week and
  https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
- t06 Pennsylvania OOR final determination: the OOR's "granted in part and denied in part" dispositions and the
  thirty-day appeal to the Court of Common Pleas, https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor
  and https://openrecordspennsylvania.com/2016/03/17/873-appeals-granted-withdrawn-or-found-moot-in-2015
- t07 HHS fee-waiver denial: the FOIAXpress "Denial of Fee Waiver Request" correspondence type,
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm
  and 45 C.F.R. 5.54.
- t08 Education acknowledgement with expedite denied: the FOIAXpress "Receipt of Request" text (same page as t07)
  and ED's regulation 34 C.F.R. part 5; the expedite standard as in the earlier sets' denials.
- t09 DOE still-interested e-mail: the still-interested letters quoted in
  https://www.rcfp.org/journals/news-media-and-law-fall-2014/agencies-want-know-are-you-st/ and OIP's guidance as
  summarised by OGIS (30 working days, reopening at the prior place in the queue),
  https://foia.blogs.archives.gov/2020/01/23/still-interested-new-year-resolutions
- t10 FEMA administrative closure: DHS's regulation allowing closure when a request is not clarified (6 C.F.R.
  5.3(c)) as described in https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- t11 HUD transfer to the OIG: the FOIAXpress referral correspondence (same page as t07) and 24 C.F.R. part 15.
- t12 OSD/JS interim response in litigation: the OSD/JS FOIA Division letters of earlier sets (26-F-..., the
  litigation number) and the litigation paragraph of the FBI sets; no new page found.
- t13 USCIS final after remand: the National Records Center letter ("We have reviewed and have determined to
  release all information except those portions that are exempt pursuant to 5 U.S.C. § 552 (b)(6), (b)(7)(C) ...",
  the exemption paragraphs) of earlier USCIS sets, and
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html
- t14 Washington DNR installment: RCW 42.56.080 installments and the installment e-mails of earlier Washington sets
  ("anticipates providing the next installment on or before ..."); no new page found.

Not yet scored.

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 2f38c300). Blind score: 11 of 14 fully
right, and 14 of 14 matched to its request by its number. Misses:
- t02 (Massachusetts Supervisor of Records): no received day from "Your petition was received by this office on
  November 30, 2026." in the acknowledgement of a petition (appeal).
- t07 (HHS fee waiver decision): granted instead of denied, from the regulation's standard recited: "The HHS FOIA
  regulations at 45 C.F.R. § 5.54 provide that we will waive or reduce fees if disclosure of the information is in
  the public interest ..." (the verdict, "your request for a fee waiver is denied", comes later).
- t12 (OSD/JS interim response in litigation, PDF): a final determination, partial grant, instead of an interim
  release: "This is the fourth interim response to your Freedom of Information Act (FOIA) request ..." with
  "Processing of the remaining records continues, and the next interim response is due to be made on or before
  January 5, 2027".
After general fixes (a rule stating when fees are waived, "we will waive or reduce fees if ...", is a standard, no
decision; a petition's day of receipt is an appeal's; "final determinations" in the plural, others', make no letter
final), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout286"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
