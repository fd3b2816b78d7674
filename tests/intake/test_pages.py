"""Page counts: released counts in full plus in part; withheld counts withheld in full only."""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.pages import PageCounts, read_pages, read_pages_after


@pytest.mark.parametrize(("sentences", "released", "withheld"), [
    (["41 pages are released in full, 12 pages are released with redactions, and 7 pages are withheld in full."],
     53, 7),
    (["Of those pages, ICE has determined that 45 pages will be released in their entirety, 70 pages will be "
      "released in part, and 8 pages will be withheld in their entirety pursuant to Title 5."], 115, 8),
    (["We are releasing 280 pages in their entirety and 30 pages in part.", "We are withholding 2 pages in full."],
     310, 2),
    (["110 pages were reviewed and 25 pages are being released."], 25, None),
    (["Enclosed are 14 pages with certain information withheld pursuant to exemption (b)(6)."], 14, None),
    (["The City has located 9 pages of records responsive to your request, which are released in full."], 9, None),
    (["We located sixty (60) pages of responsive records."], None, None),
    (["Twelve pages are withheld in part and three pages are withheld in full."], 12, 3),
    # pages reviewed, processed or located are not pages released; pages released in part are released
    (["We have reviewed 36 pages and are releasing 30 pages in part and withholding 6 pages in full under FOIA "
      "exemptions (b)(6), (b)(7)(C) and (b)(7)(E)."], 30, 6),
    (["We reviewed 36 pages and are releasing 30 pages."], 30, None),
    (["Of the 36 pages reviewed, we are releasing 30 pages in part."], 30, None),
    (["CBP located 36 pages, and is releasing 30 pages with redactions."], 30, None),
    (["CBP processed 120 pages and is releasing 100 pages in part and 20 pages in full."], 120, None),
    (["We identified 200 pages and will release 150 pages in full."], 150, None),
])
def test_page_counts(sentences: list[str], released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A list whose first count is of pages: the counts after it without a unit are pages too.
    ("The Department has processed 1,204 pages: 1,000 pages are released in full, 150 in part, and 54 are withheld "
     "in full.", 1150, 54),
    ("Overall, 300 pages were released in full; 20 with redactions; and 7 were withheld in their entirety.", 320, 7),
    # ... and the pages named with a past participle: "Of the 120 pages located, ..."
    ("Of the 120 pages located, 100 are released in full, 15 are released with redactions, and 5 are withheld in "
     "full pursuant to FOIA Exemption 5.", 115, 5),
    ("Of the 64 pages identified, 60 are released in full and 4 are withheld in full.", 60, 4),
    # ... the counts in clauses after the pages, each saying what is done with them
    ("We located 25 pages; 20 are enclosed, and 5 are withheld in their entirety under Exemption 5.", 20, 5),
    ("The search produced 80 pages, of which 60 are released in full, 15 are released in part and 5 are withheld in "
     "full under Exemptions 6 and 7(C).", 75, 5),
    ("We located twenty-five pages; twenty are enclosed and five are withheld in full.", 20, 5),
    # ... not when something else is counted between, nor what a count is rather than what is done with it
    ("We located 25 pages and 3 spreadsheets; 2 are withheld under Exemption 4.", None, None),
    ("We located 25 pages; these are enclosed, and 2 are excerpts from public reports.", None, None),
    # The near misses: a count of records is not a count of pages, and a total shared out is read by its own rule.
    ("We located 3 records totalling 50 pages, and 2 are released in full.", None, None),
    ("Enclosed are 186 pages: 172 are released in their entirety and 14 contain redactions.", 186, None),
])
def test_unitless_counts_after_a_count_of_pages(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # "Of those," after pages of records: the records are what the pages hold, the counts still pages
    ("We located 52 pages of records. Of those, 41 are released in full and 11 are withheld in full under "
     "Exemption 7(E).", 41, 11),
    ("We identified 60 pages of responsive documents. Of these, 48 are enclosed and 12 are withheld in full under "
     "Exemption 5.", 48, 12),
    # ... but not after records counted beside the pages
    ("We found 30 pages of records and 4 video files. Of these, 3 are released.", None, None),
])
def test_bare_counts_after_pages_of_records_are_pages(body: str, released: int | None, withheld: int | None) -> None:
    events = events_in("This responds to your request under the Freedom of Information Act. " + body)
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, withheld)]


@pytest.mark.parametrize("body", [
    # a list of labelled counts after a colon, separated by semicolons
    "We located 150 pages, processed as follows: released in full: 120 pages; released in part: 18 pages; "
    "withheld in full: 12 pages.",
    # bulleted items
    "We located 150 pages, processed as follows:\n\u2022 Released in full: 120 pages\n\u2022 Released in part: 18 "
    "pages\n\u2022 Withheld in full: 12 pages",
    "Of those pages:\n- 120 pages are released in full\n- 18 pages are released in part\n- 12 pages are withheld in "
    "full",
    # a table in columns, as a PDF's text layer or a plain-text e-mail gives it
    "The disposition of the pages:\nCategory                 Pages\nReleased in full           120\n"
    "Released with portions redacted   18\nWithheld in their entirety        12",
    "The disposition of the pages:\nReleased in full\n120\nReleased in part\n18\nWithheld in full\n12",
])
def test_page_counts_in_lists_and_tables(body: str) -> None:
    [event] = events_in(f"Re: FOIA Request 2026-ICFO-31417\n\nThis is our final response. {body}\n\n"
                        "Information was withheld under Exemptions (b)(6) and (b)(7)(C).")
    assert (event.pages_released, event.pages_withheld) == (138, 12)


@pytest.mark.parametrize(("sentences", "released"), [
    # Pages released in part said to come beside those released without saying how are added to them ...
    (["Forty pages are released; 10 further pages have some excisions under Exemption 6."], 50),
    (["We are releasing 40 pages.", "Another 10 pages are released in part."], 50),
    (["We are releasing 40 pages and 10 additional pages with redactions."], 50),
    # ... but pages found, then a part of them sent with redactions, are not: the part is what is released.
    (["Our review produced 126 responsive pages.", "We are sending you 97 of them, some of which contain redactions; "
      "the other 29 pages are not being released."], 97),
])
def test_further_pages_released_in_part_add_to_the_others(sentences: list[str], released: int) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert counts.pages_released == released


@pytest.mark.parametrize(("body", "withheld"), [
    # A denial that counts the pages found, then withholds the records as a whole, withholds them all ...
    ("MSP has identified 318 pages of records responsive to your request. Your request is denied. The records are "
     "therefore withheld in their entirety pursuant to GP § 4-351(b)(1).", 318),
    ("We located 40 pages of responsive records. Your request is denied. All of these documents are exempt in full "
     "under Exemption 7(A).", 40),
    # ... but one record among them withheld in full says nothing of the others.
    ("We located 40 pages of responsive records. Your request is denied under Exemption 7(A). The autopsy report is "
     "withheld in its entirety.", None),
])
def test_a_denial_of_all_the_records_found_withholds_all_their_pages(body: str, withheld: int | None) -> None:
    [event] = events_in(f"Re: Request 2027-PIA-00512\n\n{body}")
    assert (event.outcome, event.pages_withheld) == ("denied", withheld)


# Running totals: the sum of every release so far, "to date", "so far", or what "this installment" brings it to, is not
# this release's count; where the letter gives no count of its own, pages stay empty with the reason.
@pytest.mark.parametrize(("body", "released"), [
    ("Enclosed is our fourth interim release, consisting of 86 pages released in part. To date, we have released a "
     "total of 1,240 pages in response to your request.", 86),
    ("We are releasing 212 pages in full and 98 pages in part. In all, 1,618 pages have been released to you so far.",
     310),
    ("This release contains 64 pages. With this production, a total of 733 pages have been provided to you.", 64),
    ("We are releasing 36 pages in full and 12 pages in part. Altogether, 1,004 pages have been released to you in "
     "response to this request.", 48),
    # The near misses: this release's own sum, in the present tense or equal to its counts, and records "to date".
    ("We are releasing 20 pages in full and 20 pages in part. Altogether, 40 pages have been released to you.", 40),
    ("With this letter we are releasing a total of 51 pages to you, with redactions under Exemption 6.", 51),
    ("You asked for inspection reports from January 2025 to date. We are releasing 40 pages in full.", 40),
])
def test_a_running_total_beside_this_release_count(body: str, released: int) -> None:
    event = next(e for e in events_in(body) if e.pages_released is not None)
    assert event.pages_released == released


