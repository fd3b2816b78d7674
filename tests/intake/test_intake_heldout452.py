"""The four-hundred-and-fifty-second held-out set: 14 letters (letters/heldout452) that come after the first answer,
federal and state mixed, from fourteen offices that earlier sets of this kind have not used, in the formats they
really send: a Department of Labor Office of the Solicitor e-mail acknowledging an appeal of an OSHA answer with its
appeal number and day of receipt; an Alcohol and Tobacco Tax and Trade Bureau Chief Counsel appeal decision (PDF)
affirming withholdings under Exemption 3 (26 U.S.C. § 6103, return information) and Exemption 6; an Interior
Solicitor's appeal decision in Word on a Bureau of Safety and Environmental Enforcement request, granted in part with
a table of the records (26 pages to be released, 35 still withheld); a Postal Service Office of Inspector General
appeal decision reversing an Exemption 7(A) withholding once the criminal case closed; an HHS Office of Inspector
General remand for a new search of the branch that monitors integrity agreements; an Office of Government Ethics
e-mail dismissing an appeal sent 161 days after the answer; a San Francisco Sunshine Ordinance Task Force Order of
Determination (PDF) ordering a city agency to produce what it withheld; a Multnomah County District Attorney's public
records order on a petition against the Portland Police Bureau, granted in part; a Las Vegas Metropolitan Police
Department production in Word after a writ of mandamus, in full; an International Trade Administration supplemental
response after OGIS mediation; a Federal Law Enforcement Training Centers e-mail asking whether the requester is still
interested; an Antitrust Division letter (PDF) closing a request that is now in a lawsuit; an Office of Surface Mining
Reclamation and Enforcement third interim production in litigation; and a Washington State Patrol production after a
lawsuit's settlement. Written blind and committed before the rules were run on them.

- n01-osha-appeal-ack.eml: DOL Office of the Solicitor, appeal 2027-A-00184 of OSHA request 2026-F-11472, received
  December 2, 2026.
- n02-ttb-appeal-affirmed.pdf: TTB Office of Chief Counsel, appeal TTB-APL-2027-0007 of request TTB-2026-00931,
  denied: Exemption 3 (26 U.S.C. § 6103) and Exemption 6 upheld.
- n03-bsee-appeal-partly.docx: DOI Office of the Solicitor, appeal 2027-058 of request DOI-BSEE-2026-001644, granted
  in part: 26 pages to be released (11 in full, 15 in part), 35 still withheld in full under Exemptions 4 and 5,
  Exemption 6 redactions; a table of the records.
- n04-usps-oig-appeal-reversed.txt: USPS OIG, appeal 2027-IGAP-00012 of request 2026-IGFP-00873, granted: the 34-page
  report of investigation withheld under Exemption 7(A) to be sent in full.
- n05-hhs-oig-appeal-remanded.txt: HHS OIG Office of Counsel, appeal A-27-0031 ("Our Ref.") of request
  OIG-FOIA-2026-02388, no-records answer remanded for a new search.
- n06-oge-appeal-untimely.eml: OGE, appeal OGE-2027-A-004 of request OGE-2026-0318, dismissed as sent after the 90
  days of 5 C.F.R. § 2604.304.
- n07-sf-sotf-order-of-determination.pdf: San Francisco Sunshine Ordinance Task Force, File No. 26087, SFMTA request
  26-07731: violations of Administrative Code sections 67.21(b), 67.26 and 67.27, production of the withheld records
  ordered; dated December 15, the decision itself issued December 2.
- n08-or-multnomah-da-petition-order.txt: Multnomah County District Attorney, Public Records Order No. 26-41 on PPB
  request 26-PRR-13096, granted in part: the findings letter withheld under ORS 192.345(12), the report and
  transcripts to be disclosed (ORS 192.355(2)(a) rejected).
- n09-nv-lvmpd-release-after-writ.docx: LVMPD, request LVMPD-PRR-2026-11873, 212 pages and four recordings produced
  in full after the district court's writ; a table of the records.
- n10-ita-supplemental-after-ogis.txt: ITA, request DOC-ITA-2026-000918, after OGIS: 22 of 31 pages withheld before now
  released (6 in full, 16 in part) under Exemptions 4 and 6, 9 still withheld under Exemption 4.
- n11-fletc-still-interested.eml: FLETC "still interested?" e-mail, 2026-FLFO-00318, 30 working days to reply.
- n12-atr-closed-litigation.pdf: Antitrust Division administrative closure of ATFY26-718 because the request is in
  litigation.
- n13-osmre-litigation-production.txt: OSMRE third interim production in litigation, DOI-OSMRE-2026-000611, 1,250
  pages processed, 940 in full, 210 in part, 100 withheld, Exemptions 5 and 6.
- n14-wa-wsp-release-after-settlement.txt: Washington State Patrol, request 26-PDR-04417, 318 pages produced after a
  settlement (276 in full, 42 with redactions under RCW 42.56.240(2) and RCW 42.56.230(5)); the earlier withholding
  under RCW 42.56.240(1) only recalled.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 DOL appeal acknowledgement: 29 C.F.R. part 70 (appeals to the Solicitor of Labor, Division of Management and
  Administrative Legal Services), https://regulations.vlex.com/vid/revision-of-foia-regulations-660594233 and
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24
- n02 TTB appeal decision: TTB's disclosure rules and Treasury's 31 C.F.R. part 1,
  https://govregs.com/regulations/expand/title27_chapterI-i1_part70_subpartI_section70.803 and
  https://cybercemetery.unt.edu/archive/oilspill/20130220160251/http://www.ttb.gov/foia/index.shtml, and return
  information under Exemption 3, https://cetient.com/case/423898/gary-l-ryan-v-bureau-of-alcohol-tobacco-and-firearms
- n03 Interior appeal decision: 43 C.F.R. part 2 (the FOIA Appeals Officer, consultation with the Office of the
  Solicitor), https://www.law.cornell.edu/cfr/text/43/2.31 and http://www.law.cornell.edu/cfr/text/43/2.30
- n04 USPS OIG appeal decision: the OIG's appeal letters ("RE: FOIA No. 2016-IGAP-00017", "I affirm the analyst's
  decision", Exemption 7(A) "will be inapplicable once the investigation is formally closed"),
  https://docmh.net/doc-detail.html?utm_source=2016-igap-00017-lowry-natalie-final-appeal-response and
  https://www.uspsoig.gov/es/node/443
- n05 HHS OIG remand: the OIG Freedom of Information/Privacy Acts Division (330 Independence Ave SW, (202) 619-2541),
  https://archive.org/download/us-inspectors-general.bulk/us-inspectors-general.bulk.zip, and the adequacy of an OIG
  search, https://www.justice.gov/oip/anand-v-hhs-no-21-1635-2023-wl-2646815-ddc-mar-27-2023-kollar-kotelly-j
- n06 OGE untimely appeal: 5 C.F.R. § 2604.304 (appeals to the General Counsel), http://cfr.laws-info.com/text/5/2604/304,
  and the 2015 rule that lengthened the time to appeal, https://thefederalregister.org/80-FR/57070
- n07 San Francisco Sunshine Ordinance Task Force order: the Task Force's Orders of Determination ("Approval of the
  Order of Determination: File 20084") and complaint procedure (Administrative Code sections 67.21(e), 67.26),
  https://www.sf.gov/meeting--november-2-2022--regular-meeting-sunshine-ordinance-task-force,
  https://www.sfneighborhoods.net/sunshine/sunshineordinancetaskforce.html and
  https://sfneighborhoods.net/sunshine/civilgrandjurysunshinecomplaint.html
- n08 Multnomah County District Attorney order: ORS 192.415 (the district attorney in place of the Attorney General
  for local bodies), https://lawserver.com/?p=28038997, ORS 192.427 (orders granting or denying in part, seven days to
  comply), https://oregonstateauthority.com/laws/state_statute/192.427/, and the public records orders digest,
  https://doj.state.or.us/oregon-department-of-justice/public-records/attorney-generals-public-records-and-meetings-manual/appendix-e
- n09 LVMPD production after a writ: the Nevada Public Records Act petitions against LVMPD ("Order Granting ... Petition
  for Writ of Mandamus", case numbers A-17-764030-W),
  https://ja.scribd.com/document/377148706/Vegas-Shooting-Supreme-Court-Appeal-18-15309-Filed-Notice-of-Cross-Appeal-Respondent-Cross-Appellant-Las-Vegas-Review-Journal
- n10 ITA supplemental response: 15 C.F.R. § 4.10 (appeals to the Assistant General Counsel for Employment,
  Litigation, and Information, 90 calendar days), https://lawserver.com/law/country/us/cfr/15_cfr_4-10 and
  https://www.noaa.gov/information-technology/foia-home
- n11 FLETC still-interested e-mail: FLETC's guide to the FOIA, https://www.fletc.gov/guide-foia-privacy-act, and its
  FOIA correspondence,
  https://www.muckrock.com/foi/united-states-of-america-10/covert-electronic-tracking-program-course-materials-11197/
- n12 Antitrust Division closure for litigation: the Division's FOIA tracking numbers ("ATFY17- 118"),
  https://www.muckrock.com/foi/united-states-of-america-10/doj-antitrust-schedule-41289/, and
  http://ecases.us/case/dcd/c699779/lieff-cabraser-heimann-bernstein-llp-v-united-states-department-of
- n13 OSMRE litigation production: OSMRE's FOIA letters and exemptions,
  https://www.muckrock.com/foi/united-states-of-america-10/mtr-study-cancellation-ii-45401/ and
  https://webharvest.gov/peth04/20041109015424/http:/www.osmre.gov/foiaexem.htm
- n14 Washington State Patrol production: the Public Records Act model rules (installments, a cover letter saying the
  request is closed), https://app.leg.wa.gov/wac/default.aspx?cite=44-14-04004 and
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2006%20%20CHAPTER/WAC%20%2044%20-%2006%20-085.htm

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 12 of 14 fully right. Wrong were:
- n03 (n03-bsee-appeal-partly.docx): exemptions ['(b)(4)'] != ['(b)(4)', '(b)(5)', '(b)(6)']
- n08 (n08-or-multnomah-da-petition-order.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number None
  != '26-41'

After general fixes (what was read, with the sentence quoted), 13 of 14: n03's table "Document | Pages | Disposition on
appeal | Exemptions" gives the FOIA's exemptions by number alone ("Panel investigation report, draft of May 2026 | 18 |
Withheld in full | 5"), read as the FOIA's in a letter citing them elsewhere ("withheld 61 pages in full under FOIA
Exemptions 4, 5 and 6"), so the rows the decision keeps withheld give (b)(5) and (b)(4); and the row it releases in part
("Interview summaries of platform crew | 15 | Released in part | 6") gives the ground of the redactions in what it
releases now, (b)(6).

Then (tests below): n08 is read as an order on a petition for review, by its caption and its opening
("Re: Petition of Josephine Adebayo-Strand for Review of Denial of Public Records Request by the Portland Police
Bureau", "This letter is the District Attorney's order on the above-referenced petition"), numbered by its order
("Public Records Order No. 26-41"), and upholding only the ground it does not find inapplicable ("Nor does ORS
192.355(2)(a) apply: the records do not consist of information of a personal nature kept in a personnel or medical
file."). 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import bare_exemption_cells

SET = "heldout452"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("row", "spelt"), [
    ("Panel report | 18 | Withheld in full | 5", "Panel report | 18 | Withheld in full | (b)(5)"),
    ("| Interview summaries | 15 | Released in part | 6, 7(C) |",
     "| Interview summaries | 15 | Released in part | (b)(6), (b)(7)(C) |"),
    ("Crane logs | 17 | Withheld in full | 4 and 6", "Crane logs | 17 | Withheld in full | (b)(4), (b)(6)"),
])
def test_a_bare_number_under_an_exemptions_column_is_the_foias(row: str, spelt: str) -> None:
    heading = "Document | Pages | Disposition on appeal | Exemptions"
    text = f"BSEE withheld 61 pages in full under FOIA Exemptions 4, 5 and 6.\n{heading}\n{row}"
    assert bare_exemption_cells(text).split("\n")[-1] == spelt


@pytest.mark.parametrize("text", [
    # a state's letter: no FOIA exemption cited, the numbers are its own
    "Records were withheld under the Act.\nDocument | Pages | Action | Exemptions\nLogs | 17 | Withheld in full | 5",
    # a number in a column not headed as the exemptions
    "withheld under Exemption 5.\nDocument | Pages | Action | Exemptions\nLogs | 17 | 5 | None",
    # a cell that is no list of exemption numbers
    "withheld under Exemption 5.\nDocument | Pages | Action | Exemptions\nLogs | 17 | Withheld in full | 5 pages",
])
def test_a_number_not_the_foias_exemption_stays(text: str) -> None:
    assert bare_exemption_cells(text) == text


PARTLY = ("Re: Freedom of Information Act Appeal No. 2027-058\n\nThe Bureau withheld 61 pages in full under FOIA "
          "Exemptions 4, 5 and 6. Your appeal is GRANTED IN PART and DENIED IN PART. The Bureau will release 26 of "
          "those pages, and the remaining 35 pages were properly withheld in full.\n\n")


@pytest.mark.parametrize(("table", "codes"), [
    ("Document | Pages | Disposition on appeal | Exemptions\nDraft report | 18 | Withheld in full | 5\n"
     "Interview summaries | 15 | Released in part | 6\nInspection reports | 11 | Released in full | None",
     ("(b)(5)", "(b)(6)")),
    ("Record | Pages | Decision on appeal | Exemptions\nDraft report | 18 | Withheld in full | 5\n"
     "Maintenance logs | 17 | Partially released | 4\nInspection reports | 11 | Released in full | None",
     ("(b)(4)", "(b)(5)")),
    # a row released in full applies no ground, whatever its cell says
    ("Document | Pages | Disposition on appeal | Exemptions\nDraft report | 18 | Withheld in full | 5\n"
     "Maintenance logs | 17 | Released in full | 4", ("(b)(5)",)),
])
def test_the_rows_a_decision_releases_in_part_give_their_grounds(table: str, codes: tuple[str, ...]) -> None:
    found = events_in(PARTLY + table, date_line="December 9, 2026")
    assert [(e.kind, e.exemptions) for e in found] == [(EventKind.APPEAL_DECISION, codes)]
_ORDER = ("Accordingly, the petition is GRANTED IN PART and DENIED IN PART. PPB may withhold the findings letter under "
          "ORS 192.345(12).")


@pytest.mark.parametrize(("head", "number"), [
    ("Re: Petition of Jane Roe for Review of Denial of Public Records Request by the Portland Police Bureau\n"
     "Public Records Order No. 26-41\nPPB Request No. 26-PRR-13096\n\nThis letter is the District Attorney's order on "
     "the above-referenced petition, which this office received on December 4, 2026, under ORS 192.415. ", "26-41"),
    ("Re: Public Records Order No. 26-41\nPPB Request No. 26-PRR-13096\n\nThis is the Attorney General's decision on "
     "the petition, received December 4, 2026. ", "26-41"),
    ("Re: Petition of Jane Roe for Review of the Denial by the City of Salem\nCity Request No. 26-PRR-13096\n\n", None),
    # (a purchase order's number is no order on a petition)
    ("Re: Purchase Order No. 26-41\nPPB Request No. 26-PRR-13096\n\nThis letter is the District Attorney's order on "
     "the above-captioned petition. ", None),
])
def test_an_order_on_a_petition_for_review_is_an_appeal_decision(head: str, number: str | None) -> None:
    found = events_in(head + _ORDER, "December 16, 2026")
    assert [(e.kind, e.outcome, e.appeal_number) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, number)]


def test_a_petition_the_requester_may_file_is_no_order_on_one() -> None:
    found = events_in("Re: PPB Request No. 26-PRR-13096\n\nYou may file a petition for review of denial with the "
                      "District Attorney. " + _ORDER, "December 16, 2026")
    assert EventKind.APPEAL_DECISION not in [e.kind for e in found]


_GROUNDS = ("This letter is the District Attorney's order on the above-referenced petition. PPB denied the request in "
            "full, relying on ORS 192.345(12) and ORS 192.355(2)(a). PPB may withhold the findings letter under ORS "
            "192.345(12). The report is not within that exemption. {finding} Accordingly, the petition is granted in "
            "part and denied in part.")


@pytest.mark.parametrize("finding", [
    "Nor does ORS 192.355(2)(a) apply: the records do not consist of information of a personal nature.",
    "Neither does ORS 192.355(2)(a) apply here.",
    "And nor does ORS 192.355(2)(a) apply to these records.",
])
def test_a_ground_found_not_to_apply_verb_first_is_not_upheld(finding: str) -> None:
    found = events_in(_GROUNDS.format(finding=finding), "December 16, 2026")
    assert [e.exemptions for e in found] == [("ORS 192.345(12)",)]


@pytest.mark.parametrize("finding", [
    "ORS 192.355(2)(a) also applies to the witness statements.",
    "Nor does the petition show why ORS 192.355(2)(a) should not apply to the witness statements.",
])
def test_a_ground_found_to_apply_stays(finding: str) -> None:
    found = events_in(_GROUNDS.format(finding=finding), "December 16, 2026")
    assert [e.exemptions for e in found] == [("ORS 192.345(12)", "ORS 192.355(2)(a)")]
