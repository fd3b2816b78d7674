"""The four-hundred-and-sixty-eighth held-out set: 14 letters (letters/heldout468) from state and local public-records
offices in fourteen states, none of them Washington, under their own laws and in the formats they really send: a Los
Angeles Unified School District PRA Unit e-mail taking the fourteen days of the California Public Records Act; an El
Paso Police Department answer in part under the Texas Public Information Act, with the redactions the Act lets it make
without asking the Attorney General; a Village of Oak Park e-mail asking a reporter to clarify a request under the
Illinois FOIA; a New York State Department of Environmental Conservation FOIL answer in part (PDF); a Pennsylvania Game
Commission final response granting a Right-to-Know request in full; an Orlando Police Department JustFOIA e-mail
finding no records under chapter 119; a University of Cincinnati first production under R.C. 149.43; a Michigan
Department of Health and Human Services FOIA appeal decision in Word, granted in part; a Macon-Bibb County Sheriff's
Office Open Records Act answer in part (PDF); an NC State University acknowledgement in Word with an anticipated date;
a Saint Paul Police Department letter closing a data request as withdrawn; a Fairfax County Police Department denial
of a criminal investigative file under the Virginia FOIA; an Arizona Department of Public Safety scanned letter
stating the charges due before release; and a University of Kentucky denial under FERPA and KRS 61.878. Written blind
and committed before the rules were run on them.

- w01-ca-lausd-cpra-extension.eml: LAUSD Office of the General Counsel PRA Unit, Control # 0061932, received November
  30, 2026, determination extended fourteen days under Gov. Code § 7922.535 to December 24, 2026.
- w02-tx-elpaso-pd-pia-partial.txt: El Paso Police Department, ORR # 26-18734, granted in part: 41 pages, 9 redacted
  under Gov't Code §§ 552.130 and 552.147 without an Attorney General decision.
- w03-il-oak-park-foia-clarify.eml: Village of Oak Park, FOIA 2026-1472, received December 3, 2026; asks for a date
  range, the departments and the scope of "traffic calming complaints" (withdrawn after 30 days without reply).
- w04-ny-dec-foil-partial.pdf: NYS DEC, FOIL Request No. 26-11845, granted in part: 318 pages (27 redacted under POL §
  87(2)(b)), 14 pages withheld under POL § 87(2)(g); appeal to the FOIL Appeals Officer within 30 days.
- w05-pa-pgc-rtk-granted.txt: Pennsylvania Game Commission, PGC RTK No. 2026-0417, granted in full, 53 pages, after a
  Section 902 extension it recalls.
- w06-fl-opd-justfoia-no-records.eml: Orlando Police Department, Records Request 26-PR-09215, no responsive records
  (the device was not deployed).
- w07-oh-uc-records-first-installment.txt: University of Cincinnati, PRR 26-0892, first production of 206 pages,
  redactions under FERPA (20 U.S.C. § 1232g) and R.C. 149.43(A)(1)(v); the next production on or about January 29.
- w08-mi-mdhhs-foia-appeal-partly.docx: MDHHS, FOIA Appeal No. 2026-A-0147 of request H031847-101926, granted in part:
  the 14 pages withheld under MCL 15.243(1)(m) released, the MCL 15.243(1)(a) redactions upheld (a table).
- w09-ga-mbcso-ora-partial.pdf: Macon-Bibb County Sheriff's Office, ORR-26-1183, granted in part: a 7-page incident
  report redacted under O.C.G.A. § 50-18-72(a)(20)(A), supplements and video withheld under § 50-18-72(a)(4).
- w10-nc-ncsu-public-records-ack.docx: NC State University Office of General Counsel, request 26-1047, received
  December 4, 2026 through the portal, records anticipated on or before February 12, 2027.
- w11-mn-sppd-data-request-withdrawn.txt: Saint Paul Police Department Records Unit, DPR 26-4410, closed as withdrawn
  at the requester's e-mail.
- w12-va-fcpd-foia-denied.txt: Fairfax County Police Department, FOIA-26-08342, withheld in full as a criminal
  investigative file in an ongoing investigation, Va. Code § 2.2-3706.1(B)(1).
- w13-az-dps-records-fee.pdf: Arizona Department of Public Safety Public Records Unit (scanned), PRU 26-031874,
  received December 3, 2026, $48.00 due under A.A.C. R13-1-504 before release.
- w14-ky-uk-open-records-denied.txt: University of Kentucky, ORR 26-1288, denied: FERPA (20 U.S.C. § 1232g) through KRS
  61.878(1)(k), and KRS 61.878(1)(a).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 LAUSD extension: the PRA Unit's acknowledgement ("Date of Request", "Date Received in PRA Unit", "Control #",
  333 S. Beaudry Avenue - 20th Floor), https://muckrock.com/foi/los-angeles-91/los-angeles-teachers-strike-january-14-20-2019-los-angeles-unified-school-district-68618,
  and the fourteen-day extension in unusual circumstances,
  https://firstamendmentcoalition.org/2011/08/aa-school-district-claims-too-busy-to-fulfill-document-request/
- w02 El Paso Police Department: the City's rulings on Department records (Sections 552.108, 552.130),
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2005/htm/or200505350.htm, and the review of
  redactions made without a decision, 1 Tex. Admin. Code § 63.12,
  http://txrules.elaws.us/rule/title1_chapter63_sec.63.12
- w03 Oak Park clarification: the Village's FOIA page (Village Clerk as FOIA Officer, five business days),
  https://www.oak-park.us/Government/Information-and-Resources/Freedom-of-Information-Act-FOIA, and
  https://www.gurnee.il.us/government/transparency-portal/foia/foia-request-form/foia-form-success!
- w04 NYS DEC: 6 NYCRR 616.8 (denials, the FOIL Appeals Officer, 30 days),
  https://govt.westlaw.com/nycrr/Document/I4ec3593ccd1711dda432a117e6e0f345?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default),
  and the Department's FOIL letters ("Re: Freedom of Information Law Appeal No. ... FOIL Request No. ..."),
  http://www.dec.ny.gov/public/37221.html
- w05 Pennsylvania Game Commission: Gingrich v. Pennsylvania Game Commission (a Right-to-Know request to the
  Commission), http://print.casetext.com/case/gingrich-v-pa-game-commn, and the Commonwealth commissions' RTK
  practice, https://dev-publish.pwpca.pa.gov/en/agencies/fishandboat/about-us/directory/right-to-know.html
- w06 Orlando Police Department: the Department's policy 2302.6 on public records requests,
  https://info.5y1.org/free-police-reports-public-record_1_360e05.html, and chapter 119 (no duty to create a record),
  https://manateetest.hosted.civiclive.com/cms/One.aspx?pageId=20441259&portalId=7588390
- w07 University of Cincinnati: the Office of General Counsel's public records page,
  https://www.uc.edu/about/legal-affairs/general-counsel/public-records1.html, and Cincinnati Enquirer v. Univ. of
  Cincinnati (Title IX records, FERPA), https://print.casetext.com/case/cincinnati-enquirer-v-univ-of-cincinnati
- w08 MDHHS appeal: MCL 15.240 (the head of the public body reverses in part, 180 days to the Court of Claims),
  https://casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15240-options-by-requesting-person-appeal-actions-by-public-body-receipt-of-written-appeal-judicial-review-civil-action-venue-de-novo-proceeding-burden-of-proof-private-view-of-public-record-contempt-assignment-of-action-or-appeal-for-hearing-trial-or-argument-attorneys-fees-costs-and-disbursements-assessment-of-award-damages,
  and MDHHS request numbers (H012572-081021),
  https://www.muckrock.com/foi/michigan-117/mdhhs-public-health-policy-discussions-312020-to-8102021-117439/
- w09 Macon-Bibb County Sheriff's Office: Georgia Law Enforcement and the Open Records Act (pending investigations,
  initial incident reports), https://docslib.org/doc/1322134/georgia-law-enforcement-and-the-open-records-act, and
  https://www.readkong.com/page/georgia-s-sunshine-laws-a-citizen-s-guide-to-open-government-9908759
- w10 NC State: REG 04.00.02 (the University Records Officer in the Office of General Counsel, the portal),
  https://policies.ncsu.edu/regulation/reg-04-00-02/, and
  https://generalcounsel.ncsu.edu/legal-topics/records/public-non-public-and-confidential-information/
- w11 Saint Paul Police Department: the Data Practices Act's data requests, https://dps.mn.gov/public-access-govt-data
  and https://www.brooklyncentermn.gov/government/departments/administration/city-clerk-s-office/data-requests/-fsiteid-1
- w12 Fairfax County Police Department: the FOIA Council's guide to law-enforcement records (criminal investigative
  files, § 2.2-3706.1), https://foiacouncil.dls.virginia.gov/ref/Law-Enforcement%20Records%202024%20DOC.html, and
  http://foiacouncil.dls.virginia.gov/ops/14/AO_04_14.htm
- w13 Arizona Department of Public Safety: A.A.C. R13-1-503 (copies of reports, the charge of R13-1-504),
  http://azrules.elaws.us/rule/r13-1-503, and http://arjashahlaw.com/acquisition-of-public-documents/
- w14 University of Kentucky: the University's denial quoted in 20-ORD-031 ("exempt under the personal privacy
  exemption KRS 61.878(1)(a) as well as the federal law exemption KRS 61.878(1)(k)"),
  https://kyopengov.org/law/ag/2020/20-ord-031, and 19-ORD-194, https://kyopengov.org/law/ag/2019/19-ord-194

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 34f3fd36: 9 of 14 fully right. Wrong were:
- w04 (w04-ny-dec-foil-partial.pdf): pages_withheld 28 != 14
- w09 (w09-ga-mbcso-ora-partial.pdf): exemptions ['O.C.G.A. § 50-18-72(a)(20)(A)'] != ['O.C.G.A. § 50-18-72(a)(20)(A)',
  'O.C.G.A. § 50-18-72(a)(4)']
- w10 (w10-nc-ncsu-public-records-ack.docx): received None != '2026-12-04'
- w12 (w12-va-fcpd-foia-denied.txt): exemptions None != ['Va. Code § 2.2-3706.1(B)(1)']
- w14 (w14-ky-uk-open-records-denied.txt): outcome 'partial_grant' != 'denied'

After general fixes (what was read, with the sentence quoted; tests below), 10 of 14: w04's bulleted item "-
Inter-agency and intra-agency materials." is a label, and the sentence after it, "Fourteen pages of internal staff
memoranda and draft enforcement recommendations ... have been withheld", is the item's text, a share of what the running
text counted ("Fourteen (14) pages are being withheld in their entirety"), not 14 pages more (where the running text
counts none withheld, the item's text still counts them). w09, w10, w12 and w14 were not yet right.

Then (what was read, with the sentence quoted), 13 of 14:
- w09: the citation alone after a withholding and the one sentence of its reason ("These records are withheld." /
  "They are records of law enforcement in any pending investigation or prosecution of criminal activity, ..." /
  "O.C.G.A. § 50-18-72(a)(4).") is read with that withholding.
- w12: Virginia's exclusion said with the article ("Criminal investigative files ... are excluded from the mandatory
  disclosure provisions of FOIA by Va. Code § 2.2-3706.1(B)(1)") is a ground.
- w14: a redaction only supposed to be found wanting ("the identities of the students would be known even if the
  records were redacted") is no release in part.

Then (tests below): a request put in through a portal the office names as its own without "the"
("the public records request you submitted through NC State's public records request portal on December 4, 2026";
the name in capitals, not "your attorney's portal") came in that day: w10 right. 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, final_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout468"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_PARTIAL = ("The Department is granting your request in part. Three hundred eighteen (318) pages of responsive records "
            "are being made available to you through the Department's portal; twenty-seven (27) of those pages contain "
            "redactions.{running}\n\nRedactions and withholdings were made on the following grounds:\n\n- Personal "
            "information. Home addresses of private individuals have been redacted because disclosure would constitute "
            "an unwarranted invasion of personal privacy. Public Officers Law § 87(2)(b).\n\n{item}")
_RUNNING = " Fourteen (14) pages are being withheld in their entirety."


@pytest.mark.parametrize("item", [
    # the wording read (w04): a bullet's label, then its text counting the pages the running text counted already
    "- Inter-agency and intra-agency materials. Fourteen pages of internal staff memoranda and draft enforcement "
    "recommendations have been withheld because they are predecisional. Public Officers Law § 87(2)(g).",
    # other wordings of the same idea
    "\u2022 Deliberative materials. The fourteen pages of draft recommendations were withheld in full as "
    "intra-agency materials. Public Officers Law § 87(2)(g).",
    "* Inter-agency materials: Fourteen pages of staff memoranda have been withheld. Public Officers Law § 87(2)(g).",
])
def test_a_bullets_text_after_its_label_does_not_count_the_withheld_pages_twice(item: str) -> None:
    assert final_in(_PARTIAL.format(running=_RUNNING, item=item)).pages_withheld == 14


@pytest.mark.parametrize("item", [
    # near miss: where the running text counts no pages withheld, the item's text still counts them
    "- Inter-agency and intra-agency materials. Fourteen pages of internal staff memoranda have been withheld in "
    "their entirety because they are predecisional. Public Officers Law § 87(2)(g).",
])
def test_a_bullets_text_counts_withheld_pages_the_running_text_left_uncounted(item: str) -> None:
    assert final_in(_PARTIAL.format(running="", item=item)).pages_withheld == 14
# After the general fixes: Virginia's exclusion said with the article ("excluded from the mandatory disclosure
# provisions of FOIA by ...").

@pytest.mark.parametrize(("body", "code"), [
    ("The records are withheld in their entirety. Criminal investigative files relating to an ongoing criminal "
     "investigation are excluded from the mandatory disclosure provisions of FOIA by Va. Code § 2.2-3706.1(B)(1), and "
     "the Department has chosen not to release them.", "Va. Code § 2.2-3706.1(B)(1)"),
    ("The records are withheld in their entirety. Criminal investigative files are excluded from the public "
     "disclosure requirements of the Act by Va. Code § 2.2-3706.1(B)(1).", "Va. Code § 2.2-3706.1(B)(1)"),
    ("The report is withheld in full. Such records are excluded from mandatory disclosure by Va. Code § "
     "2.2-3706.1(B)(1).", "Va. Code § 2.2-3706.1(B)(1)"),
])
def test_excluded_from_the_mandatory_disclosure_is_a_ground(body: str, code: str) -> None:
    assert code in exemptions_in(body)


@pytest.mark.parametrize("body", [
    # a part left out of what is sent, no law said to exclude it
    "The enclosed 12 pages are released in full. The photographs were excluded from the release at your request.",
])
def test_excluded_from_the_release_alone_is_no_ground(body: str) -> None:
    assert exemptions_in(body) == []


# A redaction only supposed to be found wanting ("even if the records were redacted") makes no release in part.

@pytest.mark.parametrize("body", [
    "Your request is denied. Because the students have been publicly identified, their identities would be known "
    "even if the records were redacted, and federal regulations therefore prohibit their disclosure in any form. "
    "The records are thus exempt under KRS 61.878(1)(k).",
    "Your request is denied. The witnesses would remain identifiable even if redacted. The records are exempt under "
    "KRS 61.878(1)(a).",
    "Your request is denied. Even were the names redacted, the statements would reveal who made them. The records "
    "are exempt under KRS 61.878(1)(a).",
])
def test_redaction_only_supposed_leaves_a_denial(body: str) -> None:
    assert final_in(body).outcome == Outcome.DENIED


@pytest.mark.parametrize("body", [
    # a redaction made: released in part
    "The 12 pages are enclosed. The names of the students were redacted under KRS 61.878(1)(a).",
])
def test_redaction_made_is_still_a_release_in_part(body: str) -> None:
    assert final_in(body).outcome == Outcome.PARTIAL_GRANT


# A citation alone after a withholding and the one sentence of its reason is read with that withholding (never after
# a fee's or a cost's sentences: sets 252's b11 and 316's q13, whose letter tests hold that).

@pytest.mark.parametrize(("body", "code"), [
    ("The incident report is enclosed, with home addresses redacted under O.C.G.A. § 50-18-72(a)(20)(A). The "
     "supplemental reports are withheld. They are records of law enforcement in a pending investigation, and the "
     "matter remains under active investigation. O.C.G.A. § 50-18-72(a)(4).", "O.C.G.A. § 50-18-72(a)(4)"),
    ("The 9 pages of the report are enclosed. The recordings are withheld in full. Their release would interfere "
     "with the pending prosecution. RCW 42.56.240(1).", "RCW 42.56.240(1)"),
])
def test_citation_alone_after_a_withholding_and_its_reason(body: str, code: str) -> None:
    assert code in exemptions_in(body)


@pytest.mark.parametrize("body", [
    # review rights between: the citation is the appeal's
    "The recordings are withheld in full. You may appeal this decision to the Attorney General within 30 days. "
    "KRS 61.880(2).",
    # what the law lets anyone see, between: the citation is of the open records
    "The recordings are withheld in full. The Act makes incident reports open to anyone who asks. NMSA 1978, § "
    "14-2-1.",
])
def test_citation_alone_after_review_rights_is_no_ground(body: str) -> None:
    assert not [code for code in exemptions_in(body) if code.startswith(("KRS 61.880", "NMSA"))]
@pytest.mark.parametrize("body", [
    "I write to acknowledge the public records request you submitted through NC State's public records request "
    "portal on December 4, 2026.",
    "We acknowledge the request you made via UNC Charlotte's online records portal on December 4, 2026.",
    "This confirms the public records request you submitted through Wake County's GovQA portal on December 4, 2026.",
])
def test_a_request_put_in_through_the_offices_named_portal_is_received_that_day(body: str) -> None:
    assert [(e.kind, e.received and e.received.isoformat()) for e in events_in(body, "December 9, 2026")] == [
        (EventKind.ACKNOWLEDGED, "2026-12-04")]


@pytest.mark.parametrize("body", [
    # near misses: a portal that is not the office's own (the requester's lawyer's), said in lower case
    "Your request has been assigned number 26-1047. It is the public records request you submitted through your "
    "attorney's client portal on December 4, 2026.",
])
def test_a_portal_not_the_offices_gives_no_receipt(body: str) -> None:
    assert [e.received for e in events_in(body, "December 9, 2026")] == [None]