@pytest.mark.parametrize("body", [
    "This is the third interim response to your request. With this installment we have released a total of 412 pages. "
    "Portions have been withheld pursuant to Exemptions 6 and 7(C).",
    "Enclosed please find the sixth installment of records. With this production, the Bureau has released a total of "
    "1,902 pages in response to your request.",
    "Enclosed is the next release of records. To date, 733 pages have been provided to you.",
])
def test_a_running_total_alone_leaves_the_pages_empty_with_the_reason(body: str) -> None:
    event = next(e for e in events_in(body) if e.kind.value in ("interim_release", "final_determination"))
    assert event.pages_released is None
    assert "all releases so far" in event.unsure["pages_released"]


@pytest.mark.parametrize(("sentence", "released", "total"), [
    ("With this letter we are releasing a total of 51 pages to you.", 51, None),
    ("The Department is producing to you a total of 212 pages, some with redactions.", 212, None),
    ("The Office will be providing a total of 64 pages.", 64, None),
    # The near miss: a total reviewed, not given out.
    ("We reviewed a total of 212 pages.", None, 212),
])
def test_a_total_just_after_the_verb_that_gives_pages_out_is_the_release(sentence: str, released: int | None,
                                                                         total: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.total) == (released, total)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # What all the releases so far come to, said "with this release" or "to date", counts none of this release's
    # pages ...
    ("With this release, EOUSA has released a total of 398 pages in full or in part in response to your request, and "
     "has withheld 31 pages in full.", None, None),
    ("With this installment, Ecology has provided 530 pages to date.", None, None),
    ("With today's production, the City has now produced 1,210 pages.", None, None),
    ("The Bureau has released 640 pages so far in response to your request.", None, None),
    # ... but this letter's own release, and records asked for up "to date", do.
    ("With this letter we are releasing 51 pages in full.", 51, None),
    ("We provided 45 pages covering January 2025 to date.", 45, None),
])
def test_a_total_of_the_releases_so_far_is_no_count_of_this_one(sentence: str, released: int | None,
                                                                 withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A count of pages reviewed or located before a colon, and what became of them listed after it: the count before
    # the colon's word is no label of the first count after it ...
    ("This installment consists of 223 pages reviewed: 171 pages are provided in full, 43 pages are provided with "
     "redactions, and 9 pages are withheld in full.", 214, 9),
    ("The response covers 120 pages located: 100 pages are released in full and 20 pages are withheld in full.",
     100, 20),
    # ... while labels that open their items still count.
    ("Pages reviewed: 223; pages released in full: 171; pages released in part: 43; pages withheld in full: 9.",
     214, 9),
])
def test_pages_counted_before_a_colon_label_nothing_after_it(sentence: str, released: int | None,
                                                              withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released"), [
    # A bulleted list of the records sent, each item with its pages, is read item by item: New Mexico's "The following
    # records are attached to this email:" over items closed by semicolons ...
    ("The Department has completed its search and is providing the responsive records in their entirety. The "
     "following records are attached to this letter:\n- Inspection procedures, revised 2026 (34 pages);\n- Desk "
     "manual, chapter 4 (17 pages); and\n- Training slides (22 pages).", 73),
    # ... and in other words
    ("We have completed our search. The following records are enclosed with this response:\n- Inspection reports - 12 "
     "pages\n- Complaint log - 3 pages", 15),
    ("We have completed our search. The records are provided in full. The following records are attached herewith:\n"
     "- Budget memo (4 pages)\n- Staff e-mails (9 pages)", 13),
])
def test_a_bulleted_list_of_the_records_sent_sums_its_items(body: str, released: int) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, None)


def test_a_bulleted_list_of_records_given_with_their_fates_sums_each_kind() -> None:
    [event] = events_in("The following records are responsive to your request:\n- Incident report (12 pages), "
                        "released in part;\n- Witness statements (8 pages), withheld in full under Section "
                        "14-2-1(D);\n- Dispatch log (5 pages), released in full.")
    assert (event.pages_released, event.pages_withheld) == (17, 8)


