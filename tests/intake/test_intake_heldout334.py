"""The three-hundred-thirty-fourth held-out set: 14 letters (letters/heldout334) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Nuclear Regulatory Commission
e-mail acknowledging an appeal with its appeal number and day of receipt; an OSD/Joint Staff appeal decision (PDF)
affirming Exemptions 5 and 6; a Department of the Air Force General Counsel appeal decision in Word granting an
appeal in part (findings no longer predecisional) and upholding the attorney-client withholding and Exemptions 6 and
7(C); a Department of Education appeal decision reversing an Exemption 5 withholding and releasing the 14-page
assessment; a Postal Service appeal decision remanding a no-records response for a new search; a GSA e-mail (letter
attached in Word) dismissing an appeal as untimely; a Pennsylvania Office of Open Records final determination (PDF)
granting an appeal in part and letting personal identification information be redacted (docket only); a Kentucky
Attorney General open records decision finding that a city violated the Act by not answering (docket only); a City
of Austin release in Word after a Texas Attorney General letter ruling, with a page table; an NIH letter granting a
fee waiver on its own; a CIA e-mail (letter attached as PDF) denying expedited processing to a journalist; a FEMA
e-mail asking whether the requester is still interested, with the 30-day close; a DEA third interim release (PDF) in
FOIA litigation; and a Social Security Administration supplemental release after OGIS's assistance. Written blind and
committed before the rules were run on them.

- s01-nrc-appeal-ack.eml: NRC appeal acknowledgement, appeal NRC-2027-000058 of request NRC-2026-000412, received
  November 16, 2026.
- s02-osdjs-appeal-affirmed.pdf: OSD/JS appeal 27-A-0058 of request 26-F-1832 denied, Exemptions 5 and 6 affirmed.
- s03-af-appeal-partly.docx: Air Force appeal 2027-00044-A granted in part and denied in part, Exemptions 5
  (attorney-client), 6 and 7(C) upheld, the deliberative redactions of the findings lifted.
- s04-ed-appeal-reversed.txt: Department of Education appeal 27-00019-A granted, Exemption 5 reversed, 14 pages
  released in full.
- s05-usps-appeal-remanded.txt: USPS appeal 2027-FPAP-00036, request remanded to the records custodian for a new
  search.
- s06-gsa-appeal-untimely.eml: GSA appeal GSA-2027-000052 dismissed as untimely (received 21 days after the 90 days).
- s07-pa-oor-final-determination.pdf: Pennsylvania OOR Final Determination AP 2026-2987, granted in part (the
  noncriminal-investigation exemption not proven), personal identification information redacted under 65 P.S. §
  67.708(b)(6)(i)(A).
- s08-ky-ag-ord-no-response.txt: Kentucky Attorney General 26-ORD-347, the City of Shelbyville violated the Act by
  not answering and must make the records available.
- s09-tx-austin-release-after-ag-ruling.docx: City of Austin release after Letter Ruling OR2026-031447, 42 pages
  released (3 in full), 4 withheld, Gov't Code 552.108(a)(1), 552.101, 552.130.
- s10-nih-fee-waiver-granted.txt: NIH fee waiver granted under 45 C.F.R. 5.54(b), FOIA Case No. 62471.
- s11-cia-expedite-denied.eml: CIA expedited processing denied under 32 C.F.R. 1900.34(c), F-2027-00214.
- s12-fema-still-interested.eml: FEMA "still interested?" e-mail, 30 calendar days to reply, 2026-FEFO-01873.
- s13-dea-litigation-interim.pdf: DEA third interim release in litigation, 612 pages processed, 244 in full, 301 in
  part, 67 withheld, Exemptions 6, 7(C), 7(D), 7(E), 7(F), 18 pages referred to the FBI.
- s14-ssa-supplemental-after-ogis.txt: SSA supplemental response after OGIS, 23 of 41 pages released (9 in full, 14
  in part), 18 still withheld, Exemptions 5 and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 NRC appeal acknowledgement: 10 C.F.R. 9.29 and the NRC appeal response letters ("IN RESPONSE REFER TO:
  NRC-2018-000272 (NRC-2018-000002)", "I am responding to your December 15, 2017, letter, in which you appealed the
  agency's December 4, 2017, decision"), https://kanterella.com/ML18022A019,
  https://www.nrc.gov/reading-rm/doc-collections/cfr/part009/full-text.html and the NRC FOIA desk guide,
  https://kanterella.com/ML25099A105
- s02 OSD/JS appeal decision: 32 C.F.R. 286.11 (appeals, the appellate authority for OSD and the Joint Staff),
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and the OSD/JS Requester Service Center's appeal
  page, https://cybercemetery.unt.edu/archive/oilspill/20130213222719/http://www.dod.gov/pubs/foi/submit_appeal.html
- s03 Air Force appeal decision: 32 C.F.R. 806.29 (Air Force FOIA processing, appeals),
  http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i)), and Walker v. Donovan (D.D.C. 2023) on Air
  Force investigation records under Exemptions 5, 6 and 7(C),
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2019cv03784/213823/33/
- s04 Department of Education appeal decision: the Office of the General Counsel's Division of Business and
  Administrative Law,
  https://fr.scribd.com/document/56961798/CREW-Department-of-Education-Brief-Defendant-s-Motion-for-Summary-Judgment-06-02-11,
  and the appeal letters of earlier sets (the foreseeable-harm standard of 5 U.S.C. 552(a)(8)(A)).
- s05 USPS appeal remand: Handbook AS-353 4-4.26 and the appeal section ("Adverse decisions ... may be appealed to
  the General Counsel", "within 90 calendar days", "The decision of the General Counsel constitutes the final decision
  of the Postal Service"), https://about.usps.com/handbooks/as353/as353c4_036.htm and
  https://about.usps.com./handbooks/as353/as353c4_038.htm; USPS tracking numbers as in
  https://www.foiabasics.org/node/651 ("USPS FOIA #2018-FPFD-00525")
- s06 GSA untimely appeal: 41 C.F.R. 105-60.700 ("The GSA FOIA Officer must receive the requester's appeal no later
  than 90 calendar days after receipt by the requester of any adverse determination"),
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-i-appeals/section-105-60700-submitting-an-appeal
- s07 Pennsylvania OOR final determination: the OOR's final determinations ("FINAL DETERMINATION ... IN THE MATTER
  OF ... Docket No.: AP", "INTRODUCTION", "FACTUAL BACKGROUND", the noncriminal-investigation test of Pa. Dep't of
  Health v. OOR),
  https://lawsdocbox.com/amp/76784313-Legal_Issues/Final-determination-introduction-amanda-st-hilaire-a-reporter-for-abc27-news-collectively-the-requester-submitted.html,
  https://www.parighttoknowlawblog.com/page/2/ and
  http://pa.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20100909_0001561.PA.htm/qx
- s08 Kentucky Attorney General decision: the AG's open records decisions and their summaries ("violated the Open
  Records Act when it failed to respond to a request made under the Act within five business days"),
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week and
  https://kyopengov.org/blog/kentucky-attorney-generals-open-records-decisions-issued-last-week-28
- s09 City of Austin release after an AG ruling: the Texas AG letter rulings to the City of Austin Law Department
  (P.O. Box 1088, "Your request was assigned ID#"),
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2008/htm/or200800917.htm, Gov't Code
  552.301, https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney, and the AG's Public
  Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
- s10 NIH fee waiver: the NIH FOIA fees page ("The Freedom of Information Act provides for the agency to recover part
  of the cost"),
  https://www.nih.gov/institutes-nih/nih-office-director/office-communications-public-liaison/freedom-information-act-office/fees,
  and HHS's fee-waiver factors, http://edocket.access.gpo.gov/cfr_2002/octqtr/45cfr5.45.htm
- s11 CIA expedited processing denial: 32 C.F.R. part 1900 (1900.34, requests for expedited processing; appeals to
  the Agency Release Panel), https://paperzz.com/doc/9460741/cia-code-of-federal-regulations-under-foia, and the
  State Department denial of expedition ("Regrettably, I must advise that you have not provided adequate justification
  for expedition"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
- s12 FEMA still-interested e-mail: the FEMA Disclosure Branch and its tracking numbers (2014-FEFO-00559),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ and
  https://www.fema.gov/yi/node/298448
- s13 DEA litigation interim release: DEA's page on its determination letters ("The determination letter will cite the
  number of pages reviewed with a breakdown of pages withheld and/or released. If pages were referred ... these will be
  listed as well"), https://dea.gov/es/foia/what-happens-after, and the litigation production letters of earlier sets.
- s14 SSA supplemental release after OGIS: POMS GN 03350.005 and the Office of Privacy and Disclosure,
  https://secure.ssa.gov/poms.nsf/lnx/0203350005 and http://socialsecurity.gov/foia/about.html, and OGIS's part in
  the supplemental responses of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 96bb9cfe: 10 of 14 fully right. Wrong were:
- s06 (s06-gsa-appeal-untimely.eml): kinds ['appeal_acknowledged'] != ['appeal_decision']; received '2026-11-18' !=
  None; outcome None != 'denied'
- s09 (s09-tx-austin-release-after-ag-ruling.docx): kinds ['acknowledged'] != ['final_determination']; received
  '2026-09-14' != None; outcome None != 'partial_grant'; exemptions None != ["Gov't Code § 552.108(a)(1)", "Gov't Code §
  552.101", "Gov't Code § 552.130"]; pages_released None != 42; pages_withheld None != 4
- s10 (s10-nih-fee-waiver-granted.txt): kinds ['acknowledged', 'fee_waiver_decision'] != ['fee_waiver_decision'];
  received '2026-10-28' != None
- s14 (s14-ssa-supplemental-after-ogis.txt): pages_released 119 != 23; pages_withheld 59 != 18

Its expected value for s10 was then corrected, in a commit of its own, to the earlier sets' convention (a fee-waiver
decision that states the day the request was received acknowledges it too, logged with that day: heldout204
b13-nih-waiver-partial.eml, "which NIH received on November 10, 2026", and heldout42 t07-osd-waiver-denied.docx, "Your
request was received in this office on May 6, 2026", both acknowledged beside the fee-waiver decision), 11 of 14.

After general fixes (what the rules now read: an appeal turned away as late in other words, "your appeal is untimely
and is hereby dismissed", "Your untimely appeal is therefore closed", "I am dismissing your appeal as untimely", is a
decision, not an acknowledgement of the appeal; and a later release counts only its own pages, not those of the
office's earlier answer recalled, "In our response of August 18, 2026, we released 96 pages to you in full and
withheld 41 pages in full", nor the pages withheld then that it takes up again, "we agreed to re-review the 41 pages
withheld in full"), 13 of 14; then (a release the ruling's adverb introduces, "The City is therefore releasing the
responsive information, as follows:", records whose size is set off between commas put up for download, "The released
records, 42 pages in all, are available for download", and a table's action cell with its ground in brackets, "Released
with redactions (Gov't Code § 552.130)", counting the row's pages), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout334"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_SUPPLEMENTAL = ("This is a supplemental response to your FOIA request SSA-2026-009317. {earlier} As a result of the "
                 "discussions facilitated by OGIS, {again} to determine whether any of them could be released. We have "
                 "completed our re-review. We are now releasing 23 of the 41 pages: 9 pages in full and 14 pages in "
                 "part. We continue to withhold the remaining 18 pages in full under Exemption 5.")


@pytest.mark.parametrize(("earlier", "again"), [
    ("In our response of August 18, 2026, we released 96 pages to you in full and withheld 41 pages in full under "
     "FOIA Exemption 5.", "we agreed to re-review the 41 pages withheld in full"),
    ("In its May 4, 2026 letter, the Office provided 96 pages to you and withheld 41 pages in full.",
     "we reconsidered the 41 pages we had withheld"),
    ("In our initial response, dated August 18, 2026, we withheld 41 pages in full and released 96 pages.",
     "we took another look at the 41 pages previously withheld"),
])
def test_a_supplemental_release_counts_only_its_own_pages_not_the_earlier_answers(earlier: str, again: str) -> None:
    (event,) = events_in(_SUPPLEMENTAL.format(earlier=earlier, again=again))
    assert (event.pages_released, event.pages_withheld) == (23, 18)


def test_this_letters_own_review_and_release_still_count() -> None:
    # The near miss: pages this letter reviews and withholds, told with no earlier answer named.
    body = ("This responds to your FOIA request SSA-2026-009317. We reviewed 41 pages and are releasing 23 pages to "
            "you in part. We are withholding 18 pages in full under Exemption 5.")
    (event,) = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (23, 18)


_UNTIMELY = ("This letter responds to your FOIA appeal GSA-2027-000052, which GSA received on November 18, 2026. The "
             "90-day period for appealing that determination ended on October 28, 2026. {verdict} This decision is not "
             "a determination on the merits of the information withheld.")


@pytest.mark.parametrize("verdict", [
    "Because your appeal was not submitted within the time allowed, your appeal is untimely and is hereby dismissed.",
    "Your untimely appeal is therefore closed.",
    "I am therefore dismissing your appeal as untimely.",
    "Accordingly, your appeal is dismissed as untimely.",
])
def test_an_appeal_turned_away_as_untimely_is_decided_not_acknowledged(verdict: str) -> None:
    assert kinds_and_outcomes(_UNTIMELY.format(verdict=verdict), "December 2, 2026") == [
        (EventKind.APPEAL_DECISION, Outcome.DENIED)]


def test_an_appeal_called_late_and_considered_is_not_turned_away() -> None:
    # The near miss: the appeal is late, but the office says it will decide it all the same.
    body = _UNTIMELY.format(verdict="Although your appeal is untimely, we will consider it and respond as soon as we "
                                    "can.").replace(" This decision is not a determination on the merits of the "
                                                    "information withheld.", "")
    assert (EventKind.APPEAL_DECISION, Outcome.DENIED) not in kinds_and_outcomes(body, "December 2, 2026")


_AFTER_RULING = ("On September 14, 2026, the City received your request R038112-091426. The Attorney General has "
                 "issued Letter Ruling OR2026-031447. The City must withhold the motor vehicle record information "
                 "under section 552.130 of the Government Code. {release}\n\n"
                 "Record | Pages | Action\n"
                 "CAD report | 3 | Released in full\n"
                 "Incident report | 9 | Released with redactions {ground}\n"
                 "Synopsis | 4 | Withheld {ground}\n\n"
                 "{download}")


@pytest.mark.parametrize(("release", "ground", "download"), [
    ("The City is therefore releasing the responsive information, as follows:", "(Gov't Code § 552.130)",
     "The released records, 12 pages in all, are available for download in the portal."),
    ("We are accordingly releasing the records as shown below:", "(section 552.130)",
     "The records are available for download in the portal."),
    ("The City is releasing the responsive information, as follows:", "(Tex. Gov't Code 552.130)",
     "The records, 12 pages in total, are ready for download."),
])
def test_a_release_after_a_ruling_with_grounds_in_its_table(release: str, ground: str, download: str) -> None:
    (event,) = events_in(_AFTER_RULING.format(release=release, ground=ground, download=download), "December 2, 2026")
    assert (event.kind, event.outcome, event.pages_released, event.pages_withheld) == (
        EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 12, 4)


def test_a_cell_that_shares_out_its_pages_still_counts_them() -> None:
    # The near miss: numbers in the action cell that are counts, not a ground in brackets.
    body = ("We are releasing the responsive records as follows:\n\nRecord | Pages | Action\n"
            "E-mails | 47 | 35 provided with redactions; 12 withheld\n\nThe records are enclosed.")
    (event,) = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (35, 12)
