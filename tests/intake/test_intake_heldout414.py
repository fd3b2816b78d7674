"""The four-hundred-and-fourteenth held-out set: 14 letters (letters/heldout414) that tell their page and record
counts every way, federal and state mixed, from fourteen offices, in the formats they really send: an ICE final
response with its Bates range, the exact duplicates set aside and the rest counted "in their entirety", "with portions
withheld" and "in their entirety" withheld; a Marshals Service letter (PDF) counting its pages in words only; a State
Department e-mail (letter attached as PDF) on the pages back from consultation, "Of the 46 pages, 37 can now be
released"; a Harris County Sheriff's Office letter listing pages beside minutes of body-worn camera footage; a City of
Spokane installment in Word counting e-mails, their pages and spreadsheets with a running total and an exemption log;
an EPA Region 6 fourth and final production with its own counts and the totals of all four; a Chicago Police
Department letter (PDF) with a table of pages located, released in full, in part and withheld; a New York Division of
Criminal Justice Services FOIL letter in Word counting records, not pages; an FSIS e-mail releasing records in part
with no count at all; a NAVFAC letter with pages "withheld in part" and pages referred to another agency; a Caltrans
CPRA letter counting files, the pages of some, spreadsheets and minutes of footage; a CMS letter setting duplicates and
non-responsive pages aside before its counts; a Florida DEP letter releasing "one hundred and twelve pages" in full;
and a Georgia DOT e-mail estimating the pages of records and the cost. Written blind and committed before the rules
were run on them.

- h01-ice-bates-duplicates.txt: ICE 2027-ICFO-02214, 412 pages (ICE-2026-000001 to ICE-2026-000412), 15 duplicates,
  301 in full, 71 in part, 25 withheld, Exemptions 5, 6, 7(C), 7(E).
- h02-usms-counts-in-words.pdf: USMS 2027-USMS-000517, "Fifty-eight pages were reviewed. Thirty-seven ... in full and
  twelve ... with excisions. Nine pages ... withheld in their entirety", (b)(6), (b)(7)(C), (b)(7)(E).
- h03-state-consultation-returned.eml: State F-2025-14902, interim, of 46 pages back from consultation 37 released (21
  in full, 16 with excisions), 9 withheld, (b)(1), (b)(6); review of the rest goes on.
- h04-tx-harris-county-video-minutes.txt: Harris County Sheriff HCSO-26-18834, 62 pages and four videos (59 minutes),
  none withheld in full, Gov't Code §§ 552.130, 552.147.
- h05-wa-spokane-installment-emails.docx: Spokane P041873-092126, second installment, 214 e-mails (683 pages) and 7
  spreadsheets, 1,126 pages so far, RCW 42.56.250(4), 42.56.230(1); third installment by a date.
- h06-epa-fourth-production-running-total.txt: EPA Region 6 EPA-R6-2026-004418, fourth and final production of 194
  pages, 138 in full, 50 in part, 6 withheld; 1,604 released and 41 withheld over all four; Exemptions 5 and 6.
- h07-il-cpd-table-of-counts.pdf: Chicago Police P917742, a table of 97 pages, 18 in full, 61 in part, 18 withheld,
  5 ILCS 140/7(1)(c), (b), (d)(vi).
- h08-ny-dcjs-records-counted.docx: DCJS DCJS-26-01588, 23 records, 19 provided, 4 withheld, Public Officers Law §
  87(2)(b), (e)(i); no pages counted.
- h09-usda-fsis-no-count.eml: FSIS 2027-FSIS-00193-F, records released in part under Exemption 6, no count.
- h10-navy-navfac-referred-withheld-in-part.txt: NAVFAC DON-NAVY-2027-001963, 318 pages, 241 in full, 52 "withheld in
  part", 25 referred to DLA, Exemption 6.
- h11-ca-caltrans-files-and-footage.txt: Caltrans 26-PRA-09417, nine files: four PDFs of 156 pages, three
  spreadsheets, two videos (38 minutes), Government Code § 7927.700.
- h12-cms-duplicates-nonresponsive.pdf: CMS 122420267184, 2,318 pages located, 1,102 duplicates, 407 non-responsive,
  809 reviewed, 655 in full, 121 in part, 33 withheld, Exemptions 4, 5, 6.
- h13-fl-dep-full-grant-words.txt: Florida DEP 26-PRR-07781, "one hundred and twelve pages" in their entirety.
- h14-ga-gdot-estimate-of-pages.eml: Georgia DOT ORR-2026-3318, received December 18, 2026, about 1,450 pages, cost
  estimate $171.50 under O.C.G.A. § 50-18-71(d).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 ICE: the ICE final response template ("A search of ... for records responsive to your request produced ...
  pages. Of those pages, ICE has determined that ... will be released in their entirety ... will be released with
  portions withheld ... withheld in their entirety"), https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement,
  and Bates-numbered productions as in https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
- h02 USMS: the DOJ component final letters of earlier sets (the 552(c) notice, the OIP appeal paragraph, OGIS) and
  the pages-reviewed counts described in https://cetient.com/case/2660029/acosta-v-federal-bureau-of-investigation
- h03 State: the State Department's production letter after interagency coordination ("As we noted in our letter, a
  decision on 17 documents required interagency coordination. That coordination now has been completed for three of
  those documents"), https://documentafterlives.newmedialab.cuny.edu/content/dos-document-production-cover-letter-aclu-v-dod-no-104-cv-4151-sdny-june-8-2005-10
- h04 Harris County Sheriff: Gov't Code 552.130(c) and 552.147(b) (redaction without a ruling, the review under
  552.130(d)-(e)), the Attorney General's Public Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
- h05 Spokane: WAC 44-14-04004 on installments and the cover letter describing the records provided,
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2019/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2014%20%20CHAPTER/WAC%20%2044%20-%2014%20-04004.htm,
  and chapter 42.56 RCW, https://wa-law.org/rcw/42_public_officers_and_agencies/42.56_public_records_act.html
- h06 EPA Region 6: the EPA final letters of earlier sets (the appeal paragraph, FOIA Public Liaison, OGIS) and the
  productions listed one by one of set 362's EPA Region 8 letter.
- h07 Chicago Police: 5 ILCS 140/9.5(a) and the denial notice ("The denial must also inform the requestor of the right
  to seek review of the issue by the Public Access Counselor"), http://www.geneva.il.us/pd/deniedfoia.html and
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425
- h08 DCJS: the FOIL appeal regulations ("appeal ... within 30 days ... written determination ... within 10 business
  days"), https://regulations.justia.com/states/new-york/title-21/chapter-lxxvii/subchapter-b/part-9760/section-9760-5
  and https://law.cornell.edu/regulations/new-york/21-NYCRR-501.8
- h09 FSIS: the USDA agency final letters of earlier sets (appeal to the Administrator within 90 days, FOIA Public
  Liaison, OGIS), and NARA's note that a response tells "how much responsive material was located" only where it does,
  https://anthonygarvan.github.io/allregs/html/sections/36CFR1250.30.html
- h10 NAVFAC: the Navy referral policy ("the originator of a record making a release determination on its
  information ... the requester shall be advised of the action taken"),
  http://edocket.access.gpo.gov/cfr_2005/julqtr/32cfr701.9.htm, and the Navy letters of earlier sets (SSIC and serial,
  the OGC appeal and PAL portal).
- h11 Caltrans: the California Public Records Act determinations of earlier sets (Gov. Code 7922.535, 7927.700) and
  the CPRA's treatment of recordings, https://firstamendmentcoalition.org/asked-and-answered/can-they-deny-my-request-for-a-video-of-a-meeting-that-was-streamed-live
- h12 CMS: the HHS final letters of earlier sets (appeal to the Deputy Administrator within 90 days, OGIS) and the
  duplicates and non-responsive pages set aside in FBI and ICE processing counts,
  https://cetient.com/case/3171562/shapiro-v-us-department-of-justice
- h13 Florida DEP: Chapter 119, Florida Statutes, and section 119.07(4)(d) on the special service charge,
  http://www.myflsunshine.com/sun.nsf/sunmanual/1BB05D142D8E4724852566F3006C7A1A
- h14 Georgia DOT: O.C.G.A. 50-18-71(b)(1)(A) and (d) (the three business days, "a description of such records and a
  timeline", the estimate of the hours, the hourly rate and the pages, no charge for the first quarter hour, prepayment
  only above $500), https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/ and
  https://www.augustaga.gov/FAQ.aspx?QID=615

Blind score (written before the rules were run on it): 8 of 14 fully right, and all 14 matched to their request.
Wrong were:
- h01 (h01-ice-bates-duplicates.txt): pages_released 799 != 372 (read from "On review, 15 of those pages were found to
  be exact duplicates of pages elsewhere in the production and have not been processed a second time." beside "Of the
  remaining 397 pages, ICE has determined that 301 pages will be released in their entirety, 71 pages will be released
  with portions withheld, ...": the pages set aside counted with those released)
- h05 (h05-wa-spokane-installment-emails.docx): pages_released 2252 != 683 (read from "Together with the first
  installment of 443 pages provided on October 30, 2026, the City has now provided 1,126 pages in response to your
  request.": the earlier installment and the running total added to this installment's 683)
- h07 (h07-il-cpd-table-of-counts.pdf): pages_released None != 79, pages_withheld None != 18 (the table of pages
  located, released in full, in part and withheld, as a PDF sets it in columns, not read); exemptions lack 5 ILCS
  140/7(1)(b) ("Social Security numbers, driver's license numbers and home telephone numbers, which are private
  information exempt under Section 7(1)(b).")
- h08 (h08-ny-dcjs-records-counted.docx): kinds ['appeal_acknowledged'] != ['final_determination'], outcome None !=
  'partial_grant', exemptions None != ['Public Officers Law § 87(2)(b)', 'Public Officers Law § 87(2)(e)(i)'] (read from
  the appeal notice "Upon receipt of your appeal, the Records Access Appeals Officer will respond within ten (10)
  business days, as required by Section 89(4)(a) of the Public Officers Law.", as if the letter acknowledged an appeal)
- h11 (h11-ca-caltrans-files-and-footage.txt): pages_released None != 156 ("four PDF files totalling 156 pages ...
  Caltrans is releasing all nine files." not read)
- h13 (h13-fl-dep-full-grant-words.txt): pages_released None != 112 ("located one hundred and twelve pages of
  responsive records ... All of the pages are being provided to you in their entirety" not read)
After general fixes (a count in words past a hundred takes only number words after "hundred", so that "The Southeast
District office located one hundred and twelve pages of responsive records" counts its 112 pages, not "one hundred
pages of responsive" records), 9 of 14: h13 right.
After general fixes (the receipt of an appeal still to come, in the notice of how to appeal, acknowledges no appeal:
"Upon receipt of your appeal, the Records Access Appeals Officer will respond within ten (10) business days"), still 9
of 14: h08's final determination and its outcome are now read, its exemptions not (each section is listed bare, its
law named only in the line that introduces the list, "The redactions and withheld records are made pursuant to the
following provisions of the Public Officers Law:" then "Section 87(2)(b): the names ..."; a bare section read as that
law's would need the list's introduction carried to each line, which no rule does yet).
After general fixes (the sum with an earlier installment said in the perfect without the word "total": "Together with
the first installment of 443 pages provided on October 30, 2026, the City has now provided 1,126 pages in response to
your request"; never this release told in the present beside an earlier one), 10 of 14: h05 right.
After general fixes (what a search produced is a total however long the offices searched are named between: "A search
of the ICE Office of Professional Responsibility (OPR), the ICE Office of Enforcement and Removal Operations (ERO) and
the ICE Office of Detention Oversight (ODO) for records responsive to your request produced 412 pages"; and pages
"found to be exact duplicates" are set aside, as pages that "are duplicates" were: "15 of those pages were found to be
exact duplicates of pages elsewhere in the production"), 11 of 14: h01 right.
Not yet right: h07, whose counts stand in a table a PDF sets in columns (heads "Pages located", "Released in
full", "Released in part", "Withheld" over rows that each open on a record's name, and a "Total" row), which no rule
reads yet, and whose 5 ILCS 140/7(1)(b) is cited bare ("which are private information exempt under Section 7(1)(b).")
after a section tied to the Act earlier in the same sentence; and h11, whose pages are counted for four of nine files
("four PDF files totalling 156 pages") and released as "all nine files", which no rule yet carries from the files to
their pages.
After general fixes in the seventeenth round (New York's exemptions cited by the section alone in a letter that names
the Public Officers Law elsewhere, as the headings of a list: "The redactions and withheld records are made pursuant to
the following provisions of the Public Officers Law:" ... "Section 87(2)(b): the names and identifying details ... have
been redacted"), 12 of 14: h08 right.
After general fixes (every record the sentence before counts, taken up together, where that sentence measures them in
pages once: "Caltrans has identified nine responsive files: four PDF files totalling 156 pages ..., three Excel
spreadsheets ... and two video files ..." then "Caltrans is releasing all nine files."), 13 of 14: h11 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout414"
# What the rules reached on this set when it was scored once, blind (8); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h07-il-cpd-table-of-counts.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "released"), [
    ("The Southeast District office located one hundred and twelve pages of responsive records. All of the pages are "
     "being provided to you in their entirety; no information has been redacted or withheld.", 112),
    ("Enclosed are one hundred pages of responsive records, released in full.", 100),
    ("We are releasing two hundred thirty-four pages in full.", 234),
    ("Enclosed please find one thousand two hundred pages of responsive records, released in full.", 1200),
])
def test_a_count_in_words_past_a_hundred_counts_its_pages(body: str, released: int) -> None:
    assert [e.pages_released for e in events_in(body, "December 22, 2026")] == [released]


@pytest.mark.parametrize("body", [
    # The near misses: the words after "hundred" are no number, or the count is of something else than pages
    "The Department received one hundred requests last year and released records in full in response to this one.",
    "Enclosed are the records you asked for, released in full; the hundred pages of the manual are not among them.",
])
def test_words_after_a_hundred_that_are_no_number_count_no_pages(body: str) -> None:
    assert [e.pages_released for e in events_in(body, "December 22, 2026") if e.pages_released is not None] == []


@pytest.mark.parametrize("notice", [
    "Upon receipt of your appeal, the Records Access Appeals Officer will respond within ten (10) business days, as "
    "required by Section 89(4)(a) of the Public Officers Law.",
    "On receipt of your appeal, the Director will issue a written determination within twenty working days.",
])
def test_the_receipt_of_an_appeal_still_to_come_acknowledges_no_appeal(notice: str) -> None:
    body = ("Nineteen of the records are being provided to you with this letter, some of them with redactions. Four "
            "records are withheld in their entirety under Public Officers Law § 87(2)(e)(i). You may appeal this "
            "determination within thirty (30) days by writing to the Records Access Appeals Officer. " + notice)
    assert [e.kind for e in events_in(body, "December 16, 2026")] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("body", [
    # The near misses: the appeal's receipt acknowledged, in the past
    "This letter acknowledges receipt of your appeal of the Division's determination on FOIL request DCJS-26-01588.",
    "We received your appeal on December 9, 2026, and it has been assigned appeal number 26-A-118.",
])
def test_an_appeal_received_is_still_acknowledged(body: str) -> None:
    assert EventKind.APPEAL_ACKNOWLEDGED in [e.kind for e in events_in(body, "December 16, 2026")]


@pytest.mark.parametrize(("body", "released"), [
    ("This installment consists of 214 e-mails, totalling 683 pages. Together with the first installment of 443 pages "
     "provided on October 30, 2026, the City has now provided 1,126 pages in response to your request.", 683),
    ("Enclosed are 96 pages released in full. Combined with our earlier release of 120 pages, the Department has now "
     "released 216 pages to you.", 96),
])
def test_the_sum_with_an_earlier_release_said_in_the_perfect_is_not_this_ones(body: str, released: int) -> None:
    found = events_in("The County is providing an installment of records responsive to your request. " + body,
                      "December 11, 2026")
    assert [e.pages_released for e in found if e.pages_released is not None] == [released]


def test_a_release_beside_an_earlier_one_said_in_the_present_is_this_ones() -> None:
    # The near miss: what is released now, beside the earlier installment, in the present tense
    body = ("The County is providing its second installment of records. Together with the index from the first "
            "installment, we are releasing 50 pages with this letter.")
    assert [e.pages_released for e in events_in(body, "December 11, 2026") if e.pages_released is not None] == [50]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("A search of the ICE Office of Professional Responsibility (OPR), the ICE Office of Enforcement and Removal "
     "Operations (ERO) and the ICE Office of Detention Oversight (ODO) for records responsive to your request produced "
     "412 pages, which have been Bates numbered ICE-2026-000001 to ICE-2026-000412. On review, 15 of those pages were "
     "found to be exact duplicates of pages elsewhere in the production and have not been processed a second time. Of "
     "the remaining 397 pages, ICE has determined that 301 pages will be released in their entirety, 71 pages will be "
     "released with portions withheld, and 25 pages will be withheld in their entirety pursuant to 5 U.S.C. § "
     "552(b)(6).", 372, 25),
    ("The search for records responsive to your request produced 220 pages. Of those, 20 pages were determined to be "
     "duplicates. We are releasing 150 pages in full and 40 pages in part, and withholding 10 pages in full under "
     "Exemption 5.", 190, 10),
])
def test_pages_a_long_search_produced_and_duplicates_found_are_no_release(
        body: str, released: int, withheld: int) -> None:
    found = events_in(body, "December 7, 2026")
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(released, withheld)]


def test_pages_found_not_to_be_duplicates_are_still_counted() -> None:
    # The near miss: pages found not to be duplicates are released as said
    body = ("We located 40 pages. On review, 12 of those pages were found not to be duplicates and are released in "
            "full.")
    assert [e.pages_released for e in events_in(body, "December 7, 2026")] == [12]


_NEW_YORK_LIST = ("This letter responds to your request under the Freedom of Information Law. Nineteen records are "
                  "provided with redactions, and four are withheld in full.\n\nThe redactions and withheld records "
                  "are made pursuant to the following provisions of the Public Officers Law:\n\n")


@pytest.mark.parametrize(("items", "grounds"), [
    ("Section 87(2)(b): the names of persons whose records were reviewed have been redacted, as their disclosure would "
     "constitute an unwarranted invasion of personal privacy under Section 89(2)(b).\n\nSection 87(2)(e)(i): the four "
     "records withheld in full are working papers whose disclosure would interfere with a pending investigation.",
     ["Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(e)(i)"]),
    # the sections listed together in one sentence, each its own ground
    ("The names have been redacted under Sections 87(2)(b) and 87(2)(f).",
     ["Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(f)"]),
    # the law named after the section
    ("The names have been redacted under Section 87(2)(b) of the Public Officers Law.",
     ["Public Officers Law § 87(2)(b)"]),
    # the near miss: the definition of an unwarranted invasion of privacy, section 89(2), is no exemption
    ("The names have been redacted, as their release would be an unwarranted invasion of personal privacy under "
     "Section 89(2)(b).", []),
])
def test_new_yorks_exemptions_cited_by_their_section_alone(items: str, grounds: list[str]) -> None:
    assert exemptions_in(_NEW_YORK_LIST + items) == grounds


def test_a_bare_section_87_outside_a_new_york_letter_is_no_new_york_exemption() -> None:
    """The near miss: a letter under another law that names no Public Officers Law keeps its own sections."""
    body = ("Your request under the Illinois Freedom of Information Act, 5 ILCS 140, is granted in part. The names "
            "have been redacted under Section 87(2)(b).")
    assert not any(code.startswith("Public Officers Law") for code in exemptions_in(body))


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Caltrans has identified nine responsive files: four PDF files totalling 156 pages, three Excel spreadsheets and "
     "two video files. Caltrans is releasing all nine files.", 156, None),
    ("We located five records totaling 87 pages. All five records are released in full.", 87, None),
    ("We located five records, totaling 87 pages. We are releasing all of the records in full.", 87, None),
    ("We located five records totaling 87 pages. All of the records are withheld in full under Exemption 5.", None, 87),
    # the near miss: all of a different number of records is not all the records counted
    ("We located five records totaling 87 pages. All three records are released in full.", None, None),
])
def test_all_the_records_counted_in_pages_the_sentence_before(body: str, released: int | None,
                                                              withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)