@pytest.mark.parametrize("heading", [
    # The near misses: a list of records withheld, and one of records still to be sent
    "The following records are withheld in full under Section 14-2-1(D):",
    "The following records will be provided to you once the fee is paid:",
])
def test_a_list_of_records_not_sent_releases_no_pages(heading: str) -> None:
    found = events_in(f"We have located the responsive records. {heading}\n- Report (12 pages);\n- Log (3 pages).")
    assert all(e.pages_released is None for e in found)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # The pages named at the head of the sentence with the release they were reviewed for: the counts after them
    # share them out ...
    ("Of the 300 pages reviewed for this release, 280 are released in full or in part and 20 are withheld in full.",
     280, 20),
    ("Of the 412 pages processed in this installment, 380 are released in full or in part and 32 are withheld in full.",
     380, 32),
    # ... as they do with the verb alone.
    ("Of the 300 pages reviewed, 280 are released in full or in part and 20 are withheld in full.", 280, 20),
])
def test_pages_reviewed_for_this_release_then_shared_out(sentence: str, released: int, withheld: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # Portions of pages named as sent: released in part, not withheld in full.
    ("Portions of the enclosed 14 pages are withheld under Exemption 6.", 14, None),
    ("Certain information on the attached 9 pages has been withheld under Exemption 6.", 9, None),
    ("Parts of the accompanying 22 pages were redacted under Exemptions 6 and 7(C).", 22, None),
    # ... the word that says where they are set after the count as well.
    ("Portions of the 14 enclosed pages have been withheld.", 14, None),
    ("Parts of the 9 attached pages were redacted under Exemption 6.", 9, None),
    ("Information on the 20 accompanying pages has been withheld under Exemption 6.", 20, None),
    # The near miss: the pages themselves withheld.
    ("The enclosed 14 pages are withheld in full under Exemption 5.", None, 14),
    ("Portions of the 14 enclosed documents have been withheld.", None, None),
])
def test_portions_of_the_pages_sent_are_released_in_part(sentence: str, released: int | None,
                                                         withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A bracket after a count of pages that only says what the pages are: its numbers count no pages of their own.
    ("We are releasing 53 pages (pages 1 through 53 of 120).", 53, None),
    ("We are releasing 53 pages (12 documents, 4 of them maps).", 53, None),
    ("Enclosed are 120 pages (Bates 000101-000220) of responsive records.", 120, None),
    ("The Department is releasing 48 pages (three reports and 2 photographs) in full.", 48, None),
    # The near misses: a bracket that shares the pages out, or says what was done with some of them.
    ("We are releasing 53 pages (41 in full, 12 in part).", 53, None),
    ("We located 60 pages (12 of them withheld in full).", None, 12),
])
def test_a_bracket_describing_the_pages_counts_none(sentence: str, released: int | None,
                                                    withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A record's own numbers, joined by "and", end no clause of the count before them ...
    ("Twelve pages of records concerning Permit Nos. 2026-0417 and 2026-0938 have been withheld in their entirety.",
     None, 12),
    ("9 pages about Case Nos. 26-114, 26-115 and 26-119 are withheld in full.", None, 9),
    ("Twelve pages of records concerning Permits 2026/0417 and 2026/0938 have been withheld in their entirety.",
     None, 12),
    # ... nor do the full stops inside an initialism.
    ("Twelve pages of the U.S. Forest Service records have been withheld in their entirety.", None, 12),
    ("Fourteen pages of the U.S. Army Corps of Engineers permit file are withheld in full under Exemption 5.",
     None, 14),
    ("Six pages of the D.C. Metropolitan Police Department reports are withheld in full.", None, 6),
    # The near miss: a count after "and" opens its own clause.
    ("We are releasing 30 pages and 12 pages are withheld in full.", 30, 12),
])
def test_a_records_number_or_an_initialism_ends_no_clause(sentence: str, released: int | None,
                                                          withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


def test_a_law_cited_by_its_initials_still_ends_the_clause() -> None:
    # The near miss: the pages' own verb before the citation, the words after it no verb of theirs.
    body = ("We are providing 31 pages. The officers' home addresses have been redacted from 6 of those pages under "
            "A.C.A. § 25-19-105(b)(12), as personnel records the disclosure of which would constitute a clearly "
            "unwarranted invasion of personal privacy.")
    event = next(e for e in events_in(body) if e.kind.value == "final_determination")
    assert event.pages_released == 31


@pytest.mark.parametrize("body", [
    # Items counted beside what they name that do not add up to the sum named: neither is taken.
    "Enclosed are the incident reports (12 pages) and the booking sheets (30 pages), for a total of 45 pages.",
    "We are releasing the policy, 9 pages, and the agreement, 15 pages, 26 pages in all.",
    "A total of 50 pages are enclosed: the reports (12 pages) and the booking sheets (30 pages).",
])
def test_items_that_do_not_add_up_to_their_sum_leave_the_pages_empty_with_the_reason(body: str) -> None:
    event = next(e for e in events_in(body) if e.kind.value == "final_determination")
    assert event.pages_released is None
    assert "do not add up" in event.unsure["pages_released"]


def test_items_that_add_up_to_their_sum_are_counted_once() -> None:
    # The near miss: the same items with the right sum.
    body = "Enclosed are the incident reports (12 pages) and the booking sheets (30 pages), for a total of 42 pages."
    event = next(e for e in events_in(body) if e.kind.value == "final_determination")
    assert event.pages_released == 42 and "pages_released" not in event.unsure


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A total reviewed before the pages given out: the pages given out are the release, and no pages are withheld
    # unless the letter says so.
    ("We reviewed a total of 212 pages and are releasing 200 pages to you.", 200, None),
    ("The Office reviewed a total of 90 pages and is providing 75 pages.", 75, None),
    ("After reviewing a total of 48 pages, we are releasing 40 pages to you.", 40, None),
    # The near miss: the total alone is no release.
    ("We reviewed a total of 212 pages.", None, None),
])
def test_a_total_reviewed_then_the_pages_released(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # Pages released now, named after the verb by what was done with them before: none of them is withheld now
    ("We are releasing 12 additional pages that were previously withheld in full.", 12, None),
    ("The agency will release two pages previously withheld under Exemption 5.", 2, None),
    ("On remand the Bureau is producing 9 pages which had been previously redacted in part, with redactions under "
     "Exemption 6.", 9, None),
    # The near miss: pages withheld now beside a release, nothing said of before
    ("We are releasing 30 pages and withholding 4 pages in full under Exemption 5.", 30, 4),
])
def test_pages_released_now_named_by_their_earlier_withholding(sentence: str, released: int | None,
                                                                withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("lines", "released", "withheld"), [
    # A table of the records sent with a column counting the redacted pages of each; the totals row only sums them.
    (["The MVD has located the records summarized below, and they are attached to the e-mail that carried this "
      "letter.", "Record | Pages | Redacted", "Driver license application file | 14 | 3",
      "Title and registration history | 9 | 2", "Photograph history | 2 | 0", "Total | 25 | 5"], 25, None),
    (["The following records are enclosed.", "Document | No. of pages | Pages redacted", "Incident report | 6 | 6",
      "Supplemental narrative | 4 | 1"], 10, None),
    # ... and one counting the withheld pages too, in other words
    (["We have released the records listed below.", "Record | Number of pages | With redactions | Withheld in full",
      "Crash report | 8 | 2 | 0", "Witness statements | 5 | 0 | 5"], 8, 5),
])
def test_a_table_of_records_sent_counting_their_redacted_pages(lines: list[str], released: int,
                                                               withheld: int | None) -> None:
    from foiatrack.intake.pages import table_rows_respelt

    counts = PageCounts()
    for spelt in table_rows_respelt([*lines, "Sincerely,"]).values():
        read_pages(spelt, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize("lines", [
    # The near misses: a table under a sentence that sends nothing yet, or only found the records
    ["The records below will be released upon payment of the fee.", "Record | Pages | Redacted", "Report | 14 | 3"],
    ["We located the records summarized below.", "Record | Pages | Redacted", "Report | 14 | 3"],
])
def test_a_table_of_records_not_sent_counts_no_pages(lines: list[str]) -> None:
    from foiatrack.intake.pages import table_rows_respelt

    assert table_rows_respelt(lines) == {}


@pytest.mark.parametrize(("sentences", "released", "withheld"), [
    # Pages handed over in words said to the reader are the whole the next sentence shares out: the pages redacted are
    # part of the release, not the release
    (["Enclosed please find 58 pages of records.", "Of those, 17 pages have been redacted in part.",
      "In addition, 5 pages have been withheld in their entirety."], 58, 5),
    (["Please find attached 58 pages of responsive records.", "Of these, 17 pages contain redactions."], 58, None),
    (["Attached you will find 58 pages.", "Of those, 17 pages have been partially redacted."], 58, None),
    (["Enclosed are 142 pages, consisting of the incident reports for January through March 2026.",
      "Of these, 38 pages contain redactions, as follows:"], 142, None),
    # The near miss: pages found, not handed over, then the pages released in part
    (["Our search located 58 pages of records.", "Of those, 17 pages have been redacted in part."], 17, None),
])
def test_pages_enclosed_said_to_the_reader_then_a_share_redacted(sentences: list[str], released: int | None,
                                                                 withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # The list of sections run onto the sentence, a line ending at its colon, names no pages: the pages are released
    ("Enclosed please find 23 pages of responsive records, from\nwhich certain information has been redacted under "
     "the following sections of the Act:\nSection 7(1)(b) - Private information, including home addresses, which is "
     "exempt from disclosure (5 ILCS 140/7(1)(b));", 23, None),
    ("Attached are 41 pages of records, with portions redacted pursuant to the following exemptions:\n"
     "Exemption 6 - information exempt from disclosure because its release would invade personal privacy;", 41, None),
    ("We are releasing 12 pages to you, with redactions made under the following provisions:\n"
     "MCL 15.243(1)(a), information of a personal nature, withheld from disclosure;", 12, None),
    # The near miss: pages withheld in full before the list stay withheld
    ("A total of 9 pages are withheld in full under the following exemptions:\nExemption 5 - deliberative process "
     "material exempt from disclosure;", None, 9),
])
def test_a_list_of_sections_after_the_following_counts_no_pages(body: str, released: int | None,
                                                                withheld: int | None) -> None:
    event = events_in(body)[0]
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("sentences", "released", "withheld"), [
    # The grounds listed after a breakdown that adds up to the total tell which of its pages each covers: no more pages.
    (["ODRC has located 58 pages of records responsive to your request.",
      "47 pages are provided in full and 5 pages are provided with redactions.",
      "The remaining 6 pages are withheld in their entirety.",
      "Two pages of mental health referral forms are withheld in their entirety.",
      "Four pages of an investigation are withheld in their entirety."], 52, 6),
    (["We located 40 pages.", "We are releasing 30 pages in full and withholding 10 pages in full.",
      "Of those, 7 pages of medical records are withheld under R.C. 5120.21(F)."], 30, 10),
    (["The search produced 25 pages.", "20 pages are released in full and 5 pages are released in part.",
      "3 pages of the incident report are released in part, with names redacted."], 25, None),
    # The near misses: without a total the breakdown accounts for, or past it, a further count is more pages.
    (["47 pages are provided in full.", "The remaining 6 pages are withheld in their entirety.",
      "Two pages of mental health referral forms are withheld in their entirety."], 47, 8),
    (["We located 40 pages.", "We are releasing 30 pages in full.", "10 pages are withheld in full.",
      "A further 12 pages are withheld in full."], 30, 22),
])
def test_the_pages_a_ground_covers_after_a_full_breakdown(sentences: list[str], released: int | None,
                                                          withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert ((counts.released_full or 0) + (counts.released_part or 0) or None, counts.withheld_full) == (released,
                                                                                                        withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # What release would do, told between the pages and the verb, releases nothing.
    ("Four pages of an investigation, which would disclose the identity of confidential informants, are withheld in "
     "their entirety.", None, 4),
    ("12 pages of the file, the release of which could endanger the life of a witness, are withheld in full.",
     None, 12),
    ("Three pages, that might reveal investigative techniques, were withheld in full under Exemption 7(E).", None, 3),
    # The near miss: a clause that tells something else of the pages leaves the sentence as it is.
    ("Nine pages, which were located in the warden's files, are released in full.", 9, None),
])
def test_what_release_would_do_releases_nothing(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert ((counts.released_full or 0) + (counts.released_part or 0) or None, counts.withheld_full) == (released,
                                                                                                        withheld)


@pytest.mark.parametrize(("sentences", "full", "part"), [
    (["Approved: 86 pages of records are approved for release.", "Of those, 47 pages have been partially redacted."],
     39, 47),
    (["The 120 pages have been cleared for public release.", "Of these, 30 pages contain redactions."], 90, 30),
    (["58 pages are appropriate for release.", "Of those, 12 pages carry redactions."], 46, 12),
    # The near miss: pages found, not given out, of which some are released in part.
    (["Our review found 126 responsive pages.", "Of these, 40 pages are released in part."], None, 40),
])
def test_pages_approved_for_release_are_the_whole_whose_redacted_share_follows(sentences: list[str], full: int | None,
                                                                                part: int) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert (counts.released_full, counts.released_part) == (full, part)


@pytest.mark.parametrize(("sentences", "released"), [
    (["Of these, 26 pages are copies of the Notices of Award that we released to you in full in our interim response "
      "of September 14, 2026; they are not included again.",
      "Of the remaining 212 pages, 148 pages are released in full and 51 pages are released in part."], 199),
    # ... the earlier response's day written day first or in numbers
    (["Of these, 26 pages are copies of the Notices of Award that we released to you in full in our interim response "
      "of 14 September 2026; they are not included again.",
      "Of the remaining 212 pages, 148 pages are released in full and 51 pages are released in part."], 199),
    (["Of these, 26 pages are copies of records we released to you in our letter of 09/14/2026.",
      "Of the remaining 212 pages, 148 pages are released in full and 51 pages are released in part."], 199),
    (["12 pages are copies of e-mails already provided to you.", "We are releasing 40 pages in full."], 40),
    (["Nine pages are copies of records previously released to you.", "We are releasing 40 pages in part."], 40),
    # The near miss: copies of records, released now.
    (["The 30 pages are copies of the inspection reports and are released in full."], 30),
])
def test_pages_that_copy_records_given_out_before_are_not_released_again(sentences: list[str],
                                                                          released: int) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert counts.pages_released == released


@pytest.mark.parametrize(("sentence", "full", "part", "withheld"), [
    ("In summary, 242 pages are released (11 in full and 231 in part), 44 pages are withheld in full, and 28 pages "
     "were referred to the Naval Criminal Investigative Service for direct response to you.", 11, 231, 44),
    ("The 60 pages were provided (48 in full, 12 with redactions).", 48, 12, None),
    ("In all, 95 pages have been disclosed (70 in full and 25 in part) and 5 pages are withheld in full.", 70, 25, 5),
    # The near miss: a bracket that only says which pages, no shares of them.
    ("53 pages are released (pages 1 through 53).", None, None, None),
])
def test_shares_in_brackets_after_the_verb_that_releases_the_pages(sentence: str, full: int | None,
                                                                   part: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.released_full, counts.released_part, counts.withheld_full) == (full, part, withheld)


@pytest.mark.parametrize(("sentence", "withheld"), [
    ("44 pages are withheld in full, and 28 pages were referred to the Naval Criminal Investigative Service for direct "
     "response to you.", 44),
    ("Six pages are withheld in their entirety, and 14 pages were referred to NCIS for direct response to you.", 6),
    ("We are withholding 9 pages in full, and 30 pages have been forwarded to the Department of State for review.", 9),
    # The near miss: pages withheld in full by their own verb, then referred as well.
    ("12 pages are withheld in full and referred to the FBI.", 12),
])
def test_pages_referred_away_after_pages_withheld_are_not_withheld(sentence: str, withheld: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.withheld_full == withheld


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # Pages said to have nothing taken out go out in full, as a plain-spoken reply says it.
    ("We found 12 pages; 10 have no redactions and 2 are withheld.", 10, 2),
    ("We found 80 pages. Seventy-one of them are unredacted and nine are withheld in full.", 71, 9),
    ("We located 30 pages. Twenty of them contain no redactions, and the other 10 are withheld in full.", 20, 10),
    ("With this release we are sending you 96 pages. Seventy-one of them are unredacted; the other 25 contain "
     "redactions of names under Exemption 6.", 96, None),
    # The near miss: pages that do not lack redactions release nothing in full.
    ("We found 30 pages. None of them are unredacted, and all 30 are withheld in full.", None, 30),
])
def test_pages_with_nothing_taken_out_are_released_in_full(body: str, released: int | None,
                                                           withheld: int | None) -> None:
    (event,) = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("sentences", "full"), [
    (["We found 80 pages.", "Seventy-one of them are unredacted."], 71),
    (["We found 80 pages.", "Seventy-one of those have no redactions."], 71),
    (["We located 12 pages.", "All 12 pages are unredacted."], 12),
    # The near miss: pages that do have redactions.
    (["We found 80 pages.", "Seventy-one of them have redactions."], None),
])
def test_a_share_with_nothing_taken_out_is_released_in_full(sentences: list[str], full: int | None) -> None:
    counts = PageCounts()
    previous = ""
    for sentence in sentences:
        read_pages_after(sentence, previous, counts)
        previous = sentence
    assert counts.released_full == full


@pytest.mark.parametrize(("sentences", "part", "withheld"), [
    # Pages that contain what was withheld, told in a clause of its own, go out in part.
    (["The records are attached.", "22 pages contain information that we have withheld under Exemption 6."], 22, None),
    (["The records are attached.", "22 pages contain names that were withheld under Exemption 6."], 22, None),
    (["We are releasing 40 pages in full.", "12 pages have details which the Department redacted under Exemption "
      "7(C)."], 12, None),
    # The near miss: pages themselves withheld.
    (["The records are attached.", "22 pages are withheld under Exemption 6."], None, 22),
])
def test_pages_containing_what_was_withheld_are_released_in_part(sentences: list[str], part: int | None,
                                                                 withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert (counts.released_part, counts.withheld_full) == (part, withheld)


@pytest.mark.parametrize("sentence", [
    "The 40 pages of correspondence you cite are attached to your appeal.",
    "We have read the 12 pages you enclosed with your request.",
    "The 9 pages that you sent with your complaint are part of the record.",
])
def test_pages_the_requester_sent_count_nothing(sentence: str) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (None, None)


def test_pages_attached_to_this_letter_are_released() -> None:
    # The near miss: the office's own attachment.
    assert pages_in("The 40 pages of correspondence are attached to this letter.").pages_released == 40


@pytest.mark.parametrize("sentence", [
    "Enclosure: Copy of your request (3 pages)",
    "Enclosures: copy of your original FOIA request, 2 pages",
    "Attachment: a copy of your appeal letter - 4 pages",
])
def test_the_requesters_own_letter_sent_back_is_no_release(sentence: str) -> None:
    # The note under a no-records letter that returns the request with it.
    assert pages_in(sentence).pages_released is None


@pytest.mark.parametrize(("sentence", "released"), [
    ("Enclosure: Copy of the records you requested (3 pages)", 3),
    ("Enclosures (41 pages)", 41),
])
def test_an_enclosure_note_of_records_still_counts(sentence: str, released: int) -> None:
    # The near miss: what is enclosed is the records, not the requester's letter.
    assert pages_in(sentence).pages_released == released


@pytest.mark.parametrize(("sentence", "released"), [
    ("Attachments (3 files, 21 pages in all):", 21),  # an e-mail's list of the records it carries
    ("Attachments (21 pages)", 21),
    ("Attachment: 3 files, 21 pages", 21),
])
def test_an_attachments_note_counts_as_an_enclosures_note(sentence: str, released: int) -> None:
    assert pages_in(sentence).pages_released == released


@pytest.mark.parametrize("sentence", [
    "Attachments: DR-26-04418_Response_Letter.pdf",  # no pages counted
    "Attachment: Copy of your request (3 pages)",  # the requester's own letter
    "The attachments to the report run to 40 pages.",  # no note under the signature
])
def test_an_attachments_note_without_records_counted_releases_nothing(sentence: str) -> None:
    assert pages_in(sentence).pages_released is None


@pytest.mark.parametrize(("sentence", "withheld"), [
    # A heading of records kept back, each record after it with its pages in brackets: all withheld in full
    ("Data not provided: the medical records of the deceased (62 pages) are private medical data under Minn. Stat. § "
     "13.384, subd. 3, and the security assessment (18 pages) is security information under Minn. Stat. § 13.37, "
     "subd. 2, and is not public.", 80),
    ("Records withheld in full: the autopsy report (14 pages) and the scene photographs (3 pages).", 17),
    ("Documents not released: the draft audit (9 pages), under Gov't Code § 552.111.", 9),
])
def test_pages_under_a_heading_of_records_kept_back_are_withheld(sentence: str, withheld: int) -> None:
    counts = pages_in(sentence)
    assert (counts.withheld_full, counts.pages_released) == (withheld, None)


@pytest.mark.parametrize("sentence", [
    # The near misses: what went out with parts taken out
    "Data provided with portions not public: the internal review of the incident (29 pages).",
    "Records withheld in part: the internal review (29 pages).",
])
def test_pages_under_a_heading_of_records_given_in_part_are_not_withheld(sentence: str) -> None:
    assert pages_in(sentence).withheld_full is None


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # A share of the pages just counted, "N of which", is counted as "N of them" is: what is done with it is its own.
    ("Enclosed are 82 pages, 52 of which have been partially redacted; the other 30 pages are released without "
     "redaction.", 82, None),
    ("We are releasing 82 pages, 52 of which have been partially redacted; the other 30 pages are released in full.",
     82, None),
    ("We located 120 pages, 40 of which are withheld in full; the other 80 pages are released in full.", 80, 40),
    # The near miss: a share that is neither released nor withheld.
    ("We reviewed 120 pages, 40 of which were duplicates.", None, None),
])
def test_a_share_of_the_pages_of_which_is_counted_as_of_them(sentence: str, released: int | None,
                                                             withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("table", "withheld"), [
    # A GRAMA table: a record classed as not public, its pages in brackets, is withheld.
    ("| Record | Classification | Authority\n"
     "| Internal affairs investigation file (412 pages) | Protected | Utah Code § 63G-2-305(10), (25)\n"
     "| Interview recordings (6 audio files) | Protected | Utah Code § 63G-2-305(10)", 412),
    ("| Record requested | GRAMA classification | Basis\n"
     "| Medical examiner's notes (14 pages) | Private | Utah Code § 63G-2-302(1)(b)\n"
     "| Psychological evaluation (9 pages) | Controlled | Utah Code § 63G-2-304", 23),
    # The near miss: a record classed "Public" is not withheld.
    ("| Record | Classification | Authority\n"
     "| Incident report (12 pages) | Public | Utah Code § 63G-2-301(2)", None),
])
def test_a_record_classed_not_public_in_a_classification_table_is_withheld(table: str, withheld: int | None) -> None:
    body = ("Your request is denied. The records are classified as shown below under Utah Code § 63G-2-305.\n\n"
            + table + "\n\nYou may appeal this denial to the chief administrative officer within 30 days.")
    events = events_in(body)
    assert [event.pages_withheld for event in events] == [withheld]


@pytest.mark.parametrize(("body", "released"), [
    ("Enclosed are 61 pages of records, consisting of 14 incident and use-of-force reports (38 pages), disciplinary "
     "hearing records (15 pages), and Detention Facility Policies 6.04 and 9.12 (8 pages).", 61),
    ("Thirty-four (34) pages of records have been released to you on the request page: the computer-aided dispatch "
     "report and call-for-service log (9 pages), the complaint/incident reports (18 pages), and the body-worn camera "
     "activation log (7 pages).", 34),
    ("We are releasing 30 pages, comprising the incident report (10 pages) and the booking log (20 pages).", 30),
])
def test_a_sum_of_pages_the_items_after_it_add_up_to_is_counted_once(body: str, released: int) -> None:
    assert [event.pages_released for event in events_in(body)] == [released]


def test_items_after_a_sum_that_do_not_add_up_to_it_are_not_left_out() -> None:
    from foiatrack.intake.pages import _without_items_after_sum

    sentence = "Enclosed are 40 pages of records, consisting of the report (10 pages) and the log (20 pages)."
    assert _without_items_after_sum(sentence) == sentence
    # The near miss of the rule itself: a count of records, not of pages, introduces nothing.
    sentence = "We located 3 records, consisting of the report (10 pages) and the log (20 pages)."
    assert _without_items_after_sum(sentence) == sentence


@pytest.mark.parametrize(("body", "released"), [
    ("In response to item 2, please find attached the Cooperative Endeavor Agreement and its two amendments, "
     "consisting of twenty-four (24) pages, produced without redaction. In response to items 1 and 3,"
     " please find attached the incident report and the communications, consisting of eleven (11) pages.", 35),
    ("With respect to Item 4 of your request, 30 pages are released in full. Regarding Item 1, enclosed are 12 pages.",
     42),
    # The near misses: the same item answered again, and counts that answer no named item.
    ("In response to item 2, 24 pages are released in full. In response to item 2, enclosed are 24 pages.", 24),
    ("Enclosed are 24 pages, released in full. Enclosed are 11 pages.", 24),
])
def test_pages_given_for_other_items_of_the_request_are_counted_beside(body: str, released: int) -> None:
    assert [event.pages_released for event in events_in(body)] == [released]


@pytest.mark.parametrize(("table", "released", "withheld"), [
    ("| Category | Pages produced | Produced with redactions | Pages withheld |\n"
     "| E-mails between Office staff and SCDC | 142 | 19 | 0 |\n"
     "| Text messages | 11 | 4 | 0 |\n"
     "| Briefing memoranda to the Governor | 6 | 0 | 13 |\n"
     "| Total | 159 | 23 | 13 |", 159, 13),
    ("| Record | Pages released | Released with redactions | Pages withheld |\n"
     "| Incident reports | 40 | 12 | 5 |\n"
     "| Dispatch log | 8 | 0 | 0 |", 48, 5),
    # The near miss: columns that share the pages out, "Provided in full" beside "Provided with redactions".
    ("| Record | Total pages | Provided in full | Provided with redactions | Withheld in full |\n"
     "| Incident reports | 57 | 40 | 12 | 5 |", 52, 5),
])
def test_a_column_of_pages_produced_with_redactions_is_a_share_of_those_produced(table: str, released: int,
                                                                                 withheld: int) -> None:
    body = ("The Office has completed its search and review. Enclosed please find the records responsive to your "
            "request, as described below.\n\n" + table + "\n\nCertain information has been redacted under S.C. Code "
            "Ann. § 30-4-40(a)(2).")
    assert [(event.pages_released, event.pages_withheld) for event in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # The pages of the release named by the release they are in, the counts after them a share of them.
    ("Of the 212 pages in this installment, 203 are released, 88 of them with redactions, and 9 pages of the Force "
     "Review Board packet are withheld in full.", 203, 9),
    ("Of the 140 pages in the enclosed production, 120 are released, 35 of them with redactions, and 20 pages are "
     "withheld in full.", 120, 20),
    # ... the near miss: pages named by another place are no share of this release.
    ("Of the 212 pages in this box, 88 of them with redactions are released.", 88, None),
])
def test_shares_of_the_pages_in_this_release(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released"), [
    # Pages given out on the requester's earlier request, told beside those released now, are no release of this one.
    ("This is the final response to your request. The report itself, 26 pages, was released to you in redacted form "
     "on August 14, 2026, in response to your earlier request 26-09112-F, and it has not been processed again. We are "
     "releasing 40 pages in full and 293 pages in part.", 333),
    ("This is the final response to your request. We are releasing 212 pages in full. The 86 pages of incident "
     "reports that were provided to you on October 2, 2026, in response to your previous request, are not "
     "duplicated here.", 212),
    # ... the near miss: pages this letter releases in answer to the earlier request too are released.
    ("This is the final response to your request. We are releasing 26 pages in full, which also answer your earlier "
     "request 26-09112-F.", 26),
])
def test_pages_released_on_the_requesters_earlier_request_are_not_this_release(body: str, released: int) -> None:
    [event] = events_in(body)
    assert event.pages_released == released


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # Pages released but for some withheld in full: the release counts them without those.
    ("Ms. Halvorsen-Tate has determined that the remaining 146 pages are appropriate for release in part, with the "
     "exception of 16 pages, which are withheld in full.", 130, 16),
    ("The 48 pages are released in full except for 4 pages that are withheld in their entirety.", 44, 4),
    # ... the near miss: pages only reviewed are no release, whatever is withheld of them.
    ("We reviewed 146 pages, with the exception of 16 pages, which are withheld in full.", None, 16),
])
def test_pages_released_but_for_those_withheld(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # What was done to an item's pages said with no subject, in the sentence after the item's count.
    ("This is our final response. Item 1: Investigative report, 88 pages, produced with redactions. Item 2: "
     "Coroner's autopsy report and toxicology report, 12 pages. Withheld in full; autopsy reports are confidential "
     "pursuant to La. R.S. 44:19.", 88, 12),
    ("This is our final response. Item 3: the booking photographs, 4 pages. Withheld in their entirety.", None, 4),
    # ... the near miss: a participle opening a sentence about something else counts nothing of the item before.
    ("This is our final response. Item 3: the booking photographs, 4 pages. Withheld information is described in the "
     "enclosed log.", None, None),
])
def test_an_items_pages_done_as_the_next_sentence_says(body: str, released: int | None,
                                                       withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # An investigation's enclosures named by their numbers are parts of the records, not pages this letter encloses.
    ("This is the final response. Box 1 (the report and enclosures (1) through (27)): 310 pages. These pages are "
     "released with redactions. Box 3 (enclosures (62) through (70): medical treatment records): 44 pages. These "
     "pages are withheld in their entirety.", 310, 44),
    ("This is the final response. Enclosure (5), the witness statements: 12 pages. These pages are withheld in "
     "their entirety.", None, 12),
    # ... the near miss: pages said to be enclosed are released.
    ("This is the final response. The 12 pages of witness statements are enclosed.", 12, None),
])
def test_an_investigations_numbered_enclosures_are_not_enclosed(body: str, released: int | None,
                                                                withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("body", "released"), [
    # An item's pages after its label, a share of them redacted and no verb of their own, are given out.
    ("This is our final response. The records are provided as attachments. Attachment A - Reports of Investigation "
     "(FDLE-000001 through FDLE-000118): 118 pages, 44 of which contain redactions. Attachment B - Sworn statements: "
     "63 pages, 19 of which contain redactions. Attachment C - Laboratory reports: 31 pages, provided without "
     "redaction.", 212),
    ("This is our final response. Item 1: incident report, 12 pages, 3 of which are redacted.", 12),
    # ... the near miss: pages only located, a share of them redacted, are no release of all of them.
    ("This is our final response. We located 118 pages, 44 of which contain redactions.", 44),
])
def test_an_items_pages_a_share_of_them_redacted_are_given_out(body: str, released: int) -> None:
    [event] = events_in(body)
    assert event.pages_released == released


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # Pages a law makes confidential, or not subject to disclosure, are withheld.
    ("After a diligent review, the Department has determined that the records responsive to your request, consisting "
     "of 214 pages, are confidential and are not subject to disclosure.", None, 214),
    ("The laboratory reports, 18 pages, are not subject to public inspection under Tenn. Code Ann. § "
     "10-7-504(a)(2)(A).", None, 18),
    # The near miss: what is taken out of pages given is confidential, not the pages.
    ("We are releasing 38 pages, redacted to remove home addresses, which are confidential under KRS 61.878(1)(a).",
     38, None),
])
def test_pages_confidential_or_not_subject_to_disclosure_are_withheld(sentence: str, released: int | None,
                                                                     withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # An item's pages counted, and what is done with them told next, after the item's answer or of "it", the one
    # record counted (Michigan's box-by-box answer; a district's list of record types).
    ("Your request is granted in part. Box 1 (compliance files, 2024-2025): 612 pages. Granted; the pages are "
     "released in full. Box 2 (the enforcement file): 42 pages. Denied; the pages are withheld in full under MCL "
     "15.243(1)(g).", 612, 42),
    ("This is our final response. a. Periodic Inspection Report No. 11, 118 pages. It is released in full. b. Issue "
     "Evaluation Study (draft, May 2026), 94 pages. The study has not been approved and its findings remain under "
     "review. It is withheld in its entirety under 5 U.S.C. § 552(b)(5), as a predecisional and deliberative "
     "document.", 118, 94),
    ("This is our final response. The incident report, 12 pages. The records are released with redactions under "
     "Exemption 6.", 12, None),
    # The near misses: "it" after a sentence that already says what was done with its pages, and "the pages" of a
    # sentence that counted nothing.
    ("This is our final response. We are releasing 40 pages in full. It is the whole of the file.", 40, None),
    ("This is our final response. We searched the files of the Division. The pages are released in full.",
     None, None),
])
def test_pages_counted_for_an_item_and_done_with_in_the_next_sentence(body: str, released: int | None,
                                                                      withheld: int | None) -> None:
    events = events_in(body)
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, withheld)]


@pytest.mark.parametrize(("sentence", "released"), [
    # Pages already public, pointed to and not sent again, are no release of this letter.
    ("Fifty-two of those pages are routine, focused and pre-license inspection reports that are already available to "
     "the public through the APHIS Public Search Tool.", 184),
    ("Fifty-two pages are already publicly available in ADAMS.", 184),
    ("Fifty-two pages were previously published in the Federal Register.", 184),
    # The near misses: pages made available now.
    ("Fifty-two pages are now available to the public on our website.", 236),
    ("Fifty-two pages are available for download.", 236),
])
def test_pages_already_public_are_no_release_of_this_letter(sentence: str, released: int) -> None:
    events = events_in(f"This is our final response. We located 248 pages. {sentence} Of the remaining 196 pages, 11 "
                       "pages are released in full and 173 pages are released in part.")
    assert [event.pages_released for event in events] == [released]


@pytest.mark.parametrize(("sentence", "withheld"), [
    # The office's refusal closing the sentence that counts the pages: all of them kept back.
    ("The remaining 1,166 pages of the file, and the audio recordings, video files and photographs, are criminal "
     "investigation records as defined by K.S.A. 45-217(c), and the KBI declines to disclose them under K.S.A. "
     "45-221(a)(10).", 1166),
    ("The other 212 pages are the extraction reports of the telephones seized, and the Division refuses to release "
     "them.", 212),
    # The near misses: a refusal of portions, and one for now.
    ("The other 212 pages are the extraction reports, and the Division declines to release them with the portions "
     "identifying witnesses.", None),
    ("The other 212 pages are ready, and the Division declines to release them until the fee is paid.", None),
])
def test_pages_the_office_declines_to_give_at_the_close_of_their_sentence_are_withheld(
        sentence: str, withheld: int | None) -> None:
    events = events_in(f"This is our final response. We located 1,180 pages. {sentence}")
    assert [event.pages_withheld for event in events] == [withheld]


@pytest.mark.parametrize(("lines", "released", "withheld"), [
    # A list of the productions so far, one line marked as this one: only that line counts.
    ("Production 1 (September 30, 2026): 250 pages reviewed; 214 pages released in full, 36 pages released in part.\n"
     "Production 2 (October 29, 2026): 271 pages reviewed; 188 pages released in full, 71 pages released in part, 12 "
     "pages withheld in full.\n"
     "Production 3 (this production): 164 pages reviewed; 97 pages released in full, 44 pages released in part, 23 "
     "pages withheld in full.", 141, 23),
    ("First interim release (August 3, 2026): 120 pages released, 4 pages withheld in full.\n"
     "Second interim release (current): 80 pages released, 6 pages withheld in full.", 80, 6),
    # ... and the list's line for all of them together stands for nothing
    ("First interim release (July 14, 2026): 388 pages reviewed; 361 pages released in full or in part; 27 pages "
     "withheld in full.\nThird interim release (this release): 412 pages reviewed; 369 pages released in full or in "
     "part; 43 pages withheld in full.\nTotal to date: 800 pages reviewed; 730 pages released in full or in part; 70 "
     "pages withheld in full.", 369, 43),
    ("Release 1 (October 2, 2026): 100 pages released, 5 pages withheld in full.\n"
     "Release 2 (this letter): 60 pages released, 2 pages withheld in full.\n"
     "Total: 160 pages released, 7 pages withheld in full.", 60, 2),
    ("Release 1 (October 2, 2026): 100 pages released.\nRelease 2 (this letter): 60 pages released.\n"
     "Cumulative total: 160 pages released.", 60, None),
    # The near miss: no line marked as this one, so every line is read.
    ("Part 1 (inspection reports): 40 pages released in full.\nPart 2 (correspondence): 12 pages released in part.",
     52, None),
])
def test_a_list_of_productions_counts_only_the_one_marked_as_this(lines: str, released: int,
                                                                  withheld: int | None) -> None:
    events = events_in(f"This letter is our final production of records responsive to your request.\n\n{lines}\n\n"
                       "The records are enclosed.")
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, withheld)]


@pytest.mark.parametrize(("items", "released", "withheld"), [
    # Each item's size after a colon, then its answer with no subject, its manner said: the items' pages summed, the
    # word "Review" in a record's name no count of pages reviewed.
    ("1. Crime/Incident Report package with the staff reports: 148 pages. Released with redactions.\n"
     "2. Institutional Executive Review Committee critique and the Use of Force Review and Findings: 22 pages. "
     "Released with redactions.\n3. Medical Report of Injury: 9 pages. Withheld in full.", 170, 9),
    ("a. Incident report: 12 pages. Released in full.\nb. Review board findings: 6 pages. Released in part.", 18, None),
    # The near miss: an answer with no manner may tell records without pages, and counts none.
    ("a. Incident report: 12 pages. Released.\nb. Photographs: 6 pages. Released.", None, None),
])
def test_items_sized_after_a_colon_then_answered_without_a_subject(items: str, released: int | None,
                                                                   withheld: int | None) -> None:
    events = events_in(f"This is our final response. We located the following records:\n\n{items}")
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, withheld)]


_LOG = ("| Log No. | Record | Pages | Action | Exemption |\n"
        "| 1 | E-mail, counsel to manager | 4 | Withheld in full | RCW 42.56.290 |\n"
        "| 2 | E-mail string | 6 | Redacted | RCW 42.56.250(4) |\n"
        "| 3 | Complaint forms | 5 | Redacted | RCW 42.56.240(2) |")


@pytest.mark.parametrize(("body", "released"), [
    # The pages released, said without their manner, and fewer pages said redacted: those are among them.
    ("Ecology reviewed 425 pages for this installment. The records released today, 421 pages, are available for "
     "download. The exemption log below lists each record redacted or withheld.\n\n" + _LOG, 421),
    ("We are producing 96 pages with this letter. Redactions were made to 12 pages, as the log below shows.", 96),
    # The near miss: pages in part said further than those released, added to them.
    ("Forty pages are released; 10 further pages have some excisions.", 50),
])
def test_pages_redacted_among_those_released_are_not_the_release(body: str, released: int) -> None:
    events = events_in(f"This is the third installment of records responsive to your request. {body}")
    assert [event.pages_released for event in events] == [released]


@pytest.mark.parametrize(("lines", "released", "withheld"), [
    # A summary's labels with the manner said by what was taken out, and a count of none.
    ("Pages reviewed: 86\nPages released in full: 63\nPages released with redactions: 23\nPages withheld in full: 0",
     86, None),
    ("Pages released without redactions: 40\nPages released with redactions: 12\nPages withheld in full: 3", 52, 3),
    # The near miss: no pages withheld said in words, and a count of pages withheld.
    ("Pages released in full: 63\nPages withheld in full: 4", 63, 4),
])
def test_a_summarys_labels_with_redactions_and_a_count_of_none(lines: str, released: int | None,
                                                               withheld: int | None) -> None:
    events = events_in(f"This is our final response to your request.\n\n{lines}\n\nThe records are enclosed.")
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, withheld)]


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # The pages the subject, described, then what became of them in the sentence's closing verb.
    ("The remaining 29 pages are the autopsy photographs of the deceased printed in the file, which are confidential "
     "and exempt under section 406.135, F.S., and are not provided.", None, 29),
    ("The other 12 pages are drafts of the report, and are withheld in full.", None, 12),
    ("The remaining 40 pages are e-mails between staff, and are released in full.", 40, None),
    # The near misses: the verb before the count is the sentence's, and a release made before.
    ("We located 40 pages, and are releasing them.", None, None),
    ("The 40 pages are e-mails between staff, and were released to you in our letter of May 2.", None, None),
])
def test_pages_described_then_said_done_in_a_closing_clause(sentence: str, released: int | None,
                                                            withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released"), [
    # The records given out, their pages counted after a comma, after items that each gave some of them: the sum.
    ("Item 1. The supplemental reports (38 pages). Thirty pages are provided with redactions. Item 2. The CAD report "
     "(3 pages) is provided in full. The records provided, 47 pages and seven recordings, are available for download "
     "at the link sent to you separately.", 47),
    ("The incident report is released in full (14 pages). The witness list is released in part (2 pages). The "
     "documents being released, a total of 20 pages, are enclosed.", 20),
    # The near miss: the pages of one record, said first, before any item.
    ("The record provided, 12 pages, is the incident report; it is released in full.", 12),
])
def test_the_records_given_out_counted_after_the_items_are_the_sum(body: str, released: int) -> None:
    events = events_in(f"This is our final response. {body}")
    assert [event.pages_released for event in events] == [released]


@pytest.mark.parametrize(("sentence", "released"), [
    # This letter going with the records, the installment counted after it: the pages are released.
    ("This letter accompanies the first installment, consisting of 86 pages of records, the restraint and seclusion "
     "reports for Beech Street School and Gossler Park School.", 86),
    ("This e-mail accompanies the second release, which consists of 40 pages.", 40),
    ("This response accompanies the records, totaling 212 pages.", 212),
    # The near misses: a letter that went with an earlier installment, and pages counted that no letter goes with.
    ("Our letter of October 26, 2026, which accompanied the first installment, consisting of 86 pages of records, "
     "explained the redactions.", None),
    ("The first installment, consisting of 86 pages of records, is being reviewed.", None),
])
def test_pages_this_letter_accompanies_are_released(sentence: str, released: int | None) -> None:
    assert pages_in(sentence).pages_released == released


@pytest.mark.parametrize(("sentence", "released", "total"), [
    # Pages sent with the letter, then the records named by their kind before "responsive": the pages released.
    ("Enclosed please find thirty-eight (38) pages of Tactical Response Reports and Officer Battery Reports responsive "
     "to your request.", 38, None),
    ("Attached are 52 pages of dispatch logs and radio runs responsive to your request.", 52, None),
    # Near misses: pages found are a total, and a share of the responsive pages is only that share.
    ("We located 52 pages of dispatch logs responsive to your request.", None, 52),
    ("We are releasing 18 pages of the 40 pages responsive to your request.", 18, 40),
])
def test_pages_sent_of_records_named_by_kind_responsive(sentence: str, released: int | None,
                                                         total: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.released, counts.total) == (released, total)


@pytest.mark.parametrize(("sentences", "released"), [
    # Pages counted as released, named again by what was done with them and where they are now: counted once
    (["Accordingly, we are releasing to you 12 additional pages, with the deliberative portions and the information "
      "protected by Exemptions (b)(6), (b)(7)(C) and (b)(7)(E) redacted.", "The 12 pages released on appeal are "
      "enclosed."], 12),
    (["We are releasing 15 additional pages to you, with the names of agents and the information protected by "
      "Exemptions (b)(6) and (b)(7)(E) redacted.", "The 15 pages released on remand are attached."], 15),
    # ... the near miss: the same words with nothing counted before count the pages
    (["The 12 pages released on appeal are enclosed."], 12),
    (["The 12 pages are enclosed."], 12),
])
def test_pages_released_named_again_where_they_are_count_once(sentences: list[str], released: int) -> None:
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    assert counts.pages_released == released


@pytest.mark.parametrize(("sentence", "withheld"), [
    # The pages described, then taken up by a pronoun whose clause says they stay withheld
    ("The remaining 28 pages consist of draft recommendations and comments exchanged among CBP officials; they are "
     "predecisional and deliberative and remain withheld in full under Exemption (b)(5).", 28),
    ("The other 6 pages are drafts; these are deliberative and stay withheld in full.", 6),
    # ... the near miss: pages that stay under review are not withheld
    ("The other 6 pages are drafts; these are deliberative and remain under review by the agency.", None),
])
def test_pages_described_then_said_to_stay_withheld(sentence: str, withheld: int | None) -> None:
    assert pages_in(sentence).withheld_full == withheld


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # The most pages each release of a schedule will hold is no release: only the pages this letter releases count.
    ("507 pages were reviewed and 438 pages are being released. The FBI will continue to process the remaining records "
     "and will make releases on a monthly basis of up to 500 pages, in accordance with the FBI's interim release "
     "policy, until processing is complete.", 438, None),
    ("We are releasing 40 pages in full. Further productions will be made on a rolling basis, no more than 1,000 pages "
     "at a time.", 40, None),
    ("Enclosed are 72 pages. The remaining records will be produced in monthly installments of up to 300 pages.",
     72, None),
    # Near misses: a count after "up to" with no schedule is still read, and so is a count beside a schedule.
    ("We are releasing up to 40 pages in full.", 40, None),
    ("We are releasing 250 pages on a monthly basis.", 250, None),
])
def test_the_most_a_scheduled_release_holds_is_no_release(body: str, released: int | None,
                                                           withheld: int | None) -> None:
    counts = pages_in(body)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld"), [
    # The pages something is withheld on or from, its object told after them: pages released in part, counted already.
    ("We are releasing 71 pages in full and 25 pages in part, and we are withholding 6 pages in their entirety. We are "
     "withholding, on 11 pages, the personal cellular telephone numbers of Service employees.", 96, 6),
    ("We are releasing 30 pages, 12 of them in part. We have redacted, from 9 pages, the names of witnesses.",
     30, None),
    ("We are releasing 50 pages. We have withheld on 4 pages the account numbers of the contractors.",
     50, None),
    # Near misses: pages withheld whole, with or without a ground after them.
    ("We are releasing 71 pages in full and withholding 11 pages in their entirety.", 71, 11),
    ("We are releasing 71 pages in full. We are withholding 11 pages, the draft opinions, in full.", 71, 11),
])
def test_pages_something_is_withheld_on_are_not_withheld(body: str, released: int | None,
                                                          withheld: int | None) -> None:
    counts = pages_in(body)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("opening", "released"), [
    # The records' size told by an earlier letter, recalled: no count of this release
    ("As we explained in our letter of June 22, 2026, the records responsive to your request consist of approximately "
     "2,900 pages in eleven boxes.", 369),
    ("As I advised you in my e-mail dated May 4, 2026, the file consists of 1,150 pages.", 369),
])
def test_the_size_of_the_records_told_in_an_earlier_letter_is_not_this_release(opening: str, released: int) -> None:
    events = events_in(f"This is the third interim release in response to your request. {opening} For this release "
                       "we reviewed 412 pages. We have determined that 298 pages may be released in full and that 71 "
                       "pages may be released in part. Forty-three (43) pages have been withheld in their entirety. "
                       "The information withheld in 34 of the 43 pages withheld in full is personal information. The "
                       "remaining 9 pages withheld in full are classified.")
    assert [(event.pages_released, event.pages_withheld) for event in events] == [(released, 43)]


def test_a_size_told_as_explained_below_is_no_earlier_letter() -> None:
    # The near miss: "as we explain below" and "as we explained to the court" recall no earlier letter to the requester
    assert P.FOUND_EARLIER_TOLD.search("As we explained in our letter of June 22, 2026, the file has 2,900 pages.")
    assert not P.FOUND_EARLIER_TOLD.search("As we explain below, the file consists of 1,150 pages.")
    assert not P.FOUND_EARLIER_TOLD.search("As explained in the enclosed index, the file consists of 1,150 pages.")


# --- The pages an appeal decision keeps back, told record by record and all in its table ------------------------------


def _partly_granted_appeal(first: str, second: str, table: str, table_heading: str = "With this decision, the "
                           "records stand as follows:") -> str:
    return ("Re: FOIA Appeal No. 2027-A-00133; FOIA Request No. 2026-F-09184\n\nDear Ms. Roe:\n\n"
            "This is the final decision on your appeal of the agency's response to your FOIA request. For the reasons "
            f"below, your appeal is granted in part and denied in part.\n\n{first}\n\n{second}\n\n"
            f"The agency will send the 14 additional pages directly to you. {table_heading}\n\n{table}\n\n"
            "This is the final action on your appeal. You may seek judicial review of this decision in the United "
            "States District Court. 5 U.S.C. § 552(a)(4)(B).")


_KEPT_BACK_IN_TWO_PLACES = [
    # set 489 w03's wording: the six pages of one record, and what remains of twenty once fourteen are released
    ("Exemption 3. Six pages withheld in full consist of tabulations that identify individual respondents. These six "
     "pages remain withheld in full.",
     "Exemption 5. The remaining 20 pages withheld in full were withheld as predecisional and deliberative. I have "
     "determined that 14 of the 20 pages are data-quality reports; these are not protected and the agency will "
     "release them to you. The other 6 pages are draft versions of the article; they remain withheld under "
     "Exemption 5.",
     "| Records | Pages released | Pages withheld | Exemptions |\n| Data-quality reports | 14 | 0 | (b)(6) |\n"
     "| Tabulations | 0 | 6 | (b)(3) |\n| Draft articles | 0 | 6 | (b)(5) |", 12),
    # set 488 u13's wording: a withholding of 19 pages affirmed, then a record counted in its name
    ("Financial records. These 14 pages are therefore released to you in full with this letter. The withholding of "
     "the remaining 19 pages under Exemption 4 is affirmed.",
     "Board memorandum. The 12-page Board memorandum is predecisional and deliberative, and the FOIA Office properly "
     "withheld it under Exemption 5.",
     "| Records | Released on appeal | Withheld in full | Exemptions upheld |\n"
     "| Summary and monitoring report | 14 | 0 | None |\n| Financial model | 0 | 19 | (b)(4) |\n"
     "| Board memorandum | 0 | 12 | (b)(5) |", 31),
    # columns of pages released in full and in part, and of those still withheld
    ("Exemption 4. The Bank properly withheld the 9 pages of pricing data in full, and I affirm that withholding.",
     "Exemption 5. The draft minutes are predecisional, and the 5-page draft was properly withheld under Exemption 5. "
     "The final reports, however, are not deliberative and are released to you.",
     "| Record | Pages | Now released in full | Now released in part | Still withheld in full | Exemption |\n"
     "| Final reports | 14 | 10 | 4 | 0 | (b)(6) |\n| Pricing data | 9 | 0 | 0 | 9 | (b)(4) |\n"
     "| Draft minutes | 5 | 0 | 0 | 5 | (b)(5) |", 14),
]


@pytest.mark.parametrize(("first", "second", "table", "withheld"), _KEPT_BACK_IN_TWO_PLACES)
def test_pages_an_appeal_keeps_back_record_by_record_are_all_its_tables(first: str, second: str, table: str,
                                                                        withheld: int) -> None:
    events = events_in(_partly_granted_appeal(first, second, table))
    assert [(e.pages_released, e.pages_withheld) for e in events] == [(14, withheld)]


def test_a_table_of_the_first_answer_sums_no_pages_the_appeal_keeps_back() -> None:
    # The near miss: the table gives the first answer's release (32 pages), not the decision's (14): its column of pages
    # withheld is that answer's (26 pages), never the pages the decision keeps back.
    first, second, _, _ = _KEPT_BACK_IN_TWO_PLACES[0]
    table = ("| Records | Pages released | Pages withheld | Exemptions |\n| Data-quality reports | 32 | 0 | (b)(6) |\n"
             "| Tabulations | 0 | 6 | (b)(3) |\n| Draft articles | 0 | 20 | (b)(5) |")
    events = events_in(_partly_granted_appeal(first, second, table, "The agency's response of August 27, 2026 was:"))
    assert [e.pages_released for e in events] == [14]
    assert events[0].pages_withheld != 26
@pytest.mark.parametrize(("opening", "table"), [
    ("The District is providing all of the records responsive to your request. No records have been withheld. The "
     "records are attached, as follows:",
     "| Record | Date | Pages |\n| Service agreement | August 4, 2026 | 19 |\n| Scoring sheets | May 29, 2026 | 14 |\n"
     "| Pilot report | March 10, 2026 | 8 |\n| Total | | 41 |"),
    ("The Department is providing all of the records you requested, without redaction. They are listed below.",
     "| Document | Number of pages |\n| Contract | 30 |\n| Amendment No. 1 | 11 |\n| Total | 41 |"),
    ("We are enclosing all of the records responsive to your request, without redaction:",
     "| Item | Description | Pages |\n| 1 | Inspection report | 33 |\n| 2 | Photographs | 8 |\n| Totals | | 41 |"),
    # a Word table's rows, read without their bars at the ends nor the total row's empty cell
    ("The District is providing all of the records responsive to your request. No records have been withheld.",
     "Record | Date | Pages\nService agreement | August 4, 2026 | 30\nPilot report | March 10, 2026 | 11\nTotal | 41"),
])
def test_the_total_row_of_a_plain_table_of_records_counts_the_pages_given_in_full(opening: str, table: str) -> None:
    [event] = events_in(f"{opening}\n{table}\nThis completes our response to your request.")
    assert (event.outcome, event.pages_released, event.pages_withheld) == (Outcome.FULL_GRANT, 41, None)


@pytest.mark.parametrize(("opening", "table"), [
    # a total that is not the sum of the rows above it counts nothing read from the table
    ("The records you requested are released to you in full. They are listed below.",
     "| Record | Date | Pages |\n| Service agreement | August 4, 2026 | 19 |\n| Scoring sheets | May 29, 2026 | 14 |\n"
     "| Total | | 41 |"),
    # nor one the letter gives with no release said of the records
    ("Our search located the records listed below.",
     "| Record | Date | Pages |\n| Service agreement | August 4, 2026 | 19 |\n| Scoring sheets | May 29, 2026 | 22 |\n"
     "| Total | | 41 |"),
])
def test_a_plain_tables_total_row_alone_releases_nothing(opening: str, table: str) -> None:
    found = events_in(f"{opening}\n{table}\nThis completes our response to your request.")
    assert all(event.pages_released is None for event in found)


@pytest.mark.parametrize(("sentence", "withheld"), [
    ("Exemption 4, 5 U.S.C. 552(b)(4): the manufacturer's confidential specifications (5 pages withheld in full, "
     "redactions on 6 pages).", 5),
    ("Exemption 5: deliberative drafts (4 pages withheld in full; excisions in 7 pages).", 4),
    ("Exemption 6: personal telephone numbers - 2 pages withheld in full, deletions made on 9 pages.", 2),
])
def test_pages_redactions_were_made_on_are_not_withheld_with_the_count_before_them(sentence: str,
                                                                                   withheld: int) -> None:
    assert pages_in(sentence).withheld_full == withheld


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # the near misses: a later count with a withholding of its own is still withheld, and the pages redactions were
    # made on are no more pages released than the count before them
    ("5 pages withheld in full, redactions on 6 pages, and 2 further pages withheld in full.", None, 7),
    ("We are releasing 40 pages, with redactions on 6 pages.", 40, None),
])
def test_counts_beside_pages_redactions_were_made_on_keep_their_own_verbs(sentence: str, released: int | None,
                                                                          withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize("measured", [
    "This first installment consists of 212 pages: the posted notices, the incident reports and the e-mail.",
    "This interim release contains 212 pages of records.",
    "This second production totals 212 pages.",
])
def test_the_pages_an_installment_consists_of_are_the_whole_its_redacted_pages_are_a_share_of(measured: str) -> None:
    body = (f"This letter accompanies an installment of the records responsive to your request. {measured} Of these, "
            "37 pages contain redactions. We continue to review the remaining records.")
    [event] = events_in(body)
    assert (event.kind, event.pages_released) == (EventKind.INTERIM_RELEASE, 212)


def test_the_pages_a_search_found_are_no_whole_given_out() -> None:
    # the near miss: pages found, not the installment sent, of which a share went out in part
    body = ("Our search located 212 pages of records responsive to your request. Of these, 37 pages are released in "
            "part. We continue to review the remaining records.")
    assert [event.pages_released for event in events_in(body)] == [37]
